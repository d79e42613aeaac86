"""Train the stance model (target sentiment) on NewsMTSC and write it as package data.

    .venv/bin/python scripts/train_stance.py [--data ../shared/data/newsmtsc/train.jsonl]

Data: NewsMTSC (Hamborg & Donnay, "NewsMTSC: (Multi-)Target-dependent Sentiment
Classification in News Articles", EACL 2021), MIT licence. Articles for which
``communique.rhetoric.stance_model.heldout`` is true are never trained on; the
script reports macro-F1 on them. Features: MiniLM (int8 ONNX) target, window and
sentence vectors; classifier: scikit-learn logistic regression, exported to numpy.
Writes src/communique/models/stance/stance_lr.npz and stance_lr.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "newsmtsc" / "train.jsonl"
OUT_DIR = ROOT / "src" / "communique" / "models" / "stance"
LABELS = {2.0: 0, 4.0: 1, 6.0: 2}
#: Regularisation strengths tried (inverse, scikit-learn's C); picked by 5-fold CV on the training part.
C_GRID = (0.01, 0.03, 0.1, 0.3)


def load_items(path: Path):
    from communique.rhetoric.stance_model import heldout

    rows = []
    for line in path.read_text("utf-8").splitlines():
        d = json.loads(line)
        for t in d["targets"]:
            spans = [(t["from"], t["to"])]
            rows.append((d["sentence_normalized"], spans, LABELS[float(t["polarity"])],
                         heldout(t["Input.gid"]) or heldout(d["primary_gid"])))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/communique_newsmtsc_features.npy"))
    args = ap.parse_args()
    if not args.data.exists():
        print(f"NewsMTSC not found at {args.data}", file=sys.stderr)
        return 2
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import classification_report, f1_score
    from sklearn.model_selection import cross_val_score

    from communique.rhetoric.encoder import target_features
    from communique.rhetoric.stance_model import CLASSES, HELDOUT_PERCENT

    rows = load_items(args.data)
    t0 = time.time()
    if args.cache.exists() and np.load(args.cache).shape[0] == len(rows):
        X = np.load(args.cache)
    else:
        X = target_features([(s, spans) for s, spans, _, _ in rows])
        np.save(args.cache, X)
    print(f"features for {len(rows)} targets in {time.time() - t0:.0f}s", file=sys.stderr)
    y = np.array([r[2] for r in rows])
    held = np.array([r[3] for r in rows])
    Xtr, ytr = X[~held], y[~held]
    mean, scale = Xtr.mean(axis=0), Xtr.std(axis=0) + 1e-6
    Ztr = (Xtr - mean) / scale
    best_c, best = None, -1.0
    for c in C_GRID:
        clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        score = cross_val_score(clf, Ztr, ytr, cv=5, scoring="f1_macro").mean()
        print(f"C={c}: CV macro-F1 {score:.3f}", file=sys.stderr)
        if score > best:
            best_c, best = c, score
    clf = LogisticRegression(C=best_c, max_iter=2000, class_weight="balanced").fit(Ztr, ytr)
    pred = clf.predict((X[held] - mean) / scale)
    macro = f1_score(y[held], pred, average="macro")
    print(classification_report(y[held], pred, target_names=CLASSES, digits=3), file=sys.stderr)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT_DIR / "stance_lr.npz", mean=mean.astype(np.float32), scale=scale.astype(np.float32),
                        coef=clf.coef_.astype(np.float32), intercept=clf.intercept_.astype(np.float32))
    meta = {
        "classes": list(CLASSES),
        "features": "all-MiniLM-L6-v2 int8 ONNX: mean of target pieces, of a +-6 piece window, of the sentence",
        "classifier": f"LogisticRegression(C={best_c}, class_weight='balanced'), standardised inputs",
        "data": "NewsMTSC train.jsonl (Hamborg & Donnay, EACL 2021), MIT licence",
        "heldout": f"articles whose sha256(article id) % 100 < {HELDOUT_PERCENT}; never trained on",
        "n_train": int((~held).sum()), "n_heldout": int(held.sum()),
        "cv_macro_f1": round(float(best), 4), "heldout_macro_f1": round(float(macro), 4),
    }
    (OUT_DIR / "stance_lr.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
