"""Modality of issue 16's sixth round (op-eds): what an author demands is not an event that
happened, also in a second conjunct or under "needs to" / "it is time to"; a "not" on a focus
adverb ("not just", "not ... alone") leaves the act asserted. Sentences written for this project."""

from __future__ import annotations

from conftest import analyse_text


def _modes(pipeline, text):
    doc = analyse_text(pipeline, text, "2022-06-01")
    return {e.type: e.mode for e in doc.events}, [(e.type, e.mode, e.cue) for e in doc.events]


def test_modality_second_conjunct_of_should_is_demanded(pipeline):
    modes, why = _modes(pipeline, "Ottawa should fund the mission and support the observers.")
    assert modes.get("AID") == "demanded" and modes.get("SUPPORT") == "demanded", why


def test_modality_conjunct_with_its_own_subject_keeps_its_mode(pipeline):
    modes, why = _modes(pipeline, "Portugal should fund the clinics, but Spain rejected the plan.")
    assert modes.get("AID") == "demanded" and modes.get("REJECT") == "asserted", why


def test_modality_plain_coordination_stays_asserted(pipeline):
    modes, why = _modes(pipeline, "The army attacked the town and arrested the mayor.")
    assert set(modes.values()) == {"asserted"}, why


def test_modality_needs_to_and_its_conjunct_are_demanded(pipeline):
    modes, why = _modes(pipeline, "Chile needs to condemn the coup and suspend aid to the junta.")
    assert modes.get("ACCUSE") == "demanded" and modes.get("SANCTION") == "demanded", why


def test_modality_past_had_to_is_no_demand(pipeline):
    modes, why = _modes(pipeline, "The villagers had to flee after the militia attacked the market.")
    assert "demanded" not in modes.values(), why


def test_modality_it_is_time_to_is_demanded(pipeline):
    modes, why = _modes(pipeline, "It is time for Brazil to recognize the new government and restore ties with it.")
    assert modes.get("COOPERATE") == "demanded", why


def test_modality_not_on_a_focus_adverb_asserts_the_act(pipeline):
    for text in ("I do not blame Copenhagen alone for this.", "Peru did not just criticize the junta."):
        modes, why = _modes(pipeline, text)
        assert modes.get("ACCUSE") == "asserted", why
    modes, why = _modes(pipeline, "Peru did not criticize the junta.")
    assert modes.get("ACCUSE") == "negated", why
