"""Author stance, round 35s35 (issue 18): a deserved share of blame or credit, and a contrast by "unlike".

``stance_evidence._deserved_evidence`` reads the "of" object of a share ("deserves its share of the blame"); the new
``_unlike_evidence`` carries a sign across "unlike X": what the writer's rules say of the clause's subject gives X
the opposite sign, where X has no rule evidence of its own. After review (round 35s35's fix): the fallback that gave
a silent clause's subject the opposite of X's record and the rule on deeds against the writer's side were taken
out; "no" / "none of" turn a deserved thing's sign; a deserved thing reported from others or under "if" is not the
writer's; a contrast of degree carries nothing. Every passage below was written for this test (a wine town, two
capitals, a water board); docs/rhetoric.md "Round 35s35" has the measurements.
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
    # "no" / "none of" on the deserved thing or its share turns the sign
    ("The Marsh Water Board deserves no credit for the dry summer.", "Marsh Water Board", -1),
    ("The Marsh Water Board deserves no share of the credit for the dry summer.", "Marsh Water Board", -1),
    ("The Marsh Water Board deserves none of the credit for the dry summer.", "Marsh Water Board", -1),
    ("The Coastal Rescue Service deserves no share of the blame for the storm.", "Coastal Rescue Service", 1),
    # a quantifier as the share
    ("The Coastal Rescue Service deserves most of the credit for the calm summer.", "Coastal Rescue Service", 1),
    ("The Marsh Water Board deserves some of the blame for the flooded cellars.", "Marsh Water Board", -1),
])
def test_a_denied_or_quantified_share_is_read(passage, name, sign):
    polarity, reasons = author_polarity(_TOWN(passage), name)
    assert any(r.startswith("deserves '") for r in reasons), reasons
    assert polarity * sign >= 0.2, (polarity, reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage, name", [
    # reported from others, before or after the clause
    ("Critics say the Marsh Water Board deserves its share of the blame.", "Marsh Water Board"),
    ("The Marsh Water Board deserves its share of the blame, the boatmen say.", "Marsh Water Board"),
    ("The Marsh Water Board deserves the blame for the flooding, a council member told reporters on Monday.",
     "Marsh Water Board"),
    # conditional, modal
    ("If the Marsh Water Board deserves a share of the blame, so do the farmers who ignored its warnings.",
     "Marsh Water Board"),
    ("If the Marsh Water Board deserves the blame, so do the farmers who ignored its warnings.", "Marsh Water Board"),
    ("The Marsh Water Board may deserve some of the blame once the inquiry reports.", "Marsh Water Board"),
])
def test_a_deserved_share_not_told_by_the_writer_is_no_rule(passage, name):
    _, reasons = author_polarity(_TOWN(passage), name)
    assert not any(r.startswith("deserves '") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage, name, sign", [
    # the clause judges its subject: the other side, judged nowhere else, takes the opposite sign
    ("Unlike Warsaw, Moscow cruelly banned our wine and lied about the tests.", "Warsaw", 1),
    ("Unlike Vilnius, Moscow cruelly banned our cheese.", "Vilnius", 1),
    ("Unlike Riga, Minsk bravely kept its border open to our lorries.", "Riga", -1),
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
    # round 35s35's fix: a clause that judges nothing is no praise by contrast (the fallback was taken out)
    (_KREMLIN + "Unlike Moscow, Warsaw kept every one of its orders this autumn.", "Poland"),
    ("The Kremlin lied about our laboratories. Unlike Moscow, the Latvian government has yet to comment.", "Latvia"),
    (_KREMLIN + "Unlike Moscow, Vilnius banned our wine outright.", "Lithuania"),
    (_KREMLIN + "Unlike Moscow, Washington shrugged and moved on.", "United States"),
    # a contrast of degree: both sides lied; the side with a record of its own keeps it
    ("The Kremlin lied about our laboratories. Unlike Moscow, Vilnius cruelly lied only once.", "Russia"),
    (_KREMLIN + "Unlike Moscow, Vilnius cruelly closed its market to our wine.", "Russia"),
])
def test_a_contrast_with_nothing_to_carry_gives_nothing(passage, name):
    _, reasons = author_polarity(_TOWN(passage), name)
    assert not has_reason(reasons, "contrast 'unlike'"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage, name", [
    # the rule on deeds against the writer's side was taken out: a protective or routine act is not condemned
    ("The Harbour Police closed our street to traffic for the harvest parade.", "Harbour Police"),
    ("The Lake Credit Bank blocked my card within minutes of the fraud and refunded every coin.", "Lake Credit Bank"),
])
def test_a_deed_on_our_things_is_no_rule(passage, name):
    _, reasons = author_polarity(_TOWN(passage), name)
    assert not has_reason(reasons, "deed against us"), reasons
