"""The learned target-sentiment models: logistic regressions trained on NewsMTSC.

Two models, both trained by ``scripts/train_stance.py`` on NewsMTSC (Hamborg &
Donnay, EACL 2021; MIT licence), leaving out the articles for which
``heldout(gid)`` is true; those are used only to measure:

* ``fast`` (the default): hashed lemma and dependency features of the target
  in the spaCy parse the pipeline already has (``stance_features``); weights
  ``resources/rhetoric/stance_hash.npz``. A few microseconds per mention.
* ``minilm``: MiniLM vectors of the target, a window and the sentence
  (``encoder.target_features``); weights ``resources/rhetoric/stance_lr.npz``.
  More accurate, but runs a transformer over every scored sentence (about
  ten times the cost of the spaCy parse on news text).
"""

from __future__ import annotations

import hashlib
import logging
from typing import Sequence

import numpy as np

from .. import resources
from ..errors import ConfigError, LexiconError

logger = logging.getLogger(__name__)

CLASSES = ("negative", "neutral", "positive")
#: Folder of the weight files among the resources (``communique/resources/rhetoric``).
MODEL_DIR = "rhetoric"
WEIGHTS_FILE = "stance_lr.npz"
META_FILE = "stance_lr.json"
FAST_WEIGHTS_FILE = "stance_hash.npz"
FAST_META_FILE = "stance_hash.json"
#: The stance models a pipeline can choose (``options={"stance_model": ...}``); the first is the default.
MODELS = ("fast", "minilm")
#: Share of NewsMTSC articles (by hash of the article id) held out from training, in percent.
HELDOUT_PERCENT = 15


def article_of(gid: str) -> str:
    """NewsMTSC ids look like ``allsides_1000_401_25_<target>``: the article is the first three parts."""
    return "_".join(gid.split("_")[:3])


def heldout(gid: str) -> bool:
    """True for NewsMTSC items in the held-out split (never trained on), decided per article."""
    digest = hashlib.sha256(article_of(gid).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HELDOUT_PERCENT


def _read_weights(weights_file: str, meta_file: str, what: str) -> tuple[dict, dict]:
    """``(arrays, meta)`` of one model, with a clear error when a file is missing
    or was trained for other classes."""
    try:
        data = resources.npz(f"{MODEL_DIR}/{weights_file}")
        meta = resources.json(f"{MODEL_DIR}/{meta_file}")
    except LexiconError as err:
        raise ConfigError(f"{what} weights cannot be read ({err}); run scripts/train_stance.py") from None
    if tuple(meta.get("classes", ())) != CLASSES:
        raise ConfigError(f"{weights_file}: classes {meta.get('classes')} differ from {CLASSES}")
    return data, meta


@resources.cached
def load_model() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict]:
    """``(mean, scale, coef, intercept, meta)`` from the packaged weights."""
    data, meta = _read_weights(WEIGHTS_FILE, META_FILE, "stance model")
    return data["mean"], data["scale"], data["coef"], data["intercept"], meta


@resources.cached
def load_fast_model() -> tuple[np.ndarray, np.ndarray, dict]:
    """``(coef, intercept, meta)`` of the fast model; ``coef`` has one row per hash bucket."""
    from .stance_features import HASH_BITS, N_BUCKETS

    data, meta = _read_weights(FAST_WEIGHTS_FILE, FAST_META_FILE, "fast stance")
    if meta.get("hash_bits") != HASH_BITS:
        raise ConfigError(f"{FAST_WEIGHTS_FILE}: hash_bits {meta.get('hash_bits')} differ from {HASH_BITS}")
    coef = np.zeros((N_BUCKETS, len(CLASSES)), dtype=np.float32)
    coef[data["buckets"]] = data["coef"]
    return coef, data["intercept"].astype(np.float32), meta


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def predict_fast(rows: Sequence[np.ndarray]) -> np.ndarray:
    """Class probabilities for rows of bucket ids (``stance_features.target_features``)."""
    coef, intercept, _ = load_fast_model()
    if not rows:
        return np.zeros((0, len(CLASSES)))
    return _softmax(_row_sums(coef, rows) + intercept)


def _row_sums(coef: np.ndarray, rows: Sequence[np.ndarray]) -> np.ndarray:
    """``np.stack([coef[ids].sum(axis=0) for ids in rows])`` bit for bit, from one gather: the
    rows' weights are laid out in a zero-padded (rows, longest row, classes) array and summed
    over its middle axis, which numpy adds one position after another as ``sum`` does over
    ``coef[ids]`` (the classes are the inner, contiguous axis of both; adding a padding 0.0
    changes no sum; tested)."""
    lens = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    flat = np.concatenate(rows)
    row_of = np.repeat(np.arange(len(rows)), lens)
    col_of = np.arange(len(flat)) - np.repeat(np.cumsum(lens) - lens, lens)
    weights = np.zeros((len(rows), max(int(lens.max()), 1), coef.shape[1]), dtype=coef.dtype)
    weights[row_of, col_of] = coef[flat]
    return weights.sum(axis=1)


def score_doc_targets(doc, spans: Sequence[tuple[int, int]], token_ranges=None) -> np.ndarray:
    """Fast-model probabilities for character spans of a parsed document (uniform where a span has no tokens).
    ``token_ranges``: each span's ``views.token_range``, where the caller has it already."""
    from .stance_features import features_for

    feats = features_for(doc, spans, token_ranges)
    out = np.full((len(spans), len(CLASSES)), 1.0 / len(CLASSES))
    found = [i for i, f in enumerate(feats) if f is not None]
    if found:
        out[found] = predict_fast([feats[i] for i in found])
    return out


def predict_proba(features: np.ndarray) -> np.ndarray:
    """Class probabilities (negative, neutral, positive) for rows of ``encoder.target_features``."""
    mean, scale, coef, intercept, _ = load_model()
    return _softmax(((features - mean) / scale) @ coef.T + intercept)


def polarity(proba: np.ndarray) -> np.ndarray:
    """Signed polarity in [-1, 1]: P(positive) - P(negative)."""
    return proba[:, 2] - proba[:, 0]


def score_targets(items: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> np.ndarray:
    """MiniLM-model probabilities for ``(sentence, target spans)`` pairs (see ``encoder.target_features``)."""
    from .encoder import target_features

    if not items:
        return np.zeros((0, len(CLASSES)))
    return predict_proba(target_features(items))
