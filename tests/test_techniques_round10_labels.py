"""Round 10 of issue 18: epithet adjectives said of people, Repetition only for charged phrases,
"enemy" as a plain word (docs/rhetoric.md, round 10)."""

from __future__ import annotations

import pytest

from communique.rhetoric.techniques import find_techniques

NAME = "Name_Calling,Labeling"
REPETITION = "Repetition"


def _texts(nlp, text, technique):
    return [t.text for t in find_techniques(text, nlp(text)) if t.technique == technique]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text, word", [
    ("The clueless officials in Marlow approved the harbour tender without reading it.", "clueless"),
    ("Everyone in the valley knows that the ministers are spineless.", "spineless"),
    ("Only gullible voters still believe the mayor's promises about the tram line.", "gullible"),
])
def test_round10_epithet_said_of_people_is_name_calling(nlp, text, word):
    assert any(word in span for span in _texts(nlp, text, NAME)), _texts(nlp, text, NAME)


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    "The clueless design of the ticket machines confused the morning travellers.",
    "Critics said the budget was reckless and late.",
])
def test_round10_epithet_said_of_a_thing_is_no_label(nlp, text):
    assert not any(w in span for span in _texts(nlp, text, NAME) for w in ("clueless", "reckless"))


@pytest.mark.issue(18)
def test_round10_repeated_topic_phrase_is_no_repetition(nlp):
    text = ("The new bridge opened on Monday. Drivers crossed the new bridge all day. "
            "Engineers will inspect the new bridge again in spring.")
    assert _texts(nlp, text, REPETITION) == []


@pytest.mark.issue(18)
def test_round10_repeated_charged_phrase_is_repetition(nlp):
    text = ("The reckless scheme will ruin the port. Nobody voted for the reckless scheme. "
            "We will stop the reckless scheme before the summer.")
    assert len(_texts(nlp, text, REPETITION)) == 2  # the second and third uses


@pytest.mark.issue(18)
def test_round10_enemy_is_a_plain_word(nlp):
    text = "The garrison reported that the enemy had withdrawn from the northern ridge overnight."
    assert _texts(nlp, text, NAME) == []


@pytest.mark.issue(18)
def test_round10_corrupt_said_of_people_is_a_label_but_not_a_superlative(nlp):
    assert any("corrupt" in s for s in _texts(nlp, "The corrupt officials pocketed the grant for the ferry.", NAME))
    text = "Readers will vote for the most corrupt politician of the decade."
    assert not any("corrupt" in s for s in _texts(nlp, text, NAME))


@pytest.mark.issue(18)
def test_round10_accusation_of_lying_is_doubt(nlp):
    text = "The ministry falsely claimed that the reservoir was full all summer."
    assert _texts(nlp, text, "Doubt")
