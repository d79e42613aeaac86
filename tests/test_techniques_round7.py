"""Persuasion techniques, round 7 of issue 18: plain label words, epithets said of people, new
cues and word-list entries, scare quotes that are short quotations."""

from __future__ import annotations

import pytest

from communique.rhetoric.lexicon import word_list
from communique.rhetoric.techniques import find_techniques

NAME = "Name_Calling,Labeling"
LOADED = "Loaded_Language"


def _found(nlp, text):
    return {(t.technique, t.text) for t in find_techniques(text, nlp(text))}


def _techniques(nlp, text, technique):
    return [t for t in find_techniques(text, nlp(text)) if t.technique == technique]


@pytest.mark.parametrize("text", [
    "The regime announced a new cabinet on Tuesday.",
    "Three criminals escaped from the county jail overnight.",
    "The audit found no evidence of corruption in the ministry.",
    "Prosecutors dropped the conspiracy charge against the two clerks.",
])
def test_round7_plain_label_words_mark_no_technique(nlp, text):
    found = [t for t in find_techniques(text, nlp(text)) if t.technique in (NAME, LOADED)]
    assert found == [], found


def test_round7_plain_labels_stay_stance_evidence():
    # the file only keeps words out of the technique stage; the stance lists still hold them
    plain = set(word_list("plain_labels.en.txt"))
    assert {"regime", "criminal", "corruption"} <= plain
    assert "regime" in word_list("name_calling.txt")


@pytest.mark.parametrize("text, span", [
    ("The arrogant elites in the capital ignored the farmers again.", "arrogant elites"),
    ("Voters know the senator is greedy and will say anything.", "greedy"),
    ("Those notorious politicians signed the deal at midnight.", "notorious politicians"),
])
def test_round7_loaded_adjective_said_of_people_is_name_calling(nlp, text, span):
    spans = _techniques(nlp, text, NAME)
    assert any(span in t.text for t in spans), spans
    assert any(t.cue.startswith("rule:person-epithet") for t in spans)


def test_round7_loaded_adjective_said_of_a_thing_is_not_name_calling(nlp):
    text = "The arrogant plan to close the port drew protests."
    assert _techniques(nlp, text, NAME) == []
    assert _techniques(nlp, text, LOADED)


@pytest.mark.parametrize("text, technique, cue_text", [
    ("The minister is a hatemonger who profits from every riot.", NAME, "hatemonger"),
    ("Only turncoats and toadies sit on that committee now.", NAME, "turncoats"),
    ("The governor's answer was extremely evasive.", LOADED, "extremely"),
    ("Rents are skyrocketing while the council looks away.", LOADED, "skyrocketing"),
    ("They want us to believe the ledger simply vanished.", "Doubt", "want us to believe"),
    ("The official story of the fire does not add up.", "Doubt", "does not add up"),
    ("It is only a matter of time before the dam gives way.", "Appeal_to_fear-prejudice", "only a matter of time"),
    ("The border town has become a powder keg.", "Appeal_to_fear-prejudice", "powder keg"),
    ("Were it not for the new tariff, the mill would still be open.", "Causal_Oversimplification",
     "Were it not for"),
    ("The launch was nothing short of a miracle, the mayor said.", "Exaggeration,Minimisation",
     "nothing short of"),
    ("This bill steals from hard-working Americans to pay for a vanity project.", "Flag-Waving",
     "hard-working Americans"),
])
def test_round7_new_entries_are_found(nlp, text, technique, cue_text):
    spans = _techniques(nlp, text, technique)
    assert any(cue_text.lower() in t.text.lower() for t in spans), (spans, _found(nlp, text))


@pytest.mark.parametrize("text", [
    "The board cited its “continuity” plan when it kept the old director.",
    "She said she had handed over “the disk” before noon.",
    "He stressed the “independence” of the review panel.",
])
def test_round7_scare_quotes_skip_abstract_words_and_quoted_phrases(nlp, text):
    assert not [t for t in _techniques(nlp, text, NAME) if t.cue == "rule:scare-quotes"]


def test_round7_scare_quotes_still_mark_a_quoted_label(nlp):
    text = "The council praised its “partners” while the port rotted."
    assert any(t.cue == "rule:scare-quotes" for t in _techniques(nlp, text, NAME))


@pytest.mark.parametrize("text", [
    "The fire was out of control for an hour before the crews arrived.",
    "Meanwhile, the council approved the budget for the new library.",
    "The patriotic song closed the ceremony at the town hall.",
])
def test_round7_removed_cues_stay_quiet_in_plain_reports(nlp, text):
    found = {t.technique for t in find_techniques(text, nlp(text))}
    assert not found & {"Whataboutism,Straw_Men,Red_Herring", "Flag-Waving", "Exaggeration,Minimisation"}, found
