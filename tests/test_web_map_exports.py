"""The map (``/api/map``, ``/map``, the Natural Earth shapes), Parquet and CSV downloads of what
``/events`` and ``/actors`` filter, and search with filters and marked words (issue 19)."""

from __future__ import annotations

import io
import json
import re
from importlib import resources

import pytest
from fastapi.testclient import TestClient

from communique.document import Actor, Document, Event, Section, Trigger
from communique.web import create_app, labels
from e2e.corpus import at, border_report, build_store, trade_report

pq = pytest.importorskip("pyarrow.parquet")


def commentary() -> Document:
    """An op-ed (a commentary section) on Brazil and Argentina, with a search word far down."""
    text = ("Opinion: the river deal deserves support\n\n"
            "Brazil praised Argentina for the river agreement. "
            + "The columnist walks through the treaty's history at length. " * 12
            + "The sluice gates will finally open.")
    actors = [Actor("a1", "Brazil", "state", country="BRA", mentions=(at(text, "Brazil"),), key="BRA"),
              Actor("a2", "Argentina", "state", country="ARG", mentions=(at(text, "Argentina"),), key="ARG")]
    praised = at(text, "praised")
    events = [Event("e1", "SUPPORT", "asserted", ("a1",), ("a2",), Trigger(praised[0], praised[1], "praised"),
                    (42, 92), confidence=0.7)]
    return Document(text=text, source="test://commentary", title="The river deal deserves support",
                    publisher="Southern Review", published="2023-11-20", actors=actors, events=events,
                    sections=[Section("commentary", 0, len(text), None)])


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("map") / "corpus.duckdb", extra=[commentary()])
    with TestClient(create_app(path)) as c:
        yield c


def _by_id(body) -> dict[str, dict]:
    return {c["id"]: c for c in body["countries"]}


# -- the map ------------------------------------------------------------------------------
def test_web_map_counts_events_per_country_and_role(client):
    body = client.get("/api/map").json()
    rus = _by_id(body)["RUS"]
    # Russia: 8 events of the fixture corpus involve it (2 as source, 6 as target)
    assert (rus["events"], rus["as_source"], rus["as_target"], rus["either"]) == (8, 2, 6, 8)
    assert rus["name"] == "Russia" and rus["actor"] == "RUS"
    # Ukraine: 4 events, each counted once however many of its actors take part
    assert _by_id(body)["UKR"]["events"] == 4
    assert body["total"] == 11 and body["unplaced"] == 0
    counts = [c["events"] for c in body["countries"]]
    assert counts == sorted(counts, reverse=True)
    as_target = client.get("/api/map", params={"role": "target"}).json()
    assert _by_id(as_target)["RUS"]["events"] == 6 and "USA" not in _by_id(as_target)  # the US is never a target
    assert as_target["unplaced"] == 1  # the CONSULT hosted by Turkey has no target


def test_web_map_takes_the_event_filters(client):
    body = client.get("/api/map", params={"type": "SANCTION", "role": "source"}).json()
    assert [(c["id"], c["events"]) for c in body["countries"]] == [("USA", 1)]
    quad = client.get("/api/map", params={"quad": "verbal cooperation"}).json()
    assert set(_by_id(quad)) == {"BRA", "ARG", "CHN", "RUS", "TUR"}  # AGREE, CONSULT, SUPPORT
    dated = client.get("/api/map", params={"since": "2024-01-01", "publisher": "Southern Review"}).json()
    assert dated["countries"] == [] and dated["total"] == 0
    assert client.get("/api/map", params={"role": "neither"}).status_code == 422


