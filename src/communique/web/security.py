"""Security at the edge of the web app: response headers, request size limits,
the optional API token, and the one JSON error shape.

Error shape (every 4xx and 5xx under ``/api/``; pinned by ``tests/test_web_api.py``)::

    {"error": {"status": 413, "code": "body_too_large", "message": "request body is larger than ..."}}

Pages outside ``/api/`` get the same status with an HTML page. Messages never
echo request content back (no reflected input).
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any

logger = logging.getLogger(__name__)

#: Default largest request body (bytes): a long article is ~100 kB; 2 MB leaves room
#: for uploads of long reports while bounding the memory one request can take.
DEFAULT_MAX_BODY_BYTES = 2_000_000

#: Content-Security-Policy: only this origin's scripts, styles, fonts and images,
#: no inline script or style, no plugins, no framing, forms post back here only.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)

SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


class ApiError(Exception):
    """Raised by routes; rendered as the JSON error shape (or an HTML page)."""

    def __init__(self, status: int, code: str, message: str):
        self.status, self.code, self.message = status, code, message
        super().__init__(message)


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message}}


def wants_json(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


class SecurityMiddleware:
    """Pure ASGI middleware: adds ``SECURITY_HEADERS`` to every response and refuses
    bodies over ``max_body_bytes`` (by ``Content-Length`` up front, and by counting
    streamed chunks for chunked uploads) with 413."""

    def __init__(self, app, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES):
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = {"started": False, "refused": False}

        async def send_with_headers(message):
            if state["refused"]:  # a 413 already went out; drop what the app still says
                return
            if message["type"] == "http.response.start":
                state["started"] = True
                headers = [h for h in message.get("headers", [])
                           if h[0].lower() not in {name for name, _ in SECURITY_HEADERS}]
                message = {**message, "headers": headers + list(SECURITY_HEADERS)}
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_body_bytes
            except ValueError:
                await self._refuse(scope, send_with_headers, 400, "bad_request", "invalid Content-Length header")
                return
            if too_big:
                await self._refuse_size(scope, send_with_headers)
                return
        seen = 0

        async def counting_receive():
            # A streamed (chunked) body over the limit: answer 413 now, then tell the app
            # the client went away so that it stops reading.
            nonlocal seen
            if state["refused"]:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body_bytes and not state["started"]:
                    await self._refuse_size(scope, send_with_headers)
                    state["refused"] = True
                    return {"type": "http.disconnect"}
            return message

        try:
            await self.app(scope, counting_receive, send_with_headers)
        except Exception:
            if state["refused"]:
                logger.debug("app stopped after a refused body on %s", scope.get("path"))
                return
            # A bug: Starlette's own 500 handler sits outside this middleware and would
            # answer without the security headers, so the 500 is written here.
            logger.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            if state["started"]:
                raise  # part of a response went out already; the server closes the connection
            await self._refuse(scope, send_with_headers, 500, "internal_error",
                               "internal error; see the server log")

    async def _refuse_size(self, scope, send):
        await self._refuse(scope, send, 413, "body_too_large",
                           f"request body is larger than the limit of {self.max_body_bytes:,} bytes")

    async def _refuse(self, scope, send, status: int, code: str, message: str):
        logger.info("refused %s %s: %s", scope.get("method"), scope.get("path"), message)
        if wants_json(scope.get("path", "")):
            body, kind = json.dumps(error_body(status, code, message)).encode(), b"application/json"
        else:
            from html import escape

            body = (f"<!doctype html><title>{status}</title><h1>Error {status}</h1>"
                    f"<p>{escape(message)}</p>").encode()
            kind = b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def token_matches(expected: str | None, request) -> bool:
    """True when no token is configured, or the request carries it as
    ``Authorization: Bearer <token>`` or ``X-Communique-Token: <token>``."""
    if not expected:
        return True
    given = request.headers.get("x-communique-token", "")
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    return hmac.compare_digest(given.encode(), expected.encode())


def form_token_matches(expected: str | None, value: str | None) -> bool:
    if not expected:
        return True
    return hmac.compare_digest((value or "").encode(), expected.encode())
