"""Author stance, round 35s35 (issue 18): a deserved share of blame or credit, and a contrast by "unlike".

``stance_evidence._deserved_evidence`` reads the "of" object of a share ("deserves its share of the blame"); the new
``_unlike_evidence`` carries a sign across "unlike X": what the writer's rules say of the clause's subject gives X
the opposite sign, and where the clause says nothing of its subject, an X the writer judges by rules elsewhere gives
the subject the opposite of X's sign. Every passage below was written for this test (a wine town, two capitals, a
water board); docs/rhetoric.md "Round 35s35" has the measurements.
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, has_reason, opinion_piece

_TOWN = opinion_piece(
    "Our vines are not a lever\n\nBy a grower from the valley\n\n",
    "Every autumn my family presses its grapes and sells the wine to buyers abroad.",
    "We will plant again in the spring. The valley has outlived harder years than this one.")

_KREMLIN = "The Kremlin banned our wine twice and lied about our laboratories. "


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage, name, sign, reason", [
    ("The Marsh Water Board deserves its share of the blame. It drained the wetland last May.",
     "Marsh Water Board", -1, "deserves 'blame'"),
    ("The Coastal Rescue Service deserves a share of the credit for the calm summer.",
     "Coastal Rescue Service", 1, "deserves 'credit'"),
    ("The Valley Water Trust has earned its part of the credit for the clean river.",
     "Valley Water Trust", 1, "deserves 'credit'"),
])
def test_a_deserved_share_is_what_is_deserved(passage, name, sign, reason):
    polarity, reasons = author_polarity(_TOWN(passage), name)
    assert has_reason(reasons, reason), reasons
    assert polarity * sign >= 0.2, (polarity, reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage, name", [
    ("Analysts say the Marsh Water Board has a share of the regional market.", "Marsh Water Board"),
    ("The Marsh Water Board bears no part of the cost of the new canal.", "Marsh Water Board"),
    ("The Marsh Water Board sold its share of the canal company last May.", "Marsh Water Board"),
    ("The Marsh Water Board deserves a share of the new budget, the minister said.", "Marsh Water Board"),
])
def test_a_share_of_something_else_is_no_blame(passage, name):
    _, reasons = author_polarity(_TOWN(passage), name)
    assert not has_reason(reasons, "deserves 'blame'"), reasons


@pytest.mark.issue(18)
def test_a_share_of_blame_not_deserved_is_no_blame():
    """As with "deserve" elsewhere, the negation turns the sign: no negative reading."""
    polarity, reasons = author_polarity(_TOWN("The Marsh Water Board does not deserve its share of the blame; the "
                                              "drought does."), "Marsh Water Board")
    assert polarity > -0.2, (polarity, reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage, name, sign", [
    # the clause judges its subject: the other side takes the opposite sign
    ("Unlike Warsaw, Moscow cruelly banned our wine and lied about the tests.", "Warsaw", 1),
    # the clause says nothing of its subject: set against a capital the writer condemns
    (_KREMLIN + "Unlike Moscow, Warsaw kept every one of its orders this autumn.", "Poland", 1),
    (_KREMLIN + "Warsaw, unlike Moscow, kept every one of its orders this autumn.", "Poland", 1),
])
def test_a_contrast_by_unlike_carries_the_opposite_sign(passage, name, sign):
    polarity, reasons = author_polarity(_TOWN(passage), name)
    assert has_reason(reasons, "contrast 'unlike'"), reasons
    assert polarity * sign >= 0.2, (polarity, reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage, name", [
    # a description, not a deed
    ("The Kremlin lied about our laboratories. Unlike Moscow, Warsaw is a capital on the Vistula.", "Poland"),
    # unasserted or negated clause
    ("The Kremlin lied about our laboratories. Unlike Moscow, Warsaw may keep its orders if prices fall.", "Poland"),
    (_KREMLIN + "Unlike Moscow, Warsaw has not yet decided whether to buy.", "Poland"),
    # the other side judged by nobody: nothing to carry
    ("Unlike France, Germany held its election in the spring.", "Germany"),
    ("Unlike France, Germany held its election in the spring.", "France"),
    # inside a quote of someone else
    ('Our importer put it plainly: "Unlike Warsaw, Moscow cruelly banned your wine."', "Warsaw"),
])
def test_a_contrast_with_nothing_to_carry_gives_nothing(passage, name):
    _, reasons = author_polarity(_TOWN(passage), name)
    assert not has_reason(reasons, "contrast 'unlike'"), reasons
