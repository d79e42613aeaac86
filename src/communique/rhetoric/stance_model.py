"""The learned target-sentiment model: logistic regression over MiniLM target vectors.

Weights (``models/stance/stance_lr.npz``) were trained by ``scripts/train_stance.py``
on NewsMTSC (Hamborg & Donnay, EACL 2021; MIT licence), leaving out the
articles for which ``heldout(gid)`` is true; those are used only to measure.
At run time this is numpy arithmetic over ``encoder.target_features``.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np

from ..errors import ConfigError

logger = logging.getLogger(__name__)

CLASSES = ("negative", "neutral", "positive")
MODEL_DIR = ("models", "stance")
WEIGHTS_FILE = "stance_lr.npz"
META_FILE = "stance_lr.json"
#: Share of NewsMTSC articles (by hash of the article id) held out from training, in percent.
HELDOUT_PERCENT = 15


def article_of(gid: str) -> str:
    """NewsMTSC ids look like ``allsides_1000_401_25_<target>``: the article is the first three parts."""
    return "_".join(gid.split("_")[:3])


def heldout(gid: str) -> bool:
    """True for NewsMTSC items in the held-out split (never trained on), decided per article."""
    digest = hashlib.sha256(article_of(gid).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HELDOUT_PERCENT


@lru_cache(maxsize=1)
def load_model() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict]:
    """``(mean, scale, coef, intercept, meta)`` from the packaged weights."""
    try:
        root = resources.files("communique").joinpath(*MODEL_DIR)
        raw = root.joinpath(WEIGHTS_FILE).read_bytes()
        meta = json.loads(root.joinpath(META_FILE).read_text("utf-8"))
    except (FileNotFoundError, ModuleNotFoundError) as err:
        raise ConfigError(f"stance model weights are missing (communique/{'/'.join(MODEL_DIR)}/{WEIGHTS_FILE}); "
                          f"run scripts/train_stance.py: {err}") from None
    data = np.load(io.BytesIO(raw))
    if tuple(meta.get("classes", ())) != CLASSES:
        raise ConfigError(f"{WEIGHTS_FILE}: classes {meta.get('classes')} differ from {CLASSES}")
    return data["mean"], data["scale"], data["coef"], data["intercept"], meta


def predict_proba(features: np.ndarray) -> np.ndarray:
    """Class probabilities (negative, neutral, positive) for rows of ``encoder.target_features``."""
    mean, scale, coef, intercept, _ = load_model()
    z = ((features - mean) / scale) @ coef.T + intercept
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def polarity(proba: np.ndarray) -> np.ndarray:
    """Signed polarity in [-1, 1]: P(positive) - P(negative)."""
    return proba[:, 2] - proba[:, 0]


def score_targets(items: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> np.ndarray:
    """Probabilities for ``(sentence, target spans)`` pairs (see ``encoder.target_features``)."""
    from .encoder import target_features

    if not items:
        return np.zeros((0, len(CLASSES)))
    return predict_proba(target_features(items))
