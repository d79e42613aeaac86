"""Which quotes of a document hold a character offset or a span, by bisection (round 23).

The stance rules ask, for hundreds of words and sentences of a document, whether an offset
sits inside a quote and whose quote holds a span (``stance_evidence._Mentions.holder``,
``in_quote``, ``unattributed``); each question was a scan over every quote of the document.
``QuoteSpans`` answers them from one index built once per quote list:

- ``inside(offset)``: ``any(q.start <= offset < q.end for q in quotes)``, from the union of the
  quotes' ranges merged into sorted disjoint runs;
- ``first_holding(start, end)``: the first quote in list order with ``q.start <= start`` and
  ``end <= q.end`` (``None`` when none), from the quotes sorted by start (a quote longer than the
  longest cannot hold the span, so only those starting in ``[end - longest, start]`` are read);
- ``any_unspoken(start, end)``: whether a quote without a speaker holds the span.

The answers are those of the scans, tested in ``tests/test_speed_round23.py``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class QuoteSpans:
    """The index of one list of quote records (anything with ``start``, ``end``, ``speaker``)."""

    __slots__ = ("quotes", "_run_starts", "_run_ends", "_rows", "_starts", "_longest")

    def __init__(self, quotes) -> None:
        self.quotes = quotes
        runs: list[list[int]] = []
        for s, e in sorted((q.start, q.end) for q in quotes if q.start < q.end):
            if runs and s <= runs[-1][1]:
                if e > runs[-1][1]:
                    runs[-1][1] = e
            else:
                runs.append([s, e])
        self._run_starts = [s for s, _ in runs]
        self._run_ends = [e for _, e in runs]
        rows = sorted(((q.start, q.end, order, q) for order, q in enumerate(quotes)), key=lambda r: r[0])
        self._rows = rows
        self._starts = [r[0] for r in rows]
        self._longest = max((e - s for s, e, _, _ in rows), default=0)

    def inside(self, offset: int) -> bool:
        """Whether ``offset`` sits inside a quote (``q.start <= offset < q.end``)."""
        k = bisect_right(self._run_starts, offset) - 1
        return k >= 0 and offset < self._run_ends[k]

    def _holding(self, start: int, end: int) -> list:
        lo = bisect_left(self._starts, end - self._longest)
        hi = bisect_right(self._starts, start)
        return [r for r in self._rows[lo:hi] if end <= r[1]] if lo < hi else []

    def first_holding(self, start: int, end: int):
        """The first quote (in list order) with ``q.start <= start`` and ``end <= q.end``, or ``None``."""
        found = self._holding(start, end)
        return min(found, key=lambda r: r[2])[3] if found else None

    def any_unspoken(self, start: int, end: int) -> bool:
        """Whether a quote without a speaker holds ``[start, end]``."""
        return any(not r[3].speaker for r in self._holding(start, end))
