"""The JSON API: every endpoint, its filters, and bad input getting a 4xx in one shape."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

import communique
from communique.errors import StoreError
from communique.web import create_app
from communique.web.security import CONTENT_SECURITY_POLICY
from e2e.corpus import border_report, fixture_documents
from e2e.web_fixtures import client, store_path  # noqa: F401  (fixtures)

#: Body limit used by the size tests: small, so that a "huge" body stays cheap to send.
SMALL_BODY_BYTES = 20_000


@pytest.fixture(scope="module")
def bare(pipeline):
    """No store, small body limit, the session's pipeline."""
    with TestClient(create_app(max_body_bytes=SMALL_BODY_BYTES, analyzer=pipeline)) as c:
        yield c


@pytest.fixture(scope="module")
def guarded(store_path, pipeline):
    with TestClient(create_app(store_path, token="s3cret-token", analyzer=pipeline)) as c:
        yield c


def assert_error(response, status: int, code: str) -> dict:
    """The one error shape: exactly {"error": {"status", "code", "message"}}."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"]
    assert sorted(body["error"]) == ["code", "message", "status"]
    assert body["error"]["status"] == status and body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]


# -- analyze ------------------------------------------------------------------------
def test_web_api_analyze_returns_valid_communique_json(bare):
    text = "Germany and France agreed on Tuesday to send more aid to Moldova."
    r = bare.post("/api/analyze", json={"text": text, "title": "Aid talks", "published": "2024-06-04"})
    assert r.status_code == 200, r.text
    doc = r.json()
    communique.validate(doc)
    assert doc["schema"] == "communique/2" and doc["text"] == text


def test_web_api_analyze_never_reads_a_server_file(bare):
    r = bare.post("/api/analyze", json={"text": "/etc/hostname"})
    assert r.status_code == 200
    assert r.json()["text"] == "/etc/hostname"


@pytest.mark.parametrize("body,status,code", [
    ('{"text": "unclosed', 400, "invalid_json"),
    ("not json at all", 400, "invalid_json"),
    ("{}", 422, "invalid_request"),
    ('{"text": ""}', 422, "invalid_request"),
    ('{"text": "   \\n  "}', 422, "invalid_request"),
    ('{"text": 5}', 422, "invalid_request"),
    ('{"text": "ok", "colour": "red"}', 422, "invalid_request"),
    ('{"text": "ok", "published": "last Tuesday"}', 422, "invalid_request"),
    ('["text"]', 422, "invalid_request"),
])
def test_web_api_analyze_bad_input_is_4xx(bare, body, status, code):
    r = bare.post("/api/analyze", content=body, headers={"content-type": "application/json"})
    assert_error(r, status, code)


def test_web_api_huge_body_is_413_by_content_length(bare):
    r = bare.post("/api/analyze", json={"text": "word " * SMALL_BODY_BYTES})
    error = assert_error(r, 413, "body_too_large")
    assert f"{SMALL_BODY_BYTES:,}" in error["message"]


def test_web_api_huge_chunked_body_is_413(bare):
    def chunks():
        piece = b'{"text": "' + b"a" * 4096
        yield piece
        for _ in range(SMALL_BODY_BYTES // 4096 + 2):
            yield b"a" * 4096
        yield b'"}'

    r = bare.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert_error(r, 413, "body_too_large")


def test_web_api_error_message_does_not_echo_input(client):
    r = client.get("/api/documents/<script>alert(1)</script>")
    error = assert_error(r, 404, "not_found")
    assert "<script>" not in json.dumps(error)


# -- token ----------------------------------------------------------------------------
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"X-Communique-Token": ""},
                                     {"Authorization": "s3cret-token"}])
def test_web_api_token_guards_analyze(guarded, headers):
    assert_error(guarded.post("/api/analyze", json={"text": "Peru protested."}, headers=headers),
                 401, "unauthorized")


@pytest.mark.parametrize("headers", [{"Authorization": "Bearer s3cret-token"},
                                     {"X-Communique-Token": "s3cret-token"}])
def test_web_api_token_accepted(guarded, headers):
    r = guarded.post("/api/analyze", json={"text": "Peru protested."}, headers=headers)
    assert r.status_code == 200 and r.json()["text"] == "Peru protested."


def test_web_api_token_not_needed_for_reads(guarded):
    assert guarded.get("/api/documents").status_code == 200
    assert guarded.get("/api/health").json()["token_required"] is True


# -- documents ------------------------------------------------------------------------
def test_web_api_documents_lists_newest_first(client):
    body = client.get("/api/documents").json()
    assert body["total"] == 4
    assert [d["published"] for d in body["items"]] == ["2024-05-02", "2024-04-11", "2024-03-04", "2024-02-20"]


def test_web_api_documents_paginate(client):
    page = client.get("/api/documents", params={"limit": 1, "offset": 1}).json()
    assert (page["total"], page["limit"], page["offset"]) == (4, 1, 1)
    assert [d["published"] for d in page["items"]] == ["2024-04-11"]


@pytest.mark.parametrize("q,titles", [
    ("Russia", ["China and Russia sign energy deal", "Port of Odesa shelled, Kyiv says"]),
    ("odesa shelling", ["Port of Odesa shelled, Kyiv says"]),
    ("energy deal", ["China and Russia sign energy deal"]),
    ("zanzibar", []),
    ("!!!", ["<img src=x onerror=\"window.__xss=1\">Harbour talks", "China and Russia sign energy deal",
             "Port of Odesa shelled, Kyiv says", "Harbour committee briefing"]),  # no words: no filter
])
def test_web_api_documents_search(client, q, titles):
    body = client.get("/api/documents", params={"q": q}).json()
    assert [d["title"] for d in body["items"]] == titles


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 100_000}, {"offset": -1}, {"limit": "ten"},
                                    {"q": "x" * 400}])
def test_web_api_documents_bad_params_are_422(client, params):
    assert_error(client.get("/api/documents", params=params), 422, "invalid_request")


def test_web_api_document_returns_stored_json(client):
    original = border_report()
    doc = client.get(f"/api/documents/{original.id}").json()
    communique.validate(doc)
    assert doc["text"] == original.text
    assert [e["type"] for e in doc["events"]] == ["ACCUSE", "ASSAULT", "THREATEN", "REQUEST"]
    assert {a["id"]: a["key"] for a in doc["actors"]}["a2"] == "RUS"


@pytest.mark.parametrize("doc_id", ["0000000000000000", "nope", "%00", "' OR 1=1 --"])
def test_web_api_unknown_document_is_404(client, doc_id):
    assert_error(client.get(f"/api/documents/{doc_id}"), 404, "not_found")


# -- actors, events, graph, timeline ----------------------------------------------------
def test_web_api_actors_most_active_first(client):
    items = client.get("/api/actors").json()["items"]
    assert items[0]["key"] == "RUS" and items[0]["events"] == 8
    assert [a["key"] for a in client.get("/api/actors", params={"q": "union"}).json()["items"]] == ["EUR:IGO"]


def test_web_api_actor_detail(client):
    rus = client.get("/api/actors/RUS").json()
    assert rus["name"] == "Russia"
    partners = {(p["key"], p["quad_class"]): p["events"] for p in rus["partners"]}
    assert partners[("UKR", "material conflict")] == 1 and partners[("CHN", "verbal cooperation")] == 1
    assert [s["publisher"] for s in rus["stance"]] == ["Continental Daily", "Harbour Wire"]
    assert rus["stance"][1]["polarity"] == pytest.approx(-0.6)
    speaker = client.get("/api/actors/person:olena-marchuk").json()
    assert [q["text"] for q in speaker["quotes_by"]] == ["We will not bow to this pressure"]


def test_web_api_unknown_actor_is_404(client):
    assert_error(client.get("/api/actors/XYZ"), 404, "not_found")


@pytest.mark.parametrize("params,expected", [
    ({}, 10),
    ({"type": "ASSAULT"}, 1),
    ({"mode": "offered"}, 1),
    ({"actor": "USA"}, 2),
    ({"publisher": "Harbour Wire"}, 5),
    ({"since": "2024-04-01", "until": "2024-04-30"}, 4),
    ({"attribution": "quoted"}, 0),
    # the CLI's forms: comma-separated lists, source/target, actor by key, country code or name
    ({"type": "assault,Sanction"}, 2),
    ({"attribution": "reported,quoted"}, 10),
    ({"source": "USA"}, 2),
    ({"target": "RUS"}, 6),
    ({"source": "USA", "target": "CHN"}, 1),
    ({"actor": "United States"}, 2),
    ({"actor": "EUR"}, 1),
])
def test_web_api_events_filters(client, params, expected):
    assert client.get("/api/events", params=params).json()["total"] == expected


@pytest.mark.parametrize("params", [{"type": "INVADE"}, {"type": "AID,INVADE"}, {"since": "2024-13"},
                                    {"mode": "rumoured"}, {"attribution": "gossip"}, {"until": "yesterday"},
                                    {"actor": "R" * 400}])
def test_web_api_event_filters_refuse_bad_values(client, params):
    for endpoint in ("/api/events", "/api/graph", "/api/timeline"):
        assert_error(client.get(endpoint, params=params), 422, "invalid_request")


def test_web_api_graph_nodes_and_edges(client):
    g = client.get("/api/graph").json()
    assert {n["key"] for n in g["nodes"]} == {"RUS", "UKR", "CHN", "USA", "EUR:IGO", "NOR", "ISL"}  # TUR: no link
    assert {"source": "RUS", "target": "UKR", "quad_class": "material conflict", "events": 1} in g["edges"]
    only = client.get("/api/graph", params={"publisher": "Continental Daily"}).json()
    assert {n["key"] for n in only["nodes"]} == {"RUS", "CHN", "USA"}
    assert client.get("/api/graph", params={"limit": 2}).json()["nodes"][0]["key"] == "RUS"


def test_web_api_timeline_by_actor_and_dyad(client):
    t = client.get("/api/timeline", params={"actor": "RUS"}).json()
    assert t["months"] == ["2024-03", "2024-04"]
    series = {s["label"]: s["counts"] for s in t["series"]}
    assert series["verbal conflict"] == [3, 1] and series["material cooperation"] == [0, 1]
    dyad = client.get("/api/timeline", params={"source": "USA", "target": "RUS"}).json()
    assert dyad["filters"] == {"source": "USA", "target": "RUS"}
    assert dyad["months"] == ["2024-04"]
    assert {s["label"]: s["counts"] for s in dyad["series"]}["material conflict"] == [1]


# -- no store, routing, headers ---------------------------------------------------------
@pytest.mark.parametrize("path", ["/api/documents", "/api/documents/abc", "/api/actors", "/api/actors/RUS",
                                  "/api/events", "/api/graph", "/api/timeline"])
def test_web_api_without_store_is_404(bare, path):
    assert_error(bare.get(path), 404, "no_database")


def test_web_api_unknown_route_and_method(client):
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    assert_error(client.delete("/api/documents"), 405, "method_not_allowed")
    assert_error(client.get("/api/analyze"), 405, "method_not_allowed")


def test_web_api_openapi_documents_every_endpoint(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/analyze", "/api/documents", "/api/documents/{doc_id}", "/api/actors",
                 "/api/actors/{key}", "/api/events", "/api/graph", "/api/timeline", "/api/health"):
        assert path in paths
    assert "/documents/{doc_id}" not in paths  # pages stay out of the API description


@pytest.mark.parametrize("path", ["/api/documents", "/", "/static/style.css", "/api/nothing"])
def test_web_api_security_headers(client, path):
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "'unsafe-inline'" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_web_api_health(client):
    body = client.get("/api/health").json()
    analysis = body.pop("analysis")
    assert body == {"status": "ok", "version": communique.__version__, "database": True,
                    "token_required": False}
    assert analysis["running"] == 0 and analysis["waiting"] == 0 and analysis["workers"] >= 1


def test_web_create_app_refuses_a_missing_or_foreign_database(tmp_path):
    import duckdb

    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "absent.duckdb")
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError):
        create_app(other)


def test_web_store_holds_every_fixture_document(client):
    ids = {d["id"] for d in client.get("/api/documents").json()["items"]}
    assert ids == {d.id for d in fixture_documents()}
