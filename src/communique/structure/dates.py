"""Publication dates: found in metadata or in the text, normalised to ISO ``YYYY-MM-DD``
(read by ``communique.dates``, the one parser of absolute dates)."""

from __future__ import annotations

from ..dates import find_dates, iso_date  # noqa: F401  (find_dates: re-exported for the structure stage)

#: Characters from the start of a text searched for a dateline or date line.
HEADER_CHARS = 800


def normalise_date(value) -> str | None:
    """ISO date from metadata (``communique.dates.parse_date``): ``date``/``datetime``, ISO
    strings, "12 March 2026"; ``None`` for anything else."""
    return iso_date(value)


def date_in_header(text: str) -> tuple[int, int, str] | None:
    """The first full date in the opening of the text (dateline or date line)."""
    dates = find_dates(text[:HEADER_CHARS])
    return dates[0] if dates else None
