"""Pair quotation marks into quoted spans, from the characters alone (no parse).

Handles straight (``"``), curly (``“ ”``), low (``„``) and guillemet (``« »``)
double quotes, and curly or straight single quotes where a paragraph has no
double marks (headline and British style). A quotation that runs over several
paragraphs repeats its opening mark at each new paragraph without closing the
previous one; that is followed. An opening mark that is never closed is
dropped at the end of its paragraph, so a stray mark can never swallow the rest
of a document, and a span longer than ``max_chars`` is rejected.

Example handled: ``“We will respond,” he said.`` gives one span.
Example not handled: nested double quotes inside double quotes written with the
same mark (``"He said "no" to me"``) pair as two short spans.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ..spans import strip_span

logger = logging.getLogger(__name__)

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT_DOUBLE = '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
STRAIGHT_SINGLE = "'"
DOUBLE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE
#: Two apostrophes standing for a double quote.
TWO_APOSTROPHES = "''"
#: Characters after which a straight mark opens a quotation.
OPENING_CONTEXT = "([{—–―-/"
#: Characters before which a straight mark closes a quotation.
CLOSING_CONTEXT = ".,;:!?)]}—–―-…"


@dataclass(frozen=True)
class MarkedSpan:
    """A quotation found from its marks. ``start``/``end`` include the marks;
    ``inner_start``/``inner_end`` are the content between them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    single: bool = False
    paragraphs: int = 1


def _role(text: str, i: int, single: bool) -> str | None:
    """'open', 'close' or 'either' for the mark at ``text[i]``; None if it is no mark here."""
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if single:
        if c == SINGLE_OPEN or c == STRAIGHT_SINGLE:
            if (prev.isspace() or prev in OPENING_CONTEXT) and nxt.isalpha():
                return "open"
        if c == SINGLE_CLOSE or c == STRAIGHT_SINGLE:
            if not prev.isspace() and not nxt.isalnum():
                return "close"
        return None
    if c in "“„«":
        if c == "“" and not prev.isspace() and (nxt.isspace() or nxt in CLOSING_CONTEXT):
            return "close"  # a reversed mark used as a closing one
        return "open"
    if c in DOUBLE_CLOSE:
        if c == "”" and (prev.isspace() or prev in OPENING_CONTEXT) and not nxt.isspace():
            return "open"  # some sources print ” for both
        return "close"
    # straight double quote: decide by its neighbours
    if (prev.isspace() or prev in OPENING_CONTEXT) and not nxt.isspace():
        return "open"
    if nxt.isspace() or nxt in CLOSING_CONTEXT:
        return "close"
    return "either"


#: The characters ``_marks`` looks at: in a paragraph with double marks, those and the
#: two-apostrophe pair (a lone apostrophe is no mark there); else the single marks.
_DOUBLE_SCAN = re.compile("''|[" + re.escape(DOUBLE_MARKS) + "]")
_SINGLE_SCAN = re.compile("[" + re.escape(SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_SINGLE) + "]")


def _marks(text: str, start: int, end: int, single: bool) -> list[tuple[int, str, int]]:
    """``(offset, role, length)`` of each quotation mark in ``text[start:end]``.

    A regular expression finds the candidate characters (left to right, a two-apostrophe
    pair taken whole), instead of a Python loop over every character."""
    out = []
    for m in (_SINGLE_SCAN if single else _DOUBLE_SCAN).finditer(text, start, end):
        i = m.start()
        if m.end() - i == len(TWO_APOSTROPHES):  # '' used as a double quote (some newspapers)
            out.append((i, _role_pair(text, i), len(TWO_APOSTROPHES)))
            continue
        role = _role(text, i, single)
        if role is not None:
            out.append((i, role, 1))
    return out


def _role_pair(text: str, i: int) -> str:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 2] if i + 2 < len(text) else " "
    if (prev.isspace() or prev in OPENING_CONTEXT) and not nxt.isspace():
        return "open"
    if nxt.isspace() or nxt in CLOSING_CONTEXT:
        return "close"
    return "either"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line."""
    out, pos = [], 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if line.strip():
            out.append((s, e))
    return out


def find_marked_spans(text: str, max_chars: int) -> list[MarkedSpan]:
    """Quoted spans of ``text`` in order, paired from their marks.

    Args:
        text: the document text.
        max_chars: the longest content accepted; longer spans are stray marks.
    Returns:
        Non-overlapping ``MarkedSpan`` records sorted by offset.
    """
    spans: list[MarkedSpan] = []
    paragraphs = _paragraphs(text)
    open_at: int | None = None
    open_len = open_paragraphs = 0
    for k, (ps, pe) in enumerate(paragraphs):
        has_double = _DOUBLE_SCAN.search(text, ps, pe) is not None
        single = not has_double and open_at is None
        marks = _marks(text, ps, pe, single)
        skip_first = False
        if open_at is not None:
            # a continued quotation: this paragraph opened with a mark (checked below)
            skip_first = True
            open_paragraphs += 1
        for idx, (i, role, length) in enumerate(marks):
            if skip_first and idx == 0:
                continue
            if open_at is None:
                if role in ("open", "either"):
                    open_at, open_len, open_paragraphs = i, length, 1
                continue
            if role == "open":
                logger.debug("quote mark at %d never closed; restarting at %d", open_at, i)
                open_at, open_len, open_paragraphs = i, length, 1
                continue
            s, e = strip_span(text, open_at + open_len, i)
            if e - s > max_chars:
                logger.debug("quoted span [%d, %d) longer than %d characters: rejected", open_at, i + length, max_chars)
            elif e > s:
                spans.append(MarkedSpan(open_at, i + length, s, e, single, open_paragraphs))
            open_at = None
        if open_at is not None:
            nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            first = text[nxt[0]:nxt[1]].lstrip()[:1] if nxt else ""
            continues = bool(first) and not single and first in DOUBLE_OPEN + STRAIGHT_DOUBLE + STRAIGHT_SINGLE
            if not continues or nxt[0] - open_at > max_chars:
                logger.debug("quote mark at %d not closed in its paragraph: dropped", open_at)
                open_at = None
    return spans


def find_nested_spans(text: str, start: int, end: int) -> list[MarkedSpan]:
    """Single-quoted spans inside the double-quoted content ``text[start:end]`` (``"He told
    me, 'Let's talk tomorrow.'"``), paired as in a paragraph with no double marks; an
    apostrophe is no mark."""
    spans: list[MarkedSpan] = []
    open_at = None
    for i, role, length in _marks(text, start, end, True):
        if role == "open":
            open_at = i
        elif open_at is not None:
            s, e = strip_span(text, open_at + length, i)
            if e > s:
                spans.append(MarkedSpan(open_at, i + length, s, e, True))
            open_at = None
    return spans
