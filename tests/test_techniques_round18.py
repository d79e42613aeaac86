"""Round 18 of issue 18 (docs/rhetoric.md, "Round 18: technique labels and spans"): a sentence with one
exaggeration cue is a persuasive passage (an overstatement is said of the whole claim), while one
loaded word or one label alone still is not; "the entire" is a plain quantifier, a hint only; and
superlatives of measure ("tallest", "coldest", "busiest") are not exaggeration. Every passage is
written for the test."""

from __future__ import annotations

import pytest

from conftest import technique_spans

EXAGGERATION = "Exaggeration,Minimisation"
LOADED = "Loaded_Language"


def passages(nlp, text: str) -> list[str]:
    """The texts of the persuasive passages (summary) of ``text``."""
    from communique.document import Document
    from communique.rhetoric.summary import persuasive_passages
    from communique.rhetoric.techniques import find_techniques

    doc = nlp(text)
    document = Document(text=text)
    document.techniques = find_techniques(text, doc)
    return [p["text"] for p in persuasive_passages(document, doc)]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    "The mayor called it the worst budget the county has seen.",
    "Officials absolutely refused to answer the petition.",
    "The new tariff triggered a massive wave of layoffs across the valley.",
    "It was the biggest giveaway to the casino lobby in memory.",
])
def test_round18_one_exaggeration_cue_makes_a_passage(nlp, text):
    assert passages(nlp, text) == [text]


@pytest.mark.issue(18)
def test_round18_only_the_overstated_sentence_is_a_passage(nlp):
    text = "The ferry sailed at noon. Critics called the fare rise a totally cynical move."
    assert passages(nlp, text) == ["Critics called the fare rise a totally cynical move."]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    # one loaded word, one place: a technique span, not a passage
    "The vicious campaign ended on Friday.",
    # plain reports
    "The council approved the harbour budget on Tuesday.",
    "The crew worked through the entire night to repair the bridge.",
    "The tallest tower in the city opened on Monday.",
])
def test_round18_no_passage(nlp, text):
    assert passages(nlp, text) == []


@pytest.mark.issue(18)
def test_round18_two_places_still_make_a_passage(nlp):
    text = "The corrupt mayor signed a disgraceful deal with the developers."
    assert passages(nlp, text) == [text]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    "The entire board resigned on Monday after the audit.",
    "Volunteers cleaned the entire beach before the race.",
    "Tuesday was the coldest day of the winter in the capital.",
    "The busiest crossing on the border reopened at dawn.",
    "Engineers chose the widest span the river allowed.",
])
def test_round18_plain_quantifiers_and_measures_are_not_exaggeration(nlp, text):
    assert technique_spans(nlp, text, EXAGGERATION) == []


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,span", [
    ("This is the dumbest scheme the council has ever passed.", "dumbest scheme"),
    ("Rents in the harbour district reached unprecedented levels this summer.", "unprecedented levels"),
])
def test_round18_overstatements_stay_exaggeration(nlp, text, span):
    assert any(span in s for s in technique_spans(nlp, text, EXAGGERATION)), technique_spans(nlp, text, EXAGGERATION)


@pytest.mark.issue(18)
def test_round18_the_entire_still_labels_a_known_span():
    """A hint still labels a span already known to be persuasive (``classify_span``)."""
    from communique.rhetoric.lexicon import technique_cues

    cue = next(c for c in technique_cues() if c.id == "exagge-the_entire")
    assert cue.hint and cue.technique == EXAGGERATION


@pytest.mark.issue(18)
def test_round18_persuasive_lines_in_a_row_are_one_stretch(nlp):
    """``persuasive_spans`` (span identification): passages on consecutive lines join, across
    quotation marks too; a plain line between them keeps them apart."""
    from communique.document import Document
    from communique.rhetoric.summary import persuasive_spans
    from communique.rhetoric.techniques import find_techniques

    first = "The corrupt mayor signed a disgraceful deal."
    second = "His cowardly aides hid the shameful contract."
    plain = "The council meets on Tuesday."
    quoted = f"{first}\n“What a disgrace!”"  # the exclamation's span starts after its quotation mark
    for text, expected in ((f"{first}\n{second}", 1), (quoted, 1), (f"{first}\n{plain}\n{second}", 2)):
        doc = nlp(text)
        document = Document(text=text)
        document.techniques = find_techniques(text, doc)
        spans = persuasive_spans(document, doc)
        assert len(spans) == expected, (text, spans)
        assert spans[0][0] == 0 and spans[-1][1] >= len(text) - 2
