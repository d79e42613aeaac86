"""Events of issue 16's twelfth round: recall on real documents (a second act said in a
sentence that already holds one, acts said with words the lexicon lacked, subjects the parser
hangs on a fronted place). Sentences written for this project."""

from __future__ import annotations

import pytest
from conftest import analyse_text, event_cues, event_parties


@pytest.mark.parametrize("text, type_, cue", [
    ("Chile said it would send a navy ship to the disputed strait.", "MOBILIZE", "send ship"),
    ("Brazil sends ceasefire monitors to Bolivia.", "AID", "sends monitors"),
    ("The minister said Ghana had moved a battalion to the northern border.", "MOBILIZE", "moved battalion"),
])
def test_sent_ships_and_monitors(pipeline, text, type_, cue):
    e, src, _tgt = event_parties(analyse_text(pipeline, text), type_)
    assert cue in e.cue and src


def test_subject_hung_on_a_fronted_place_acts(pipeline):
    # the parser makes "Marta Ruiz" an apposition of "Quito", leaving "called" with no subject
    doc = analyse_text(pipeline, "In La Paz, opposition leader and former minister Marta Ruiz called on Peru to recall its ambassador.")
    _e, src, tgt = event_parties(doc, "REQUEST")
    assert src == ["Marta Ruiz"] and tgt == ["Peru"]


def test_a_report_that_accuses_speaks_for_whoever_issued_it(pipeline):
    doc = analyse_text(pipeline, "The Council of Europe published a report on Chile on Monday. "
                              "The report accuses the Chilean police of abuses.")
    _e, src, _tgt = event_parties(doc, "ACCUSE")
    assert src == ["Council of Europe"]


def test_a_letter_that_asks_speaks_for_its_sender(pipeline):
    doc = analyse_text(pipeline, "Chile sent a letter to the Security Council asking it to hold an emergency session.")
    _e, src, tgt = event_parties(doc, "REQUEST")
    assert src == ["Chile"] and tgt == ["UN Security Council"]


@pytest.mark.parametrize("question", [
    "Question: Does Peru support the plan by Chile to send monitors to Bolivia?",
    "Will the Chilean president attend the summit in Lima next month?",
    "Has Peru protested to Bolivia?",
])
def test_a_yes_no_question_asserts_no_act(pipeline, question):
    # a briefing's question asks about an act; the answer, not the question, says what was done
    doc = analyse_text(pipeline, f"{question}\n\nSpokesperson: Peru welcomes every effort to end the dispute.")
    cut = doc.text.index("Spokesperson")
    assert not [e for e in doc.events if e.trigger.start < cut], event_cues(doc)
    assert [e for e in doc.events if e.type == "SUPPORT"], event_cues(doc)


def test_a_question_that_is_no_yes_no_question_keeps_its_act(pipeline):
    doc = analyse_text(pipeline, "Why did Chile expel the Bolivian ambassador on Monday?")
    assert [e for e in doc.events if e.type == "SANCTION"], event_cues(doc)


def test_an_offer_to_set_up_joint_patrols_is_cooperation(pipeline):
    doc = analyse_text(pipeline, "Peru offered to set up joint patrols with Chile.")
    e, src, tgt = event_parties(doc, "COOPERATE")
    assert e.mode == "offered" and src == ["Peru"] and tgt == ["Chile"]


def test_a_forecast_on_a_condition_accuses_nobody(pipeline):
    doc = analyse_text(pipeline, "Peru's foreign minister Ana Ruiz said the talks would fail if they dealt only with customs.")
    assert not [e for e in doc.events if e.type == "ACCUSE"], event_cues(doc)
    doc = analyse_text(pipeline, "Peru's foreign minister Ana Ruiz said Chile had failed its obligations.")
    _e, src, tgt = event_parties(doc, "ACCUSE")
    assert src == ["Ana Ruiz"] and tgt == ["Chile"]


def test_subject_hung_on_a_fronted_invitation_acts(pipeline):
    # the parser makes "Luis Vera" an apposition inside "at the invitation of ...", leaving "visit" with no subject
    doc = analyse_text(pipeline, "At the invitation of President Ana Soto of Peru, the Chilean foreign minister, "
                              "Luis Vera, will visit Lima next week.")
    e, src, _tgt = event_parties(doc, "CONSULT")
    assert src == ["Luis Vera"] and e.mode == "intended"


def test_reserving_the_right_to_act_is_a_threat_at_the_other_side(pipeline):
    doc = analyse_text(pipeline, "Chilean troops fired across the border into Peru on Monday. Peru's foreign minister "
                              "Ana Ruiz said Peru reserves the right to take measures to protect Peruvian farmers.")
    _e, src, tgt = event_parties(doc, "THREATEN")
    assert src == ["Peru"] and tgt == ["Chilean troops"], tgt


def test_sharing_findings_is_cooperation(pipeline):
    doc = analyse_text(pipeline, "The Chilean ambassador said his government would share its findings with Peru.")
    e, _src, tgt = event_parties(doc, "COOPERATE")
    assert e.mode == "intended" and tgt == ["Peru"]


def test_simplifying_inspections_is_a_concession(pipeline):
    doc = analyse_text(pipeline, "Peru's trade minister said Peru was ready to simplify its own inspections "
                              "if Chile published a fixed list of rules.")
    e, src, tgt = event_parties(doc, "CONCEDE")
    assert e.mode == "offered" and src == ["Peru"] and tgt == ["Chile"]


def test_the_two_governments_are_the_two_states_of_the_text(pipeline):
    doc = analyse_text(pipeline, "Chile said Peru had offered to set up joint patrols with the Chilean police. "
                              "Peru's foreign ministry said on Monday that the two governments would hold talks "
                              "in Arica next month.")
    _e, src, tgt = event_parties(doc, "CONSULT")
    assert set(src) | set(tgt) == {"Peru", "Chile"}
