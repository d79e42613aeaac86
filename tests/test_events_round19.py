"""Events of issue 16's nineteenth round: constructions that carry an event with no trigger of
its type in the lexicon (docs/events.md, "Round 19: misses with no trigger of the gold type").
Sentences written for this project."""

from __future__ import annotations

import pytest
from conftest import analyse_text, event_cues, events_of, events_with_parties


def _cued(doc, type_: str, prefix: str) -> list:
    return [e for e in events_of(doc, type_) if (e.cue or "").startswith(prefix)]


@pytest.fixture(scope="module")
def drafts_of():
    """The drafts ``extract_sentence`` makes of each sentence of a text, as (type, cue, target words)."""
    from communique.events.extract import extract_sentence
    from communique.nlp import load_nlp

    nlp = load_nlp()

    def run(text: str) -> list[tuple[str, str | None, list[str]]]:
        doc = nlp(text)
        return [(d.type, d.cue, [t.lower_ for t in d.targets]) for s in doc.sents for d in extract_sentence(s)]

    return run


# "we expect X to ...": a demand, unless it is a forecast

def test_we_expect_a_named_state_to_act_is_a_request(pipeline):
    doc = analyse_text(pipeline, 'The Spanish foreign minister, Elena Ruiz, said: "We expect Morocco to reopen '
                                 'the border crossing this week."')
    # round 22: the lexicon's `expect +to !actor` now reads it first (cue "lexicon:REQUEST:expect to")
    assert _cued(doc, "REQUEST", "tell-request:expect") or _cued(doc, "REQUEST", "lexicon:REQUEST:expect"), \
        event_cues(doc)


def test_is_expected_to_is_a_forecast_not_a_request(pipeline):
    doc = analyse_text(pipeline, "The Chilean envoy is expected to return to Santiago in April.")
    assert not _cued(doc, "REQUEST", "tell-request:expect"), event_cues(doc)


def test_expect_under_a_condition_is_no_request(pipeline):
    doc = analyse_text(pipeline, 'Senator Ada Kline wrote: "We must stand by our partners if we expect them to '
                                 'stand by us."')
    assert not _cued(doc, "REQUEST", "tell-request:expect"), event_cues(doc)


# "would not accept conditions": a refusal, not a concession withheld

def test_would_not_accept_conditions_is_a_rejection(pipeline):
    doc = analyse_text(pipeline, "Ghana's foreign ministry said the government would not accept conditions "
                                 "set by Togo.")
    assert _cued(doc, "REJECT", "refusal:"), event_cues(doc)
    assert not events_of(doc, "CONCEDE"), event_cues(doc)


def test_might_not_accept_is_no_refusal(pipeline):
    doc = analyse_text(pipeline, "A Peruvian diplomat said Lima might not accept the proposal from Quito.")
    assert not _cued(doc, "REJECT", "refusal:"), event_cues(doc)


# forbearance said to end warns whom it is with

def test_patience_wearing_thin_is_a_threat(drafts_of):
    found = drafts_of("Peru's patience with Bolivia is wearing thin.")
    assert [d for d in found if d[0] == "THREATEN" and (d[1] or "").startswith("forbearance:")], found


def test_patience_not_unlimited_is_a_threat(drafts_of):
    found = drafts_of("Our patience is not unlimited.")
    assert [d for d in found if d[0] == "THREATEN" and d[1] == "forbearance:patience"], found


def test_urging_patience_is_no_threat(drafts_of):
    found = drafts_of("The mediator urged patience with the process.")
    assert not [d for d in found if d[0] == "THREATEN"], found


# "X needs to / has a duty to ...": a demand like "must"

def test_needs_to_withdraw_is_a_demand(pipeline):
    doc = analyse_text(pipeline, "Romania's foreign minister, Ioana Popa, spoke on Monday. Russia needs to "
                                 "withdraw its troops from Moldova, the minister said.")
    assert _cued(doc, "REQUEST", "semimodal-demand:"), event_cues(doc)


def test_duty_to_let_monitors_work_is_a_demand(drafts_of):
    found = drafts_of("The envoy said Rwanda had a duty to let the monitors work.")
    assert [d for d in found if d[0] == "REQUEST" and d[1] == "semimodal-demand:had" and d[2] == ["rwanda"]], found


