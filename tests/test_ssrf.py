"""SSRF: URL ingestion refuses private, loopback and link-local addresses unless
explicitly allowed, follows a bounded number of redirects and re-checks the
address after each one (issue 10). The network is never touched: names resolve
through a fake resolver, HTTP goes to ``httpx.MockTransport`` or to a server on
127.0.0.1, and numeric hosts resolve without DNS."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from click.testing import CliRunner

from communique.errors import FetchError, InputError
from communique.ingest import fetch as fetch_mod
from communique.ingest.fetch import (allow_private_addresses, check_address, fetch, private_addresses_allowed,
                                     read_url)
from communique.settings import override
from conftest import serve_http

#: Names the fake resolver knows, with the address it answers (documentation and
#: special-purpose ranges only; nothing here is a real service).
HOSTS = {
    "public.example": ["93.184.216.34"],
    "public2.example": ["93.184.216.35"],
    "public6.example": ["2606:4700::1111"],
    "intranet.example": ["10.20.30.40"],
    "router.example": ["192.168.1.1"],
    "corp.example": ["172.16.5.4"],
    "loop.example": ["127.0.0.2"],
    "loop6.example": ["::1"],
    "metadata.example": ["169.254.169.254"],
    "linklocal6.example": ["fe80::1"],
    "ula6.example": ["fd00:ec2::254"],
    "mapped.example": ["::ffff:10.0.0.1"],
    "zero.example": ["0.0.0.0"],
    "multicast.example": ["224.0.0.1"],
    "broadcast.example": ["255.255.255.255"],
    "mixed.example": ["93.184.216.34", "10.0.0.7"],  # one public, one private answer
    "cgnat.example": ["100.100.100.200"],             # shared address space (RFC 6598)
    "sixtofour.example": ["2002:a9fe:a9fe::1"],       # 6to4 wrapping 169.254.169.254
    "nat64.example": ["64:ff9b::a9fe:a9fe"],          # NAT64 wrapping 169.254.169.254
}


def fake_getaddrinfo(host, port, *args, **kwargs):
    host = str(host)
    if host not in HOSTS:
        raise socket.gaierror(socket.EAI_NONAME, f"unknown host {host}")
    return [((socket.AF_INET6 if ":" in a else socket.AF_INET), socket.SOCK_STREAM, 6, "", (a, port))
            for a in HOSTS[host]]


@pytest.fixture
def resolver(monkeypatch):
    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo", fake_getaddrinfo)


@pytest.mark.parametrize("url", [
    "http://intranet.example/", "http://router.example/admin", "http://corp.example/",
    "http://loop.example/", "http://loop6.example/", "http://metadata.example/latest/meta-data/",
    "http://linklocal6.example/", "http://ula6.example/", "http://mapped.example/",
    "http://zero.example/", "http://multicast.example/", "http://broadcast.example/",
    "http://mixed.example/", "http://nat64.example/",
])
def test_ssrf_private_addresses_refused_by_default(resolver, url):
    with pytest.raises(FetchError, match="non-public address"):
        check_address(url, allow_private=False)
    check_address(url, allow_private=True)  # explicitly allowed: no refusal


@pytest.mark.parametrize("url", [
    pytest.param("http://cgnat.example/latest/meta-data/", id="cgnat-100.64/10"),
    pytest.param("http://sixtofour.example/", id="6to4-wrapping-link-local"),
])
def test_ssrf_wrapped_and_shared_ranges_refused(resolver, url):
    # 100.64.0.0/10 is neither private nor global in Python's ipaddress, yet one cloud
    # serves instance metadata there; 6to4 addresses can wrap a private IPv4 address.
    with pytest.raises(FetchError, match="non-public address"):
        check_address(url, allow_private=False)


@pytest.mark.parametrize("url", ["http://public.example/a", "https://public6.example/feed.xml",
                                 "http://public2.example/"])
def test_ssrf_public_addresses_pass(resolver, url):
    check_address(url, allow_private=False)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://127.1/", "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/",
    "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://localhost/", "http://0/",
    "http://169.254.169.254/latest/meta-data/", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/",
    "http://user:pass@127.0.0.1:8080/", "https://10.0.0.1:443/",
])
def test_ssrf_numeric_and_obfuscated_loopback_forms_refused(url):
    # Real resolver: numeric forms need no DNS; each must land on a refused address.
    with pytest.raises(FetchError):
        check_address(url, allow_private=False)


@pytest.mark.parametrize("url,reason", [
    ("file:///etc/passwd", "scheme"), ("ftp://public.example/x", "scheme"), ("gopher://public.example/", "scheme"),
    ("dict://public.example:11211/", "scheme"), ("javascript:alert(1)", "scheme"), ("//public.example/", "scheme"),
    ("http:///nohost", "no host"), ("http://public.example:99999/", "port"),
])
def test_ssrf_only_http_and_https_with_a_host(resolver, url, reason):
    with pytest.raises(FetchError, match=reason):
        check_address(url, allow_private=True)


# -- redirects -------------------------------------------------------------------------
class Recorder:
    """A mock transport answering from a table ``{url: (status, location)}``; records requests."""

    def __init__(self, table):
        self.table, self.requested = table, []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        self.requested.append(url)
        status, location = self.table.get(url, (200, None))
        if location:
            return httpx.Response(status, headers={"Location": location})
        return httpx.Response(status, html=f"<html><body><article><p>Page at {url} says Peru and Chile "
                                           "agreed to resume fishing talks next month.</p></article></body></html>")

    def client(self):
        return httpx.Client(transport=httpx.MockTransport(self), follow_redirects=False)


@pytest.mark.parametrize("target", [
    "http://metadata.example/latest/meta-data/", "http://169.254.169.254/", "http://[::1]:8080/",
    "http://intranet.example/admin", "file:///etc/passwd",
])
def test_ssrf_redirect_to_private_is_rechecked_and_never_requested(resolver, target):
    rec = Recorder({"http://public.example/a": (302, "http://public2.example/b"),
                    "http://public2.example/b": (307, target)})
    with pytest.raises(FetchError) as info:
        fetch("http://public.example/a", allow_private=False, client=rec.client())
    assert rec.requested == ["http://public.example/a", "http://public2.example/b"]
    assert info.value.url == target


def test_ssrf_redirect_relative_location_stays_checked(resolver):
    rec = Recorder({"http://public.example/a": (301, "/b"), "http://public.example/b": (200, None)})
    response = fetch("http://public.example/a", allow_private=False, client=rec.client())
    assert response.url == "http://public.example/b"
    assert rec.requested == ["http://public.example/a", "http://public.example/b"]


@pytest.mark.parametrize("limit", [0, 2, 5])
def test_ssrf_redirects_are_bounded(resolver, limit):
    table = {f"http://public.example/{n}": (302, f"http://public.example/{n + 1}") for n in range(50)}
    rec = Recorder(table)
    with pytest.raises(FetchError, match=f"fetch_max_redirects={limit}"):
        fetch("http://public.example/0", settings=override(fetch_max_redirects=limit), allow_private=False,
              client=rec.client())
    assert len(rec.requested) == limit + 1


def test_ssrf_redirect_loop_ends(resolver):
    rec = Recorder({"http://public.example/a": (302, "http://public.example/b"),
                    "http://public.example/b": (302, "http://public.example/a")})
    with pytest.raises(FetchError, match="redirects"):
        fetch("http://public.example/a", allow_private=False, client=rec.client())
    assert len(rec.requested) == override().fetch_max_redirects + 1


def test_ssrf_allowed_private_follows_redirect_to_private(resolver):
    rec = Recorder({"http://public.example/a": (302, "http://intranet.example/wiki")})
    response = fetch("http://public.example/a", allow_private=True, client=rec.client())
    assert response.url == "http://intranet.example/wiki"


def test_ssrf_allow_private_context_is_scoped(resolver):
    with allow_private_addresses():
        check_address("http://intranet.example/", allow_private=private_addresses_allowed())
    with pytest.raises(FetchError):
        check_address("http://intranet.example/", allow_private=private_addresses_allowed())


# -- feeds: every linked page is checked too ------------------------------------------------
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Inside</title><link>http://intranet.example/secret</link>
<description>Ghana and Togo agreed to share border patrol data from next year.</description></item>
<item><title>Metadata</title><link>http://169.254.169.254/latest/meta-data/</link></item>
</channel></rss>"""


