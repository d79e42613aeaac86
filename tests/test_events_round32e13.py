"""Round 32e13: dyad targets on unseen text (docs/events.md, "Round 32e13"): a foreign person quoted in
another sentence is no guess for an act that names no target, a third party's offer that names nobody
of help is made to the two states of the text, and a request's participle with a common-noun addressee
("calling on the Israeli authorities") names whom it asks. Texts written for this project; each test
marked so fails on the code before."""

from __future__ import annotations

import pytest
from conftest import actor_countries, actor_names, event_with_word

# --- 1. a foreign speaker of another sentence is not the guessed target -----------------------------------

SANCTIONS = ("The European Union adopted new sanctions on Russian oil shipping on Friday. \"These measures are "
             "illegal and will fail,\" Kremlin spokesman Dmitry Peskov told reporters in Moscow. "
             "India said it would not comply.")


def test_a_foreign_speaker_elsewhere_is_no_guess(pipeline):  # fails on the code before: Peskov
    doc = pipeline(SANCTIONS)
    found = event_with_word(doc, "REJECT", "comply")
    assert "Dmitry Peskov" not in actor_names(doc, found.target), actor_names(doc, found.target)
    assert "European Union" in actor_names(doc, found.target), actor_names(doc, found.target)


def test_a_speaker_of_the_sources_own_country_stays_a_guess(pipeline):
    doc = pipeline("\"The audio recording was a fake,\" President Volodymyr Zelensky said on Friday. "
                   "Prime Minister Oleksiy Honcharuk filed his resignation.")
    found = event_with_word(doc, "RETREAT", "resignation")
    assert "Volodymyr Zelensky" in actor_names(doc, found.target), actor_names(doc, found.target)


# --- 2. a third party's offer that names nobody: to the two states of the text ----------------------------

STRIKE = ("Sudanese aircraft bombed the Chadian border town of Tine on Monday, killing four civilians. Chad "
          "recalled its ambassador from Khartoum and accused Sudan of aggression. Sudan denied the strike. ")
BORDER = ("Kyrgyz and Tajik border guards exchanged fire near the Isfara river on Tuesday. Kyrgyzstan accused "
          "Tajikistan of moving troops to the border, and Tajikistan accused Kyrgyzstan of building a dam on its "
          "land. ")


@pytest.mark.parametrize("text, type_, trigger, pair", [
    (STRIKE + "Qatar has offered to send a medical team.", "AID", "send", {"TCD", "SDN"}),
    (BORDER + "Uzbekistan offered to send surveyors.", "AID", "send", {"KGZ", "TJK"}),
])
def test_a_third_partys_offer_is_made_to_the_two_states(pipeline, text, type_, trigger, pair):
    doc = pipeline(text)  # fails on the code before: one of the two, the one named last
    found = event_with_word(doc, type_, trigger)
    assert actor_countries(doc, found.target) == pair, actor_names(doc, found.target)


def test_an_offer_by_one_of_the_two_states_is_made_to_the_other(pipeline):
    doc = pipeline(STRIKE + "Egypt expressed concern. Chad has offered to send a team of doctors to Darfur.")
    found = event_with_word(doc, "AID", "send")
    assert actor_countries(doc, found.target) == {"SDN"}, actor_names(doc, found.target)


# --- 3. "a letter calling on the Israeli authorities": the participle's own addressee ---------------------

@pytest.mark.parametrize("text, trigger", [
    ("Jordan handed the Swedish ambassador a letter calling on the Israeli authorities to halt the demolitions.",
     "calling"),
    ("Jordan handed the Swedish ambassador a letter calling on the government of Israel to halt the demolitions.",
     "calling"),
    ("Jordan summoned the Swedish ambassador and handed him a note urging the Israeli government to halt the "
     "demolitions.", "urging"),
])
def test_a_common_noun_addressee_of_the_participle_is_asked(pipeline, text, trigger):
    doc = pipeline(text)  # fails on the code before: the Swedish ambassador, who only received the letter
    found = event_with_word(doc, "REQUEST", trigger)
    assert actor_countries(doc, found.target) == {"ISR"}, actor_names(doc, found.target)


# --- 4. a refusal of someone's demands: the refuser acts, the demands' owners are its target --------------

def test_a_refusal_to_accede_to_demands_is_aimed_at_their_owners(pipeline):  # already right before (pinned)
    doc = pipeline("Thousands of protesters marched through Bangkok on Sunday. "
                   "The Thai government refused to accede to the protesters' demands.")
    found = event_with_word(doc, "REJECT", "refused")
    assert actor_countries(doc, found.source) == {"THA"}, actor_names(doc, found.source)
    assert actor_names(doc, found.target) == {"protesters"}, actor_names(doc, found.target)
