"""The communique/2 contract (and reading communique/1): dataclasses, JSON round trip,
schema validation."""

from __future__ import annotations

import json

import pytest

import communique
from communique.document import (Actor, Attribution, Document, Event, Quote, Section, Stance, Technique,
                                 Trigger, content_id)
from communique.errors import SchemaError
from communique.schema import validate_dict


def _full_document() -> Document:
    text = "Russia accused Ukraine of shelling the plant, Maria Zakharova said."
    return Document(
        text=text, source="x.txt", title="T", published="2026-01-02",
        sections=[Section("news", 0, len(text))],
        actors=[Actor("a1", "Russia", "state", "RUS", "GOV", None, ((0, 6),), "RUS"),
                Actor("a2", "Ukraine", "state", "UKR", "GOV", None, ((15, 22),), "UKR"),
                Actor("a3", "Maria Zakharova", "person", "RUS", "GOV", "spokesperson", ((46, 61),),
                      "person:maria-zakharova")],
        events=[Event("e1", "ACCUSE", "asserted", ("a1",), ("a2",), Trigger(7, 14, "accused"), (0, len(text)),
                      "news", Attribution("quoted", "a3"), None, "2026-01-02", None, ("military",), 0.8,
                      date_source="published", date_precision="day")],
        quotes=[Quote("q1", "indirect", text[0:44], 0, 44, "a3", "Maria Zakharova", "said")],
        techniques=[Technique("Loaded_Language", 30, 38, text[30:38], 0.4, "lexicon:shelling")],
        stance=[Stance("a3", "a2", -0.6, ((7, 14),), ("event ACCUSE (accused)",), ((0, 45, -0.6),))],
    )


def test_document_id_is_content_hash():
    assert Document(text="abc").id == content_id("abc") == Document(text="abc").id
    assert Document(text="abc").id != Document(text="abd").id


def test_document_json_round_trip_is_lossless():
    doc = _full_document()
    d = doc.to_dict()
    again = Document.from_json(json.dumps(d))
    assert again.to_dict() == d
    validate_dict(d)


def test_document_optional_values_are_null_not_absent():
    d = Document(text="Hello.").to_dict()
    for key in ("source", "title", "publisher", "published"):
        assert key in d and d[key] is None
    validate_dict(d)


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.update(schema="communique/0"), "schema"),
    (lambda d: d["actors"][0].update(kind="alien"), "kind"),
    (lambda d: d["events"][0].update(type="HUG"), "type"),
    (lambda d: d["events"][0].update(mode="rumoured"), "mode"),
    (lambda d: d["quotes"][0].update(end=10_000), "outside the text"),
    (lambda d: d["events"][0].update(source=["a9"]), "unknown actor"),
    (lambda d: d["stance"][0].update(polarity=3), "polarity"),
    (lambda d: d["stance"][0].update(reasons=["a", "b"]), "2 reasons for 1 evidence"),
    (lambda d: d["techniques"][0].update(holder="a9"), "held by unknown actor"),
    (lambda d: d["stance"][0].update(passages=[[0, 10_000, 0.5]]), "outside the text"),
    (lambda d: d.pop("quotes"), "quotes"),
])
def test_schema_rejects_broken_documents(mutate, message):
    d = _full_document().to_dict()
    mutate(d)
    with pytest.raises(SchemaError, match=message):
        validate_dict(d)


def test_from_dict_refuses_other_schema_versions():
    d = _full_document().to_dict()
    d["schema"] = "communique/3"
    with pytest.raises(SchemaError, match="communique/3"):
        Document.from_dict(d)
    with pytest.raises(SchemaError, match="not a known schema"):
        validate_dict(d)


def _version_1(d: dict) -> dict:
    """A communique/1 object as communique 0.1 wrote it: none of the fields communique/2 added
    (extensions, pipeline_version, date_source, event cues, event date sources and precisions,
    technique holders, stance reasons and passages)."""
    old = {k: v for k, v in d.items() if k not in ("extensions", "pipeline_version", "date_source")}
    old["events"] = [{k: v for k, v in e.items() if k not in ("cue", "date_source", "date_precision")}
                     for e in d["events"]]
    old["schema"] = "communique/1"
    old["techniques"] = [{k: v for k, v in t.items() if k != "holder"} for t in d["techniques"]]
    old["stance"] = [{k: v for k, v in s.items() if k not in ("reasons", "passages")} for s in d["stance"]]
    return old


@pytest.mark.issue(15)
def test_document_writes_communique_2_with_extensions_and_pipeline_version():
    d = Document(text="Hello.").to_dict()
    assert d["schema"] == communique.SCHEMA_VERSION == "communique/2"
    assert d["extensions"] == {} and d["pipeline_version"] is None
    validate_dict(d)


@pytest.mark.issue(15)
def test_document_reads_and_validates_communique_1():
    old = _version_1(_full_document().to_dict())
    validate_dict(old)
    doc = Document.from_dict(old)
    assert (doc.extensions, doc.pipeline_version) == ({}, None)
    assert doc.to_dict() == {**old, "schema": "communique/2", "extensions": {}, "pipeline_version": None,
                             "date_source": None,
                             "events": [{**e, "cue": None, "date_source": None, "date_precision": None}
                                        for e in old["events"]],
                             "techniques": [{**t, "holder": "author"} for t in old["techniques"]],
                             "stance": [{**s, "reasons": [], "passages": []} for s in old["stance"]]}


@pytest.mark.issue(15)
def test_schema_1_refuses_the_fields_of_schema_2():
    d = _full_document().to_dict()
    d["schema"] = "communique/1"
    with pytest.raises(SchemaError, match="communique/1"):
        validate_dict(d)


@pytest.mark.issue(15)
def test_document_round_trip_keeps_extensions():
    doc = _full_document()
    doc.extensions = {"casualties": [{"start": 0, "end": 6, "text": "Russia", "count": None, "kind": "killed"}],
                      "flag": True, "scores": {"a": [1, 2.5]}}
    doc.pipeline_version = "0.1.0+structure.v1"
    d = doc.to_dict()
    again = Document.from_json(json.dumps(d))
    assert again.to_dict() == d and again.extensions == doc.extensions
    validate_dict(d)


@pytest.mark.issue(15)
@pytest.mark.parametrize("extensions, message", [
    ({"casualties": [{"start": 0, "end": 10_000}]}, "extensions.casualties"),
    ({"Bad-Name": 1}, "Bad-Name"),
])
def test_schema_rejects_broken_extensions(extensions, message):
    d = _full_document().to_dict()
    d["extensions"] = extensions
    with pytest.raises(SchemaError, match=message):
        validate_dict(d)


def test_actor_at_prefers_largest_overlap():
    doc = _full_document()
    assert doc.actor_at(46, 61).id == "a3"
    assert doc.actor_at(0, 3).id == "a1"
    assert doc.actor_at(23, 29) is None


def test_public_api_exports_match_all():
    exported = {name for name in dir(communique) if not name.startswith("_")}
    assert set(communique.__all__) - {"__version__"} <= exported | {"Corpus"}
    for name in communique.__all__:
        assert getattr(communique, name) is not None
