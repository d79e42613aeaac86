"""Round 23 (lead): where the round's branches met.

"answer for" is a threat only when a future auxiliary promises it (round 23's lexicon entry); an
"until ... are made to answer for it" in an op-ed's closing line is the author's demand, and with the
stance rules of the same round it gave a neutrally named state a firm negative stance.
"""
import pytest

from communique import analyze


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(text).events}


@pytest.mark.parametrize("text", [
    "Iran will answer for the attack on our embassy, the Israeli foreign minister said.",
    "The ministry said Moldova would answer for every shell that fell on the village.",
])
def test_a_promised_answer_is_a_threat(text):
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize("text", [
    "Until the governments that arm the militias are made to answer for it, the volunteers will keep counting.",
    "The governor answered for the delays at a hearing in March.",
])
def test_an_answer_nobody_promises_is_no_threat(text):
    assert "THREATEN" not in _types(text)
