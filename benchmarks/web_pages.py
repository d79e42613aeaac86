"""Server time of every web page and API route on a 5,000-document store, as a ratio to
the same route on the small store it was cloned from (issue 19: pages < 1 s).

    .venv/bin/python benchmarks/web_pages.py [--docs 5000] [--repeat 5] [--analysed FILE]

The documents are real analyses: the files in ``examples/`` and ``tests/data/pages/``
(written for this project) go through the default pipeline once (``--analysed FILE``
keeps them as JSON lines for the next run). The large store holds ``--docs`` clones of
them written by the real store writer (``Store.add``): each clone gets its own id, a
publication date spread over three years and one of ``OUTLETS`` outlets, and its person
and organisation actors one of ``--actor-variants`` keys, so that the corpus has many
actors as a real one does, not the few dozen of the sources. Stories are clustered
(``update_stories``) so the story pages have something to show.

Every GET route of the app is requested through ``TestClient`` (in-process, so the time
is the server's: routing, SQL, rendering; no network), path parameters filled with a
stored document, the most active actor and a story. Each route runs once to warm up,
then ``--repeat`` times; the median counts. The baseline is the same route on the small
store (the analysed sources alone), measured in the same run, and a bare
``SELECT count(*) FROM documents`` on the large store. Not a test: timings depend on
the machine; read the ratios and the routes over ``LIMIT_S``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "examples", ROOT / "tests" / "data" / "pages")
#: The target for every page and route (issue 19).
LIMIT_S = 1.0
#: Outlets the clones are spread over.
OUTLETS = 60
#: Days the clones' publication dates are spread over.
DATE_SPAN_DAYS = 3 * 365
FIRST_DAY = dt.date(2022, 1, 1)
#: Actor kinds whose keys get a variant per clone (states and IGOs keep theirs).
VARIED_KINDS = ("person", "organization", "group", "armed_group")


def analysed_sources(cache: Path | None) -> list:
    """The source files analysed by the default pipeline (read from ``cache`` when it exists)."""
    from communique.document import Document

    if cache and cache.is_file():
        return [Document.from_json(line) for line in cache.read_text("utf-8").splitlines() if line.strip()]
    from communique.ingest.readers import iter_records
    from communique.pipeline import get_pipeline

    files = [p for folder in SOURCES for p in sorted(folder.iterdir())
             if p.is_file() and p.suffix in (".txt", ".md", ".html")]
    errors: list = []
    records = list(iter_records(files, errors.append))
    docs = list(get_pipeline().pipe(records))
    if cache:
        cache.write_text("".join(d.to_json() + "\n" for d in docs), "utf-8")
    return docs


def clones(sources: list, n: int, variants: int) -> list:
    """``n`` copies of the sources with their own id, date, outlet and actor keys."""
    from communique.store.rows import actor_key

    out = []
    for i in range(n):
        base = sources[i % len(sources)]
        variant = (i // len(sources)) % variants
        actors = [dataclasses.replace(a, key=f"{actor_key(a)}-{variant}") if a.kind in VARIED_KINDS else a
                  for a in base.actors]
        day = FIRST_DAY + dt.timedelta(days=(i * 7919) % DATE_SPAN_DAYS)
        out.append(dataclasses.replace(base, id=f"bench-{i:05d}", actors=actors, published=day.isoformat(),
                                       publisher=f"Outlet {i % OUTLETS:02d}"))
    return out


def build_store(path: Path, documents: list, stories: bool) -> float:
    from communique.store import Store
    from communique.store.stories import update_stories

    t = time.perf_counter()
    with Store(path, batch_docs=500) as store:
        store.add(documents)
        if stories:
            update_stories(store.con)
    return time.perf_counter() - t


def samples(path: Path) -> dict[str, str]:
    """Values for the routes' path and query parameters, read from the store."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        doc = con.execute("SELECT doc_id FROM events GROUP BY doc_id ORDER BY count(*) DESC, doc_id LIMIT 1").fetchone()[0]
        key = con.execute("SELECT key FROM event_actors WHERE key IS NOT NULL GROUP BY key"
                          " ORDER BY count(*) DESC, key LIMIT 1").fetchone()[0]
        edge = con.execute(
            "SELECT s.key, t.key FROM event_actors s JOIN event_actors t ON s.doc_id = t.doc_id"
            " AND s.event_id = t.event_id AND s.role = 'source' AND t.role = 'target'"
            " WHERE s.key <> t.key GROUP BY ALL ORDER BY count(*) DESC, 1, 2 LIMIT 1").fetchone()
        story = con.execute("SELECT story_id FROM stories ORDER BY n_documents DESC, story_id LIMIT 1").fetchone()
        word = "ministry"
    finally:
        con.close()
    return {"doc_id": doc, "key": key, "story_id": story[0] if story else "none", "source": edge[0],
            "target": edge[1], "q": word}


def get_paths(routes, prefix: str = "") -> list[str]:
    """The path templates of every GET route, through included routers."""
    out = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            out += get_paths(inner.routes, prefix + route.include_context.prefix)
        elif "GET" in (getattr(route, "methods", None) or ()):
            out.append(prefix + route.path)
    return out


