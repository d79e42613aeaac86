"""Actors round 17b: whole names. A company named by a name and a head word ("Meridian
Petroleum", "Swiss Re") is one actor, and its short name later in the text joins it; a country
adjective that opens a company's name is not the state; a person's given name the model left out
is part of the name; a body's phrase ends before a relative clause. Every text here was written
for these tests."""

from __future__ import annotations

import pytest


def _actor_at(doc, phrase: str, nth: int = 0):
    """The actor with a mention covering the ``nth`` occurrence of ``phrase`` (or None)."""
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(phrase, at + 1)
    for a in doc.actors:
        if any(s <= at < e for s, e in a.mentions):
            return a
    return None


def test_a_company_is_found_under_its_whole_name(analyze):
    doc = analyze("The main operator of the new mine is Korvath Mining. Korvath has promised jobs to the valley, "
                  "but Korvath's trucks have already damaged the only road.")
    a = _actor_at(doc, "Korvath Mining")
    assert a is not None and a.name == "Korvath Mining"
    assert a.kind == "organization"
    assert _actor_at(doc, "Korvath has") is a
    assert _actor_at(doc, "Korvath's") is a


def test_a_country_adjective_opening_a_company_name_is_no_state(analyze):
    doc = analyze("Swiss Re said on Monday that it would no longer insure the pipeline. "
                  "Swiss Re took the decision after a visit to the region.")
    a = _actor_at(doc, "Swiss Re")
    assert a is not None and a.name == "Swiss Re" and a.kind == "organization"
    assert not any(x.kind == "state" and x.country == "CHE" for x in doc.actors)


def test_a_state_word_and_a_company_head_word(analyze):
    doc = analyze("Passengers were stranded for two days after Qatar Airways cancelled its flights to the city.")
    a = _actor_at(doc, "Qatar Airways")
    assert a is not None and a.name == "Qatar Airways" and a.kind == "organization"


def test_country_adjectives_before_other_nouns_stay_the_state(analyze):
    doc = analyze("Swiss troops guarded the border crossing, and Swiss diplomats met the rebels in Geneva.")
    a = _actor_at(doc, "Swiss troops")
    assert a is not None and a.country == "CHE"
    assert "Re" not in a.name


def test_a_ministry_after_a_state_word_is_no_company(analyze):
    doc = analyze("The Ugandan Energy Ministry said the pipeline would open next year.")
    a = _actor_at(doc, "Ugandan Energy Ministry")
    assert a is not None and a.country == "UGA"


def test_a_sentence_start_is_no_company_name(analyze):
    doc = analyze("The Resources were counted twice. Officials of Uganda said so.")
    assert not any(x.name in ("The Resources", "Resources") and x.kind == "organization" for x in doc.actors)


def test_a_given_name_the_model_left_out_is_part_of_the_name(analyze):
    # the model tags "Gutul" alone here
    doc = analyze("Evghenia Gutul was chosen as governor by the voters in 2023, and Gutul has kept her calm since.")
    a = _actor_at(doc, "Gutul was")
    assert a is not None and a.kind == "person"
    assert a.name == "Evghenia Gutul"
    assert _actor_at(doc, "Gutul has") is a


def test_a_title_before_a_surname_is_no_given_name(analyze):
    doc = analyze("President Varnescu was elected in 2021. Varnescu has since been charged twice.")
    a = _actor_at(doc, "Varnescu was")
    assert a is not None and a.kind == "person"
    assert not a.name.startswith("President")


def test_a_body_phrase_ends_before_its_relative_clause(analyze):
    doc = analyze("I thank the nurses of Doctors Without Borders, who kept their clinic open when every other "
                  "clinic in the town had closed.")
    a = _actor_at(doc, "Doctors Without Borders")
    assert a is not None
    for s, e in a.mentions:
        assert "who kept" not in doc.text[s:e]


def test_two_companies_sharing_a_short_name_leave_it_alone(analyze):
    doc = analyze("Tarvo Energy and Tarvo Shipping both bid for the port. Tarvo said the bids were fair.")
    a = _actor_at(doc, "Tarvo Energy")
    b = _actor_at(doc, "Tarvo Shipping")
    assert a is not None and b is not None and a is not b
    short = _actor_at(doc, "Tarvo said")
    assert short is None or short not in (a, b)


def test_the_staff_of_a_named_body_is_the_body(analyze):
    doc = analyze("We are grateful for the doctors and nurses of Doctors Without Borders, who stayed in the city "
                  "when the fighting began.")
    a = _actor_at(doc, "doctors and nurses")
    assert a is not None and a.name == "Doctors Without Borders"
    assert _actor_at(doc, "nurses") is a


def test_a_panel_of_experts_is_one_actor(analyze):
    doc = analyze("The panel of experts that watches the arms embargo found new evidence of cargo flights.")
    a = _actor_at(doc, "panel of experts")
    assert a is not None and a.name == "panel of experts"


def test_experts_after_another_noun_stay_experts(analyze):
    doc = analyze("Sudan rejected the report of the experts on Monday, and the experts said they stood by it.")
    a = _actor_at(doc, "experts")
    assert a is not None and "panel" not in a.name
