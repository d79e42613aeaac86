"""Events of issue 16's sixteenth round: recall on statements and wire reports. Sentences written
for this project."""

from __future__ import annotations

from conftest import analyse_text, events_with_parties


def test_a_judgement_said_of_a_material_act_is_an_accusation_besides_the_act(pipeline):
    # the said clause holds the detention (coded) and "illegally" said of it (the accusation)
    doc = analyse_text(pipeline, "Chile said on Monday that Peruvian troops had illegally detained three "
                                 "fishermen near Arica.")
    assert [(src, tgt) for e, src, tgt in events_with_parties(doc, "ACCUSE")] == [(["Chile"], ["Peruvian troops"])]
    assert events_with_parties(doc, "COERCE")


def test_a_said_speech_act_is_still_coded_once(pipeline):
    # the said clause holds a speech act of its own: no second accusation for its word
    doc = analyse_text(pipeline, "Peru said Chile had accused it of illegal fishing in its waters.")
    assert len(events_with_parties(doc, "ACCUSE")) == 1


def test_being_in_contact_with_a_government_is_a_consultation(pipeline):
    doc = analyse_text(pipeline, "The spokesperson said Brazil was in close contact with the government in Lima "
                                 "about the flooding.")
    assert [(src, tgt) for e, src, tgt in events_with_parties(doc, "CONSULT")] == [(["Brazil"], ["Peru"])]


def test_a_report_told_before_its_source_judges_nobody(pipeline):
    # "illegally" describes the crossing in a report the official only passes on
    doc = analyse_text(pipeline, "Peru has granted asylum to twelve Chilean rebels who crossed the border "
                                 "illegally last year, a United Nations official said on Monday.")
    assert not [e for e in doc.events if e.type == "ACCUSE"], [(e.type, e.cue) for e in doc.events]
