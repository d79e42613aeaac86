"""Sentence cues of the structure stage's commentary-vs-news model (sentences written for these tests)."""

from __future__ import annotations

import pytest

from communique.structure.subjectivity import (
    COMMENTARY_THRESHOLD,
    commentary_probability,
    features,
    guideline_cues,
    quoted_share,
)


def _sent(nlp, text):
    return nlp(text)[:]


@pytest.mark.parametrize("text, low, high", [
    ('"We will not sign any deal that leaves our farmers worse off," the minister told reporters.', 0.6, 1.0),
    ("The minister called the plan a “betrayal” of farmers.", 0.0, 0.0),  # scare quote, not a quotation
    ("The minister rejected the plan on Tuesday.", 0.0, 0.0),
    ('He said the talks were "useful but far from over for both delegations" and left.', 0.4, 0.8),
])
def test_quoted_share_counts_quotations_not_scare_quotes(nlp, text, low, high):
    assert low <= quoted_share(_sent(nlp, text)) <= high


@pytest.mark.parametrize("text, cue, expected", [
    ('"We will not sign any deal that leaves our farmers worse off," the minister said.', "attributed_quote", 1.0),
    ("The harbour reopened after the storm, according to the port authority.", "attributed", 1.0),
    ("The harbour reopened after the storm.", "attributed", 0.0),
    ("Nobody in the capital admits that anything went wrong.", "generalisation", 2.0),
    ("The delegation arrived in Nairobi on Monday.", "generalisation", 0.0),
    ("Of course, the ministers will clearly blame the weather.", "stance_adverb", 2.0),
    ("The ministers blamed the weather.", "stance_adverb", 0.0),
    ("I think the ceasefire will not hold.", "own_cognition", 1.0),
    ("The envoy thinks the ceasefire will not hold.", "own_cognition", 0.0),
    ("Do they really believe the sanctions will work?", "rhetorical_question", 1.0),
    ("The talks ended without agreement.", "rhetorical_question", 0.0),
    ("The new tariff is reckless.", "predicative_adjective", 1.0),
    ("The treaty was a grave mistake.", "judging_noun", 1.0),
])
def test_guideline_cues(nlp, text, cue, expected):
    assert guideline_cues(_sent(nlp, text))[cue] == expected


def test_features_are_named_by_family(nlp):
    f = features(_sent(nlp, "The treaty was a grave mistake."))
    assert "cue:evaluative" in f and "gl:judging_noun" in f
    if nlp.vocab.vectors.shape[0]:
        assert "vec:0" in f


@pytest.mark.parametrize("text, commentary", [
    ("We must stop pretending that these sanctions will ever work.", True),
    ("Surely nobody still believes this government cares about ordinary families?", True),
    ("The ministry said on Tuesday that 1,200 troops had crossed the border near Kursk.", False),
    ('"Our forces will withdraw by March 3," the defence minister told reporters in Paris.', False),
])
def test_commentary_probability_separates_clear_cases(nlp, text, commentary):
    p = commentary_probability(_sent(nlp, text))
    assert 0.0 <= p <= 1.0
    assert (p > COMMENTARY_THRESHOLD) is commentary, p
