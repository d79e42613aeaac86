"""URL and feed fetching against a local HTTP server on 127.0.0.1, and the SSRF guard."""

from __future__ import annotations

import socket
import time
from http.server import BaseHTTPRequestHandler

import httpx
import pytest

from communique.errors import FetchError, InputError
from communique.ingest import fetch as fetch_mod
from communique.ingest import iter_records
from communique.ingest.fetch import allow_private_addresses, check_address, read_url
from communique.settings import override
from conftest import serve_http

ARTICLE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
           "<p>{body}</p><p>Officials in both capitals said further talks were planned for the spring, "
           "and that technical teams would meet before then to prepare the agenda.</p>"
           "</article></body></html>")
BODIES = {
    "/news/one.html": ("Harbour talks resume", "Kenya and Egypt resumed talks on shipping lanes on Monday."),
    "/news/two.html": ("Grain deal extended", "Brazil agreed with Japan to extend the grain arrangement."),
}
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>http://x/</link><description>d</description>
<item><title>Harbour talks resume</title><link>{base}/news/one.html</link>
<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>short</description></item>
<item><title>Grain deal extended</title><link>{base}/news/two.html</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
<item><title>Gone page</title><link>{base}/news/gone.html</link>
<pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate>
<description>Mexico urged Poland to reopen the consulate after the summer dispute.</description></item>
<item><title>Nothing here</title><link>{base}/news/gone2.html</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id><updated>2024-05-01T00:00:00Z</updated>
<entry><title>Atom entry</title><id>urn:1</id><updated>2024-05-01T00:00:00Z</updated>
<content type="html">&lt;p&gt;Qatar hosted envoys from Turkey and Iran to discuss energy supplies.&lt;/p&gt;</content>
</entry></feed>"""
ENDLESS_ITEM = ("<item><title>Item {n}</title><guid isPermaLink=\"false\">item-{n}</guid>"
                "<description>Bulletin number {n} reports that envoys met again to discuss fishing "
                "rights.</description></item>\n")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen_agents: list[str] = []

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path in BODIES:
            title, body = BODIES[path]
            self._send(200, ARTICLE.format(title=title, body=body).encode())
        elif path == "/feed.xml":
            self._send(200, RSS.format(base=base).encode(), "application/rss+xml")
        elif path == "/atom.xml":
            self._send(200, ATOM.encode(), "application/xml")
        elif path == "/redirect":
            self._send(302, headers=[("Location", "/news/one.html")])
        elif path.startswith("/loop"):
            self._send(302, headers=[("Location", f"/loop{len(path)}")])
        elif path == "/endless.xml":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Endless</title>\n'
            try:
                self._chunk(head)
                for n in range(10**7):
                    self._chunk(ENDLESS_ITEM.format(n=n).encode())
            except (BrokenPipeError, ConnectionResetError):
                return
        elif path == "/slow":
            time.sleep(2.0)
            self._send(200, b"late")
        else:
            self._send(404, b"not found")

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")


@pytest.fixture(scope="module")
def server():
    with serve_http(Handler) as httpd:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"


def collect(sources, **kw):
    errors: list[InputError] = []
    records = list(iter_records(sources, on_error=errors.append, **kw))
    return records, errors


def test_fetch_rss_feed_yields_linked_pages_and_entry_text(server):
    with allow_private_addresses():
        records, errors = collect([f"{server}/feed.xml"])
    by_title = {r.meta.get("title"): r for r in records}
    assert set(by_title) == {"Harbour talks resume", "Grain deal extended", "Gone page"}
    one = by_title["Harbour talks resume"]
    assert "Kenya and Egypt resumed talks" in one.text
    assert one.meta["published"] == "2024-03-04"
    assert one.meta["publisher"] == "Test Wire"
    assert one.source.endswith("/news/one.html")
    # the linked page is 404: the entry's own description is used instead
    assert by_title["Gone page"].text.startswith("Mexico urged Poland")
    # no page and no text: one error naming the entry's URL
    assert len(errors) == 1 and errors[0].source.endswith("/news/gone2.html")
    assert all(a.startswith("communique/") for a in Handler.seen_agents)


def test_fetch_atom_feed_with_xml_content_type(server):
    with allow_private_addresses():
        records, errors = collect([f"{server}/atom.xml"])
    assert errors == []
    assert [r.meta["publisher"] for r in records] == ["Atom Desk"]
    assert "Qatar hosted envoys" in records[0].text
    assert records[0].meta["published"] == "2024-05-01"


def test_fetch_html_page_and_redirect(server):
    with allow_private_addresses():
        records, errors = collect([f"{server}/news/two.html", f"{server}/redirect"])
    assert errors == []
    assert "Brazil agreed with Japan" in records[0].text
    assert records[1].source.endswith("/news/one.html")  # the final URL after the redirect
    assert records[1].meta["title"] == "Harbour talks resume"


@pytest.mark.parametrize("path,reason", [
    ("/loop", "redirects"),
    ("/missing.html", "HTTP 404"),
])
def test_fetch_failures_are_reported_not_raised(server, path, reason):
    with allow_private_addresses():
        records, errors = collect([f"{server}{path}"], settings=override(fetch_max_redirects=3))
    assert records == []
    assert len(errors) == 1 and reason in errors[0].reason


def test_fetch_times_out(server):
    with allow_private_addresses():
        records, errors = collect([f"{server}/slow"], settings=override(fetch_timeout_seconds=0.3))
    assert records == [] and "timed out" in errors[0].reason


def test_fetch_endless_feed_is_cut_at_size_limit(server):
    settings = override(fetch_max_bytes=40_000, fetch_timeout_seconds=5.0)
    with allow_private_addresses():
        records, errors = collect([f"{server}/endless.xml"], settings=settings)
    # the complete items before the cut, each from its own description; at most the
    # item cut in the middle is reported
    assert len(errors) <= 1 and all("no link and no text" in e.reason for e in errors)
    assert 100 < len(records) <= 40_000 // len(ENDLESS_ITEM.format(n=0))
    assert records[0].text.startswith("Bulletin number 0 ")
    assert [r.meta["title"] for r in records[:3]] == ["Item 0", "Item 1", "Item 2"]


def test_fetch_refuses_loopback_without_allow_private(server):
    records, errors = collect([f"{server}/news/one.html"])
    assert records == []
    assert "non-public address 127.0.0.1" in errors[0].reason
    assert "--allow-private" in errors[0].reason


def fake_resolver(table):
    def getaddrinfo(host, port, *args, **kwargs):
        if host not in table:
            raise socket.gaierror(f"unknown host {host}")
        family = socket.AF_INET6 if ":" in table[host] else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (table[host], port))]
    return getaddrinfo


HOSTS = {"news.example": "93.184.216.34", "intranet.example": "10.1.2.3", "meta.example": "169.254.169.254",
         "v6local.example": "::1", "mapped.example": "::ffff:192.168.0.7", "zero.example": "0.0.0.0",
         "v6public.example": "2606:4700::1111"}


@pytest.mark.parametrize("url,refused", [
    ("http://news.example/a", False),
    ("https://v6public.example/a", False),
    ("http://intranet.example/", True),
    ("http://meta.example/latest/meta-data", True),
    ("http://v6local.example/", True),
    ("http://mapped.example/", True),
    ("http://zero.example/", True),
    ("file:///etc/passwd", True),
    ("ftp://news.example/x", True),
])
def test_fetch_ssrf_guard_classifies_addresses(monkeypatch, url, refused):
    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo", fake_resolver(HOSTS))
    if refused:
        with pytest.raises(FetchError):
            check_address(url, allow_private=False)
    else:
        check_address(url, allow_private=False)
    check_address(url, allow_private=True) if url.startswith("http") else None


def test_fetch_ssrf_guard_rechecks_after_redirect(monkeypatch):
    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo", fake_resolver(HOSTS))
    requested = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://intranet.example/admin"})

    client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=False)
    with pytest.raises(FetchError, match="10.1.2.3"):
        fetch_mod.fetch("http://news.example/story", allow_private=False, client=client)
    assert requested == ["http://news.example/story"]  # the private hop was never requested


def test_fetch_read_url_raises_input_error_naming_url(monkeypatch):
    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo", fake_resolver(HOSTS))
    with pytest.raises(InputError, match="intranet.example"):
        list(read_url("http://intranet.example/feed", allow_private=False))
