"""Round 16 (issue 18): the label decision of a loaded phrase, and passages counted by place.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.document import Document
from communique.rhetoric.summary import persuasive_passages, persuasive_spans
from communique.rhetoric.techniques import find_techniques

EXAGGERATION = "Exaggeration,Minimisation"
LOADED = "Loaded_Language"


def _found(nlp, text):
    return [(t.technique, t.text, t.cue) for t in find_techniques(text, nlp(text))]


@pytest.mark.parametrize("text, words", [
    ("The council backed the most despicable plan anyone in the valley can remember.", "despicable plan"),
    ("It was one of the most shameful votes of the session.", "shameful votes"),
])
def test_loaded_phrase_graded_to_its_extreme_is_also_exaggeration(nlp, text, words):
    found = _found(nlp, text)
    assert any(t == LOADED and words in s for t, s, _ in found), found
    assert any(t == EXAGGERATION and words in s and c.startswith("rule:superlative") for t, s, c in found), found


@pytest.mark.parametrize("text", [
    "The council backed a despicable plan on Tuesday.",          # loaded, not graded
    "It was the deadliest storm since 1998, officials said.",     # a superlative of measure
    "The most recent plan was backed by the council on Tuesday.",  # "most" without a loaded word
])
def test_no_exaggeration_without_a_graded_loaded_word(nlp, text):
    assert not any(t == EXAGGERATION for t, _, _ in _found(nlp, text)), _found(nlp, text)


def test_superlative_rule_adds_no_second_exaggeration_where_a_cue_has_one(nlp):
    text = "It is the cruelest tax ever put on farmers."
    found = _found(nlp, text)
    assert [c for t, _, c in found if t == EXAGGERATION] == ["cue:ex-superlative"], found


def _passages(nlp, text):
    doc = nlp(text)
    document = Document(text=text)
    document.techniques = find_techniques(text, doc)
    return document, doc, persuasive_passages(document, doc)


def test_one_span_with_two_labels_is_one_place_not_a_passage(nlp):
    text = "The arrogant senator spoke for an hour about the budget."
    document, doc, passages = _passages(nlp, text)
    labels = {t.technique for t in document.techniques}
    assert {"Loaded_Language", "Name_Calling,Labeling"} <= labels  # both labels on the one phrase
    assert passages == []
    spans = persuasive_spans(document, doc)
    assert all(e - s < len(text) - 1 for s, e in spans), spans  # the phrase, not the sentence


def test_two_places_in_a_sentence_make_a_passage(nlp):
    text = "The arrogant senator backed a despicable plan."
    _, _, passages = _passages(nlp, text)
    assert len(passages) == 1 and passages[0]["start"] == 0


@pytest.mark.parametrize("text, words", [
    ("The shifty polemicists on the panel cheered the verdict.", "shifty polemicists"),
    ("The vile nationalists marched on Sunday.", "vile nationalists"),
])
def test_nouns_for_people_by_their_ending(nlp, text, words):
    found = _found(nlp, text)
    assert any(t == "Name_Calling,Labeling" and words in s for t, s, _ in found), found


@pytest.mark.parametrize("text", [
    "The shocking checklist was published on Sunday.",  # "-list" after a consonant: a thing
    "The film had a shocking twist at the end.",        # too short for the ending test
])
def test_things_with_people_endings_are_not_labelled(nlp, text):
    assert not any(t == "Name_Calling,Labeling" for t, _, _ in _found(nlp, text)), _found(nlp, text)
