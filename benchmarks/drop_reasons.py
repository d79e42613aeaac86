"""Why a gold event was missed: for each MISS of the error lister on the development documents
(Wikinews dev, the statements folder's non-sealed documents), whether a trigger candidate of the
gold type existed in its sentence and which rule of the events stage dropped or re-typed it.

It runs the pipeline with a line tracer on ``extract_sentence`` (events/extract.py) and
``extract_events`` (stages/events.py) only, recording at which ``continue`` each candidate or
draft left, and wraps ``_keep`` to see repeats merged. Nothing in the pipeline changes; the
tracer lives in this script (a debugging aid, not run by the tests).

    python benchmarks/drop_reasons.py [--wikinews] [--statements] [--list]
"""
from __future__ import annotations

import argparse
import inspect
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_events as ev  # noqa: E402

from communique.events import extract as ex  # noqa: E402
from communique.stages import events as st  # noqa: E402


def _continue_lines(func, header: str, after: str) -> tuple[dict[int, str], range]:
    """({line number: label} for every line of an ``if ...: continue`` block of ``func``'s loop
    (the compiler folds such a ``continue`` into the ``if``'s jump, so the last line run in an
    iteration is anywhere from the ``if`` to the ``continue``), the loop body's lines).
    A label is the ``continue``'s comment, else the ``logger.debug`` text, else the condition."""
    lines, first = inspect.getsourcelines(func)
    h = next(k for k, line in enumerate(lines) if line.strip() == header)
    e = next(k for k, line in enumerate(lines) if k > h and line.strip().startswith(after))
    out: dict[int, str] = {}
    spans = []
    for k in range(h + 1, e):
        s = lines[k].strip()
        if not s.startswith("continue"):
            continue
        indent = len(lines[k]) - len(lines[k].lstrip())
        j = k - 1
        while j > h and not (len(lines[j]) - len(lines[j].lstrip()) < indent and
                             lines[j].strip().startswith(("if ", "elif ", "else"))):
            j -= 1
        label = s.partition("#")[2].strip()
        for m in range(k - 1, j - 1, -1):
            p = lines[m].strip()
            if not label and p.startswith("logger.debug"):
                label = p.split('"')[1] if '"' in p else p
        if lines[j].strip() == "else:":  # the comment over the if / elif chain it closes
            m = j - 1
            while m > h and not lines[m].strip().startswith("# "):
                m -= 1
            while m - 1 > h and lines[m - 1].strip().startswith("# "):
                m -= 1  # the first line of the comment
            label = label or lines[m].strip()[2:]
        if not label:
            label = " ".join(x.strip() for x in lines[j:k])[:90]
        spans.append((j, k, f"{func.__name__}:{first + k} {label[:80]}"))
    for j, k, label in sorted(spans, key=lambda t: t[0] - t[1]):  # widest first, narrowest wins
        for m in range(j, k + 1):
            out[first + m] = label
    return out, range(first + h + 1, first + e)


SENT_LINES, SENT_BODY = _continue_lines(ex.extract_sentence, "for cand in cands:", "_inherit_targets(drafts)")
EVENT_LINES, EVENT_BODY = _continue_lines(st.extract_events, "for d in drafts:", "_meeting_members(")


class Trace:
    def __init__(self):
        self.reset()

    def reset(self):
        self.cand_drop = {}   # id(cand) -> (cand, sentence span, label)
        self.cands = []       # (cand, sent)
        self.drafts = []      # (draft, original types)
        self.draft_drop = {}  # id(draft) -> label
        self.recorded = []    # (event, kept?)

    def local_sentence(self, frame, event, arg):
        if event == "line" and frame.f_lineno in SENT_BODY:
            cand = frame.f_locals.get("cand")
            if cand is not None:
                self.cand_drop[id(cand)] = SENT_LINES.get(frame.f_lineno)
        elif event == "return":
            self.cands.extend((c, frame.f_locals["sent"]) for c in frame.f_locals.get("cands") or ())
        return self.local_sentence

    def local_events(self, frame, event, arg):
        if event == "line" and frame.f_lineno in EVENT_BODY:
            d = frame.f_locals.get("d")
            if d is not None:
                self.draft_drop[id(d)] = EVENT_LINES.get(frame.f_lineno)
        return self.local_events

    def tracer(self, frame, event, arg):
        if event == "call":
            if frame.f_code is ex.extract_sentence.__code__ or frame.f_code is ORIG_SENTENCE.__code__:
                return self.local_sentence
            if frame.f_code is ORIG_EVENTS.__code__:
                return self.local_events
        return None


T = Trace()
ORIG_SENTENCE, ORIG_EVENTS, ORIG_KEEP = st.extract_sentence, st.extract_events, st._keep
RESULTS: list[dict] = []  # one per document, in pipeline order


def sentence_wrapper(sent, *a, **k):
    drafts = ORIG_SENTENCE(sent, *a, **k)
    for d in drafts:
        T.drafts.append((d, list(d.types)))
    return drafts


def keep_wrapper(event, seen, kept, *args, **kwargs):
    n = len(kept)
    result = ORIG_KEEP(event, seen, kept, *args, **kwargs)
    T.recorded.append((event, len(kept) > n))
    return result


