"""The web app's story pages and API (issue 20): outlets side by side, claims linking to
their evidence on the document page, escaping, CSP and the one error shape."""

from __future__ import annotations

import dataclasses

import pytest
from fastapi.testclient import TestClient

from communique.store import Store
from communique.store.stories import update_stories
from communique.testing.stories import story_corpus
from communique.web import create_app
from communique.web.security import CONTENT_SECURITY_POLICY

pytestmark = pytest.mark.issue(20)
HOSTILE = '<script>alert("x")</script>'


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    corpus = story_corpus()
    docs = list(corpus.documents)
    docs[0] = dataclasses.replace(docs[0], title=f"Wire {HOSTILE}", id="")  # a hostile headline
    path = tmp_path_factory.mktemp("webstories") / "s.duckdb"
    with Store(path, search_index=False) as store:
        store.add(docs, pipeline_version="test")
        update_stories(store.con)
    with TestClient(create_app(path)) as c:
        yield c


def _grain_id(client) -> str:
    items = client.get("/api/stories", params={"actor": "RUS"}).json()["items"]
    return next(s["story_id"] for s in items if s["dominant_type"] == "AGREE")


def test_web_api_stories_list_and_filters(client):
    body = client.get("/api/stories", params={"min_outlets": 5}).json()
    assert len(body["items"]) == 3 and all(s["n_outlets"] == 5 for s in body["items"])
    assert set(body["items"][0]["documents"][0]) == {"id", "source", "outlet", "title", "date"}
    assert client.get("/api/stories", params={"since": "2025-13-01"}).status_code == 422


def test_web_api_story_and_not_found_shape(client):
    sid = _grain_id(client)
    body = client.get(f"/api/stories/{sid}").json()
    assert body["story"]["story_id"] == sid and len(body["outlets"]) == 5
    missing = client.get("/api/stories/st-missing")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_web_story_page_sides_and_evidence_links(client):
    sid = _grain_id(client)
    page = client.get(f"/stories/{sid}")
    assert page.status_code == 200
    html = page.text
    assert html.count('class="card outlet"') == 5
    assert 'href="/documents/' in html and "#ref-e1" in html and "#ref-q1" in html and "#ref-s1" in html
    assert HOSTILE not in html and "&lt;script&gt;" in html
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "<script>" not in html.replace('<script src=', '')


def test_web_stories_page_lists_and_escapes(client):
    page = client.get("/stories", params={"actor": "RUS"})
    assert page.status_code == 200 and 'href="/stories/st-' in page.text
    assert HOSTILE not in page.text and 'href="/stories"' in page.text
    empty = client.get("/stories", params={"actor": "nobody-at-all"})
    assert "No stories" in empty.text and "match these filters" in empty.text
    assert client.get("/stories/st-missing").status_code == 404
