"""Query parsing and snippets for full-text search (``store.search``): words and
"quoted phrases" of a query, and the best matching passage of a hit's text as
character offsets (``best_passage``)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Callable

#: Most words and phrases honoured; a longer query is cut (each adds work per document).
MAX_QUERY_TERMS = 16
#: Longest query accepted, in characters.
MAX_QUERY_CHARS = 1000
#: Characters of the best matching passage returned as the snippet.
SNIPPET_CHARS = 220
#: A snippet starts this many characters before its first hit, so the hit has context.
SNIPPET_LEAD = 40
#: Characters of a document scanned for the snippet (very long texts are cut there).
SNIPPET_SCAN_CHARS = 200_000

_PHRASE = re.compile(r'"([^"]*)"|“([^”]*)”')
_WORD = re.compile(r"\w+", re.UNICODE)
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class Query:
    words: list[str]    # lower-cased words, in order, without duplicates (phrase words included)
    phrases: list[str]  # quoted phrases, lower-cased, whitespace collapsed

    @property
    def terms(self) -> list[str]:
        """What the substring fallback requires: loose words, then phrases."""
        loose = [w for w in self.words if not any(w in _WORD.findall(p) for p in self.phrases)]
        return loose + self.phrases


def parse_query(q: str | None) -> Query:
    """Words and "quoted phrases" of a search string (an unclosed quote is ignored)."""
    q = (q or "")[:MAX_QUERY_CHARS]
    phrases = []
    for m in _PHRASE.finditer(q):
        words = _WORD.findall((m.group(1) or m.group(2) or "").lower())
        if len(words) > 1:
            phrases.append(" ".join(words))
    words = list(dict.fromkeys(w.lower() for w in _WORD.findall(q)))
    return Query(words[:MAX_QUERY_TERMS], phrases[:MAX_QUERY_TERMS])


def phrase_regex(phrase: str) -> str:
    return r"\b" + r"\W+".join(re.escape(w) for w in phrase.split()) + r"\b"



#: ``stem(words) -> {word: stem}``: the index's stemmer, given by ``store.search``.
Stemmer = Callable[[list[str]], dict[str, str]]


def _word_hits(text: str, query: Query, stems: set[str] | None, stem: Stemmer | None
               ) -> list[tuple[int, int, str]]:
    """``(start, end, term)`` of every query word in ``text``: same Porter stem (BM25), or
    containing the word (substring fallback)."""
    low = text.lower()
    hits: list[tuple[int, int, str]] = []
    if stems is not None and stem is not None:
        words = {m.group(0).lower() for m in _LETTERS.finditer(text)}
        if words:
            stem_of = stem(sorted(words))
            for m in _LETTERS.finditer(text):
                s = stem_of.get(m.group(0).lower())
                if s in stems:
                    hits.append((m.start(), m.end(), s))
    else:
        for term in query.terms:
            if " " in term:
                continue
            start = low.find(term)
            while start >= 0:
                hits.append((start, start + len(term), term))
                start = low.find(term, start + len(term))
    for phrase in query.phrases:
        for m in re.finditer(phrase_regex(phrase), text, re.IGNORECASE):
            hits.append((m.start(), m.end(), phrase))
    return sorted(hits)


def best_passage(text: str, query: Query, stems: set[str] | None = None,
                 stem: Stemmer | None = None) -> dict[str, Any]:
    """The window of ``SNIPPET_CHARS`` with the most distinct query terms (then the most
    hits): ``{"snippet", "snippet_start", "snippet_end", "highlights"}``, offsets into ``text``.
    A word of ``text`` matches when ``stem`` maps it into ``stems`` (the query's stems);
    without them, when it contains a query word (the substring fallback)."""
    scan = text[:SNIPPET_SCAN_CHARS]
    hits = _word_hits(scan, query, stems, stem)
    starts = [h[0] for h in hits]
    best, best_key = 0, (-1, -1)
    for i, (start, _, _) in enumerate(hits):
        inside = hits[i:bisect.bisect_right(starts, start + SNIPPET_CHARS - SNIPPET_LEAD)]
        key = (len({h[2] for h in inside if h[1] <= start + SNIPPET_CHARS - SNIPPET_LEAD}), len(inside))
        if key > best_key:
            best, best_key = start, key
    start = _word_start(text, max(0, best - SNIPPET_LEAD)) if hits else 0
    end = _word_end(text, min(len(text), start + SNIPPET_CHARS))
    piece = " ".join(text[start:end].split())
    highlights = _merged([(s, e) for s, e, _ in hits if start <= s and e <= end])
    return {"snippet": ("…" if start else "") + piece + ("…" if end < len(text) else ""),
            "snippet_start": start, "snippet_end": end, "highlights": highlights,
            "snippet_parts": _parts(text, start, end, highlights)}


def _parts(text: str, start: int, end: int, highlights: list[list[int]]) -> list[tuple[str, bool]]:
    """The snippet as ``(text, is_match)`` pieces, white space collapsed as in ``snippet`` (the
    web app marks the matches; escaping is the caller's job)."""
    cuts: list[tuple[str, bool]] = [("…", False)] if start else []
    pos = start
    for s, e in highlights:
        if s > pos:
            cuts.append((text[pos:s], False))
        cuts.append((text[s:e], True))
        pos = e
    if pos < end:
        cuts.append((text[pos:end], False))
    if end < len(text):
        cuts.append(("…", False))
    out = [(re.sub(r"\s+", " ", piece), hit) for piece, hit in cuts]
    if out:
        out[0] = (out[0][0].lstrip(), out[0][1])
        out[-1] = (out[-1][0].rstrip(), out[-1][1])
    return [p for p in out if p[0]]


def _merged(spans: list[tuple[int, int]]) -> list[list[int]]:
    """Overlapping or touching spans joined (a phrase and its words give one span)."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def _word_start(text: str, i: int) -> int:
    """``i`` moved right to the start of a word (not beyond ``SNIPPET_LEAD``)."""
    if i == 0 or text[i - 1].isspace():
        return i
    j = i
    while j < len(text) and j - i < SNIPPET_LEAD and not text[j].isspace():
        j += 1
    return j + 1 if j < len(text) and j - i < SNIPPET_LEAD else i


def _word_end(text: str, i: int) -> int:
    """``i`` moved left to the end of a word (not beyond ``SNIPPET_LEAD``)."""
    if i >= len(text) or text[i].isspace():
        return i
    j = i
    while j > 0 and i - j < SNIPPET_LEAD and not text[j - 1].isspace():
        j -= 1
    return j - 1 if j > 0 and i - j < SNIPPET_LEAD else i
