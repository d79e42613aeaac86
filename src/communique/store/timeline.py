"""Event timelines: the one query behind ``Corpus.timeline`` and the web app's
``/api/timeline``, so that the two can never count the same events differently.

An event is placed on its own date, else on its document's publication date, and is
counted once per time bucket under its quad class: the stored one, else the class of its
PLOVER type (stores written before the column was filled). Events with neither date are
left out. Callers give the SQL condition that selects the events (an actor, a dyad, the
web app's filters) with its bound parameters.
"""

from __future__ import annotations

from typing import Any

from .rows import QUAD_CLASS

#: Time buckets a timeline may count by (DuckDB ``date_trunc`` parts).
TIMELINE_BUCKETS = ("day", "week", "month", "quarter", "year")
#: The quad classes, in the order timelines list them.
QUAD_CLASSES = tuple(dict.fromkeys(QUAD_CLASS.values()))


def event_day(alias: str = "e") -> str:
    """SQL for the day an event is placed on: its own date, else its document's."""
    return f"coalesce({alias}.date, {alias}.published)"


def quad_class_sql(alias: str = "e") -> tuple[str, list[str]]:
    """SQL for an event's quad class (the stored one, else mapped from its type) and the
    parameters it binds (no value is written into the SQL text)."""
    parts, params = [], []
    for ptype, quad in QUAD_CLASS.items():
        parts.append("WHEN ? THEN ?")
        params += [ptype, quad]
    return f"coalesce({alias}.quad_class, CASE {alias}.type {' '.join(parts)} ELSE NULL END)", params


def check_bucket(by: str) -> str:
    """``by`` if it is one of ``TIMELINE_BUCKETS``, else ``ValueError`` naming the allowed ones."""
    if by not in TIMELINE_BUCKETS:
        raise ValueError(f"unknown timeline bucket {by!r}; allowed: {TIMELINE_BUCKETS}")
    return by


def dated_events(where: str, params: list[Any], by: str, alias: str = "e") -> tuple[str, list[Any]]:
    """SQL selecting one row per event of ``events {alias}`` that matches ``where`` and has
    a day: ``doc_id``, ``event_id``, ``period`` (the day truncated to ``by``) and ``quad_class``."""
    quad, quad_params = quad_class_sql(alias)
    day = event_day(alias)
    sql = (f"SELECT {alias}.doc_id, {alias}.event_id, date_trunc('{check_bucket(by)}', {day}) AS period,"
           f" {quad} AS quad_class FROM events {alias} WHERE ({where}) AND {day} IS NOT NULL")
    return sql, quad_params + list(params)


def event_counts(where: str, params: list[Any], by: str = "month", alias: str = "e") -> tuple[str, list[Any]]:
    """SQL counting the events that match ``where`` per ``period`` (a ``DATE``, the first day
    of the bucket) and ``quad_class``, ordered by both; and its parameters."""
    inner, inner_params = dated_events(where, params, by, alias)
    sql = (f"SELECT CAST(period AS DATE) AS period, quad_class, count(*) AS events FROM ({inner})"
           " GROUP BY ALL ORDER BY period, quad_class")
    return sql, inner_params
