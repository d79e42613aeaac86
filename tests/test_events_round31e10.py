"""Round 31e10: dyads on unseen text (docs/events.md, "Round 31e10"): the host of a visit acts towards
its guest, and an object "him"/"her" of a second coordinated verb stands for the first verb's object.
Texts written for this project; each test fails on the code before."""

from __future__ import annotations

import pytest
from conftest import actor_countries, actor_names, event_with_word


# --- 1. hosting or receiving a visit: the host is the source, the guest the target ------------------------

@pytest.mark.parametrize("sentence, trigger", [
    ("Mali's president hosted Guinea's president in Bamako on Friday.", "hosted"),
    ("Mali's president received Guinea's president in Bamako on Friday.", "received"),
    ("Guinea's president was received by Mali's president in Bamako on Friday.", "received"),
    ("Mali welcomed a delegation from Guinea in Bamako on Friday.", "welcomed"),
])
def test_the_host_of_a_visit_is_its_source(pipeline, sentence, trigger):
    doc = pipeline("BAMAKO, May 4 (Sahel Wire) - " + sentence + "\n")
    found = event_with_word(doc, "CONSULT", trigger)
    assert actor_countries(doc, found.source) == {"MLI"}, actor_names(doc, found.source)
    assert "GIN" in actor_countries(doc, found.target), actor_names(doc, found.target)


# --- 2. "summoned the ambassador and handed him a note": "him" is the ambassador ----------------------------

NOTE = ("ACCRA, May 4 (Volta Wire) - Ghana's foreign minister Samuel Okudzeto Ablakwa spoke to reporters on "
        "Sunday about the fishing dispute. On Monday Ghana's foreign ministry summoned {object} and handed "
        "{pronoun} a note of protest.\n")


@pytest.mark.parametrize("object_, pronoun", [
    ("the head of the Togolese embassy in Accra", "him"),
    ("the head of the Togolese embassy in Accra", "her"),
])
def test_him_after_a_coordinated_object_is_that_object(pipeline, object_, pronoun):
    doc = pipeline(NOTE.format(object=object_, pronoun=pronoun))
    found = event_with_word(doc, "ACCUSE", "handed")
    assert "Samuel Okudzeto Ablakwa" not in actor_names(doc, found.target), actor_names(doc, found.target)
    assert "TGO" in actor_countries(doc, found.target), actor_names(doc, found.target)


def test_him_with_no_object_before_is_left_to_the_actors_stage(pipeline):
    # no verb before with an object of its own: "him" keeps its own reading, the Togolese minister
    # named in the sentence before (round 31f2: the text names him, so the test can fail)
    doc = pipeline("ACCRA, May 4 (Volta Wire) - Togo's foreign minister Robert Dussey arrived in Accra on Sunday. "
                   "On Monday Ghana's foreign ministry handed him a note of protest.\n")
    found = event_with_word(doc, "ACCUSE", "handed")
    assert actor_names(doc, found.target) == {"Robert Dussey"}, actor_names(doc, found.target)


# --- 3. "a neighbour", "a neighbouring State": the other state the text is about -----------------------------

DRONE = ("ABUJA, May 4 (Savanna Wire) - A drone struck a market in Niger near the border with Nigeria on Friday. "
         "Niger blamed Nigeria for the strike. Nigeria's foreign minister Yusuf Tuggar said Abuja \"{clause}\" and "
         "blamed a militia based in Katsina State for the strike.\n")


def test_a_neighbour_of_the_speaker_is_the_other_state(pipeline):
    doc = pipeline(DRONE.format(clause="will never attack a neighbour's economy"))
    found = event_with_word(doc, "ASSAULT", "attack")
    assert actor_countries(doc, found.target) == {"NER"}, actor_names(doc, found.target)


def test_a_neighbouring_state_in_a_statement_is_not_the_issuer(pipeline):
    text = ("Statement of the Ministry of Foreign Affairs of the Republic of Benin\n\n"
            "Benin has repeatedly asked Niger to act against the armed groups on its soil, and Niger has refused. "
            "The Government cannot accept that a neighbouring State offers shelter to men who kill Beninese "
            "soldiers.\n")
    doc = pipeline(text)
    found = event_with_word(doc, "REJECT", "accept")
    assert actor_countries(doc, found.target) == {"NER"}, actor_names(doc, found.target)



# --- 4. a note demanding ...: the request asks the one the note went to ------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ghana's foreign ministry summoned the Togolese ambassador on Monday and handed him a note demanding the "
    "release of the fishermen.",
    "Ghana's foreign ministry handed the Togolese ambassador a note demanding compensation for the families of "
    "the fishermen.",
])
def test_a_note_demanding_asks_its_recipient(pipeline, sentence):
    doc = pipeline("ACCRA, May 4 (Volta Wire) - Ghanaian fishermen's families protested in Accra on Sunday. "
                   + sentence + "\n")
    found = event_with_word(doc, "REQUEST", "demanding")
    assert actor_countries(doc, found.target) == {"TGO"}, actor_names(doc, found.target)
