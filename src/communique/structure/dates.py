"""Publication dates: found in metadata or in the text, normalised to ISO ``YYYY-MM-DD``."""

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
PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
]
#: Years outside this range are not publication dates of news text.
MIN_YEAR, MAX_YEAR = 1900, 2100
#: Characters from the start of a text searched for a dateline or date line.
HEADER_CHARS = 800


def _build(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match) -> str | None:
    g = m.groupdict()
    if g.get("mnum"):
        return _build(int(g["year"]), int(g["mnum"]), int(g["dnum"]))
    return _build(int(g["year"]), MONTHS[g["month"].lower().rstrip(".")], int(g["day"]))


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every full date in ``text`` as ``(start, end, iso)``, in text order."""
    found = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            iso = _from_match(m)
            if iso:
                found.append((m.start(), m.end(), iso))
    found.sort()
    return [f for i, f in enumerate(found) if i == 0 or f[0] >= found[i - 1][1]]


def normalise_date(value) -> str | None:
    """ISO date from metadata: ``date``/``datetime``, ISO strings, "12 March 2026", epoch-free text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    if not s:
        return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    m = re.match(rf"^{_YEAR}(?P<mnum>[01]\d)(?P<dnum>[0-3]\d)$", s)
    if m:
        return _from_match(m)
    dates = find_dates(s)
    return dates[0][2] if dates else None


def date_in_header(text: str) -> tuple[int, int, str] | None:
    """The first full date in the opening of the text (dateline or date line)."""
    dates = find_dates(text[:HEADER_CHARS])
    return dates[0] if dates else None
