"""Cost of long documents: CPU time per MB and peak RSS at 0.1, 0.5 and 2 MB, against a
bare spaCy pass over the same text in the same run (issue 21).

    .venv/bin/python benchmarks/long_documents.py                      # the table
    .venv/bin/python benchmarks/long_documents.py --sizes 0.1,2 --kinds repeated --repeat 2
    .venv/bin/python benchmarks/long_documents.py --profile --sizes 2 --kinds mixed  # per stage

Three kinds of long document, all built by code (no data files needed):

- ``repeated``: one news article (``examples/wire_report.txt``) repeated to the size;
- ``mixed``: different articles (the synthetic corpus of ``communique.testing.corpus``)
  concatenated, each after a blank line;
- ``report``: a report with numbered headings, each chapter a few different articles.

Every measurement runs in a fresh process (``sys.executable`` on this file with
``--one``), one at a time, so peak RSS (``ru_maxrss``) is that document's alone. In
that process the model is loaded and warmed on a short text first (not timed), then
the bare spaCy pass (``communique.nlp.parse``: the same chunking, the same model,
no stages) and then ``Pipeline.__call__`` over the same text are timed in CPU seconds
(``resource.getrusage``, user + system). Peak RSS is measured in two separate fresh
processes for the bare pass and communique, so neither inherits the other's peak.
The per-character ratio ``2 MB / 0.1 MB`` is (CPU-s per char at the largest size) /
(CPU-s per char at the smallest); 1.0 is linear. The machine is shared, so CPU time
(not wall time) and ratios within one run are what to read.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "wire_report.txt"
KINDS = ("repeated", "mixed", "report")
MB = 1_000_000
#: Articles of the synthetic corpus per chapter of a report-like document.
ARTICLES_PER_CHAPTER = 6
WARM_UP = "France and Germany agreed on Tuesday to expand trade, the minister said."


def make_text(kind: str, chars: int, seed: int = 21) -> str:
    """A document of about ``chars`` characters (cut at a paragraph boundary, never mid-word)."""
    if kind == "repeated":
        article = ARTICLE.read_text(encoding="utf-8").strip()
        parts = [article] * (chars // (len(article) + 2) + 1)
    else:
        from communique.testing.corpus import generate_records

        parts, n = [], 0
        batch = 0
        while n < chars:
            records = generate_records(200, seed=seed + batch)
            batch += 1
            for i, r in enumerate(records):
                if kind == "report" and (len(parts) % (ARTICLES_PER_CHAPTER + 1)) == 0:
                    chapter = len(parts) // (ARTICLES_PER_CHAPTER + 1) + 1
                    parts.append(f"{chapter}. {r.meta.get('title') or 'Developments'}")
                parts.append(r.text.strip())
                n += len(parts[-1]) + 2
                if n >= chars:
                    break
        if kind == "report":
            parts.insert(0, "Annual report on international developments\n\nSummary of findings")
    text = "\n\n".join(parts)
    if len(text) > chars:
        cut = text.rfind("\n\n", 0, chars)
        text = text[:cut if cut > chars // 2 else chars]
    return text


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure_one(kind: str, chars: int, what: str, profile: bool) -> dict:
    """In this (fresh) process: load and warm the pipeline, then time ``what`` on one document."""
    from communique.nlp import parse
    from communique.pipeline import get_pipeline

    text = make_text(kind, chars)
    pipeline = get_pipeline()
    pipeline(WARM_UP)
    base_rss = _rss_mb()
    out: dict = {"kind": kind, "chars": len(text), "what": what, "rss_loaded_mb": base_rss}
    if what in ("spacy", "both"):
        t = _cpu()
        doc = parse(pipeline.nlp, text, pipeline.ctx.settings)
        out["spacy_cpu_s"] = _cpu() - t
        out["tokens"] = len(doc)
        del doc
    if what in ("communique", "both"):
        if profile:
            out["stages"] = _profile(pipeline, text)
            out["communique_cpu_s"] = sum(out["stages"].values())
        else:
            t = _cpu()
            document = pipeline(text)
            out["communique_cpu_s"] = _cpu() - t
            out["counts"] = {k: len(getattr(document, k)) for k in ("actors", "events", "quotes", "techniques",
                                                                    "calls_to_action", "stance")}
    out["peak_rss_mb"] = _rss_mb()
    return out


def _profile(pipeline, text: str) -> dict[str, float]:
    """CPU seconds of the parse and of each stage, one document."""
    from communique.nlp import parse
    from communique.resources import using

    cost: dict[str, float] = {}
    t = _cpu()
    document = pipeline.make_document(pipeline_record(text))
    doc = parse(pipeline.nlp, document.text, pipeline.ctx.settings)
    cost["parse"] = _cpu() - t
    with using(pipeline.resources):
        for spec in pipeline.specs:
            t = _cpu()
            pipeline._run_stage(spec, document, doc)
            cost[spec.name] = _cpu() - t
    return cost


def pipeline_record(text: str):
    from communique.ingest.records import Record

    return Record(text, "long-document", {})


def run_fresh(kind: str, chars: int, what: str, profile: bool = False) -> dict:
    cmd = [sys.executable, __file__, "--one", kind, str(chars), what] + (["--profile"] if profile else [])
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"measurement {kind} {chars} {what} failed:\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - started
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0.1,0.5,2", help="document sizes in MB, comma-separated")
    ap.add_argument("--kinds", default="repeated,mixed", help=f"comma-separated, of {', '.join(KINDS)}")
    ap.add_argument("--repeat", type=int, default=1, help="measurements per cell (the minimum CPU time is kept)")
    ap.add_argument("--profile", action="store_true", help="CPU seconds per stage instead of the table")
    ap.add_argument("--json", type=Path, help="also write every measurement here")
    ap.add_argument("--one", nargs=3, metavar=("KIND", "CHARS", "WHAT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        kind, chars, what = args.one
        print(json.dumps(measure_one(kind, int(chars), what, args.profile)))
        return 0
    sizes = [float(s) for s in args.sizes.split(",")]
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    rows = []
    for kind in kinds:
        for size in sizes:
            chars = int(size * MB)
            if args.profile:
                r = run_fresh(kind, chars, "communique", profile=True)
                per = ", ".join(f"{k} {v:.2f}" for k, v in r["stages"].items())
                print(f"{kind:<9}{size:>5} MB  total {r['communique_cpu_s']:.1f} CPU-s  peak {r['peak_rss_mb']:.0f} MB: "
                      f"{per}", flush=True)
                rows.append(r)
                continue
            cells = {"spacy": [], "communique": []}
            for _ in range(args.repeat):
                for what in ("spacy", "communique"):
                    cells[what].append(run_fresh(kind, chars, what))
            best = {w: min(c, key=lambda r: r[f"{w}_cpu_s"]) for w, c in cells.items()}
            row = {"kind": kind, "mb": size, "chars": best["communique"]["chars"],
                   "spacy_cpu_s": best["spacy"]["spacy_cpu_s"],
                   "communique_cpu_s": best["communique"]["communique_cpu_s"],
                   "spacy_rss_mb": max(r["peak_rss_mb"] for r in cells["spacy"]),
                   "communique_rss_mb": max(r["peak_rss_mb"] for r in cells["communique"]),
                   "all": cells}
            rows.append(row)
            print(f"{kind:<9}{size:>5} MB  spaCy {row['spacy_cpu_s']:7.1f} CPU-s {row['spacy_rss_mb']:6.0f} MB   "
                  f"communique {row['communique_cpu_s']:7.1f} CPU-s {row['communique_rss_mb']:6.0f} MB", flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    if args.profile:
        return 0
    print()
    print(f"{'kind':<9}{'MB':>5}{'chars':>10}{'spaCy s/MB':>12}{'comm. s/MB':>12}{'comm/spaCy':>11}"
          f"{'spaCy RSS':>11}{'comm. RSS':>11}")
    for r in rows:
        per_mb = lambda s: s / (r["chars"] / MB)  # noqa: E731
        print(f"{r['kind']:<9}{r['mb']:>5}{r['chars']:>10,}{per_mb(r['spacy_cpu_s']):>12.1f}"
              f"{per_mb(r['communique_cpu_s']):>12.1f}{r['communique_cpu_s'] / r['spacy_cpu_s']:>11.2f}"
              f"{r['spacy_rss_mb']:>8.0f} MB{r['communique_rss_mb']:>8.0f} MB")
    print()
    print("per-character CPU time, largest / smallest size (1.0 = linear; target <= 1.5):")
    for kind in kinds:
        mine = [r for r in rows if r["kind"] == kind]
        if len(mine) < 2:
            continue
        small, large = mine[0], mine[-1]
        rate = lambda r, w: r[f"{w}_cpu_s"] / r["chars"]  # noqa: E731
        ratio = rate(large, "communique") / rate(small, "communique")
        spacy_ratio = rate(large, "spacy") / rate(small, "spacy")
        verdict = "meets" if ratio <= 1.5 else "MISSES"
        print(f"  {kind:<9} communique {ratio:.2f} ({verdict}), bare spaCy {spacy_ratio:.2f}; "
              f"peak RSS at {large['mb']} MB: {large['communique_rss_mb']:.0f} MB "
              f"({'under' if large['communique_rss_mb'] < 2560 else 'OVER'} 2.5 GB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
