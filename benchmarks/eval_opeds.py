"""Author stance on whole advocacy op-eds (issue 18): the documents of tests/data/opeds, each
with the expected sign of the author's stance toward the actors it attacks ("-") and favours
("+"), written before the pipeline ran on them.

An actor of the gold is its name, or an ISO3 code for the state: the state actor's record, else
the record of its capital, seat of government, government or armed forces. A missing record,
or a polarity inside +-NO_POSITION, is a miss. The acceptance measure of issue 18 is printed
per document and per group as well: the attacked actors alone (gold "-") whose stance is
negative.

A document whose gold entry is marked ``"sealed"`` (``true``, or the round that wrote it, as in
``"round 12"``: its round then gets totals of its own) was written and scored blind once; its
per-actor results are never returned or printed (only its totals), so that no rule is written
from it and its score stays a blind measure. The totals are given for all documents, for the
development documents and for the sealed ones; a development document marked ``"open": "round 13"``
(written and scored blind in that round, then developed on) also counts in its round's group.

Per group, ``--breakdown`` counts the attacked and the favoured actors per outcome (not found,
dead zone with its mean polarity, wrong sign, right), those with evidence of their own, and the
evidence families of the misses: counts only, for sealed groups too. ``--no-sealed`` prints nothing
of the sealed op-eds (no document line, group, breakdown or total over all op-eds): the printout a
rule writer reads while developing.

    PYTHONPATH=src python benchmarks/eval_opeds.py [--errors] [--json] [--breakdown] [--no-sealed]
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPEDS = ROOT / "tests" / "data" / "opeds"
#: The gold of the sealed op-eds, apart from ``gold.json`` so that editing the open gold never shows it.
SEALED_GOLD = "sealed_gold.json"
#: Actor kinds and sectors that stand for a state in the ISO3 look-up.
STATE_LEVEL_KINDS = ("state", "location")
STATE_LEVEL_SECTORS = ("GOV", "MIL")


def author_stance(document) -> dict:
    """``{actor name or ISO3: the author's Stance}`` (ISO3: the state's record, else a state-level one).
    An actor is also found by how the text names it ("the UN High Commissioner for Human Rights"
    for the office holder the knowledge base resolves it to), where no actor has that name."""
    actors = {a.id: a for a in document.actors}
    out = {}
    for s in document.stance:
        if s.holder != "author":
            continue
        actor = actors[s.target]
        out[plain(actor.name)] = s
        for start, end in actor.mentions:
            said = document.text[start:end]
            out.setdefault(plain(said[4:] if said.lower().startswith("the ") else said), s)
        state_level = actor.kind in STATE_LEVEL_KINDS or actor.kind == "organization" and \
            actor.sector in STATE_LEVEL_SECTORS
        if actor.country and state_level and (actor.country not in out or actor.kind == "state"):
            out[actor.country] = s
    return out


def plain(name: str) -> str:
    """A name without accents ("Orbán" = "Orban"): the gold is typed as the op-ed spells it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def sign_of(polarity: float) -> str:
    from communique.rhetoric.stance import NO_POSITION

    return "+" if polarity > NO_POSITION else "-" if polarity < -NO_POSITION else "0"


#: The outcome families of an attacked or favoured actor in the breakdown (``outcome``).
OUTCOMES = ("not found", "dead zone", "wrong sign", "right")
#: Reasons of the sentiment model's sentences: no evidence of the actor's own.
MODEL_REASON = "sentence sentiment"


def outcome(record, sign: str) -> str:
    """Which family an actor of the gold falls in: no record ("not found"), a polarity inside
    +-NO_POSITION ("dead zone"), the opposite sign ("wrong sign") or the expected one ("right")."""
    if record is None:
        return "not found"
    got = sign_of(record.polarity)
    return "right" if got == sign else "dead zone" if got == "0" else "wrong sign"


def family(reason: str) -> str:
    """The family of an evidence reason, without its cue ("evaluative 'cruel'" -> "evaluative")."""
    if reason.startswith(MODEL_REASON):
        return "model"
    return reason.split("'")[0].split("(")[0].split(":")[0].strip() or "other"


def breakdown_of(totals: dict, sign: str) -> dict:
    """The counts of the attacked ("-") or favoured ("+") actors of a group per outcome family."""
    key = "attacked_breakdown" if sign == "-" else "favoured_breakdown"
    return totals.setdefault(key, {**dict.fromkeys(OUTCOMES, 0), "dead_zone_polarities": [],
                                   "with_own_evidence": 0, "missed_with_own_evidence": 0,
                                   "missed_families": Counter()})


