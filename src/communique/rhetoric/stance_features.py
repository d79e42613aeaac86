"""Sparse features of one target in a parsed sentence, for the fast stance model.

The fast stance model (``stance_model``, ``resources/rhetoric/stance_hash.npz``) is a
logistic regression over hashed binary features read off the spaCy parse that
the pipeline has already made, so scoring a mention costs a few microseconds:

* the lemmas of the sentence around the target (punctuation and the target's
  own tokens left out), and separately those just left and just right of it;
* the target's dependency relation, and that relation joined with its head's
  lemma ("nsubj + criticise", "dobj + praise");
* whether the head is negated (a child from ``resources/rhetoric/negators.txt``);
* the head's other dependents (relation and lemma: "dobj + fraud", "acomp + brave");
* the target's own modifiers (adjectives, appositions, relative clauses);
* the head's head lemma, and whether the target is a pronoun.

Features are 64-bit mixes of spaCy's string hashes (``Token.lemma``,
``Token.dep``), reduced to ``2 ** HASH_BITS`` buckets. The same function
builds the features when ``scripts/train_stance.py`` trains the model, so
training and run time agree by construction.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import numpy as np

from .. import resources
from ..views import sentences, token_range, token_strings

#: Hash buckets (as a power of two) the features are folded into.
HASH_BITS = 18
N_BUCKETS = 1 << HASH_BITS
#: Tokens each side of the target that count as its immediate left / right context.
WINDOW_TOKENS = 4
#: Sentence tokens each side of the target read at most (long sentences, run-on lists).
MAX_CONTEXT_TOKENS = 60
#: Relations of the head's other dependents that carry the head's evaluation.
SIBLING_DEPS = frozenset(("dobj", "acomp", "attr", "advmod", "prep", "xcomp", "ccomp", "nsubj", "amod"))
#: Relations of the target's own dependents that evaluate it.
MODIFIER_DEPS = frozenset(("amod", "compound", "appos", "acl", "relcl"))

# Feature families (salts of the hash).
_SENT, _LEFT, _RIGHT, _DEP, _HEAD, _NEG, _SIB, _MOD, _HEADHEAD, _PRON, _NOUN = range(1, 12)
_M64 = (1 << 64) - 1
_K0 = 0x9E3779B97F4A7C15
_K1 = 0xBF58476D1CE4E5B9
_SHIFT = 29
_OUT_SHIFT = 64 - HASH_BITS


@lru_cache(maxsize=1 << 15)  # (relation, lemma) pairs repeat across documents
def _mix(kind: int, *parts: int) -> int:
    h = (kind * _K0) & _M64
    for p in parts:
        h = ((h ^ p) * _K1) & _M64
        h ^= h >> _SHIFT
    return h >> _OUT_SHIFT


@lru_cache(maxsize=16)
def _seed(kind: int) -> np.uint64:
    return np.uint64((kind * _K0) & _M64)


def _mix_array(kind: int, values: np.ndarray) -> np.ndarray:
    """``_mix(kind, v)`` for every v of a uint64 array (numpy wraps modulo 2**64 like ``& _M64``)."""
    h = (values ^ _seed(kind)) * np.uint64(_K1)
    h ^= h >> np.uint64(_SHIFT)
    return (h >> np.uint64(_OUT_SHIFT)).astype(np.int64)


def negators() -> frozenset[str]:
    return resources.terms("rhetoric/negators.txt")


def doc_arrays(doc) -> tuple[np.ndarray, np.ndarray]:
    """Per-token lemma hashes and a "not punctuation" mask, read once per document."""
    from spacy.attrs import IS_PUNCT, LEMMA

    arr = doc.to_array([LEMMA, IS_PUNCT])
    return arr[:, 0].astype(np.uint64), arr[:, 1] == 0


class DocFeatures:
    """What ``target_features`` reads from one document, computed once for all its targets:
    the context-lemma buckets of the words (no punctuation) for the three context families
    (one vectorised hash per family over the whole document), with the number of words
    before each token (so that the words of a token range are a slice), the sentence bounds
    of every token, and the parse as lists (each token's head, relation, lemma hash and
    lower-cased form, whether it is a pronoun, its children in order: ``children``), so that a target's
    features are read without making spaCy ``Token`` objects."""

    def __init__(self, doc, arrays: tuple[np.ndarray, np.ndarray] | None = None):
        from spacy.attrs import DEP, HEAD, POS
        from spacy.symbols import PRON

        lemmas, word = arrays if arrays is not None else doc_arrays(doc)
        words = lemmas[word]
        self.sent_ids = _mix_array(_SENT, words).tolist()
        self.left_ids = _mix_array(_LEFT, words).tolist()
        self.right_ids = _mix_array(_RIGHT, words).tolist()
        self.words_before = [0, *np.cumsum(word).tolist()]
        n = len(doc)
        starts, ends = [0] * n, [0] * n
        for sent in sentences(doc):
            s, e = sent.start, sent.end
            starts[s:e], ends[s:e] = [s] * (e - s), [e] * (e - s)
        self.sent_start, self.sent_end = starts, ends
        parse = doc.to_array([HEAD, DEP, POS]).reshape(n, 3)
        heads = parse[:, 0].astype(np.int64) + np.arange(n)
        self.heads = heads.tolist()
        self.deps = parse[:, 1].tolist()
        self.pronoun = (parse[:, 2] == PRON).tolist()
        self.lemmas = lemmas.tolist()
        self.lowers = token_strings(doc)[0]
        # the tokens in order of their heads (in order among one head's): a token's children are a slice
        order = np.argsort(heads, kind="stable")
        self._by_head = order.tolist()
        self._head_bounds = np.searchsorted(heads[order], np.arange(n + 1)).tolist()
        strings = doc.vocab.strings
        self.sibling_deps = frozenset(strings[d] for d in SIBLING_DEPS)
        self.modifier_deps = frozenset(strings[d] for d in MODIFIER_DEPS)

    def children(self, i: int) -> list[int]:
        """The children of token ``i``, in order (``Token.children`` as indexes)."""
        return [c for c in self._by_head[self._head_bounds[i]:self._head_bounds[i + 1]] if c != i]


def target_features(doc, t0: int, t1: int, arrays: tuple[np.ndarray, np.ndarray] | None = None,
                    prepared: DocFeatures | None = None) -> np.ndarray:
    """Sorted, unique bucket ids for the target ``doc[t0:t1]`` in its sentence.

    Args:
        doc: a parsed spaCy ``Doc`` (sentences, lemmas, dependencies).
        t0, t1: token range of the target mention.
        arrays: ``doc_arrays(doc)`` when several targets of one document are scored.
        prepared: ``DocFeatures(doc)``, likewise (then ``arrays`` is not read).
    """
    f = prepared if prepared is not None else DocFeatures(doc, arrays)
    lo = max(f.sent_start[t0], t0 - MAX_CONTEXT_TOKENS)
    hi = min(f.sent_end[t0], t1 + MAX_CONTEXT_TOKENS)
    # the sentence's words around the target (not its own tokens), then the windows either side
    at, sent_ids = f.words_before, f.sent_ids
    ids = set(sent_ids[at[lo]:at[t0]])
    ids.update(sent_ids[at[t1]:at[hi]])
    ids.update(f.left_ids[at[max(lo, t0 - WINDOW_TOKENS)]:at[t0]])
    ids.update(f.right_ids[at[t1]:at[min(hi, t1 + WINDOW_TOKENS)]])
    root = t0 if t1 - t0 == 1 else doc[t0:t1].root.i
    heads, deps, lemmas = f.heads, f.deps, f.lemmas
    head, dep = heads[root], deps[root]
    ids.update((_mix(_DEP, dep), _mix(_HEAD, dep, lemmas[head]), _mix(_PRON if f.pronoun[root] else _NOUN)))
    negs = negators()
    for child in f.children(head):
        if f.lowers[child] in negs:
            ids.add(_mix(_NEG, lemmas[head]))
        if child != root and deps[child] in f.sibling_deps:
            ids.add(_mix(_SIB, dep, deps[child], lemmas[child]))
    for child in f.children(root):
        if deps[child] in f.modifier_deps:
            ids.add(_mix(_MOD, lemmas[child]))
    if heads[head] != head:
        ids.add(_mix(_HEADHEAD, lemmas[heads[head]]))
    found = np.fromiter(ids, dtype=np.int64, count=len(ids))
    found.sort()
    return found


def token_span(doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range covering the characters ``[start, end)``, or None when there is none."""
    found = token_range(doc, start, end)
    return None if found is None or found[0] == found[1] else found


def features_for(doc, spans: Sequence[tuple[int, int]]) -> list[np.ndarray | None]:
    """``target_features`` for character spans of one document (None where a span has no tokens)."""
    prepared = DocFeatures(doc) if spans else None
    out: list[np.ndarray | None] = []
    for start, end in spans:
        tokens = token_span(doc, start, end)
        out.append(None if tokens is None else target_features(doc, *tokens, prepared=prepared))
    return out
