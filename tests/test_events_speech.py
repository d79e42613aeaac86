"""Speech-act rules of issue 16 (events/speech.py) and the event cue; sentences written for this project."""

from __future__ import annotations

import pytest


def _events(pipeline, text):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": "2021-03-01"})]))[0]


@pytest.mark.parametrize("text,type_,rule", [
    ("Greece said Turkey had failed to honour its obligations.", "ACCUSE", "speech-accuse"),
    ("Iran told the foreign navies to leave the Gulf.", "REQUEST", "tell-request"),
])
def test_events_speech_acts(pipeline, text, type_, rule):
    doc = _events(pipeline, text)
    hits = [e for e in doc.events if e.type == type_]
    assert hits, [(e.type, e.cue) for e in doc.events]
    assert hits[0].cue and hits[0].cue.startswith(rule)


def test_events_every_event_has_a_cue(pipeline):
    doc = _events(pipeline, "Russia condemned the strikes on Syria. Egypt hosted talks with Sudan.")
    assert doc.events and all(e.cue for e in doc.events)
    assert any(e.cue.startswith("lexicon:ACCUSE") for e in doc.events)
    again = type(doc.events[0]).from_dict(doc.events[0].to_dict())
    assert again.cue == doc.events[0].cue


def test_events_publication_is_no_release(pipeline):
    doc = _events(pipeline, "The ministry of Peru released a statement on Monday.")
    assert not [e for e in doc.events if e.type == "RETREAT"]
