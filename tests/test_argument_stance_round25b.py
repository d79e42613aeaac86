"""Author stance, round 25b (issue 18): favoured actors told by their deeds for the writer's side.

The open round 31 (oped-117..119) lost favoured actors the writer praises only by what they did: a state whose
officials handed the exiled writers papers, a commission that heard them and ordered protection for their kin, a
state among the first to call for a moratorium. The passages below were written for this test, in genres the
op-eds do not use (a tenants' union, a flooded valley, a miners' union, a seed bank); each mechanism has guards.
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, has_reason, opinion_piece

_TENANTS = opinion_piece(
    "Evicted in winter\n\nBy the committee of the Riverside Tenants' Union\n\n",
    "Our members lived for thirty years in the six blocks by the old gasworks.",
    "We will meet again in the church hall on the first Monday of the month.")
_VALLEY = opinion_piece(
    "The water came at night\n\nBy the council of the Upper Vell villages\n\n",
    "Our villages sit below a reservoir that nobody has inspected in a decade.",
    "We will hold a vigil at the dam on the anniversary of the flood.")
_MINERS = opinion_piece(
    "The shaft was closed, the debts were not\n\nBy the secretary of a miners' union\n\n",
    "Our members worked the northern seams until the last shaft closed in March.",
    "We will march to the regional capital on the first of May.")


# 1. A deed of help or giving done for "us", "me", "several of us" or "our" people counts for its doer.
_FOR_US = [
    (_TENANTS, "When the bailiffs came, the Saint Brendan Housing Trust gave us keys to forty empty flats within a "
               "week.", "Saint Brendan Housing Trust"),
    (_VALLEY, "The Vell Valley Relief Committee sheltered our families in its hall for the whole of January.",
     "Vell Valley Relief Committee"),
    (_MINERS, "The Coalfield Legal Aid Centre, for its part, defended several of us in court without charging a "
              "penny.", "Coalfield Legal Aid Centre"),
    (_VALLEY, "The Provincial Ombudsman ordered emergency measures to protect our children at the school by the "
              "river.", "Provincial Ombudsman"),
]
# Guards: a negated deed, a promise, a modal, a question, a thing of ours received, a harm dressed as a gift.
_FOR_US_GUARDS = [
    (_TENANTS, "The Saint Brendan Housing Trust did not give us a single key when the bailiffs came.",
     "Saint Brendan Housing Trust"),
    (_VALLEY, "The Vell Valley Relief Committee promised to shelter our families in its hall.",
     "Vell Valley Relief Committee"),
    (_MINERS, "The Coalfield Legal Aid Centre could defend several of us in court.", "Coalfield Legal Aid Centre"),
    (_VALLEY, "Did the Provincial Ombudsman protect our children at the school by the river?", "Provincial Ombudsman"),
    (_TENANTS, "The Saint Brendan Housing Trust received our letter in October.", "Saint Brendan Housing Trust"),
    (_MINERS, "The Northern Coal Board gave us two days to empty the lockers.", "Northern Coal Board"),
    (_MINERS, "The Northern Coal Board sent us back to the surface without our pay.", "Northern Coal Board"),
    (_TENANTS, "The Harbour Finance Company lent us money at eleven per cent for the deposit.",
     "Harbour Finance Company"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _FOR_US)
def test_a_deed_for_the_writers_side_counts_for_its_doer(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "deed for us"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _FOR_US_GUARDS)
def test_no_deed_for_us_when_negated_promised_asked_or_harmful(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not has_reason(reasons, "deed for us"), reasons


@pytest.mark.issue(18)
def test_an_actor_blamed_elsewhere_takes_no_deed_for_us():
    passage = ("The Northern Coal Board lied to the miners about the pensions and cheated every family in the "
               "valley. The Northern Coal Board gave us a bus to the regional capital.")
    _, reasons = author_polarity(_MINERS(passage), "Northern Coal Board")
    assert not has_reason(reasons, "deed for us"), reasons


# 2. A helper sent to look for or rescue people counts for the sender.
_SENT = [
    (_VALLEY, "When the dam broke, the Lakeland Coast Guard sent two boats to look for the missing shepherds.",
     "Lakeland Coast Guard"),
    (_MINERS, "The Silesian Mine Rescue Service dispatched a team to rescue the men trapped below the fourth level.",
     "Silesian Mine Rescue Service"),
    (_VALLEY, "The Alpine Rescue Association lent a helicopter to search for the families on the roofs.",
     "Alpine Rescue Association"),
]
_SENT_GUARDS = [
    (_VALLEY, "The Lakeland Coast Guard did not send a single boat to look for the missing shepherds.",
     "Lakeland Coast Guard"),
    (_MINERS, "The Silesian Mine Rescue Service should dispatch a team to rescue the men below the fourth level.",
     "Silesian Mine Rescue Service"),
    (_VALLEY, "The Alpine Rescue Association sent a letter to look into the cost of the repairs.",
     "Alpine Rescue Association"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _SENT)
def test_a_helper_sent_to_search_or_rescue_counts_for_the_sender(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "deed for us"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _SENT_GUARDS)
def test_no_sent_helper_when_negated_demanded_or_no_search(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not has_reason(reasons, "deed for us"), reasons


# 3. "(Among) the first (N) to" call for, defend, send, speak out ...: a pioneer of advocacy or help.
_PIONEER = [
    (_VALLEY, "Iceland was among the first states to call for an independent inspection of the old dams.", "Iceland"),
    (_MINERS, "The Federation of Mining Engineers was the first body to speak out about the gas readings.",
     "Federation of Mining Engineers"),
    (_TENANTS, "The Saint Brendan Housing Trust was one of the first charities to defend the evicted tenants in "
               "public.", "Saint Brendan Housing Trust"),
]
# Guards: "would be the first to" (a guess), negated, asked, the last to, a verb of no advocacy.
_PIONEER_GUARDS = [
    (_VALLEY, "Iceland would be the first state to call for an inspection if anyone asked it.", "Iceland"),
    (_MINERS, "The Federation of Mining Engineers was not the first body to speak out about the gas readings.",
     "Federation of Mining Engineers"),
    (_TENANTS, "Was the Saint Brendan Housing Trust really the first charity to defend the tenants?",
     "Saint Brendan Housing Trust"),
    (_VALLEY, "Iceland was the last state to call for an inspection of the old dams.", "Iceland"),
    (_MINERS, "The Federation of Mining Engineers was the first body to sell its offices in the capital.",
     "Federation of Mining Engineers"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _PIONEER)
def test_a_pioneer_of_advocacy_counts_for_the_actor(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "among the first to"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _PIONEER_GUARDS)
def test_no_pioneer_for_a_guess_a_negation_a_question_or_the_last(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not has_reason(reasons, "among the first to"), reasons


# 4. The work others left undone: "did the careful work that others skipped", "the job the ministry would not do".
_SKIPPED = [
    (_VALLEY, "The Vell Valley Relief Committee has done the careful work that others skipped: it measured every "
              "crack in the dam wall.", "Vell Valley Relief Committee"),
    (_MINERS, "The Coalfield Legal Aid Centre did the job that the labour inspectorate would not do.",
     "Coalfield Legal Aid Centre"),
    (_TENANTS, "The Saint Brendan Housing Trust did the homework that nobody else bothered with.",
     "Saint Brendan Housing Trust"),
]
# Guards: work with no one skipping it, a negated deed, a question.
_SKIPPED_GUARDS = [
    (_VALLEY, "The Vell Valley Relief Committee has done the work that it was paid for.",
     "Vell Valley Relief Committee"),
    (_MINERS, "The Coalfield Legal Aid Centre did not do the job that the inspectorate would not do.",
     "Coalfield Legal Aid Centre"),
    (_TENANTS, "Did the Saint Brendan Housing Trust do the homework that nobody else bothered with?",
     "Saint Brendan Housing Trust"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _SKIPPED)
def test_work_others_skipped_counts_for_the_actor(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "did the work others skipped"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _SKIPPED_GUARDS)
def test_no_skipped_work_without_skipping_or_when_negated_or_asked(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not has_reason(reasons, "did the work others skipped"), reasons


# 5. A herald of duty done: a sentence with no actor that announces "one" / "the only" one who did its duty, and the
# next sentence of the paragraph names it.
_HERALD = [
    (_VALLEY, "There is one agency that has acted as it should. The Vell Valley Relief Committee opened its hall "
              "the same night.", "Vell Valley Relief Committee"),
    (_MINERS, "There was only one service that did its job in March. The Silesian Mine Rescue Service went down the "
              "shaft within the hour.", "Silesian Mine Rescue Service"),
    (_TENANTS, "There is one landlord in this city that did the right thing. The Saint Brendan Housing Trust froze "
               "every rent for a year.", "Saint Brendan Housing Trust"),
]
# Guards: a question, a negated herald, a relative clause of no duty.
_HERALD_GUARDS = [
    (_VALLEY, "Is there one agency that has acted as it should? The Vell Valley Relief Committee opened its hall "
              "the same night.", "Vell Valley Relief Committee"),
    (_MINERS, "There is not one service that did its job in March. The Silesian Mine Rescue Service went down the "
              "shaft a day late.", "Silesian Mine Rescue Service"),
    (_TENANTS, "There is one landlord in this city that met the tenants twice. The Saint Brendan Housing Trust "
               "froze every rent for a year.", "Saint Brendan Housing Trust"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _HERALD)
def test_a_herald_of_duty_done_counts_for_the_next_subject(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "herald of duty done"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _HERALD_GUARDS)
def test_no_herald_when_asked_negated_or_no_duty(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not has_reason(reasons, "herald of duty done"), reasons
