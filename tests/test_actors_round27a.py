"""Actors round 27a (a1): actors that events and stance need. A body's name the model split at
"and" is read whole; a state's name the model tagged as a person still gives a titled person
its country ("Prime Minister X of Saint Lucia"); a body named through a nameless person of it
stops before a description apposed after a comma ("instructors of the Africa Corps, the
Russian force ..."); a person the KB does not know takes the nationality of a noun apposed to
the name ("a Malian cattle trader, Mr X"). Every text here was written for these tests."""

from __future__ import annotations

import pytest


def _actor_named(doc, name: str):
    """The actor called ``name`` (None if none)."""
    return next((a for a in doc.actors if a.name == name), None)


def _actor_said(doc, said: str):
    """The actor one of whose mentions is the text ``said`` (None if none)."""
    return next((a for a in doc.actors if any(doc.text[s:e] == said for s, e in a.mentions)), None)


# -- names split at "and" ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The policy was written by the Baltic Protection and Indemnity Club of Rostock.",
     "Baltic Protection and Indemnity Club"),
    ("The Aurora Bay's insurance was issued by the Nordsee Protection and Indemnity Club of Hamburg. "
     "When the crew wrote to it, the club replied that the cover had lapsed.",
     "Nordsee Protection and Indemnity Club"),
])
def test_body_name_split_at_and_is_read_whole(analyze, text, name):
    doc = analyze(text)
    body = _actor_named(doc, name)
    assert body is not None and body.kind == "organization"
    assert body.country == "DEU"  # the town after the name places it
    assert not any(a.name in ("Indemnity Club", "Baltic Protection", "Nordsee Protection") for a in doc.actors)


@pytest.mark.parametrize("text, names", [
    ("The attack was claimed by Hamas and Islamic Jihad.", {"Hamas", "Palestinian Islamic Jihad"}),
    ("Amnesty International and Human Rights Watch condemned the verdict.",
     {"Amnesty International", "Human Rights Watch"}),
])
def test_two_bodies_joined_by_and_stay_two(analyze, text, names):
    doc = analyze(text)
    assert names <= {a.name for a in doc.actors}


def test_town_after_a_joined_name_stays_its_own_place(analyze):
    doc = analyze("The policy was written by the Baltic Protection and Indemnity Club of Rostock.")
    town = _actor_named(doc, "Rostock")
    assert town is not None and town.kind == "location"
    assert [doc.text[s:e] for s, e in town.mentions] == ["Rostock"]


# -- a titled person "of" a state the model tagged as a person -----------------------------------

@pytest.mark.parametrize("text, country", [
    ("Prime Minister Desmond Whitfield of Saint Lucia spoke to the summit in Georgetown.", "LCA"),
    ("The chair, Prime Minister Alvin Carter of Saint Lucia, will travel to New York next week.", "LCA"),
    ("Prime Minister Alvin Carter of Jamaica spoke to the summit in Georgetown.", "JAM"),
])
def test_titled_person_of_a_state_takes_that_state(analyze, text, country):
    doc = analyze(text)
    person = next(a for a in doc.actors if a.kind == "person")
    assert person.country == country and person.role == "Prime Minister"


# -- a named body through a nameless person of it, an apposition after it ------------------------

def test_staff_of_a_body_stop_before_an_apposed_description(analyze):
    doc = analyze("The pilots who fly these drones include instructors of the Africa Corps, the Russian "
                  "force that replaced the Wagner Group in the Sahel.")
    corps = _actor_said(doc, "Africa Corps")
    assert corps is not None and corps.country == "RUS"
    assert not any("," in doc.text[s:e] for a in doc.actors for s, e in a.mentions)


# -- a person's nationality from a noun apposed to the name --------------------------------------

@pytest.mark.parametrize("name, country", [
    ("Hamadou Sangare", "MLI"),
    ("Oumarou Kabore", "BFA"),
])
def test_person_takes_the_nationality_of_an_apposed_noun(analyze, name, country):
    doc = analyze("Benin froze the assets of three men on Monday. They are a Malian cattle trader, "
                  "Mr Hamadou Sangare, and a Burkinabe haulage operator, Mr Oumarou Kabore.")
    person = _actor_named(doc, name)
    assert person is not None and person.kind == "person" and person.country == country


def test_person_without_an_apposed_nationality_keeps_the_story_country(analyze):
    doc = analyze("Benin froze the assets of a cattle trader, Mr Hamadou Sangare, on Monday.")
    person = _actor_named(doc, "Hamadou Sangare")
    assert person is not None and person.country in (None, "BEN")
