"""Speed of communique against its NLP backbone, in one run.

    .venv/bin/python benchmarks/speed.py                      # 400 docs, 1..cores workers, Spark too
    .venv/bin/python benchmarks/speed.py --docs 200 --no-spark --json speed.json
    .venv/bin/python benchmarks/speed.py --docs 400 --workers 2 --no-spark --long 1000

Prints, for the same synthetic documents (``communique.testing.corpus``):

- bare spaCy ``nlp.pipe`` throughput with the same model, for 1..N processes
  (spaCy's own ``n_process``);
- communique ``analyze_many`` throughput (every stage) for 1..N workers;
- their ratio per worker count (the target: >= 0.70);
- peak RSS per worker process (the target: < 1.5 GB);
- Spark local mode (``local[N]``) throughput on the same documents, written as Parquet.

Every measurement runs in a fresh Python process, after the model is loaded
there (``--measure`` mode), so one measurement's memory and caches do not leak
into the next. Throughput is reported two ways: ``wall`` docs/s (first document
in to last document out, including worker start-up and model loading in
workers) and docs per CPU-second (user + system time of the process and its
workers, which other programs on a shared machine disturb far less than wall
time). The ratio against the 0.70 target uses documents per CPU-second; both
are printed, with the ratio on user CPU time alone and each side's user and
system ms/doc: on Linux the system time of a first pass is mostly the kernel
backing numpy's large arrays (the parser's) with huge pages, a cost that moves
from run to run by far more than anything communique does (docs/scaling.md,
"Twenty-first pass"). For N > 1 also the ratio without the workers' one-off
start-up (measured separately in a fresh process) when the workers are spawned.
Where ``analyze_many``'s workers are forked (``communique.runner.fork_is_safe``),
they inherit the model the measuring process loaded before timing, exactly as
spaCy's own ``n_process`` workers do; that load is printed, with the ratio
counting it on both sides. ``--long N`` adds a clearly labelled second run on N
documents.
Each configuration runs ``--repeat`` times and the best run counts.

The one-worker ratio above divides two numbers taken in two processes at two moments, each
once: on a shared machine the load, the CPU's clock and the kernel's system time (huge pages)
move between them, and two runs of one tree read 0.64-0.76. So the run also measures both
sides in one more fresh process, **interleaved** (``--block`` documents at a time, bare spaCy
then communique on the same block and the other way round on the next, ``--block-rounds``
passes over the documents, both sides warmed up on the same documents first), and prints the median of the
blocks' CPU (and user) ratios with their quartiles and range, and the machine's load average
before and after: the same quantity (documents per CPU-second of ``nlp.pipe`` against
``analyze_many`` with one worker, collector as in real use), but each block's two sides see
the same moment of the machine. ``--block 0`` leaves it out.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: Target ratio of communique to bare spaCy throughput (issue 9).
TARGET_RATIO = 0.70
#: Target peak resident memory per worker process, in MB (issue 9).
TARGET_RSS_MB = 1536
#: Documents parsed before timing starts, so lazy initialisation is not timed.
WARMUP_DOCS = 16


#: Documents per block of the interleaved one-worker measurement (``--block``).
BLOCK_DOCS = 20
#: Passes over the documents in the interleaved measurement (``--block-rounds``).
BLOCK_ROUNDS = 2


#: Synthetic texts joined into one benchmark document, for news-article length (~2,500 chars).
TEXTS_PER_DOC = 4


def corpus(n: int, seed: int):
    """``n`` records of news-article length: ``TEXTS_PER_DOC`` synthetic texts each."""
    from communique.ingest.records import Record
    from communique.testing.corpus import generate_records

    parts = generate_records(n * TEXTS_PER_DOC, seed=seed)
    return [Record("\n\n".join(p.text for p in parts[i:i + TEXTS_PER_DOC]), parts[i].source, parts[i].meta)
            for i in range(0, len(parts), TEXTS_PER_DOC)]


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _user_s() -> float:
    """User CPU seconds of this process and its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + children.ru_utime


