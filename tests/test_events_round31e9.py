"""Events of the thirty-first round (e9): the two "not coded" gates that compare a token's head
with the clause verb now compare by index (docs/events.md, "Round 31e9"). A spaCy ``Token`` is made
anew at each access, so ``tok.head is x`` was never true and the gates read only the clause verb
itself, never its object, its infinitive or its second conjunct. Texts written for this project,
each with a negative told as done."""

from __future__ import annotations

import pytest
from conftest import event_cues, events_with_word

from communique.events.extract import _condition_clause, embedded_question


@pytest.mark.parametrize("text, type_, word", [
    # an infinitive of the condition's verb ("agrees to withdraw"): the withdrawal is a condition
    ("Ukraine will keep fighting unless Russia agrees to withdraw its troops from Kherson.", "RETREAT", "withdraw"),
    # the second conjunct of a clause asked about with "whether"
    ("The ministry did not say whether Moscow would expel the Estonian diplomats or close the consulate "
     "in Narva.", "SANCTION", "close"),
    ("The ministry did not say whether Minsk would expel the Lithuanian envoy or close the embassy in "
     "Vilnius.", "SANCTION", "close"),
])
def test_an_act_under_a_condition_or_a_question_is_not_coded(pipeline, text, type_, word):
    doc = pipeline(text)
    assert not events_with_word(doc, type_, word), event_cues(doc)


@pytest.mark.parametrize("text, type_, word", [
    ("Ukraine said Russia had agreed to withdraw its troops from Kherson.", "RETREAT", "withdraw"),
    ("Moscow expelled the Estonian diplomats and closed the consulate in Narva.", "SANCTION", "close"),
    ("Minsk expelled the Lithuanian envoy and closed the embassy in Vilnius.", "SANCTION", "close"),
])
def test_the_same_act_told_as_done_is_coded(pipeline, text, type_, word):
    doc = pipeline(text)
    assert events_with_word(doc, type_, word), event_cues(doc)


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.lower_ == word)


@pytest.mark.parametrize("text, word, expected", [
    ("Kyiv will not sign unless Moscow agrees to withdraw its troops.", "withdraw", True),
    ("Kyiv will not sign unless Moscow withdraws its troops.", "withdraws", True),
    ("Kyiv signed after Moscow agreed to withdraw its troops.", "withdraw", False),
])
def test_condition_clause_reads_the_infinitive_of_the_clause(nlp, text, word, expected):
    assert _condition_clause(_token(nlp, text, word)) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("He did not say whether Tanzania would recall the envoy or close the embassy.", "close", True),
    ("He did not say whether Tanzania would recall the envoy.", "recall", True),
    ("He said Tanzania would recall the envoy and close the embassy.", "close", False),
])
def test_embedded_question_reads_the_second_conjunct(nlp, text, word, expected):
    assert embedded_question(_token(nlp, text, word)) is expected
