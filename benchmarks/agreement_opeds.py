"""How far two annotations of op-ed author stance agree (issue 18's ceiling).

Both files have the format of ``tests/data/opeds/gold.json``: per op-ed, ``signs`` (actor ->
``"-"`` attacked / ``"+"`` favoured) and ``neutral`` (actors named but treated neutrally). An
actor is read as ``-``, ``+`` or ``0`` (neutral); an actor absent from one file's entry is "only
in the other". Per op-ed and in total:

* the actors in both, only in A, only in B; of those in both, signs agreeing, opposite, one
  neutral;
* attacked recall A -> B: of A's attacked actors, how many B also marks attacked (issue 18's
  acceptance measure with B as the system; an actor B lacks counts as a miss), and B -> A;
* the same for all signed actors (``-`` or ``+``) read with the other's sign;
* Cohen's kappa over the actors in both files (three classes ``-``, ``0``, ``+``).

``--alias A=B`` (repeatable) reads actor A as B in both files (a name one annotator gave and the
other wrote as ISO3, e.g. an army as its state). ``--pipeline`` also runs the pipeline on the
op-eds compared and scores it against each file as ``eval_opeds.py`` does (a missing record or a
polarity inside the dead zone is a miss).

Only op-eds present in both files are compared; the sealed gold file and any entry with a
``"sealed"`` key are never read.

    PYTHONPATH=src python benchmarks/agreement_opeds.py [--a GOLD] [--b OTHER] [--alias X=Y]
        [--pipeline] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "opeds" / "gold.json"
SECOND = ROOT / "tests" / "data" / "agreement" / "second_annotator_opeds.json"
SEALED_NAME = "sealed_gold.json"
CLASSES = ("-", "0", "+")


def load(path: Path | str, aliases: dict | None = None) -> dict:
    """``{op-ed: {actor: "-" | "0" | "+"}}`` from a gold-format file; entries marked sealed and
    keys starting with ``_`` are skipped. The sealed gold file itself is refused."""
    path = Path(path)
    if path.name == SEALED_NAME:
        raise ValueError("the sealed gold is never read")
    raw = json.loads(path.read_text("utf-8"))
    aliases = aliases or {}
    out = {}
    for name, entry in raw.items():
        if name.startswith("_") or not isinstance(entry, dict) or entry.get("sealed"):
            continue
        labels = {}
        for actor in entry.get("neutral", ()):
            labels[aliases.get(actor, actor)] = "0"
        for actor, sign in entry.get("signs", {}).items():
            if sign not in ("-", "+"):
                raise ValueError(f"{name}: sign {sign!r} of {actor!r} is not '-' or '+'")
            labels[aliases.get(actor, actor)] = sign
        out[name] = labels
    return out


def kappa(pairs: list) -> float | None:
    """Cohen's kappa over ``(label A, label B)`` pairs; None with no pairs; 1.0 when chance
    agreement is total and the labels agree."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    count_a = Counter(a for a, _ in pairs)
    count_b = Counter(b for _, b in pairs)
    expected = sum(count_a[c] * count_b[c] for c in CLASSES) / (n * n)
    if expected >= 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1.0 - expected)


def _recall(source: dict, other: dict, signs: tuple) -> tuple:
    """Of ``source``'s actors with a sign in ``signs``, how many ``other`` gives the same sign."""
    wanted = [actor for actor, sign in source.items() if sign in signs]
    right = sum(other.get(actor) == source[actor] for actor in wanted)
    return right, len(wanted)


def compare(a: dict, b: dict) -> dict:
    """Per op-ed in both and in total: list and sign agreement, attacked recall both ways, kappa."""
    docs, pairs = {}, []
    total = Counter()
    for name in sorted(set(a) & set(b)):
        la, lb = a[name], b[name]
        both = sorted(set(la) & set(lb))
        here = [(la[x], lb[x]) for x in both]
        pairs.extend(here)
        row = {
            "both": both,
            "only_a": sorted(set(la) - set(lb)),
            "only_b": sorted(set(lb) - set(la)),
            "agree": sum(x == y for x, y in here),
            "opposite": sum({x, y} == {"-", "+"} for x, y in here),
            "one_neutral": sum(x != y and "0" in (x, y) for x, y in here),
            "disagreements": [f"{x}: A {la[x]} B {lb[x]}" for x in both if la[x] != lb[x]],
        }
        row["attacked_a_to_b"] = _recall(la, lb, ("-",))
        row["attacked_b_to_a"] = _recall(lb, la, ("-",))
        row["signed_a_to_b"] = _recall(la, lb, ("-", "+"))
        row["signed_b_to_a"] = _recall(lb, la, ("-", "+"))
        docs[name] = row
        total["n_documents"] += 1
        total["both"] += len(both)
        total["only_a"] += len(row["only_a"])
        total["only_b"] += len(row["only_b"])
        for key in ("agree", "opposite", "one_neutral"):
            total[key] += row[key]
        for key in ("attacked_a_to_b", "attacked_b_to_a", "signed_a_to_b", "signed_b_to_a"):
            total[key + "_right"] += row[key][0]
            total[key + "_of"] += row[key][1]
    result = {"documents": docs, **total, "kappa": kappa(pairs)}
    # kappa over the signed actors of either file only (ignoring actors both call neutral)
    result["kappa_signed"] = kappa([p for p in pairs if p != ("0", "0")])
    return result


