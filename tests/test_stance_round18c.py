"""Author stance, round 18d (issue 18): how far each kind of evidence can be trusted.

On the development and open op-eds every evidence kind agrees with the gold sign of its actor at
0.89 or better (``benchmarks/stance_precision.py``); the sentiment model beside evidence agrees for
0.58 of the actors. So the model weighs ``MODEL_WEIGHT`` = 0.15 beside evidence (was 0.3): one weak
piece of the author's own evidence is no longer pushed into the dead zone by a contrary model, and
the model alone still gives the author no position in an opinion text.

Passages written for this test.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, author_stance, benchmark, opinion_piece

from communique.rhetoric import stance

HEAD = "The lake and the border\n\nBy Tomas Reiter, columnist\n\n"
OPENING = "Uganda and Kenya share a lake, a railway and a long list of promises. Both capitals like to talk."
CLOSING = "There is still time to change course. A fair deal is cheaper than a long quarrel."

_piece = opinion_piece(HEAD, OPENING, CLOSING)


@pytest.mark.issue(18)
def test_one_weak_piece_of_evidence_outweighs_a_contrary_model():
    polarity = stance.combined_polarity([-0.5], 1.0)
    assert polarity < -stance.NO_POSITION  # (-0.5 + 0.15) / (0.5 + 0.35 + 0.15) = -0.35
    assert stance.combined_polarity([0.5], -1.0) > stance.NO_POSITION


@pytest.mark.issue(18)
def test_the_model_beside_evidence_still_counts_a_little():
    assert stance.combined_polarity([-0.7], -0.8) < stance.combined_polarity([-0.7], None)
    assert stance.combined_polarity([-0.7], 0.8) > stance.combined_polarity([-0.7], None)


@pytest.mark.issue(18)
def test_the_model_alone_is_clipped_only_where_asked():
    assert stance.combined_polarity([], 0.6, clip_model=True) == stance.NEUTRAL_MAX_POLARITY
    assert stance.combined_polarity([], -0.6, clip_model=True) == -stance.NEUTRAL_MAX_POLARITY
    assert stance.combined_polarity([], -0.6) == -0.6
    assert stance.combined_polarity([], None) == 0.0


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor,sign,reason", [
    ("The government of Uganda treated the fishermen with cruel contempt.", "UGA", "-", "evaluative"),
    ("Nairobi has been a generous and patient neighbour to the fishing towns.", "KEN", "+", ""),
    ("Ugandan soldiers shelled the fishing villages on the shore last spring.", "UGA", "-", "ASSAULT"),
    ("We stand with Nairobi in its call for an open inquiry into the lake killings.", "KEN", "+", "side-taking"),
])
def test_evidence_kinds_that_can_be_trusted_keep_their_sign(sentence, actor, sign, reason):
    assert_author_sign(_piece(sentence), actor, sign, reason)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor", [
    ("Tanzania hosted a conference on the lake's fish stocks in March.", "TZA"),
    ("Delegates from Rwanda arrived in the rain and left in the sun.", "RWA"),
])
def test_an_actor_named_in_passing_in_an_opinion_piece_gets_no_position(sentence, actor):
    text = _piece("The government of Uganda treated the fishermen with cruel contempt. " + sentence
                  + " Nairobi has been a generous and patient neighbour.")
    record = author_stance(text).get(actor)
    assert record is None or benchmark("eval_opeds").sign_of(record.polarity) == "0", record


@pytest.mark.issue(18)
def test_an_evidence_kind_names_its_family_and_where_it_was_shared_from():
    kind = benchmark("stance_precision").kind
    assert kind("evaluative 'cruel'") == "evaluative"
    assert kind("the author asserts ASSAULT (shelled), via its organ 'Ugandan army'") == "the author asserts ASSAULT+organ"
    assert kind("sarcasm 'so-called', about its leader") == "sarcasm+leader"
    assert kind("sentence sentiment (fast model, -0.40)") == "model"


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,ally,other", [
    ("We side with Nairobi against Kampala.", "KEN", "UGA"),
    ("We stand with Nairobi against Kampala's cruelty.", "KEN", "UGA"),
    ("We will always stand with Kampala against Nairobi.", "UGA", "KEN"),
])
def test_side_taking_puts_the_object_of_against_on_the_other_side(sentence, ally, other):
    assert_author_sign(_piece(sentence), ally, "+", "side-taking")
    assert_author_sign(_piece(sentence), other, "-", "the other side")


@pytest.mark.issue(18)
def test_against_a_thing_puts_no_actor_on_the_other_side():
    text = _piece("We stand with Nairobi against the floods.")
    assert not any("the other side" in r for r in author_reasons(text, "UGA"))
    assert not any("the other side" in r for r in author_reasons(text, "KEN"))
    assert_author_sign(text, "KEN", "+", "side-taking")
