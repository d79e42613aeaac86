"""Persuasion techniques, round 10 of issue 18: loaded language (new idioms and words, span
boundaries that follow the loaded words, literal uses that stay unmarked)."""

from __future__ import annotations

import pytest

from communique.rhetoric.lexicon import word_list
from communique.rhetoric.techniques import find_techniques

LOADED = "Loaded_Language"


def _loaded(nlp, text):
    return [t.text for t in find_techniques(text, nlp(text)) if t.technique == LOADED]


@pytest.mark.parametrize("text, span", [
    ("Critics say the new toll is a gravy train for consultants.", "gravy train"),
    ("The plan is a dumpster fire that will leave the port in tatters.", "dumpster fire"),
    ("The plan is a dumpster fire that will leave the port in tatters.", "in tatters"),
    ("The committee stonewalled every request for the minutes.", "stonewalled"),
    ("Her rivals called the proposal pure hogwash.", "hogwash"),
])
def test_round10_loaded_idioms_and_words(nlp, text, span):
    found = _loaded(nlp, text)
    assert any(span in t for t in found), found


@pytest.mark.parametrize("text, span", [
    # an adverb with the word it qualifies right after it
    ("The council brazenly ignored the ruling of the court.", "brazenly ignored"),
    # a verb with its near object
    ("They keep demonizing immigrants at every rally.", "demonizing immigrants"),
    # an adjective with its noun (as before)
    ("It was a disgraceful verdict for the valley.", "disgraceful verdict"),
])
def test_round10_loaded_span_takes_the_qualified_word(nlp, text, span):
    assert span in _loaded(nlp, text)


def test_round10_title_cased_loaded_word_outside_a_name_counts(nlp):
    assert "Disgraceful Verdict" in _loaded(nlp, "A Disgraceful Verdict For The Whole Valley")


@pytest.mark.parametrize("text", [
    "Crews destroyed the old bridge to make way for a new one.",
    "The minister denounced the decision in a short statement.",
    "The pension scheme pays out every month.",
    "Engineers tested the incendiary device at the range.",
])
def test_round10_literal_and_reporting_words_are_not_loaded(nlp, text):
    assert _loaded(nlp, text) == []


def test_round10_literal_words_left_out_of_the_list():
    words = set(word_list("loaded_language.txt"))
    assert not {"destroy", "denounce", "scheme", "incendiary"} & words
    assert {"dumpster fire", "stonewall", "brazenly"} <= words
