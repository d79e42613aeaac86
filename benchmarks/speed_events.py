"""Throughput of the events stage alone and of the full pipeline, as a ratio to
a bare spaCy ``nlp.pipe`` over the same text (spaCy benchmark_speed style:
warm-up, then repeated timed passes; the best pass is reported).

    .venv/bin/python benchmarks/speed_events.py [--repeat 3] [--copies 4]

Text: the example articles in ``examples/`` (written for this project),
repeated ``--copies`` times. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--no-classifier", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from communique.ingest.records import Record
    from communique.pipeline import Context, get_pipeline
    from communique.stages.events import extract_events

    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").iterdir())
             if p.suffix in (".txt", ".md")] * args.copies
    options = {"events_classifier": not args.no_classifier}
    pipe = get_pipeline(options=options)
    nlp = pipe.nlp
    docs = list(nlp.pipe(texts))  # warm-up, and the parsed docs for the stage-alone timing
    n_sents = sum(len(list(d.sents)) for d in docs)
    documents = list(pipe.pipe(Record(t, None, {}) for t in texts))  # warm-up (loads lexicons, classifier)
    ctx = Context(options=options)

    bare = best_of(lambda: list(nlp.pipe(texts)), args.repeat)
    stage = best_of(lambda: [extract_events(d, sd, ctx) for d, sd in zip(documents, docs)], args.repeat)
    full = best_of(lambda: list(pipe.pipe(Record(t, None, {}) for t in texts)), args.repeat)
    out = {
        "texts": len(texts), "sentences": n_sents, "classifier": not args.no_classifier,
        "bare_spacy_sents_per_s": round(n_sents / bare, 1),
        "events_stage_sents_per_s": round(n_sents / stage, 1),
        "full_pipeline_sents_per_s": round(n_sents / full, 1),
        # the stage runs after spaCy: its cost added to a bare parse
        "spacy_plus_events_ratio": round(bare / (bare + stage), 3),
        "full_pipeline_ratio": round(bare / full, 3),
        "events_events": sum(len(d.events) for d in documents),
    }
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