def pipeline_signs(names) -> dict:
    """``{op-ed: {actor key: "-" | "0" | "+"}}`` from the pipeline's author stance, keyed as
    ``eval_opeds.py`` keys it (names, mention texts, ISO3 of state-level actors)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_opeds import OPEDS, author_stance, plain, sign_of

    from communique import analyze

    out = {}
    for name in names:
        if not (OPEDS / name).exists():
            continue
        document = analyze((OPEDS / name).read_text("utf-8"))
        out[name] = {key: sign_of(s.polarity) for key, s in author_stance(document).items()}
    return out


def score_pipeline(gold: dict, predicted: dict) -> dict:
    """The pipeline against one gold: signed actors right, attacked right, neutral made firm."""
    from eval_opeds import plain

    total = Counter()
    rows = {}
    for name, labels in sorted(gold.items()):
        if name not in predicted:
            continue
        got = predicted[name]
        row = Counter()
        misses = []
        for actor, sign in labels.items():
            mine = got.get(plain(actor))
            if sign == "0":
                row["neutral"] += 1
                row["neutral_firm"] += mine in ("-", "+")
                continue
            row["signed"] += 1
            row["signed_right"] += mine == sign
            if sign == "-":
                row["attacked"] += 1
                row["attacked_right"] += mine == sign
            if mine != sign:
                misses.append(f"{actor}: expected {sign} got {mine or 'none'}")
        rows[name] = {**row, "misses": misses}
        total.update(row)
    return {"documents": rows, **total}


def _ratio(right: int, of: int) -> str:
    return f"{right}/{of} = {right / of:.3f}" if of else f"{right}/0"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", default=str(GOLD), help="first annotation (default: the open gold)")
    parser.add_argument("--b", default=str(SECOND), help="second annotation")
    parser.add_argument("--alias", action="append", default=[], help="X=Y: read actor X as Y")
    parser.add_argument("--pipeline", action="store_true", help="also score the pipeline on both")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    aliases = dict(item.split("=", 1) for item in args.alias)
    a, b = load(args.a, aliases), load(args.b, aliases)
    common = sorted(set(a) & set(b))
    a = {k: a[k] for k in common}
    b = {k: b[k] for k in common}
    result = compare(a, b)
    if args.pipeline:
        predicted = pipeline_signs(common)
        result["pipeline_vs_a"] = score_pipeline(a, predicted)
        result["pipeline_vs_b"] = score_pipeline(b, predicted)
    if args.json:
        print(json.dumps(result, indent=1, default=list))
        return 0
    for name, row in result["documents"].items():
        print(f"{name}: both {len(row['both'])}, agree {row['agree']}, opposite {row['opposite']},"
              f" one neutral {row['one_neutral']}; attacked A->B {_ratio(*row['attacked_a_to_b'])},"
              f" B->A {_ratio(*row['attacked_b_to_a'])}")
        for item in row["disagreements"]:
            print(f"    sign  {item}")
        for actor in row["only_a"]:
            print(f"    only A  {actor} {a[name][actor]}")
        for actor in row["only_b"]:
            print(f"    only B  {actor} {b[name][actor]}")
    r = result
    print(f"op-eds {r['n_documents']}; actors in both {r['both']},"
          f" only A {r['only_a']}, only B {r['only_b']}")
    print(f"in both: agree {r['agree']}, opposite {r['opposite']}, one neutral {r['one_neutral']};"
          f" kappa {r['kappa']:.3f} (without actors both call neutral {r['kappa_signed']:.3f})")
    print(f"attacked A->B {_ratio(r['attacked_a_to_b_right'], r['attacked_a_to_b_of'])};"
          f" B->A {_ratio(r['attacked_b_to_a_right'], r['attacked_b_to_a_of'])}")
    print(f"signed A->B {_ratio(r['signed_a_to_b_right'], r['signed_a_to_b_of'])};"
          f" B->A {_ratio(r['signed_b_to_a_right'], r['signed_b_to_a_of'])}")
    for key, label in (("pipeline_vs_a", "A"), ("pipeline_vs_b", "B")):
        if key not in r:
            continue
        p = r[key]
        for name, row in p["documents"].items():
            print(f"pipeline vs {label} {name}: signed {row.get('signed_right', 0)}/{row.get('signed', 0)},"
                  f" attacked {row.get('attacked_right', 0)}/{row.get('attacked', 0)},"
                  f" neutral firm {row.get('neutral_firm', 0)}/{row.get('neutral', 0)}")
            for miss in row["misses"]:
                print(f"    {miss}")
        print(f"pipeline vs {label}: signed {_ratio(p.get('signed_right', 0), p.get('signed', 0))},"
              f" attacked {_ratio(p.get('attacked_right', 0), p.get('attacked', 0))},"
              f" neutral firm {p.get('neutral_firm', 0)}/{p.get('neutral', 0)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
