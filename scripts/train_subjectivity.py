"""Train the sentence commentary-vs-news model shipped with the structure stage.

Data: NewsSD-ENG (CheckThat! 2023 task 2, English), CC BY 4.0, read from
../shared/data/newssd. Only the train split is read: the regularisation
strength and the weight of the word-vector block are chosen here by
cross-validation on train (8 contiguous folds, so that sentences of one article
stay together and each fold tests on unseen articles; 3x5-fold shuffled CV is
reported alongside), with the one-standard-error rule: the most regularised
setting within one standard error of the best score. Val is never read; measure it with
``benchmarks/eval_structure.py``.

Writes src/communique/resources/structure/subjectivity.en.json with two models: "vectors"
(cues + guideline cues + mean word vectors, for en_core_web_md) and "cues"
(cues + guideline cues, for the sm fallback, which has no static vectors).

    .venv/bin/python scripts/train_subjectivity.py
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import KFold, StratifiedKFold

from communique.nlp import load_nlp
from communique.structure.subjectivity import MODEL_FILE, features

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "newssd"
OUT = ROOT / "src" / "communique" / "resources" / MODEL_FILE
#: Inverse L2 strengths tried by cross-validation.
C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3)
#: Weights of the standardised word-vector block relative to the cues (smaller = shrunk harder).
VECTOR_WEIGHT_GRID = (0.1, 0.2, 0.35, 0.5, 1.0)
#: Contiguous folds for model selection (the train split is ordered by article).
BLOCK_FOLDS = 8


def _standardise(x_train, names, vec_weight):
    """Mean and scale per column; ``vec:`` columns get their scale divided by ``vec_weight``."""
    mean, scale = x_train.mean(axis=0), x_train.std(axis=0) + 1e-6
    block = np.array([vec_weight if n.startswith("vec:") else 1.0 for n in names])
    return mean, scale / block


def _fit(x, y, names, c, vec_weight):
    mean, scale = _standardise(x, names, vec_weight)
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit((x - mean) / scale, y)
    return clf, mean, scale


def _cv(x, y, names, c, vec_weight, folds) -> tuple[float, float]:
    """Macro-F1 of out-of-fold predictions pooled over each group of ``folds`` (lists of
    (train, test) index arrays), averaged over groups, and its standard error over the folds."""
    scores, per_fold = [], []
    for group in folds:
        pred = np.zeros(len(y), dtype=bool)
        for tr, te in group:
            clf, mean, scale = _fit(x[tr], y[tr], names, c, vec_weight)
            pred[te] = clf.predict((x[te] - mean) / scale).astype(bool)
            per_fold.append(f1_score(y[te], pred[te], average="macro"))
        scores.append(f1_score(y, pred, average="macro"))
    return float(np.mean(scores)), float(np.std(per_fold) / np.sqrt(len(per_fold)))


def train(feats: list[dict], y: np.ndarray, with_vectors: bool) -> dict:
    dv = DictVectorizer(sparse=False)
    x = dv.fit_transform(feats)
    names = dv.feature_names_
    block = [list(KFold(BLOCK_FOLDS, shuffle=False).split(x))]
    shuffled = [list(StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y)) for seed in (0, 1, 2)]
    grid = list(itertools.product(C_GRID, VECTOR_WEIGHT_GRID if with_vectors else (1.0,)))
    results = {(c, w): _cv(x, y, names, c, w, block) for c, w in grid}
    for (c, w), (score, se) in sorted(results.items()):
        print(f"  C={c:<6} vector weight={w:<5} block-CV macro-F1 {score:.3f} (se {se:.3f})", file=sys.stderr)
    # one-standard-error rule: the most regularised setting (smallest C, then smallest
    # vector weight) whose score is within one standard error of the best one
    best_score, best_se = max(results.values())
    c, w = min((k for k, (score, _) in results.items() if score >= best_score - best_se))
    shuffled_score, _ = _cv(x, y, names, c, w, shuffled)
    clf, mean, scale = _fit(x, y, names, c, w)
    return {
        "intercept": round(float(clf.intercept_[0]), 6),
        "weights": {n: round(float(v), 6) for n, v in zip(names, clf.coef_[0])},
        "mean": {n: round(float(m), 6) for n, m in zip(names, mean)},
        "scale": {n: round(float(s), 6) for n, s in zip(names, scale)},
        "C": c, "vector_weight": w if with_vectors else None,
        "cv_block_macro_f1": round(results[(c, w)][0], 4),
        "cv_block_best_macro_f1": round(best_score, 4),
        "cv_shuffled_macro_f1": round(shuffled_score, 4),
    }


def main() -> None:
    train_df = pd.read_csv(DATA / "train.csv")
    y = (train_df.Label == "SUBJ").astype(int).values
    texts = [s.strip() for s in train_df.Sentence]
    models = {}
    for kind, short in (("vectors", "md"), ("cues", "sm")):
        nlp = load_nlp(short)
        feats = [features(d[:]) for d in nlp.pipe(texts, batch_size=64)]
        if kind == "cues":
            feats = [{k: v for k, v in f.items() if not k.startswith("vec:")} for f in feats]
        models[kind] = train(feats, y, with_vectors=kind == "vectors")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "about": "Commentary (subjective) vs news (objective) sentence models for communique's structure stage. "
                 "Trained on NewsSD-ENG train (CheckThat! 2023 task 2, CC BY 4.0) by scripts/train_subjectivity.py; "
                 "hyper-parameters chosen by cross-validation on train only.",
        "models": models}, sort_keys=True) + "\n")
    for kind, m in models.items():
        print(f"{kind}: C={m['C']} vector weight={m['vector_weight']} block-CV macro-F1 "
              f"{m['cv_block_macro_f1']:.3f}, shuffled 3x5-fold {m['cv_shuffled_macro_f1']:.3f} "
              f"({len(m['weights'])} weights)")


if __name__ == "__main__":
    main()
