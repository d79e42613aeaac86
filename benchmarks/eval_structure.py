"""Score the structure stage's commentary-vs-news sentence cues on NewsSD-ENG.

    .venv/bin/python benchmarks/eval_structure.py [--split val|train]

Reads ../shared/data/newssd (CheckThat! 2023 task 2, English; CC BY 4.0) and
prints macro-F1 and per-class precision/recall of the structure stage's
sentence model (SUBJ = commentary, OBJ = news). Exits 0 with a message when
the data is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "newssd"


def score(split: str = "val", nlp=None) -> dict[str, float]:
    import csv

    from communique.nlp import load_nlp
    from communique.structure.subjectivity import COMMENTARY_THRESHOLD, commentary_probability

    nlp = nlp or load_nlp()
    with open(DATA / f"{split}.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    gold = [r["Label"] == "SUBJ" for r in rows]
    pred = [commentary_probability(d[:]) > COMMENTARY_THRESHOLD
            for d in nlp.pipe([r["Sentence"].strip() for r in rows], batch_size=64)]
    out = {}
    f1s = []
    for label, positive in (("commentary", True), ("news", False)):
        tp = sum(1 for g, p in zip(gold, pred) if g == positive and p == positive)
        fp = sum(1 for g, p in zip(gold, pred) if g != positive and p == positive)
        fn = sum(1 for g, p in zip(gold, pred) if g == positive and p != positive)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out.update({f"{label}_precision": prec, f"{label}_recall": rec, f"{label}_f1": f1})
        f1s.append(f1)
    out["macro_f1"] = sum(f1s) / 2
    out["sentences"] = len(rows)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="val", choices=["val", "train"])
    args = ap.parse_args()
    if not DATA.exists():
        print(f"NewsSD data not found at {DATA}; nothing to score")
        return 0
    from communique.nlp import load_nlp, model_info
    from communique.structure.subjectivity import load_model, model_kind

    nlp = load_nlp()
    result = score(args.split, nlp)
    model = load_model(model_kind(nlp("x")))
    print(f"NewsSD-ENG {args.split} ({result['sentences']} sentences), model {model_info(nlp).name}; "
          f"sentence model C={model.get('C')}, train CV macro-F1 {model.get('cv_block_macro_f1')} (article blocks), "
          f"{model.get('cv_shuffled_macro_f1')} (shuffled)")
    for key, value in result.items():
        if key != "sentences":
            print(f"  {key:22s} {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
