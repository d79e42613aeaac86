"""The one reader of absolute dates: metadata values, knowledge-base validity dates, stored
dates and full dates written in a text all go through ``parse_date``.

Relative expressions ("on Tuesday", "yesterday") need a reference date and are resolved
by ``events.dating.resolve``, which hands absolute ones to this module.

    >>> parse_date("2024-05-16T09:30:00Z"), parse_date("16 May 2024"), parse_date("today")
    (datetime.date(2024, 5, 16), datetime.date(2024, 5, 16), None)
    >>> parse_date("2014", partial=True)
    datetime.date(2014, 1, 1)
"""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], 1) for m in names}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: Every full date has a year of these centuries: a text without one has none (a quick test first).
ANY_YEAR = re.compile(r"(?:19|20)\d\d")
#: Full dates written in a text: ISO, "May 16, 2024", "16 May 2024", "16th of May 2024".
PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
]
#: Compact ISO ``YYYYMMDD``.
_COMPACT = re.compile(rf"^{_YEAR}(?P<mnum>[01]\d)(?P<dnum>[0-3]\d)$")
#: A year, a year and month, or a date with unpadded month/day ("2014", "2014-3", "2014-3-7").
_PARTIAL = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?$")
#: Years outside this range are not dates of news text when read from words.
MIN_YEAR, MAX_YEAR = 1900, 2100
#: Words that name no fixed day (a value of "today" in metadata says nothing).
NOT_A_DATE = frozenset({"today", "now"})


def _build(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_match(m: re.Match) -> date | None:
    g = m.groupdict()
    if g.get("mnum"):
        return _build(int(g["year"]), int(g["mnum"]), int(g["dnum"]))
    return _build(int(g["year"]), MONTHS[g["month"].lower().rstrip(".")], int(g["day"]))


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every full date in ``text`` as ``(start, end, iso)``, in text order, not overlapping."""
    if not ANY_YEAR.search(text):
        return []
    found = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            day = _from_match(m)
            if day is not None:
                found.append((m.start(), m.end(), day.isoformat()))
    found.sort()
    return [f for i, f in enumerate(found) if i == 0 or f[0] >= found[i - 1][1]]


def parse_date(value, partial: bool = False) -> date | None:
    """The day named by ``value``, or ``None``.

    Args:
        value: a ``date`` or ``datetime``; an ISO 8601 date or timestamp (``2024-05-16``,
            ``2024-05-16T09:30:00Z``, ``20240516``); or a string holding a full date written
            out (``16 May 2024``, ``May 16, 2024``): the first one in it.
        partial: also read a bare year or year and month as its first day (``2014`` ->
            2014-01-01, ``2014-03`` -> 2014-03-01) and unpadded ``2014-3-7``: right for the
            validity dates of a knowledge base, wrong for a publication date.

    Returns ``None`` for ``None``, empty strings, ``today``/``now`` and anything else.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text or text.lower() in NOT_A_DATE:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = _COMPACT.match(text)
    if m:
        return _from_match(m)
    if partial:
        m = _PARTIAL.match(text)
        if m:
            try:
                return date(int(m["year"]), int(m["month"] or 1), int(m["day"] or 1))
            except ValueError:
                return None
    found = find_dates(text)
    return date.fromisoformat(found[0][2]) if found else None


def iso_date(value, partial: bool = False) -> str | None:
    """``parse_date(value)`` as ``YYYY-MM-DD``, or ``None``."""
    day = parse_date(value, partial)
    return day.isoformat() if day is not None else None
