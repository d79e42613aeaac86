"""Actors round 26a (a1): bodies that were never built. A nameless person "of" a body the model
names ("a judge of the X Court", "the inspector of the X Federation") is that body, named by its
own name; a state's name or capital, or a town, opening a body's name ("the Lusaka Chamber of
Mines", "the Tulcea Fishermen's Union") is no reading of the body, which keeps its own name and
takes the place's country. Every text here was written for these tests."""

from __future__ import annotations


def _actor_named(doc, name: str):
    """The actor called ``name`` (None if none)."""
    return next((a for a in doc.actors if a.name == name), None)


# -- a nameless person of a named body ----------------------------------------------------------

def test_judge_of_a_named_court_is_the_court(analyze):
    doc = analyze("On Monday a judge of the Coastal Appeals Court in Mombasa refused to hear the petition.")
    court = _actor_named(doc, "Coastal Appeals Court")
    assert court is not None and court.kind == "organization"
    assert not any(a.name.startswith("judge") for a in doc.actors)
    assert _actor_named(doc, "Mombasa") is not None  # the place after the court stays its own


def test_inspector_of_a_workers_federation_is_the_federation(analyze):
    doc = analyze("The inspector of the Baltic Harbour Workers' Federation has visited the crew every week.")
    body = _actor_named(doc, "Baltic Harbour Workers' Federation")
    assert body is not None and body.kind == "organization"
    assert not any(a.role == "Police Officer" for a in doc.actors)


def test_team_of_a_ministry_the_model_names_is_the_ministry(analyze):
    doc = analyze("The technical team of the Ministry of Water and Irrigation drafted the new map.")
    assert _actor_named(doc, "Ministry of Water and Irrigation") is not None


def test_instructors_of_a_named_unit_are_the_unit(analyze):
    doc = analyze("Villagers said instructors of the Sahel Volunteer Legion had trained the gunmen.")
    assert _actor_named(doc, "Sahel Volunteer Legion") is not None


def test_a_named_person_of_the_body_stays_a_person(analyze):
    doc = analyze("Tomas Varga, a judge of the Coastal Appeals Court, refused to hear the petition.")
    person = _actor_named(doc, "Tomas Varga")
    assert person is not None and person.kind == "person"


def test_forces_of_a_government_are_not_the_government(analyze):
    doc = analyze("Forces of the Government of National Accord shelled the port on Friday.")
    assert not any(a.name == "Government of National Accord" and any(
        doc.text[s:e].startswith("Forces") for s, e in a.mentions) for a in doc.actors)


def test_efforts_of_an_office_are_no_body(analyze):
    doc = analyze("The truce owes much to the efforts of the Special Coordinator for the Lakes.")
    assert not any(doc.text[s:e].startswith("efforts") for a in doc.actors for s, e in a.mentions)


def test_a_part_of_a_larger_body_keeps_the_whole_phrase(analyze):
    doc = analyze("A brigade of the Northern Operations Command of the Kenya Defence Forces crossed the line.")
    assert not any(a.name == "Northern Operations Command" for a in doc.actors)


# -- a state, capital or town opening a body's name ---------------------------------------------

def test_state_name_opening_a_network_is_the_network(analyze):
    doc = analyze("The Malawi Ballot Watch Network said the count had been rushed.")
    body = _actor_named(doc, "Malawi Ballot Watch Network")
    assert body is not None and body.kind == "organization" and body.country == "MWI"


def test_capital_opening_a_bar_association_is_the_association(analyze):
    doc = analyze("Lawyers of the Bishkek Advocates Association were barred from the hearing.")
    body = _actor_named(doc, "Bishkek Advocates Association")
    assert body is not None and body.country == "KGZ"


def test_state_agency_named_after_its_state_is_the_agency(analyze):
    doc = analyze("The Namibia Coastal Protection Agency has not inspected the lagoon since May.")
    body = _actor_named(doc, "Namibia Coastal Protection Agency")
    assert body is not None and body.kind == "organization" and body.country == "NAM"


def test_a_state_before_a_plain_noun_stays_the_state(analyze):
    doc = analyze("Malawi troops crossed the river on Sunday.")
    assert any(a.country == "MWI" and a.sector == "MIL" for a in doc.actors)


def test_a_state_name_before_no_body_word_stays_the_state(analyze):
    doc = analyze("Ministers met at the Kenya National Trade Fair in Nairobi on Monday.")
    assert _actor_named(doc, "Kenya National Trade Fair") is None


def test_a_union_of_workers_named_after_a_town(analyze):
    doc = analyze("The Tulcea Fishermen's Union handed out food to the stranded sailors.")
    body = _actor_named(doc, "Tulcea Fishermen's Union")
    assert body is not None and body.kind == "organization" and body.country == "ROU"


def test_a_plural_possessive_council_with_a_long_name(analyze):
    doc = analyze("The Osh Farmers' Council for Water Rights wrote to the governor twice.")
    body = _actor_named(doc, "Osh Farmers' Council for Water Rights")
    assert body is not None and body.country == "KGZ"


def test_a_town_council_is_still_the_town(analyze):
    doc = analyze("The Tulcea Town Council voted to close the harbour road.")
    assert _actor_named(doc, "Tulcea Town Council") is None


# -- a name the model took for a place after an office noun ---------------------------------------

def test_spokeswoman_before_a_name_tagged_as_a_place_is_a_person(analyze):
    doc = analyze('"Nobody in Hanoi warned us," ministry spokeswoman Chea Dara told reporters.')
    person = _actor_named(doc, "Chea Dara")
    assert person is not None and person.kind == "person"


def test_a_place_after_a_plain_noun_stays_a_place(analyze):
    doc = analyze("The ruling was welcomed in the capital Port Louis on Monday.")
    assert not any(a.kind == "person" for a in doc.actors)


# -- the capital a titled official speaks in ------------------------------------------------------

_DATELINE = "KAMPALA, May 2 - Uganda protested on Monday.\n\n"


def test_official_speaking_in_a_capital_is_of_that_state(analyze):
    doc = analyze(_DATELINE + "Interior Minister Rosa Wanjiru told reporters in Nairobi that the border "
                  "would stay open.")
    person = _actor_named(doc, "Rosa Wanjiru")
    assert person is not None and person.country == "KEN"


def test_official_at_a_briefing_in_a_capital(analyze):
    doc = analyze(_DATELINE + '"We warned them twice," Deputy Minister Omar Haji said at a briefing in Nairobi.')
    person = _actor_named(doc, "Omar Haji")
    assert person is not None and person.country == "KEN"


def test_official_with_no_place_of_speech_keeps_the_story_country(analyze):
    doc = analyze(_DATELINE + "Interior Minister Rosa Wanjiru said the border would stay open.")
    person = _actor_named(doc, "Rosa Wanjiru")
    assert person is not None and person.country == "UGA"
