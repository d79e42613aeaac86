"""JSON API under ``/api/`` (OpenAPI at ``/api/openapi.json``, listed at ``/api``).

Errors share one shape, ``{"error": {"status", "code", "message"}}`` (see ``security``).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from ... import __version__
from ...document import SECTION_KINDS
from ..queries import (ACTOR_EXPORT_COLUMNS, DEFAULT_GRAPH_NODES, EVENT_EXPORT_COLUMNS, MAP_ROLES, MAX_PAGE_SIZE,
                       EventFilter, with_evidence)
from ..security import ApiError, token_matches
from .common import DATE_PATTERN, MAX_QUERY_CHARS, event_filter, reader, web

router = APIRouter(prefix="/api", tags=["api"])

#: Longest title or publisher accepted with a text to analyse.
MAX_META_CHARS = 500


class AnalyzeRequest(BaseModel):
    """A text to analyse, with optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the document text (plain text)")
    title: str | None = Field(None, max_length=MAX_META_CHARS)
    published: str | None = Field(None, pattern=DATE_PATTERN, description="YYYY-MM-DD")
    publisher: str | None = Field(None, max_length=MAX_META_CHARS)


def require_token(request: Request) -> None:
    if not token_matches(web(request).token, request):
        raise ApiError(401, "unauthorized", "this endpoint needs the server's API token "
                                            "(header `Authorization: Bearer TOKEN`)")


def _one(value: Any, what: str) -> Any:
    if value is None:
        raise ApiError(404, "not_found", f"no {what} with this id")
    return value


@router.get("/health")
def health(request: Request) -> dict[str, Any]:
    """Liveness and what this server holds."""
    state = web(request)
    return {"status": "ok", "version": __version__, "database": state.reader is not None,
            "token_required": state.token is not None, "analysis": state.pool.stats()}


@router.post("/analyze", dependencies=[Depends(require_token)])
def analyze(body: AnalyzeRequest, request: Request) -> dict[str, Any]:
    """Analyse one text and return its communique/2 JSON (nothing is stored). Analyses run in
    a bounded pool of worker processes: when every worker is busy and the queue is full the
    answer is 503 with ``Retry-After``; an analysis past the deadline is stopped (504)."""
    if not body.text.strip():
        raise ApiError(422, "invalid_request", "text: must contain more than white space")
    document = web(request).analyze(body.text, title=body.title, published=body.published,
                                    publisher=body.publisher)
    return document.to_dict()


