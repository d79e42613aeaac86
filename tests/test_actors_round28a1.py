"""Actors round 28a1 (a1): actors the actors stage built cut short or not at all. A body the model
found whose name ends in "of" and a state's name is read whole ("the Law Society of Kenya"), with
"the society" after it as its mention; a person named after a role noun of a body ("its
editor-in-chief, X", "a spokesman for the X, Y") takes the body's country; an abbreviation in
brackets whose letters are the name's initials in another order is an alias ("the Central
American University (UCA)"); "Central American" is a region's adjective, not the USA's. Every
text here was written for these tests."""

from __future__ import annotations

import pytest


def _actor_named(doc, name: str):
    """The actor called ``name`` (None if none)."""
    return next((a for a in doc.actors if a.name == name), None)


def _actor_said(doc, said: str):
    """The actor one of whose mentions is the text ``said`` (None if none)."""
    return next((a for a in doc.actors if any(doc.text[s:e] == said for s, e in a.mentions)), None)


# -- a body's name ending in "of <state>" --------------------------------------------------------

@pytest.mark.parametrize("text, name, country, cut", [
    ("The Law Society of Kenya asked the High Court to suspend the decree on Monday.",
     "Law Society of Kenya", "KEN", "Law Society"),
    ("The Bar Association of Georgia condemned the arrests in Tbilisi.",
     "Bar Association of Georgia", "GEO", "Bar Association"),
    ("ASTANA, March 3 - The State Border Committee of Uzbekistan in Tashkent said its guards had only "
     "checked papers.", "State Border Committee of Uzbekistan", "UZB", "State Border Committee"),
    ("Doctors from the Medical Association of Nigeria and the Supreme Court of Ghana met in Accra.",
     "Medical Association of Nigeria", "NGA", "Medical Association"),
])
def test_body_named_of_a_state_is_read_whole(analyze, text, name, country, cut):
    doc = analyze(text)
    body = _actor_named(doc, name)
    assert body is not None and body.kind == "organization" and body.country == country
    assert _actor_named(doc, cut) is None


def test_head_word_of_a_body_named_of_a_state_is_its_mention(analyze):
    doc = analyze("The Law Society of Kenya asked the High Court to suspend the decree. "
                  "The society said the decree was unlawful.")
    assert _actor_said(doc, "society") is _actor_named(doc, "Law Society of Kenya")


@pytest.mark.parametrize("text, name", [
    ("The Parliament of Ghana approved the budget on Tuesday.", "Parliament of Ghana"),
    ("The Central Bank of Kenya raised its main rate by half a point.", "Central Bank of Kenya"),
])
def test_names_read_whole_before_are_unchanged(analyze, text, name):
    assert _actor_named(analyze(text), name) is not None


# -- a person named after a role noun of a body --------------------------------------------------

@pytest.mark.parametrize("text, person, country", [
    ("CARACAS, May 4 - Venezuela's military counterintelligence detained Pablo Ortega, a reporter for "
     "the Spanish daily El Faro Atlantico, on Friday.\n\nProsecutors charged him with spying.\n\n"
     "El Faro Atlantico rejected the charges and said Ortega held valid accreditation. \"Pablo is a "
     "reporter, not a spy. Venezuela must free him today,\" its editor-in-chief, Lucia Menendez, said "
     "in a statement.",
     "Lucia Menendez", "ESP"),
    ("ASTANA, March 3 - Kazakhstan closed two crossings on the border with Uzbekistan on Monday.\n\n"
     "The State Border Committee of Uzbekistan in Tashkent said its guards had only checked papers. \"We did "
     "not close anything,\" a spokesman for the committee, Rustam Karimov, said in a televised statement.",
     "Rustam Karimov", "UZB"),
])
def test_person_named_after_a_role_of_a_body_takes_its_country(analyze, text, person, country):
    doc = analyze(text)
    actor = _actor_named(doc, person)
    assert actor is not None and actor.country == country


# -- abbreviations and region adjectives ---------------------------------------------------------

def test_abbreviation_in_another_order_is_an_alias(analyze):
    doc = analyze("Students of the Central American University (UCA) marched in Managua on Monday. "
                  "The UCA was closed by the government of Nicaragua a week later.")
    body = _actor_said(doc, "UCA")
    assert body is not None and body.name == "Central American University"
    assert body.country != "USA"


def test_region_adjective_gives_no_state(analyze):
    doc = analyze("Students of the Central American University marched in Managua on Monday.")
    body = _actor_named(doc, "Central American University")
    assert body is not None and body.country != "USA"  # "Central American" is no US adjective
