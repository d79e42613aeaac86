"""Publication dates: found in metadata or in the text, normalised to ISO ``YYYY-MM-DD``
(read by ``communique.dates``, the one parser of absolute dates), with where each came from.

Where a page prints its date, in the order they are trusted (``date_source``):

- ``metadata``: the reader's value (HTML meta tags, a table column, ``published=``);
- ``date_line``: a labelled line at the top ("Posted on 5 January 2020", "Updated:
  07 Sep 2022"; a publication label wins over a revision label) or a short line that is
  only a date, perhaps with a weekday, a place or a time ("Tue 14 November 2023 10.02
  GMT", "15.02.2022");
- ``dateline``: a wire dateline ("KYIV, March 12 (Wire) -"); without a year the year
  comes from the latest full date or year the text prints;
- ``text``: the first full date in the opening sentences ("On 8 March 2023, ...").

Numeric forms are read only where the order is clear: ``2021/03/12``, dotted
``15.02.2022`` (day first), and slashed dates where one side exceeds 12.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import resources
from ..dates import ANY_YEAR, MONTHS, _DAY, _MONTH, _build, find_dates, iso_date  # noqa: F401
from .lines import Line

#: Characters from the start of a text searched for a dateline or date line.
HEADER_CHARS = 800
#: Lines from the top searched for a date line or dateline.
DATE_HEADER_LINES = 10
#: A line this short that holds a date (and perhaps a place, weekday or time) is a date line.
MAX_DATE_LINE_CHARS = 60
#: A labelled line ("Posted by X on ...") may be this long.
MAX_LABEL_LINE_CHARS = 160
#: Where the first unlabelled full date may stand to count as the publication date.
MAX_TEXT_DATE_OFFSET_CHARS = 400

_DATELINE = re.compile(r"^[A-Z][A-Z .'’\-]{2,40}(?:,|\s*\()")
_NO_YEAR = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s*(?:19|20)\d\d)", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s*(?:19|20)\d\d)", re.I),
]
_YMD = re.compile(r"\b(?P<year>(?:19|20)\d\d)[/.](?P<a>[01]?\d)[/.](?P<b>[0-3]?\d)\b")
_DOTTED = re.compile(r"\b(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b")
_SLASHED = re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?P<year>(?:19|20)\d\d)", re.I)


@dataclass(frozen=True)
class FoundDate:
    iso: str
    source: str  # "date_line" | "dateline" | "text"
    line: Line | None = None  # the line that holds only the date (a fixed "other" section)


def normalise_date(value) -> str | None:
    """ISO date from metadata (``communique.dates.parse_date``): ``date``/``datetime``, ISO
    strings, "12 March 2026"; ``None`` for anything else."""
    return iso_date(value)


def date_in_header(text: str) -> tuple[int, int, str] | None:
    """The first full date in the opening of the text (dateline or date line)."""
    dates = find_dates(text[:HEADER_CHARS])
    return dates[0] if dates else None


@resources.cached
def _labels() -> dict[str, re.Pattern]:
    data = resources.yaml("structure/date_labels.en.yaml")
    out = {}
    for kind in ("publication", "revision"):
        words = sorted(data[kind], key=len, reverse=True)
        alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        out[kind] = re.compile(rf"^(?:first\s+|originally\s+)?(?:{alt})\b", re.I)
    return out


def numeric_dates(text: str) -> list[tuple[int, int, str]]:
    """Numeric dates whose order is clear, as ``(start, end, iso)``."""
    found = []
    for m in _YMD.finditer(text):
        day = _build(int(m["year"]), int(m["a"]), int(m["b"]))
        if day:
            found.append((m.start(), m.end(), day.isoformat()))
    for m in _DOTTED.finditer(text):
        day = _build(int(m["year"]), int(m["b"]), int(m["a"]))
        if day:
            found.append((m.start(), m.end(), day.isoformat()))
    for m in _SLASHED.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            day = _build(int(m["year"]), b, a)
        elif b > 12 >= a:
            day = _build(int(m["year"]), a, b)
        else:
            day = None  # 03/04/2021: the order is not clear
        if day:
            found.append((m.start(), m.end(), day.isoformat()))
    return sorted(found)


def dates_in(text: str) -> list[tuple[int, int, str]]:
    """Full dates written out, then numeric ones, in text order."""
    if not ANY_YEAR.search(text):  # every date pattern has a year
        return []
    found = sorted(find_dates(text) + numeric_dates(text))
    return [f for i, f in enumerate(found) if i == 0 or f[0] >= found[i - 1][1]]


def _year_of(text: str) -> int | None:
    """The year a yearless dateline belongs to: the latest full date or year in the text,
    a copyright year first."""
    m = _COPYRIGHT_YEAR.search(text)
    if m:
        return int(m["year"])
    years = [int(y) for y in _YEAR.findall(text)]
    full = [int(iso[:4]) for _, _, iso in dates_in(text)]
    return max(full) if full else (max(years) if years else None)


def _yearless(line: str, text: str) -> str | None:
    for pattern in _NO_YEAR:
        m = pattern.search(line)
        if m:
            year = _year_of(text)
            if year is None:
                return None
            day = _build(year, MONTHS[m["month"].lower().rstrip(".")], int(m["day"]))
            return day.isoformat() if day else None
    return None


def find_publication_date(lines: list[Line], text: str) -> tuple[FoundDate | None, list[Line]]:
    """The publication date printed at the top of ``text`` and the lines that hold only a
    date (anywhere: they are "other" sections, not body text)."""
    labels = _labels()
    only_date = [l for l in lines if len(l.text) <= MAX_DATE_LINE_CHARS and dates_in(l.text)]
    head = lines[:DATE_HEADER_LINES]
    labelled: dict[str, FoundDate] = {}
    short = dateline = None
    for line in head:
        found = dates_in(line.text)
        for kind in ("publication", "revision"):
            if kind not in labelled and found and labels[kind].match(line.text.lstrip("*_ ")) \
                    and len(line.text) <= MAX_LABEL_LINE_CHARS:
                labelled[kind] = FoundDate(found[0][2], "date_line", line if line in only_date else None)
        if short is None and found and line in only_date:
            short = FoundDate(found[0][2], "date_line", line)
        if dateline is None and _DATELINE.match(line.text):
            if found and found[0][0] < MAX_DATE_LINE_CHARS:
                dateline = FoundDate(found[0][2], "dateline")
            else:
                iso = _yearless(line.text[:MAX_DATE_LINE_CHARS], text)
                if iso:
                    dateline = FoundDate(iso, "dateline")
    best = labelled.get("publication") or labelled.get("revision") or short or dateline
    if best is None:
        opening = text[:MAX_TEXT_DATE_OFFSET_CHARS]
        found = dates_in(opening)
        if found:
            best = FoundDate(found[0][2], "text")
    return best, only_date