def routes(app, values: dict[str, str]) -> list[str]:
    """Every GET route of the app with its parameters filled, plus the filtered variants a
    user reaches from the pages (search, filters, an edge of the graph, a later page)."""
    import re
    from urllib.parse import quote, urlencode

    key = quote(values["key"], safe="")
    edge = urlencode({"source_key": values["source"], "target_key": values["target"]})  # its required query
    out = []
    for path in get_paths(app.routes):
        params = re.findall(r"{(\w+)(?::\w+)?}", path)
        missing = sorted(set(params) - set(values))
        if missing:
            print(f"  (skipped {path}: no sample for {missing})")
            continue
        filled = re.sub(r"{(\w+)(?::\w+)?}", lambda m: quote(values[m.group(1)], safe=""), path)
        out.append(filled + ("?" + edge if path == "/api/graph/edge" else ""))
    out += [f"/?q={values['q']}", f"/api/documents?q={values['q']}", f"/events?actor={key}",
            "/events?offset=2000", "/events?quad=material+conflict", "/actors?q=min", "/actors?offset=1000",
            f"/api/events?actor={key}", "/api/graph?limit=200", f"/api/graph?actor={key}",
            f"/api/timeline?actor={key}", f"/api/events.csv?actor={key}",
            f"/documents/{quote(values['doc_id'], safe='')}?at=0&end=40"]
    return list(dict.fromkeys(out))


def time_routes(path: Path, paths: list[str], repeat: int) -> dict[str, tuple[float, int]]:
    """Median seconds and status of each path on the store at ``path``."""
    from fastapi.testclient import TestClient

    from communique.web import create_app

    out = {}
    with TestClient(create_app(path)) as client:
        for p in paths:
            status = client.get(p).status_code  # warm-up
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                client.get(p)
                times.append(time.perf_counter() - t)
            out[p] = (statistics.median(times), status)
    return out


def bare_count(path: Path, repeat: int) -> float:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        con.execute("SELECT count(*) FROM documents").fetchone()
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            con.execute("SELECT count(*) FROM documents").fetchone()
            times.append(time.perf_counter() - t)
        return statistics.median(times)
    finally:
        con.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--actor-variants", type=int, default=40)
    ap.add_argument("--analysed", type=Path, default=None, help="JSON lines cache of the analysed sources")
    ap.add_argument("--json", type=Path, default=None, help="also write the table as JSON")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from communique.web import create_app

    t = time.perf_counter()
    sources = analysed_sources(args.analysed)
    print(f"{len(sources)} source documents analysed in {time.perf_counter() - t:.1f} s")
    with tempfile.TemporaryDirectory() as folder:
        small, large = Path(folder) / "small.duckdb", Path(folder) / "large.duckdb"
        build_store(small, clones(sources, len(sources), 1), stories=True)
        seconds = build_store(large, clones(sources, args.docs, args.actor_variants), stories=True)
        import duckdb

        con = duckdb.connect(str(large), read_only=True)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "actors", "events", "event_actors", "quotes", "mentions", "stories")}
        con.close()
        print(f"large store written in {seconds:.1f} s: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
        values = samples(large)
        small_values = samples(small)
        paths = routes(create_app(large), values)
        big = time_routes(large, paths, args.repeat)
        # The same routes on the small store, with its own sample ids where the path names one.
        swap = {values[k]: small_values[k] for k in ("doc_id", "key", "story_id", "source", "target")}

        def small_path(p: str) -> str:
            from urllib.parse import quote

            for old, new in swap.items():
                p = p.replace(quote(old, safe=""), quote(new, safe=""))
            return p

        base = time_routes(small, [small_path(p) for p in paths], args.repeat)
        count_s = bare_count(large, args.repeat)
    rows = []
    print(f"\nserver time per route, median of {args.repeat} (after a warm-up); "
          f"bare SELECT count(*) on the large store: {count_s * 1000:.2f} ms")
    print(f"{'route':<58} {'status':>6} {f'{args.docs} docs':>10} {f'{len(sources)} docs':>10} {'ratio':>6}")
    for p in paths:
        s, status = big[p]
        b, _ = base[small_path(p)]
        flag = "  OVER" if s > LIMIT_S else ""
        print(f"{p[:58]:<58} {status:>6} {s * 1000:>8.1f}ms {b * 1000:>8.1f}ms {s / b:>6.1f}{flag}")
        rows.append({"route": p, "status": status, "large_ms": round(s * 1000, 1), "small_ms": round(b * 1000, 1)})
    slowest = max(rows, key=lambda r: r["large_ms"])
    over = [r["route"] for r in rows if r["large_ms"] > LIMIT_S * 1000]
    print(f"\nslowest: {slowest['route']} {slowest['large_ms']:.0f} ms; over {LIMIT_S:g} s: {over or 'none'}")
    if args.json:
        args.json.write_text(json.dumps({"docs": args.docs, "counts": counts, "count_ms": round(count_s * 1000, 3),
                                         "routes": rows}, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