def test_ssrf_feed_entries_linking_to_private_addresses_are_not_fetched(resolver, monkeypatch):
    requested = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if str(request.url) == "http://public.example/feed.xml":
            return httpx.Response(200, content=FEED.encode(), headers={"content-type": "application/rss+xml"})
        return httpx.Response(200, html="<p>internal</p>")

    monkeypatch.setattr(fetch_mod, "_transport", lambda backend: httpx.MockTransport(handler))
    errors: list[InputError] = []
    records = list(read_url("http://public.example/feed.xml", allow_private=False, on_error=errors.append))
    assert requested == ["http://public.example/feed.xml"]
    assert [r.meta["title"] for r in records] == ["Inside"]  # the entry's own text, not the page
    assert records[0].text.startswith("Ghana and Togo")
    assert len(errors) == 1 and "169.254.169.254" in errors[0].source


# -- the command line and the web app --------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    hits: list[str] = []
    hosts: list[str] = []

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        _Handler.hits.append(self.path)
        _Handler.hosts.append(self.headers.get("Host", ""))
        body = (b"<html><body><article><p>Secret intranet page: Fiji and Samoa agreed to hold "
                b"fisheries talks in the spring, officials said.</p></article></body></html>")
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def local_server():
    with serve_http(_Handler) as httpd:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"


