"""Events of issue 16's thirteenth round (helper e2): recall on real documents, a second act
in a sentence that already holds one. Sentences written for this project."""

from __future__ import annotations

import pytest
from conftest import analyse_text, event_parties


def test_subject_of_a_passive_control_verb_does_the_act(pipeline):
    # "is expected to sign": the one expected to sign signs; "was urged to withdraw": the one urged
    doc = analyse_text(pipeline, "Next week the Government of Uruguay is expected to sign a trade agreement with Paraguay.")
    e, src, tgt = event_parties(doc, "AGREE")
    assert "sign" in e.cue and src and "Paraguay" in tgt


def test_subject_of_a_passive_request_is_asked_to_act(pipeline):
    doc = analyse_text(pipeline, "Peru was urged by Chile to withdraw its troops from the border.")
    e, src, _tgt = event_parties(doc, "RETREAT")
    assert src == ["Peru"] and e.mode == "demanded"
    req, src, tgt = event_parties(doc, "REQUEST")
    assert src == ["Chile"] and tgt == ["Peru"]


@pytest.mark.parametrize("text, type_, cue", [
    ("Rebel fighters breached the perimeter of the army base near Tarija, Bolivia said.", "ASSAULT", "breached perimeter"),
    ("Chile said its troops would defeat the insurgents in the north.", "ASSAULT", "defeat insurgents"),
    ("Insurgents took the town of Villa Sur from the Bolivian army.", "ASSAULT", "took town"),
    ("Peru has proposed a meeting with Ecuador on the border markers.", "CONSULT", "proposed meeting"),
    ("Russia said it would block any attempt to give Kosovo a seat at the United Nations.", "REJECT", "block attempt"),
    # the speech-accuse cue "called+piracy" or, since round 23, the lexicon's judged act "called piracy"
    ("The Peruvian foreign minister Ana Soto called the seizure of the tanker an act of piracy by Chile.",
     "ACCUSE", "piracy"),
])
def test_second_acts_said_with_new_words(pipeline, text, type_, cue):
    e, src, _tgt = event_parties(analyse_text(pipeline, text), type_)
    assert cue in e.cue and src


def test_passive_act_on_an_earlier_act_takes_its_parties(pipeline):
    # "The agreement was negotiated": nobody named, the parties of the agreement reported before
    doc = analyse_text(pipeline, "Chile signed a fisheries agreement with Peru on Monday. The agreement was negotiated in secret.")
    e, src, tgt = event_parties(doc, "CONSULT")
    assert "negotiated" in e.cue and src == ["Chile"] and tgt == ["Peru"]


def test_the_host_of_talks_takes_part_the_host_of_a_visitor_acts_towards_the_guest(pipeline):
    e, src, tgt = event_parties(analyse_text(pipeline, "Norway hosted talks between Chile and Peru in Oslo on Monday."), "CONSULT")
    assert src == ["Norway"] and set(tgt) == {"Chile", "Peru"}
    # round 31e10: the host of a visitor acts towards the guest, as the statements' gold codes it
    e, src, tgt = event_parties(analyse_text(pipeline, "Chile hosted the Peruvian president Ana Soto in Santiago."), "CONSULT")
    assert src == ["Chile"] and tgt == ["Ana Soto"]