def events_wrapper(document, doc, ctx):
    T.reset()
    old = sys.gettrace()
    sys.settrace(T.tracer)
    try:
        out = ORIG_EVENTS(document, doc, ctx)
    finally:
        sys.settrace(old)
    text = document.text

    def span_text(sent):
        s, e = st._sentence_span(sent)
        return text[s:e]
    cand_of_draft = {id(d.cand) for d, _ in T.drafts}
    RESULTS.append({
        "cands": [(c.types, c.token.text, span_text(s), T.cand_drop.get(id(c))
                   or ("made a draft" if id(c) in cand_of_draft else "dropped after the loop"))
                  for c, s in T.cands],
        "drafts": [(orig, list(d.types), d.cand.token.text, span_text(d.sent), T.draft_drop.get(id(d)))
                   for d, orig in T.drafts],
        "recorded": [(e.type, text[e.sentence[0]:e.sentence[1]], k, e.trigger.text) for e, k in T.recorded],
    })
    return out


def install():
    st.extract_sentence = sentence_wrapper
    st._keep = keep_wrapper
    # the stage object holds the function: swap its code's global lookups by patching the module
    # and the registered stage callable
    import dataclasses

    st.extract_events = events_wrapper

    from communique import pipeline as pl
    spec = pl.STAGES["events.v1"]
    pl.STAGES["events.v1"] = dataclasses.replace(spec, func=events_wrapper) \
        if dataclasses.is_dataclass(spec) else spec._replace(func=events_wrapper)


def reason(g, res) -> str:
    """The deepest point a candidate of the gold type reached in the gold sentence."""
    sc = ev._wikinews_scorer()
    gs = sc.norm(g["sentence_start"])[:40]
    types = {g["type"], *(g.get("alt_types") or [])}

    def here(s):
        return gs in sc.norm(s)
    rec = [r for r in res["recorded"] if here(r[1]) and r[0] in types]
    if any(r[2] for r in rec):
        return "kept: of the type, in the sentence (taken by another gold event)"
    if rec:
        return "merged as a repeat (_keep)"
    drafts = [d for d in res["drafts"] if here(d[3])]
    typed = [d for d in drafts if set(d[0]) & types]
    if typed:
        d = typed[0]
        if d[4]:
            return f"draft dropped: {d[4]}"
        if not set(d[1]) & types:
            return f"draft re-typed by the classifier ({'/'.join(d[0])} -> {'/'.join(d[1]) or 'none'})"
        return "draft of the type, no record (?)"
    cands = [c for c in res["cands"] if here(c[2]) and set(c[0]) & types]
    if cands:
        made = [c for c in cands if c[3] == "made a draft"]
        if made:
            return "candidate re-typed in extract_sentence (draft of another type)"
        return f"candidate dropped: {cands[0][3]}"
    if [c for c in res["cands"] if here(c[2])]:
        other = "/".join(sorted({t for c in res["cands"] if here(c[2]) for t in c[0]}))
        return f"no candidate of the type (candidates: {other})"
    if not any(here(c[2]) for c in res["cands"]) and not drafts:
        return "no candidate in the sentence"
    return "other"


def run(which: str, show: bool) -> Counter:
    options = {"events_classifier": True}
    install()
    sc = ev._wikinews_scorer()
    if which == "wikinews":
        golds = ev.wikinews_golds()
        dev, _held = ev.wikinews_split(golds)
        records = [r for r in ev.wikinews_records() if r.source in set(dev)]
    else:
        sealed = {m["id"] for m in ev._statement_index() if m.get("sealed")}
        records = ev.folder_records(ev.STATEMENTS, ev.STATEMENTS / "index.json", skip=sealed)
        golds = {p.stem: __import__("json").loads(p.read_text(encoding="utf-8"))
                 for p in sorted((ev.STATEMENTS / "gold").glob("*.json")) if p.stem not in sealed}
    RESULTS.clear()
    preds = ev.folder_predictions(options, records)
    per_doc = dict(zip([r.source for r in records], RESULTS))
    counts = Counter()
    for k in sorted(preds):
        if k not in golds or k not in per_doc:
            continue
        for r in ev.error_records(sc, golds[k], preds[k][0]):
            if r["kind"] not in ("MISS", "MISS_TYPED"):
                continue
            g = r["gold"]
            why = reason(g, per_doc[k])
            key = why.split(" (")[0] if why.startswith("no candidate of") else why
            counts[key] += 1
            if show:
                print(f"{k} {g['type']:9s} {g.get('mode')} [{g.get('trigger')}] {why} | {g['sentence_start'][:60]}")
    return counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wikinews", action="store_true")
    ap.add_argument("--statements", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--text", default=None, help="trace one text of your own: each candidate and draft")
    args = ap.parse_args(argv)
    if args.text:
        from communique.pipeline import get_pipeline
        install()
        RESULTS.clear()
        get_pipeline(options={"events_classifier": True})(args.text)
        for types, word, _s, why in RESULTS[-1]["cands"]:
            print(f"candidate {'/'.join(types)} [{word}]: {why}")
        for orig, now, word, _s, why in RESULTS[-1]["drafts"]:
            print(f"draft {'/'.join(orig)} -> {'/'.join(now) or 'none'} [{word}]: {why or 'recorded'}")
        for typ, _s, kept, word in RESULTS[-1]["recorded"]:
            print(f"event {typ} [{word}]: {'kept' if kept else 'a repeat, merged'}")
        return 0
    for which in [w for w in ("wikinews", "statements") if getattr(args, w)] or ["wikinews", "statements"]:
        counts = run(which, args.list)
        print(f"== {which} development: {sum(counts.values())} typed misses")
        for why, n in counts.most_common():
            print(f"  {n:3d}  {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
