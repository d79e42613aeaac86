"""Author stance, round 28o1 (issue 18): favoured actors praised by an ordinary description of their work.

Blind op-ed sets keep finding the attacked actors and missing the favoured ones, most of them in the dead zone with
the sentence model as their only evidence. Three evidence rules for the favoured, each on the writer's own voice:
watchdog deeds that need no wrong named ("sent observers", "took statements", "answered questions") join the care
deeds, so that two of them praise their doer; an actor told doing its (their, your) duty, job or work in a main
clause ("did your work for you") is praised; and an actor whose lead or example the holder wants followed in the
possessive form ("follow Dhaka's lead", "the example set by X") is taken as a model. The passages below were written
for this test, in genres the op-eds do not use (a school board, a harbour, a mountain rescue, a bus route).
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, has_reason, opinion_piece

_SCHOOLS = opinion_piece(
    "Count the closed classrooms\n\nBy a parent governor in the Drumlin district\n\n",
    "The district board closed four village schools in one summer, without a single public hearing.",
    "We will keep counting the closed classrooms, and we will publish the count every term.")
_HARBOUR = opinion_piece(
    "The harbour that nobody dredged\n\nBy the skipper of a small trawler\n\n",
    "The port authority has taken our fees for eleven years and dredged nothing.",
    "We will go on sailing at high tide only, until someone does the work.")
_BUSES = opinion_piece(
    "The last bus leaves at six\n\nBy a nurse who works night shifts\n\n",
    "The regional transport office cut the evening buses in March and never told the riders why.",
    "We ask for one thing: a bus after ten at night.")


# 1. Two watchdog deeds with no wrong named in their sentence praise their doer (care deeds).
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_SCHOOLS, "The Drumlin Parents' Forum sent observers to every board meeting, took statements from the teachers "
               "and published them in the village hall.", "Drumlin Parents' Forum"),
    (_HARBOUR, "The Skerry Fishermen's Guild sent inspectors along the channel and answered questions from every crew "
               "that asked.", "Skerry Fishermen's Guild"),
])
def test_watchdog_deeds_without_a_wrong_praise_their_doer(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "praise by deeds"), reasons


@pytest.mark.issue(18)
def test_one_watchdog_deed_alone_is_no_praise():
    _, reasons = author_polarity(_SCHOOLS("The Drumlin Parents' Forum sent observers to the board meeting in May."),
                                 "Drumlin Parents' Forum")
    assert not has_reason(reasons, "praise by deeds"), reasons


# 2. A duty, job or work done, told in a main clause, whoever's it was ("your work").
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_HARBOUR, "The Skerry Fishermen's Guild did your work for you, with a borrowed boat and a plumb line.",
     "Skerry Fishermen's Guild"),
    (_BUSES, "The Hollin Riders' Union did its homework and counted every passenger on the late route.",
     "Hollin Riders' Union"),
])
def test_a_duty_done_in_a_main_clause_praises_its_doer(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "duty done"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", [
    "The Hollin Riders' Union did not do its homework before the vote.",
    "Did the Hollin Riders' Union do its homework before the vote?",
    "The Hollin Riders' Union says it did its homework before the vote.",
    "The Hollin Riders' Union should do its homework before the vote.",
])
def test_a_duty_not_told_as_done_is_no_praise(passage):
    _, reasons = author_polarity(_BUSES(passage), "Hollin Riders' Union")
    assert not has_reason(reasons, "duty done"), reasons


# 3. A lead or example the holder wants followed, in the possessive or "set by" form; against when negated.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,sign", [
    (_SCHOOLS, "Other districts should follow Fellside District Council's lead and hold their hearings in the villages.",
     "Fellside", 1),
    (_BUSES, "Every transport office in the region should follow the example set by Kendal Council.", "Kendal", 1),
    (_HARBOUR, "The port authority must not follow the Brackwater Harbour Board's example.", "Brackwater", -1),
])
def test_a_lead_to_follow_takes_a_side(piece, passage, actor, sign):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity * sign > 0.2, (polarity, reasons)
    assert has_reason(reasons, "side-taking 'follow ..."), reasons


@pytest.mark.issue(18)
def test_following_a_road_is_no_side():
    _, reasons = author_polarity(_BUSES("The Kendal Council buses follow the river road to the hospital."), "Kendal")
    assert not has_reason(reasons, "side-taking 'follow"), reasons
