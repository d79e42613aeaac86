"""Recall of reported speech, round 3 of issue 17: cue verbs and frames that PolNeAR
attributions use and the quote stage missed. All sentences are invented.

Updated to the later convention of issue 17: "X accused Y of doing Z" gives no indirect quote
(an accusation, which the events stage codes; the guidelines and gold sets count none)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)


def _indirect(doc):
    """``[(quote opening, speaker text)]`` of the indirect quotes of ``doc``."""
    return [(q.text[:24], q.speaker_text) for q in doc.quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, opening, speaker", [
    ("Mayor Lena Ortiz pointed out that the bridge had been closed for two years.",
     "that the bridge had been", "Mayor Lena Ortiz"),
    ("The auditors point out that the accounts were never signed.", "that the accounts were n", "The auditors"),
])
def test_point_out_that_reports_speech(analyze, text, opening, speaker):
    assert (opening, speaker) in _indirect(analyze(text))


def test_point_to_a_noun_reports_nothing(analyze):
    assert _indirect(analyze("The minister pointed to the rising cost of fuel in the northern districts.")) == []


def test_cue_verb_inside_the_content_is_not_a_second_attribution(analyze):
    doc = analyze("Mayor Lena Ortiz says she would close the old depot and tell the drivers to park elsewhere.")
    assert ("she would close the old ", "Mayor Lena Ortiz") in _indirect(doc)
    quote = next(q for q in doc.quotes if q.text.startswith("she would close"))
    assert quote.text.endswith("park elsewhere")


def test_second_cue_of_the_same_speaker_still_ends_the_content(analyze):
    doc = analyze("The harbour master said the cranes had failed twice and added that repairs would take a month.")
    quote = next(q for q in doc.quotes if q.text.startswith("the cranes"))
    assert "repairs" not in quote.text


@pytest.mark.parametrize("text, opening, speaker", [
    ("The senator, pointing out that the budget was late, asked for a vote.", "that the budget was late", "The senator"),
    ("Councillor Ruth Abara, noting that the road had flooded twice, asked for a study.", "that the road had flooded",
     "Councillor Ruth Abara"),
])
def test_participle_on_a_noun_speaks_for_it(analyze, text, opening, speaker):
    assert (opening[:24], speaker) in _indirect(analyze(text))


def test_negated_second_cue_of_the_same_speaker_ends_the_content(analyze):
    doc = analyze("The harbour master said that the cranes had failed twice but did not suggest the crew was to blame.")
    quote = next(q for q in doc.quotes if q.text.startswith("that the cranes"))
    assert "crew" not in quote.text


def test_accused_of_is_an_accusation_and_no_quote(analyze):
    """Issue 17, later convention: "X accused Y of doing Z" is an accusation between actors
    (the events stage's ACCUSE), not reported speech; the annotation guidelines and both gold
    sets count no quote there, so this test no longer asserts the round-3 indirect quote."""
    doc = analyze("The coach accused the referees of ignoring fouls against his players.")
    assert _indirect(doc) == []


def test_spoke_of_without_an_object_still_reports_speech(analyze):
    doc = analyze("The coach spoke of a season lost to injuries and bad luck.")
    assert ("a season lost to injurie", "The coach") in _indirect(doc)
