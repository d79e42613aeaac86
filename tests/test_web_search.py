"""Search in the web app: ``GET /api/documents?q=`` ranked by BM25 over the index built at
ingest, ``ranking`` in the response, the substring fallback for a store without an index,
and the home page's search."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.document import Document
from communique.store import Store
from communique.web import create_app
from test_search import requires_fts

#: Documents written for these tests: (key, title, text, published).
DOCS = [
    ("summit", "Summit on water sharing",
     "Leaders met at the summit on water sharing. The water agreement sets quotas for the dry season "
     "and a joint water commission.", "2024-05-02"),
    ("dam", "Dam construction resumes",
     "Work on the upstream dam resumed. Downstream farmers fear less water in summer and worse water "
     "quality.", "2024-05-09"),
    ("trade", "Trade fair opens",
     "Exporters showed machinery at the trade fair. Water pumps were among the products.", "2024-04-20"),
    ("election", "Election results delayed",
     "Counting continued in the capital. Observers reported <b>long queues</b> at polling stations.",
     "2024-03-15"),
]


def _store(path, search_index: bool = True):
    docs = {k: Document(text=text, title=title, published=published, publisher="River Post")
            for k, title, text, published in DOCS}
    with Store(path, search_index=search_index) as store:
        store.add(docs.values())
    return docs


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    path = tmp_path_factory.mktemp("web_search") / "indexed.duckdb"
    docs = _store(path)
    with TestClient(create_app(path)) as client:
        yield client, docs


@pytest.fixture(scope="module")
def unindexed(tmp_path_factory):
    path = tmp_path_factory.mktemp("web_search") / "old.duckdb"
    docs = _store(path, search_index=False)  # like a store written before the index existed
    with TestClient(create_app(path)) as client:
        yield client, docs


def _keys(body, docs) -> list[str]:
    by_id = {d.id: k for k, d in docs.items()}
    return [by_id[item["id"]] for item in body["items"]]


@requires_fts
@pytest.mark.parametrize("q,expected", [
    ("water", ["summit", "dam", "trade"]),      # BM25: three hits and the title first
    ("water agreement", ["summit"]),
    ("farmer", ["dam"]),                        # stemmed: farmer ~ farmers
    ('"water pumps"', ["trade"]),
    ('"pumps water"', []),
    ("volcano", []),
])
def test_web_search_api_ranks_by_bm25(indexed, q, expected):
    client, docs = indexed
    r = client.get("/api/documents", params={"q": q})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ranking"] == "bm25"
    assert _keys(body, docs) == expected and body["total"] == len(expected)
    scores = [item["score"] for item in body["items"]]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)


@requires_fts
def test_web_search_api_hits_carry_passage_offsets(indexed):
    client, docs = indexed
    item = client.get("/api/documents", params={"q": "quotas"}).json()["items"][0]
    text = docs["summit"].text
    assert item["title"] == "Summit on water sharing" and item["published"] == "2024-05-02"
    assert "quotas" in text[item["snippet_start"]:item["snippet_end"]]
    assert [text[s:e] for s, e in item["highlights"]] == ["quotas"]
    assert {"events", "quotes", "snippet"} <= set(item)


@requires_fts
def test_web_search_api_pages_through_ranked_hits(indexed):
    client, docs = indexed
    first = client.get("/api/documents", params={"q": "water", "limit": 2}).json()
    rest = client.get("/api/documents", params={"q": "water", "limit": 2, "offset": 2}).json()
    assert _keys(first, docs) + _keys(rest, docs) == ["summit", "dam", "trade"]
    assert first["total"] == rest["total"] == 3


def test_web_search_api_old_store_falls_back_to_substring(unindexed):
    client, docs = unindexed
    body = client.get("/api/documents", params={"q": "water"}).json()
    assert body["ranking"] == "substring"
    assert _keys(body, docs) == ["summit", "dam", "trade"]  # by occurrences, title hits weighted
    assert client.get("/api/documents", params={"q": "farmer"}).json()["total"] == 1  # substring of farmers


def test_web_search_api_listing_has_no_ranking(indexed):
    client, docs = indexed
    body = client.get("/api/documents").json()
    assert body["ranking"] is None and body["total"] == len(docs)
    assert [item["published"] for item in body["items"]] == ["2024-05-09", "2024-05-02", "2024-04-20",
                                                            "2024-03-15"]


@pytest.mark.parametrize("q", ["' OR 1=1 --", '"unclosed', "%_%", "<script>alert(1)</script>"])
def test_web_search_api_odd_queries_are_answered(indexed, q):
    client, _ = indexed
    r = client.get("/api/documents", params={"q": q})
    assert r.status_code == 200 and r.json()["ranking"] in ("bm25", "substring")


@requires_fts
def test_web_home_search_says_how_it_ranks(indexed, unindexed):
    html = indexed[0].get("/", params={"q": "water"}).text
    assert "Ranked by relevance (BM25)." in html
    assert html.index("Summit on water sharing") < html.index("Dam construction resumes") < html.index(
        "Trade fair opens")
    old = unindexed[0].get("/", params={"q": "water"}).text
    assert "no full-text index" in old
    escaped = indexed[0].get("/", params={"q": "queues"}).text
    assert "&lt;b&gt;long <mark>queues</mark>&lt;/b&gt;" in escaped and "<b>long" not in escaped