def test_web_map_page_and_geometry(client):
    html = client.get("/map").text
    assert 'id="map"' in html and 'data-geometry="/static/world-110m.json"' in html and "/static/map.js" in html
    names = json.loads(re.search(r"data-names='([^']*)'", html).group(1).replace("&#34;", '"').replace("&amp;", "&"))
    assert names["RUS"] == "Russia"
    geo = client.get("/static/world-110m.json").json()
    ids = [c["id"] for c in geo["countries"] if c["id"]]
    assert len(geo["countries"]) >= 170 and len(ids) == len(set(ids))
    assert {"RUS", "UKR", "USA", "CHN", "BRA", "FRA", "NOR", "XKX"} <= set(ids)
    assert all(re.fullmatch(r"[A-Z]{3}", i) for i in ids)
    # every shape is a closed SVG path; states too small for 1:110m are points on the canvas
    shapes = [c for c in geo["countries"] if "d" in c]
    dots = {c["id"]: c["dot"] for c in geo["countries"] if "dot" in c}
    assert len(shapes) + len(dots) == len(geo["countries"]) and len(shapes) >= 170
    assert all(c["d"].startswith("M") and c["d"].endswith("z") for c in shapes)
    assert {"SGP", "MLT", "BHR", "VAT"} <= set(dots)
    assert all(0 <= x <= geo["width"] and 0 <= y <= geo["height"] for x, y in dots.values())
    assert dots["SGP"][0] > dots["MLT"][0] and dots["SGP"][1] > dots["MLT"][1]  # east and south of Malta
    assert "Natural Earth" in geo["source"]
    # no shape runs across the map: rings crossing 180° (Russia, Fiji) are cut at the antimeridian
    widest = max(abs(int(dx)) for c in shapes for dx in re.findall(r"l(-?\d+)", c["d"]))
    assert widest < geo["width"] / 4
    # almost every shape has a name in the actor knowledge base (the page's labels)
    known = [i for i in ids if labels.country(i) != i]
    assert len(known) / len(ids) >= 0.95


def test_web_map_geometry_is_a_packaged_file():
    raw = resources.files("communique.web").joinpath("static", "world-110m.json").read_bytes()
    assert len(raw) < 80_000  # compact: integer steps of a pre-projected path


# -- Parquet and CSV ---------------------------------------------------------------------
@pytest.mark.parametrize("params", [{}, {"actor": "RUS"}, {"type": "ACCUSE,SANCTION"}, {"quad": "material conflict"},
                                    {"since": "2024-04-01", "until": "2024-04-30"}, {"publisher": "Harbour Wire"},
                                    {"actor": "nobody-at-all"}])
def test_web_events_parquet_is_exactly_the_filtered_events(client, params):
    r = client.get("/api/events.parquet", params=params)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/vnd.apache.parquet"
    assert r.headers["content-disposition"] == 'attachment; filename="events.parquet"'
    table = pq.read_table(io.BytesIO(r.content))
    api = client.get("/api/events", params={**params, "limit": 500}).json()
    assert table.num_rows == api["total"]
    rows = table.to_pylist()
    assert [(x["doc_id"], x["event_id"]) for x in rows] == [(x["doc_id"], x["event_id"]) for x in api["items"]]
    from communique.web.queries import EVENT_EXPORT_COLUMNS

    assert table.column_names == list(EVENT_EXPORT_COLUMNS)
    for got, want in zip(rows, api["items"]):
        assert got["source"] == want["source"] and got["target_names"] == want["target_names"]
        assert (got["date"].isoformat() if got["date"] else None) == want["date"]
        assert got["evidence"] == f"/documents/{want['doc_id']}#ref-{want['event_id']}"


def test_web_events_parquet_rows_match_the_csv(client):
    import csv

    params = {"actor": "RUS"}
    table = pq.read_table(io.BytesIO(client.get("/api/events.parquet", params=params).content)).to_pylist()
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv", params=params).text)))
    assert [r["event_id"] for r in rows] == [r["event_id"] for r in table]
    assert [r["source_names"] for r in rows] == ["; ".join(r["source_names"]) for r in table]


