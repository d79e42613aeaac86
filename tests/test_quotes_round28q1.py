"""Quotes, round 28q1: quotes and speakers on unseen text.

Passages written for this round (names, places and events made up, except countries). Each
mechanism of the round (docs/quotes.md, "Round 28q1") has its positive passages and negatives
(what must stay as it was)."""

from __future__ import annotations

import pytest
from test_quotes_round20 import _holding, _quotes, _speakers_of

pytestmark = pytest.mark.issue(17)


# -- 1. a setting clause with a speaker of its own ends the content before it -------------------

SETTING_CLAUSES = [
    ("The assembly passed a motion urging that the garrison withdraw from the islands, after a debate "
     "in which Borduvia accused its neighbours of \"theatre for the cameras\".",
     "that the garrison withdraw", "theatre for the cameras", "Borduvia"),
    ("The ministry said the border would stay closed until March, at a briefing where the army chief "
     "described the crossing as \"a gateway for smugglers\".",
     "the border would stay closed", "a gateway for smugglers", "the army chief"),
    # lead's review: the cut falls on the last comma before the setting clause, not on the first comma of a list
    ("The ministry said the border would stay closed, the ferries would stop and the port would shut until March, "
     "at a briefing where the army chief described the crossing as \"a gateway for smugglers\".",
     "the ferries would stop and the port would shut until March", "a gateway for smugglers", "the army chief"),
]


@pytest.mark.parametrize("text, outer, fragment, speaker", SETTING_CLAUSES)
def test_a_setting_clause_with_its_own_speaker_is_no_part_of_the_content(analyze, text, outer, fragment, speaker):
    doc = analyze(text)
    assert _holding(doc, outer), _quotes(doc)
    assert not any(fragment in q.text for q in _holding(doc, outer)), _quotes(doc)
    assert any(q.speaker_text == speaker for q in _holding(doc, fragment)), _quotes(doc)


def test_a_plain_relative_clause_stays_in_the_content(analyze):
    doc = analyze("The ministry said the new port, which the minister called a model for the region, "
                  "would open in May.")
    assert _holding(doc, "the new port, which the minister called a model for the region, would open"), _quotes(doc)


def test_while_still_ends_the_content(analyze):
    doc = analyze("Lima said the bank had misled regulators, while the bank called the fine \"disproportionate\".")
    assert not any("disproportionate" in q.text for q in _holding(doc, "the bank had misled")), _quotes(doc)


# -- 2. a pronoun bound by the same pronoun as the subject above it shares its antecedent -------

def test_a_bound_pronoun_skips_what_is_named_between(analyze):
    doc = analyze("The Health Ministry of Ruritania said on Monday that the outbreak was over. It posted on "
                  "the website of the World Health Organization a note in which it said that \"no new case\" "
                  "had been seen for six weeks.")
    assert _speakers_of(doc, "no new case") == {"Health Ministry of Ruritania"}, _quotes(doc)


def test_an_unbound_pronoun_keeps_its_antecedent(analyze):
    doc = analyze("The Health Ministry of Ruritania said on Monday that the outbreak was over. The World "
                  "Health Organization agreed. It said that \"no new case\" had been seen for six weeks.")
    assert _speakers_of(doc, "no new case") == {"World Health Organization"}, _quotes(doc)
