"""Author stance, round 11b (issue 18): the shapes the op-ed gate still missed, each checked on
sentences written for this test.

* a patron keeping a regime alive: "prop up" blames its subject (``evaluative.en.tsv``), and a verb
  and its particle match with words between them ("props the colonel up");
* cutting a population's gas, power or water is a deed the writer blames (``deeds.en.tsv``), and
  "starve" an evaluative verb; help "without conditions" or with "no strings attached" is praise;
* a person's name inside the mention of a government ("the government of X", "X's government",
  which stand for the state) stands for that person too;
* talk of one thing while doing another is hypocrisy ("talks of reconciliation while blocking
  ..."), unless someone else acts in the "while" clause;
* a subject that "has shown what a sovereign policy looks like" is held up as a model.
"""

from __future__ import annotations

import pytest

from communique import analyze
from conftest import assert_author_sign, author_stance


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor,sign,reason", [
    ("Caracas props the colonel up with cheap oil and soft loans.", "Venezuela", "-", "evaluative 'prop up'"),
    ("For years Havana propped up the junta with advisers.", "Cuba", "-", "evaluative 'prop up'"),
    ("Pristina talks of reconciliation while blocking every new school in the north.", "Kosovo", "-",
     "sarcasm 'talks of ... while'"),
    ("Tehran speaks of peace while it arms the militias across the border.", "Iran", "-",
     "sarcasm 'speaks of ... while'"),
    ("Hungary has shown what a sovereign policy looks like.", "Hungary", "+", "model 'show what ... looks like'"),
    ("Estonia showed the region what real solidarity looks like.", "Estonia", "+", "model 'show what"),
    ("Norway lent the farmers the money without conditions.", "Norway", "+", "evaluative 'without conditions'"),
    ("Japan built the bridges with no strings attached.", "Japan", "+", "evaluative 'no strings attached'"),
    ("Minsk cut the gas and the electricity to the border towns in January.", "Belarus", "-", "deed 'cut gas'"),
    ("Serbia starved the enclave for a whole winter.", "Serbia", "-", "evaluative 'starve'"),
])
def test_round11b_rule_gives_sign_and_reason(text, actor, sign, reason):
    assert_author_sign(text, actor, sign, reason)


@pytest.mark.issue(18)
def test_round11b_patron_side_takes_with_particle_apart():
    document = analyze("Caracas props Managua up with cheap oil.")
    ids = {a.id: a.name for a in document.actors}
    sides = [(ids.get(s.holder, s.holder), ids[s.target], s.polarity) for s in document.stance
             if any(r.startswith("side-taking 'prop up'") for r in s.reasons)]
    assert [(h, t) for h, t, p in sides if p > 0.2] == [("Venezuela", "Nicaragua")], sides


@pytest.mark.issue(18)
def test_round11b_leader_named_in_the_government_mention_gets_the_blame():
    stance = author_stance("President Dario Velmar spoke on television on Sunday.\n\n"
                     "The government of Dario Velmar cut the water to the eastern districts.")
    record = stance.get("Dario Velmar")
    assert record is not None and record.polarity < -0.2, record
    assert any(r.startswith("deed 'cut water'") for r in record.reasons), record.reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor", [
    ("Tehran spoke about peace while the envoys waited outside.", "Iran"),
    ("The report shows what Chile looks like from space.", "Chile"),
    ("The storm cut the power in Lisbon for a night.", "Portugal"),
])
def test_round11b_lookalikes_give_no_such_evidence(text, actor):
    record = author_stance(text).get(actor)
    assert record is None or not any(r.startswith(("sarcasm", "model", "deed")) for r in record.reasons), record
