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
