"""The mean static vector of a sentence's content words for the subjectivity model, read
from the Doc once per document (``Doc.to_array``, one gather over the vectors table)
instead of token by token. The values are exactly those of the Token attributes (tested in
``tests/test_scaling_fast_paths.py``).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_PUNCT, IS_STOP, LOWER, NORM, ORTH

from ..views import views_of


def _mean_vector_tokens(sent):
    """``_mean_vector`` token by token (the reference; used where the fast path does not apply)."""
    content = [t.vector for t in sent if t.has_vector and not t.is_punct and not t.is_stop]
    return sum(content) / len(content) if content else None


#: spaCy attribute ids by which a Vectors table may be keyed, and the Token attribute each reads.
_VECTOR_KEY_ATTRS = {ORTH: "orth", LOWER: "lower", NORM: "norm"}


#: ``_key_table`` answers by ``id`` of the vectors table, each with the table (so that the id
#: stays its) and the number of keys it had; a few tables at most (one per loaded model).
_KEY_TABLES: dict[int, tuple] = {}
_KEY_TABLES_MAX = 4


def _key_table(vectors) -> tuple[np.ndarray, np.ndarray]:
    """The keys of a vectors table (``Vectors.key2row``), sorted, with their rows, built once per
    table (again if it has gained keys): one bisection over an array for a document's words
    costs less than as many look-ups in a dict of 20,000 big integers spread over memory."""
    size = len(vectors.key2row)
    held = _KEY_TABLES.get(id(vectors))
    if held is None or held[0] is not vectors or held[1] != size:
        if len(_KEY_TABLES) >= _KEY_TABLES_MAX:
            _KEY_TABLES.clear()
        items = sorted(vectors.key2row.items())
        held = _KEY_TABLES[id(vectors)] = (vectors, size,
                                           np.fromiter((k for k, _ in items), dtype=np.uint64, count=size),
                                           np.fromiter((r for _, r in items), dtype=np.int64, count=size))
    return held[2], held[3]


def _vector_rows(doc):
    """Per token of ``doc``: its row in the vectors table if it is a content word (no
    punctuation, no stop word) with a vector, else -1. Computed once per Doc; None where
    the table is keyed in a way this does not handle (then tokens are read one by one)."""
    cache = views_of(doc).derived
    if "vector_rows" not in cache:
        vectors = doc.vocab.vectors
        attr = _VECTOR_KEY_ATTRS.get(vectors.attr)
        if attr is None or vectors.mode != "default" or "vector" in doc.user_token_hooks \
                or "has_vector" in doc.user_token_hooks or not isinstance(vectors.data, np.ndarray):
            cache["vector_rows"] = None
        else:
            flags = doc.to_array([IS_PUNCT, IS_STOP, vectors.attr]).reshape(len(doc), 3)
            content = np.flatnonzero((flags[:, 0] == 0) & (flags[:, 1] == 0))
            # ``key2row.get(key, -1)`` for the content words, by bisection over the table's sorted keys
            keys, key_rows = _key_table(vectors)
            wanted = flags[content, 2]
            at = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
            rows = np.full(len(doc), -1, dtype=np.int64)
            if len(keys):
                rows[content] = np.where(keys[at] == wanted, key_rows[at], -1)
            cache["vector_rows"] = rows
    return cache["vector_rows"]


def _mean_vector(sent):
    """Mean static vector of the sentence's content words, or None (no vectors, no content words)."""
    return _mean_vectors(sent.doc, [sent])[0]


def _mean_vectors(doc, spans) -> list:
    """``_mean_vector`` of each span of ``doc``, with one gather over the vectors table for
    the content words of all spans (then each span's rows are a slice of it). numpy adds a
    span's rows one after another in float32, as ``sum`` over ``Token.vector`` copies did,
    so each mean is bit for bit the same (tested)."""
    rows = _vector_rows(doc)
    if rows is None:
        return [_mean_vector_tokens(sent) for sent in spans]
    if not spans:
        return []
    first, last = min(sent.start for sent in spans), max(sent.end for sent in spans)
    content = np.flatnonzero(rows[first:last] >= 0) + first
    gathered = doc.vocab.vectors.data[rows[content]]
    at = np.searchsorted(content, [b for sent in spans for b in (sent.start, sent.end)]).tolist()
    out = []
    for j in range(0, len(at), 2):
        lo, hi = at[j], at[j + 1]
        out.append(gathered[lo:hi].sum(axis=0) / (hi - lo) if hi > lo else None)
    return out
