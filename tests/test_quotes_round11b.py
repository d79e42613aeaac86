"""Quotes on real documents, round 12 of issue 17 (errors read on two wire reports of the
statements set): a speaker phrase opened by a possessive pronoun speaks for what the pronoun
stands for, and a passive infinitive under "asked" (an anonymity request) is no quote. All
sentences are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)


def _quote(doc, opening):
    """``(speaker text, speaker actor name)`` of the quote of ``doc`` opening with ``opening``."""
    quote = next(q for q in doc.quotes if q.text.startswith(opening))
    return quote.speaker_text, next((a.name for a in doc.actors if a.id == quote.speaker), None)


def test_its_ministry_in_a_free_relative_speaks_for_the_subject(analyze):
    doc = analyze('Norway, a close partner of Sweden, condemned what its foreign ministry called '
                  '"reckless fishing" near the islands.')
    assert _quote(doc, "what its foreign ministry") == ("its foreign ministry", "Norway")


@pytest.mark.parametrize("text", [
    "A port official, who asked not to be named, said the cranes would be repaired by May.",
    "Two engineers, who asked to be identified only by their first names, said the pumps had failed.",
])
def test_anonymity_request_is_no_quote(analyze, text):
    doc = analyze(text)
    assert [q.text for q in doc.quotes if "named" in q.text or "identified" in q.text] == []
    assert any(q.kind == "indirect" and q.text.startswith("the") for q in doc.quotes)


def test_asked_to_speak_is_still_a_quote(analyze):
    doc = analyze("The union leader asked to address the board before the vote on the new rota.")
    assert any(q.kind == "indirect" and q.text.startswith("to address the board") for q in doc.quotes)
