"""Scanning a text for knowledge-base surface forms (entries, titles, generic actor
nouns, regions): non-overlapping matches, longest first from the left.

Built once per KB state: every look-up key and every word prefix of one, so that the
scan tries only the token spans that can still become a key, and the words that can start
a key (as written or as a plural); the matches of short texts (mention phrases) are
remembered in bounded memos.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from .kb import KnowledgeBase, Surface
from .text import Tok, case_ok, tokenize

#: Short texts whose KB matches (``scan_text``) are remembered per scanner; emptied when full.
SCAN_CACHE_SIZE = 20_000
#: Texts (and contexts) longer than this are resolved and scanned without the memos (here
#: and in ``Resolver.phrase``), which thus hold at most a few MB.
MAX_CACHED_SCAN_CHARS = 120


class Match(NamedTuple):
    """A KB key found by the scan (a named tuple: ~1 µs to make, where a frozen dataclass took
    ~2.5 µs; ~75 are made per news text)."""

    i: int  # first token
    j: int  # one past the last token
    what: str  # entry | role | noun | region
    value: Any  # Surface | Role | Noun | region slug
    text: str


@lru_cache(maxsize=65_536)
def _plural_stems(word: str) -> tuple[str, ...]:
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 2:
        out.append(word[:-1])
    if word.endswith("men"):
        out.append(word[:-3] + "man")
    return tuple(out)


def _plural_forms(stem: str) -> tuple[str, ...]:
    """The words whose ``_plural_stems`` hold ``stem``: "troop" -> "troops", "troopes";
    "party" -> "partys", "partyes", "parties"; "chairman" -> "chairmans", "chairmanes",
    "chairmen". ``w in _plural_forms(s)`` if and only if ``s in _plural_stems(w)``, for any
    strings (round 30s2): a set of them stands for the stems' loop over a word."""
    out = []
    if len(stem) >= 2:
        out += [stem + "s", stem + "es"]
    if stem.endswith("y") and len(stem) >= 3:
        out.append(stem[:-1] + "ies")
    if stem.endswith("man"):
        out.append(stem[:-3] + "men")
    return tuple(out)


