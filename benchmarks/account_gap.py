"""Where ``speed.py``'s one-worker gap goes: CPU ms/doc of bare spaCy and of communique, by part.

    .venv/bin/python benchmarks/account_gap.py [--docs 200] [--rounds 3] [--cprofile]

Each measurement runs as ``speed.py``'s does (``--workers 1``): a fresh process, the same
synthetic documents (``speed.corpus``), the model loaded and 16 documents run before timing,
then one first pass with the collector on. The two sides alternate for ``--rounds`` rounds.
The communique side is ``analyze_many(n_process=1)`` with timers around its parts:

- ``parse``: inside ``nlp.pipe`` (tokenizer and every component), less the time ``nlp.pipe``
  spends pulling its input;
- ``input``: pulling that input: records to ``Document``s, the pieces to parse, the budgets;
- one row per stage (the stage function itself);
- ``gc``: the garbage collector's collections (``gc.callbacks``), wherever they happen;
- ``release``: letting go of the Doc's views after the stages (``views.release``: freeing them);
- ``rest``: everything else (``annotate``'s dispatch and result writing, ``parse_many``'s
  joining and ordering, the runner's generators, freeing the Docs and ``Document``s).

Parts are exclusive: the collector's time is taken out of the part it interrupted. Each part is
printed as user and system CPU time and minor page faults, and the CPU time of each OS thread of
both sides is printed too. With ``--cprofile`` every communique run is also profiled (top 60
functions by cumulative time, on stderr; the timings of those runs are then not comparable).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: Parts of the communique side, in the order printed (stages go between parse and gc).
PARTS = ("parse", "input", "gc", "release", "rest")


def _threads() -> dict[str, float]:
    """CPU ms (user + system) of each OS thread of this process so far (Linux; {} elsewhere)."""
    import os

    out = {}
    try:
        for tid in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            out[tid] = 1000 * (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return {}
    return out


def _usage() -> tuple[float, float, int]:
    """User CPU seconds, system CPU seconds and minor page faults of this process so far."""
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime, u.ru_stime, u.ru_minflt


class Clock:
    """Exclusive CPU time per part: ``enter(part)`` charges the time since the last switch to
    the part that was running and makes ``part`` the running one; ``leave`` goes back."""

    def __init__(self) -> None:
        self.spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        self.stack = ["rest"]
        self.last = _usage()

    def _switch(self) -> None:
        now = _usage()
        spent = self.spent[self.stack[-1]]
        for i, (a, b) in enumerate(zip(now, self.last)):
            spent[i] += a - b
        self.last = now

    def enter(self, part: str) -> None:
        self._switch()
        self.stack.append(part)

    def leave(self) -> None:
        self._switch()
        self.stack.pop()


def _instrument(pipeline, clock: Clock) -> None:
    """Timers around ``pipeline``'s parse, its input, its stages and the collector."""
    from dataclasses import replace

    from communique import pipeline as pipeline_module

    nlp = pipeline.nlp
    bare_pipe = type(nlp).pipe

    def upstream(items):
        it = iter(items)
        while True:
            clock.enter("input")
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                clock.leave()
            yield item

    def pipe(texts, **kwargs):
        it = bare_pipe(nlp, upstream(texts), **kwargs)
        while True:
            clock.enter("parse")
            try:
                out = next(it)
            except StopIteration:
                return
            finally:
                clock.leave()
            yield out

    nlp.pipe = pipe

    def timed(spec):
        func = spec.func

        def run(document, doc, ctx):
            clock.enter(spec.name)
            try:
                return func(document, doc, ctx)
            finally:
                clock.leave()

        return replace(spec, func=run)

    pipeline.specs = [timed(s) for s in pipeline.specs]
    release = pipeline_module.release

    def timed_release(doc):
        clock.enter("release")
        try:
            release(doc)
        finally:
            clock.leave()

    pipeline_module.release = timed_release

    def collector(phase, _info):
        clock.enter("gc") if phase == "start" else clock.leave()

    gc.callbacks.append(collector)