def count_outcome(breakdown: dict, record, sign: str) -> None:
    """Add one actor of the gold to a group's breakdown (counts only: no name, no text)."""
    found = outcome(record, sign)
    breakdown[found] += 1
    if record is None:
        return
    families = {family(r) for r in record.reasons}
    own = bool(families - {"model"})
    breakdown["with_own_evidence"] += own
    if found == "dead zone":
        breakdown["dead_zone_polarities"].append(record.polarity)
    if found != "right":
        breakdown["missed_with_own_evidence"] += own
        breakdown["missed_families"].update(f"{found}: {f}" for f in families)


def finish_breakdown(breakdown: dict) -> None:
    """The dead zone's mean polarity in place of its list; the families as a plain dict."""
    values = breakdown.pop("dead_zone_polarities")
    breakdown["dead_zone_mean"] = round(sum(values) / len(values), 3) if values else None
    breakdown["missed_families"] = dict(sorted(breakdown["missed_families"].items()))


def score_opeds(options: dict | None = None) -> dict:
    """Per document and overall: the share of attacked/favoured actors whose author stance has
    the expected sign, with each miss (actor, expected, got, polarity); and the actors named
    neutrally that got a firm author stance all the same. Sealed documents give totals only."""
    from communique import analyze

    gold = {**json.loads((OPEDS / "gold.json").read_text("utf-8")),
            **json.loads((OPEDS / SEALED_GOLD).read_text("utf-8"))}
    docs, firm = {}, []
    def totals_of(group: str) -> dict:
        return groups.setdefault(group, {"documents": 0, "actors": 0, "right": 0, "attacked": 0,
                                         "attacked_right": 0, "neutral": 0, "neutral_with_stance": 0})

    groups: dict[str, dict] = {}
    for group in ("all", "development", "sealed"):
        totals_of(group)
    for name, entry in sorted(gold.items()):
        if name.startswith("_"):
            continue
        sealed = bool(entry.get("sealed"))
        document = analyze((OPEDS / name).read_text("utf-8"), options=options or {})
        stance = author_stance(document)
        misses, records = [], []
        for actor, sign in entry["signs"].items():
            record = stance.get(plain(actor))
            records.append((record, sign))
            polarity = record.polarity if record is not None else None
            got = sign_of(polarity) if record is not None else "none"
            if got != sign:
                misses.append({"actor": actor, "expected": sign, "got": got, "polarity": polarity,
                               "reasons": list(record.reasons[:3]) if record is not None else []})
        firm_here = []
        for actor in entry.get("neutral", ()):
            record = stance.get(plain(actor))
            if record is not None and sign_of(record.polarity) != "0":
                firm_here.append(f"{name}: {actor} {record.polarity:+.2f}")
        n = len(entry["signs"])
        attacked = sum(sign == "-" for sign in entry["signs"].values())
        attacked_right = attacked - sum(m["expected"] == "-" for m in misses)
        docs[name] = {"actors": n, "right": n - len(misses), "accuracy": (n - len(misses)) / n,
                      "attacked": attacked, "attacked_right": attacked_right,
                      "sealed": sealed, "open": entry.get("open"), "misses": [] if sealed else misses}
        if not sealed:
            firm.extend(firm_here)
        mine = ["all", "sealed" if sealed else "development"]
        if isinstance(entry.get("sealed"), str):  # "sealed": "round 12": also that round's group
            mine.append(f"sealed {entry['sealed']}")
        if isinstance(entry.get("open"), str):  # "open": "round 13": written blind, then developed on
            mine.append(f"open {entry['open']}")
        for group in mine:
            totals = totals_of(group)
            totals["documents"] += 1
            totals["actors"] += n
            totals["right"] += n - len(misses)
            totals["attacked"] += attacked
            totals["attacked_right"] += attacked_right
            totals["neutral"] += len(entry.get("neutral", ()))
            totals["neutral_with_stance"] += len(firm_here)
            for record, sign in records:
                count_outcome(breakdown_of(totals, sign), record, sign)
    for totals in groups.values():
        for sign in "-+":
            finish_breakdown(breakdown_of(totals, sign))
        totals["accuracy"] = totals["right"] / totals["actors"] if totals["actors"] else 0.0
        totals["attacked_accuracy"] = totals["attacked_right"] / totals["attacked"] if totals["attacked"] else 0.0
    everything = groups.pop("all")
    return {"documents": docs, "actors": everything["actors"], "right": everything["right"],
            "accuracy": everything["accuracy"], "attacked": everything["attacked"],
            "attacked_right": everything["attacked_right"],
            "attacked_accuracy": everything["attacked_accuracy"], "neutral": everything["neutral"],
            "neutral_with_stance": firm, "attacked_breakdown": everything["attacked_breakdown"],
            "favoured_breakdown": everything["favoured_breakdown"], **groups}


