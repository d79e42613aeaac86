"""Small helpers over character spans shared by the stages."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


def strip_span(text: str, start: int, end: int, chars: str | frozenset[str] | None = None) -> tuple[int, int]:
    """``(start, end)`` moved inwards past whitespace (or past any of ``chars``) at both ends."""
    strip = str.isspace if chars is None else chars.__contains__
    while start < end and strip(text[start]):
        start += 1
    while end > start and strip(text[end - 1]):
        end -= 1
    return start, end


class SpanSet:
    """Fixed ``(start, end)`` character spans answering "is an offset inside one?", "does one
    overlap this range?", "does one contain this range?" and "how much of this range do they
    cover?" in logarithmic time instead of a scan over every span (issue 21: these scans made
    long documents quadratic).

    Spans may overlap and come in any order; the answers are those of the plain scans
    (``any(s <= offset < e for s, e in spans)`` and so on). Only the spans that start within
    the longest span's length of the query can answer it, and bisection over the sorted
    starts finds them.

    Example: ``SpanSet([(0, 5), (10, 20)]).inside(12)`` is True, ``.inside(5)`` is False.
    """

    __slots__ = ("_spans", "_starts", "_longest")

    def __init__(self, spans):
        self._spans = sorted((int(s), int(e), i) for i, (s, e) in enumerate(spans))
        self._starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)

    def __len__(self) -> int:
        return len(self._spans)

    def _near(self, lo_start: int, hi: int):
        """Spans whose start lies in ``(lo_start, ...]`` up to index ``hi`` (exclusive)."""
        return self._spans[bisect_right(self._starts, lo_start):hi]

    # round 31s7: the four tests below step through the near spans by index (``_near``'s bounds),
    # with no slice and no generator per call: ~450 calls a document, most near one span or none

    def inside(self, offset: int) -> bool:
        """Whether some span has ``start <= offset < end``."""
        starts, spans = self._starts, self._spans
        for k in range(bisect_right(starts, offset - self._longest), bisect_right(starts, offset)):
            if spans[k][1] > offset:
                return True
        return False

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has ``s < end and start < e``."""
        starts, spans = self._starts, self._spans
        for k in range(bisect_right(starts, start - self._longest), bisect_left(starts, end)):
            if spans[k][1] > start:
                return True
        return False

    def contains(self, start: int, end: int) -> bool:
        """Whether some span has ``s <= start and end <= e``."""
        starts, spans = self._starts, self._spans
        for k in range(bisect_right(starts, end - self._longest - 1), bisect_right(starts, start)):
            if spans[k][1] >= end:
                return True
        return False

    def first_containing(self, start: int, end: int) -> int | None:
        """The position (in the order given) of the first span with ``s <= start and end <= e``,
        or None."""
        starts, spans, first = self._starts, self._spans, None
        for k in range(bisect_right(starts, end - self._longest - 1), bisect_right(starts, start)):
            _, e, i = spans[k]
            if e >= end and (first is None or i < first):
                first = i
        return first

    def covered(self, start: int, end: int) -> int:
        """``sum(max(0, min(e, end) - max(s, start)) for s, e in spans)``: characters of
        ``[start, end)`` under the spans, counted once per span."""
        hi = bisect_left(self._starts, end)
        return sum(max(0, min(e, end) - max(s, start)) for s, e, _ in self._near(start - self._longest, hi))