def measure(kind: str, n_docs: int, seed: int, batch_size: int, profile: bool) -> dict:
    from speed import WARMUP_DOCS, _cpu_s, corpus

    from communique.nlp import load_nlp

    records = corpus(n_docs, seed)
    nlp = load_nlp()
    if kind == "spacy":
        list(nlp.pipe([r.text for r in records[:WARMUP_DOCS]], batch_size=batch_size))
        before, threads = _usage(), _threads()
        n = sum(1 for _ in nlp.pipe((r.text for r in records), batch_size=batch_size))
        spent = [a - b for a, b in zip(_usage(), before)]
        return {"kind": kind, "docs": n, "cpu_ms": 1000 * (spent[0] + spent[1]) / n,
                "threads": {t: (v - threads.get(t, 0.0)) / n for t, v in _threads().items()},
                "parts": {"parse": [1000 * spent[0] / n, 1000 * spent[1] / n, spent[2] / n]}}
    from communique import analyze_many
    from communique.pipeline import get_pipeline

    pipeline = get_pipeline()
    list(pipeline.pipe(records[:WARMUP_DOCS], batch_size))
    clock = Clock()
    _instrument(pipeline, clock)
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    clock.last, cpu, threads = _usage(), _cpu_s(), _threads()
    n = sum(1 for _ in analyze_many(iter(records), n_process=1, batch_size=batch_size))
    clock._switch()
    total = _cpu_s() - cpu
    if prof is not None:
        import pstats

        prof.disable()
        pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(60)
    return {"kind": kind, "docs": n, "cpu_ms": 1000 * total / n,
            "threads": {t: (v - threads.get(t, 0.0)) / n for t, v in _threads().items()},
            "parts": {k: [1000 * u / n, 1000 * s / n, f / n] for k, (u, s, f) in clock.spent.items()}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cprofile", action="store_true")
    ap.add_argument("--measure", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.docs, args.seed, args.batch_size, args.cprofile)))
        return 0
    runs: dict[str, list[dict]] = {"spacy": [], "communique": []}
    for r in range(args.rounds):
        for kind in (("spacy", "communique") if r % 2 == 0 else ("communique", "spacy")):
            cmd = [sys.executable, __file__, "--measure", kind, "--docs", str(args.docs), "--seed", str(args.seed),
                   "--batch-size", str(args.batch_size)] + (["--cprofile"] if args.cprofile else [])
            out = subprocess.run(cmd, capture_output=True, text=True, check=True)
            if args.cprofile and kind == "communique":
                print(out.stderr[-12000:], file=sys.stderr)
            runs[kind].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{args.docs} documents, first pass, collector on; per run: CPU ms/doc (user + system), "
          f"then the median of the runs' user, system and minor page faults per doc")

    def row(label: str, parts: list[list[float]]) -> None:
        cpu = [u + s for u, s, _ in parts]
        med = [statistics.median(p[i] for p in parts) for i in range(3)]
        print(f"  {label:<24}" + " ".join(f"{c:6.2f}" for c in cpu)
              + f"  | median {statistics.median(cpu):6.2f} = user {med[0]:6.2f} + sys {med[1]:5.2f}, faults {med[2]:6.0f}")

    row("bare spaCy nlp.pipe", [r["parts"]["parse"] for r in runs["spacy"]])
    print("communique analyze_many:")
    names = [k for k in runs["communique"][0]["parts"] if k not in PARTS]
    for part in ("parse", "input", *names, *PARTS[2:]):
        row(part, [r["parts"].get(part, [0.0, 0.0, 0]) for r in runs["communique"]])
    for kind in ("spacy", "communique"):
        print(f"  CPU ms/doc per OS thread, {kind}: "
              + "; ".join(" ".join(f"{v:.1f}" for v in r["threads"].values()) for r in runs[kind]))
    row("total", [[sum(p[i] for p in r["parts"].values()) for i in range(3)] for r in runs["communique"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
