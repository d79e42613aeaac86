"""CPU time per pipeline step (spaCy parse, then each stage) on the benchmark documents.

    .venv/bin/python benchmarks/profile_stages.py [--docs 30] [--repeat 5] [--cprofile 10] [--parse-gap 6] [--sample 10]
        [--callees communique.stages.events:extract_events --callee-rounds 2]

Runs in one process: parses the documents of ``benchmarks/speed.py`` with one
``nlp.pipe`` pass, then times every stage with ``time.process_time()``. With
``--repeat N`` the stages run N more times over the same parsed documents, each time
without the Doc's views (``communique.views``), so every per-document array is built
again as for a new document, with the garbage collector off, and the best time of each
stage is printed: steadier than one pass on a busy machine. With ``--cprofile N`` it also
prints the top functions by own time over N documents. With ``--sample N`` it also runs the
stages N more times over all the documents under a sampling profiler (``SIGPROF`` every few
ms of CPU time; the handler records where the main thread is), and prints the ms/doc of the
top functions by own time and by time within them: no ``cProfile`` overhead on small
functions, and the time of a C call (a ``Token`` attribute, a numpy call) counts for the
function that made it. With ``--parse-gap N`` it also
compares, N times in turn in this process, the parse of the documents by a bare
``nlp.pipe`` and by ``parse_many`` with every stage run between documents (only the parse
timed): whether the parse costs more inside the pipeline than alone. With ``--callees
MODULE:FUNCTION`` (repeatable; e.g. ``communique.stages.events:extract_events``) it also runs the
stages ``--callee-rounds`` more times (fresh views, collector off) with a CPU timer around each
function that the named function's body calls by name from its module, and prints their CPU
ms/doc, calls/doc and us/call, the timer's own cost taken off: a count of what each rule costs
where the sampler, whose samples fall unevenly between small functions, cannot tell.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=30)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=0,
                    help="also time the stages this many more times (fresh views, collector off); print the best")
    ap.add_argument("--cprofile", type=int, default=0, help="also cProfile the stages over this many documents")
    ap.add_argument("--sample", type=int, default=0, metavar="N",
                    help="also sample the stack while the stages run N more times; print the top functions")
    ap.add_argument("--callees", action="append", default=[], metavar="MODULE:FUNCTION",
                    help="also time each function the named function calls by name (CPU, per call)")
    ap.add_argument("--callee-rounds", type=int, default=2, metavar="N", help="passes for --callees")
    ap.add_argument("--parse-gap", type=int, default=0, metavar="N",
                    help="also time the parse alone and inside the pipeline, N times in turn")
    args = ap.parse_args()
    from speed import WARMUP_DOCS, corpus

    from communique.nlp import parse_many
    from communique.pipeline import get_pipeline

    pipeline = get_pipeline()
    list(pipeline.pipe(corpus(WARMUP_DOCS, args.seed + 1)))  # lazy loading is not timed
    records = corpus(args.docs, args.seed)
    documents = [pipeline.make_document(r) for r in records]
    cost: dict[str, float] = defaultdict(float)
    t0 = time.process_time()
    parsed = list(parse_many(pipeline.nlp, documents, args.batch_size, pipeline.ctx.settings))
    cost["spaCy nlp.pipe"] = time.process_time() - t0
    for document, doc in parsed:
        for spec in pipeline.specs:
            t = time.process_time()
            for key, value in spec.func(document, doc, pipeline.ctx).items():
                setattr(document, key, value)
            cost[spec.name] += time.process_time() - t
    total = sum(cost.values())
    print(f"{args.docs} documents, mean {sum(len(d.text) for d in documents) / args.docs:.0f} chars")
    print(f"{'step':<22}{'CPU-s':>8}{'share':>8}{'ms/doc':>9}")
    for name, sec in sorted(cost.items(), key=lambda kv: -kv[1]):
        print(f"{name:<22}{sec:>8.2f}{sec / total:>8.0%}{1000 * sec / args.docs:>9.1f}")
    after = total - cost["spaCy nlp.pipe"]
    print(f"stages after the parse: {1000 * after / args.docs:.1f} ms/doc = {after / cost['spaCy nlp.pipe']:.2f} "
          f"of spaCy's time; implied ratio {cost['spaCy nlp.pipe'] / total:.2f}")
    if args.repeat:
        _best_of(pipeline, parsed, args.repeat)
    if args.cprofile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        for document, doc in parsed[:args.cprofile]:
            prof.enable()
            for spec in pipeline.specs:
                spec.func(document, doc, pipeline.ctx)
            prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(45)
    if args.sample:
        _sampled(pipeline, parsed, args.sample)
    if args.callees:
        _callees(pipeline, parsed, args.callees, args.callee_rounds)
    if args.parse_gap:
        _parse_gap(pipeline, records, args.batch_size, args.parse_gap)
    return 0


def _sampled(pipeline, parsed, rounds: int, top: int = 40) -> None:
    """ms/doc of the functions the stages spend most time in (own code, and within them), from
    the main thread's stack recorded at each ``SIGPROF`` while the stages run ``rounds`` times."""
    import signal
    from collections import Counter

    from communique.views import USER_DATA_KEY

    stacks: Counter = Counter()

    def record(_sig, frame):
        names = []
        while frame is not None:
            names.append(f"{'/'.join(frame.f_code.co_filename.rsplit('/', 2)[-2:])}:{frame.f_code.co_name}")
            frame = frame.f_back
        stacks[tuple(names)] += 1

    signal.signal(signal.SIGPROF, record)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    t = time.process_time()
    try:
        for _ in range(rounds):
            for document, doc in parsed:
                doc.user_data.pop(USER_DATA_KEY, None)
                pipeline.annotate(document, doc)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)
    per_sample = 1000 * (time.process_time() - t) / max(sum(stacks.values()), 1) / (rounds * len(parsed))
    own: Counter = Counter()
    within: Counter = Counter()
    for names, n in stacks.items():
        own[names[0]] += n
        for name in set(names):
            within[name] += n
    print(f"sampled, {sum(stacks.values())} samples; ms/doc, own code | within:")
    for (a, n), (b, m) in zip(own.most_common(top), within.most_common(top)):
        print(f"  {n * per_sample:7.3f} {a:<45}{m * per_sample:7.3f} {b}")


