"""Quotes, round 14 of issue 17 (recall of indirect speech): reported content whose subject the
parse took for the cue's object, set off from its verb by a phrase between commas ("claimed the
government, in its haste, is ignoring the courts"), a "that" clause after a time phrase that the
parse hangs elsewhere ("told reporters after the briefing that ..."), and a noun of speech before
"is that" ("The allegation is that ..."). All sentences are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)


def _indirect(doc) -> list[tuple[str, str]]:
    return [(q.text, q.speaker_text) for q in doc.quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content", [
    ("The opposition has claimed the government, in its haste, is ignoring the courts.",
     "the government, in its haste, is ignoring the courts"),
    ("Residents have complained the factory, especially at night, is polluting the river.",
     "the factory, especially at night, is polluting the river"),
    ("The union argued the company, more than any other, was to blame.",
     "the company, more than any other, was to blame"),
])
def test_content_subject_parsed_as_the_cues_object(analyze, text, content):
    assert [t for t, _ in _indirect(analyze(text))] == [content]


@pytest.mark.parametrize("text, content", [
    ("The ministry denied the report, and said it would sue.", "it would sue"),
    ("Critics say the ministry, along with two agencies, has hidden the report.",
     "the ministry, along with two agencies, has hidden the report"),
])
def test_object_and_clause_left_as_they_were(analyze, text, content):
    assert [t for t, _ in _indirect(analyze(text))] == [content]


@pytest.mark.parametrize("text, content", [
    ("The Peruvian presidency's spokeswoman, Rosa Mendez, told reporters after the conference that work on "
     "the railway would begin in 2027 and take about eight years.",
     "that work on the railway would begin in 2027 and take about eight years"),
    ("Mira Solberg told reporters after the briefing that work on the pier would begin in May.",
     "that work on the pier would begin in May"),
    ("The mayor told journalists after the vote that the bridge would reopen in May.",
     "that the bridge would reopen in May"),
])
def test_that_clause_after_a_time_phrase(analyze, text, content):
    assert [t for t, _ in _indirect(analyze(text))] == [content]


@pytest.mark.parametrize("text", [
    "The envoy spoke to reporters after the meeting that ended the summit.",
    "The envoy left after the meeting that ended the summit was over.",
])
def test_relative_that_after_a_time_phrase_is_no_content(analyze, text):
    assert _indirect(analyze(text)) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("The allegation against the mayor is that, during his second term, he blocked an audit of the port.",
     "that, during his second term, he blocked an audit of the port", None),
    ("Dahl's position is that the treaty must be ratified by parliament first.",
     "that the treaty must be ratified by parliament first", "Dahl's"),
])
def test_speech_noun_is_that_clause(analyze, text, content, speaker):
    assert _indirect(analyze(text)) == [(content, speaker)]


def test_other_noun_is_that_clause_is_no_quote(analyze):
    assert _indirect(analyze("The problem is that the bridge is old.")) == []


@pytest.mark.parametrize("text, content", [
    ("The envoy reaffirmed that the border would stay open.", "that the border would stay open"),
    ("The audit found that the funds had been moved abroad.", "that the funds had been moved abroad"),
    ("The ministry disputed that any soldiers had crossed the river.", "that any soldiers had crossed the river"),
    ("The minister repeated that no new taxes would be raised.", "that no new taxes would be raised"),
])
def test_new_cue_verbs_take_a_that_clause(analyze, text, content):
    assert [t for t, _ in _indirect(analyze(text))] == [content]


def test_speech_noun_owned_by_a_pronoun_speaks_for_its_antecedent(analyze):
    doc = analyze("Foreign Minister Ana Duarte spoke in Lisbon on Monday. Her position is that the treaty must be "
                  "ratified by parliament first.")
    names = {a.id: a.name for a in doc.actors}
    quote = next(q for q in doc.quotes if q.text.startswith("that the treaty"))
    assert names.get(quote.speaker) == "Ana Duarte"


def test_speech_noun_in_the_texts_own_voice_is_no_quote(analyze):
    assert _indirect(analyze("Our position is that the treaty must be ratified by parliament first.")) == []
