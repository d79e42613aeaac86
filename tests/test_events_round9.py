"""Events of issue 16's ninth round: an accusation in the author's voice or a rejection said
by a speaker is not aimed at the accuser's own state or capital. Sentences written for this
project."""

from __future__ import annotations

import re


def _stage_events(nlp, text, actors, kind, quotes=()):
    from communique.document import Actor, Document, Section
    from communique.pipeline import Context
    from communique.stages.events import extract_events

    recs = [Actor(f"a{i}", name, k, country, None, role,
                  tuple((m.start(), m.end()) for m in re.finditer(name, text)))
            for i, (name, k, country, role) in enumerate(actors, 1)]
    document = Document(text=text, published="2024-05-16", actors=recs,
                        sections=[Section(kind, 0, len(text))], quotes=list(quotes))
    return extract_events(document, nlp(text), Context(options={"events_classifier": False}))["events"]


def test_author_accusation_is_not_aimed_at_the_authors_own_capital(nlp):
    text = "The blame lies with Ottawa, and Venezuela pays the price."
    actors = [("Foreign Ministry", "organization", "VEN", "author"), ("Ottawa", "state", "CAN", None),
              ("Venezuela", "state", "VEN", None)]
    events = [(e.type, e.source, e.target, e.cue) for e in _stage_events(nlp, text, actors, "statement")]
    assert events == [("ACCUSE", ("a1",), ("a2",), "author-accuse:blame")], events


def test_rejection_is_not_aimed_at_the_speakers_own_state(nlp):
    text = "Minister Arvo Lind said the claims about Estonia by Belarus were baseless."
    actors = [("Arvo Lind", "person", "EST", None), ("Estonia", "state", "EST", None),
              ("Belarus", "state", "BLR", None)]
    events = [(e.type, e.source, e.target) for e in _stage_events(nlp, text, actors, "news")
              if e.cue.startswith("speech-reject")]
    assert events and all("a2" not in e[2] for e in events), events
    assert events == [("REJECT", ("a1",), ("a3",))], events


def _accusations(pipeline, text):
    from conftest import analyse_text

    doc = analyse_text(pipeline, text, "2024-05-16")
    names = {a.id: a.name for a in doc.actors}
    return [(tuple(names[i] for i in e.source), tuple(names[i] for i in e.target), e.cue)
            for e in doc.events if e.type == "ACCUSE"]


def test_kind_of_act_with_no_doer_in_a_quote_is_no_accusation(pipeline):
    text = ('Senator Ilse Brand spoke in Vienna on Monday. "Austria is facing terrorist attacks and violent '
            'incidents every month," Brand said.')
    assert _accusations(pipeline, text) == []


def test_accusing_modifier_of_a_named_doers_act_is_kept(pipeline):
    text = ('Senator Ilse Brand spoke in Vienna on Monday. "The raid by Hungary was a criminal act against '
            'our farmers," Brand said.')
    events = _accusations(pipeline, text)
    assert events and events[0][0] == ("Ilse Brand",) and "Hungary" in events[0][1], events


def test_accusing_modifier_of_another_noun_is_kept(pipeline):
    text = ('Senator Ilse Brand spoke in Vienna on Monday. "Hungary closed the border in an unlawful way," '
            'Brand said.')
    events = _accusations(pipeline, text)
    assert events and "Hungary" in events[0][1], events