def report(result: dict, errors: bool = False, breakdown: bool = False, sealed: bool = True,
           check: str | None = None) -> list[str]:
    """The printed lines of ``score_opeds``'s result. ``sealed=False`` leaves out every sealed document,
    every sealed group with its breakdown lines, and the totals over all op-eds (which count the sealed
    ones), so that a rule writer may read the whole output without seeing a blind number. ``check``
    ("round 34") names an open round kept as a rule writer's check set: only its group totals are
    printed, none of its documents, misses or firm neutral actors."""
    lines = []
    checked = {name for name, d in result["documents"].items() if check and d.get("open") == check}
    for name, d in result["documents"].items():
        if (d["sealed"] and not sealed) or name in checked:
            continue
        lines.append(f"{name:45s} {d['right']}/{d['actors']}  attacked {d['attacked_right']}/{d['attacked']}"
                     + ("  (sealed)" if d["sealed"] else ""))
        if errors:
            for m in d["misses"]:
                pol = "none" if m["polarity"] is None else f"{m['polarity']:+.2f}"
                lines.append(f"    {m['actor']}: expected {m['expected']} got {m['got']} ({pol}) {m['reasons']}")
    prefixes = ("open", "sealed") if sealed else ("open",)
    for group in [k for k in result if k == "development" or k.startswith(prefixes)]:
        g = result[group]
        lines.append(f"{group}: {g['right']}/{g['actors']} = {g['accuracy']:.3f} in {g['documents']} documents; "
                     f"neutral actors with a firm stance: {g['neutral_with_stance']}/{g['neutral']}")
        lines.append(f"{group}: attacked actors (gold '-') with a negative stance: "
                     f"{g['attacked_right']}/{g['attacked']} = {g['attacked_accuracy']:.3f}")
        if breakdown:
            for label, key in (("attacked", "attacked_breakdown"), ("favoured", "favoured_breakdown")):
                b = g[key]
                zone = "" if b["dead_zone_mean"] is None else f" (mean {b['dead_zone_mean']:+.3f})"
                lines.append(f"    {label}: " + ", ".join(f"{k} {b[k]}" for k in OUTCOMES) + zone
                             + f"; own evidence {b['with_own_evidence']}, of the misses {b['missed_with_own_evidence']}")
                if b["missed_families"]:
                    lines.append("      misses' evidence: "
                                 + ", ".join(f"{k} {n}" for k, n in b["missed_families"].items()))
    if sealed:
        lines.append(f"op-ed author stance sign accuracy: {result['right']}/{result['actors']} = {result['accuracy']:.3f}")
        lines.append(f"attacked actors with a negative stance: {result['attacked_right']}/{result['attacked']} "
                     f"= {result['attacked_accuracy']:.3f}")
    if errors:
        lines += [f"    neutral {line}" for line in result["neutral_with_stance"]
                  if line.split(":")[0] not in checked]
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description="Author stance sign accuracy on the op-eds of tests/data/opeds")
    ap.add_argument("--errors", action="store_true",
                    help="list each miss with its top reasons (not for sealed documents)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--breakdown", action="store_true",
                    help="per group, the attacked and favoured actors per outcome family (counts only)")
    ap.add_argument("--no-sealed", action="store_true",
                    help="print nothing of the sealed op-eds: no document line, group, breakdown or all-op-ed total")
    ap.add_argument("--check-set", default=None, metavar="ROUND",
                    help='an open round ("round 34") kept as a check set: its totals only, no document or miss')
    args = ap.parse_args()
    result = score_opeds()
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print("\n".join(report(result, args.errors, args.breakdown, sealed=not args.no_sealed,
                                 check=args.check_set)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
