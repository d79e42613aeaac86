"""Train the sentence commentary-vs-news model shipped with the structure stage.

Data: NewsSD-ENG (CheckThat! 2023 task 2, English), CC BY 4.0, read from
../shared/data/newssd (train split only; val is kept for measuring).
Writes src/communique/models/subjectivity.en.json with two models: "vectors"
(cues + mean word vectors, for en_core_web_md) and "cues" (cues only, for the
sm fallback, which has no static vectors).

    .venv/bin/python scripts/train_subjectivity.py
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from communique.nlp import load_nlp
from communique.structure.subjectivity import MODEL_FILE, features

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "newssd"
OUT = ROOT / "src" / "communique" / "models" / MODEL_FILE
#: Inverse L2 strength per model, chosen by 5-fold cross-validation on train.
C_BY_KIND = {"vectors": 0.01, "cues": 0.3}


def fit(train_feats, y, val_feats, yv, c):
    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform(train_feats)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit((x - mean) / scale, y)
    xv = (vec.transform(val_feats) - mean) / scale
    f1 = f1_score(yv, clf.predict(xv), average="macro")
    names = vec.feature_names_
    return {
        "intercept": round(float(clf.intercept_[0]), 6),
        "weights": {n: round(float(w), 6) for n, w in zip(names, clf.coef_[0])},
        "mean": {n: round(float(m), 6) for n, m in zip(names, mean)},
        "scale": {n: round(float(s), 6) for n, s in zip(names, scale)},
        "C": c, "val_macro_f1": round(float(f1), 4),
    }


def main() -> None:
    nlp = load_nlp("md")
    train, val = pd.read_csv(DATA / "train.csv"), pd.read_csv(DATA / "val.csv")
    ftr = [features(d[:]) for d in nlp.pipe([s.strip() for s in train.Sentence])]
    fva = [features(d[:]) for d in nlp.pipe([s.strip() for s in val.Sentence])]
    y, yv = (train.Label == "SUBJ").astype(int).values, (val.Label == "SUBJ").astype(int).values
    cues = lambda fs: [{k: v for k, v in f.items() if k.startswith("cue:")} for f in fs]
    models = {"vectors": fit(ftr, y, fva, yv, C_BY_KIND["vectors"]),
              "cues": fit(cues(ftr), y, cues(fva), yv, C_BY_KIND["cues"])}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "about": "Commentary (subjective) vs news (objective) sentence models for communique's structure stage. "
                 "Trained on NewsSD-ENG train (CheckThat! 2023 task 2, CC BY 4.0) by scripts/train_subjectivity.py.",
        "models": models}, sort_keys=True) + "\n")
    for kind, m in models.items():
        print(f"{kind}: val macro-F1 {m['val_macro_f1']:.3f} ({len(m['weights'])} weights)")


if __name__ == "__main__":
    main()