def test_ssrf_cli_analyze_refuses_loopback_url(local_server):
    from communique.cli import main

    _Handler.hits.clear()
    result = CliRunner().invoke(main, ["analyze", f"{local_server}/page.html", "-q"])
    assert result.exit_code != 0, result.output
    assert "non-public address 127.0.0.1" in result.output
    assert _Handler.hits == []


def test_ssrf_cli_ingest_needs_allow_private(local_server, tmp_path):
    from communique.cli import main

    _Handler.hits.clear()
    db = tmp_path / "s.duckdb"
    refused = CliRunner().invoke(main, ["ingest", f"{local_server}/page.html", "--db", str(db), "-w", "1", "-q"])
    assert refused.exit_code != 0 and "non-public address" in refused.output
    assert _Handler.hits == []
    allowed = CliRunner().invoke(main, ["ingest", f"{local_server}/page.html", "--db", str(db), "-w", "1", "-q",
                                        "--allow-private"])
    assert allowed.exit_code == 0, allowed.output
    assert _Handler.hits == ["/page.html"] and "1 new" in allowed.output


def test_ssrf_web_app_never_fetches_a_pasted_url(local_server):
    from fastapi.testclient import TestClient

    from communique.web import create_app

    _Handler.hits.clear()
    url = f"{local_server}/latest/meta-data/"
    with TestClient(create_app()) as client:
        response = client.post("/api/analyze", json={"text": url})
    assert response.status_code == 200
    assert response.json()["text"] == url  # analysed as text
    assert _Handler.hits == []
    routes = {getattr(r, "path", "") for r in create_app().routes}
    assert not any("url" in path or "fetch" in path for path in routes)


# -- DNS rebinding: connections go to the address that was checked ---------------------------
REAL_GETADDRINFO = socket.getaddrinfo
REAL_CONNECT = socket.socket.connect


class Rebinder:
    """A resolver whose answers for ``name`` follow ``answers``, one per call (then the
    last again); other names resolve as usual (numeric hosts need no DNS)."""

    def __init__(self, name: str, answers: list[str]):
        self.name, self.answers, self.calls = name, answers, 0

    def __call__(self, host, port, *args, **kwargs):
        if str(host) != self.name:
            return REAL_GETADDRINFO(host, port, *args, **kwargs)
        answer = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answer, port))]


@pytest.fixture
def connects(monkeypatch):
    """Every address a socket connects to; all but loopback are refused, so nothing
    leaves the machine whatever the code under test tries."""
    seen: list[tuple] = []

    def connect(sock, address):
        seen.append(address)
        if address[0] != "127.0.0.1":
            raise ConnectionRefusedError(f"test: no connections to {address[0]}")
        return REAL_CONNECT(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return seen


def test_ssrf_dns_rebinding_to_loopback_is_not_followed(local_server, monkeypatch, connects):
    # The guard sees a public answer; a client that resolved again would get 127.0.0.1
    # and reach the local server. The pinned connection goes to the checked address.
    port = int(local_server.rsplit(":", 1)[1])
    resolver = Rebinder("rebind.example", ["93.184.216.34", "127.0.0.1"])
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    _Handler.hits.clear()
    with pytest.raises(FetchError, match="request failed"):
        fetch(f"http://rebind.example:{port}/latest/meta-data/", allow_private=False)
    assert _Handler.hits == []
    assert resolver.calls == 1  # resolved once, by the guard
    assert connects == [("93.184.216.34", port)]


def test_ssrf_connection_is_pinned_to_the_vetted_address(local_server, monkeypatch, connects):
    # Allowed private, the first answer (127.0.0.1) is used although a second
    # resolution would say 10.255.255.1; the request keeps the name in its Host header.
    port = int(local_server.rsplit(":", 1)[1])
    resolver = Rebinder("rebind.example", ["127.0.0.1", "10.255.255.1"])
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    _Handler.hits.clear()
    _Handler.hosts.clear()
    with allow_private_addresses():
        records = list(read_url(f"http://rebind.example:{port}/page.html"))
    assert "Fiji and Samoa" in records[0].text
    assert records[0].source == f"http://rebind.example:{port}/page.html"
    assert _Handler.hits == ["/page.html"] and _Handler.hosts == [f"rebind.example:{port}"]
    assert resolver.calls == 1 and connects == [("127.0.0.1", port)]


def test_ssrf_backend_refuses_a_host_that_was_not_vetted():
    import httpcore

    from communique.ingest.connect import Deadline, PinnedBackend

    backend = PinnedBackend(Deadline(5))
    with pytest.raises(httpcore.ConnectError, match="not vetted"):
        backend.connect_tcp("public.example", 80)  # nothing pinned yet
    backend.pin("http://public.example/a", [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 80))])
    for host, port in [("other.example", 80), ("public.example", 8080)]:
        with pytest.raises(httpcore.ConnectError, match="not vetted"):
            backend.connect_tcp(host, port)


