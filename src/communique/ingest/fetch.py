"""URLs, RSS and Atom feeds -> ``Record``s, fetched carefully.

    >>> for record in read_url("https://example.org/world/feed.xml", SETTINGS, on_error=print): ...

- One HTML page gives one record (main text and metadata by trafilatura); a feed
  gives one record per entry: the entry's linked page when it can be fetched,
  else the entry's own content or summary.
- Limits come from ``Settings``: ``fetch_timeout_seconds`` (the connect/read
  timeout, and an overall deadline for one URL, redirects included: every socket
  operation ends by it, so headers or a body sent a byte at a time cannot hold a
  fetch longer; a body still arriving then is cut there), ``fetch_max_bytes`` (the
  most bytes read from one response: a feed that never ends is cut there and its
  complete entries used; a page that large is refused) and
  ``fetch_max_redirects``. Requests carry ``USER_AGENT``, which names the tool.
- SSRF guard: before every request, including each redirect hop, the host is
  resolved and the request is refused when any address is private, loopback,
  link-local, multicast, reserved or unspecified, unless private addresses are
  allowed (``allow_private=True``, the context manager ``allow_private_addresses()``
  or the CLI's ``--allow-private``). Only ``http`` and ``https`` are fetched.
- DNS rebinding: the connection goes to the addresses that were checked
  (``connect.PinnedBackend``), never to a second resolution of the name; the Host
  header, TLS SNI and certificate verification still use the name.
- ``allow_private_addresses()`` sets a context variable: it holds for the code in
  its block (and the generators consumed there), not for other threads, and ends
  with the block. ``read_url`` reads it once, when called.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as _dt
import ipaddress
import logging
import re
import socket
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit

from ..version import __version__
from ..errors import FetchError, InputError
from ..settings import SETTINGS, Settings
from .base import Record, html_record

logger = logging.getLogger(__name__)

#: Sent with every request: names the tool and says it is a polite, low-volume client.
USER_AGENT = f"communique/{__version__} (offline news-analysis toolkit; one request at a time)"
#: Entries read from one feed; the rest are ignored with a log line.
MAX_FEED_ENTRIES = 500
#: Bytes of a body inspected to recognise a feed when the content type does not say.
SNIFF_BYTES = 512
#: Shortest entry text (characters) worth analysing when the linked page cannot be fetched.
MIN_ENTRY_TEXT_CHARS = 20

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
               "application/rdf+xml", "application/feed+json")
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S)
_CHARSET = re.compile(r"charset=([\w.-]+)", re.I)

#: Whether ``read_url``/``fetch`` calls without ``allow_private=`` may reach private
#: addresses; set only through ``allow_private_addresses()``. A context variable, so a
#: block in one thread (one that never ends, too) leaves every other thread refused.
_ALLOW_PRIVATE: contextvars.ContextVar[bool] = contextvars.ContextVar("communique_allow_private", default=False)


@contextlib.contextmanager
def allow_private_addresses(allow: bool = True):
    """Within the block, in this thread or task only, ``read_url`` and ``fetch`` calls
    without ``allow_private=`` may fetch private, loopback and link-local addresses (a
    local test server, an intranet feed). Threads started inside do not inherit it."""
    token = _ALLOW_PRIVATE.set(bool(allow))
    try:
        yield
    finally:
        _ALLOW_PRIVATE.reset(token)


def private_addresses_allowed(allow_private: bool | None = None) -> bool:
    """``allow_private`` when given, else the setting of the enclosing ``allow_private_addresses()``."""
    return _ALLOW_PRIVATE.get() if allow_private is None else bool(allow_private)


def check_address(url: str, allow_private: bool) -> list[tuple]:
    """Raise ``FetchError`` unless ``url`` is http(s) and its host resolves only to public
    addresses (any address when ``allow_private``); return the resolved ``getaddrinfo``
    entries, the only addresses ``fetch`` then connects to."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(url, f"scheme {parts.scheme or '(none)'!r} is not fetched; use http or https")
    host = parts.hostname
    if not host:
        raise FetchError(url, "URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError(url, "URL has an invalid port") from None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise FetchError(url, f"cannot resolve host {host!r}: {err}") from None
    if allow_private:
        return infos
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if isinstance(address, ipaddress.IPv6Address):  # judge the IPv4 address a v6 one wraps
            address = address.ipv4_mapped or address.sixtofour or address
        # not is_global also catches shared address space (100.64.0.0/10, where one cloud
        # serves instance metadata) and the other special-purpose ranges.
        if (address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
                or address.is_reserved or address.is_unspecified or not address.is_global):
            raise FetchError(url, f"host {host!r} resolves to the non-public address {address}; "
                                  "refused (pass --allow-private to fetch local or intranet addresses)")
    return infos


class _Response:
    def __init__(self, url: str, content_type: str, body: bytes, truncated: bool):
        self.url, self.content_type, self.body, self.truncated = url, content_type, body, truncated

    def text(self) -> str:
        m = _CHARSET.search(self.content_type)
        encoding = m.group(1) if m else "utf-8"
        try:
            return self.body.decode(encoding, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


def _transport(backend):
    """The transport of ``fetch``'s own client: connections pinned to vetted addresses,
    within the deadline. (Tests replace this to answer from ``httpx.MockTransport``.)"""
    from .connect import PinnedTransport

    return PinnedTransport(backend)


def fetch(url: str, settings: Settings = SETTINGS, allow_private: bool | None = None,
          client=None) -> _Response:
    """GET ``url`` with the guard, limits and redirects described in the module docstring.

    ``client`` (tests): an ``httpx.Client`` to send through instead of fetch's own; its
    transport then decides where connections go, so only the address check, redirects,
    size limit and the deadline between reads apply.
    """
    import httpx

    from .connect import Deadline, PinnedBackend

    allow = private_addresses_allowed(allow_private)
    deadline = Deadline(settings.fetch_timeout_seconds)  # one for the URL, redirects included
    backend = PinnedBackend(deadline)
    own = client is None
    if own:
        client = httpx.Client(follow_redirects=False, trust_env=False, transport=_transport(backend),
                              timeout=httpx.Timeout(settings.fetch_timeout_seconds),
                              headers={"User-Agent": USER_AGENT,
                                       "Accept": "text/html, application/rss+xml, application/atom+xml, "
                                                 "application/xml;q=0.9, */*;q=0.5"})
    try:
        current = url
        for hop in range(settings.fetch_max_redirects + 1):
            backend.pin(current, check_address(current, allow))
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(current, f"HTTP {response.status_code} redirect without a Location")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(current, f"HTTP {response.status_code} {response.reason_phrase}")
                    body, truncated = _read_limited(response, current, settings, deadline)
                    return _Response(current, response.headers.get("content-type", ""), body, truncated)
            except httpx.TimeoutException:
                raise FetchError(current, f"timed out after {settings.fetch_timeout_seconds:g} s") from None
            except httpx.HTTPError as err:
                raise FetchError(current, f"request failed ({type(err).__name__}: {err})") from None
        raise FetchError(url, f"more than fetch_max_redirects={settings.fetch_max_redirects} redirects")
    finally:
        if own:
            client.close()


def _read_limited(response, url: str, settings: Settings, deadline) -> tuple[bytes, bool]:
    """The body, cut at ``fetch_max_bytes`` or at the fetch's deadline."""
    import httpx

    chunks, size = [], 0
    try:
        # Chunks as they arrive (no re-chunking): a body that drips a byte at a time must
        # still meet the deadline check after every read.
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size >= settings.fetch_max_bytes:
                logger.warning("%s: response cut at fetch_max_bytes=%d", url, settings.fetch_max_bytes)
                return b"".join(chunks)[: settings.fetch_max_bytes], True
            if deadline.expired():
                break
        else:
            return b"".join(chunks), False
    except httpx.TimeoutException:
        if not deadline.expired():  # one read waited the whole timeout: a stalled server
            raise
    logger.warning("%s: response cut after %g s", url, settings.fetch_timeout_seconds)
    return b"".join(chunks), True


def is_feed(content_type: str, body: bytes) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    if kind in _FEED_TYPES and kind not in ("application/xml", "text/xml"):
        return True
    return bool(_FEED_START.match(body[:SNIFF_BYTES]))


def read_url(url: str, settings: Settings = SETTINGS, on_error: Callable[[InputError], None] | None = None,
             allow_private: bool | None = None) -> Iterator[Record]:
    """Records of one URL: a page gives one, a feed one per entry.

    Raises ``InputError`` (naming the URL) when the URL itself cannot be fetched or
    read; a feed entry that fails goes to ``on_error`` (raised without it). Whether
    private addresses are allowed is settled here, when called, and holds for the
    feed's entry pages fetched later as the records are consumed.
    """
    return _read_url(url, settings, on_error, private_addresses_allowed(allow_private))


def _read_url(url: str, settings: Settings, on_error: Callable[[InputError], None] | None,
              allow_private: bool) -> Iterator[Record]:
    try:
        response = fetch(url, settings, allow_private)
    except FetchError as err:
        raise InputError(err.url, err.reason) from None
    if is_feed(response.content_type, response.body):
        yield from _feed_records(response, settings, on_error, allow_private)
        return
    if response.truncated:
        raise InputError(url, f"page is larger than fetch_max_bytes={settings.fetch_max_bytes:,} "
                              "or took too long; not an article")
    yield html_record(response.text(), response.url, {"url": response.url})


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return _dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()


def _entry_text(entry) -> str:
    from .html import extract_html

    html = ""
    if entry.get("content"):
        html = entry["content"][0].get("value", "")
    html = html or entry.get("summary", "")
    if not html.strip():
        return ""
    if "<" not in html:
        return html.strip()
    try:
        text, _ = extract_html(f"<html><body><article>{html}</article></body></html>", "entry")
    except InputError:
        text = re.sub(r"<[^>]+>", " ", html)
    return " ".join(text.split()) if "\n" not in text else text.strip()


def _feed_records(response: _Response, settings: Settings, on_error: Callable[[InputError], None] | None,
                  allow_private: bool) -> Iterator[Record]:
    import feedparser

    def report(err: InputError) -> None:
        if on_error is None:
            raise err
        on_error(err)

    parsed = feedparser.parse(response.body, response_headers={"content-type": response.content_type})
    entries = parsed.entries
    if not entries:
        reason = "feed has no entries"
        if response.truncated:
            reason += f" in its first {len(response.body):,} bytes (cut at the size or time limit)"
        raise InputError(response.url, reason)
    if len(entries) > MAX_FEED_ENTRIES:
        logger.warning("%s: reading the first %d of %d entries", response.url, MAX_FEED_ENTRIES, len(entries))
    publisher = parsed.feed.get("title")
    for entry in entries[:MAX_FEED_ENTRIES]:
        link = entry.get("link")
        link = urljoin(response.url, link) if link else None
        meta = {"title": entry.get("title"), "published": _entry_date(entry), "publisher": publisher,
                "url": link, "feed": response.url}
        if entry.get("author"):
            meta["authors"] = [entry["author"]]
        meta = {k: v for k, v in meta.items() if v}
        page_error = None
        if link:
            try:
                page = fetch(link, settings, allow_private)
                if page.truncated:
                    raise FetchError(link, f"page is larger than fetch_max_bytes={settings.fetch_max_bytes:,}")
                yield html_record(page.text(), page.url, meta)
                continue
            except FetchError as err:
                page_error = InputError(err.url, err.reason)
            except InputError as err:
                page_error = err
        text = _entry_text(entry)
        if len(text) >= MIN_ENTRY_TEXT_CHARS:
            if page_error:
                logger.info("%s; using the feed entry's own text", page_error)
            yield Record(text, link or f"{response.url}#{entry.get('id', '')}", meta)
        else:
            report(page_error or InputError(link or response.url, "feed entry has no link and no text"))
