"""Dates in the web app (issues 17 and 19): every event and document without a date is shown as
"undated" and counted; dated events show how fine their date is and where it came from, on the
pages, in ``/api/events`` and in the CSV and Parquet exports."""

from __future__ import annotations

import csv
import io
import re

import pytest
from fastapi.testclient import TestClient

from communique.document import Actor, Document, Event, Trigger
from communique.web import create_app, labels
from e2e.corpus import at, build_store

#: The export columns before ``date_source`` and ``date_precision`` were added: they keep their places.
OLD_EXPORT_COLUMNS = ["date", "type", "quad_class", "mode", "attribution", "source", "source_names", "target",
                      "target_names", "trigger_text", "confidence", "title", "outlet", "publisher", "doc_id",
                      "event_id", "evidence"]


def _doc(title: str, text: str, published: str | None, dates: list[tuple[str | None, str | None, str | None]]):
    """Chile → Peru "protested" events, one per ``(date, date_source, date_precision)``."""
    actors = [Actor("a1", "Chile", "state", country="CHL", mentions=(at(text, "Chile"),), key="CHL"),
              Actor("a2", "Peru", "state", country="PER", mentions=(at(text, "Peru"),), key="PER")]
    events = []
    for n, (date, source, precision) in enumerate(dates):
        s, e = at(text, "protested", n)
        events.append(Event(f"e{n + 1}", "ACCUSE", "asserted", ("a1",), ("a2",), Trigger(s, e, "protested"),
                            (0, len(text)), date=date, date_source=source, date_precision=precision,
                            confidence=0.6))
    return Document(text=text, source=f"test://{title}", title=title, publisher="Andes Desk",
                    published=published, actors=actors, events=events)


DATED = _doc("Chile protests to Peru", "Chile protested to Peru in March. Chile protested again last week. "
             "Chile protested today. Chile protested once more.", "2024-03-14",
             [("2024-03-01", "sentence", "month"), ("2024-03-04", "context", "week"),
              ("2024-03-14", "published", "day"), (None, None, None)])
UNDATED = _doc("Chile and Peru at odds", "Chile protested to Peru. Chile protested in 2023.", None,
               [(None, None, None), ("2023-01-01", "sentence", "year")])


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("dates") / "corpus.duckdb", extra=[DATED, UNDATED])
    with TestClient(create_app(path)) as c:
        yield c


def _doc_id(client, title: str) -> str:
    items = client.get("/api/documents", params={"publisher": "Andes Desk", "limit": 50}).json()["items"]
    return next(d["id"] for d in items if d["title"] == title)


def _visible(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S))


def test_web_date_labels():
    assert labels.event_date("2024-03-01", "month") == "March 2024"
    assert labels.event_date("2024-03-04", "week") == "week of 4 Mar 2024"
    assert labels.event_date("2023-01-01", "year") == "2023"
    assert labels.event_date("2024-03-14", "day") == labels.event_date("2024-03-14", None) == "2024-03-14"
    assert labels.event_date(None, None) == "undated"
    assert labels.date_source("sentence") == "from the sentence" and labels.date_source("context") == "from the story"
    assert labels.date_source("document").startswith("publication date") and labels.date_source(None) == ""
    for words in labels.DATE_SOURCE_LABELS.values():
        assert not labels.INTERNAL_KEY.search(words)


def test_web_api_events_say_where_the_date_came_from(client):
    items = client.get("/api/events", params={"publisher": "Andes Desk"}).json()["items"]
    got = sorted((e["date"], e["date_source"], e["date_precision"]) for e in items if e["date"])
    assert got == [("2023-01-01", "sentence", "year"), ("2024-03-01", "sentence", "month"),
                   ("2024-03-04", "context", "week"), ("2024-03-14", "document", None),
                   ("2024-03-14", "published", "day")]
    undated = [e for e in items if e["date"] is None]
    assert len(undated) == 1 and undated[0]["date_source"] is None and undated[0]["date_precision"] is None