# -- TLS over a pinned connection: SNI and certificate checks use the name ------------------------
@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                           "-out", str(cert), "-days", "2", "-subj", "/CN=rebind.example",
                           "-addext", "subjectAltName=DNS:rebind.example"], capture_output=True, timeout=60)
    if made.returncode != 0:
        pytest.skip(f"openssl could not make a certificate: {made.stderr[-300:]!r}")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with serve_http(_Handler, context.wrap_socket) as httpd:
        yield httpd.server_address[1], cert


@pytest.mark.parametrize("name,ok", [("rebind.example", True), ("other.example", False)])
def test_ssrf_pinned_tls_verifies_the_host_name(tls_server, monkeypatch, name, ok):
    import httpx

    port, cert = tls_server
    monkeypatch.setattr(socket, "getaddrinfo", Rebinder(name, ["127.0.0.1"]))
    # trust only the test certificate, issued to rebind.example (not to 127.0.0.1)
    monkeypatch.setattr(httpx, "create_ssl_context", lambda **kw: ssl.create_default_context(cafile=str(cert)))
    _Handler.hits.clear()
    url = f"https://{name}:{port}/page.html"
    if ok:
        response = fetch(url, allow_private=True)
        assert b"Fiji and Samoa" in response.body and _Handler.hits == ["/page.html"]
    else:
        with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED|hostname"):
            fetch(url, allow_private=True)
        assert _Handler.hits == []


# -- allow-private is local to a context ----------------------------------------------------
def test_ssrf_allow_private_in_a_stuck_thread_does_not_leak(resolver):
    entered, release = threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def stuck():
        with allow_private_addresses():
            seen["inside"] = private_addresses_allowed()
            entered.set()
            release.wait(30)  # a fetch that never finishes

    thread = threading.Thread(target=stuck, daemon=True)
    thread.start()
    assert entered.wait(30)
    try:
        assert seen["inside"] is True
        assert private_addresses_allowed() is False
        with pytest.raises(InputError, match="non-public address"):
            list(read_url("http://intranet.example/feed.xml"))
    finally:
        release.set()
        thread.join(30)


def test_ssrf_allow_private_is_not_inherited_by_new_threads(resolver):
    seen: dict[str, bool] = {}
    with allow_private_addresses():
        thread = threading.Thread(target=lambda: seen.setdefault("thread", private_addresses_allowed()))
        thread.start()
        thread.join(30)
        assert private_addresses_allowed() is True
    assert seen == {"thread": False}
    assert private_addresses_allowed() is False


def test_ssrf_read_url_settles_allow_private_when_called(resolver, monkeypatch):
    # a generator made inside the block keeps its permission; one made outside is refused
    monkeypatch.setattr(fetch_mod, "_transport", lambda backend: httpx.MockTransport(
        lambda request: httpx.Response(200, html="<html><body><article><p>Tonga and Fiji agreed to "
                                                 "share weather data next year.</p></article></body></html>")))
    with allow_private_addresses():
        inside = read_url("http://intranet.example/page")
    outside = read_url("http://intranet.example/page")
    assert "Tonga and Fiji" in next(inside).text
    with pytest.raises(InputError, match="non-public address"):
        next(outside)
