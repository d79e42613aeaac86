"""Round 29t1 of issue 18 (docs/rhetoric.md, "Round 29t1: coordinated loaded words, phrases said
again"): two extent and label rules measured on the PTC development split.

* a loaded word or label whose head is coordinated with words of its own part of speech spans the
  whole coordination ("cruel, reckless and vicious"), up to COORDINATION_MAX_TOKENS tokens;
* a Loaded_Language, Name_Calling, Exaggeration or Slogans phrase used MIN_REPEATS+ times
  in a text is Repetition at its second and later uses (``rule:said-again``), never at the first.

Every sentence is written for the test."""

from __future__ import annotations

import pytest

from communique.rhetoric.techniques import COORDINATION_MAX_TOKENS, MIN_REPEATS, _said_again, find_techniques

LOADED = "Loaded_Language"
REPETITION = "Repetition"
SAID_AGAIN = "rule:said-again"


def _spans(nlp, text, technique):
    return [t.text for t in find_techniques(text, nlp(text)) if t.technique == technique]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text, span", [
    ("The new tariff is cruel, reckless and vicious.", "cruel, reckless and vicious"),
    ("The governor's statement was arrogant and shameless.", "arrogant and shameless"),
])
def test_round29t1_coordinated_loaded_words_share_one_span(nlp, text, span):
    assert _spans(nlp, text, LOADED) == [span]


@pytest.mark.issue(18)
def test_round29t1_long_coordination_keeps_word_spans(nlp):
    text = "The ruling party is cruel, reckless, greedy, corrupt, petty, vain and vicious."
    doc = nlp(text)
    assert len(doc[4:doc[-1].i]) > COORDINATION_MAX_TOKENS  # the list is longer than the cap
    loaded = _spans(nlp, text, LOADED)
    assert "cruel" in loaded and all(" " not in s for s in loaded)


@pytest.mark.issue(18)
def test_round29t1_uncoordinated_span_unchanged(nlp):
    assert _spans(nlp, "The council called it a vicious plan.", LOADED) == ["vicious plan"]


_THRICE = ("The ministry keeps talking about a witch hunt. Every week its spokesman denounces the witch "
           "hunt in court. The deputies call the inquiry a witch hunt too.")
_TWICE = "The ministry keeps talking about a witch hunt. The deputies call the inquiry a witch hunt too."


@pytest.mark.issue(18)
def test_round29t1_phrase_said_again_is_repetition_after_its_first_use(nlp):
    found = [t for t in find_techniques(_THRICE, nlp(_THRICE)) if SAID_AGAIN in t.cue]
    first = _THRICE.index("witch hunt")
    assert len(found) == MIN_REPEATS - 1
    assert all(t.technique == REPETITION and t.start > first for t in found)


@pytest.mark.issue(18)
def test_round29t1_phrase_said_twice_is_not_repetition(nlp):
    assert not [t for t in find_techniques(_TWICE, nlp(_TWICE)) if SAID_AGAIN in t.cue]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text, expected", [
    # any case, whole words only: "Sham" at the start of a sentence counts, "shampoo" does not
    ("a sham vote. Sham votes aside, the sham vote stands. Another sham vote came.", 2),
    ("a sham vote. The shampoo vote. A sham votes list.", 0),
])
def test_round29t1_said_again_matches_whole_words_in_any_case(text, expected):
    start = text.index("sham vote")
    found = list(_said_again(text, [(LOADED, start, start + len("sham vote"))]))
    assert len(found) == expected
    assert all(text[s:e].lower() == "sham vote" for s, e, _ in found)


@pytest.mark.issue(18)
def test_round29t1_said_again_skips_a_link_line(nlp):
    """A later use on a line with a link or a handle (an embed or a credit line) is not prose: the
    other techniques drop such lines, and so does Repetition (round 29, review)."""
    text = _THRICE + "\nRead more: https://example.org/story @ministry witch hunt"
    found = [t for t in find_techniques(text, nlp(text)) if SAID_AGAIN in t.cue]
    assert found and all(t.start < len(_THRICE) for t in found)
