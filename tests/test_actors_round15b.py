"""Actors round 15b (issues 17/18): single capitalised words the model labels as places or
bodies, read as persons where the sentence says so. Every text here was written for these tests."""

from __future__ import annotations

import pytest


def person(doc, name: str):
    return next((a for a in doc.actors if a.name == name and a.kind == "person"), None)


@pytest.mark.parametrize("text, name", [
    ("Dunmore, 64, has chaired the water board since the floods.", "Dunmore"),
    ("Brisco, 58, was elected to the assembly in 2010 after two failed attempts.", "Brisco"),
    ("Halvorsen, who governed the province for a decade, left the party in March.", "Halvorsen"),
    ("Talgarth, who ran the campaign for the regional council, resigned after the vote.", "Talgarth"),
])
def test_an_age_or_a_who_in_apposition_makes_a_person(analyze, text, name):
    assert person(analyze(text), name) is not None


def test_the_surname_of_a_person_named_earlier_is_that_person(analyze):
    doc = analyze("Elena Varga chairs the council. The report praised Varga for her patience.")
    varga = person(doc, "Elena Varga")
    assert varga is not None and len(varga.mentions) >= 2


def test_the_source_of_according_to_is_a_person(analyze):
    doc = analyze("The figures for the harbour are wrong, according to Kettleby.")
    assert person(doc, "Kettleby") is not None


@pytest.mark.parametrize("text", [
    "Florida has 29 electoral votes and a long coastline.",
    "The council met in Tampa on Friday to discuss the budget.",
    "Officials, who spoke on condition of anonymity, declined to comment on the budget.",
    "The figures for the harbour are wrong, according to Reuters.",
])
def test_places_bodies_and_plural_nouns_stay_what_they_are(analyze, text):
    assert not [a for a in analyze(text).actors if a.kind == "person"]


@pytest.mark.parametrize("text, name", [
    ("Hollings recused herself from the inquiry into the harbour contracts.", "Hollings"),
    ("Sessions recused himself from the inquiry after the hearing last spring.", "Sessions"),
])
def test_the_subject_of_a_verb_with_himself_or_herself_is_a_person(analyze, text, name):
    assert person(analyze(text), name) is not None


def test_a_plural_noun_with_themselves_stays_no_person(analyze):
    doc = analyze("Negotiations found themselves at a dead end after the third round.")
    assert not [a for a in doc.actors if a.kind == "person"]


@pytest.mark.parametrize("text", [
    "In any case, writes Talgarth, the council has not published the harbour accounts.",
    "\"No one is above the rules,\" said Talgarth, at times raising his voice and pounding the table.",
])
def test_the_inverted_subject_of_a_verb_of_saying_is_a_person(analyze, text):
    assert person(analyze(text), "Talgarth") is not None
