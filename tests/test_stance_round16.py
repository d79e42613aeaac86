"""Author stance, round 16 (issue 18): the actor as the cause of a harm, with no evaluative word.
The subject of a causing verb whose result is a hardship ("makes it harder", "has driven ... into
exile", "has left ... families without water"; a measure counts for its owner), and the cause named
with "because of" / "thanks to" of a clause that tells a harm suffered ("... can be deported"), count
against the actor (``stance_evidence._harm_evidence``). Not a harm: a negated causing verb, a cause of
a good outcome, a harm that befalls nobody, a "left" whose object is a place. Passages written for
this test.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, opinion_piece

HEAD = "A season of closed roads\n\nBy Tomas Lindqvist, columnist\n\n"
OPENING = "Moldova and Ukraine share a long border and a longer history. Traders cross it every day."
CLOSING = "There is still time to act. A border needs rules that both sides can read."

_piece = opinion_piece(HEAD, OPENING, CLOSING)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,cue", [
    ("Moldova's tariff on apples makes it harder for farmers in the north to sell anywhere.", "make hard"),
    ("Moldova has driven thousands of small traders into debt.", "drive debt"),
    ("Moldova's border closure has left four thousand families without work.", "leave without"),
    ("Because of Moldova's transit rules, a driver who misses a form can be jailed for a month.",
     "because ... jail"),
    ("Thanks to Moldova's permit system, two hundred lorries lost their cargo last winter.", "thanks ... lose"),
])
def test_the_cause_of_a_harm_is_attacked(sentence, cue):
    assert_author_sign(_piece(sentence), "MDA", "-", f"cause of harm '{cue}'")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "Moldova's tariff on apples does not make it harder for farmers to sell anywhere.",
    "Thanks to Moldova's inspectors, the market reopened in March.",
    "Because of Moldova's rescue teams, no one died in the floods.",
    "Moldova's delegation left the summit without a statement.",
])
def test_no_harm_no_cause(sentence):
    assert not any(r.startswith("cause of harm") for r in author_reasons(_piece(sentence), "MDA"))
