"""Train a stance model (target sentiment) on NewsMTSC and write it as package data.

    .venv/bin/python scripts/train_stance.py [--model fast|minilm] [--data ../shared/data/newsmtsc/train.jsonl]

Data: NewsMTSC (Hamborg & Donnay, "NewsMTSC: (Multi-)Target-dependent Sentiment
Classification in News Articles", EACL 2021), MIT licence. Articles for which
``communique.rhetoric.stance_model.heldout`` is true are never trained on; the
script reports macro-F1 on them. Classifier: scikit-learn logistic regression
(C chosen by 5-fold cross-validation on the training part), exported to numpy.

* ``--model fast`` (the default model of the stance stage): hashed lemma and
  dependency features of the target in its spaCy parse
  (``communique.rhetoric.stance_features``); the sentences are parsed with the
  pipeline's model (``COMMUNIQUE_MODEL``). Writes ``resources/rhetoric/stance_hash.npz|.json``.
* ``--model minilm``: MiniLM (int8 ONNX) target, window and sentence vectors
  (``communique.rhetoric.encoder``). Writes ``resources/rhetoric/stance_lr.npz|.json``.
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
OUT_DIR = ROOT / "src" / "communique" / "resources" / "rhetoric"
LABELS = {2.0: 0, 4.0: 1, 6.0: 2}
#: Regularisation strengths tried for the MiniLM model (inverse, scikit-learn's C).
C_GRID = (0.01, 0.03, 0.1, 0.3)
#: Regularisation strengths tried for the fast (hashed) model.
C_GRID_FAST = (0.03, 0.1, 0.2, 0.4)
CITATION = "NewsMTSC train.jsonl (Hamborg & Donnay, EACL 2021), MIT licence"


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


def _pick_c(grid, X, y) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    best_c, best = grid[0], -1.0
    for c in grid:
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        score = cross_val_score(clf, X, y, cv=5, scoring="f1_macro").mean()
        print(f"C={c}: CV macro-F1 {score:.3f}", file=sys.stderr)
        if score > best:
            best_c, best = c, score
    return best_c, best


def _report(y, pred) -> float:
    from sklearn.metrics import classification_report, f1_score

    from communique.rhetoric.stance_model import CLASSES

    print(classification_report(y, pred, target_names=CLASSES, digits=3), file=sys.stderr)
    return float(f1_score(y, pred, average="macro"))


def sparse_rows(rows, nlp=None):
    """Binary CSR matrix of fast-model features for ``(sentence, spans, ...)`` rows."""
    from scipy import sparse

    from communique.nlp import load_nlp
    from communique.rhetoric.stance_features import N_BUCKETS, features_for

    nlp = nlp or load_nlp()
    sentences = sorted({r[0] for r in rows})
    docs = dict(zip(sentences, nlp.pipe(sentences, batch_size=64)))
    ids = []
    for sentence, spans, *_ in rows:
        f = features_for(docs[sentence], spans[:1])[0]
        ids.append(f if f is not None else np.zeros(0, dtype=np.int64))
    indptr = np.cumsum([0] + [len(x) for x in ids])
    data = np.ones(int(indptr[-1]), dtype=np.float32)
    return sparse.csr_matrix((data, np.concatenate(ids), indptr), shape=(len(ids), N_BUCKETS))


def train_fast(rows) -> dict:
    from sklearn.linear_model import LogisticRegression

    from communique.nlp import model_info
    from communique.rhetoric.stance_features import HASH_BITS
    from communique.rhetoric.stance_model import CLASSES, FAST_META_FILE, FAST_WEIGHTS_FILE, HELDOUT_PERCENT

    t0 = time.time()
    X = sparse_rows(rows)
    print(f"parsed and featurised {len(rows)} targets in {time.time() - t0:.0f}s", file=sys.stderr)
    y = np.array([r[2] for r in rows])
    held = np.array([r[3] for r in rows])
    best_c, best = _pick_c(C_GRID_FAST, X[~held], y[~held])
    clf = LogisticRegression(C=best_c, max_iter=3000, class_weight="balanced").fit(X[~held], y[~held])
    macro = _report(y[held], clf.predict(X[held]))
    coef = clf.coef_.T.astype(np.float32)  # (buckets, classes)
    used = np.flatnonzero(np.abs(coef).sum(axis=1) > 0).astype(np.int32)
    np.savez_compressed(OUT_DIR / FAST_WEIGHTS_FILE, buckets=used, coef=coef[used],
                        intercept=clf.intercept_.astype(np.float32))
    meta = {
        "classes": list(CLASSES), "hash_bits": HASH_BITS,
        "features": "hashed binary features of the target in its spaCy parse: sentence lemmas, +-4 token "
                    "window lemmas, dependency relation and head, negated head, head's dependents, target's "
                    "modifiers, head's head, pronoun flag (communique.rhetoric.stance_features)",
        "spacy_model": model_info().name,
        "classifier": f"LogisticRegression(C={best_c}, class_weight='balanced'), binary inputs",
        "data": CITATION,
        "heldout": f"articles whose sha256(article id) % 100 < {HELDOUT_PERCENT}; never trained on",
        "n_train": int((~held).sum()), "n_heldout": int(held.sum()), "n_buckets_used": int(len(used)),
        "cv_macro_f1": round(float(best), 4), "heldout_macro_f1": round(macro, 4),
    }
    (OUT_DIR / FAST_META_FILE).write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    return meta


def train_minilm(rows, cache: Path) -> dict:
    from sklearn.linear_model import LogisticRegression

    from communique.rhetoric.encoder import target_features
    from communique.rhetoric.stance_model import CLASSES, HELDOUT_PERCENT

    t0 = time.time()
    if cache.exists() and np.load(cache).shape[0] == len(rows):
        X = np.load(cache)
    else:
        X = target_features([(s, spans) for s, spans, _, _ in rows])
        np.save(cache, X)
    print(f"features for {len(rows)} targets in {time.time() - t0:.0f}s", file=sys.stderr)
    y = np.array([r[2] for r in rows])
    held = np.array([r[3] for r in rows])
    Xtr, ytr = X[~held], y[~held]
    mean, scale = Xtr.mean(axis=0), Xtr.std(axis=0) + 1e-6
    Ztr = (Xtr - mean) / scale
    best_c, best = _pick_c(C_GRID, Ztr, ytr)
    clf = LogisticRegression(C=best_c, max_iter=2000, class_weight="balanced").fit(Ztr, ytr)
    macro = _report(y[held], clf.predict((X[held] - mean) / scale))
    np.savez_compressed(OUT_DIR / "stance_lr.npz", mean=mean.astype(np.float32), scale=scale.astype(np.float32),
                        coef=clf.coef_.astype(np.float32), intercept=clf.intercept_.astype(np.float32))
    meta = {
        "classes": list(CLASSES),
        "features": "all-MiniLM-L6-v2 int8 ONNX: mean of target pieces, of a +-6 piece window, of the sentence",
        "classifier": f"LogisticRegression(C={best_c}, class_weight='balanced'), standardised inputs",
        "data": CITATION,
        "heldout": f"articles whose sha256(article id) % 100 < {HELDOUT_PERCENT}; never trained on",
        "n_train": int((~held).sum()), "n_heldout": int(held.sum()),
        "cv_macro_f1": round(float(best), 4), "heldout_macro_f1": round(macro, 4),
    }
    (OUT_DIR / "stance_lr.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    return meta


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", choices=("fast", "minilm"), default="fast")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/communique_newsmtsc_features.npy"),
                    help="MiniLM feature cache")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"NewsMTSC not found at {args.data}", file=sys.stderr)
        return 2
    rows = load_items(args.data)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    meta = train_fast(rows) if args.model == "fast" else train_minilm(rows, args.cache)
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
