"""Small text helpers shared by the knowledge base and the resolver: folding a
surface form to its lookup key, a tokenizer that keeps character offsets, slugs and
date parsing. Pure functions, no spaCy."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from .. import dates
from ..names import PLAIN_PUNCTUATION as _QUOTES
from ..names import fold, slug  # noqa: F401  (re-exported: the actors package's own names)

#: Acronym aliases this short (all capitals) only match text written in capitals, so
#: that "US" or "IS" never match "us" or "is".
MAX_CASE_SENSITIVE_ACRONYM_CHARS = 4

# a word (letters/digits with inner dots, hyphens, ampersands, apostrophes), a possessive, or one symbol
_TOKEN = re.compile(r"'s\b|\w+(?:[.\-&']\w+)*|[^\w\s]", re.UNICODE)


class Tok(NamedTuple):
    """A token of a surface form: as written, folded (``norm``), and its offsets.

    A named tuple rather than a frozen dataclass: a document's worth of them is built
    for every scan, and a tuple is several times cheaper to create."""

    text: str
    norm: str
    start: int
    end: int


#: Distinct raw tokens whose folded form is remembered (words repeat across mentions and documents).
NORM_CACHE_SIZE = 65_536


@lru_cache(maxsize=NORM_CACHE_SIZE)
def _norm_token(raw: str) -> str:
    t = fold(raw)
    if t.endswith(".") and "." not in t[:-1]:
        t = t[:-1]  # "Gen." -> "gen", "Putin." -> "putin"; "U.S." keeps its dots
    return t


#: Distinct short phrases whose tokens are remembered (the resolver sees the same mentions
#: again and again); with MAX_CACHED_PHRASE_CHARS this bounds the cache to a few MB.
TOKENIZE_CACHE_SIZE = 16_384
#: Texts longer than this (whole documents, paragraphs) are tokenized without the cache.
MAX_CACHED_PHRASE_CHARS = 120


def tokenize(text: str) -> list[Tok]:
    """Tokens with offsets into ``text``; "Russia's" gives "Russia" and "'s"."""
    if len(text) > MAX_CACHED_PHRASE_CHARS:
        return _tokenize_long(text)
    return list(_tokenize(text))


def _tokenize_long(text: str) -> list[Tok]:
    """``_tokenize`` of a long text (a whole document), one run of non-space characters at
    a time: no token pattern crosses a space, and a run's tokens come from the cache
    (words repeat), shifted to the run's offset (built as plain tuples of the ``Tok`` type,
    without its Python-level constructor). The runs are those of ``str.split`` (its
    whitespace is that of ``\\s``), each found after the one before."""
    out: list[Tok] = []
    append, extend, new = out.append, out.extend, tuple.__new__
    for base, toks in _runs(text):
        if len(toks) == 1:  # most runs are one word
            word, norm, start, end = toks[0]
            append(new(Tok, (word, norm, start + base, end + base)))
        else:
            extend([new(Tok, (word, norm, start + base, end + base)) for word, norm, start, end in toks])
    return out


def _runs(text: str):
    """Each run of non-space characters of ``text`` (``str.split``, whose whitespace is that of
    ``\\s``) as its offset and its tokens through the cache (offsets within the run), each run
    found after the one before."""
    base, find = 0, text.find
    for run in text.split():
        base = find(run, base)  # only whitespace lies before it
        yield base, _tokenize(run) if len(run) <= MAX_CACHED_PHRASE_CHARS else _tokenize.__wrapped__(run)
        base += len(run)


def token_columns(text: str) -> tuple[list[str], list[int], list[int]]:
    """The folded forms, starts and ends of the tokens of ``tokenize(text)`` as three lists,
    without a ``Tok`` per token (a whole document, which the KB scan reads by folded form,
    and by offsets only where it matches): each run of non-space characters (``str.split``)
    is tokenized through the cache, as in ``_tokenize_long``, found after the one before, and
    its tokens shifted to its offset (``_runs``' loop, written out here for speed, round 30s2;
    a ``re.split`` that kept the spaces cost more than the whole loop)."""
    norms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    add_norm, add_start, add_end = norms.append, starts.append, ends.append
    base, find = 0, text.find
    for run in text.split():  # ``_runs`` written out (round 30s2: no generator step per run)
        base = find(run, base)
        toks = _tokenize(run) if len(run) <= MAX_CACHED_PHRASE_CHARS else _tokenize.__wrapped__(run)
        if len(toks) == 1:  # most runs are one word
            _word, norm, start, end = toks[0]
            add_norm(norm)
            add_start(start + base)
            add_end(end + base)
        else:
            for _word, norm, start, end in toks:
                add_norm(norm)
                add_start(start + base)
                add_end(end + base)
        base += len(run)
    return norms, starts, ends


@lru_cache(maxsize=TOKENIZE_CACHE_SIZE)
def _tokenize(text: str) -> tuple[Tok, ...]:
    clean = text.translate(_QUOTES)
    out = []
    append, norm = out.append, _norm_token
    for m in _TOKEN.finditer(clean):
        raw = m.group(0)
        start, end = m.span()
        if len(raw) > 2 and raw.endswith("'s"):  # "Russia's" kept whole by the word rule: split
            append(Tok(text[start:end - 2], norm(raw[:-2]), start, end - 2))
            append(Tok(text[end - 2:end], "'s", end - 2, end))
            continue
        append(Tok(text[start:end], norm(raw), start, end))
    return tuple(out)


def key_of(text: str) -> str:
    """The lookup key of a surface form: folded tokens joined by one space."""
    return " ".join(t.norm for t in tokenize(text))


@lru_cache(maxsize=NORM_CACHE_SIZE)
def needs_capitals(alias: str) -> bool:
    """True when an alias must match text that is written in capitals."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= MAX_CASE_SENSITIVE_ACRONYM_CHARS


