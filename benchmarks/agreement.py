"""How far two annotators agree: score one gold folder against another with the scorer of
benchmarks/eval_events.py (the Wikinews folder's own ``score.py`` through ``score_groups``).

    .venv/bin/python benchmarks/agreement.py ANNOTATION_DIR GOLD_DIR [--docs DIR] [--both]
        [--pipeline] [--json OUT]

e.g. ``benchmarks/agreement.py tests/data/agreement/second_annotator tests/data/statements/gold``.

ANNOTATION_DIR plays the prediction, GOLD_DIR the gold: each annotation (same format as the
gold, GUIDELINES.md of ../shared/data/wikinews) is turned into a communique/1 prediction dict
(``as_prediction``) and scored with ``eval_events.score_groups``: typed P/R/F1 (sentence +
type, the gold's ``alt_types`` accepted), dyads (type + source + target), mode accuracy on
matched events, quote + speaker (every quote kind), actors with the right country; per
document and over all documents the two folders share. ``--both`` also scores the other way
round (the gold's ``alt_types`` make the scorer asymmetric); ``--pipeline`` also scores the
pipeline's own output on the same documents against each folder.

Only documents present in ANNOTATION_DIR are read from GOLD_DIR, and a document whose entry in
the statements index.json has a "sealed" key is never read nor scored.

How an annotation becomes a prediction:
- event sentence: the sentence of the document holding the annotation's ``sentence_start``
  (lines, split at ". " before a capital; a paragraph number "7." is not a sentence), so
  that two annotators who open the same sentence at different words still match;
- source / target: an actor of that name and country (a list "IRQ,TUR" gives one actor per
  code besides the named one), so the scorer matches names by tokens and countries by code;
- attribution: ``{"kind": attribution}`` (the scorer reads it when gold's source is "author");
- quote text: from ``text_start`` to the closing quotation mark when it opens inside marks,
  to the end of its sentence otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "tests" / "data" / "statements"


def _eval_events():
    spec = importlib.util.spec_from_file_location("eval_events", Path(__file__).with_name("eval_events.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ev = _eval_events()

_BOUNDARY = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(A-Z0-9])")
_NOT_END = re.compile(r"(?:^\s*\d+\.|\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Col|Lt|Sgt|Jr|Sr|Prof|U\.S|U\.N)\.)$")
_OPEN, _CLOSE = "\"“‘«", "\"”’»"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: every line apart, cut after [.!?] (and a closing mark)
    followed by a space and a capital, digit or opening mark, except after a paragraph
    number or a title abbreviation."""
    spans, pos = [], 0
    for line in text.split("\n"):
        start = pos
        for m in _BOUNDARY.finditer(line):
            head = line[start - pos:m.start() + 1]
            if _NOT_END.search(head):
                continue
            end = pos + m.end()
            spans.append((start, end))
            start = end
        if line[start - pos:].strip():
            spans.append((start, pos + len(line)))
        pos += len(line) + 1
    return spans


def locate(text: str, fragment: str, sc) -> int:
    """Offset of an anchor in the text: exact, else the scorer's normalised search (-1 if absent)."""
    i = text.find(fragment)
    if i < 0:
        i = text.find(fragment.strip(_OPEN + _CLOSE + " "))
    return i if i >= 0 else sc.find(text, fragment)


