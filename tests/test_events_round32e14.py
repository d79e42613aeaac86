"""Events of the thirty-second round (e14; docs/events.md, "Round 32e14"): the sources of a body's
statement that speaks as "I" (the person its title names, also for its bare clauses and its object
"me"), a detention noun done by the state of its place, and a measure someone else believes its doer
will take, which is no threat. Texts written for this project, each with a negative."""

from __future__ import annotations

import pytest
from conftest import actor_names, event_cues, event_with_word, events_with_word

WMO = "World Meteorological Organization (WMO)"
TITLE = ("Statement by the Secretary-General of the World Meteorological Organization, Anika Sorensen, "
         "on the detention of the hydrologist Tomas Herrera Vidal\n\nGENEVA, 7 December 2026\n\n")


def _statement(pipeline, body: str, publisher: str = WMO, title: str = TITLE):
    from communique.ingest.records import Record

    record = Record(title + body, "t", {"published": "2026-12-07", "publisher": publisher})
    return list(pipeline.pipe([record]))[0]


def _sources(doc, type_: str, word: str) -> set[str]:
    return actor_names(doc, event_with_word(doc, type_, word).source)


# --- 1. a body's statement that speaks as "I" is its titled speaker's ----------------------------------

@pytest.mark.parametrize("body, type_, word", [
    # the title names a second person (the detained man) after the speaker: "I" is the one set off by commas
    ("I call on the Government of Bolivia to release Mr Herrera Vidal without delay.", "REQUEST", "call"),
    ("I thank the Government of Peru for its help in the search.", "SUPPORT", "thank"),
    # a bare clause of the same voice: the person too
    ("I am deeply concerned. Bolivia has a clear legal obligation to grant our staff the privileges the "
     "Convention gives them.", "REQUEST", "has"),
])
def test_the_i_of_a_bodys_statement_is_the_person_its_title_names(pipeline, body, type_, word):
    doc = _statement(pipeline, body)
    assert _sources(doc, type_, word) == {"Anika Sorensen"}, event_cues(doc)


def test_a_statement_that_speaks_as_we_stays_the_body(pipeline):
    doc = _statement(pipeline, "We are deeply concerned. Bolivia has a clear legal obligation to grant our "
                               "staff the privileges the Convention gives them.")
    assert _sources(doc, "REQUEST", "has") == {"World Meteorological Organization"}, event_cues(doc)


# --- 2. "me" acted upon in the statement's own voice ----------------------------------------------------

def test_written_to_me_is_written_to_the_speaker(pipeline):
    doc = _statement(pipeline, "Both Governments have written to me in the past two days.\n\n"
                               "The Government of Bolivia and the Government of Peru must now cooperate.")
    event = event_with_word(doc, "CONSULT", "written")
    assert actor_names(doc, event.target) == {"Anika Sorensen"}, event_cues(doc)


# --- 3. a detention noun is done by the state of its place ----------------------------------------------

def test_the_detention_of_nationals_in_a_state_is_that_states(pipeline):
    doc = _statement(pipeline, "The Ministry of Foreign Affairs of the Republic of Paraguay expresses its deep "
                               "concern at the situation of its nationals.",
                     publisher="Ministry of Foreign Affairs of the Republic of Paraguay",
                     title="Communique of the Ministry of Foreign Affairs of the Republic of Paraguay on the "
                           "detention of Paraguayan lorry drivers in Bolivia\n\nASUNCION, 7 December 2026\n\n")
    assert _sources(doc, "COERCE", "detention") == {"Bolivia"}, event_cues(doc)


def test_a_detention_noun_with_its_doer_keeps_it(pipeline):
    doc = _statement(pipeline, "The Ministry of Foreign Affairs of the Republic of Paraguay expresses its deep "
                               "concern at the situation of its nationals.",
                     publisher="Ministry of Foreign Affairs of the Republic of Paraguay",
                     title="Communique of the Ministry of Foreign Affairs of the Republic of Paraguay on the "
                           "detention by Brazil of Paraguayan lorry drivers in Bolivia\n\n"
                           "ASUNCION, 7 December 2026\n\n")
    assert "Bolivia" not in _sources(doc, "COERCE", "detention"), event_cues(doc)


# --- 4. a measure another believes its doer will take is no threat --------------------------------------

@pytest.mark.parametrize("text", [
    "Minsk does not believe that Vilnius will take retaliatory measures against Belarus.",
    "Minsk believes that Vilnius will take retaliatory measures against Belarus.",
    "Lithuania fears that Belarus will take retaliatory measures against its diplomats.",
])
def test_a_believed_measure_of_another_is_no_threat(pipeline, text):
    doc = pipeline(text)
    assert not events_with_word(doc, "THREATEN", "take"), event_cues(doc)


@pytest.mark.parametrize("text", [
    "The minister said that Vilnius will take retaliatory measures against Belarus.",
    "We believe we will take reciprocal measures against Belarus, the minister said.",
])
def test_a_measure_its_doer_vows_or_a_speaker_reports_is_still_a_threat(pipeline, text):
    doc = pipeline(text)
    assert events_with_word(doc, "THREATEN", "take"), event_cues(doc)


# --- 5. a passive coordinated with a passive: its patient is acted upon, not the doer -------------------

def test_a_passive_conjunct_acts_upon_the_first_passives_subject(pipeline):
    doc = pipeline("The Foreign Secretary of Kenya has informed me that the High Commissioner of Tanzania was "
                   "called in to the Ministry on Monday and was asked to secure the release of Ms. Mwangi.")
    event = event_with_word(doc, "REQUEST", "asked")
    assert actor_names(doc, event.target) == {"High Commissioner of Tanzania"}, event_cues(doc)
    assert "High Commissioner of Tanzania" not in actor_names(doc, event.source), event_cues(doc)


def test_a_passive_with_its_own_subject_keeps_it(pipeline):
    doc = pipeline("The High Commissioner of Tanzania was called in on Monday, and the Ambassador of Uganda "
                   "was asked to secure the release of Ms. Mwangi.")
    event = event_with_word(doc, "REQUEST", "asked")
    assert "High Commissioner of Tanzania" not in actor_names(doc, event.target), event_cues(doc)