def called_names(function) -> set[str]:
    """The names that ``function``'s body calls directly (``f(...)``, not ``x.f(...)``); the body of the
    original where ``function`` is a wrapper (``functools.wraps``: a target another target calls)."""
    import ast
    import inspect
    import textwrap

    tree = ast.parse(textwrap.dedent(inspect.getsource(inspect.unwrap(function))))
    return {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}


def timed_callees(targets: list[str]):
    """Wrap, in each target's module, every Python function its body calls by name in a CPU
    timer (the outermost call of each name is timed); returns ``(stats, wrap, undo)``: per name
    ``[seconds, calls, timed calls, wrapped calls made inside the timed ones]``, the wrapper (for
    calibration) and a function that puts the originals back. A name two targets of one module call
    is wrapped once (round 30f1), and the originals go back in the reverse order."""
    import functools
    import importlib
    import types

    stats: dict[str, list] = defaultdict(lambda: [0.0, 0, 0, 0])
    depth: dict[str, int] = defaultdict(int)
    made = [0]  # wrapped calls so far, to count those inside a timed one
    clock = time.process_time
    undo = []

    def wrap(func, name):
        @functools.wraps(func)
        def clocked(*args, **kwargs):
            entry = stats[name]
            entry[1] += 1
            made[0] += 1
            if depth[name]:  # a call within a call of the same name: counted in the outer one
                return func(*args, **kwargs)
            depth[name] += 1
            before, start = made[0], clock()
            try:
                return func(*args, **kwargs)
            finally:
                entry[0] += clock() - start
                entry[2] += 1
                entry[3] += made[0] - before
                depth[name] -= 1
        return clocked

    for target in targets:
        module_name, _, function_name = target.partition(":")
        module = importlib.import_module(module_name)
        for name in sorted(called_names(getattr(module, function_name))):
            func = vars(module).get(name)
            if isinstance(func, types.FunctionType) and not any(m is module and n == name for m, n, _ in undo):
                undo.append((module, name, func))
                setattr(module, name, wrap(func, name))
    return stats, wrap, lambda: [setattr(m, n, f) for m, n, f in reversed(undo)]


