"""The web app's analysis pool (issue 21): concurrent large analyze requests against a live
server on 127.0.0.1 leave the other pages answering, a full pool and queue give 503 with
``Retry-After``, and an analysis past the deadline is stopped and frees its worker.

The workers run ``communique.testing.web:gated_analyzer`` (no model): a job whose text starts
with ``wait-for:PATH`` ends when the test creates PATH, so nothing depends on timing.
"""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager

import httpx
import pytest

from communique.settings import override
from communique.web import create_app

GATED = "communique.testing.web:gated_analyzer"
#: Large request bodies (the server accepts up to 2 MB by default).
LARGE_TEXT_CHARS = 1_000_000
#: Polls (of POLL_SECONDS) before a state the test waits for counts as never reached.
MAX_POLLS = 3000
POLL_SECONDS = 0.02


@contextmanager
def live_server(app):
    """``app`` served by uvicorn on 127.0.0.1 (a free port) in a thread; yields its base URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(MAX_POLLS):
        if server.started:
            break
        time.sleep(POLL_SECONDS)
    assert server.started, "uvicorn did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


def wait_until(condition, what: str) -> None:
    for _ in range(MAX_POLLS):
        if condition():
            return
        time.sleep(POLL_SECONDS)
    raise AssertionError(f"never reached: {what}")


def post_in_thread(url: str, text: str, out: dict, key: str) -> threading.Thread:
    def run() -> None:
        with httpx.Client(timeout=120) as client:
            out[key] = client.post(f"{url}/api/analyze", json={"text": text})

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def gated_text(gate) -> str:
    return f"wait-for:{gate}\n" + "The minister said talks would go on. " * (LARGE_TEXT_CHARS // 38)


@pytest.mark.issue(21)
def test_web_pool_stays_responsive_and_answers_503_when_full(tmp_path):
    settings = override(web_analysis_workers=1, web_analysis_queue_length=1, web_analysis_timeout_seconds=120)
    app = create_app(settings=settings, worker_analyzer=GATED)
    gate = tmp_path / "gate"
    results: dict = {}
    with live_server(app) as url, httpx.Client(base_url=url, timeout=60) as client:
        def analysis() -> dict:
            return client.get("/api/health").json()["analysis"]

        first = post_in_thread(url, gated_text(gate), results, "first")
        wait_until(lambda: analysis()["running"] == 1, "the first analysis runs")
        second = post_in_thread(url, gated_text(gate), results, "second")
        wait_until(lambda: analysis()["waiting"] == 1, "the second analysis waits")

        # the other pages answer while both analyses are held
        for path in ("/api/health", "/analyze", "/api", "/static/style.css"):
            assert client.get(path).status_code == 200, path
        assert first.is_alive() and second.is_alive()

        busy = client.post("/api/analyze", json={"text": gated_text(gate)})
        assert busy.status_code == 503, busy.text
        assert int(busy.headers["Retry-After"]) >= 1
        assert busy.json()["error"]["code"] == "busy"
        assert "try again" in busy.json()["error"]["message"]
        page = client.post("/analyze", data={"text": "France and Germany met."})
        assert page.status_code == 503 and "Retry-After" in page.headers

        gate.touch()
        first.join(120)
        second.join(120)
        assert results["first"].status_code == 200 and results["second"].status_code == 200
        assert results["first"].json()["text"].startswith("wait-for:")
        assert analysis()["running"] == 0 and analysis()["waiting"] == 0
        assert client.post("/api/analyze", json={"text": "France and Germany met."}).status_code == 200


@pytest.mark.issue(21)
def test_web_pool_timeout_kills_the_job_and_frees_its_worker(tmp_path):
    settings = override(web_analysis_workers=1, web_analysis_queue_length=0, web_analysis_timeout_seconds=1.0)
    app = create_app(settings=settings, worker_analyzer=GATED)
    pool = app.state.web.pool
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as client:
        assert client.post("/api/analyze", json={"text": "warm the worker up"}).status_code == 200
        [stuck_pid] = pool.pids()
        never = tmp_path / "never-created"
        timed_out = client.post("/api/analyze", json={"text": gated_text(never)})
        assert timed_out.status_code == 504, timed_out.text
        assert timed_out.json()["error"]["code"] == "analysis_timeout"
        assert "web_analysis_timeout_seconds=1" in timed_out.json()["error"]["message"]
        with pytest.raises(ProcessLookupError):
            os.kill(stuck_pid, 0)  # the stuck worker is gone, not left running
        after = client.post("/api/analyze", json={"text": "France and Germany met."})
        assert after.status_code == 200, after.text
        assert pool.pids() and pool.pids() != [stuck_pid]
        assert client.get("/api/health").json()["analysis"]["timeouts"] == 1