def test_web_exports_add_date_source_and_precision_at_the_end(client):
    from communique.web.queries import EVENT_EXPORT_COLUMNS

    assert list(EVENT_EXPORT_COLUMNS) == OLD_EXPORT_COLUMNS + ["date_source", "date_precision"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv", params={"publisher": "Andes Desk"}).text)))
    assert list(rows[0]) == list(EVENT_EXPORT_COLUMNS)
    by_date = {(r["date"], r["date_source"]): r["date_precision"] for r in rows}
    assert by_date[("2024-03-14", "document")] == "" and by_date[("2024-03-04", "context")] == "week"
    assert by_date[("", "")] == ""
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(io.BytesIO(client.get("/api/events.parquet", params={"publisher": "Andes Desk"}).content))
    assert table.column_names == list(EVENT_EXPORT_COLUMNS)
    assert sorted(str(r["date_source"]) for r in table.to_pylist()) == sorted(str(r["date_source"] or None)
                                                                              for r in rows)


def test_web_events_page_shows_precision_and_source(client):
    html = client.get("/events", params={"publisher": "Andes Desk"}).text
    assert "<td>undated</td>" in html
    text = " ".join(_visible(html).split())
    for shown in ("March 2024 (from the sentence)", "week of 4 Mar 2024 (from the story)",
                  "2024-03-14 (publication date, no event date)", "2024-03-14 (publication date, said that day)",
                  "2023 (from the sentence)"):
        assert shown in text, shown


def test_web_document_page_tags_undated_events_and_dates_with_their_source(client):
    text = " ".join(_visible(client.get(f"/documents/{_doc_id(client, 'Chile protests to Peru')}").text).split())
    assert "March 2024 from the sentence" in text and "week of 4 Mar 2024 from the story" in text
    assert "2024-03-14 publication date, said that day" in text
    html = client.get(f"/documents/{_doc_id(client, 'Chile and Peru at odds')}").text
    assert html.count('class="tag undated"') == 1 and '<dd id="doc-date">undated</dd>' in html
    assert "2023 from the sentence" in " ".join(_visible(html).split())


def test_web_actor_page_counts_and_links_undated_events(client):
    html = client.get("/actors/CHL").text
    assert '<a href="/events?actor=CHL&amp;undated=true">1 undated event</a> (neither' in html
    assert "publication date) is not on the chart." in html
    assert "<td>undated</td>" in html
    assert "Andes Desk undated" in " ".join(_visible(html).split())  # the undated document in the list
    listed = client.get("/events", params={"actor": "CHL", "undated": "true"}).text
    assert "Events 1–1 of 1" in listed
    assert "Every event of Russia has a date." in client.get("/actors/RUS").text


def test_web_home_and_search_count_undated_documents(client):
    html = client.get("/").text
    assert re.search(r'<li id="n-undated"><strong>1</strong> undated document</li>', html)
    assert re.search(r'<strong>1</strong> undated event</a>', html)
    found = client.get("/search", params={"q": "Chile", "publisher": "Andes Desk"}).text
    assert "Andes Desk undated" in " ".join(_visible(found).split())
    ranged = client.get("/search", params={"since": "2024-01-01"}).text
    assert "Documents without a publication date are not in a date range (1 in the corpus)." in ranged
    assert "search-undated" not in client.get("/search").text


def test_web_graph_edge_and_map_say_what_is_undated(client):
    edge = client.get("/api/graph/edge", params={"source_key": "CHL", "target_key": "PER"}).json()["items"]
    notes = {(e["date_text"], e["date_note"]) for e in edge}
    assert ("undated", "") in notes and ("week of 4 Mar 2024", "from the story") in notes
    assert client.get("/api/map", params={"since": "2020-01-01"}).json()["undated"] == 1
    assert client.get("/api/map").json()["undated"] == 0  # without a date range they are on the map
    assert client.get("/api/graph", params={"since": "2020-01-01"}).json()["undated"] == 1
    assert client.get("/api/graph").json()["undated"] == 0


def test_web_timeline_counts_events_known_only_to_the_year(client):
    t = client.get("/api/timeline", params={"publisher": "Andes Desk"}).json()
    assert (t["year_only"], t["on_document_date"], t["undated"]) == (1, 1, 1)
    assert t["months"] == ["2023-01", "2024-03"]


def test_web_stories_list_shows_undated_documents():
    app = create_app(None)
    html = app.state.web.render(
        "stories.html", offset=0,
        filters={"since": None, "until": None, "actor": None, "outlet": None, "min_outlets": 2},
        items=[{"story_id": "st-1", "label": "Harbour talks", "n_documents": 2, "n_outlets": 2, "n_clusters": 1,
                "documents": [{"id": "d1", "title": "Talks resume", "outlet": "Andes Desk", "date": None},
                              {"id": "d2", "title": "Talks go on", "outlet": "Port Wire", "date": "2024-03-04"}]}])
    text = " ".join(_visible(html).split())
    assert "Andes Desk undated" in text and "Port Wire 2024-03-04" in text
