"""Review fixes of round 32e14 (round 32f5; docs/events.md, "Round 32f5"): a statement's "I" is a
pronoun "I" ("(i)", "Protocol I" are not), and a "we" statement stays the body's; the titled speaker
is a person named before the title tells its topic; a believer's own vow (a pronoun or "conclude") is
still a threat; a detention noun with a place of its own is done by that place's state; an
imperative's "me" is not the speaker acted upon. Texts written for this project."""

from __future__ import annotations

import pytest
from conftest import actor_names, event_cues, event_with_word, events_with_word


def _statement(pipeline, title: str, body: str, publisher: str, dateline: str = "GENEVA"):
    from communique.ingest.records import Record

    record = Record(title + f"\n\n{dateline}, 7 December 2026\n\n" + body, "t",
                    {"published": "2026-12-07", "publisher": publisher})
    return list(pipeline.pipe([record]))[0]


def _sources(doc, type_: str, word: str) -> set[str]:
    return actor_names(doc, event_with_word(doc, type_, word).source)


WMO = "World Meteorological Organization (WMO)"
WMO_TITLE = "Statement by the Secretary-General of the WMO, Anika Sorensen, on Peru"


# --- 1. only a pronoun "I" speaks; a "we" statement stays the body's ------------------------------------

@pytest.mark.parametrize("title, body, publisher, word, person", [
    (WMO_TITLE, "We have two requests: (i) Bolivia must release our staff; (ii) Peru must grant them access.",
     WMO, "must", "Anika Sorensen"),
    ("Statement of the Ministry of Foreign Affairs of Colombia on the detention of the journalist, Ana Gomez, "
     "in Venezuela", "Colombia recalls Additional Protocol I to the Geneva Conventions. Venezuela must release "
     "the journalist.", "Ministry of Foreign Affairs of Colombia", "must", "Ana Gomez"),
    (WMO_TITLE, "As I said before, we are deeply concerned. Peru must grant our staff access to the stations. "
     "We call on both Governments to cooperate.", WMO, "must", "Anika Sorensen"),
])
def test_no_pronoun_i_or_a_we_statement_leaves_bare_clauses_to_the_body(pipeline, title, body, publisher, word,
                                                                         person):
    doc = _statement(pipeline, title, body, publisher)
    assert person not in _sources(doc, "REQUEST", word), event_cues(doc)


def test_a_statement_that_speaks_as_i_still_gives_its_bare_clauses_to_the_person(pipeline):
    doc = _statement(pipeline, WMO_TITLE, "I am deeply concerned. Peru must grant our staff access to the "
                                          "stations.", WMO)
    assert _sources(doc, "REQUEST", "must") == {"Anika Sorensen"}, event_cues(doc)


# --- 2. the titled speaker is the one the issuer's phrase names -----------------------------------------

@pytest.mark.parametrize("title, body, publisher, type_, word, wrong", [
    ("Statement by the Director-General of UNESCO Lucia Bertani on the killing of the journalist, Omar Haddad, "
     "in Chad", "I call on the authorities of Chad to investigate the killing without delay.",
     "UNESCO", "REQUEST", "call", "Omar Haddad"),
    ("Press release of the Ministry of Foreign Affairs of Kenya on the visit of the President of Chad, Mahamat "
     "Deby, to Nairobi", "I welcome the visit of the President. All parties in Sudan must respect the ceasefire.",
     "Ministry of Foreign Affairs of Kenya", "REQUEST", "must", "Mahamat Déby"),  # the actors stage spells it so
])
def test_a_person_of_the_titles_topic_is_no_speaker(pipeline, title, body, publisher, type_, word, wrong):
    doc = _statement(pipeline, title, body, publisher)
    assert wrong not in _sources(doc, type_, word), event_cues(doc)


def test_the_person_after_the_issuers_office_still_speaks(pipeline):
    doc = _statement(pipeline, "Statement by the Director-General of UNESCO Lucia Bertani on the killing of the "
                               "journalist, Omar Haddad, in Chad",
                     "I call on the authorities of Chad to investigate the killing without delay.", "UNESCO")
    assert _sources(doc, "REQUEST", "call") == {"Lucia Bertani"}, event_cues(doc)


# --- 3. the believer's own measure is still a vow -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russia believes it will take countermeasures against Lithuania.",
    "The Government of Belarus thinks that it will take retaliatory measures against Lithuania if the blockade "
    "continues next week.",
    "I think we will take retaliatory measures against Lithuania.",
    "The Russian foreign ministry concluded that Moscow will take retaliatory measures against Lithuania.",
])
def test_the_believers_own_measure_is_a_threat(pipeline, text):
    doc = pipeline(text)
    assert events_with_word(doc, "THREATEN", "take"), event_cues(doc)


# --- 4. a detention noun with a place of its own -------------------------------------------------------

def test_a_detention_noun_with_its_own_place_is_that_states(pipeline):
    # the parser hangs "in Bolivia" on the noun itself (the draft's place): main kept no source at all
    doc = _statement(pipeline, "Communique of the Ministry of Foreign Affairs of Paraguay on the detention of "
                               "Paraguayans in Bolivia", "The Ministry expresses its deep concern.",
                     "Ministry of Foreign Affairs of Paraguay", dateline="ASUNCION")
    assert _sources(doc, "COERCE", "detention") == {"Bolivia"}, event_cues(doc)


# --- 6. an imperative's "me" is left as read ------------------------------------------------------------

def test_an_imperatives_me_is_not_the_speaker_acted_upon(pipeline):
    # "permit" is a CONCEDE trigger: its "me" read as acted upon would make the speaker its target
    doc = _statement(pipeline, WMO_TITLE, "Permit me to thank the Government of Peru for its help.",
                     WMO)
    assert not [e for e in doc.events if "Anika Sorensen" in actor_names(doc, e.target)], event_cues(doc)
