"""Quote + speaker errors on whole documents, paired as the Wikinews scorer pairs them.

For the Wikinews dev half and the development / open statements of ``tests/data/statements``
(never the sealed ones: they are not even read), each gold quote is listed as ``OK`` (found with
a right speaker), ``WRONG`` (found, wrong speaker: the predicted speaker text and actor are
shown) or ``MISS``, and each prediction that holds no gold opening as ``SPUR``; a prediction is
a hit when it holds the first 40 normalised characters of a gold quote's opening, its speaker
right when the speaker actor's name or mentions or its speaker text share a word with the gold
speaker (``score.py``). The Wikinews held-out half is counted, never listed. Only the stages
the quotes stage needs are run (structure, actors, quotes).

    /work/main/.venv/bin/python benchmarks/quote_errors.py [--set wikinews|statements|both] [--ok]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_events as ev  # noqa: E402

STAGES = ("structure.v1", "actors.v1", "quotes.v1")


def _predict(records):
    from communique.pipeline import get_pipeline

    docs = list(get_pipeline(stages=STAGES).pipe(records))
    return {r.source: d.to_dict() for r, d in zip(records, docs)}


def _doc_errors(sc, gold: dict, pred: dict, show_ok: bool, lines: list[str] | None) -> Counter:
    """Counts of one document's quotes (every kind, as ``quote_speakers_all``), and its lines."""
    gq, pq = gold.get("quotes") or [], pred.get("quotes") or []
    actors = {a["id"]: a for a in pred.get("actors") or []}

    def hit(g, q):
        return sc.norm(g["text_start"])[:40] in sc.norm(q.get("text", ""))

    def speaker_ok(g, q):
        names = sc.actor_names(pred, [q["speaker"]]) if q.get("speaker") else []
        names.append((q.get("speaker_text") or "", None, []))
        return g.get("speaker") is None or sc.actor_match(g["speaker"], None, names)

    def said(q):
        a = actors.get(q.get("speaker")) if q.get("speaker") else None
        return f"{q.get('speaker_text')!r} -> {a['name'] if a else None!r}"

    n = Counter()
    for g in gq:
        found = [q for q in pq if hit(g, q)]
        kind = g.get("kind", "direct")
        if any(speaker_ok(g, q) for q in found):
            n["gold_right"] += 1
            tag = "OK"
        elif found:
            n["gold_wrong"] += 1
            tag = "WRONG"
        else:
            n["gold_missed"] += 1
            tag = "MISS"
        n["gold"] += 1
        if lines is not None and (tag != "OK" or show_ok):
            extra = f" | pred {found[0].get('kind')} {said(found[0])}" if found else ""
            lines.append(f"  {tag:5} {kind:8} gold {g.get('speaker')!r} | {g['text_start'][:70]!r}{extra}")
    for q in pq:
        n["pred"] += 1
        if any(hit(g, q) for g in gq):
            continue
        n["pred_spurious"] += 1
        if lines is not None:
            lines.append(f"  SPUR  {q.get('kind', 'direct'):8} {said(q)} | {q.get('text', '')[:80]!r}")
    return n


def report(name: str, sc, golds: dict, preds: dict, listed: bool, show_ok: bool) -> None:
    total = Counter()
    for k in sorted(golds):
        lines: list[str] | None = [] if listed else None
        n = _doc_errors(sc, golds[k], preds.get(k, {"text": "", "quotes": []}), show_ok, lines)
        total += n
        if lines:
            print(f"=== {k}")
            print("\n".join(lines))
    print(f"### {name}: {len(golds)} docs, gold {total['gold']} right {total['gold_right']} "
          f"wrong speaker {total['gold_wrong']} missed {total['gold_missed']}; predictions {total['pred']} "
          f"spurious {total['pred_spurious']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("wikinews", "statements", "both"), default="both")
    ap.add_argument("--ok", action="store_true", help="also list the gold quotes found right")
    ap.add_argument("--statements-dir", type=Path, default=None,
                    help="another tests/data/statements folder (e.g. main's, for open documents not merged yet)")
    ap.add_argument("--open", default=None, help='only the open documents of this round ("round 21")')
    args = ap.parse_args(argv)
    if args.statements_dir is not None:
        ev.STATEMENTS = args.statements_dir
    sc = ev._wikinews_scorer()
    if args.set in ("wikinews", "both"):
        golds = ev.wikinews_golds()
        dev, held = ev.wikinews_split(golds)
        preds = _predict(ev.wikinews_records())
        report("wikinews dev", sc, {k: golds[k] for k in dev}, preds, True, args.ok)
        report("wikinews held-out (counts only)", sc, {k: golds[k] for k in held}, preds, False, False)
    if args.set in ("statements", "both"):
        index = {m["id"]: m for m in ev._statement_index()}
        sealed = {k for k, m in index.items() if m.get("sealed")}
        if args.open:  # the others are left unread too
            sealed |= {k for k, m in index.items() if m.get("open") != args.open}
        records = ev.folder_records(ev.STATEMENTS, ev.STATEMENTS / "index.json", skip=sealed)
        preds = _predict(records)
        golds = {p.stem: json.loads(p.read_text(encoding="utf-8"))
                 for p in sorted((ev.STATEMENTS / "gold").glob("*.json")) if p.stem not in sealed}
        opened = {k for k in golds if index.get(k, {}).get("open")}
        report("statements development (not open)", sc, {k: v for k, v in golds.items() if k not in opened},
               preds, True, args.ok)
        report("statements open rounds", sc, {k: v for k, v in golds.items() if k in opened}, preds, True, args.ok)
        print(f"({len(sealed)} sealed documents not read)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
