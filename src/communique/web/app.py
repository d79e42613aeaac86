"""The communique web app: ``create_app(db_path=None, token=None)`` builds a FastAPI
application with an HTML front end and a JSON API under ``/api/``.

    >>> from communique.web import create_app
    >>> app = create_app("corpus.duckdb")          # read-only over a store
    >>> app = create_app(token="s3cret")           # no store: analyse pasted texts only

Layers: ``routes/`` parse requests and call ``queries.CorpusReader`` (read-only
SQL over the store) or the pipeline (``analyze``), ``render`` prepares the
document view, ``templates/`` (Jinja, autoescaped) and ``static/`` (own JS and
CSS, no CDN) draw it. ``security`` adds headers, size limits, the token check
and the one error shape. The CLI command is ``communique serve``.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Callable

from .. import __version__
from ..document import Document
from ..errors import CommuniqueError, InputError
from ..ingest.records import Record
from ..settings import SETTINGS, Settings
from .pool import AnalysisPool, AnalysisTimeoutError, InlinePool, PoolBusyError
from .security import DEFAULT_MAX_BODY_BYTES, ApiError, SecurityMiddleware, error_body, wants_json

logger = logging.getLogger(__name__)

Analyzer = Callable[[Record], Document]


def _templates():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    folder = Path(str(resources.files(__package__).joinpath("templates")))
    env = Environment(loader=FileSystemLoader(folder), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["version"] = __version__
    from . import labels

    env.filters["technique"] = labels.technique
    env.filters["cue"] = labels.cue
    env.filters["polarity_class"] = labels.polarity_class
    env.filters["polarity_word"] = labels.polarity_word
    env.filters["country"] = labels.country
    env.filters["event_date"] = labels.event_date
    env.filters["date_source"] = labels.date_source
    return env


class WebState:
    """What the routes share: the store reader (or ``None``), token, templates, and the
    analysis pool (``pool.AnalysisPool``: worker processes with a queue limit and a deadline;
    ``pool.InlinePool`` around an ``analyzer`` object)."""

    def __init__(self, db_path: str | Path | None, token: str | None, analyzer: Analyzer | None,
                 max_body_bytes: int, settings: Settings = SETTINGS, worker_analyzer: str | None = None):
        from .queries import CorpusReader

        self.reader = CorpusReader(db_path) if db_path else None
        self.token = token or None
        self.max_body_bytes = max_body_bytes
        self.templates = _templates()
        limits = (settings.web_analysis_workers, settings.web_analysis_queue_length,
                  settings.web_analysis_timeout_seconds)
        self.pool = InlinePool(analyzer, *limits) if analyzer is not None \
            else AnalysisPool(*limits, analyzer=worker_analyzer)

    def analyze(self, text: str, **meta: Any) -> Document:
        """Analyse pasted text. Always a ``Record``: a text that happens to name a file
        on the server is analysed as text, never read from disk."""
        meta = {k: v for k, v in meta.items() if v}
        return self.analyze_record(Record(text, None, meta))

    def analyze_record(self, record: Record) -> Document:
        """Analyse ``record`` in the pool (blocks this thread; ``PoolBusyError`` at once
        when the pool and its queue are full)."""
        return self.pool.analyze(record)

    def render(self, name: str, **context: Any) -> str:
        context.setdefault("has_db", self.reader is not None)
        context.setdefault("needs_token", self.token is not None)
        return self.templates.get_template(name).render(**context)


def create_app(db_path: str | Path | None = None, token: str | None = None, *,
               analyzer: Analyzer | None = None, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
               settings: Settings | None = None, worker_analyzer: str | None = None):
    """Build the app.

    Args:
        db_path: a communique DuckDB store, opened read-only; ``None`` for analyse-only mode.
        token: when set, write endpoints (``POST /api/analyze``, the analyse form) need it.
        analyzer: ``Record -> Document`` called in the request's thread, under the pool's
            admission limits but without a deadline (tests, embedding). Default: the default
            pipeline in ``web_analysis_workers`` worker processes, started on first use.
        max_body_bytes: largest request body accepted; larger ones get 413.
        settings: the limits (``web_analysis_workers``, ``web_analysis_queue_length``,
            ``web_analysis_timeout_seconds``); default the process settings.
        worker_analyzer: ``"module:function"`` the worker processes run instead of the
            default pipeline (tests).

    Raises:
        StoreError: ``db_path`` is not a readable communique store.
    """
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import HTMLResponse, JSONResponse
    from fastapi.staticfiles import StaticFiles
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from .routes import api, pages, stories

    state = WebState(db_path, token, analyzer, max_body_bytes, settings or SETTINGS, worker_analyzer)

    @asynccontextmanager
    async def lifespan(app):
        yield
        state.pool.close()  # the worker processes go with the server

    app = FastAPI(title="communique", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  openapi_url="/api/openapi.json",
                  description="Evidence-linked events, quotes, stance and persuasion techniques. "
                              "Errors: {\"error\": {\"status\", \"code\", \"message\"}}.")
    app.state.web = state

    def respond(request: Request, status: int, code: str, message: str):
        if wants_json(request.url.path):
            return JSONResponse(error_body(status, code, message), status_code=status)
        html = state.render("error.html", status=status, code=code, message=message)
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, err: ApiError):
        return respond(request, err.status, err.code, err.message)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, err: StarletteHTTPException):
        codes = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 413: "body_too_large"}
        message = err.detail if isinstance(err.detail, str) else "request failed"
        if err.status_code == 404 and message == "Not Found":
            message = "no such page or endpoint"
        return respond(request, err.status_code, codes.get(err.status_code, "http_error"), message)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, err: RequestValidationError):
        problems = err.errors()
        if any(p.get("type") == "json_invalid" for p in problems):
            return respond(request, 400, "invalid_json", "request body is not valid JSON")
        parts = []
        for p in problems[:10]:
            where = ".".join(str(x) for x in p.get("loc", ()) if x != "body") or "body"
            parts.append(f"{where}: {p.get('msg', 'invalid')}")
        return respond(request, 422, "invalid_request", "; ".join(parts) or "invalid request")

    @app.exception_handler(PoolBusyError)
    async def on_pool_busy(request: Request, err: PoolBusyError):
        response = respond(request, 503, "busy", str(err))
        response.headers["Retry-After"] = str(err.retry_after_s)
        return response

    @app.exception_handler(AnalysisTimeoutError)
    async def on_analysis_timeout(request: Request, err: AnalysisTimeoutError):
        return respond(request, 504, "analysis_timeout", str(err))

    @app.exception_handler(InputError)
    async def on_input_error(request: Request, err: InputError):
        return respond(request, 422, "invalid_input", err.reason)

    @app.exception_handler(CommuniqueError)
    async def on_library_error(request: Request, err: CommuniqueError):
        logger.warning("request %s failed: %s", request.url.path, err)
        return respond(request, 422, "analysis_failed", str(err))

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, err: Exception):  # a bug: log it, never leak a traceback
        logger.exception("unexpected error on %s", request.url.path)
        return respond(request, 500, "internal_error", "internal error; see the server log")

    static = Path(str(resources.files(__package__).joinpath("static")))
    app.mount("/static", StaticFiles(directory=static), name="static")
    app.include_router(api.router)
    app.include_router(stories.api)
    app.include_router(pages.router)
    app.include_router(stories.pages)
    app.add_middleware(SecurityMiddleware, max_body_bytes=max_body_bytes)
    return app
