"""Events of the twenty-ninth round (e1): a speech act told by a participle of the message that
carries it is its sender's; a firm negated meeting with no partner is a refusal; a meeting whose
subject is a body naming no actor is the proposer's (docs/events.md, "Round 29e1"). Texts
written for this project, with negatives."""

from __future__ import annotations

import pytest

from conftest import actor_names, event_cues, events_with_word


@pytest.mark.parametrize("text, kind, word, sources", [
    # the message is the object of the sender's verb
    ("Peru and Chile issued a joint letter urging both governments to reopen the border crossing.",
     "REQUEST", "urging", {"Peru", "Chile"}),
    # the sender's verb is coordinated with another: its subject is the first clause's
    ("The Ghanaian foreign ministry summoned the Togolese ambassador on Monday and handed him a diplomatic note "
     "demanding compensation from Togo.", "REQUEST", "demanding", {"Ghana"}),
    # the sender is a pronoun inside a said clause: the speaker named above it
    ("Uruguay's foreign ministry said it had delivered a formal note demanding the return of the seized trawler.",
     "REQUEST", "demanding", {"Uruguay"}),
])
def test_speech_act_of_a_message_is_its_senders(pipeline, text, kind, word, sources):
    doc = pipeline(text)
    found = events_with_word(doc, kind, word)
    assert found, event_cues(doc)
    assert sources <= (actor_names(doc, found[0].source)), actor_names(doc, found[0].source)


def test_a_message_that_is_no_speech_act_gets_no_sender(pipeline):
    # a participle of a message that reports no demand, accusation, threat or refusal is not coded
    doc = pipeline("Ghana issued a long statement describing the new fisheries rules for the coming season.")
    assert not [e for e in doc.events if "describing" in e.trigger.text], event_cues(doc)


@pytest.mark.parametrize("text, word", [
    ('Bolivia\'s foreign minister said his government would not negotiate "under pressure".', "negotiate"),
    ("Speaking in La Paz, the president said Bolivia will not meet under threats.", "meet"),
])
def test_firm_negated_meeting_with_no_partner_is_a_refusal(pipeline, text, word):
    doc = pipeline(text)
    assert events_with_word(doc, "REJECT", word), event_cues(doc)
    assert not [e for e in doc.events if e.type == "CONSULT" and word in e.trigger.text], event_cues(doc)


@pytest.mark.parametrize("text, word", [
    # a partner named: a negated meeting between the two, not a refusal
    ("The interior minister said Kenya will not negotiate with the militants.", "negotiate"),
    # a failure reported, not a refusal announced
    ("The two foreign ministers did not meet in Geneva last week.", "meet"),
    # a condition on it
    ("If the shelling continues, Armenia would not negotiate again.", "negotiate"),
])
def test_other_negated_meetings_are_no_refusal(pipeline, text, word):
    doc = pipeline(text)
    assert not events_with_word(doc, "REJECT", word), event_cues(doc)


@pytest.mark.parametrize("text, source", [
    ("The Ministry of Foreign Affairs of Uruguay has proposed that the joint boundary commission meet in "
     "Montevideo next week, and it awaits the reply of the Argentine side.", "Uruguay"),
    ("The Iraqi water minister said the technical committee would meet again in Ankara next week.", "Iraqi"),
    ("Ghana's foreign ministry received the Togolese note. It proposed that the joint border committee meet "
     "in Accra before the end of the month.", "Ghana"),
])
def test_meeting_of_an_unnamed_body_is_its_proposers(pipeline, text, source):
    doc = pipeline(text)
    found = events_with_word(doc, "CONSULT", "meet")
    assert found, event_cues(doc)
    assert any(source in name for name in actor_names(doc, found[0].source)), actor_names(doc, found[0].source)


def test_meeting_of_a_named_body_keeps_its_own_doer(pipeline):
    # the clause's subject names an actor: the proposer does not replace it
    doc = pipeline("Uruguay has proposed that Argentina meet its delegation in Montevideo next week.")
    found = events_with_word(doc, "CONSULT", "meet")
    assert found, event_cues(doc)
    assert all("Uruguay" not in actor_names(doc, e.source) or "Argentina" in actor_names(doc, e.source) for e in found), \
        event_cues(doc)