def _cpu_s() -> float:
    """User + system CPU seconds of this process and its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed(stream, started: float) -> dict:
    """Consume ``stream``; wall time and CPU time (this process and its finished workers), and
    the user part of the CPU time apart."""
    cpu, user = _cpu_s(), _user_s()
    n = sum(1 for _ in stream)
    end = time.perf_counter()
    cpu, user = _cpu_s() - cpu, _user_s() - user
    return {"docs": n, "wall_s": end - started, "cpu_s": cpu, "user_s": user,
            "docs_per_cpu_s": n / cpu if cpu else None, "docs_per_user_s": n / user if user else None}


def startup(model: str | None) -> dict:
    """CPU seconds a fresh worker spends before its first document: imports, model, stage data."""
    cpu = _cpu_s()
    from communique.pipeline import get_pipeline

    get_pipeline(model=model)("France and Germany agreed on Tuesday to expand trade, the minister said.")
    return {"kind": "startup", "workers": 1, "startup_cpu_s": _cpu_s() - cpu,
            "peak_rss_mb_per_worker": _rss_mb(resource.RUSAGE_SELF)}


def measure(kind: str, workers: int, n_docs: int, seed: int, batch_size: int, model: str | None,
            start_method: str = "auto") -> dict:
    """One measurement in this (fresh) process; returns a JSON-able dict."""
    if kind == "startup":
        return startup(model)
    from communique.nlp import load_nlp

    records = corpus(n_docs, seed)
    chars = sum(len(r.text) for r in records)
    cpu = _cpu_s()
    nlp = load_nlp(model)  # both sides: loaded here, before timing; forked workers inherit it
    result = {"kind": kind, "workers": workers, "chars": chars, "parent_load_cpu_s": _cpu_s() - cpu}
    if kind == "spacy":
        list(nlp.pipe([r.text for r in records[:WARMUP_DOCS]], batch_size=batch_size))
        started = time.perf_counter()
        result.update(_timed(nlp.pipe((r.text for r in records), batch_size=batch_size,
                                      n_process=workers), started))
    elif kind == "communique":
        from communique import analyze_many
        from communique.pipeline import get_pipeline
        from communique.runner import fork_is_safe

        if workers == 1:
            list(get_pipeline(model=model).pipe(records[:WARMUP_DOCS], batch_size))
        elif start_method == "auto":  # what run_many's "auto" start method will do
            result["start_method"] = "fork" if fork_is_safe() else "spawn"
        else:
            result["start_method"] = start_method
        started = time.perf_counter()
        result.update(_timed(analyze_many(iter(records), n_process=workers, batch_size=batch_size,
                                          model=model, mp_context=start_method), started))
    elif kind == "spark":
        result.update(_spark(records, workers, batch_size, model))
    else:
        raise SystemExit(f"unknown measurement {kind!r}")
    result["docs_per_s"] = result["docs"] / result["wall_s"]
    self_mb, children_mb = _rss_mb(resource.RUSAGE_SELF), _rss_mb(resource.RUSAGE_CHILDREN)
    result["peak_rss_mb_per_worker"] = self_mb if workers == 1 or kind == "spark" else children_mb
    result["peak_rss_mb_parent"] = self_mb
    return result


def interleaved(n_docs: int, seed: int, batch_size: int, model: str | None, block: int, rounds: int) -> dict:
    """Bare spaCy and communique (one worker) timed in turn on blocks of ``block`` documents in
    this (fresh) process: the sides' order alternates from block to block (and from round to
    round), so neither always runs first on a block or right after the other's garbage. Per
    block: each side's CPU, user and wall seconds and how often the kernel took the CPU from it
    (involuntary context switches: the machine's other work); the ratio of throughputs is spaCy's
    time over communique's."""
    from communique import analyze_many
    from communique.nlp import load_nlp
    from communique.pipeline import get_pipeline

    records = corpus(n_docs, seed)
    nlp = load_nlp(model)
    list(nlp.pipe([r.text for r in records[:WARMUP_DOCS]], batch_size=batch_size))
    list(get_pipeline(model=model).pipe(records[:WARMUP_DOCS], batch_size))
    blocks = [records[i:i + block] for i in range(0, len(records), block)]
    load = os.getloadavg()[0]
    rows = []
    for r in range(rounds):
        for k, part in enumerate(blocks):
            sides = ("spacy", "communique") if (k + r) % 2 == 0 else ("communique", "spacy")
            row = {"docs": len(part), "first": sides[0]}
            for side in sides:
                if side == "spacy":
                    stream = nlp.pipe((rec.text for rec in part), batch_size=batch_size)
                else:
                    stream = analyze_many(iter(part), n_process=1, batch_size=batch_size, model=model)
                switches = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw
                timed = _timed(stream, time.perf_counter())
                row[side] = {"cpu_s": timed["cpu_s"], "user_s": timed["user_s"], "wall_s": timed["wall_s"],
                             "preempted": resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw - switches}
            rows.append(row)
    return {"kind": "interleaved", "workers": 1, "block": block, "rounds": rounds, "blocks": rows,
            "load_before": load, "load_after": os.getloadavg()[0]}


def _quantiles(values: list[float]) -> tuple[float, float, float]:
    """Lower quartile, median and upper quartile (``statistics.quantiles``, inclusive)."""
    import statistics

    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def interleaved_report(result: dict) -> list[str]:
    """The interleaved measurement's lines: the median block ratio (CPU, user), its quartiles
    and range, each side's median ms/doc, the pooled ratio and the load."""
    rows = [row for row in result["blocks"] if row["spacy"]["cpu_s"] and row["communique"]["cpu_s"]]
    if not rows:
        return ["interleaved: no block timed"]
    out = []
    for how in ("cpu", "user"):
        ratios = sorted(row["spacy"][f"{how}_s"] / row["communique"][f"{how}_s"] for row in rows)
        q1, q2, q3 = _quantiles(ratios)
        pooled = sum(row["spacy"][f"{how}_s"] for row in rows) / sum(row["communique"][f"{how}_s"] for row in rows)
        mark = "" if how != "cpu" else (" meets" if q2 >= TARGET_RATIO else " MISSES")
        out.append(f"{how} median {q2:.3f}{mark} (quartiles {q1:.3f}-{q3:.3f}, range {ratios[0]:.3f}-"
                   f"{ratios[-1]:.3f}; pooled {pooled:.3f})")
    ms = {side: _quantiles([1000 * row[side]["cpu_s"] / row["docs"] for row in rows])[1]
          for side in ("spacy", "communique")}
    sides = [row[side] for row in rows for side in ("spacy", "communique")]
    wall = sum(side.get("wall_s", 0.0) for side in sides)
    # how much of the wall time the process had a CPU: the machine's other work, seen from inside
    share = f", the CPU {100 * sum(side['cpu_s'] for side in sides) / wall:.0f}% of the wall time" if wall else ""
    return [f"ratio communique/spaCy, 1 worker, interleaved in one process ({len(rows)} blocks of "
            f"{result['block']} docs, {result['rounds']} rounds, sides' order alternated): " + "; ".join(out)
            + f" (target {TARGET_RATIO})",
            f"  interleaved CPU ms/doc, median of the blocks: spaCy {ms['spacy']:.1f}, communique "
            f"{ms['communique']:.1f}; load average (1 min) {result['load_before']:.1f} before, "
            f"{result['load_after']:.1f} after{share}"]


def _spark(records, workers: int, batch_size: int, model: str | None) -> dict:
    from communique.runners.spark import run_spark, spark_session

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "in.jsonl")
        with path.open("w", encoding="utf-8") as f:
            for i, r in enumerate(records):
                f.write(json.dumps({"text": r.text, "id": f"doc{i}", **r.meta}, ensure_ascii=False) + "\n")
        spark = spark_session(f"local[{workers}]", app_name="communique-benchmark")
        try:
            started = time.perf_counter()
            report = run_spark(str(path), str(Path(tmp, "out")), spark=spark, model=model, batch_size=batch_size)
            wall = time.perf_counter() - started
        finally:
            spark.stop()
    return {"docs": report.documents, "wall_s": wall, "phases_s": report.seconds,
            "analyse_docs_per_s": report.documents / report.seconds["analyse"],
            # Spark's Python workers are grandchildren: their peak RSS is not visible here.
            "note": "peak RSS of Spark's Python workers: see docs/scaling.md"}