#: Distinct (KB form, text as written) pairs whose ``case_ok`` answer is remembered.
CASE_CACHE_SIZE = 65_536


@lru_cache(maxsize=CASE_CACHE_SIZE)
def case_ok(alias: str, surface: str) -> bool:
    """Whether ``surface`` (text as written) may match ``alias`` (KB form); remembered per pair."""
    if needs_capitals(alias):
        return "".join(c for c in surface if c.isalpha()) == "".join(c for c in alias if c.isalpha())
    letters = "".join(c for c in alias if c.isalpha())
    if len(letters) <= MAX_CASE_SENSITIVE_ACRONYM_CHARS and any(c.isupper() for c in letters[1:]) \
            and " " not in alias:
        # a short mixed-case acronym ("LeT", "JeM") is written as such or in capitals, never as a
        # word ("Let me begin")
        written = "".join(c for c in surface if c.isalpha())
        return written == letters or written.isupper()
    if any(c.isupper() for c in alias):
        return any(c.isupper() for c in surface)
    return True


def parse_date(value) -> date | None:
    """``communique.dates.parse_date`` with partial dates allowed ("2014", "2014-03"): the
    validity dates of knowledge-base entries; ``None`` for missing, "today" or unreadable."""
    return dates.parse_date(value, partial=True)


def standalone_spans(text: str, forms: tuple[str, ...], also_joins: str = "") -> list[tuple[int, int]]:
    """The spans of ``forms`` (strings of one length) in ``text`` where neither the character
    before nor the one after is a word character (``\\w``: alphanumeric or "_") or one of
    ``also_joins``, left to right and without overlap: the matches of ``re.finditer`` with the
    pattern ``(?<![\\w<also_joins>])(?:<form>|...)(?![\\w<also_joins>])`` of the forms escaped, by
    ``str.find``, so no pattern is compiled for a name (a new name per document missed ``re``'s
    cache: ~0.06-0.15 ms a compile)."""
    if not forms or not forms[0]:
        return []
    size, end, pos, out = len(forms[0]), len(text), 0, []
    while True:
        found = [at for at in (text.find(form, pos) for form in forms) if at >= 0]
        if not found:
            return out
        at = min(found)
        if at and _joins(text[at - 1], also_joins) or at + size < end and _joins(text[at + size], also_joins):
            pos = at + 1
        else:
            out.append((at, at + size))
            pos = at + size


def _joins(char: str, also_joins: str) -> bool:
    """Whether ``char`` (one character) continues a word: ``\\w`` or one of ``also_joins``."""
    return char.isalnum() or char == "_" or char in also_joins


#: The characters, other than the ASCII letters, that ``re.IGNORECASE`` matches to an ASCII letter
#: (found by testing every character against each letter): "İ" and the dotless "ı" to "i", the
#: Kelvin sign to "k", the long s to "s".
_FOLDED_ONTO_ASCII = ("\u0130", "\u0131", "\u212a", "\u017f")


def may_hold_ignorecase(text: str, words) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower-case ASCII) in any case, as a pattern with
    ``re.IGNORECASE`` matches it: False only where no such match can be in ``text`` (its lower case
    holds none of the words, and it has none of the other characters ``re`` folds onto an ASCII
    letter), so that a whole-text search of a pattern every match of which holds one of the words
    is skipped for a text that has none (round 30s2: a case-blind scan of a document cost 0.05-0.1
    ms where two ``str`` searches cost a few µs)."""
    if any(c in text for c in _FOLDED_ONTO_ASCII):
        return True
    low = text.lower()
    return any(w in low for w in words)
