"""Events of issue 16's round 22c: precision on statements. Not coded: a government's acts towards
its own nationals or its own routine (an evacuation of its citizens, consular help for them, a
travel advice, a visit to its freed men in hospital, captives flown home, patrols in its own
waters); the same verbs between two states, or for another state's citizens, stay. Sentences
written for this project."""

from __future__ import annotations

import pytest

from conftest import event_cues, events_of


def _analyse(pipeline, text: str, publisher: str | None = None):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": "2026-03-02", "publisher": publisher})]))[0]


KENYA = "Ministry of Foreign and Diaspora Affairs of the Republic of Kenya"

NOT_CODED = [
    # (publisher, text, type that must not be coded)
    (KENYA, "Statement on the evacuation of Kenyan citizens from Sudan\n\nThe Ministry announces that 96 Kenyan "
            "citizens were evacuated from Khartoum over the weekend.", "AID"),
    (KENYA, "Consular assistance for Kenyans who stay in Sudan will be provided by the Kenyan Embassy in Cairo.",
     "AID"),
    (KENYA, "Kenyans are advised not to travel to Sudan until further notice.", "REQUEST"),
    (KENYA, "Kenyans are advised not to travel to Sudan until further notice.", "CONSULT"),
    (None, "The rescued sailors were flown to Mombasa by helicopter on Sunday, the navy said.", "CONSULT"),
    (None, "President William Ruto visited the wounded men at the military hospital in Nairobi on Monday.",
     "CONSULT"),
    (None, "The Kenyan navy said its vessels were carrying out routine patrols in Kenyan waters.", "COOPERATE"),
]

KEPT = [
    # (publisher, text, type that must stay)
    # an evacuation by one state of another state's citizens
    (None, "The Egyptian army evacuated 60 Kenyan citizens from Khartoum on Saturday.", "AID"),
    (KENYA, "The Government of Egypt evacuated 60 Kenyan citizens from Khartoum on Saturday.", "AID"),
    # the same verbs between two states
    (None, "President William Ruto visited Ethiopia on Monday for talks on the border.", "CONSULT"),
    (None, "Kenya sent medical supplies to Somalia after the floods.", "AID"),
    (None, "The Kenyan navy and the Tanzanian navy carried out joint patrols off Lamu.", "COOPERATE"),
    # a real request to another state beside the own people
    (KENYA, "Kenya asked the Government of Sudan to let Kenyan citizens cross into Egypt.", "REQUEST"),
]


@pytest.mark.parametrize("publisher,text,type_", NOT_CODED)
def test_not_coded(pipeline, publisher, text, type_):
    doc = _analyse(pipeline, text, publisher)
    assert not events_of(doc, type_), event_cues(doc)


@pytest.mark.parametrize("publisher,text,type_", KEPT)
def test_kept(pipeline, publisher, text, type_):
    doc = _analyse(pipeline, text, publisher)
    assert events_of(doc, type_), event_cues(doc)
