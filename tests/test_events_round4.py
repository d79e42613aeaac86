"""Event rules of issue 16's fourth round (recall on whole news documents): naming verbs,
instruments, crowds, ongoing protests, aimed attacks, requests with a subject-parsed
addressee, new accusation and sanction words; sentences written for this project."""

from __future__ import annotations

from conftest import actor_names as _names, analyse_text as _doc, event_cues as _why, events_of as _of


def test_events_naming_verb_with_accusing_complement(pipeline):
    doc = _doc(pipeline, "Viktor Orban named both Amnesty International and Greenpeace as terrorists.")
    acc = _of(doc, "ACCUSE")
    assert acc and acc[0].cue.startswith("speech-accuse:named"), _why(doc)
    assert "Amnesty International" in _names(doc, acc[0].target)


def test_events_held_responsible_is_an_accusation(pipeline):
    doc = _doc(pipeline, "The Dutch government held Russia responsible for the downing of the airliner.")
    acc = _of(doc, "ACCUSE")
    assert acc, _why(doc)
    assert _names(doc, acc[0].target) == {"Russia"}


def test_events_instrument_acts_for_its_signer(pipeline):
    doc = _doc(pipeline, "On Monday, Kassym-Jomart Tokayev signed a decree banning rallies near "
                         "government buildings.")
    ban = _of(doc, "COERCE")
    assert ban, _why(doc)
    assert _names(doc, ban[0].source) == {"Kassym-Jomart Tokayev"}


def test_events_crowd_of_protesters_acts(pipeline):
    doc = _doc(pipeline, "Thousands of demonstrators surrounded the parliament building in Tbilisi on Sunday.")
    assert [e for e in _of(doc, "PROTEST") if e.cue == "crowd-act:surrounded"], _why(doc)


def test_events_ongoing_protests_are_events(pipeline):
    doc = _doc(pipeline, "Students in Dhaka walked out of classes. The protests began in early July.")
    assert [e for e in _of(doc, "PROTEST") if e.cue == "ongoing-noun:protests"], _why(doc)


def test_events_aimed_attack_without_doer(pipeline):
    doc = _doc(pipeline, "The talks came days after an attack on a gas pipeline in Nigeria.")
    hits = _of(doc, "ASSAULT")
    assert hits, _why(doc)
    assert _names(doc, hits[0].target) == {"Nigeria"}


def test_events_want_someone_to_leave_is_a_request(pipeline):
    doc = _doc(pipeline, "The junta in Niamey wants French troops to leave the country.")
    assert [e for e in _of(doc, "REQUEST") if e.cue == "tell-request:wants"], _why(doc)


def test_events_hedged_want_is_no_request(pipeline):
    doc = _doc(pipeline, "Voters might want Macron to step aside after the vote.")
    assert not [e for e in _of(doc, "REQUEST") if e.cue and e.cue.startswith("tell-request")], _why(doc)


def test_events_new_accusation_and_sanction_words(pipeline):
    doc = _doc(pipeline, "Poland hit out at Belarus over the border crisis. Lithuania cut off ties with "
                         "Belarus and sacked its ambassador to Minsk.")
    assert _of(doc, "ACCUSE"), _why(doc)
    assert _of(doc, "SANCTION"), _why(doc)


def test_events_headline_verb_inside_a_name_is_read_as_a_verb(pipeline):
    doc = _doc(pipeline, "Turkish Army Kills PKK Commander In Northern Iraq\n\nMonday, May 30, 2022\n\n"
                         "The operation took place on Sunday.")
    assert _of(doc, "ASSAULT"), _why(doc)


def test_events_demanding_a_document_is_a_request(pipeline):
    doc = _doc(pipeline, "The Senate committee subpoenaed the full transcript of the call from the "
                         "Pentagon on Tuesday.")
    assert _of(doc, "REQUEST"), _why(doc)


def test_events_admitting_a_mistake_and_arrest_warrants(pipeline):
    doc = _doc(pipeline, "Belarus admitted its mistake. On Monday, Venezuela issued arrest warrants for "
                         "twelve Colombian officers.")
    assert _of(doc, "CONCEDE"), _why(doc)
    assert _of(doc, "COERCE") and not _of(doc, "REQUEST"), _why(doc)
