"""The web app under a bounded load (issue 10).

``communique serve`` runs on 127.0.0.1 over a store of synthetic documents; a
second process sends concurrent ``POST /api/analyze`` and query requests for a
fixed time. Every answer must be a 2xx (no 5xx, no refused or dropped
connection) and the server's resident memory must stay bounded. The test prints
requests per second and p95 latency per kind (not asserted: timings depend on
the machine).

Run the client by hand: ``python tests/test_load.py client URL SECONDS CONCURRENCY``.
"""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

#: Seconds of load (after warm-up).
LOAD_SECONDS = 20
#: Concurrent client connections: well below uvicorn's limit_concurrency=64.
CONCURRENCY = 16
#: Share of requests that analyse a text (the rest query the store).
ANALYZE_SHARE = 0.25
#: Documents in the store the queries read.
N_STORED = 150
#: Resident memory the server may reach (MB): the spaCy model and the ONNX encoder take
#: about 1 GB; growth past this bound under a 20-second load means a leak.
MAX_SERVER_RSS_MB = 2500
#: Longest wait for the server to answer its first request (model loaded on first analyse).
STARTUP_SECONDS = 180

TEXTS = [
    "Ghana and Togo agreed on Monday to share patrol data along their sea border.",
    '"We will not accept new tariffs," the trade minister of Chile said on Friday.',
    "Norway offered aid to Nepal after the floods, officials said.",
    "Peru accused Bolivia of blocking the river route; talks resume next week.",
]
QUERIES = ["/api/documents?limit=20", "/api/documents?q=talks", "/api/actors?limit=50", "/api/events?limit=50",
           "/api/events?type=AGREE,ACCUSE&limit=20", "/api/graph", "/api/timeline", "/api/health"]


# -- the client (runs in its own process) ---------------------------------------------------
def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_client(base: str, seconds: float, concurrency: int, doc_ids: list[str]) -> dict:
    """Hammer ``base`` for ``seconds`` with ``concurrency`` threads; a summary dict."""
    import httpx

    lock = threading.Lock()
    latencies: dict[str, list[float]] = {"analyze": [], "query": []}
    statuses: dict[str, int] = {}
    failures: list[str] = []
    stop_at = time.monotonic() + seconds
    paths = QUERIES + [f"/api/documents/{d}" for d in doc_ids[:20]]

    def worker(n: int) -> None:
        rng = random.Random(n)
        with httpx.Client(base_url=base, timeout=120, trust_env=False) as client:
            while time.monotonic() < stop_at:
                kind = "analyze" if rng.random() < ANALYZE_SHARE else "query"
                started = time.monotonic()
                try:
                    if kind == "analyze":
                        text = f"{rng.choice(TEXTS)} Report {n}-{rng.random():.6f}."
                        response = client.post("/api/analyze", json={"text": text})
                    else:
                        response = client.get(rng.choice(paths))
                    code = str(response.status_code)
                except httpx.HTTPError as err:
                    code = type(err).__name__
                with lock:
                    latencies[kind].append(time.monotonic() - started)
                    statuses[code] = statuses.get(code, 0) + 1
                    if not code.startswith("2") and len(failures) < 20:
                        failures.append(f"{kind} -> {code}")

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    total = sum(len(v) for v in latencies.values())
    return {"seconds": round(elapsed, 1), "requests": total, "rps": round(total / elapsed, 1),
            "statuses": statuses, "failures": failures,
            **{f"{k}_n": len(v) for k, v in latencies.items()},
            **{f"{k}_p50_ms": round(1000 * percentile(v, 0.50)) for k, v in latencies.items()},
            **{f"{k}_p95_ms": round(1000 * percentile(v, 0.95)) for k, v in latencies.items()}}


# -- the test --------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[Path, list[str]]:
    from communique.store import Store
    from communique.testing.corpus import synthetic_documents

    db = tmp_path_factory.mktemp("load") / "load.duckdb"
    docs = synthetic_documents(N_STORED, seed=10)
    with Store(db) as s:
        s.add(docs)
    return db, [d.id for d in docs]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads server memory from /proc")
def test_load_concurrent_analyze_and_queries(store, tmp_path):
    import httpx

    db, doc_ids = store
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # every connection may wait for the analysis worker: a queue as long as the connections
    # (the 503 of a full queue is tested in test_web_pool.py)
    env = {**os.environ, "COMMUNIQUE_WEB_ANALYSIS_QUEUE_LENGTH": str(CONCURRENCY)}
    server = subprocess.Popen([sys.executable, "-c", "from communique.cli import main; main()", "serve",
                               "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    peak = {"rss": 0.0}
    sampling = threading.Event()

    def sample() -> None:
        while not sampling.is_set() and server.poll() is None:
            peak["rss"] = max(peak["rss"], rss_mb(server.pid))
            time.sleep(0.25)

    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:  # wait for the port, then warm up (the first analyse loads the model)
            try:
                warm = httpx.post(f"{base}/api/analyze", json={"text": TEXTS[0]}, timeout=STARTUP_SECONDS,
                                  trust_env=False)
                assert warm.status_code == 200, warm.text
                break
            except httpx.ConnectError:
                assert server.poll() is None, server.stderr.read()[-3000:]
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.5)
        warm_rss = rss_mb(server.pid)
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        client = subprocess.run([sys.executable, __file__, "client", base, str(LOAD_SECONDS), str(CONCURRENCY),
                                 ",".join(doc_ids)], capture_output=True, text=True,
                                timeout=LOAD_SECONDS + 300)
        assert client.returncode == 0, client.stderr[-3000:]
        result = json.loads(client.stdout.strip().splitlines()[-1])
        assert server.poll() is None, "the server died under load"
        after = httpx.get(f"{base}/api/health", timeout=30, trust_env=False)
        assert after.status_code == 200
    finally:
        sampling.set()
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stderr.close()
    print(f"\nload: {result['requests']} requests in {result['seconds']} s = {result['rps']} req/s "
          f"({CONCURRENCY} connections); analyze n={result['analyze_n']} p50={result['analyze_p50_ms']} ms "
          f"p95={result['analyze_p95_ms']} ms; query n={result['query_n']} p50={result['query_p50_ms']} ms "
          f"p95={result['query_p95_ms']} ms; server RSS warm {warm_rss:.0f} MB, peak {peak['rss']:.0f} MB; "
          f"statuses {result['statuses']}")
    assert result["failures"] == [], result["failures"]
    assert set(result["statuses"]) == {"200"}, result["statuses"]
    assert result["analyze_n"] > 0 and result["query_n"] > 0
    assert peak["rss"] < MAX_SERVER_RSS_MB, f"server RSS reached {peak['rss']:.0f} MB"


if __name__ == "__main__" and len(sys.argv) == 6 and sys.argv[1] == "client":
    _, _, url, secs, conc, ids = sys.argv
    print(json.dumps(run_client(url, float(secs), int(conc), [i for i in ids.split(",") if i])))
