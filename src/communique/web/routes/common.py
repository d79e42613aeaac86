"""Request helpers shared by the API and the pages: state, filters, the no-store error."""

from __future__ import annotations

from fastapi import Query, Request

from ...document import ATTRIBUTION_KINDS, EVENT_MODES, PLOVER_TYPES
from ...store.timeline import QUAD_CLASSES
from ..queries import EventFilter
from ..security import ApiError

#: ``YYYY-MM-DD``, the only date form the filters accept.
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
#: Longest free-text query parameter (search words, publisher, actor key) accepted.
MAX_QUERY_CHARS = 300

def web(request: Request):
    return request.app.state.web


def reader(request: Request):
    """The store reader, or a 404 saying this server runs without a store."""
    state = web(request)
    if state.reader is None:
        raise ApiError(404, "no_database", "this server has no corpus database; "
                                           "start it with `communique serve --db FILE`")
    return state.reader


def _values(raw: str | None, allowed: tuple[str, ...], name: str, upper: bool = False) -> tuple[str, ...]:
    """A comma-separated list of allowed values (as the CLI takes them), or a 422."""
    values = tuple(dict.fromkeys(v.strip().upper() if upper else v.strip()
                                 for v in (raw or "").split(",") if v.strip()))
    wrong = [v for v in values if v not in allowed]
    if wrong:
        raise ApiError(422, "invalid_request", f"query.{name}: unknown value(s); allowed: {', '.join(allowed)}")
    return values


def event_filter(
    since: str | None = Query(None, pattern=DATE_PATTERN, description="first day, YYYY-MM-DD"),
    until: str | None = Query(None, pattern=DATE_PATTERN, description="last day, YYYY-MM-DD"),
    type: str | None = Query(None, max_length=MAX_QUERY_CHARS, description="PLOVER type(s), comma-separated"),
    mode: str | None = Query(None, max_length=MAX_QUERY_CHARS, description="mode(s), comma-separated"),
    attribution: str | None = Query(None, max_length=MAX_QUERY_CHARS,
                                    description="reported, quoted and/or author, comma-separated"),
    publisher: str | None = Query(None, max_length=MAX_QUERY_CHARS),
    actor: str | None = Query(None, max_length=MAX_QUERY_CHARS,
                              description="actor as source or target: key, key prefix, country code or name"),
    source: str | None = Query(None, max_length=MAX_QUERY_CHARS, description="source actor, matched like actor"),
    target: str | None = Query(None, max_length=MAX_QUERY_CHARS, description="target actor, matched like actor"),
    undated: bool = Query(False, description="only events with neither an event date nor a publication date"),
    quad: str | None = Query(None, max_length=MAX_QUERY_CHARS,
                             description="quad class(es), comma-separated: verbal cooperation, material conflict, ..."),
) -> EventFilter:
    return EventFilter(since=since, until=until, type=_values(type, PLOVER_TYPES, "type", upper=True),
                       mode=_values(mode, EVENT_MODES, "mode"),
                       attribution=_values(attribution, ATTRIBUTION_KINDS, "attribution"),
                       publisher=publisher, actor=actor, source=source, target=target,
                       undated=undated, quad=_values(quad, QUAD_CLASSES, "quad"))
