"""Events of issue 16's round 23d: first-person offices and verbs in -s the parser reads as nouns
(docs/events.md, "Round 23d: first-person offices and -s verbs").

1. A text published by the office of a person (an envoy, a special representative, a high
   commissioner, a rapporteur) speaks in that person's voice: its "I" is the person, not the
   country the office is "for" or "on"; "my office" is the issuer too. An office of a state's
   organ ("Ministry of Foreign Affairs of X", "Office of the Prime Minister of X") keeps its state.
2. A verb in -s of the lexicon that the parser reads as a plural noun ("Ruritania reserves the
   right", "The ministry thanks the X", "A blames B and reserves right to ...") is read as the verb;
   real plural nouns ("the reserves of the bank", "thanks to", "our thanks") stay nouns.

Texts written for this project."""

from __future__ import annotations

import pytest

from conftest import event_cues, events_of, events_with_parties


def _analyse(pipeline, text: str, publisher: str | None = None):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": "2026-12-04", "publisher": publisher})]))[0]


def _sources(doc, type_: str) -> list[list[str]]:
    return [s for _, s, _ in events_with_parties(doc, type_)]


# --- 1. the office of a person ---------------------------------------------------------------------

ENVOY_OFFICE = "Office of the Special Envoy of the Secretary-General for Yemen"
ENVOY_TEXT = (
    "Briefing to the Security Council by the Special Envoy of the Secretary-General for Yemen, Hans Grundberg\n\n"
    "New York, 3 December 2026\n\n"
    "Thank you, Madam President.\n\n"
    "I condemn the missile attack on the port of Mokha, which killed eleven dock workers last week. "
    "My office has documented new restrictions on fuel ships entering Hodeidah. "
    "I urge the parties to reopen the roads around Taiz without conditions.\n")


def test_envoy_office_speaks_as_the_envoy(pipeline):
    doc = _analyse(pipeline, ENVOY_TEXT, ENVOY_OFFICE)
    by = {a.id: a for a in doc.actors}
    for type_ in ("ACCUSE", "REQUEST"):
        for source in (e.source for e in events_of(doc, type_)):
            assert source, event_cues(doc)
            assert all(by[i].kind == "person" and "Grundberg" in by[i].name for i in source), \
                (type_, [by[i].name for i in source])
    assert not any(by[i].kind == "state" and by[i].country == "YEM" for e in events_of(doc, "ACCUSE")
                   for i in e.source)


def test_subject_country_is_not_the_issuer():
    from communique.stages.events import _issuing_part

    assert _issuing_part(ENVOY_OFFICE) == "Office of the Special Envoy of the Secretary-General"
    assert _issuing_part("Office of the Special Representative on Children and Armed Conflict") == \
        "Office of the Special Representative"
    # an office or ministry of a state keeps its country; "for" opening a portfolio is no subject
    for whole in ("Office of the Prime Minister of Canada", "Ministry for Foreign Affairs of Sweden",
                  "Ministry of Foreign Affairs of the Republic of Korea", "Department for Trade of Ruritania",
                  "Embassy of the Republic of Azerbaijan in France"):
        assert _issuing_part(whole) == whole


MINISTRY_TEXT = ("Statement by the Ministry of Foreign Affairs on the missile launch\n\n"
                 "The Republic of Korea condemns the missile launch by North Korea on Tuesday. "
                 "We urge Pyongyang to return to dialogue without delay.\n")


def test_office_of_a_state_spokesperson_speaks_for_the_state(pipeline):
    text = ("Statement by the Spokesperson of the Ministry of Foreign Affairs of Ukraine, Heorhii Tykhyi\n\n"
            "Ukraine condemns the missile strike by Russia on a school in Sumy on Monday. "
            "We urge Russia to release the detained teachers.\n")
    doc = _analyse(pipeline, text, "Office of the Spokesperson of the Ministry of Foreign Affairs of Ukraine")
    by = {a.id: a for a in doc.actors}
    sources = [by[i] for e in events_of(doc, "REQUEST") for i in e.source]
    assert sources and all(a.kind != "person" for a in sources), [(a.name, a.kind) for a in sources]


def test_state_ministry_still_speaks_for_its_state(pipeline):
    doc = _analyse(pipeline, MINISTRY_TEXT, "Ministry of Foreign Affairs of the Republic of Korea")
    by = {a.id: a for a in doc.actors}
    sources = [by[i] for e in events_of(doc, "REQUEST") for i in e.source]
    assert sources and all(a.country == "KOR" for a in sources), [(a.name, a.country) for a in sources]


# --- 2. verbs in -s read as nouns -------------------------------------------------------------------

S_VERBS = [
    ("THREATEN", "Niamey blames Abuja and reserves right to respond"),
    ("THREATEN", '"Ruritania reserves the right to respond at a time of its choosing," the minister said.'),
    ("SUPPORT", "The dtic thanks the Farmers' Union of Ruritania for its input during the hearings."),
    ("SUPPORT", "Kenya thanks the Government of Ethiopia for its help."),
    ("SUPPORT", "Kenya condemns the attack and thanks the Ethiopian government for its help."),
]

S_NOUNS = [
    ("THREATEN", "The reserves of the central bank fell sharply after the attack on Zinder."),
    ("THREATEN", "Foreign exchange reserves the central bank of Niger holds have fallen."),
    ("SUPPORT", "Thanks to the rain, the harvest in Ruritania was good."),
    ("SUPPORT", "Our thanks go to the hosts in Nairobi."),
    ("SUPPORT", "Kenya's thanks the day after the vote were brief."),
    ("ASSAULT", "Rebels documented killings and attacks the army carried out in the north."),
]


@pytest.mark.parametrize("type_,text", S_VERBS)
def test_s_verb_read_as_verb(pipeline, type_, text):
    doc = _analyse(pipeline, text)
    assert events_of(doc, type_), event_cues(doc)


@pytest.mark.parametrize("type_,text", S_NOUNS)
def test_plural_noun_stays_noun(pipeline, type_, text):
    doc = _analyse(pipeline, text)
    assert not events_of(doc, type_), event_cues(doc)


def test_s_verb_keeps_its_parties(pipeline):
    doc = _analyse(pipeline, "Niamey blames Abuja and reserves right to respond")
    (_, source, _), = events_with_parties(doc, "THREATEN")
    assert source, event_cues(doc)
    doc = _analyse(pipeline, "Kenya thanks the Government of Ethiopia for its help.")
    _, source, target = events_with_parties(doc, "SUPPORT")[0]
    assert source and target and source != target