def test_web_actors_exports_list_every_page_of_the_filter(client):
    listed = client.get("/api/actors", params={"limit": 500}).json()
    table = pq.read_table(io.BytesIO(client.get("/api/actors.parquet").content))
    assert table.num_rows == listed["total"]
    from communique.web.queries import ACTOR_EXPORT_COLUMNS

    assert table.column_names == list(ACTOR_EXPORT_COLUMNS)
    assert table.column("key").to_pylist() == [a["key"] for a in listed["items"]]
    found = pq.read_table(io.BytesIO(client.get("/api/actors.parquet", params={"q": "rus"}).content)).to_pylist()
    assert [a["key"] for a in found] == ["RUS"] and found[0]["events"] == 8
    csv_text = client.get("/api/actors.csv", params={"q": "rus"})
    assert csv_text.headers["content-disposition"] == 'attachment; filename="actors.csv"'
    assert csv_text.text.splitlines()[1].startswith("RUS,Russia,state,RUS,")


def test_web_pages_link_the_downloads_with_their_filters(client):
    html = client.get("/events", params={"actor": "RUS", "type": "ASSAULT"}).text
    href = re.search(r'id="events-parquet" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert href.startswith("/api/events.parquet?") and "actor=RUS" in href and "type=ASSAULT" in href
    assert pq.read_table(io.BytesIO(client.get(href).content)).num_rows == 1
    actors = client.get("/actors", params={"q": "chin"}).text
    assert 'id="actors-parquet" href="/api/actors.parquet?q=chin"' in actors
    assert 'id="actors-csv" href="/api/actors.csv?q=chin"' in actors


def test_web_country_codes_shown_as_names(client):
    assert "<td>Russia</td>" in client.get("/actors").text
    assert '<span class="tag">Ukraine</span>' in client.get(f"/documents/{border_report().id}").text
    assert labels.country("XYZ") == "XYZ" and labels.country(None) == ""


# -- search ---------------------------------------------------------------------------------
def test_web_search_filters_by_outlet_dates_and_kind(client):
    def titles(**params):
        html = client.get("/search", params=params).text
        return re.findall(r'class="doc-link" href="[^"]*">([^<]+)</a>', html)

    assert titles(q="river") == ["The river deal deserves support"]
    assert titles(q="river", kind="commentary") == ["The river deal deserves support"]
    assert titles(q="river", kind="news") == []
    assert titles(q="river", until="2023-11-19") == [] and titles(q="river", since="2023-11-20") != []
    assert titles(q="Russia", publisher="Continental Daily") == ["China and Russia sign energy deal"]
    assert titles(kind="commentary") == ["The river deal deserves support"]  # no words: the filtered listing
    # empty form fields are ignored; wrong values are a 422
    assert titles(q="river", publisher="", since="", until="", kind="") == ["The river deal deserves support"]
    assert client.get("/search", params={"kind": "poetry"}).status_code == 422
    assert client.get("/search", params={"since": "20 May"}).status_code == 422
    api = client.get("/api/documents", params={"q": "river", "kind": "commentary", "since": "2023-01-01"}).json()
    assert api["total"] == 1 and client.get("/api/documents", params={"kind": "x"}).status_code == 422


def test_web_search_marks_matched_words_escaped(client):
    html = client.get("/search", params={"q": "sluice"}).text
    assert "<mark>sluice</mark>" in html
    item = client.get("/api/documents", params={"q": "sluice"}).json()["items"][0]
    assert ["sluice", True] in item["snippet_parts"]
    assert "".join(p for p, _ in item["snippet_parts"]) == item["snippet"]
    hostile = client.get("/search", params={"q": "harbour"}).text
    assert "<script>window.__xss" not in hostile and "&lt;script&gt;" in hostile


def test_web_search_hit_link_marks_the_words_on_the_document_page(client):
    html = client.get("/search", params={"q": "sluice gates"}).text
    href = re.search(r'class="doc-link" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert re.search(r"\?at=\d+&end=\d+&hl=\d+-\d+(,\d+-\d+)*#ref-hit$", href)
    page = client.get(href.split("#")[0]).text
    marked = re.findall(r'<span class="seg [^"]*m-match[^"]*"[^>]*>([^<]*)</span>', page)
    assert marked == ["sluice", "gates"]
    assert client.get(f"/documents/{trade_report().id}", params={"hl": "1-2;<x>"}).status_code == 422
