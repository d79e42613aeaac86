"""Document -> table rows (store.rows), and the schema they must fit."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import communique
from communique.document import PLOVER_TYPES, Actor, Document, Section
from communique.store import rows as R
from communique.store.db import SCHEMA_VERSION, connect
from communique.testing.corpus import synthetic_documents


@pytest.fixture(scope="module")
def docs():
    return synthetic_documents(300, seed=11)


def test_store_rows_generator_gives_hundreds_of_valid_distinct_documents(docs):
    assert len({d.id for d in docs}) == 300
    for d in docs:
        communique.validate(d)
    assert sum(1 for d in docs if d.published is None) > 10          # undated documents exist
    assert len({d.published[:7] for d in docs if d.published}) > 12   # spread over many months
    assert sum(bool(d.techniques) for d in docs) > 30                  # opinion pieces exist


def test_store_rows_match_columns_and_per_document_counts(docs):
    for d in docs[:50]:
        rows = R.document_rows(d, "v-test")
        assert set(rows) == set(R.DOCUMENT_TABLES)
        for table, table_rows in rows.items():
            for row in table_rows:
                assert tuple(row) == R.columns(table), table
        assert len(rows["documents"]) == 1
        assert len(rows["events"]) == len(d.events)
        assert len(rows["event_actors"]) == sum(len(e.source) + len(e.target) for e in d.events)
        assert len(rows["mentions"]) == sum(len(a.mentions) for a in d.actors)
        assert len(rows["doc_actors"]) == len(d.actors)
        assert len(rows["actors"]) == len({a.key for a in d.actors})
        assert len(rows["quotes"]) == len(d.quotes)
        assert len(rows["techniques"]) == len(d.techniques)
        assert len(rows["calls_to_action"]) == len(d.calls_to_action)
        assert len(rows["stance"]) == len(d.stance)
        assert len(rows["sections"]) == len(d.sections)
        for m in rows["mentions"]:
            assert d.text[m["start"]:m["end"]] == m["text"]


def test_store_rows_quad_class_covers_every_plover_type():
    assert set(R.QUAD_CLASS) == set(PLOVER_TYPES)
    assert R.QUAD_CLASS["CONSULT"] == "verbal cooperation"
    assert R.QUAD_CLASS["AID"] == "material cooperation"
    assert R.QUAD_CLASS["THREATEN"] == "verbal conflict"
    assert R.QUAD_CLASS["ASSAULT"] == "material conflict"
    assert R.QUAD_CLASS["PROTEST"] == "material conflict"


def test_store_rows_quad_class_agrees_with_taxonomy():
    from conftest import shared_data

    taxonomy = json.loads(shared_data("plover", "plover_taxonomy.json").read_text("utf-8"))
    assert R.QUAD_CLASS == taxonomy["quad_category"]


def test_store_rows_resolve_actor_keys_and_roles(docs):
    d = next(d for d in docs if d.events and d.quotes)
    rows = R.document_rows(d, "v")
    keys = {a.id: a.key for a in d.actors}
    e = d.events[0]
    source_rows = [r for r in rows["event_actors"] if r["event_id"] == e.id and r["role"] == "source"]
    assert [r["key"] for r in source_rows] == [keys[a] for a in e.source]
    assert rows["quotes"][0]["speaker_key"] == keys[d.quotes[0].speaker]
    assert rows["events"][0]["quad_class"] == R.QUAD_CLASS[e.type]
    assert rows["events"][0]["published"] == R.parse_date(d.published)


def test_store_rows_document_json_drops_text_once():
    d = Document(text="Kenya hosted the talks.", published="2024-02-30")  # invalid date
    row = R.document_rows(d, "v")["documents"][0]
    assert row["published"] is None
    assert "text" not in json.loads(row["doc"]) and row["text"] == d.text


@pytest.mark.parametrize("actor,key", [
    (Actor("a1", "Kenya", "state", "KEN"), "KEN"),
    (Actor("a1", "Kenya", "state", "KEN", key="KEN:GOV"), "KEN:GOV"),
    (Actor("a1", "Amina Odhiambo", "person", "KEN"), "person:amina-odhiambo"),
    (Actor("a1", "the Blue Brigade!", "armed_group"), "armed_group:the-blue-brigade"),
    (Actor("a1", "Atlantis", "state"), "state:atlantis"),
])
def test_store_rows_actor_key_fallback(actor, key):
    assert R.actor_key(actor) == key


@pytest.mark.parametrize("published,month", [
    ("2024-03-05", "2024-03"), ("2023-12-31T23:00:00", "2023-12"), (None, "unknown"),
    ("March 2024", "unknown"), ("", "unknown"),
])
def test_store_rows_published_month(published, month):
    assert R.published_month(Document(text="x", published=published)) == month


def test_store_rows_merge_keeps_first_actor_per_key():
    a = Document(text="Kenya", actors=[Actor("a1", "Kenya", "state", "KEN", mentions=((0, 5),))])
    b = Document(text="Kenya!", actors=[Actor("a1", "Republic of Kenya", "state", "KEN", mentions=((0, 5),))])
    merged = R.merge_rows([R.document_rows(a, "v"), R.document_rows(b, "v")])
    assert [r["name"] for r in merged["actors"]] == ["Kenya"]
    assert len(merged["doc_actors"]) == 2


def test_store_rows_arrow_types(docs):
    rows = R.document_rows(docs[0], "v", ingested_at=dt.datetime(2024, 1, 2, 3, 4, 5))
    table = R.rows_to_arrow("documents", rows["documents"])
    assert table.schema == R.arrow_schema("documents")
    assert str(table.schema.field("published").type) == "date32[day]"
    assert R.rows_to_arrow("events", []).num_rows == 0


def test_store_rows_tables_match_migrated_schema(tmp_path):
    con = connect(tmp_path / "s.duckdb")
    try:
        for table, cols in R.TABLES.items():
            described = con.execute(f'DESCRIBE "{table}"').fetchall()
            assert [(c[0], c[1]) for c in described] == list(cols), table
        assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        con.close()


def test_store_rows_sections_in_order():
    d = Document(text="ab cd", sections=[Section("news", 0, 2), Section("commentary", 3, 5)])
    rows = R.document_rows(d, "v")["sections"]
    assert [(r["ord"], r["kind"], r["start"]) for r in rows] == [(0, "news", 0), (1, "commentary", 3)]


@pytest.mark.issue(15)
def test_store_rows_extensions_one_row_per_item_with_spans_of_objects():
    text = "Two soldiers died near the border."
    d = Document(text=text, extensions={
        "casualties": [{"start": 0, "end": 17, "text": "Two soldiers died", "count": 2, "kind": "killed"},
                       {"start": "0", "end": 3}, "plain"],
        "reviewed": {"by": "desk"},
        "empty": [],
    })
    rows = R.document_rows(d, "v-test")["extensions"]
    assert [(r["name"], r["item"], r["start"], r["end"]) for r in rows] == [
        ("casualties", 0, 0, 17), ("casualties", 1, None, None), ("casualties", 2, None, None),
        ("reviewed", 0, None, None)]
    assert json.loads(rows[0]["data"]) == d.extensions["casualties"][0]
    assert json.loads(rows[2]["data"]) == "plain" and json.loads(rows[3]["data"]) == {"by": "desk"}
    assert all(tuple(r) == R.columns("extensions") and r["doc_id"] == d.id for r in rows)


def test_store_rows_synthetic_corpus_exercises_the_extensions_table(docs):
    assert sum(len(R.document_rows(d, "v")["extensions"]) for d in docs) > 100
