"""Author stance, round 14 (issue 18): the attacked actors of the blind op-eds that miss mostly sit
in the dead zone with no evidence of their own (``benchmarks/eval_opeds.py --breakdown``): a
measured piece lists what a party did not do, without an evaluative word. Checked on passages
written for this test.

* omissions: in a commentary or statement section, what an actor did not do in the writer's voice
  ("did not send its delegation", "has never tabled its rules") blames it; not a negated verb of
  restraint, perception or receiving ("did not hesitate", "did not know"), one under a modal ("could
  not attend"), ordinary people's ("the villagers did not leave"), nor anything in a news report;
* "did not hesitate to send" is a plain sending (praise by help in kind), not a negated one;
* an omission is one of the author's judging words that make a text an opinion text (four passages,
  two actors judged), where the sentiment model alone gives no firm position;
* from the open op-ed with sarcasm (oped-34): what an actor has "earned" includes trust; ironic
  formulas ("by all means", "I am pleased to report") mark a sentence as sarcastic, and there the
  writer's own praise of an actor ("let us applaud ...") is a sneer; "its" in a sentence whose
  subject is "we" (or that has none) is the actor named before it in that sentence.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, author_stance, opinion_piece

HEAD = "Notes from the long table\n\nBy Mara Lind, former envoy\n\n"
OPENING = ("The talks on the river have run for six years. Three governments sent delegations, and each "
           "round ended with a promise to meet again.")
CLOSING = "A settlement is still possible. It needs written rules and a calendar that every side keeps."


_piece = opinion_piece(HEAD, OPENING, CLOSING)



@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor,reason", [
    ("Belgium did not send its delegation to the final session.", "BEL", "omission 'not send'"),
    ("Sweden has never tabled its drought rules.", "SWE", "omission 'not table'"),
    ("Three weeks after the vote, Lisbon has still not published the tally sheets.", "PRT", "omission 'not publish'"),
])
def test_round14_what_an_actor_did_not_do_blames_it(sentence, actor, reason):
    assert_author_sign(_piece(sentence), actor, "-", reason)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor", [
    ("Denmark did not hesitate to send its engineers.", "DNK"),
    ("Norway could not attend the session because of the storm.", "NOR"),
    ("Finland did not know about the new timetable.", "FIN"),
    ("Austria never received the draft before the vote.", "AUT"),
])
def test_round14_restraint_inability_and_not_knowing_are_no_omission(sentence, actor):
    assert not any(r.startswith("omission") for r in author_reasons(_piece(sentence), actor))


@pytest.mark.issue(18)
def test_round14_did_not_hesitate_to_send_is_a_sending():
    assert_author_sign(_piece("Denmark did not hesitate to send its engineers and pumps."), "DNK", "+",
                       "help in kind")


@pytest.mark.issue(18)
def test_round14_ordinary_people_are_not_blamed_for_what_they_did_not_do():
    from communique import analyze

    document = analyze(_piece("The villagers did not leave their farms by choice."))
    assert not any(r.startswith("omission") for s in document.stance for r in s.reasons)


@pytest.mark.issue(18)
def test_round14_a_news_report_has_no_omissions():
    text = ("OSLO, March 3 (Nordic Wire) - Belgium did not send its delegation to the final session of the "
            "river talks on Tuesday, officials in Oslo said. The talks will resume in May.")
    assert not any(r.startswith("omission") for r in author_reasons(text, "BEL"))


@pytest.mark.issue(18)
def test_round14_an_omission_is_a_judging_word_of_an_opinion_text():
    from communique.rhetoric.stance import _is_opinion

    paragraphs = [(0, 10), (12, 20), (22, 30), (32, 40)]
    items = {("author", "a1"): [(-0.3, 12, 16, "omission 'not send'")],
             ("author", "a2"): [(0.7, 22, 28, "deserves 'credit'")]}
    assert _is_opinion(items, paragraphs)


@pytest.mark.issue(18)
def test_round14_earned_trust_is_praise():
    assert_author_sign(_piece("Portugal has earned the trust of both delegations."), "PRT", "+", "deserves 'trust'")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "So by all means, let us applaud Lisbon for its hospitality.",
    "Lisbon, I am pleased to report, has found a new way to waste a weekend.",
])
def test_round14_ironic_praise_by_the_writer_is_a_sneer(sentence):
    record = author_stance(_piece(sentence)).get("PRT")
    assert record is not None and record.polarity < -0.2, record
    assert any("sarcasm" in r for r in record.reasons), record.reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,sign,reason", [
    ("We should thank Lisbon for its courage and its patience.", "+", "evaluative 'courage'"),
    ("We will remember Lisbon for its brutal crackdown on the dockers.", "-", "evaluative 'brutal'"),
])
def test_round14_its_after_an_actor_in_a_sentence_whose_subject_is_we(sentence, sign, reason):
    assert_author_sign(_piece(sentence), "PRT", sign, reason)
