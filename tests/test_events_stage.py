"""The events.v1 stage over hand-built Documents: actor mapping, attribution,
reciprocity, the author's events, abstention and the output contract."""

from __future__ import annotations

import re

import pytest

import communique
from communique.document import Actor, Document, Quote, Section
from communique.pipeline import Context
from communique.stages.events import extract_events

RULES_ONLY = Context(options={"events_classifier": False})


def make_document(nlp, text, actors, sections=None, quotes=(), published="2024-05-16"):
    """A Document whose actors are the given names (every occurrence is a mention)."""
    recs = []
    for i, (name, kind, country, role) in enumerate(actors, 1):
        mentions = tuple((m.start(), m.end()) for m in re.finditer(re.escape(name), text))
        recs.append(Actor(f"a{i}", name, kind, country, None, role, mentions))
    document = Document(text=text, published=published, actors=recs,
                        sections=sections or [Section("news", 0, len(text))], quotes=list(quotes))
    return document, nlp(text)


def run(document, doc, ctx=RULES_ONLY):
    events = extract_events(document, doc, ctx)["events"]
    document.events = events
    communique.validate(document)  # JSON Schema + offsets + actor references
    return events


def test_events_stage_maps_actors_and_validates(nlp):
    text = "Ottawa imposed sanctions on Caracas on Tuesday."
    document, doc = make_document(nlp, text, [("Ottawa", "state", "CAN", None), ("Caracas", "state", "VEN", None)])
    (ev,) = run(document, doc)
    assert (ev.type, ev.mode, ev.source, ev.target) == ("SANCTION", "asserted", ("a1",), ("a2",))
    assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text == "imposed sanctions"
    assert (ev.sentence, ev.section, ev.date) == ((0, len(text)), "news", "2024-05-14")
    assert ev.attribution.kind == "reported" and ev.attribution.speaker is None
    assert 0.0 < ev.confidence <= 0.95


def test_events_stage_coordination_is_one_event_with_several_targets(nlp):
    text = "Austin met the Minister of Defense and the Minister of Interior."
    document, doc = make_document(nlp, text, [("Austin", "person", "USA", None),
                                              ("Minister of Defense", "person", None, None),
                                              ("Minister of Interior", "person", None, None)])
    (ev,) = run(document, doc)
    assert ev.type == "CONSULT" and ev.source == ("a1",) and ev.target == ("a2", "a3")


def test_events_stage_reciprocal(nlp):
    text = "Russia and China agreed on a new gas price."
    document, doc = make_document(nlp, text, [("Russia", "state", "RUS", None), ("China", "state", "CHN", None)])
    (ev,) = run(document, doc)
    assert ev.type == "AGREE" and ev.source == ("a1", "a2") and ev.target == ("a1", "a2")


def test_events_stage_quoted_inside_quote(nlp):
    text = 'The minister said: "Armenia attacked our border posts."'
    start = text.index('"')
    document, doc = make_document(nlp, text, [("minister", "person", "AZE", None), ("Armenia", "state", "ARM", None)],
                                  quotes=[Quote("q1", "direct", text[start:], start, len(text), "a1", "The minister", "said")])
    ev = next(e for e in run(document, doc) if e.type == "ASSAULT")
    assert ev.attribution.kind == "quoted" and ev.attribution.speaker == "a1"
    assert ev.source == ("a2",)


def test_events_stage_nested_reporting(nlp):
    text = "Kyiv claimed that Moscow shelled the power plant."
    document, doc = make_document(nlp, text, [("Kyiv", "state", "UKR", None), ("Moscow", "state", "RUS", None)])
    events = run(document, doc)
    shell = next(e for e in events if e.type == "ASSAULT")
    assert shell.attribution.kind == "quoted" and shell.attribution.speaker == "a1" and shell.source == ("a2",)
    acc = next(e for e in events if e.type == "ACCUSE")
    assert acc.source == ("a1",) and acc.target == ("a2",) and acc.attribution.kind == "reported"


def test_events_stage_author_in_commentary(nlp):
    text = "Opinion. We condemn Tehran for its crackdown. Washington must withdraw its troops."
    document, doc = make_document(nlp, text, [("The Daily Ledger", "organization", None, "author"),
                                              ("Tehran", "state", "IRN", None), ("Washington", "state", "USA", None)],
                                  sections=[Section("commentary", 0, len(text))])
    events = run(document, doc)
    condemn = next(e for e in events if e.trigger.text == "condemn")
    assert condemn.type == "ACCUSE" and condemn.source == ("a1",) and condemn.target == ("a2",)
    assert condemn.attribution.kind == "author" and condemn.attribution.speaker == "a1"
    demand = next(e for e in events if e.type == "REQUEST")
    assert demand.source == ("a1",) and demand.target == ("a3",) and demand.trigger.text == "must"
    withdraw = next(e for e in events if e.type == "RETREAT")
    assert withdraw.mode == "demanded" and withdraw.source == ("a3",)


def test_events_stage_no_author_demand_in_news(nlp):
    text = "Washington must withdraw its troops."
    document, doc = make_document(nlp, text, [("Washington", "state", "USA", None)])
    assert [e.type for e in run(document, doc) if e.type == "REQUEST"] == []


def test_events_stage_author_needs_a_target(nlp):
    text = "We protested loudly."
    document, doc = make_document(nlp, text, [("The Daily Ledger", "organization", None, "author")],
                                  sections=[Section("commentary", 0, len(text))])
    assert run(document, doc) == []


@pytest.mark.parametrize("text", ["The strike ended.", "Markets hit a record high on Monday."])
def test_events_stage_ambiguous_trigger_needs_classifier(nlp, text):
    document, doc = make_document(nlp, text, [])
    assert run(document, doc) == []


def test_events_full_pipeline_output_validates(analyze):
    document = analyze("Turkey and Iraq held talks in Ankara on Monday. Iraq did not agree to the plan.",
                       published="2024-05-16")
    communique.validate(document)
    for ev in document.events:
        assert document.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert ev.sentence[0] <= ev.trigger.start < ev.trigger.end <= ev.sentence[1]


@pytest.mark.parametrize("text, kept", [
    ("A protester seized the parcel.", False),     # one anonymous person, no target
    ("Protesters seized the parcel.", True),       # a group acting: still coded
    ("Soldiers demolished the kiosk.", True),
    ("A gunman attacked the town hall.", True),               # violence is coded without a target
])
def test_events_stage_anonymous_individual_upon_nobody(analyze, text, kept):
    document = analyze(text)
    assert bool(document.events) is kept, [(e.type, e.source, e.target) for e in document.events]


def test_events_stage_named_individual_upon_a_place_is_kept(analyze):
    document = analyze("A Chadian officer seized the airfield near Abeche.")
    assert [e.type for e in document.events] == ["COERCE"]


@pytest.mark.parametrize("phrases, expected", [
    ((), ["ASSAULT", "ASSAULT"]),
    (("1921",), ["ASSAULT"]),                    # the sentence naming 1921 is discarded
    (("FIRST WORLD war",), ["ASSAULT"]),         # case-insensitive, multi-word
    (("192",), ["ASSAULT", "ASSAULT"]),          # whole words only
])
def test_events_stage_discard_phrases(nlp, phrases, expected):
    text = "Belgium attacked Peru in 1921, after the First World War. Belgium attacked Peru on Monday."
    document, doc = make_document(nlp, text, [("Belgium", "state", "BEL", None), ("Peru", "state", "PER", None)])
    ctx = Context(options={"events_classifier": False, "events_discard": list(phrases)})
    assert [e.type for e in run(document, doc, ctx)] == expected