def _callees(pipeline, parsed, targets: list[str], rounds: int, top: int = 60) -> None:
    """CPU ms/doc of the functions that ``targets`` call by name (``timed_callees``), over
    ``rounds`` passes of the stages with fresh views and the collector off; the wrappers' own
    cost (calibrated on an empty function) is taken off each time, inside and around it."""
    import gc

    from communique.views import USER_DATA_KEY

    stats, wrap, undo = timed_callees(targets)
    clock, empty, runs = time.process_time, (lambda: None), 100_000
    wrapped = wrap(empty, "(calibration)")
    start = clock()
    for _ in range(runs):
        empty()
    bare = clock() - start
    start = clock()
    for _ in range(runs):
        wrapped()
    cost = max(clock() - start - bare, 0.0) / runs  # one wrapped call, seen from outside
    inside = stats.pop("(calibration)")[0] / runs  # the part of it its own timer reads
    gc.disable()
    try:
        for _ in range(rounds):
            for document, doc in parsed:
                doc.user_data.pop(USER_DATA_KEY, None)
                for spec in pipeline.specs:
                    for key, value in spec.func(document, doc, pipeline.ctx).items():
                        setattr(document, key, value)
    finally:
        gc.enable()
        undo()
    n = rounds * len(parsed)
    spent = {name: max(sec - timed * inside - nested * cost, 0.0) for name, (sec, _c, timed, nested) in stats.items()}
    print(f"callees of {', '.join(targets)} (CPU, a wrapped call's own cost, {1e6 * cost:.2f} us, taken off): "
          f"ms/doc, calls/doc, us/call")
    for name, sec in sorted(spent.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {1000 * sec / n:8.3f} {stats[name][1] / n:8.1f} {1e6 * sec / max(stats[name][2], 1):8.1f}  {name}")


def _parse_gap(pipeline, records, batch_size: int, rounds: int) -> None:
    """CPU ms/doc of the parse by a bare ``nlp.pipe`` and inside the pipeline (``parse_many``
    with the stages run between documents, only the parse timed), ``rounds`` times in turn."""
    import statistics

    from communique.nlp import parse_many

    bare, inside = [], []
    for _ in range(rounds):
        t = time.process_time()
        for _doc in pipeline.nlp.pipe((r.text for r in records), batch_size=batch_size):
            pass
        bare.append(1000 * (time.process_time() - t) / len(records))
        parsed = parse_many(pipeline.nlp, (pipeline.make_document(r) for r in records), batch_size,
                            pipeline.ctx.settings)
        spent, t = 0.0, time.process_time()
        for document, doc in parsed:
            spent += time.process_time() - t
            pipeline.annotate(document, doc)
            t = time.process_time()
        inside.append(1000 * (spent + time.process_time() - t) / len(records))
    print("parse ms/doc, bare nlp.pipe:     ", " ".join(f"{x:.1f}" for x in bare))
    print("parse ms/doc, inside the pipeline:", " ".join(f"{x:.1f}" for x in inside))
    print(f"medians {statistics.median(bare):.1f} and {statistics.median(inside):.1f}; mean difference "
          f"{statistics.mean(b - a for a, b in zip(bare, inside)):+.2f} ms/doc (inside minus bare)")


def _best_of(pipeline, parsed, repeat: int) -> None:
    """The best of ``repeat`` timings of each stage over ``parsed``, each document's views dropped first."""
    import gc

    from communique.views import USER_DATA_KEY

    best: dict[str, float] = {}
    gc.disable()
    try:
        for _ in range(repeat):
            cost: dict[str, float] = defaultdict(float)
            for document, doc in parsed:
                doc.user_data.pop(USER_DATA_KEY, None)
                for spec in pipeline.specs:
                    t = time.process_time()
                    for key, value in spec.func(document, doc, pipeline.ctx).items():
                        setattr(document, key, value)
                    cost[spec.name] += time.process_time() - t
            best = {name: min(sec, best.get(name, sec)) for name, sec in cost.items()}
    finally:
        gc.enable()
    print(f"best of {repeat} more passes (views rebuilt, collector off), ms/doc:")
    for name, sec in best.items():
        print(f"  {name:<20}{1000 * sec / len(parsed):>9.2f}")
    print(f"  {'stages after the parse':<20}{1000 * sum(best.values()) / len(parsed):>9.2f}")


if __name__ == "__main__":
    sys.exit(main())
