"""Input limits with clear errors (issue 10): maximum document size, maximum file
size and records per file, compressed and binary inputs refused rather than
unpacked, entity-expansion ("billion laughs") and external-entity safe HTML and
XML, and URL responses that never end, drip forever or inflate."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import textwrap
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest

from communique.errors import BinaryInputError, ConfigError, InputError, InputTooLargeError
from communique.ingest import fetch as fetch_mod
from communique.ingest import iter_records
from communique.ingest.fetch import read_url
from communique.ingest.readers import html_record, read_path, read_stdin
from communique.settings import load_settings, override
from conftest import serve_http

#: The longest a fetch may take in these tests before it counts as hanging (a generous
#: multiple of the configured timeout, so a busy machine never fails a correct fetch).
HANG_SECONDS = 45
#: How long the drip server waits before answering each hop of its redirect chain.
SLOW_HOP_SECONDS = 0.5
#: Memory a child process parsing hostile markup may use (address space, bytes).
CHILD_MEMORY_BYTES = 3 * 1024**3


# -- configurable limits -----------------------------------------------------------------
def test_limits_document_size_is_configurable_by_file_and_environment(tmp_path, monkeypatch):
    user = tmp_path / "limits.toml"
    user.write_text("max_document_chars = 1234\nmax_records_per_file = 7\n", encoding="utf-8")
    settings = load_settings(user)
    assert (settings.max_document_chars, settings.max_records_per_file) == (1234, 7)
    monkeypatch.setenv("COMMUNIQUE_MAX_DOCUMENT_CHARS", "99")
    assert load_settings(user).max_document_chars == 99  # the environment wins over the file


@pytest.mark.parametrize("content,message", [
    ("max_document_chars = 'big'\n", "max_document_chars must be int"),
    ("max_documents = 3\n", "unknown settings"),
    ("max_document_chars = [\n", "cannot read settings"),
])
def test_limits_bad_settings_file_is_a_clear_error(tmp_path, content, message):
    user = tmp_path / "bad.toml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(user)


def test_limits_document_over_max_chars_is_refused_per_document(pipeline):
    import copy

    from communique.pipeline import Context

    small = copy.copy(pipeline)
    small.ctx = Context(settings=override(max_document_chars=500))
    failures = []
    texts = ["Kenya and Peru signed a fishing accord.", "x " * 400, "Chile welcomed the accord."]
    documents = list(small.pipe(iter(map(_record, texts)), on_error=failures.append))
    assert [d.text for d in documents] == [texts[0], texts[2]]  # the batch goes on
    assert len(failures) == 1 and "more than max_document_chars=500" in failures[0].reason


def _record(text):
    from communique.ingest.records import Record

    return Record(text, f"mem:{len(text)}")


def test_limits_file_over_max_bytes_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Peru and Chile met. " * 100, encoding="utf-8")
    with pytest.raises(InputTooLargeError, match="more than max_file_bytes=100"):
        list(read_path(path, override(max_file_bytes=100)))


def test_limits_stdin_over_max_bytes_is_refused():
    stream = io.BytesIO(b"Peru and Chile met. " * 1000)
    with pytest.raises(InputTooLargeError, match="<stdin>"):
        read_stdin(stream, override(max_file_bytes=1000))


def _write_table(path: Path, rows: int) -> None:
    data = [{"id": n, "text": f"Report {n}: Ghana and Togo discussed border patrols."} for n in range(rows)]
    if path.suffix == ".jsonl":
        path.write_text("\n".join(json.dumps(r) for r in data), encoding="utf-8")
    elif path.suffix == ".csv":
        import csv

        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=["id", "text"])
            writer.writeheader()
            writer.writerows(data)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(data), path)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_limits_records_per_file(tmp_path, suffix):
    path = tmp_path / f"rows{suffix}"
    _write_table(path, 12)
    errors: list[InputError] = []
    records = list(iter_records([path], on_error=errors.append, settings=override(max_records_per_file=10)))
    assert len(records) == 10
    assert len(errors) == 1 and isinstance(errors[0], InputTooLargeError)
    assert "more than max_records_per_file=10" in errors[0].reason and "first 10" in errors[0].reason


# -- compressed, binary and entity-expanding inputs ------------------------------------------
@pytest.mark.parametrize("name,data,what", [
    ("bomb.txt", gzip.compress(b"A" * 10_000_000), "gzip"),
    ("bomb.html", gzip.compress(b"<p>" + b"A" * 10_000_000), "gzip"),
    ("archive.md", b"PK\x03\x04" + b"\x00" * 100, "ZIP"),
    ("report.txt", b"%PDF-1.7\n%...", "PDF"),
    ("blob.txt", bytes(range(256)) * 10, "binary"),
])
def test_limits_compressed_and_binary_files_are_refused_not_unpacked(tmp_path, name, data, what):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BinaryInputError, match=what):
        list(read_path(path))


def _laughs(levels: int, fanout: int, root: str) -> str:
    """Entity declarations that expand to ``fanout ** levels`` copies of a word."""
    lines = ['<!ENTITY e0 "laugh">']
    lines += [f'<!ENTITY e{n} "' + f"&e{n - 1};" * fanout + '">' for n in range(1, levels + 1)]
    return f"<!DOCTYPE {root} [\n" + "\n".join(lines) + "\n]>"


BILLION = 9  # levels of ten: 10**9 copies when expanded


def _run_child(code: str, tmp_path: Path) -> str:
    """Run ``code`` in a child process with bounded memory; return its stdout."""
    prelude = (f"import resource\nresource.setrlimit(resource.RLIMIT_AS, ({CHILD_MEMORY_BYTES}, "
               f"{CHILD_MEMORY_BYTES}))\n")
    script = tmp_path / "child.py"
    script.write_text(prelude + textwrap.dedent(code), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_limits_billion_laughs_html_is_not_expanded(tmp_path):
    html = (_laughs(BILLION, 10, "html") + "<html><body><article><p>Chile and Peru agreed to resume "
            "talks on fishing rights. &e9; Officials said the next round is in May.</p></article></body></html>")
    out = _run_child(f"""
        from communique.ingest.readers import html_record
        try:
            record = html_record({html!r}, "laughs.html")
            print(len(record.text), record.text.count("laugh"))
        except Exception as err:
            print("refused", type(err).__name__)
    """, tmp_path)
    first = out.split()
    assert first[0] == "refused" or (int(first[0]) < 10_000 and int(first[1]) <= 1), out


def _feed_body(doctype: str, description: str) -> bytes:
    return (f'<?xml version="1.0"?>\n{doctype}\n<rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>Talks</title><description>{description}</description></item>"
            "</channel></rss>").encode()


@pytest.mark.parametrize("doctype,description", [
    (_laughs(BILLION, 10, "rss"), "Chile and Peru resumed talks. &e9;"),
    (_laughs(2, 20_000, "rss"), "Chile and Peru resumed talks. &e2;"),  # quadratic blow-up
    ('<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "Chile and Peru resumed talks. &x;"),
    ('<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>', "Chile and Peru resumed talks."),
], ids=["billion-laughs", "quadratic", "external-file", "external-dtd"])
def test_limits_feed_entities_are_not_expanded(tmp_path, doctype, description):
    body = _feed_body(doctype, description)
    out = _run_child(f"""
        import httpx, json
        from communique.ingest import fetch
        from communique.ingest.fetch import read_url
        seen = []
        def handler(request):
            seen.append(str(request.url))
            if str(request.url) == "http://93.184.216.34/feed.xml":
                return httpx.Response(200, content={body!r}, headers={{"content-type": "application/rss+xml"}})
            return httpx.Response(404)
        fetch._transport = lambda backend: httpx.MockTransport(handler)
        try:
            texts = [r.text for r in read_url("http://93.184.216.34/feed.xml", allow_private=False,
                                              on_error=lambda e: None)]
        except Exception as err:
            texts = ["refused " + type(err).__name__]
        print(json.dumps({{"texts": texts, "seen": seen}}))
    """, tmp_path)
    result = json.loads(out)
    assert result["seen"] == ["http://93.184.216.34/feed.xml"]  # no external entity or DTD fetched
    for text in result["texts"]:
        assert len(text) < 10_000 and text.count("laugh") <= 1
        assert "root:" not in text  # /etc/passwd never read


# -- responses that never end, drip forever or inflate -------------------------------------------
class _Drip(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _drip(self, byte: bytes) -> None:
        """Write ``byte`` every 50 ms for far longer than any client waits."""
        for _ in range(100_000):
            self.wfile.write(byte)
            self.wfile.flush()
            time.sleep(0.05)

    def do_GET(self):  # noqa: N802
        try:
            if self.path == "/drip-body":  # headers at once, then one byte of a feed every 50 ms
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", "100000000")
                self.end_headers()
                self.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Drip</title>')
                self.wfile.flush()
                self._drip(b" ")
            elif self.path == "/drip-page":  # an HTML page whose body never finishes
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000000")
                self.end_headers()
                self.wfile.write(b"<html><body><article><p>Chile and Peru met.")
                self._drip(b" ")
            elif self.path.startswith("/slow-hop/"):  # each hop well inside the read timeout
                time.sleep(SLOW_HOP_SECONDS)
                hop = int(self.path.rsplit("/", 1)[1])
                self.send_response(302)
                self.send_header("Location", f"/slow-hop/{hop + 1}")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif self.path == "/drip-headers":  # a header line that never ends
                self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                self.wfile.flush()
                self._drip(b"a")
        except (BrokenPipeError, ConnectionResetError):
            return


@pytest.fixture(scope="module")
def drip_server():
    with serve_http(_Drip) as httpd:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"


def _fetch_in_thread(url: str, settings, wait: float = HANG_SECONDS) -> dict:
    """Run ``read_url`` in a thread; ``{"done": bool, "result" or "error": ...}`` after ``wait`` s."""
    outcome: dict = {"done": False}

    def work():
        try:  # allow_private= rather than the process-wide switch: this thread may never end
            outcome["result"] = list(read_url(url, settings, on_error=lambda e: None, allow_private=True))
        except InputError as err:
            outcome["error"] = err
        outcome["done"] = True

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(wait)
    return outcome


def test_limits_body_that_drips_forever_is_cut_at_the_timeout(drip_server):
    outcome = _fetch_in_thread(f"{drip_server}/drip-body", override(fetch_timeout_seconds=2.0))
    assert outcome["done"], f"a body sending one byte every 50 ms was still being read after {HANG_SECONDS} s"
    assert "error" in outcome and "no entries" in outcome["error"].reason


def test_limits_headers_that_drip_forever_time_out(drip_server):
    # httpx's timeouts are per read; only the overall deadline ends a header line that
    # grows by one byte every 50 ms (it would take about 16 hours to reach h11's limit).
    outcome = _fetch_in_thread(f"{drip_server}/drip-headers", override(fetch_timeout_seconds=2.0))
    assert outcome["done"], f"a header line sent one byte every 50 ms was still being read after {HANG_SECONDS} s"
    assert "error" in outcome and "timed out after 2 s" in outcome["error"].reason


def test_limits_page_body_that_drips_forever_is_refused(drip_server):
    outcome = _fetch_in_thread(f"{drip_server}/drip-page", override(fetch_timeout_seconds=2.0))
    assert outcome["done"], f"a page body sent one byte every 50 ms was still being read after {HANG_SECONDS} s"
    assert "error" in outcome and "took too long" in outcome["error"].reason


def test_limits_deadline_covers_the_whole_redirect_chain(drip_server):
    # every hop answers within the read timeout, but 20 of them do not fit the deadline
    settings = override(fetch_timeout_seconds=4 * SLOW_HOP_SECONDS, fetch_max_redirects=20)
    outcome = _fetch_in_thread(f"{drip_server}/slow-hop/0", settings)
    assert outcome["done"]
    assert "error" in outcome and "timed out" in outcome["error"].reason
    assert "fetch_max_redirects" not in outcome["error"].reason


def test_limits_deadline_left_for_a_chain_that_fits(drip_server):
    # the same chain, cut by the redirect limit well before the deadline: no timeout
    settings = override(fetch_timeout_seconds=30.0, fetch_max_redirects=2)
    outcome = _fetch_in_thread(f"{drip_server}/slow-hop/0", settings)
    assert "error" in outcome and "more than fetch_max_redirects=2" in outcome["error"].reason


def test_limits_gzip_response_bomb_is_cut_at_max_bytes(monkeypatch):
    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo",
                        lambda host, port, *a, **k: [(2, 1, 6, "", ("93.184.216.34", port))])
    bomb = gzip.compress(b"<p>" + b"A" * 200_000_000, compresslevel=9)  # 200 MB inflated
    assert len(bomb) < 300_000

    def handler(request):
        return httpx.Response(200, content=bomb, headers={"content-encoding": "gzip", "content-type": "text/html"})

    client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=False)
    settings = override(fetch_max_bytes=1_000_000)
    response = fetch_mod.fetch("http://news.example/page", settings, allow_private=False, client=client)
    assert response.truncated and len(response.body) == 1_000_000
    with pytest.raises(InputError, match="larger than fetch_max_bytes"):
        monkeypatch.setattr(fetch_mod, "_transport", lambda backend: httpx.MockTransport(handler))
        list(read_url("http://news.example/page", settings, allow_private=False))


def test_limits_html_with_huge_attribute_and_comment_is_bounded():
    html = ("<html><body><article><p title='" + "x" * 2_000_000 + "'>Kenya and Peru signed a fishing accord "
            "on Monday, officials said.</p><!--" + "-" * 1_000_000 + "--></article></body></html>")
    record = html_record(html, "huge.html")
    assert "Kenya and Peru signed" in record.text and len(record.text) < 1000
