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
from spacy.symbols import PRON

from .. import resources
from ..views import dependency_tree, pos_ids, sentences, token_range, token_strings

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


def _mix_array(kind: int, *columns: np.ndarray) -> np.ndarray:
    """``_mix(kind, *parts)`` for every row of uint64 columns of one length, the parts of a row
    one from each column (numpy wraps modulo 2**64 like ``& _M64``)."""
    h = _seed(kind)
    for values in columns:
        h = (h ^ values) * np.uint64(_K1)
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
    """What the features of a document's targets read, computed once for all of them: the
    context-lemma buckets of the words (no punctuation) for the three context families (one
    vectorised hash per family over the whole document, laid end to end in ``context``), the
    number of words before each token (so that the words of a token range are a slice), the
    sentence bounds of every token, and the parse of the Doc's views (each token's head,
    relation and children, as indices: ``views.dependency_tree``) with each token's lemma
    hash, lower-cased form and part of speech, so that a target's features are read without
    making spaCy ``Token`` objects."""

    def __init__(self, doc):
        lemmas, word = doc_arrays(doc)
        words = lemmas[word]
        self.n_words = len(words)
        self.context = np.concatenate([_mix_array(_SENT, words), _mix_array(_LEFT, words),
                                       _mix_array(_RIGHT, words)])
        self.words_before = np.concatenate(([0], np.cumsum(word)))
        sents = sentences(doc)
        lengths = [sent.end - sent.start for sent in sents]
        self.sent_start = np.repeat([sent.start for sent in sents], lengths)
        self.sent_end = np.repeat([sent.end for sent in sents], lengths)
        self.heads, self.deps, self.kids = dependency_tree(doc)
        self.pos = pos_ids(doc)
        self.lemma_hashes = lemmas
        self.lowers = token_strings(doc)[0]
        self.negators = negators()
        strings = doc.vocab.strings
        self.sibling_deps = frozenset(strings[d] for d in SIBLING_DEPS)
        self.modifier_deps = frozenset(strings[d] for d in MODIFIER_DEPS)

    def parse_ids(self, roots: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """``(row, bucket)`` pairs of the targets' places in the parse (row ``k``: the target whose
        root is token ``roots[k]``): its relation, with its head's lemma, pronoun or not and the
        head's head (one vectorised hash each over all targets); a negated head, the head's
        other dependents and the target's modifiers (read child by child)."""
        heads, deps, kids, lowers = self.heads, self.deps, self.kids, self.lowers
        every = np.arange(len(roots))
        head_of = [heads[r] for r in roots]
        dep = np.array([deps[r] for r in roots], dtype=np.uint64)
        above = [j for j, h in enumerate(head_of) if heads[h] != h]
        rows = [every, every, every, np.array(above, dtype=np.int64)]
        ids = [_mix_array(_DEP, dep), _mix_array(_HEAD, dep, self.lemma_hashes[head_of]),
               np.where(np.array([self.pos[r] for r in roots]) == PRON, _mix(_PRON), _mix(_NOUN)),
               _mix_array(_HEADHEAD, self.lemma_hashes[[heads[head_of[j]] for j in above]])]
        # round 30s3: the children read here are gathered as indices and hashed one family at a time
        # (``_mix_array`` is ``_mix`` row by row; the caller sorts the buckets, so their order is free)
        neg_rows, neg_heads, sib_rows, sib_relations, sib_kids, mod_rows, mod_kids = [], [], [], [], [], [], []
        negators, sibling_deps, modifier_deps = self.negators, self.sibling_deps, self.modifier_deps
        for j, root in enumerate(roots):
            head, relation = head_of[j], deps[root]
            for child in kids[head]:
                if lowers[child] in negators:
                    neg_rows.append(j)
                    neg_heads.append(head)
                if child != root and deps[child] in sibling_deps:
                    sib_rows.append(j)
                    sib_relations.append(relation)
                    sib_kids.append(child)
            for child in kids[root]:
                if deps[child] in modifier_deps:
                    mod_rows.append(j)
                    mod_kids.append(child)
        hashes = self.lemma_hashes
        rows += [np.array(neg_rows, dtype=np.int64), np.array(sib_rows, dtype=np.int64),
                 np.array(mod_rows, dtype=np.int64)]
        ids += [_mix_array(_NEG, hashes[neg_heads]),
                _mix_array(_SIB, np.array(sib_relations, dtype=np.uint64),
                           np.array([deps[c] for c in sib_kids], dtype=np.uint64), hashes[sib_kids]),
                _mix_array(_MOD, hashes[mod_kids])]
        return np.concatenate(rows), np.concatenate(ids)

    def context_ids(self, t0: np.ndarray, t1: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(row, bucket)`` pairs of the context of each target ``[t0[k], t1[k])`` (row ``k``):
        the sentence's words around it (at most ``MAX_CONTEXT_TOKENS`` tokens each side, not its
        own tokens), and the words of the ``WINDOW_TOKENS`` tokens left and right of it, each
        family as slices of ``context``, gathered with one index array for all targets."""
        at, n = self.words_before, self.n_words
        lo = np.maximum(self.sent_start[t0], t0 - MAX_CONTEXT_TOKENS)
        hi = np.minimum(self.sent_end[t0], t1 + MAX_CONTEXT_TOKENS)
        starts = np.concatenate([at[lo], at[t1], at[np.maximum(lo, t0 - WINDOW_TOKENS)] + n, at[t1] + 2 * n])
        ends = np.concatenate([at[t0], at[hi], at[t0] + n, at[np.minimum(hi, t1 + WINDOW_TOKENS)] + 2 * n])
        lengths = np.maximum(ends - starts, 0)
        offsets = np.cumsum(lengths) - lengths
        index = np.arange(int(lengths.sum())) + np.repeat(starts - offsets, lengths)
        rows = np.repeat(np.tile(np.arange(len(t0)), 4), lengths)
        return rows, self.context[index]


def token_span(doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range covering the characters ``[start, end)``, or None when there is none."""
    found = token_range(doc, start, end)
    return None if found is None or found[0] == found[1] else found


def features_for(doc, spans: Sequence[tuple[int, int]], token_ranges=None) -> list[np.ndarray | None]:
    """Sorted, unique bucket ids of the target at each character span of ``doc`` in its
    sentence (None where a span has no tokens): the context buckets of all targets
    (``DocFeatures.context_ids``) and their parse buckets (``DocFeatures.parse_ids``) as one
    array of ``row * N_BUCKETS + bucket`` keys, sorted and made unique at once, each target's
    buckets a slice of it.

    Args:
        doc: a parsed spaCy ``Doc`` (sentences, lemmas, dependencies).
        spans: character ranges of the target mentions.
        token_ranges: where the caller has them, ``views.token_range`` of each span (``None``
            where spaCy finds no tokens), so that the spans are not looked up again.
    """
    if token_ranges is None:
        ranges = [token_span(doc, start, end) for start, end in spans]
    else:
        ranges = [None if found is None or found[0] == found[1] else found for found in token_ranges]
    found = [r for r in ranges if r is not None]
    if not found:
        return [None] * len(ranges)
    f = DocFeatures(doc)
    t0, t1 = (np.array(column, dtype=np.int64) for column in zip(*found))
    rows, buckets = f.context_ids(t0, t1)
    parse_rows, parse = f.parse_ids([a if b - a == 1 else doc[a:b].root.i for a, b in found])
    keys = np.sort(np.concatenate([rows * N_BUCKETS + buckets, parse_rows * N_BUCKETS + parse]))
    distinct = np.ones(len(keys), dtype=bool)
    np.not_equal(keys[1:], keys[:-1], out=distinct[1:])
    keys = keys[distinct]  # ``np.unique``: a sort and a mask cost less than its hash table here
    bounds = np.searchsorted(keys, np.arange(len(found) + 1) * N_BUCKETS).tolist()
    ids = keys & (N_BUCKETS - 1)
    out, k = [], 0
    for r in ranges:
        out.append(None if r is None else ids[bounds[k]:bounds[k + 1]])
        k += r is not None
    return out
