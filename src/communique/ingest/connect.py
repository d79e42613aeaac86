"""The connection layer under ``fetch``: an overall deadline and connections pinned to
vetted addresses.

- ``Deadline``: one per fetched URL (redirects included). Every socket operation
  (connect, TLS handshake, each read and write) gets the smaller of httpx's
  per-operation timeout and the time left, and none starts once the deadline has
  passed. A server that sends its headers or body one byte at a time therefore
  cannot hold a request past ``fetch_timeout_seconds``: httpx's own timeouts are
  per read and would wait forever.
- ``PinnedBackend``: an httpcore network backend that never resolves a name. It
  connects only to the addresses ``fetch.check_address`` resolved and vetted for
  the current hop (``pin``), whatever a second DNS answer would say (DNS
  rebinding). The request keeps its URL, so the Host header, TLS SNI and
  certificate verification still use the host name.
"""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import time
from typing import Any, Iterable, Iterator

import httpcore
import httpx


class Deadline:
    """A point in time (``time.monotonic``) ``seconds`` from now."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def left(self) -> float:
        return self.at - time.monotonic()

    def expired(self) -> bool:
        return self.left() <= 0

    def clamp(self, timeout: float | None, error: type[Exception]) -> float:
        """``timeout`` cut to the time left; ``error`` when none is left."""
        left = self.left()
        if left <= 0:
            raise error(f"the overall deadline of {self.seconds:g} s has passed")
        return left if timeout is None else min(timeout, left)


@contextlib.contextmanager
def _mapped(timeout_error: type[Exception], other_error: type[Exception]) -> Iterator[None]:
    """Socket errors as the httpcore exceptions httpx maps to its own."""
    try:
        yield
    except socket.timeout as err:
        raise timeout_error(str(err) or "timed out") from err
    except OSError as err:
        raise other_error(str(err)) from err


class DeadlineStream(httpcore.NetworkStream):
    """A connected socket whose every operation ends by ``deadline``."""

    def __init__(self, sock: socket.socket, deadline: Deadline):
        self._sock, self._deadline = sock, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        with _mapped(httpcore.ReadTimeout, httpcore.ReadError):
            self._sock.settimeout(self._deadline.clamp(timeout, httpcore.ReadTimeout))
            return self._sock.recv(max_bytes)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        with _mapped(httpcore.WriteTimeout, httpcore.WriteError):
            while buffer:
                self._sock.settimeout(self._deadline.clamp(timeout, httpcore.WriteTimeout))
                sent = self._sock.send(buffer)
                buffer = buffer[sent:]

    def close(self) -> None:
        self._sock.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        # server_hostname is the URL's host (httpcore passes it), so SNI and certificate
        # verification are for the name even though the socket was opened to an address.
        with _mapped(httpcore.ConnectTimeout, httpcore.ConnectError):
            try:
                self._sock.settimeout(self._deadline.clamp(timeout, httpcore.ConnectTimeout))
                tls = ssl_context.wrap_socket(self._sock, server_hostname=server_hostname)
            except Exception:
                self._sock.close()
                raise
        return DeadlineStream(tls, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        if info == "ssl_object" and isinstance(self._sock, ssl.SSLSocket):
            return self._sock._sslobj  # what httpcore's own stream returns (ALPN, HTTP/2)
        if info == "client_addr":
            return self._sock.getsockname()
        if info == "server_addr":
            return self._sock.getpeername()
        if info == "socket":
            return self._sock
        if info == "is_readable":  # an idle keep-alive connection the server has closed
            try:
                return bool(select.select([self._sock], [], [], 0)[0])
            except (OSError, ValueError):
                return True
        return None


class PinnedBackend(httpcore.NetworkBackend):
    """Connects only to the addresses pinned for the current hop, within the deadline."""

    def __init__(self, deadline: Deadline):
        self.deadline = deadline
        self._host: str | None = None
        self._port: int | None = None
        self._addresses: list[tuple] = []

    def pin(self, url: str, infos: Iterable[tuple]) -> None:
        """Allow connections for ``url``'s host and port to the ``getaddrinfo`` entries ``infos``
        (checked by the caller); the previous pin is dropped."""
        parsed = httpx.URL(url)
        self._host = parsed.raw_host.decode("ascii").lower()  # the host httpcore will pass
        self._port = parsed.port or (443 if parsed.scheme == "https" else 80)
        self._addresses = [info for info in infos if info[0] in (socket.AF_INET, socket.AF_INET6)]

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        if (host.lower(), port) != (self._host, self._port) or not self._addresses:
            raise httpcore.ConnectError(f"{host}:{port} was not vetted for this request; not connecting")
        last_error: OSError | None = None
        for family, kind, proto, _, sockaddr in self._addresses:
            left = self.deadline.clamp(timeout, httpcore.ConnectTimeout)
            sock = socket.socket(family, kind or socket.SOCK_STREAM, proto)
            try:
                for option in socket_options or ():
                    sock.setsockopt(*option)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                if local_address is not None:
                    sock.bind((local_address, 0))
                sock.settimeout(left)
                sock.connect(sockaddr)
            except socket.timeout as err:
                sock.close()
                raise httpcore.ConnectTimeout(f"connecting to {sockaddr[0]} timed out") from err
            except OSError as err:
                sock.close()
                last_error = err
                continue
            return DeadlineStream(sock, self.deadline)
        raise httpcore.ConnectError(f"cannot connect to {host}:{port} at its vetted address(es): {last_error}")

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, max(self.deadline.left(), 0)))


class PinnedTransport(httpx.HTTPTransport):
    """httpx's transport (request/response and error mapping) over a ``PinnedBackend`` pool:
    no proxies, no environment, TLS verified with httpx's default context."""

    def __init__(self, backend: PinnedBackend):
        super().__init__(trust_env=False)
        # httpx builds its pool without a way to pass a network backend; replace it, and
        # fail loudly if httpx ever stops using this attribute (an unpinned pool would be
        # used silently otherwise).
        if not isinstance(getattr(self, "_pool", None), httpcore.ConnectionPool):
            raise RuntimeError("httpx.HTTPTransport has no _pool: cannot pin connections with this httpx")
        self._pool.close()
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(trust_env=False),
                                             network_backend=backend)
