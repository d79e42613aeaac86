"""Small helpers over character spans shared by the stages."""

from __future__ import annotations


def strip_span(text: str, start: int, end: int, chars: str | frozenset[str] | None = None) -> tuple[int, int]:
    """``(start, end)`` moved inwards past whitespace (or past any of ``chars``) at both ends."""
    strip = str.isspace if chars is None else chars.__contains__
    while start < end and strip(text[start]):
        start += 1
    while end > start and strip(text[end - 1]):
        end -= 1
    return start, end
