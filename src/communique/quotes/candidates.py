"""The record a quote finder returns before ids and actors are assigned."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    kind: str  # "direct" | "indirect"
    start: int
    end: int
    speaker_chars: tuple[int, int, int, int] | None = None  # phrase start/end, name start/end
    fallback: str | None = None  # actor kind to fall back to ("person") or None
    cue: str | None = None
    rule: str = ""


class TokenIndex:
    """Character offset -> token index over one spaCy Doc."""

    def __init__(self, doc):
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def at(self, offset: int) -> int:
        """Index of the token containing ``offset`` (or the last one starting before it)."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def first_from(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        i = bisect_right(self.starts, offset - 1)
        return i


def trim_span(text: str, start: int, end: int, strip: str = " \t\n,;:") -> tuple[int, int]:
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


#: Characters of a line outside its quote that still leave it a quote-only paragraph
#: (quote marks, a closing full stop, a dash).
MAX_QUOTE_PARAGRAPH_EXTRA_CHARS = 6


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _previous_line(text: str, start: int) -> tuple[int, int] | None:
    """The non-blank line before the line that starts at ``start``."""
    i = start - 1
    while i > 0 and text[i - 1] in " \t\r\n":
        i -= 1
    if i <= 0:
        return None
    return _line_bounds(text, i - 1)


def inherit_paragraph_speakers(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A direct quote that is a paragraph of its own and names no speaker takes the speaker
    of the last attributed quote (direct or indirect) of the paragraph before it:

        Ms Lee told reporters the plan was dead. / "We will not accept it." -> Ms Lee

    A quote whose paragraph holds other words keeps no speaker (it may be a title or a
    scare quote)."""
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.kind != "direct" or cand.speaker_chars is not None:
            continue
        ls, le = _line_bounds(text, cand.start)
        if len(text[ls:le].strip()) - (cand.end - cand.start) > MAX_QUOTE_PARAGRAPH_EXTRA_CHARS:
            continue
        prev = _previous_line(text, ls)
        if prev is None:
            continue
        attributed = [c for c in out[:i] if c.speaker_chars is not None and prev[0] <= c.start < prev[1]]
        if attributed:
            src = attributed[-1]
            out[i] = Candidate(cand.kind, cand.start, cand.end, src.speaker_chars, src.fallback, None,
                               "previous_paragraph")
    return out