def sentence_at(spans, offset: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= offset < e:
            return s, e
    return offset, offset


def quote_span(text: str, spans, offset: int, fragment: str) -> tuple[int, int]:
    """From the anchor to the closing mark of the quotation it opens inside, else to the end
    of its sentence."""
    start = offset
    while start < len(text) and text[start] in _OPEN:
        start += 1
    inside = start > offset or (offset > 0 and text[offset - 1] in _OPEN) or (
        offset > 1 and text[offset - 2] in _OPEN and text[offset - 1] == " ")
    if inside:
        close = min((j for j in (text.find(c, start + 1) for c in _CLOSE) if j >= 0), default=-1)
        if close > start:
            return offset, close + 1
    return offset, max(sentence_at(spans, offset)[1], offset + len(fragment))


def as_prediction(gold: dict, text: str, sc=None) -> dict:
    """A gold-format annotation as the communique/1 prediction dict the scorer reads."""
    sc = sc or ev._wikinews_scorer()
    spans = sentence_spans(text)
    actors, index = [], {}

    def actor(name, country):
        codes = [c.strip() for c in (country or "").split(",") if c.strip()]
        ids = []
        keys = [(name or "", codes[0] if len(codes) == 1 else None)]
        keys += [("", c) for c in codes] if len(codes) > 1 else []
        for key in keys:
            if key == ("", None):
                continue
            if key not in index:
                index[key] = f"a{len(actors) + 1}"
                actors.append({"id": index[key], "name": key[0], "country": key[1], "mentions": []})
            ids.append(index[key])
        return ids

    for a in gold.get("actors") or []:
        actor(a.get("name"), a.get("country"))
    events = []
    for e in gold.get("events") or []:
        i = locate(text, e["sentence_start"], sc)
        s, end = sentence_at(spans, i) if i >= 0 else (0, 0)
        s = min(s, i) if i >= 0 else s
        src = actor(e.get("source"), e.get("source_country")) if e.get("source") else []
        tgt = actor(e.get("target"), e.get("target_country")) if e.get("target") else []
        events.append({"type": e["type"], "mode": e.get("mode") or "asserted",
                       "source": src, "target": tgt, "sentence": {"start": s, "end": end},
                       "attribution": {"kind": e.get("attribution") or "reported"},
                       "trigger": {"text": e.get("trigger") or ""}})
    quotes = []
    for q in gold.get("quotes") or []:
        i = locate(text, q["text_start"], sc)
        if i < 0:
            continue
        s, end = quote_span(text, spans, i, q["text_start"])
        spk = q.get("speaker")
        quotes.append({"kind": q.get("kind", "direct"), "text": text[s:end],
                       "speaker": (actor(spk, None) or [None])[0] if spk else None,
                       "speaker_text": spk or ""})
    ctas = []
    for c in gold.get("calls_to_action") or []:
        i = locate(text, c["sentence_start"], sc)
        if i >= 0:
            s, end = sentence_at(spans, i)
            ctas.append({"text": text[min(s, i):end], "addressee": c.get("addressee")})
    return {"text": text, "actors": actors, "events": events, "quotes": quotes,
            "calls_to_action": ctas}


def sealed_ids(docs: Path) -> set[str]:
    index = docs / "index.json"
    if not index.exists():
        return set()
    return {m["id"] for m in json.loads(index.read_text(encoding="utf-8")) if "sealed" in m}


def shared_documents(annotation_dir: Path, gold_dir: Path, docs: Path) -> list[str]:
    """Ids annotated in both folders with a text in ``docs``, sealed documents left out
    (only file names are listed here: nothing is read)."""
    sealed = sealed_ids(docs)
    return [p.stem for p in sorted(annotation_dir.glob("*.json"))
            if p.stem not in sealed and (gold_dir / p.name).exists() and (docs / f"{p.stem}.txt").exists()]


def load(folder: Path, ids) -> dict:
    return {k: json.loads((folder / f"{k}.json").read_text(encoding="utf-8")) for k in ids}


def agreement(annotation: dict, gold: dict, texts: dict) -> dict:
    """score_groups of the annotations (as predictions) against the gold: per document and "all"."""
    sc = ev._wikinews_scorer()
    preds = {k: (as_prediction(annotation[k], texts[k], sc), "") for k in annotation}
    groups = {"all": sorted(annotation), **{k: [k] for k in sorted(annotation)}}
    return ev.score_groups(preds, gold, groups)


def pipeline_predictions(ids, docs: Path) -> dict:
    """{doc id: (communique/1 dict, family)} of the pipeline on the documents (never a sealed one)."""
    sys.path.insert(0, str(ROOT / "src"))
    records = [r for r in ev.folder_records(docs, docs / "index.json", skip=frozenset(sealed_ids(docs)))
               if r.source in set(ids)]
    return ev.folder_predictions({"events_classifier": True}, records)


def pipeline_scores(preds: dict, golds: dict[str, dict]) -> dict:
    """The pipeline's output scored against each named gold folder."""
    ids = sorted(next(iter(golds.values())))
    groups = {"all": ids, **{k: [k] for k in ids}}
    return {name: ev.score_groups(preds, g, groups) for name, g in golds.items()}


def second_opinion(preds: dict, gold: dict, other: dict) -> dict:
    """How the pipeline's typed errors against ``gold`` stand with a second annotation ``other``:
    its spurious events (typed FP against gold) that ``other`` codes (a typed hit there), and its
    missed gold events that ``other`` also leaves out (no typed hit of ``other``'s events, as a
    prediction, for that gold event). Counts only, over all documents."""
    sc = ev._wikinews_scorer()
    out = {"fp": 0, "fp_coded_by_other": 0, "miss": 0, "miss_also_by_other": 0}
    for k in sorted(gold):
        pred = preds[k][0]
        to_gold = ev.align_events(sc, gold[k], pred)["event_types"]
        to_other = ev.align_events(sc, other[k], pred)["event_types"]
        used_gold = {i for i in to_gold if i is not None}
        used_other = {i for i in to_other if i is not None}
        fps = [i for i in range(len(pred.get("events") or [])) if i not in used_gold]
        out["fp"] += len(fps)
        out["fp_coded_by_other"] += sum(i in used_other for i in fps)
        other_pred = as_prediction(other[k], pred["text"], sc)
        other_hits = ev.align_events(sc, gold[k], other_pred)["event_types"]
        for hit, other_hit in zip(to_gold, other_hits):
            if hit is None:
                out["miss"] += 1
                out["miss_also_by_other"] += other_hit is None
    return out


def _row(name: str, s: dict) -> str:
    t, d, q = s["typed"], s["dyad"], s["quote_speaker"]
    mode = f"{s['mode_accuracy']:.3f} ({s['mode_ok']}/{s['mode_matched']})" if s["mode_matched"] else "-"
    ctry = f"{s['actors_country']:.3f}" if s["actors_country"] is not None else "-"
    return (f"{name[:46]:46s} typed P {t['p']:.3f} R {t['r']:.3f} F1 {t['f1']:.3f} ({t['tp']}/{t['pred']}/{t['gold']})"
            f" | dyad F1 {d['f1']:.3f} ({d['tp']}) | mode {mode} | quote+spk F1 {q['f1']:.3f} | country {ctry}")


def print_table(title: str, scores: dict) -> None:
    print(f"== {title}")
    for name, s in scores.items():
        print(_row(name, s))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("annotation", type=Path, help="the folder scored as predictions")
    ap.add_argument("gold", type=Path, help="the folder scored as gold")
    ap.add_argument("--docs", type=Path, default=DOCS, help="the documents' texts (<id>.txt) and index.json")
    ap.add_argument("--both", action="store_true", help="also score the gold folder against the annotation")
    ap.add_argument("--pipeline", action="store_true", help="also score the pipeline against both folders")
    ap.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    args = ap.parse_args(argv)
    ids = shared_documents(args.annotation, args.gold, args.docs)
    if not ids:
        print("no document in both folders")
        return 1
    texts = {k: (args.docs / f"{k}.txt").read_text(encoding="utf-8") for k in ids}
    ann, gold = load(args.annotation, ids), load(args.gold, ids)
    out = {"documents": ids, "annotation_vs_gold": agreement(ann, gold, texts)}
    print_table(f"{args.annotation} scored against {args.gold}", out["annotation_vs_gold"])
    if args.both:
        out["gold_vs_annotation"] = agreement(gold, ann, texts)
        print_table(f"{args.gold} scored against {args.annotation}", out["gold_vs_annotation"])
    if args.pipeline:
        preds = pipeline_predictions(ids, args.docs)
        out["pipeline"] = pipeline_scores(preds, {"gold": gold, "annotation": ann})
        for name, scores in out["pipeline"].items():
            print_table(f"pipeline scored against {name} ({getattr(args, name)})", scores)
        out["pipeline_errors_vs_second_opinion"] = {
            "gold": second_opinion(preds, gold, ann), "annotation": second_opinion(preds, ann, gold)}
        for name, c in out["pipeline_errors_vs_second_opinion"].items():
            print(f"pipeline errors against {name}: {c['fp_coded_by_other']} of {c['fp']} spurious events are coded "
                  f"by the other folder; {c['miss_also_by_other']} of {c['miss']} missed events are missed by it too")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
