"""The graph API (issue 19): the most connected actors, isolated and generic actors left out
by default, the events behind one edge with their sentence; the helpers behind them."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.document import ACTOR_KINDS, Actor, Attribution, Document, Event, Trigger
from communique.web import create_app
from communique.web.labels import ACTOR_KIND_LABELS
from communique.web.queries import EDGE_SNIPPET_CHARS, _linked_top, _snippet
from e2e.corpus import at, border_report, build_store

#: Generic actors, as the actors stage names the ones it cannot name better.
GENERIC = ("troops", "seven deputy directors of the ministry of ports")


def generic_report() -> Document:
    """Generic actors with events between them and a named one."""
    text = ("Troops of Norway were moved. The troops shelled positions held by Iceland. "
            "Seven deputy directors of the ministry of ports met Norway's envoy.")
    actors = [Actor("a1", GENERIC[0], "organization", mentions=(at(text, "troops"),)),
              Actor("a2", "Iceland", "state", country="ISL", mentions=(at(text, "Iceland"),), key="ISL"),
              Actor("a3", GENERIC[1], "person", mentions=(at(text, "Seven deputy directors of the ministry of ports"),)),
              Actor("a4", "Norway", "state", country="NOR", mentions=(at(text, "Norway", 1),), key="NOR")]

    def event(eid, etype, trigger, source, target):
        s, e = at(text, trigger)
        return Event(eid, etype, "asserted", (source,), (target,), Trigger(s, e, trigger), (0, len(text)),
                     attribution=Attribution("reported", None), confidence=0.7)

    return Document(text=text, source="test://generic", title="Harbour moves", publisher="Northern Post",
                    published="2024-02-21", actors=actors,
                    events=[event("e1", "ASSAULT", "shelled", "a1", "a2"), event("e2", "CONSULT", "met", "a3", "a4")])


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("graph") / "corpus.duckdb", extra=[generic_report()])
    with TestClient(create_app(path)) as c:
        yield c


def _keys(graph: dict) -> set[str]:
    return {n["key"] for n in graph["nodes"]}


def test_web_graph_most_connected_first_without_isolated_or_generic(client):
    g = client.get("/api/graph").json()
    assert _keys(g) == {"RUS", "UKR", "CHN", "USA", "EUR:IGO", "NOR", "ISL"}  # TUR has no partner
    degrees = [n["degree"] for n in g["nodes"]]
    assert degrees == sorted(degrees, reverse=True) and g["nodes"][0]["key"] == "RUS" and degrees[0] == 4
    assert not any(n["name"] in GENERIC for n in g["nodes"])
    assert g["options"] == {"limit": 40, "isolated": False, "generic": False}
    assert g["total"] == 7


def test_web_graph_isolated_and_generic_on_request(client):
    with_isolated = client.get("/api/graph", params={"isolated": "true"}).json()
    turkey = next(n for n in with_isolated["nodes"] if n["key"] == "TUR")
    assert turkey["degree"] == 0 and turkey["name"] == "Turkey <script>"
    generic = client.get("/api/graph", params={"generic": "true"}).json()
    assert {n["name"] for n in generic["nodes"]} >= set(GENERIC)
    names = {n["key"]: n["name"] for n in generic["nodes"]}
    assert {(names[e["source"]], names[e["target"]]) for e in generic["edges"]} >= {("troops", "Iceland")}


def test_web_graph_limit_counts_linked_actors(client):
    two = client.get("/api/graph", params={"limit": 2}).json()
    assert _keys(two) == {"RUS", "UKR"} and all(e["source"] in _keys(two) and e["target"] in _keys(two)
                                                for e in two["edges"])
    assert len(client.get("/api/graph", params={"limit": 5}).json()["nodes"]) == 5


def test_linked_top_gives_the_place_of_an_alone_node_to_the_next():
    pool = [{"key": k} for k in ("A", "B", "C", "D", "E")]
    edges = [{"source": "A", "target": "B"}, {"source": "C", "target": "E"}, {"source": "D", "target": "A"}]
    # top 3 = A, B, C; C's partner E is not among them: C leaves, D (linked to A) comes in
    assert [n["key"] for n in _linked_top(pool, edges, 3)] == ["A", "B", "D"]
    assert [n["key"] for n in _linked_top(pool, edges, 5)] == ["A", "B", "C", "D", "E"]
    assert _linked_top(pool[:1], [], 3) == []


def test_web_graph_edge_lists_its_events_with_sentences(client):
    res = client.get("/api/graph/edge", params={"source_key": "RUS", "target_key": "UKR",
                                                "quad": "material conflict"}).json()
    assert res["total"] == 1
    item = res["items"][0]
    doc = border_report()
    assert (item["doc_id"], item["event_id"], item["type"], item["date"]) == (doc.id, "e2", "ASSAULT", "2024-03-04")
    assert item["title"] == "Port of Odesa shelled, Kyiv says" and item["outlet"] == "Harbour Wire"
    assert item["snippet"] == "Ukraine accused Russia of shelling the port of Odesa on Monday."
    assert item["snippet"][item["mark_start"]:item["mark_end"]] == "shelling"
    both = client.get("/api/graph/edge", params={"source_key": "RUS", "target_key": "UKR"}).json()
    assert [i["type"] for i in both["items"]] == ["THREATEN", "ASSAULT"]  # newest first
    filtered = client.get("/api/graph/edge", params={"source_key": "RUS", "target_key": "UKR",
                                                     "type": "THREATEN"}).json()
    assert [i["event_id"] for i in filtered["items"]] == ["e3"]


def test_web_graph_edge_keys_are_exact(client):
    # "RUS" as the events filter reads it would also match RUS:GOV; an edge is one key to one key
    assert client.get("/api/graph/edge", params={"source_key": "RU", "target_key": "UKR"}).json()["total"] == 0
    assert client.get("/api/graph/edge", params={"source_key": "UKR", "target_key": "RUS"}).json()["total"] == 1


@pytest.mark.parametrize("params", [{"source_key": "RUS"}, {"target_key": "UKR"},
                                    {"source_key": "RUS", "target_key": "UKR", "type": "INVADE"},
                                    {"source_key": "R" * 400, "target_key": "UKR"}])
def test_web_graph_edge_refuses_bad_requests(client, params):
    r = client.get("/api/graph/edge", params=params)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"


def test_edge_snippet_cut_around_the_trigger():
    sentence = "word " * 200 + "TRIGGER" + " word" * 200
    start = sentence.index("TRIGGER")
    cut = _snippet({"sentence": sentence, "s": 100, "trigger_start": 100 + start, "trigger_end": 107 + start})
    assert cut["snippet"][cut["mark_start"]:cut["mark_end"]] == "TRIGGER"
    assert cut["snippet"].startswith("…") and cut["snippet"].endswith("…")
    assert len(cut["snippet"]) == EDGE_SNIPPET_CHARS + 2
    short = _snippet({"sentence": "Norway aided Iceland.", "s": 10, "trigger_start": 17, "trigger_end": 22})
    assert short == {"snippet": "Norway aided Iceland.", "mark_start": 7, "mark_end": 12}
    assert _snippet(None)["snippet"] == ""


def test_graph_legend_names_every_actor_kind():
    assert set(ACTOR_KINDS) <= set(ACTOR_KIND_LABELS)


def test_graph_page_has_controls_and_legend(client):
    html = client.get("/graph").text
    for needle in ('id="graph-limit"', 'name="isolated"', 'name="generic"', 'id="graph-search"',
                   'id="graph-legend"', 'id="edge-events"', "International organisation"):
        assert needle in html
