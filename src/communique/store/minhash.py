"""MinHash signatures and LSH band buckets over word sets, in numpy.

    >>> sig = signature({"ceasefire", "geneva", "talks"})     # NUM_PERM uint32 values
    >>> similarity(sig, signature({"ceasefire", "geneva"}))  # estimated Jaccard, 0..1
    >>> buckets(sig)                                         # [(band, bucket), ...] for candidate pairs

Method: Broder (1997), "On the resemblance and containment of documents"; the
banding of signatures into LSH buckets follows Leskovec, Rajaraman and Ullman,
*Mining of Massive Datasets*, ch. 3. Each word is hashed with CRC-32 (stable
across processes and machines, unlike Python's ``hash``) and permuted by
``NUM_PERM`` universal hash functions ``(a*x + b) mod PRIME`` with fixed
coefficients, so the embedded store and the Spark job compute identical
signatures for the same words.
"""

from __future__ import annotations

import zlib
from typing import Iterable

import numpy as np

#: Hash functions per signature: the standard error of the estimated Jaccard is about
#: sqrt(J(1-J)/NUM_PERM), 0.04 at J=0.3.
NUM_PERM = 128
#: Rows per LSH band: two documents become a candidate pair when all rows of one band agree.
#: With 42 bands of 3 rows a pair at Jaccard 0.4 is a candidate with probability 0.94, at 0.3
#: with 0.68, and an unrelated pair at 0.08 with 0.02 (2 rows let ~35% of unrelated pairs
#: through: too many at 100,000 documents; 4 rows lost same-story pairs, docs/stories.md).
BAND_ROWS = 3
#: The largest prime below 2**32: hashed values stay below 2**32 (uint32 signatures).
PRIME = 4294967291
#: Fixed seed of the permutation coefficients (changing it changes every stored signature).
SEED = 20
_EMPTY = np.iinfo(np.uint32).max


def _coefficients() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(SEED)
    # a < 2**31 keeps a*x (x < 2**32) below 2**63: no uint64 overflow.
    a = rng.integers(1, 2 ** 31, size=NUM_PERM, dtype=np.uint64)
    b = rng.integers(0, PRIME, size=NUM_PERM, dtype=np.uint64)
    return a, b


_A, _B = _coefficients()


def signature(words: Iterable[str]) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint32) of a set of words; all ``2**32-1`` when empty."""
    hashes = np.fromiter({zlib.crc32(w.encode("utf-8")) for w in words}, dtype=np.uint64)
    if hashes.size == 0:
        return np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    permuted = (hashes[:, None] * _A[None, :] + _B[None, :]) % np.uint64(PRIME)
    return permuted.min(axis=0).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the word sets behind two signatures."""
    return float(np.count_nonzero(np.asarray(a) == np.asarray(b))) / NUM_PERM


def similarities(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Row-wise estimated Jaccard of two ``(n, NUM_PERM)`` signature matrices."""
    return (left == right).mean(axis=1)


def buckets(sig: np.ndarray) -> list[tuple[int, int]]:
    """``(band, bucket)`` per LSH band; two signatures sharing one are a candidate pair.
    The bucket is a 64-bit digest of the band's rows (CRC-32 of each half, stable)."""
    out = []
    sig = np.asarray(sig, dtype=np.uint32)
    if int(sig[0]) == _EMPTY and bool((sig == _EMPTY).all()):
        return out  # no words: never a candidate
    for band in range(NUM_PERM // BAND_ROWS):
        raw = sig[band * BAND_ROWS:(band + 1) * BAND_ROWS].tobytes()
        out.append((band, (zlib.crc32(raw) << 32) | zlib.crc32(raw[::-1])))
    return out
