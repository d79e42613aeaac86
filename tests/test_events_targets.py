"""Targets and sources found through the full pipeline (actors + events): the object's
complement, the governed clause, owners of a non-actor object, country adjectives on acts
and possessions, coordinated adjectives, reciprocity of several sources, and abstention
when a verbal act has no speaker or an unrealised act has nobody to do it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

import communique


def events_of(analyze, text):
    doc = analyze(text, published="2024-05-16")
    communique.validate(doc)
    return doc, doc.events


def countries(doc, ids):
    return sorted({doc.actor(a).country for a in ids if doc.actor(a).country})


def find_event(events, type_):
    return next((e for e in events if e.type == type_), None)


@pytest.mark.parametrize("text, type_, source, target", [
    # the verb's object has a target preposition
    ("Portugal threatened further measures against Angola.", "THREATEN", ["PRT"], ["AGO"]),
    # the governed clause's object and prepositions
    ("Peru threatened to cut off gas supplies to Bolivia.", "THREATEN", ["PER"], ["BOL"]),
    ("Norway refused to send peacekeepers to Mali.", "REJECT", ["NOR"], ["MLI"]),
    ("Kenya threatened to expel Somali diplomats.", "THREATEN", ["KEN"], ["SOM"]),
    # owners of a non-actor object: a "by" agent with a named modifier
    ("Chile rejected fresh appeals by Argentina's leaders for a joint patrol.", "REJECT", ["CHL"], ["ARG"]),
    # a country adjective on an act or a possession names the state
    ("Vietnam rejected a Cambodian proposal on the river.", "REJECT", ["VNM"], ["KHM"]),
    ("Ghana condemned the Togolese ultimatum.", "ACCUSE", ["GHA"], ["TGO"]),
])
def test_events_target_found(analyze, text, type_, source, target):
    doc, events = events_of(analyze, text)
    ev = find_event(events, type_)
    assert ev is not None, [(e.type, e.trigger.text) for e in events]
    assert countries(doc, ev.source) == source
    assert countries(doc, ev.target) == target


@pytest.mark.parametrize("text, type_, expected", [
    # coordinated country adjectives: one phrase, several actors, reciprocal agreement
    ("Senior Bolivian and Peruvian officials agreed on Monday to share border data.", "AGREE", ["BOL", "PER"]),
    # several sources and no other target: they agree with each other
    ("Ecuador and the Colombians reached a compromise on fishing rights.", "AGREE", ["COL", "ECU"]),
])
def test_events_reciprocal_from_coordination(analyze, text, type_, expected):
    doc, events = events_of(analyze, text)
    ev = find_event(events, type_)
    assert ev is not None
    assert countries(doc, ev.source) == expected and countries(doc, ev.target) == expected


@pytest.mark.parametrize("text, absent", [
    # an accusation with nobody accusing (a description, not an act)
    ("Dozens of officers accused of taking bribes stayed at their posts.", "ACCUSE"),
    # a wish that someone be punished, with nobody to do it
    ("Mali's minister said she hoped the officers would soon be arrested.", "COERCE"),
])
def test_events_abstain_without_speaker_or_agent(analyze, text, absent):
    _, events = events_of(analyze, text)
    assert absent not in {e.type for e in events}


def test_events_finite_passive_keeps_accusation_without_speaker(analyze):
    doc, events = events_of(analyze, "The former mayor of Lima has been accused of fraud.")
    assert "ACCUSE" in {e.type for e in events}


def test_events_state_adjective_on_a_thing_stays_no_actor(analyze):
    doc, _ = events_of(analyze, "Russian gas prices fell sharply this winter.")
    assert doc.actors == []


def test_events_owned_nouns_data_loads():
    from communique.actors.owned import owned_nouns

    words = owned_nouns()
    assert {"proposal", "ultimatum", "town", "peace plan"} <= words
    assert "gas" not in words and "cooking" not in words