def run_one(args, kind: str, workers: int) -> dict:
    cmd = [sys.executable, __file__, "--measure", kind, "--workers", str(workers), "--docs", str(args.docs),
           "--seed", str(args.seed), "--batch-size", str(args.batch_size)]
    if args.model:
        cmd += ["--model", args.model]
    cmd += ["--start-method", args.start_method]
    best = None
    for _ in range(args.repeat):
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise SystemExit(f"{kind} x{workers} failed:\n{out.stderr[-3000:]}")
        result = json.loads(out.stdout.strip().splitlines()[-1])
        if best is None or result.get("docs_per_s", 0) > best.get("docs_per_s", 0):
            best = result
    return best


def _interleaved_run(args) -> dict:
    cmd = [sys.executable, __file__, "--measure", "interleaved", "--docs", str(args.docs), "--seed",
           str(args.seed), "--batch-size", str(args.batch_size), "--block", str(args.block),
           "--block-rounds", str(args.block_rounds)]
    if args.model:
        cmd += ["--model", args.model]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"interleaved measurement failed:\n{out.stderr[-3000:]}")
    print("  measured spaCy and communique interleaved", file=sys.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _rate(r: dict, how: str) -> float | None:
    return {"cpu": r.get("docs_per_cpu_s"), "user": r.get("docs_per_user_s"), "wall": r["docs_per_s"]}[how]


def report(results: list[dict], max_workers: int) -> list[str]:
    by = {(r["kind"], r["workers"]): r for r in results}
    lines = [f"{'config':<16}{'docs/s wall':>12}{'docs/CPU-s':>12}{'chars/CPU-s':>12}{'peak RSS/worker':>17}"]
    for r in results:
        if r["kind"] == "startup":
            continue
        per_cpu = f"{r['docs_per_cpu_s']:.2f}" if r.get("docs_per_cpu_s") else "-"
        rss = f"{r['peak_rss_mb_per_worker']:.0f} MB" if r["kind"] != "spark" else "-"
        chars = f"{r['chars'] * r['docs_per_cpu_s'] / r['docs']:.0f}" if r.get("docs_per_cpu_s") else "-"
        lines.append(f"{r['kind'] + ' x' + str(r['workers']):<16}{r['docs_per_s']:>12.1f}{per_cpu:>12}"
                     f"{chars:>12}{rss:>17}")
    lines.append("")
    for w in range(1, max_workers + 1):
        s, c = by.get(("spacy", w)), by.get(("communique", w))
        if not (s and c):
            continue
        parts = []
        for how in ("cpu", "user", "wall"):
            if _rate(s, how) and _rate(c, how):
                ratio = _rate(c, how) / _rate(s, how)
                mark = "" if how != "cpu" else (" meets" if ratio >= TARGET_RATIO else " MISSES")
                parts.append(f"{how} {ratio:.2f}{mark}")
        lines.append(f"ratio communique/spaCy, {w} worker(s): " + ", ".join(parts) + f" (target {TARGET_RATIO})")
        if s.get("user_s") is not None and c.get("user_s") is not None:
            lines.append("  CPU ms/doc, user + system: " + ", ".join(
                f"{name} {1000 * r['user_s'] / r['docs']:.1f} + {1000 * (r['cpu_s'] - r['user_s']) / r['docs']:.1f}"
                for name, r in (("spaCy", s), ("communique", c))))
        boot = by.get(("startup", 1))
        if w > 1 and c.get("start_method") == "fork":
            lines.append(f"  workers forked from the parent, which loaded the model before timing "
                         f"({c['parent_load_cpu_s']:.1f} CPU-s), as spaCy's n_process does; the parent's "
                         f"warm-up of lexicons and KB is timed")
        elif boot and w > 1 and c.get("cpu_s") and s.get("docs_per_cpu_s"):
            work = c["cpu_s"] - w * boot["startup_cpu_s"]
            without = f"{c['docs'] / work / s['docs_per_cpu_s']:.2f}" if work > 0 else "n/a (too few documents)"
            lines.append(f"  workers spawned; without worker start-up ({boot['startup_cpu_s']:.1f} CPU-s each, "
                         f"paid once per worker): cpu {without}")
        if w > 1 and c.get("cpu_s") and s.get("cpu_s") and "parent_load_cpu_s" in c:
            with_load = (c["docs"] / (c["cpu_s"] + c["parent_load_cpu_s"])) / (
                s["docs"] / (s["cpu_s"] + s["parent_load_cpu_s"]))
            lines.append(f"  counting each side's model load in the parent too "
                         f"({s['parent_load_cpu_s']:.1f} / {c['parent_load_cpu_s']:.1f} CPU-s): cpu {with_load:.2f}")
    for kind in ("spacy", "communique"):
        one = by.get((kind, 1))
        if one:
            scaling = ", ".join(f"x{w}: {by[(kind, w)]['docs_per_s'] / one['docs_per_s']:.2f}"
                                for w in range(1, max_workers + 1) if (kind, w) in by)
            lines.append(f"scaling of {kind} (wall docs/s relative to 1 worker): {scaling}")
    spark = by.get(("spark", max_workers))
    if spark and by.get(("communique", max_workers)):
        phases = ", ".join(f"{k} {v:.1f} s" for k, v in spark["phases_s"].items())
        lines.append(f"spark local[{max_workers}]: {spark['docs_per_s']:.1f} docs/s end to end ({phases}); "
                     f"analysis phase {spark['analyse_docs_per_s']:.1f} docs/s = "
                     f"{spark['analyse_docs_per_s'] / by[('communique', max_workers)]['docs_per_s']:.2f} "
                     f"of communique x{max_workers}")
    worst = max((r["peak_rss_mb_per_worker"] for r in results if r["kind"] in ("communique", "startup")),
                default=0)
    lines.append(f"peak RSS per communique worker: {worst:.0f} MB "
                 f"({'under' if worst < TARGET_RSS_MB else 'OVER'} {TARGET_RSS_MB} MB)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="largest worker count")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", choices=("md", "sm"), default=None)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--start-method", default="auto", choices=("auto", "spawn", "fork", "forkserver"),
                        help="how analyze_many starts its workers (default: auto, as in real use)")
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--long", type=int, default=0, metavar="N",
                        help="also measure spaCy and communique with the largest worker count on N "
                             "documents (start-up amortised as in real use), reported separately")
    parser.add_argument("--block", type=int, default=BLOCK_DOCS, metavar="N",
                        help="documents per block of the interleaved one-worker measurement (0: leave it out)")
    parser.add_argument("--block-rounds", type=int, default=BLOCK_ROUNDS, metavar="N",
                        help="passes over the documents in the interleaved measurement")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    parser.add_argument("--measure", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure == "interleaved":
        print(json.dumps(interleaved(args.docs, args.seed, args.batch_size, args.model, args.block,
                                     args.block_rounds)))
        return 0
    if args.measure:
        print(json.dumps(measure(args.measure, args.workers, args.docs, args.seed, args.batch_size, args.model,
                                 args.start_method)))
        return 0
    results = [run_one(args, "startup", 1)]
    for w in range(1, args.workers + 1):
        for kind in ("spacy", "communique"):
            results.append(run_one(args, kind, w))
            print(f"  measured {kind} x{w}: {results[-1]['docs_per_s']:.1f} docs/s", file=sys.stderr)
    if not args.no_spark:
        results.append(run_one(args, "spark", args.workers))
    mixed = _interleaved_run(args) if args.block > 0 else None
    from communique.nlp import choose_model

    mean_chars = results[1]["chars"] / args.docs
    print(f"communique speed benchmark: {args.docs} synthetic docs (mean {mean_chars:.0f} chars), "
          f"model {args.model or choose_model()[0]}, batch {args.batch_size}, {os.cpu_count()} cores")
    print("\n".join(report(results, args.workers)))
    if mixed:
        print("\n".join(interleaved_report(mixed)))
    long_results = []
    if args.long:
        long_args = argparse.Namespace(**{**vars(args), "docs": args.long})
        for w in sorted({1, args.workers}):
            long_results += [run_one(long_args, kind, w) for kind in ("spacy", "communique")]
        print(f"\nthe same, larger run: {args.long} synthetic docs (the {args.docs}-document figures above "
              f"are the reported ones)")
        print("\n".join(line for line in report(long_results, args.workers) if not line.startswith("peak RSS")))
    if args.json:
        args.json.write_text(json.dumps(results + [{**r, "long": True} for r in long_results]
                                        + ([mixed] if mixed else []), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
