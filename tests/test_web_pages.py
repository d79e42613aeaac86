"""HTML pages: what each shows, escaping of untrusted text, CSP-safe markup, the analyse form."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from importlib import resources

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from communique.cli import main as cli
from communique.web import create_app
from e2e.corpus import XSS_TEXT_PAYLOAD, border_report, hostile_page
from e2e.web_fixtures import client, store_path  # noqa: F401  (fixtures)


class _Markup(HTMLParser):
    """Collects what CSP cares about: script tags and their bodies, event-handler and style attributes."""

    def __init__(self):
        super().__init__()
        self.scripts, self.handlers, self.styles, self._in_script = [], [], [], False
        self.inline_script_text = ""

    def handle_starttag(self, tag, attrs):
        names = {k for k, _ in attrs}
        if tag == "script":
            self.scripts.append(dict(attrs).get("src"))
            self._in_script = True
        self.handlers += [k for k in names if k.startswith("on")]
        if "style" in names or tag == "style":
            self.styles.append(tag)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.inline_script_text += data


def markup(html: str) -> _Markup:
    parser = _Markup()
    parser.feed(html)
    return parser


def _pages(store_path):
    return ["/", "/?q=russia", "/analyze", "/graph", "/timeline", "/api", "/actors/RUS", "/actors/TUR", "/actors",
            "/events", "/events?actor=RUS&undated=true", "/map", "/search", "/search?q=harbour&kind=news",
            f"/documents/{border_report().id}", f"/documents/{hostile_page().id}",
            f"/documents/{hostile_page().id}?at=0&end=40&hl=0-9"]


def test_web_pages_have_no_inline_script_or_style(client, store_path):
    for path in _pages(store_path):
        r = client.get(path)
        assert r.status_code == 200, path
        found = markup(r.text)
        assert all(src and src.startswith("/static/") for src in found.scripts), (path, found.scripts)
        assert found.inline_script_text.strip() == "", path
        assert found.handlers == [] and found.styles == [], (path, found.handlers, found.styles)


def test_web_stored_script_payloads_are_shown_as_text(client):
    html = client.get(f"/documents/{hostile_page().id}").text
    assert XSS_TEXT_PAYLOAD not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__xss = 2&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert "&lt;b&gt;warmly&lt;/b&gt;" in html
    found = markup(html)
    assert found.handlers == [] and found.inline_script_text.strip() == ""
    for path in ("/", "/actors/TUR", "/?q=harbour"):
        page = client.get(path).text
        assert "<img src=x" not in page and "Turkey <script>" not in page


def test_web_search_words_are_escaped_when_shown(client):
    html = client.get("/", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html


def test_web_document_view_marks_every_layer(client):
    doc = border_report()
    html = client.get(f"/documents/{doc.id}").text
    for css in ("m-actor", "m-event", "m-quote", "m-technique", "m-cta", "m-stance"):
        assert css in html, css
    assert re.search(r'<span class="seg [^"]*m-event[^"]*" data-refs="[^"]*\be2\b[^"]*"[^>]*>shelling</span>', html)
    # the speaker label is drawn by CSS from data-speaker: it cannot be read (or copied) as text
    assert '<span class="speaker-tag" title="speaker: Olena Marchuk" data-speaker="Olena Marchuk"' in html
    assert 'href="#ref-e1" data-ref="e1"' in html and 'id="ref-e1"' in html
    assert "Technique: Loaded language (cue: cowardly)" in html
    assert 'href="/actors/RUS"' in html


def test_web_home_lists_documents_and_search_results(client):
    html = client.get("/").text
    assert '<strong id="n-documents">4</strong>' in html
    hits = client.get("/", params={"q": "energy"}).text
    assert "China and Russia sign energy deal" in hits and "Port of Odesa" not in hits


def test_web_actor_page_shows_partners_quotes_and_stance(client):
    html = client.get("/actors/RUS").text
    assert '<h1 id="actor-name">Russia</h1>' in html
    assert 'href="/actors/UKR"' in html and "material conflict" in html
    assert "Harbour Wire" in html and "-0.60" in html
    speaker = client.get("/actors/person:olena-marchuk").text
    assert "We will not bow to this pressure" in speaker


@pytest.mark.parametrize("path", ["/documents/ffffffffffffffff", "/actors/NOPE", "/no/such/page"])
def test_web_unknown_pages_are_html_404(client, path):
    r = client.get(path)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "Error 404" in r.text


def test_web_without_store_home_is_the_analyse_form(pipeline):
    with TestClient(create_app(analyzer=pipeline)) as c:
        html = c.get("/").text
        assert 'action="/analyze"' in html and "without a corpus database" in html
        assert c.get("/graph").status_code == 404


def test_web_analyse_form_shows_the_document_view(pipeline):
    with TestClient(create_app(analyzer=pipeline)) as c:
        text = "Brazil condemned the attack. <script>window.__xss=3</script>"
        r = c.post("/analyze", data={"text": text, "title": "Form test"})
        assert r.status_code == 200
        assert 'id="doc-text"' in r.text and "not stored" in r.text
        assert "<script>window.__xss=3" not in r.text and "&lt;script&gt;window.__xss=3" in r.text
        empty = c.post("/analyze", data={"text": "  "})
        assert empty.status_code == 422 and "Paste a text" in empty.text


def test_web_analyse_form_accepts_uploads(pipeline):
    with TestClient(create_app(analyzer=pipeline)) as c:
        page = b"<html><head><title>Upload</title></head><body><article><p>Chile recalled its ambassador " \
               b"from Lima on Friday after the dispute over fishing rights grew worse.</p></article></body></html>"
        r = c.post("/analyze", files={"file": ("story.html", page, "text/html")})
        visible = re.sub(r"<[^>]+>", "", r.text)  # actor and event spans cut the text into pieces
        assert r.status_code == 200 and "Chile recalled its ambassador" in visible
        assert "upload:story.html" in r.text
        binary = c.post("/analyze", files={"file": ("x.txt", b"%PDF-1.7 \x00\x01", "text/plain")})
        assert binary.status_code == 422 and "Error 422" in binary.text


def test_web_analyse_form_needs_the_token_when_set(pipeline):
    with TestClient(create_app(token="tok-123", analyzer=pipeline)) as c:
        assert 'name="token"' in c.get("/analyze").text
        assert c.post("/analyze", data={"text": "Chad protested."}).status_code == 401
        ok = c.post("/analyze", data={"text": "Chad protested.", "token": "tok-123"})
        assert ok.status_code == 200 and "Chad protested." in re.sub(r"<[^>]+>", "", ok.text)


def test_web_static_assets_are_local():
    static = resources.files("communique.web").joinpath("static")
    templates = resources.files("communique.web").joinpath("templates")
    external = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|@import\s+url\(\s*["']?https?:|fetch\(\s*["']https?:""")
    for folder in (static, templates):
        for entry in folder.iterdir():
            if entry.name.endswith((".js", ".css", ".html")):
                assert not external.search(entry.read_text("utf-8")), entry.name


def test_web_cli_serve_get_runs_one_request(store_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(store_path), "--get", "/api/actors?limit=1"])
    assert result.exit_code == 0, result.output
    assert '"key":"RUS"' in result.output
    missing = CliRunner().invoke(cli, ["serve", "--db", str(store_path) + ".absent", "--get", "/"])
    assert missing.exit_code != 0 and "no such store" in missing.output


def test_web_cli_serve_binds_loopback_by_default():
    from communique.cli.serve import DEFAULT_HOST, _is_loopback

    assert DEFAULT_HOST == "127.0.0.1"
    assert _is_loopback("127.0.0.1") and _is_loopback("::1") and _is_loopback("localhost")
    assert not _is_loopback("0.0.0.0") and not _is_loopback("192.168.1.4")
