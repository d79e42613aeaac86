"""Events of the thirty-first round (e9; docs/events.md, "Round 31e9"): the two "not coded" gates
that compare a token's head with the clause verb now compare by index (a spaCy ``Token`` is made
anew at each access, so ``tok.head is x`` was never true and the gates read only the clause verb
itself, never its object, its infinitive or its second conjunct); a hostile measure its doer says
it will take is a threat. Texts written for this project, each with a negative."""

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


# --- a hostile measure its doer says it will take is a threat (``_vowed_measure``) ------------------

@pytest.mark.parametrize("text", [
    "Latvia will take reciprocal measures against Belarus, the minister said.",
    "Estonia will not hesitate to take further measures against Moscow.",
    "Japan will continue to take all necessary measures against violations of its airspace by Chinese aircraft.",
    "If Minsk does not reply by Friday, Vilnius will take retaliatory measures against Belarus.",
])
def test_a_vowed_measure_is_a_threat(pipeline, text):
    doc = pipeline(text)
    threats = events_with_word(doc, "THREATEN", "take")
    assert threats and threats[0].mode == "asserted", event_cues(doc)
    assert not events_with_word(doc, "SANCTION", "take"), event_cues(doc)


@pytest.mark.parametrize("text, mode", [
    ("The EU does not intend to take reciprocal measures against Tunisia.", "negated"),
    ("Poland will not take reciprocal measures against Belarus.", "negated"),
    ("Should Minsk take further measures against Lithuanian diplomats, Vilnius will respond.", None),
])
def test_a_measure_withheld_or_conditioned_stays_a_sanction(pipeline, text, mode):
    doc = pipeline(text)
    assert not events_with_word(doc, "THREATEN", "take"), event_cues(doc)
    sanctions = events_with_word(doc, "SANCTION", "take")
    assert sanctions and (mode is None or sanctions[0].mode == mode), event_cues(doc)