@router.get("/documents")
def documents(request: Request, q: str | None = Query(None, max_length=MAX_QUERY_CHARS, description='search words and "quoted phrases"'),
              publisher: str | None = Query(None, max_length=MAX_QUERY_CHARS),
              since: str | None = Query(None, pattern=DATE_PATTERN, description="published on or after, YYYY-MM-DD"),
              until: str | None = Query(None, pattern=DATE_PATTERN, description="published on or before"),
              kind: str | None = Query(None, description="documents with a section of this kind: "
                                                         + ", ".join(SECTION_KINDS)),
              limit: int = Query(20, ge=1, le=MAX_PAGE_SIZE), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    """A page of stored documents, newest first, or the documents matching ``q`` (all its words,
    "quoted phrases" as written) ranked by BM25; ``ranking`` is ``"bm25"``, or ``"substring"``
    for a store without a full-text index, and each hit has its best matching passage
    (``snippet``, ``snippet_start``/``snippet_end`` offsets into the text, ``highlights``, and
    ``snippet_parts``, the snippet as ``[text, is_match]`` pieces). ``publisher``, ``since``/``until``
    and ``kind`` narrow the search (and the listing)."""
    if kind is not None and kind not in SECTION_KINDS:
        raise ApiError(422, "invalid_request", f"query.kind: unknown value; allowed: {', '.join(SECTION_KINDS)}")
    return reader(request).documents(q=q, limit=limit, offset=offset, publisher=publisher, since=since,
                                     until=until, kind=kind)


@router.get("/documents/{doc_id}")
def document(doc_id: str, request: Request) -> dict[str, Any]:
    """The stored communique/1 JSON of one document."""
    return _one(reader(request).document(doc_id), "document")


@router.get("/actors")
def actors(request: Request, q: str | None = Query(None, max_length=MAX_QUERY_CHARS),
           limit: int = Query(50, ge=1, le=MAX_PAGE_SIZE), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    """Actors across the corpus, most active first; ``q`` matches names or the exact key."""
    return reader(request).actors(q=q, limit=limit, offset=offset)


@router.get("/actors/{key}")
def actor(key: str, request: Request) -> dict[str, Any]:
    """One actor: partners by quad class, events, documents, quotes by and about, stance by outlet."""
    return _one(reader(request).actor(key), "actor")


@router.get("/events")
def events(request: Request, flt: EventFilter = Depends(event_filter),
           limit: int = Query(50, ge=1, le=MAX_PAGE_SIZE), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    """Events across the corpus with their source and target actor keys, newest first."""
    return reader(request).events(flt, limit=limit, offset=offset)


#: Media type of the Parquet downloads (registered with IANA for Apache Parquet).
PARQUET_MEDIA_TYPE = "application/vnd.apache.parquet"


def _csv_cell(value: Any) -> str:
    """A CSV cell; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.4f}"
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@router.get("/events.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "the filtered events as CSV"}})
def events_csv(request: Request, flt: EventFilter = Depends(event_filter)) -> Response:
    """Every event matching the filters (no paging: exactly what ``/events`` lists over all its
    pages), as CSV with a header row; ``evidence`` is the path of the event on its document page."""
    return _csv([with_evidence(row) for row in reader(request).event_rows(flt)], EVENT_EXPORT_COLUMNS, "events.csv")


def _csv(rows: list[dict[str, Any]], columns: tuple[str, ...], filename: str) -> Response:
    """``rows`` as a CSV download: a header row of ``columns``, then one line per row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _parquet(write, filename: str) -> Response:
    """Run ``write(path)`` into a temporary file and answer its bytes as a Parquet download."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="communique-export-") as folder:
        path = Path(folder) / filename
        write(path)
        data = path.read_bytes()
    return Response(data, media_type=PARQUET_MEDIA_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/events.parquet", response_class=Response,
            responses={200: {"content": {PARQUET_MEDIA_TYPE: {}}, "description": "the filtered events as Parquet"}})
def events_parquet(request: Request, flt: EventFilter = Depends(event_filter)) -> Response:
    """Every event matching the filters, as ``/api/events.csv`` has them, in one Parquet file:
    the same columns and order, ``source``/``target`` and their names as lists, ``date`` a date,
    ``confidence`` a double."""
    store = reader(request)
    return _parquet(lambda path: store.events_parquet(flt, path), "events.parquet")


@router.get("/actors.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "the listed actors as CSV"}})
def actors_csv(request: Request, q: str | None = Query(None, max_length=MAX_QUERY_CHARS)) -> Response:
    """Every actor ``/actors`` lists for ``q`` (all pages, most active first), as CSV."""
    return _csv(reader(request).actor_rows((q or "").strip() or None), ACTOR_EXPORT_COLUMNS, "actors.csv")


@router.get("/actors.parquet", response_class=Response,
            responses={200: {"content": {PARQUET_MEDIA_TYPE: {}}, "description": "the listed actors as Parquet"}})
def actors_parquet(request: Request, q: str | None = Query(None, max_length=MAX_QUERY_CHARS)) -> Response:
    """Every actor ``/actors`` lists for ``q`` (all pages, most active first): key, name, kind,
    country, sector, role, documents, events."""
    store = reader(request)
    return _parquet(lambda path: store.actors_parquet((q or "").strip() or None, path), "actors.parquet")


@router.get("/map")
def country_map(request: Request, flt: EventFilter = Depends(event_filter),
                role: str = Query("either", description="count events whose actors are from the country as "
                                                        "source, target or either")) -> dict[str, Any]:
    """Events per country (the countries of their actors), for the map: ``countries`` with
    ``id`` (ISO 3166-1 alpha-3), ``name``, ``events`` (in ``role``), ``as_source``, ``as_target``,
    ``either`` and ``actor`` (the country's actor key, or null); ``total`` matching events and
    ``unplaced``, those with no actor of a known country in that role."""
    if role not in MAP_ROLES:
        raise ApiError(422, "invalid_request", f"query.role: unknown value; allowed: {', '.join(MAP_ROLES)}")
    return reader(request).countries(flt, role)


@router.get("/graph")
def graph(request: Request, flt: EventFilter = Depends(event_filter),
          limit: int = Query(DEFAULT_GRAPH_NODES, ge=1, le=MAX_PAGE_SIZE,
                             description="most nodes: the actors with the most partners"),
          isolated: bool = Query(False, description="also actors without a link among the nodes shown"),
          generic: bool = Query(False, description="also generic actors (\"troops\", \"officials\") and their links"),
          ) -> dict[str, Any]:
    """The actor-relations network: the ``limit`` actors with the most partners (``degree``),
    sized by events, and their source→target edges per quad class; ``total`` actors to choose from."""
    return reader(request).graph(flt, limit=limit, isolated=isolated, generic=generic)


@router.get("/graph/edge")
def graph_edge(request: Request, flt: EventFilter = Depends(event_filter),
               source_key: str = Query(..., max_length=MAX_QUERY_CHARS, description="the edge's source actor key"),
               target_key: str = Query(..., max_length=MAX_QUERY_CHARS, description="the edge's target actor key"),
               limit: int = Query(50, ge=1, le=MAX_PAGE_SIZE), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    """The events behind one edge of the graph (with the graph's filters; ``quad`` the edge's
    class), newest first, each with its sentence as ``snippet`` and the trigger at
    ``mark_start``/``mark_end`` in it; the evidence is ``/documents/{doc_id}#ref-{event_id}``."""
    from dataclasses import replace

    return reader(request).edge_events(replace(flt, source_key=source_key, target_key=target_key),
                                       limit=limit, offset=offset)


@router.get("/timeline")
def timeline(request: Request, flt: EventFilter = Depends(event_filter)) -> dict[str, Any]:
    """Event counts by month and quad class: all events, one ``actor``, or a ``source``/``target`` dyad."""
    return reader(request).timeline(flt)
