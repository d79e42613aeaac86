"""Review fixes of round 31f3 (docs/events.md, "Round 31e11" and its round 31f3 amendments): the
typing of "expel", of an order to leave and of a thanked permission fires less. A people is a
state's people named by its demonym, counted or bare, not a party or a creed, nor people expelled
from a body or an event; an order to leave given to a state's own people is an evacuation, left
out; a negated permission is no cooperation. Texts written for this project."""

from __future__ import annotations

import pytest
from conftest import actor_names, event_cues, event_with_word, events_with_word


@pytest.mark.parametrize("text", [
    # finding 1: a party or a creed is no people
    "The caucus expelled four Democrats who had backed the budget.",
    "Two Republicans were expelled from the party over the vote.",
    "The front expelled the Communists from the ruling alliance.",
    # finding 1: a state's people expelled from a body or an event are its members
    "The union expelled dozens of Turks from the championship after the doping inquiry.",
    "The committee expelled three Kenyans from the Olympic Games.",
    # finding 3: "the <nationality>" with no count is often its diplomats
    "Estonia expelled the Russians after the cyber attack on its ministries.",
    "Lithuania expelled the Chinese from the trade office.",
])
def test_expelling_no_people_is_not_deportation(pipeline, text):
    doc = pipeline(text)
    assert not events_with_word(doc, "COERCE", "expelled"), event_cues(doc)


@pytest.mark.parametrize("text", [
    "The mayor ordered the Republicans to leave the council chamber.",
    "The chair told the Socialists to leave the hall.",
])
def test_an_order_to_a_party_to_leave_is_no_deportation(pipeline, text):
    doc = pipeline(text)
    assert not [e for e in doc.events if e.type == "COERCE"], event_cues(doc)


@pytest.mark.parametrize("text", [
    # finding 2: a state evacuating its own people
    "The Foreign Office ordered all Britons to leave Libya at once.",
    "The consulate told Canadians to leave Haiti while the airport is still open.",
    "Seoul ordered its nationals to leave Khartoum as the fighting spread.",
])
def test_an_order_to_own_people_to_leave_is_no_expulsion(pipeline, text):
    doc = pipeline(text)
    assert not [e for e in doc.events if e.type in ("COERCE", "SANCTION")], event_cues(doc)


@pytest.mark.parametrize("text, type_", [
    # what still deports or expels: a state's people counted, another state's nationals
    ("Ghana expelled two Nigerians accused of forging visas.", "COERCE"),
    ("Tripoli ordered thousands of Egyptians to leave within a month.", "COERCE"),
    ("Kenya ordered three Somali nationals to leave the country.", "SANCTION"),
])
def test_a_counted_people_is_still_expelled(pipeline, text, type_):
    doc = pipeline(text)
    assert [e for e in doc.events if e.type == type_], event_cues(doc)


def test_a_negated_thanked_permission_is_no_cooperation(pipeline):
    # finding 4
    doc = pipeline("We thank Togo, which has never allowed asylum seekers to be sent back.")
    assert not events_with_word(doc, "COOPERATE", "allowed"), event_cues(doc)


def test_a_thanked_permission_keeps_its_own_target(pipeline):
    # finding 5: only the type and cue change (the docs said cooperation "with whoever thanks it")
    doc = pipeline("We thank Zambia for allowing our doctors to visit the detainees.")
    event = event_with_word(doc, "COOPERATE", "allowing")
    assert actor_names(doc, event.source) == {"Zambia"}
    assert "Zambia" not in actor_names(doc, event.target)
