"""Stories across outlets: the ``/stories`` and ``/stories/{id}`` pages and their JSON
under ``/api/stories``. Built by ``communique cluster``; read-only here."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from .. import story_queries
from ..queries import MAX_PAGE_SIZE
from ..security import ApiError
from .common import DATE_PATTERN, MAX_QUERY_CHARS, reader, web

api = APIRouter(prefix="/api", tags=["api"])
pages = APIRouter(include_in_schema=False)

#: Longest story id accepted (``st-`` and ten hex digits; longer ones cannot exist).
MAX_STORY_ID_CHARS = 64


def _dates(since: str | None, until: str | None) -> None:
    """A 422 for a date of the right shape that does not exist (2025-13-01)."""
    import datetime as dt

    for name, value in (("since", since), ("until", until)):
        try:
            if value:
                dt.date.fromisoformat(value)
        except ValueError:
            raise ApiError(422, "invalid_request", f"query.{name}: not a date (YYYY-MM-DD)") from None


def _story(request: Request, story_id: str) -> dict[str, Any]:
    if len(story_id) > MAX_STORY_ID_CHARS:
        raise ApiError(404, "not_found", "no story with this id")
    found = story_queries.story(reader(request), story_id)
    if found is None:
        raise ApiError(404, "not_found", "no story with this id")
    return found


@api.get("/stories")
def list_stories(request: Request, since: str | None = Query(None, pattern=DATE_PATTERN),
                 until: str | None = Query(None, pattern=DATE_PATTERN),
                 actor: str | None = Query(None, max_length=MAX_QUERY_CHARS),
                 outlet: str | None = Query(None, max_length=MAX_QUERY_CHARS),
                 min_outlets: int = Query(1, ge=1, le=1000),
                 limit: int = Query(50, ge=1, le=MAX_PAGE_SIZE), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    """Stories (documents about one developing story across outlets), newest first, each with
    its documents (id, source, outlet, title, date). Built by `communique cluster`."""
    _dates(since, until)
    items = story_queries.stories(reader(request), since=since, until=until, actor=actor, outlet=outlet,
                                  min_outlets=min_outlets, limit=limit, offset=offset)
    return {"items": items, "limit": limit, "offset": offset}


@api.get("/stories/{story_id}")
def story(story_id: str, request: Request) -> dict[str, Any]:
    """How each outlet tells one story: headline, quotes and their share, author stance toward
    the main actors, techniques per 1,000 words, calls to action, events reported and claimed,
    omissions; every item with its document id, ref and offsets."""
    return _story(request, story_id)


@pages.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, since: str | None = Query(None, pattern=DATE_PATTERN),
                 until: str | None = Query(None, pattern=DATE_PATTERN),
                 actor: str | None = Query(None, max_length=MAX_QUERY_CHARS),
                 outlet: str | None = Query(None, max_length=MAX_QUERY_CHARS),
                 min_outlets: int = Query(1, ge=1, le=1000), offset: int = Query(0, ge=0)):
    _dates(since, until)
    filters = {"since": since, "until": until, "actor": actor, "outlet": outlet, "min_outlets": min_outlets}
    items = story_queries.stories(reader(request), limit=50, offset=offset, **filters)
    return HTMLResponse(web(request).render("stories.html", items=items, filters=filters, offset=offset))


@pages.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(story_id: str, request: Request):
    return HTMLResponse(web(request).render("story.html", c=_story(request, story_id)))
