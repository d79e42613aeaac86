"""How far each kind of author stance evidence can be trusted (round 18d): per evidence kind, how
often the sign of a piece of the author's evidence toward an actor agrees with the gold sign of
that actor.

Sets: the development and open op-eds of ``tests/data/opeds/gold.json`` (entries marked
``"sealed"`` are skipped and the sealed gold file is never read) and, with ``--newsmtsc``, the
held-out NewsMTSC targets (gold negative / neutral / positive). A firm piece whose actor is
neutral in the gold counts as a disagreement ("neutral" column). The kind is the family of the
reason (``eval_opeds.family``) with a mark for evidence shared from another actor ("+organ",
"+leader", "+govleader", "+owner") or read in a quote without a known speaker ("+unattrib").
The sentiment model counts once per actor: beside evidence ("model beside evidence") and alone.

It reads the rows ``stance.find_stance`` combines (``combined_polarity``) by wrapping
``stance._evidence``, ``stance._model_scores`` and ``stance.Stance`` for the time of one
``analyze`` call, so it measures the pipeline as it stands.

    PYTHONPATH=src python benchmarks/stance_precision.py [--newsmtsc]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SHARED = ((", via its organ", "+organ"), (", about its leader", "+leader"), ("'s government", "+govleader"),
          (", via its '", "+owner"), ("in a quote without", "+unattrib"))


def kind(reason: str) -> str:
    """The evidence kind of a reason: its family plus the marks of shared evidence."""
    from eval_opeds import family

    return family(reason) + "".join(tag for mark, tag in SHARED if mark in reason)


class Recorder:
    """Records, per (holder, target) record built by ``find_stance``, its evidence rows and the
    model's mean, by wrapping ``stance._evidence`` and ``stance.Stance``."""

    def __init__(self):
        from communique.rhetoric import stance

        self.stance, self.pairs, self._rows = stance, {}, []
        self._evidence, self._stance, self._scores = stance._evidence, stance.Stance, stance._model_scores
        self._model = {}

    def __enter__(self):
        s = self.stance

        def evidence(rows, model_evidence, polarity):
            self._rows = list(rows)
            return self._evidence(rows, model_evidence, polarity)

        def scores(*args, **kwargs):
            self._model = self._scores(*args, **kwargs)
            return self._model

        def record(holder, target, polarity, *args, **kwargs):
            self.pairs[(holder, target)] = (self._rows, self._model.get((holder, target), (None,))[0])
            return self._stance(holder, target, polarity, *args, **kwargs)

        s._evidence, s._model_scores, s.Stance = evidence, scores, record
        return self

    def __exit__(self, *exc):
        s = self.stance
        s._evidence, s._model_scores, s.Stance = self._evidence, self._scores, self._stance


def tally(table: dict, rows, model_mean, sign: str) -> None:
    """Count the pieces of one actor's author record against its gold sign ("+", "-", "0")."""
    def outcome(piece: str) -> str:
        return "agree" if piece == sign else "neutral" if sign == "0" else "disagree"

    seen = set()
    for weight, start, end, reason in rows:
        key = (kind(reason), start, end, weight > 0)
        if weight and key not in seen:
            seen.add(key)
            table[key[0]][outcome("+" if weight > 0 else "-")] += 1
    if model_mean:
        table["model beside evidence" if rows else "model alone"][outcome("+" if model_mean > 0 else "-")] += 1


def opeds_table() -> dict:
    from communique import analyze
    from eval_opeds import OPEDS, author_stance, plain

    table: dict = defaultdict(Counter)
    gold = json.loads((OPEDS / "gold.json").read_text("utf-8"))
    for name, entry in sorted(gold.items()):
        if name.startswith("_") or entry.get("sealed"):
            continue
        with Recorder() as rec:
            document = analyze((OPEDS / name).read_text("utf-8"))
        stance = author_stance(document)
        for actor, sign in [*entry["signs"].items(), *((a, "0") for a in entry.get("neutral", ()))]:
            record = stance.get(plain(actor))
            if record is not None and ("author", record.target) in rec.pairs:
                tally(table, *rec.pairs[("author", record.target)], sign)
    return table


def newsmtsc_table() -> dict:
    from communique import analyze
    from eval_rhetoric import newsmtsc_heldout

    table: dict = defaultdict(Counter)
    for sentence, targets in newsmtsc_heldout():
        with Recorder() as rec:
            document = analyze(sentence)
        for start, end, label in targets:
            actor = next((a for a in document.actors for s, e in a.mentions if s < end and start < e), None)
            if actor is not None and ("author", actor.id) in rec.pairs:
                tally(table, *rec.pairs[("author", actor.id)], "-0+"[label])
    return table


def show(title: str, table: dict) -> None:
    print(title)
    print(f"  {'kind':44s} {'agree':>5s} {'disagree':>8s} {'neutral':>7s} {'precision':>9s}")
    for name, c in sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        n = sum(c.values())
        print(f"  {name:44s} {c['agree']:5d} {c['disagree']:8d} {c['neutral']:7d} {c['agree'] / n:9.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--newsmtsc", action="store_true", help="also the NewsMTSC held-out targets")
    args = ap.parse_args()
    show("development + open op-eds (author evidence toward gold actors)", opeds_table())
    if args.newsmtsc:
        show("NewsMTSC held-out (author evidence toward the target)", newsmtsc_table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