class KeyScanner:
    """The KB scan of ``Resolver`` (its base class)."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._index_size: tuple[int, ...] | None = None
        self._generation = 0  # counts index rebuilds: memos built on an older KB state are stale
        self._prefixes: frozenset[str] = frozenset()
        self._keys: frozenset[str] = frozenset()
        self._stem_keys: frozenset[str] = frozenset()
        self._start_words: frozenset[str] = frozenset()  # the words that can start a key (``_can_start``)
        self._key_ends: frozenset[str] = frozenset()  # spans that are a key, with a plural last word or not
        self._scans: dict[str, tuple[Match, ...]] = {}  # scan_text() answers
        self._found: dict[tuple[str, str, str], tuple[str, Any] | None] = {}  # ``_lookup`` answers

    def _index(self) -> None:
        """Every look-up key of the KB, and every word prefix of one, built once per KB state:
        the scan then tries only the token spans that can still become a key."""
        kb = self.kb
        size = (len(kb.surfaces), len(kb.roles), len(kb.nouns), len(kb.regions))
        if size == self._index_size:
            return
        keys = set(kb.surfaces) | set(kb.roles) | set(kb.nouns) | set(kb.regions)
        prefixes = set()
        for key in keys:
            words = key.split(" ")
            prefixes.update(" ".join(words[:m]) for m in range(1, len(words) + 1))
        self._keys, self._prefixes = frozenset(keys), frozenset(prefixes)
        self._stem_keys = frozenset(set(kb.nouns) | set(kb.roles))
        # round 30s2: the words whose stem is a key (``_plural_forms``) and, for a span of words
        # without a space in any, the spans whose last word's stem makes a key (the words before
        # it are the key's up to its last space, the stem is its last word)
        plurals = {form for key in self._stem_keys for form in _plural_forms(key)}
        self._start_words = frozenset(prefixes | plurals)
        self._key_ends = frozenset(keys | {head + space + form for key in self._stem_keys
                                           for head, space, last in [key.rpartition(" ")]
                                           for form in _plural_forms(last)})
        self._index_size = size
        self._generation += 1
        self._scans.clear()
        self._found.clear()

    def _can_start(self, word: str) -> bool:
        """Whether a key can start with ``word`` (as written or singular): ``word`` is a key's first
        words or a plural whose stem is a key (``_start_words``, built with the index)."""
        return word in self._start_words

    def scan_text(self, text: str) -> tuple[Match, ...]:
        """``scan(tokenize(text), text)``, remembered for short texts (mention phrases)."""
        if len(text) > MAX_CACHED_SCAN_CHARS:
            return tuple(self.scan(tokenize(text), text))
        self._index()
        found = self._scans.get(text)
        if found is None:
            if len(self._scans) >= SCAN_CACHE_SIZE:
                self._scans.clear()
            found = self._scans[text] = tuple(self.scan(tokenize(text), text))
        return found

    def scan(self, toks: list[Tok], text: str) -> list[Match]:
        """Non-overlapping matches, longest first from the left."""
        return self.scan_columns([t.norm for t in toks], [t.start for t in toks], [t.end for t in toks], text)

    def scan_columns(self, norms: list[str], starts: list[int], ends: list[int], text: str) -> list[Match]:
        """``scan`` of tokens given as their folded forms, starts and ends (``text.token_columns``)."""
        self._index()
        out, i, n = [], 0, len(norms)
        # round 30s2: with no space in any folded form (a spacing accent's NFKD has one), each span
        # is tested against ``_key_ends`` in one look-up (``_longest_plain``), and only the
        # positions of words that can start a key are visited (one comprehension over the words)
        longest = self._longest if " " in "".join(norms) else self._longest_plain
        start_words = self._start_words
        for at in [k for k, word in enumerate(norms) if word in start_words]:
            if at < i:
                continue  # inside the match before
            best = longest(norms, starts, ends, at, text)
            if best is not None and norms[at] == "the" and at + 1 < n:
                inner = longest(norms, starts, ends, at + 1, text)  # "the UN" must not hide "UN Security Council"
                if inner is not None and inner.j > best.j:
                    best = inner
            if best is not None:
                out.append(best)
                i = best.j
        return out

    def _longest(self, norms: list[str], starts: list[int], ends: list[int], i: int, text: str) -> Match | None:
        # Most words start no key: the loop below would stop at its first word with no end
        # (every one-word key is also a prefix), so answer that without building strings.
        if not self._can_start(norms[i]):
            return None
        # Spans [i, j) that can match: the words so far are a key prefix, and the span is
        # a key as written or with its last word singular ("troops" -> "troop").
        keys, stem_keys, prefixes = self._keys, self._stem_keys, self._prefixes
        found, words = [], ""
        for j in range(i + 1, min(len(norms), i + self.kb.max_words) + 1):
            base = words + " " if words else ""
            word = norms[j - 1]
            full = base + word
            if full in keys:
                found.append((j, full))
            else:
                for stem in _plural_stems(word):
                    if base + stem in stem_keys:
                        found.append((j, full))
                        break
            if full not in prefixes:
                break
            words = full
        return self._first_found(norms, starts, ends, i, text, found)

    def _longest_plain(self, norms: list[str], starts: list[int], ends: list[int], i: int, text: str) -> Match | None:
        """``_longest`` of folded forms none of which holds a space (round 30s2): a span ``[i, j)``
        that is a key as written or with its last word singular is one that ``_key_ends`` holds
        (its words before the last are then the key's up to its last space)."""
        if norms[i] not in self._start_words:
            return None
        key_ends, prefixes = self._key_ends, self._prefixes
        found, words = [], ""
        for j in range(i + 1, min(len(norms), i + self.kb.max_words) + 1):
            full = words + " " + norms[j - 1] if words else norms[j - 1]
            if full in key_ends:
                found.append((j, full))
            if full not in prefixes:
                break
            words = full
        return self._first_found(norms, starts, ends, i, text, found)

    def _first_found(self, norms: list[str], starts: list[int], ends: list[int], i: int, text: str,
                     found: list[tuple[int, str]]) -> Match | None:
        """The longest of the spans ``[i, j)`` found as keys that ``_lookup`` accepts."""
        for j, key in reversed(found):
            m = self._lookup(norms, i, j, text[starts[i]:ends[j - 1]], key)
            if m is not None:
                return m
        return None

    def _lookup(self, norms: list[str], i: int, j: int, surface: str, key: str) -> Match | None:
        """The match of tokens ``[i, j)`` (``surface``: their text), whose folded words joined by
        one space are ``key``. What it is depends on the key, its last word and the surface
        only: remembered per KB state (words repeat across documents)."""
        memo = (key, norms[j - 1], surface)
        found = self._found.get(memo, _UNKNOWN)
        if found is _UNKNOWN:
            if len(self._found) >= SCAN_CACHE_SIZE:
                self._found.clear()
            found = self._found[memo] = self._kind_of(norms[i:j], surface, key)
        return None if found is None else Match(i, j, found[0], found[1], surface)

    def _kind_of(self, words: list[str], surface: str, key: str) -> tuple[str, Any] | None:
        """``(what, value)`` of the folded ``words`` written as ``surface`` (``_lookup``), or None."""
        found = [s for s in self.kb.surface(key) if case_ok(s.form, surface)]
        if found:
            return "entry", preferred(found)
        if key in self.kb.roles:
            return "role", self.kb.roles[key]
        keys = [key] + [" ".join(words[:-1] + [stem]) for stem in _plural_stems(words[-1])]
        for k in keys:
            if k in self.kb.nouns:
                return "noun", self.kb.nouns[k]
            if k in self.kb.roles and k != key:
                return "role", self.kb.roles[k]
        if key in self.kb.regions:
            return "region", self.kb.regions[key]
        return None


#: A ``_lookup`` not yet remembered (None is a remembered answer: no match).
_UNKNOWN = object()


#: Among entries sharing a surface form, names and aliases come before state words.
_PREFERENCE = {"name": 0, "alias": 1, "government": 2, "demonym": 3, "adjective": 4, "capital": 5}


def preferred(found: list[Surface]) -> Surface:
    """Among entries sharing a surface form, prefer names and aliases over state words."""
    return min(found, key=lambda s: _PREFERENCE.get(s.how, 9))
