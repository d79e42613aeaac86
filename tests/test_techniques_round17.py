"""Round 17 of issue 18 (docs/rhetoric.md, "Round 17: technique labels and spans"): three label
words that news uses plainly ("globalist", "illegals", "radical") are stance evidence only; a loaded
phrase stops at a possessive "'s" while a label keeps its owner; a loaded verb does not take a
proper-name object into its span; questions that follow one another are one Doubt span; a cue word
that opens a "-monger" coinage ("fear-mongering") is an accusation, not an appeal. Every passage is
written for the test."""

from __future__ import annotations

import pytest

from conftest import assert_technique_labels, technique_spans

NAME = "Name_Calling,Labeling"
LOADED = "Loaded_Language"
DOUBT = "Doubt"
FEAR = "Appeal_to_fear-prejudice"


#: (passage, labels it must get, labels it must not get)
PASSAGES = [
    # plain label words: no technique
    ("Several globalist foundations paid for the new trade study.", set(), {NAME, LOADED}),
    ("Police said the radical cell had planned the bombing for months.", set(), {NAME, LOADED}),
    ("The sheriff said eleven illegals were held overnight at the depot.", set(), {NAME, LOADED}),
    # an accusation of fear-mongering is loaded, but it is not itself an appeal to fear
    ("Fear-mongering pundits flooded the evening shows.", {LOADED}, {FEAR}),
    # ... while a plain "fear" cue still is one
    ("Voters fear the new tolls will double.", {FEAR}, set()),
    # plain reports stay plain
    ("The council approved the harbour budget on Tuesday.", set(), {NAME, LOADED, DOUBT, FEAR}),
    ("Heavy rain closed the northern highway for six hours.", set(), {NAME, LOADED, DOUBT, FEAR}),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,wanted,unwanted", PASSAGES)
def test_round17_passage_labels(nlp, text, wanted, unwanted):
    assert_technique_labels(nlp, text, wanted, unwanted)


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,technique,span", [
    # a loaded phrase starts after the owner's "'s"
    ("The senator's reckless plan emptied the pension fund.", LOADED, "reckless plan"),
    ("Harlan's vicious campaign ads ran all week.", LOADED, "vicious campaign ads"),
    # a label keeps its owner
    ("The minister's lackeys blocked the inquiry.", NAME, "minister's lackeys"),
    # a loaded verb keeps a common-noun object, not a name
    ("The pundits kept demonizing immigrants on air.", LOADED, "demonizing immigrants"),
    ("The governor vowed to crush Vantor Industries in court.", LOADED, "crush"),
    ("Critics said the mayor had demonized Teodor Vasko for years.", LOADED, "demonized"),
])
def test_round17_spans(nlp, text, technique, span):
    assert span in technique_spans(nlp, text, technique)


@pytest.mark.issue(18)
def test_round17_possessive_owner_not_in_loaded_span(nlp):
    spans = technique_spans(nlp, "The senator's reckless plan emptied the pension fund.", LOADED)
    assert not any("senator" in s for s in spans), spans


@pytest.mark.issue(18)
def test_round17_consecutive_questions_are_one_doubt_span(nlp):
    text = "Did anyone read the contract? Did anyone check the figures? The board says it did."
    assert technique_spans(nlp, text, DOUBT) == ["Did anyone read the contract? Did anyone check the figures"]


@pytest.mark.issue(18)
def test_round17_questions_apart_stay_apart(nlp):
    text = "Did anyone read the contract? The board met twice. Did anyone check the figures?"
    assert technique_spans(nlp, text, DOUBT) == ["Did anyone read the contract", "Did anyone check the figures"]


@pytest.mark.issue(18)
def test_round17_plain_labels_stay_stance_evidence():
    from communique.rhetoric.lexicon import word_list

    plain = set(word_list("plain_labels.en.txt"))
    labels = set(word_list("name_calling.txt"))
    for word in ("globalist", "illegals", "radical"):
        assert word in plain and word in labels, word


@pytest.mark.issue(18)
def test_round17_a_run_of_questions_in_a_transcript_is_asked(nlp):
    text = ("Reporter: Will the port reopen next month? Will the dock workers be paid?\n"
            "Minister: Both, from the first of May.")
    assert technique_spans(nlp, text, DOUBT) == []
