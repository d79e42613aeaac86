"""Timeline and events page (issue 19): undated events counted and listed, the document's
date as fallback, paging with totals."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from communique.document import Actor, Document, Event, Trigger
from communique.web import create_app
from e2e.corpus import at, build_store


def _doc(text: str, published: str | None, dates: list[str | None]) -> Document:
    actors = [Actor("a1", "Chile", "state", country="CHL", mentions=(at(text, "Chile"),), key="CHL"),
              Actor("a2", "Peru", "state", country="PER", mentions=(at(text, "Peru"),), key="PER")]
    events = []
    for n, date in enumerate(dates):
        s, e = at(text, "recalled", n)
        events.append(Event(f"e{n + 1}", "REJECT", "asserted", ("a1",), ("a2",), Trigger(s, e, "recalled"),
                            (0, len(text)), date=date, confidence=0.5))
    return Document(text=text, source=f"test://{published}-{len(dates)}", title=None, publisher=None,
                    published=published, actors=actors, events=events)


UNDATED = _doc("Chile recalled its envoy from Peru. Chile recalled a second envoy. Chile recalled a third.",
               None, [None, None, "2015-03-02"])
FALLBACK = _doc("Chile recalled its consul from Peru after the vote.", "2018-01-09", [None])


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("timeline") / "corpus.duckdb", extra=[UNDATED, FALLBACK])
    with TestClient(create_app(path)) as c:
        yield c


def test_web_timeline_counts_undated_and_document_date_fallback(client):
    t = client.get("/api/timeline", params={"actor": "CHL"}).json()
    assert t["months"] == ["2015-03", "2018-01"]
    assert t["undated"] == 2 and t["on_document_date"] == 1
    # a date range does not hide how many events have no date at all
    assert client.get("/api/timeline", params={"actor": "CHL", "since": "2016-01-01"}).json()["undated"] == 2
    assert client.get("/api/timeline").json()["undated"] == 2


def test_web_undated_events_are_listed(client):
    r = client.get("/api/events", params={"undated": "true"}).json()
    assert r["total"] == 2 and all(e["date"] is None for e in r["items"])
    html = client.get("/events", params={"undated": "true"}).text
    assert "Events 1–2 of 2" in html and html.count("<td>undated</td>") == 2
    assert "Chile recalled its envoy from Peru." in html  # titled from the first line


def test_web_events_page_filters_and_pages_with_totals(client):
    total = client.get("/api/events").json()["total"]
    first = client.get("/events").text
    assert f"Events 1–50 of {total}" in first if total > 50 else f"Events 1–{total} of {total}" in first
    html = client.get("/events", params={"actor": "RUS", "type": "ASSAULT"}).text
    assert "Events 1–1 of 1" in html and "Russia → Ukraine" in html
    assert re.search(r"<option selected>ASSAULT</option>", html)
    assert client.get("/events", params={"type": "NOPE"}).status_code == 422


def test_web_events_csv_is_exactly_what_is_filtered(client):
    import csv
    import io

    for params in ({}, {"actor": "CHL"}, {"undated": "true"}, {"actor": "RUS", "type": "ASSAULT,THREATEN"}):
        api = client.get("/api/events", params={**params, "limit": 500}).json()
        r = client.get("/api/events.csv", params=params)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert "attachment" in r.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert len(rows) == api["total"], params
        assert [(x["doc_id"], x["event_id"]) for x in rows] == [(e["doc_id"], e["event_id"]) for e in api["items"]]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv", params={"actor": "RUS", "type": "ASSAULT"}).text)))
    assert rows[0]["source_names"] == "Russia" and rows[0]["target"] == "UKR" and rows[0]["confidence"] == "0.8000"
    assert rows[0]["evidence"].startswith("/documents/") and rows[0]["evidence"].endswith("#ref-e2")
    html = client.get("/events", params={"actor": "CHL"}).text
    assert 'href="/api/events.csv?actor=CHL"' in html
    assert client.get("/api/events.csv", params={"mode": "nope"}).status_code == 422


def test_web_csv_cells_do_not_start_formulas():
    from communique.web.routes.api import _csv_cell

    assert _csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _csv_cell("@x") == "'@x"
    assert _csv_cell(["UKR", "RUS"]) == "UKR; RUS" and _csv_cell(None) == "" and _csv_cell(0.5) == "0.5000"


def test_web_events_page_takes_a_plain_form_with_empty_fields(client):
    empty = {k: "" for k in ("since", "until", "type", "mode", "attribution", "publisher", "source", "target")}
    html = client.get("/events", params={**empty, "actor": "RUS", "type": "ASSAULT"}).text
    assert "Events 1–1 of 1" in html
    assert client.get("/events", params={"since": "2024-13"}).status_code == 422
    assert client.get("/events", params={"offset": "x"}).status_code == 422
    assert client.get("/events", params={"undated": "true", "since": ""}).status_code == 200


def test_web_actors_index_lists_every_actor_with_totals(client):
    total = client.get("/api/actors", params={"limit": 500}).json()["total"]
    html = client.get("/actors").text
    assert f"Actors 1–{total} of {total}, most active first" in html
    assert 'href="/actors/RUS">Russia</a>' in html and 'href="/events?actor=RUS"' in html
    found = client.get("/actors", params={"q": "chi"}).text
    assert "China" in found and "Chile" in found and "Russia</a>" not in found
    assert "No actors match" in client.get("/actors", params={"q": "zzz"}).text


def test_web_search_hit_opens_at_its_passage(client):
    import html as html_lib

    home = client.get("/", params={"q": "energy"}).text
    link = re.search(r'class="passage-link" href="([^"]+)"', home)
    assert link, "a search hit links to its passage"
    url = html_lib.unescape(link.group(1))
    assert url.endswith("#ref-hit") and "?at=" in url
    page = client.get(url.split("#")[0]).text
    assert re.search(r'<span class="seg [^"]*m-passage[^"]*" data-refs="[^"]*\bhit\b', page)
    assert 'id="ref-hit"' in page
    # offsets outside the text are ignored, not an error
    doc_path = url.split("?")[0]
    assert "m-passage" not in client.get(doc_path, params={"at": 10**6, "end": 10**6 + 5}).text
    assert client.get(doc_path, params={"at": -1, "end": 3}).status_code == 422


def test_web_quad_class_filter(client):
    api = client.get("/api/events", params={"quad": "material conflict", "limit": 500}).json()
    assert api["total"] >= 2 and {e["quad_class"] for e in api["items"]} == {"material conflict"}
    both = client.get("/api/events", params={"quad": "material conflict,verbal conflict"}).json()["total"]
    verbal = client.get("/api/events", params={"quad": "verbal conflict"}).json()["total"]
    assert both == api["total"] + verbal
    assert client.get("/api/events", params={"quad": "nope"}).status_code == 422
    html = client.get("/events", params={"quad": "material conflict"}).text
    assert f"of {api['total']}" in html and "<option selected>material conflict</option>" in html
    rows = client.get("/api/events.csv", params={"quad": "material conflict"}).text.strip().splitlines()
    assert len(rows) == api["total"] + 1
