"""Events of the twenty-seventh round (e1): a speaker who says their own side did not do an act
denies the charge (docs/events.md, "Round 27e1"). Texts written for this project, with
negatives."""

from __future__ import annotations

import pytest

from conftest import event_cues


def _names(doc, ids):
    by_id = {a.id: a.name for a in doc.actors}
    return [by_id.get(i, i) for i in ids]


def _denials(doc):
    return [e for e in doc.events if e.type == "REJECT" and e.cue and e.cue.startswith("said-denial:")]


@pytest.mark.parametrize("text, speaker", [
    ('"We did not use drones near the market and we do not aim at clinics," a spokesman for the Ruvanian army, '
     'Colonel Piet Marais, said on Monday.', "Marais"),
    ("Estonia's interior minister, Kadri Tamm, said Estonia had never sent agents across the border.", "Tamm"),
    ('"Portugal does not pay ransoms," Portugal\'s Foreign Minister Rui Matos told reporters in Lisbon.', "Matos"),
    ("The Peruvian defence minister, Luis Salcedo, said that Peru did not build the road.", "Salcedo"),
])
def test_own_side_denied_act_is_a_rejection(pipeline, text, speaker):
    doc = pipeline(text)
    found = _denials(doc)
    assert found, event_cues(doc)
    assert any(speaker in n for n in _names(doc, found[0].source)), _names(doc, found[0].source)


def test_denial_is_never_aimed_at_the_deniers_own_side(pipeline):
    doc = pipeline('"Portugal does not pay ransoms," Portugal\'s Foreign Minister Rui Matos told reporters in Lisbon.')
    found = _denials(doc)
    assert found, event_cues(doc)
    assert not {"Portugal", "Lisbon"} & set(_names(doc, found[0].target)), _names(doc, found[0].target)


def test_denial_answers_the_accuser_named_before(pipeline):
    doc = pipeline("Chile accused Peru of sending warships into its waters on Sunday. "
                   '"We never went near the Chilean boats," the Peruvian foreign minister, Ana Quispe, said.')
    found = _denials(doc)
    assert found, event_cues(doc)
    assert "Chile" in _names(doc, found[0].target), _names(doc, found[0].target)


@pytest.mark.parametrize("text", [
    # a forecast, an ability or a duty: no act denied as done
    "Finance Minister Ana Rojas said Chile would not raise fuel taxes to pay for the bridge.",
    '"We cannot let the fever cross the river," the Zambian health minister, John Banda, said.',
    # "won't" is "wo" + "n't" in the parse: a forecast too (the lead's review)
    '"Portugal won\'t pay the ransom," Portugal\'s Foreign Minister Rui Matos told reporters in Lisbon.',
    # a state, a wish, an act in progress: no charge denied
    '"We are not afraid of any agreement that respects our borders," the Greek minister, Eleni Pappas, said.',
    "Foreign Minister Sarita Gurung said the government did not want a repeat of last winter's shortages.",
    '"We are not closing any door to our neighbours," President Omar Diallo said.',
    # the act denied is another's: a report, not a denial
    "The Zambian health minister, John Banda, said Congo had not reported the new cases.",
    # asserted, not denied
    '"We used every means to protect the convoy," the Malian army spokesman, Souleymane Dembele, said.',
])
def test_no_denial_without_a_denied_own_act(pipeline, text):
    doc = pipeline(text)
    assert not _denials(doc), event_cues(doc)


def test_sentence_with_an_event_is_left_to_it(pipeline):
    # "attacked" is a trigger: its (negated) event is the sentence's, no denial is added beside it
    doc = pipeline("The Kenyan army spokesman, Paul Njoroge, said Kenya had not attacked the camp.")
    assert not _denials(doc), event_cues(doc)
    assert any(e.type == "ASSAULT" for e in doc.events), event_cues(doc)
