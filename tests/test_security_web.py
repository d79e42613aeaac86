"""Web app gaps closed for issue 10: security headers and the one error shape on
every status, a crash (500) included, without leaking the exception; hostile
analysis results stay JSON data; the server binds loopback unless told."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.document import Document
from communique.web import create_app
from communique.web.security import CONTENT_SECURITY_POLICY, SECURITY_HEADERS

SECRET = "s3cret-internal-detail"


def crashing_analyzer(record) -> Document:
    raise RuntimeError(f"{SECRET}: a bug in a stage")


@pytest.fixture(scope="module")
def crashing():
    with TestClient(create_app(analyzer=crashing_analyzer, max_body_bytes=5000)) as client:
        yield client


def assert_security_headers(response) -> None:
    for name, value in SECURITY_HEADERS:
        assert response.headers.get(name.decode()) == value.decode(), name
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]


def test_security_500_has_headers_and_error_shape_without_leaking(crashing):
    response = crashing.post("/api/analyze", json={"text": "Chile and Peru agreed to talks."})
    assert response.status_code == 500
    assert response.json() == {"error": {"status": 500, "code": "internal_error",
                                         "message": "internal error; see the server log"}}
    assert SECRET not in response.text and "Traceback" not in response.text
    assert_security_headers(response)


def test_security_500_on_a_page_is_html_with_headers(crashing):
    response = crashing.post("/analyze", data={"text": "Chile and Peru agreed to talks."})
    assert response.status_code == 500
    assert response.headers["content-type"].startswith("text/html")
    assert SECRET not in response.text and "<script" not in response.text.lower()
    assert_security_headers(response)


@pytest.mark.parametrize("method,path,kwargs,status", [
    ("get", "/api/nothing-here", {}, 404),
    ("delete", "/api/analyze", {}, 405),
    ("post", "/api/analyze", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
    ("post", "/api/analyze", {"json": {"text": 5}}, 422),
    ("post", "/api/analyze", {"json": {"text": "x" * 6000}}, 413),
    ("get", "/no/such/page", {}, 404),
])
def test_security_headers_on_every_error_status(crashing, method, path, kwargs, status):
    response = getattr(crashing, method)(path, **kwargs)
    assert response.status_code == status
    assert_security_headers(response)
    if path.startswith("/api/"):
        body = response.json()
        assert set(body) == {"error"} and body["error"]["status"] == status


def test_security_headers_on_static_files(crashing):
    response = crashing.get("/static/style.css")
    assert response.status_code == 200
    assert_security_headers(response)


@pytest.mark.parametrize("payload", [
    "<script>alert(1)</script> Chile said \"<img src=x onerror=alert(1)>\" on Monday.",
    "\u202e</title><svg onload=alert(1)> Peru warned Bolivia.",
])
def test_security_analyze_result_is_json_not_markup(payload):
    with TestClient(create_app()) as client:
        response = client.post("/api/analyze", json={"text": payload, "title": payload})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.json()["text"] == payload  # returned as data, escaped only where it is drawn


def test_security_csp_forbids_inline_script_and_framing():
    policy = dict(part.strip().split(" ", 1) for part in CONTENT_SECURITY_POLICY.split(";"))
    assert policy["script-src"] == "'self'" and policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'" and policy["base-uri"] == "'none'"


def test_security_serve_binds_loopback_by_default():
    from communique.cli.serve import DEFAULT_HOST, serve

    host = next(p for p in serve.params if p.name == "host")
    assert DEFAULT_HOST == "127.0.0.1" and host.default == DEFAULT_HOST
