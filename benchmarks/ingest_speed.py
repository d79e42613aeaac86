"""Ingest throughput against plain analysis, and store size.

    .venv/bin/python benchmarks/ingest_speed.py --docs 500 [--workers 1 4] [--json out.json]

For each worker count it measures, on the same generated documents
(``communique.testing.corpus``, written as .txt files):

- analyze: ``run_many`` over the records, output discarded (what `communique analyze` does
  minus printing);
- ingest:  ``Store.ingest`` into a fresh DuckDB file (read, skip check, analyse, write);

and reports documents/s of both, their ratio (ingest / analyze), and the DuckDB
file size per 1,000 documents. A writer-only measurement (``--writer-docs``)
stores pre-annotated synthetic documents without analysis: the store's own
speed, and the size per 1,000 documents on a corpus large enough that DuckDB's
fixed per-table blocks do not dominate. With one worker the model is loaded once, before
timing; with more, worker start-up (each loads the model) is part of both timings.
Each measurement is repeated ``--repeat`` times and the best run is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path


def measure(folder: Path, workers: int, repeat: int) -> dict:
    from communique.ingest import iter_records
    from communique.runner import run_many
    from communique.store import Store

    n_docs = sum(1 for _ in folder.glob("*.txt"))
    best_analyze = best_ingest = float("inf")
    size = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = sum(1 for _ in run_many(iter_records([folder], on_error=print), n_process=workers,
                                        on_error=print))
        best_analyze = min(best_analyze, time.perf_counter() - start)
        assert count == n_docs, (count, n_docs)
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.duckdb"
            start = time.perf_counter()
            with Store(db) as store:
                stats = store.ingest([folder], workers=workers)
                store.con.execute("CHECKPOINT")
            best_ingest = min(best_ingest, time.perf_counter() - start)
            assert stats.added == n_docs, stats
            size = db.stat().st_size
    return {
        "workers": workers, "documents": n_docs,
        "analyze_docs_per_s": round(n_docs / best_analyze, 2),
        "ingest_docs_per_s": round(n_docs / best_ingest, 2),
        "ingest_over_analyze": round(best_analyze / best_ingest, 3),
        "db_bytes_per_1000_docs": int(size / n_docs * 1000),
    }


def measure_writer(n_docs: int, seed: int) -> dict:
    """Store.add of pre-annotated synthetic documents: the writer alone, no analysis."""
    from communique.store import Store
    from communique.testing.corpus import synthetic_documents

    docs = synthetic_documents(n_docs, seed=seed)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "writer.duckdb"
        start = time.perf_counter()
        with Store(db) as store:
            store.add(docs, pipeline_version="bench")
            store.con.execute("CHECKPOINT")
        elapsed = time.perf_counter() - start
        size = db.stat().st_size
    return {"documents": n_docs, "write_docs_per_s": round(n_docs / elapsed, 1),
            "db_bytes_per_1000_docs": int(size / n_docs * 1000)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=500, help="generated documents (default 500)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, os.cpu_count() or 1],
                        help="worker counts to measure (default: 1 and the core count)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best is kept")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--writer-docs", type=int, default=5000,
                        help="synthetic annotated documents for the writer-only measurement (0: skip)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args(argv)

    from communique.nlp import model_info
    from communique.pipeline import get_pipeline
    from communique.testing.corpus import write_corpus

    pipeline = get_pipeline()  # load the model before any timing
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        write_corpus(folder, args.docs, seed=args.seed, formats=("txt",))
        chars = sum(len(p.read_text("utf-8")) for p in folder.glob("*.txt"))
        results = [measure(folder, w, args.repeat) for w in dict.fromkeys(args.workers)]
    info = model_info(pipeline.nlp)
    report = {"python": sys.version.split()[0], "machine": platform.machine(), "cpus": os.cpu_count(),
              "model": f"{info.name} {info.version}", "pipeline": pipeline.version,
              "mean_chars_per_doc": round(chars / args.docs), "results": results}
    if args.writer_docs:
        report["writer_only"] = measure_writer(args.writer_docs, args.seed)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
