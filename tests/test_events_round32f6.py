"""Round 32f6: review fixes of round 32e13 (docs/events.md, "Round 32f6"): a quoted foreign speaker whose
words the reaction answers stays its target, a third party's offer of help after harm in one state goes to
that state (not to a pair with a bystander), and a request's common-noun addressee counts only when it is a
state's own body, not a wider audience or a domestic service. Texts written for this project; each test
fails on the code of round 32e13."""

from __future__ import annotations

import pytest
from conftest import actor_countries, actor_names, event_with_word

# --- 1. the quoted speaker whose words the reaction answers is its target ---------------------------------


@pytest.mark.parametrize("text, type_, trigger, speaker", [
    ("\"We will never hand over a single barrel,\" Venezuelan President Nicolas Maduro said on Monday. "
     "The United States rejected the statement.", "REJECT", "rejected", "Nicolás Maduro"),
    ("\"Any blockade of our ports means war,\" North Korean leader Kim Jong Un said on Sunday. "
     "Japan rejected the remarks.", "REJECT", "rejected", "Kim Jong Un"),
    ("\"Ukraine will never join NATO while I am in office,\" Hungarian Prime Minister Viktor Orban told "
     "reporters in Budapest on Monday. Ukraine's foreign ministry condemned the remarks on Tuesday.",
     "ACCUSE", "condemned", "Viktor Orbán"),
])
def test_the_speaker_whose_words_are_answered_is_the_target(pipeline, text, type_, trigger, speaker):
    doc = pipeline(text)  # fails on round 32e13: no target, or NATO
    found = event_with_word(doc, type_, trigger)
    assert speaker in actor_names(doc, found.target), actor_names(doc, found.target)


# --- 2. a third party's offer of help: to the stricken state or the two sides, never a bystander -----------

@pytest.mark.parametrize("text, country", [
    ("Floods killed 200 people in Pakistan on Monday. India and Pakistan have been at odds over Kashmir for "
     "months. The United States offered to send relief supplies.", "PAK"),
    ("Sudanese aircraft bombed the Chadian border town of Tine on Monday, killing four civilians. Chad recalled "
     "its ambassador from Khartoum. Egypt expressed concern. Qatar has offered to send a medical team.", "TCD"),
])
def test_an_offer_of_help_goes_to_the_stricken_state(pipeline, text, country):
    doc = pipeline(text)  # fails on round 32e13: the stricken state and a bystander (of the old dispute)
    found = event_with_word(doc, "AID", "send")
    assert country in actor_countries(doc, found.target), actor_names(doc, found.target)
    assert "IND" not in actor_countries(doc, found.target) and "EGY" not in actor_countries(doc, found.target)


# --- 3. a common-noun addressee counts only as a state's own body ----------------------------------------

@pytest.mark.parametrize("text, trigger, country", [
    ("The embassy of Ghana sent the Togolese foreign ministry a note asking the police to return the seized "
     "boats.", "asking", "TGO"),
    ("The Palestinian foreign ministry sent the UN Secretary-General a letter calling on the international "
     "community to halt the settlements.", "calling", None),
])
def test_a_domestic_or_audience_noun_is_no_addressee(pipeline, text, trigger, country):
    doc = pipeline(text)  # fails on round 32e13: the police, the international community
    found = event_with_word(doc, "REQUEST", trigger)
    names = actor_names(doc, found.target)
    assert "police" not in names and "international community" not in names, names
    if country:
        assert actor_countries(doc, found.target) == {country}, names
    else:
        assert "United Nations" in names or any("Secretary-General" in n for n in names), names
