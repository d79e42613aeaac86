"""Quotes, round 15 of issue 17 (recall of indirect speech): a cue whose parse also gives it a
clause before a colon or semicolon reports the clause after it ("The inquiry set off a row on
Friday: the opposition said the ministry had lied"). All sentences are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)


def _indirect(doc) -> list[tuple[str, str]]:
    return [(q.text, q.speaker_text) for q in doc.quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content, speaker", [
    ("The inquiry set off another round of fights on Friday: Republicans said they're increasingly "
     "convinced the ministry mishandled the case.",
     "they're increasingly convinced the ministry mishandled the case", "Republicans"),
    ("It is an unlikely scenario; Varga's team says she'll continue her tour later this week.",
     "she'll continue her tour later this week", "Varga's team"),
])
def test_clause_after_the_cue_past_a_colon_or_semicolon(analyze, text, content, speaker):
    assert _indirect(analyze(text)) == [(content, speaker)]


@pytest.mark.parametrize("text, content", [
    ("The talks failed, the envoy said.", "The talks failed"),
    ("Prices will rise next year, the minister said on Monday.", "Prices will rise next year"),
])
def test_clause_before_the_cue_with_no_break_is_kept(analyze, text, content):
    assert [t for t, _ in _indirect(analyze(text))] == [content]


@pytest.mark.parametrize("text", [
    "A man who claimed to represent the ministry met the envoy in Lima.",
    "The lobbyist has been calling officials, claiming to speak for the governor.",
])
def test_claiming_to_be_someone_is_no_quote(analyze, text):
    assert _indirect(analyze(text)) == []


def test_claim_with_a_clause_is_still_a_quote(analyze):
    doc = analyze("The rebels claimed that the town had fallen on Sunday.")
    assert _indirect(doc) == [("that the town had fallen on Sunday", "The rebels")]


@pytest.mark.parametrize("text, content, speaker", [
    ("The union hailed the deal as a historic step for workers.", "the deal as a historic step for workers",
     "The union"),
    ("The opposition criticised the budget as a gift to the banks.", "the budget as a gift to the banks",
     "The opposition"),
    ('The ministry dismissed the report as "pure fiction" on Monday.', 'the report as "pure fiction"',
     "The ministry"),
])
def test_judging_an_object_as_something_is_reported_speech(analyze, text, content, speaker):
    assert _indirect(analyze(text)) == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "The ministry condemned the strike, which it denounced as a threat to peace.",
    "The council denounced the raid and rejected the new curfew.",
])
def test_no_proposition_left_for_a_judging_verb(analyze, text):
    assert _indirect(analyze(text)) == []


def test_what_it_called_gives_a_quote_only_with_marks(analyze):
    assert _indirect(analyze('Norway condemned what its foreign ministry called "an unprovoked attack".'))
    assert _indirect(analyze("The coast guard condemned what it called a dangerous attack on a supply boat.")) == []


def test_fragment_of_a_named_claim_under_a_judging_verb_is_the_claimants(analyze):
    doc = analyze('Ivo Marek rejected a claim by Lena Fisk that "the pier is unsafe".')
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [('that "the pier is unsafe"', "Lena Fisk")]
