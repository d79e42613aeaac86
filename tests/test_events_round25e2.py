"""Events of round 25e2 (precision on whole documents): an offer or a promise and the act it offers
are one event, coded on the offered act; an offer whose act is aimed at nobody keeps its AGREE; a
guarantee of someone's safety is no agreement. Sentences written for this project."""

from __future__ import annotations

import pytest

from conftest import analyse_dated, event_cues, event_mode


def _types(doc) -> list[str]:
    return [e.type for e in doc.events]


# (text, type of the offered or promised act, a word of its trigger, its mode)
FRAMED = [
    ("Norway offered to mediate between Sudan and South Sudan.", "CONSULT", "mediate", "offered"),
    ("Qatar offered to host talks between Ethiopia and Eritrea in Doha.", "CONSULT", "host", "offered"),
    ("Poland offered to deploy two engineer battalions to Lithuania.", "MOBILIZE", "deploy", "offered"),
    ("Kenya offered to send a medical team to Uganda after the floods.", "AID", "send", "offered"),
    ("Canada promised to send two hospital ships to Haiti.", "MOBILIZE", "send", "intended"),
]


@pytest.mark.parametrize("text,type_,trigger,mode", FRAMED)
def test_offered_act_is_the_event(pipeline, text, type_, trigger, mode):
    doc = analyse_dated(pipeline, text)
    assert event_mode(doc, type_, trigger) == mode, event_cues(doc)


@pytest.mark.parametrize("text,type_,trigger,mode", FRAMED)
def test_no_agree_copy_beside_the_offered_act(pipeline, text, type_, trigger, mode):
    doc = analyse_dated(pipeline, text)
    assert "AGREE" not in _types(doc), event_cues(doc)


@pytest.mark.parametrize("text", [
    # the offered act is aimed at nobody: the offer itself is what reaches the other side
    "The defence minister of Peru offered to resign after the vote.",
    # the offered act has no event of its own
    "Turkey offered to look into the matter with Greece.",
    "Ghana offered to take in the families of the Togolese fishermen.",
])
def test_offer_keeps_its_agree_without_an_aimed_act(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "AGREE" in _types(doc), event_cues(doc)


@pytest.mark.parametrize("text,type_", [
    # an offer of a thing (the offer verb's own object) stays one event, as before
    ("Canada offered humanitarian aid to Haiti.", "AID"),
    ("Brazil offered mediation to Guyana and Venezuela.", "AGREE|CONSULT"),
    # an agreement to act is no offer: the AGREE stays beside the agreed act
    ("Chile and Bolivia agreed to hold talks on the border in May.", "AGREE"),
])
def test_other_frames_unchanged(pipeline, text, type_):
    doc = analyse_dated(pipeline, text)
    assert set(type_.split("|")) & set(_types(doc)), event_cues(doc)


@pytest.mark.parametrize("text", [
    "Australia asked the Malian authorities to guarantee the safety of its mining staff.",
    "Germany urged the Niger junta to guarantee the safety of foreign journalists in Niamey.",
    "France called on Haiti to guarantee the safety of its nationals at the airport.",
])
def test_guaranteed_safety_is_no_agreement(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "AGREE" not in _types(doc), event_cues(doc)
    assert "REQUEST" in _types(doc), event_cues(doc)  # the request itself stays


def test_guaranteed_passage_stays_an_agreement(pipeline):
    doc = analyse_dated(pipeline, "Sudan agreed to guarantee safe passage for aid convoys to Darfur.")
    assert "AGREE" in _types(doc), event_cues(doc)


@pytest.mark.parametrize("text", [
    # "lie" of a place says where something is: nobody is accused
    "Sudan said the disputed oil field lay inside its own territory, not in South Sudan.",
    "The Chinese embassy said the reef lies within Chinese waters, the Philippines said.",
    "Guyana notified Venezuela of the drill, as part of the area lies near Venezuelan waters.",
])
def test_a_place_that_lies_somewhere_accuses_nobody(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "ACCUSE" not in _types(doc), event_cues(doc)


@pytest.mark.parametrize("text", [
    "Ethiopia said Egypt lied about the dam talks.",
    "Kenya said Somalia was lying about the border attack.",
    "Chad said the Sudanese army had lied to the mediators in Doha.",
])
def test_a_told_lie_still_accuses(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "ACCUSE" in _types(doc), event_cues(doc)


@pytest.mark.parametrize("text", [
    # a norm in force asks nobody: no REQUEST by the bloc, the treaty or the law
    "The decision was taken without notice, although the rules of ECOWAS call for prior consultation with Mali.",
    "Ghana closed the border, although the charter of the African Union calls for consultation with Togo.",
    "Benin acted alone, although the treaty of the bloc calls for talks with Niger first.",
])
def test_a_standing_rule_asks_nobody(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "REQUEST" not in _types(doc), event_cues(doc)


@pytest.mark.parametrize("text", [
    "The Security Council called on Sudan to open the border crossings.",
    "ECOWAS called on Mali to release the detained soldiers.",
    "The African Union asks Ethiopia and Egypt to resume the talks.",
])
def test_a_body_still_asks(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "REQUEST" in _types(doc), event_cues(doc)
