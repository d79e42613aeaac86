"""Round 31f2: fixes of the review of rounds 31e9 and 31e10 (docs/events.md, "Round 31e9" and "Round 31e10"):
a request's message goes to its sender's addressee only when the request names none of its own, a vowed
measure keeps its mode, a named neighbour is the one named, "him" stands for a person or an office, a
"whether" question does not swallow a told act, and a meeting hosted is no visit. Texts written for this
project; each test of a fix fails on the code before."""

from __future__ import annotations

import pytest
from conftest import actor_countries, actor_names, event_cues, event_with_word, events_with_word


# --- 1. a request that names whom it asks keeps that addressee, not the message's recipient --------------

@pytest.mark.parametrize("sentence, trigger, country", [
    ("BEIRUT, May 4 (Cedar Wire) - Lebanon sent a letter to the UN Security Council calling on Israel to "
     "withdraw from the five hills.", "calling", "ISR"),
    ("BEIRUT, May 4 (Cedar Wire) - Lebanon's foreign ministry handed the French ambassador a note urging "
     "Israel to withdraw from the five hills.", "urging", "ISR"),
    ("ACCRA, May 4 (Volta Wire) - Ghana's foreign ministry issued a statement to the press demanding that "
     "Togo release the fishermen.", "demanding", "TGO"),
    ("ACCRA, May 4 (Volta Wire) - Ghana's foreign ministry sent a letter to the African Union demanding that "
     "Togo free the fishermen.", "demanding", "TGO"),
])
def test_a_request_naming_its_addressee_keeps_it(pipeline, sentence, trigger, country):
    doc = pipeline(sentence + "\n")
    found = event_with_word(doc, "REQUEST", trigger)
    assert actor_countries(doc, found.target) == {country}, actor_names(doc, found.target)


def test_a_note_asking_no_one_of_its_own_asks_the_one_it_went_to(pipeline):
    doc = pipeline("ACCRA, May 4 (Volta Wire) - Ghana's foreign ministry handed the Togolese ambassador a note "
                   "demanding compensation for the fishermen.\n")
    found = event_with_word(doc, "REQUEST", "demanding")
    assert actor_names(doc, found.target) == {"Togolese ambassador"}, actor_names(doc, found.target)


# --- 2. a measure "vowed" keeps the mode its clause gives ---------------------------------------------------

@pytest.mark.parametrize("sentence, mode", [
    ("Vilnius denied that it would take retaliatory measures against Belarus.", "negated"),
    ("If Poland would take reciprocal measures against Belarus, Minsk would respond.", "hypothetical"),
    ("Estonia would have taken reciprocal measures against Russia had Moscow not apologised.", "hypothetical"),
    ("The EU will consider restrictive measures against Belarus next week.", "intended"),
    ("Latvia said on Monday it would impose restrictive measures on Belarusian trucks from June 1.", "intended"),
])
def test_a_measure_not_vowed_is_a_sanction_in_its_mode(pipeline, sentence, mode):
    doc = pipeline(sentence + "\n")
    assert not [e for e in doc.events if e.type == "THREATEN" and "measures" in e.trigger.text], event_cues(doc)
    found = event_with_word(doc, "SANCTION", "measures")
    assert found.mode == mode, event_cues(doc)


@pytest.mark.parametrize("sentence", [
    "Latvia will take reciprocal measures against Belarus, the minister said.",
    "If Minsk does not answer by Friday, Vilnius will take retaliatory measures against Belarus.",
    "Estonia will not hesitate to take further measures against Moscow.",
])
def test_a_vowed_measure_is_still_a_threat(pipeline, sentence):
    doc = pipeline(sentence + "\n")
    assert event_with_word(doc, "THREATEN", "measures").mode == "asserted", event_cues(doc)


# --- 3. a neighbour the text names is the one named ----------------------------------------------------------

def test_a_named_neighbouring_state_is_that_state(pipeline):
    doc = pipeline("Statement of the Ministry of Foreign Affairs of the Republic of Benin\n\n"
                   "Benin has repeatedly asked Niger to act against the armed groups on its soil, and Niger has "
                   "refused. The Government cannot accept that a neighbouring State, Togo, offers shelter to men "
                   "who kill Beninese soldiers.\n")
    rejection = event_with_word(doc, "REJECT", "accept")
    assert actor_countries(doc, rejection.target) == {"TGO"}, actor_names(doc, rejection.target)
    shelter = event_with_word(doc, "AID", "shelter")
    assert actor_countries(doc, shelter.source) == {"TGO"}, actor_names(doc, shelter.source)


# --- 4. "him" after a coordinated object stands for a person or an office, not a thing or a place ----------

VISIT = ("ACCRA, May 4 (Volta Wire) - Togo's foreign minister Robert Dussey arrived in Accra on Monday. "
         "Ghana's president John Mahama {clause}.\n")


@pytest.mark.parametrize("clause, trigger", [
    ("read the statement and urged him to release the fishermen", "urged"),
    ("called Paris and asked him to mediate", "asked"),
    ("welcomed the announcement and urged him to free the fishermen", "urged"),
])
def test_him_after_a_thing_or_a_place_is_not_that_object(pipeline, clause, trigger):
    doc = pipeline(VISIT.format(clause=clause))
    found = event_with_word(doc, "REQUEST", trigger)
    assert actor_names(doc, found.target) == {"Robert Dussey"}, actor_names(doc, found.target)


def test_the_object_pronouns_of_a_person_are_one_set():
    from communique.events import arguments
    from communique.stages import events as stage
    assert stage.PERSON_OBJECT_PRONOUNS is arguments.PERSON_OBJECT_PRONOUNS
    assert not hasattr(arguments, "SINGLE_OBJECT_PRONOUNS")


# --- 5. an act coordinated after a "whether" question is told, unless it shares the question's modal ---------

def test_a_finite_act_after_a_whether_question_is_told(pipeline):
    doc = pipeline("Estonia asked whether Moscow would apologise and expelled two Russian diplomats on Monday.\n")
    found = event_with_word(doc, "SANCTION", "expelled")
    assert actor_countries(doc, found.source) == {"EST"}, actor_names(doc, found.source)


def test_a_second_verb_under_the_questions_modal_is_still_asked(pipeline):
    doc = pipeline("Kenya did not say whether Uganda would withdraw its ships or pull back its troops.\n")
    assert not events_with_word(doc, "RETREAT", "pull"), event_cues(doc)


# --- 6. a meeting hosted is no visit, whoever attends it ------------------------------------------------------

def test_hosting_a_meeting_of_ministers_is_a_meeting(pipeline):
    doc = pipeline("Kenya offered to host an emergency meeting of health ministers next month.\n")
    found = event_with_word(doc, "CONSULT", "host")
    assert "meeting" in found.trigger.text and "ministers" not in found.trigger.text, event_cues(doc)
