"""Author stance, round 12 (issue 18): a leader named inside the mention of a state's government
("Paul Kagame's government", "the government of Nicolas Maduro"), checked on passages written for
this test.

* the author's evidence toward that state (its government, its capital, "it" after the government)
  counts for the leader too, and the reason names the relation ("..., about Paul Kagame's government");
* a leader the text names only as a person ("President Paul Kagame") takes nothing of the state's;
* the reverse: what is said of the government mention counts for the state once, not once more as
  evidence "about its leader".
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_stance


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor,reason", [
    ("Paul Kagame's government says it only guards the border. It is lying.", "Paul Kagame",
     "evaluative 'lie', about Paul Kagame's government"),
    ("The government of Nicolas Maduro met on Monday. Caracas is cruel and spineless.", "Nicolas Maduro",
     "about Nicolás Maduro's government"),
    ("The government of Nicolas Maduro says the vote was fair. The tally sheets say otherwise.", "Nicolas Maduro",
     "rebuttal 'say otherwise' of its claim, about Nicolás Maduro's government"),
])
def test_round12b_evidence_toward_a_leaders_government_counts_for_the_leader(text, actor, reason):
    assert_author_sign(text, actor, "-", reason)


@pytest.mark.issue(18)
def test_round12b_a_leader_not_named_as_the_government_takes_nothing_of_the_state():
    record = author_stance("President Nicolas Maduro spoke on Sunday. Venezuela is cruel and spineless.").get("Nicolas Maduro")
    assert record is None or not any("government" in r for r in record.reasons), record
    assert author_stance("President Nicolas Maduro spoke on Sunday. Venezuela is cruel and spineless.")["VEN"].polarity < -0.2


@pytest.mark.issue(18)
def test_round12b_the_government_mention_counts_for_the_state_once():
    record = author_stance("Paul Kagame's government is brutal.")["RWA"]
    assert record.polarity == pytest.approx(author_stance("The Rwandan government is brutal.")["RWA"].polarity), record
    leader = author_stance("President Paul Kagame is brutal. Rwanda held elections.").get("RWA")
    assert leader is not None and any(r.endswith("about its leader") for r in leader.reasons), leader
