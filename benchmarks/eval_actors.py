"""Score actor resolution against third-party expectations in ../shared/data.

1. NGEC actor-resolution expectations (ngec/ngec_actor_resolution_expected.jsonl):
   each row is a mention (+ optional context and date) with the expected country
   (ISO3, "" for none, IGO/UNO/EUR for international bodies) and sector code.
   Rows dated "today" depend on the day they were written and are left out.
   NGEC codes are mapped to communique's list: MED (medical) -> HLH, JRN -> MED,
   religious sub-codes -> REL.
2. PLOVER gold records (plover/plover_gsr_normalized.jsonl): for every source and
   target actor with an ISO3 country, does ``resolve_text(actor text, context=sentence)``
   give that country? (--pipeline also checks the full pipeline's actors.)

Usage: python benchmarks/eval_actors.py [--data ../shared/data] [--misses] [--pipeline]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"

#: NGEC sector codes that communique writes differently.
NGEC_SECTOR_MAP = {"MED": "HLH", "JRN": "MED", "BUD": "REL", "MOS": "REL", "CHR": "REL", "JEW": "REL",
                   "SOC": "NGO"}
#: Old or mistyped country codes in the PLOVER gold, mapped to ISO 3166-1 alpha-3.
PLOVER_CODE_MAP = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: NGEC's country codes for international bodies.
INTERNATIONAL = {"IGO": None, "UNO": "igo:un", "EUR": "igo:eu"}
TODAY = {"today", "now"}


def _kb():
    from communique.actors import load_kb

    return load_kb()


def _in_family(key: str | None, family: str) -> bool:
    kb = _kb()
    seen = 0
    while key and seen < 5:
        if key == family or key.startswith(family + ":"):
            return True
        entry = kb.entries.get(key)
        if entry is None:
            return False
        key, seen = entry.parent, seen + 1
    return False


def ngec_rows(data: Path) -> list[dict]:
    path = data / "ngec" / "ngec_actor_resolution_expected.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def depends_on_today(row: dict) -> bool:
    return str(row.get("date") or "").strip().lower() in TODAY


def _country_ok(guess, op: str, value: str) -> bool:
    got = guess.country if guess else None
    if op == "NotEq":
        return got != (value or None)
    if value in INTERNATIONAL:
        if guess is None or got is not None:
            return False
        family = INTERNATIONAL[value]
        if family is None:
            return guess.kind == "igo" or guess.sector == "IGO" or (guess.key or "").startswith("igo:")
        return _in_family(guess.key, family) or (guess.key or "").startswith(family)
    return got == (value or None)


def _sector_ok(guess, op: str, value) -> bool:
    got = guess.sector if guess else None
    if op == "In":
        return got in {NGEC_SECTOR_MAP.get(v, v) for v in value}
    want = NGEC_SECTOR_MAP.get(value, value) or None
    return got == want


def score_ngec(data: Path, show_misses: bool = False) -> dict:
    from communique.actors import resolve_text

    counts = collections.Counter()
    misses: dict[str, list[str]] = collections.defaultdict(list)
    for row in ngec_rows(data):
        if not row.get("query") or depends_on_today(row):
            counts["skipped"] += 1
            continue
        exp = row["expected"]
        guess = resolve_text(row["query"], context=row.get("context") or None, date=row.get("date") or None)
        kind = guess.kind if guess else "none"
        if "country" in exp:
            ok = _country_ok(guess, exp["country"]["op"], exp["country"]["value"])
            counts["country_n"] += 1
            counts["country_ok"] += ok
            if not ok:
                misses[f"country/{kind}"].append(
                    f"{row['query']!r} ctx={row.get('context')!r} date={row.get('date')!r}: "
                    f"want {exp['country']['value']!r} got {guess.country if guess else None!r}")
        code = exp.get("code_1")
        if code and code.get("value") != "????":
            ok = _sector_ok(guess, code["op"], code["value"])
            counts["sector_n"] += 1
            counts["sector_ok"] += ok
            if not ok:
                misses[f"sector/{kind}"].append(
                    f"{row['query']!r} date={row.get('date')!r}: want {code['value']!r} "
                    f"got {guess.sector if guess else None!r} ({guess.how if guess else 'abstained'})")
    result = {
        "country_accuracy": counts["country_ok"] / max(1, counts["country_n"]),
        "sector_accuracy": counts["sector_ok"] / max(1, counts["sector_n"]),
        "country_n": counts["country_n"], "sector_n": counts["sector_n"], "skipped_today": counts["skipped"],
        "misses_by_kind": {k: len(v) for k, v in sorted(misses.items())},
    }
    if show_misses:
        result["misses"] = dict(misses)
    return result


def plover_actors(data: Path) -> list[tuple[str, str, str, str]]:
    """(record id, sentence, actor text, ISO3) for gold actors with a country code."""
    import pycountry

    out = []
    path = data / "plover" / "plover_gsr_normalized.jsonl"
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        for actor in rec.get("actors", []) + rec.get("recipients", []):
            code = PLOVER_CODE_MAP.get(actor.get("code"), actor.get("code"))
            if not code or not actor.get("text"):
                continue
            if code != "XKX" and pycountry.countries.get(alpha_3=code) is None:
                continue  # IGO, NGO, IMG and other non-state codes
            out.append((rec["id"], rec["text"], actor["text"], code))
    return out


def score_plover(data: Path, show_misses: bool = False, pipeline: bool = False) -> dict:
    from communique.actors import resolve_text

    items = plover_actors(data)
    ok, missed = 0, []
    for rid, sentence, text, code in items:
        guess = resolve_text(text, context=sentence)
        if guess is not None and guess.country == code:
            ok += 1
        else:
            missed.append(f"{rid}: {text!r} want {code} got {guess.country if guess else None} "
                          f"({guess.how if guess else 'abstained'})")
    result = {"iso3_recall": ok / max(1, len(items)), "n": len(items)}
    if pipeline:
        result["pipeline_iso3_recall"] = _pipeline_recall(items)
    if show_misses:
        result["misses"] = missed
    return result


def _pipeline_recall(items) -> float:
    from communique.pipeline import get_pipeline

    nlp = get_pipeline()
    docs: dict[str, object] = {}
    ok = 0
    for rid, sentence, text, code in items:
        if rid not in docs:
            docs[rid] = nlp({"text": sentence})  # a dict: never mistaken for a path
        doc = docs[rid]
        at = sentence.find(text)
        if at < 0:
            continue
        end = at + len(text)
        if any(a.country == code and any(s < end and at < e for s, e in a.mentions) for a in doc.actors):
            ok += 1
    return ok / max(1, len(items))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--misses", action="store_true", help="list every miss")
    ap.add_argument("--pipeline", action="store_true", help="also score the full pipeline on PLOVER sentences")
    args = ap.parse_args(argv)
    if not args.data.exists():
        sys.stderr.write(f"evaluation data not found: {args.data}\n")
        return 2
    ngec = score_ngec(args.data, args.misses)
    plover = score_plover(args.data, args.misses, args.pipeline)
    out = sys.stdout
    out.write(f"NGEC actor resolution ({ngec['country_n']} country / {ngec['sector_n']} sector expectations, "
              f"{ngec['skipped_today']} 'today' rows left out)\n")
    out.write(f"  country accuracy {ngec['country_accuracy']:.3f}\n  sector accuracy  {ngec['sector_accuracy']:.3f}\n")
    out.write("  misses by kind: " + json.dumps(ngec["misses_by_kind"]) + "\n")
    out.write(f"PLOVER gold actors with ISO3 ({plover['n']}): resolver recall {plover['iso3_recall']:.3f}\n")
    if "pipeline_iso3_recall" in plover:
        out.write(f"  pipeline recall {plover['pipeline_iso3_recall']:.3f}\n")
    if args.misses:
        for kind, rows in ngec.get("misses", {}).items():
            out.write(f"\n[NGEC {kind}]\n" + "\n".join("  " + r for r in rows) + "\n")
        out.write("\n[PLOVER]\n" + "\n".join("  " + r for r in plover.get("misses", [])) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
