"""HTML pages: home (overview), search, analyse form, document view, actors and actor page,
events, graph, timeline, map, and the API listing. Pages render server-side; the graph,
timeline and map draw in the browser from the JSON API (``static/graph.js``, ``timeline.js``,
``map.js``)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ...document import ATTRIBUTION_KINDS, EVENT_MODES, PLOVER_TYPES
from ...ingest.readers import decode_bytes, html_record, text_record
from ...ingest.records import Record
from .. import render
from ..security import ApiError, form_token_matches
from .common import MAX_QUERY_CHARS, event_filter, reader, web

router = APIRouter(include_in_schema=False)

#: Form fields accepted by the analyse form (text, title, published, publisher, token, file).
MAX_FORM_FIELDS = 8
#: Search results per page on ``/search`` (and the home page).
SEARCH_PAGE_SIZE = 20
#: Upload extensions read as HTML (main text extracted); anything else is read as text.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def page(request: Request, template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(web(request).render(template, **context))


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: str | None = Query(None, max_length=MAX_QUERY_CHARS),
         offset: int = Query(0, ge=0)):
    state = web(request)
    if state.reader is None:
        return page(request, "analyze.html", form={}, error=None)
    return page(request, "home.html", q=q or "", overview=state.reader.overview(),
                results=state.reader.documents(q=q, limit=SEARCH_PAGE_SIZE, offset=offset),
                actors=state.reader.actors(limit=15)["items"])


def _form_params(request: Request, names: tuple[str, ...]) -> dict[str, str]:
    """The query parameters ``names`` of a plain GET form without its empty fields (a form sends
    every field, filled or not), each no longer than the API allows and dates as YYYY-MM-DD,
    else a 422."""
    import re

    from .common import DATE_PATTERN

    params = {k: v.strip() for k, v in request.query_params.items() if k in names and v.strip()}
    for key, value in params.items():
        if len(value) > MAX_QUERY_CHARS:
            raise ApiError(422, "invalid_request", f"query.{key}: longer than {MAX_QUERY_CHARS} characters")
        if key in ("since", "until") and not re.fullmatch(DATE_PATTERN, value):
            raise ApiError(422, "invalid_request", f"query.{key}: not a date (YYYY-MM-DD)")
    return params


#: Query parameters of ``/search``.
SEARCH_PARAMS = ("q", "publisher", "since", "until", "kind", "offset")


@router.get("/search", response_class=HTMLResponse)
def search_view(request: Request):
    """Search with filters (outlet, publication dates, section kind); matched words marked in
    each snippet, every hit linking to its document opened at the passage. A plain GET form:
    empty fields are ignored, the others checked as the API checks them (else a 422)."""
    from urllib.parse import urlencode

    from ...document import SECTION_KINDS

    params = _form_params(request, SEARCH_PARAMS)
    if params.get("kind") and params["kind"] not in SECTION_KINDS:
        raise ApiError(422, "invalid_request", f"query.kind: unknown value; allowed: {', '.join(SECTION_KINDS)}")
    offset = params.pop("offset", "0")
    if not offset.isdigit():
        raise ApiError(422, "invalid_request", "query.offset: not a whole number")
    store = reader(request)
    results = store.documents(limit=SEARCH_PAGE_SIZE, offset=int(offset), **params)
    return page(request, "search.html", f={k: params.get(k, "") for k in SEARCH_PARAMS}, results=results,
                query=urlencode(params), undated_documents=store.undated_documents(),
                kinds=SECTION_KINDS, publishers=store.publishers())


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request):
    return page(request, "analyze.html", form={}, error=None)


async def _form_record(request: Request) -> tuple[Record | None, dict[str, str], str | None]:
    form = await request.form(max_files=1, max_fields=MAX_FORM_FIELDS)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    meta = {k: fields.get(k, "").strip() for k in ("title", "published", "publisher")}
    if not form_token_matches(web(request).token, fields.get("token")):
        raise ApiError(401, "unauthorized", "this server needs its API token to analyse texts")
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        name = PurePath(upload.filename).name[:MAX_QUERY_CHARS] or "upload"
        data = await upload.read()
        text = decode_bytes(data, name)
        record = html_record(text, f"upload:{name}", meta) if name.lower().endswith(HTML_SUFFIXES) \
            else text_record(text, f"upload:{name}", meta, markdown=False)
        return record, fields, None
    text = fields.get("text", "")
    if not text.strip():
        return None, fields, "Paste a text or choose a file to analyse."
    return Record(text.replace("\r\n", "\n"), None, {k: v for k, v in meta.items() if v}), fields, None


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_submit(request: Request):
    from starlette.concurrency import run_in_threadpool

    record, fields, error = await _form_record(request)
    form = {k: v for k, v in fields.items() if k != "token"}
    if record is None:
        return HTMLResponse(web(request).render("analyze.html", form=form, error=error), status_code=422)
    document = await run_in_threadpool(web(request).analyze_record, record)
    return _document_page(request, document.to_dict(), stored=False)


def _document_page(request: Request, doc: dict[str, Any], stored: bool,
                   passage: tuple[int, int] | None = None, matches: list[tuple[int, int]] = ()) -> HTMLResponse:
    rows = render.panels(doc)
    return page(request, "document.html", doc=doc, stored=stored, segments=render.segments(doc, passage, matches),
                panels=rows, layers=render.visible_layers(doc), head=render.header(doc),
                summary=render.summary(doc, rows), default_layer=render.DEFAULT_LAYER)


#: Most matched words (``hl``) marked in a search passage.
MAX_MARKED_MATCHES = 40


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_view(doc_id: str, request: Request, at: int | None = Query(None, ge=0),
                  end: int | None = Query(None, ge=0),
                  hl: str | None = Query(None, max_length=MAX_QUERY_CHARS, pattern=r"^(\d+-\d+)(,\d+-\d+)*$")):
    """One document; ``at``/``end`` (a search hit's passage) mark the passage, ``hl``
    (``S-E,S-E``, the matched words' offsets) the words in it, ``#ref-hit`` opens there."""
    doc = reader(request).document(doc_id)
    if doc is None:
        raise ApiError(404, "not_found", "no document with this id")
    passage = (at, end) if at is not None and end is not None and at < end else None
    matches = [tuple(int(x) for x in span.split("-")) for span in (hl or "").split(",") if span]
    return _document_page(request, doc, stored=True, passage=passage, matches=matches[:MAX_MARKED_MATCHES])


#: Actors listed per page on ``/actors``.
ACTORS_PAGE_SIZE = 100


@router.get("/actors", response_class=HTMLResponse)
def actors_view(request: Request, q: str | None = Query(None, max_length=MAX_QUERY_CHARS),
                offset: int = Query(0, ge=0)):
    """Every actor, most active first, a page at a time with the total; ``q`` part of a name."""
    q = (q or "").strip()
    result = reader(request).actors(q=q or None, limit=ACTORS_PAGE_SIZE, offset=offset)
    return page(request, "actors.html", result=result, q=q)


@router.get("/actors/{key}", response_class=HTMLResponse)
def actor_view(key: str, request: Request):
    actor = reader(request).actor(key)
    if actor is None:
        raise ApiError(404, "not_found", "no actor with this key")
    return page(request, "actor.html", actor=actor)


def _filter_choices(request: Request) -> dict[str, Any]:
    from ...store.timeline import QUAD_CLASSES

    return {"types": PLOVER_TYPES, "modes": EVENT_MODES, "attributions": ATTRIBUTION_KINDS, "quads": QUAD_CLASSES,
            "publishers": reader(request).publishers()}


@router.get("/graph", response_class=HTMLResponse)
def graph_view(request: Request):
    from ..labels import ACTOR_KIND_LABELS
    from ..queries import DEFAULT_GRAPH_NODES, MAX_PAGE_SIZE

    return page(request, "graph.html", kinds=ACTOR_KIND_LABELS.items(), default_nodes=DEFAULT_GRAPH_NODES,
                max_nodes=MAX_PAGE_SIZE, **_filter_choices(request))


@router.get("/map", response_class=HTMLResponse)
def map_view(request: Request):
    """Countries shaded by their events (``static/map.js`` draws ``/api/map`` over the
    Natural Earth shapes in ``static/world-110m.json``)."""
    from ..labels import country_names
    from ..queries import MAP_ROLES

    return page(request, "map.html", roles=MAP_ROLES, names=country_names(), **_filter_choices(request))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_view(request: Request):
    return page(request, "timeline.html", **_filter_choices(request))


#: Events listed per page on ``/events``.
EVENTS_PAGE_SIZE = 50


#: Query parameters of ``/events`` (the events API's filters and the page offset).
EVENTS_PARAMS = ("since", "until", "type", "mode", "attribution", "quad", "publisher", "actor", "source",
                 "target", "undated", "offset")


def _events_params(request: Request) -> dict[str, str]:
    """The page's query without empty fields (a plain GET form sends every field, filled or not);
    each value checked as the API's ``Query`` would (length, dates, flag, offset), else a 422."""
    out = _form_params(request, EVENTS_PARAMS)
    for key, value in out.items():
        if key == "offset" and not value.isdigit():
            raise ApiError(422, "invalid_request", "query.offset: not a whole number")
        if key == "undated" and value.lower() not in ("true", "1", "on", "false", "0", "off"):
            raise ApiError(422, "invalid_request", "query.undated: not true or false")
    return out


@router.get("/events", response_class=HTMLResponse)
def events_view(request: Request):
    """Events with the API's filters, a page at a time with the total (``undated=true``: the
    events the timeline cannot place); CSV of every matching event at ``/api/events.csv``."""
    from urllib.parse import urlencode

    params = _events_params(request)
    offset = int(params.pop("offset", "0"))
    undated = params.pop("undated", "false").lower() in ("true", "1", "on")
    flt = event_filter(**{k: params.get(k) for k in EVENTS_PARAMS if k not in ("offset", "undated")},
                       undated=undated)
    result = reader(request).events(flt, limit=EVENTS_PAGE_SIZE, offset=offset)
    query = urlencode({k: ("true" if v is True else v) for k, v in flt.active().items()})
    return page(request, "events.html", result=result, flt=flt, query=query, **_filter_choices(request))


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request):
    """The API endpoints, listed from the OpenAPI document (no CDN-hosted Swagger UI)."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [p["name"] for p in op.get("parameters", []) if p.get("in") == "query"]
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "description": op.get("description", ""), "params": params})
    return page(request, "api.html", endpoints=endpoints)
