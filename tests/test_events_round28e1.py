"""Events of the twenty-eighth round (e1): a draft that names no actor takes the subject of a
clause above its own in the sentence (a coordinated verb with no subject of its own, a subject
pronoun or quantifier), or, for "both", "neither" and "each", the subject of the sentence before
(docs/events.md, "Round 28e1"). Texts written for this project, with negatives."""

from __future__ import annotations

import pytest

from conftest import actor_names, event_cues, events_with_word


@pytest.mark.parametrize("text, kind, word, sources", [
    # a verb coordinated with one inside a reported clause: the subject of the clause above
    ("The Myanmar junta has said that the strike hit a rebel camp and has denied that any children were killed.",
     "REJECT", "denied", {"Myanmar"}),
    # a quantifier subject of the second clause: the subject of the first
    ("Peru and Chile have quietly reopened channels to La Paz, and both have blocked a joint statement by the "
     "Organization of American States.", "REJECT", "blocked", {"Peru", "Chile"}),
    # a quantifier with no subject above it in its sentence: the subject of the sentence before
    ("Kenya and Somalia agreed in principle to hold border talks in Nairobi. Neither has yet accepted a date.",
     "AGREE", "accepted", {"Kenya", "Somalia"}),
])
def test_actorless_draft_takes_the_subject_above(pipeline, text, kind, word, sources):
    doc = pipeline(text)
    found = events_with_word(doc, kind, word)
    assert found, event_cues(doc)
    assert sources <= (actor_names(doc, found[0].source)), actor_names(doc, found[0].source)


def test_pronoun_in_a_quote_is_not_its_speaker(pipeline):
    doc = pipeline('Erdogan spoke to reporters in Ankara on Tuesday. "They need to stand by us," he said.')
    assert not [e for e in doc.events if "Erdogan" in " ".join(actor_names(doc, e.source))
                and "stand" in e.trigger.text], event_cues(doc)


@pytest.mark.parametrize("text, word", [
    # a passive second clause: its subject is acted upon, the first clause's subject does not do it
    ('"The army will leave the three towns as promised, and no one who lays down his gun will be prosecuted," '
     'the Cameroonian minister said.', "prosecuted"),
    # a negated act is not given a doer from the clause above
    ("The Lebanese government said the talks had stalled and had not resumed since March.", "resumed"),
])
def test_no_subject_above_for_passive_or_negated_clause(pipeline, text, word):
    doc = pipeline(text)
    assert not [e for e in doc.events if word in e.trigger.text], event_cues(doc)
