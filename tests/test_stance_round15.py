"""Author stance, round 15 (issue 18): most attacked actors that the blind op-eds miss have no evidence
of their own; the author attacks them through what they do and leave undone, without a loaded word.
Checked on passages written for this test.

* inaction: in a commentary or statement section, an act with "no" or "nothing" as its object ("has
  issued no statement", "said nothing") and a failure or delay to act ("failed to protect", "has yet
  to publish") blame the verb's subject, like a negated verb (round 14's omissions); not a verb of
  having, meeting or sparing ("has no army", "spared no effort", "lost no time"), not "did not fail
  to", nor anything in a news report;
* unlike a negated verb's omission, inaction alone does not make a text an opinion text;
* a rejection told in the writer's voice that turns down a thing put to the actor ("rejected the
  proposal", "has ignored every request") accuses it, like a hostile act; not a refusal to act
  ("refused to send riot police": often restraint the writer praises), a vote against something, a
  denial ("rejected the accusation"), nor a rejection in a news report;
* a hostile act the events stage reads as intended because a carrying verb governs it is the
  subject's act done when that verb is in the past ("planned some of the raids"), not when it is to
  come ("plans new raids");
* forces sent or deployed "against" someone are an attack by the sender ("deployed troops against the
  striking miners"); a deployment to a place is not ("sent fighter jets to Crete");
* "That" opening a sentence as its subject stands for the actor of the sentence before, as "This" and
  "These" do ("Quito voted against the increase. That took courage."), and so does a demonstrative on
  the opening subject noun ("That restraint should be remembered", "This cruelty has a cost"); not
  when the sentence before has no actor as its subject ("The talks in Quito collapsed.").
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, opinion_piece

HEAD = "Letters on the coast road\n\nBy Ilse Varga, columnist\n\n"
OPENING = ("The camps along the coast road filled again this spring. Families came on foot and by bus, "
           "and the clinics ran out of vaccines within a month.")
CLOSING = "There is still time to act. A winter plan needs money, tents and a date."


_piece = opinion_piece(HEAD, OPENING, CLOSING)



@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor,reason", [
    ("Belgium has issued no statement on the arrests.", "BEL", "inaction 'issue no statement'"),
    ("Madrid said nothing about the camps on its coast.", "ESP", "inaction 'say nothing'"),
    ("Lisbon has yet to publish the tally sheets.", "PRT", "inaction 'yet to publish'"),
    ("Vienna failed to protect the convoy it had promised to escort.", "AUT", "inaction 'failed to protect'"),
])
def test_round15_inaction_blames_the_actor(sentence, actor, reason):
    assert_author_sign(_piece(sentence), actor, "-", reason)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor", [
    ("Costa Rica has no army.", "CRI"),
    ("Norway spared no effort to reach the families.", "NOR"),
    ("Finland lost no time and opened its border.", "FIN"),
    ("Denmark did not fail to send its engineers.", "DNK"),
])
def test_round15_having_sparing_and_not_failing_are_no_inaction(sentence, actor):
    assert not any(r.startswith(("inaction", "omission")) for r in author_reasons(_piece(sentence), actor))


@pytest.mark.issue(18)
def test_round15_a_news_report_has_no_inaction():
    text = ("OSLO, March 3 (Nordic Wire) - Belgium has issued no statement on the arrests, and Lisbon has yet "
            "to publish the tally sheets, officials in Oslo said on Tuesday. The talks resume in May.")
    assert not any(r.startswith("inaction") for actor in ("BEL", "PRT") for r in author_reasons(text, actor))


@pytest.mark.issue(18)
def test_round15_inaction_alone_makes_no_opinion_text():
    from communique.rhetoric.stance import _is_opinion

    passages = [(0, 10), (12, 20), (22, 30), (32, 40)]
    inaction = {("author", "a1"): [(-0.3, 0, 5, "inaction 'issue no statement'")],
                ("author", "a2"): [(-0.3, 12, 15, "inaction 'failed to act'")]}
    omission = {("author", "a1"): [(-0.3, 0, 5, "omission 'not send'")],
                ("author", "a2"): [(-0.3, 12, 15, "omission 'not table'")]}
    assert not _is_opinion(inaction, passages)
    assert _is_opinion(omission, passages)


@pytest.mark.issue(18)
def test_round15_that_opening_a_sentence_stands_for_the_actor_before():
    assert_author_sign(_piece("Quito voted against the tariff increase. That took courage."), "ECU", "+",
                       "evaluative 'courage'")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor", [
    ("Ankara rejected the proposal for a joint inquiry into the deaths.", "TUR"),
    ("Warsaw has ignored every request from the aid agencies.", "POL"),
])
def test_round15_turning_down_a_proposal_or_request_accuses_the_actor(sentence, actor):
    assert_author_sign(_piece(sentence), actor, "-", "the author asserts REJECT")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor", [
    ("Athens refused to send riot police to the camps.", "GRC"),
    ("Quito voted against the tariff increase.", "ECU"),
    ("Copenhagen rejected the accusation of neglect.", "DNK"),
])
def test_round15_refusing_to_act_voting_against_and_denying_are_no_obstruction(sentence, actor):
    assert not any("asserts REJECT" in r for r in author_reasons(_piece(sentence), actor))


@pytest.mark.issue(18)
def test_round15_a_news_report_of_a_rejection_holds_no_accusation_of_the_author():
    text = ("GENEVA, May 9 (Lake Wire) - Ankara rejected the proposal for a joint inquiry on Tuesday, "
            "two diplomats said. The talks resume next week.")
    assert not any("asserts REJECT" in r for r in author_reasons(text, "TUR"))


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor,sign,reason", [
    ("Quito opened its border to the families. That restraint should be remembered.", "ECU", "+",
     "evaluative 'restraint'"),
    ("Lima closed the crossing for a month. This cruelty has a cost.", "PER", "-", "evaluative 'cruelty'"),
])
def test_round15_a_demonstrative_on_the_opening_subject_stands_for_the_actor_before(sentence, actor, sign, reason):
    assert_author_sign(_piece(sentence), actor, sign, reason)


@pytest.mark.issue(18)
def test_round15_a_demonstrative_after_a_sentence_with_no_actor_subject_stands_for_no_actor():
    text = _piece("The talks in Quito collapsed in May. That failure surprised nobody.")
    assert not any(r.startswith("evaluative") for r in author_reasons(text, "ECU"))


@pytest.mark.issue(18)
def test_round15_a_plan_carried_out_is_the_planners_act():
    assert_author_sign(_piece("Minsk planned some of the raids on the border camps."), "BLR", "-",
                       "the author asserts COERCE (raids)")


@pytest.mark.issue(18)
def test_round15_a_plan_to_come_is_no_act_done():
    assert not any("asserts" in r for r in author_reasons(_piece("Minsk plans new raids on the border camps."), "BLR"))


@pytest.mark.issue(18)
def test_round15_forces_sent_against_someone_are_an_attack():
    assert_author_sign(_piece("Minsk deployed troops against the striking miners."), "BLR", "-",
                       "the author asserts MOBILIZE (deployed)")


@pytest.mark.issue(18)
def test_round15_forces_sent_to_a_place_are_no_attack():
    assert not any("asserts" in r for r in author_reasons(_piece("Paris sent fighter jets to Crete after the incident."), "FRA"))