def test_past_necessity_outside_speech_is_no_demand(drafts_of):
    found = drafts_of("Russia had to withdraw its troops in 1994.")
    assert not [d for d in found if (d[1] or "").startswith("semimodal-demand:")], found


def test_negated_need_is_no_demand(drafts_of):
    found = drafts_of("Chile does not need to apologise, the president said.")
    assert not [d for d in found if (d[1] or "").startswith("semimodal-demand:")], found


def test_demand_of_a_third_person_pronoun_is_drafted(drafts_of):
    found = drafts_of("It should also invite Norway to the next round.")
    assert [d for d in found if d[0] == "REQUEST" and (d[1] or "").startswith("deontic-demand:")], found


# a claim denied in the text's own voice

def test_claim_with_no_basis_is_a_rejection(drafts_of):
    found = drafts_of("Cambodia's claim has no basis.")
    assert [d for d in found if d[0] == "REJECT" and d[1] == "claim-denied:claim" and d[2] == ["cambodia"]], found


def test_claim_with_a_basis_is_no_rejection(drafts_of):
    found = drafts_of("Cambodia's claim has a basis in the 1907 map.")
    assert not [d for d in found if d[0] == "REJECT"], found


# a named place taken, left or entered by a force or a state

def test_troops_leaving_a_named_country_retreat(pipeline):
    doc = analyse_text(pipeline, "French troops left Mali in August 2022.")
    assert events_of(doc, "RETREAT"), event_cues(doc)


def test_a_person_taking_a_state_in_an_election_is_no_assault(pipeline):
    doc = analyse_text(pipeline, "Trump took Ohio in the election.")
    assert not events_of(doc, "ASSAULT"), event_cues(doc)


def test_a_state_taking_a_named_place_is_an_assault(drafts_of):
    found = drafts_of("Russia took Crimea in 2014.")
    assert [d for d in found if d[0] == "ASSAULT"], found


def test_a_named_place_taken_to_court_is_no_assault(drafts_of):
    found = drafts_of("Guyana took Venezuela to the International Court of Justice.")
    assert not [d for d in found if d[0] == "ASSAULT"], found


# stance adjectives

def test_critical_of_a_state_is_an_accusation(pipeline):
    doc = analyse_text(pipeline, "Turkey has been critical of Sweden.")
    assert [(s, t) for e, s, t in events_with_parties(doc, "ACCUSE") if e.cue.startswith("stance-adjective:")] \
        == [(["Turkey"], ["Sweden"])]


def test_not_critical_is_no_accusation(drafts_of):
    found = drafts_of("Hungary is not critical of China.")
    assert not [d for d in found if (d[1] or "").startswith("stance-adjective:")], found


def test_supportive_small_clause_is_support(drafts_of):
    found = drafts_of("Ankara considers the YPG supportive of the PKK.")
    assert [d for d in found if d[0] == "SUPPORT" and d[2] == ["pkk"]], found


# a refusal to stay passive, said of the future

def test_will_not_stand_idly_by_is_a_threat(drafts_of):
    found = drafts_of("Peru will not stand idly by.")
    assert [d for d in found if d[0] == "THREATEN" and d[1] == "no-more-waiting:stand"], found
    assert not [d for d in found if d[0] == "SUPPORT"], found


def test_will_not_stand_by_an_ally_stays_support(drafts_of):
    found = drafts_of("Spain will not stand by Morocco.")
    assert not [d for d in found if d[0] == "THREATEN"], found


def test_we_will_not_wait_is_a_threat_and_waiting_is_not(drafts_of):
    assert [d for d in drafts_of("Chad will not wait for a fifth attack.") if d[0] == "THREATEN"]
    assert not [d for d in drafts_of("Chad waited for the report.") if d[0] == "THREATEN"]


# "work together with X": the parser hangs "together" on the "with"

def test_ready_to_work_together_with_a_state_is_cooperation(drafts_of):
    found = drafts_of("China is ready to work together with Pakistan on the corridor.")
    assert [d for d in found if d[0] == "COOPERATE"], found


def test_working_alone_is_no_cooperation(drafts_of):
    found = drafts_of("China is ready to work on the corridor.")
    assert not [d for d in found if d[0] == "COOPERATE"], found
