"""Actors round 16c: whose is a bare title ("the Foreign Minister", "his defence minister")
that no nationality qualifies: a possessor's state, else the state issuing a statement, else
the state the text is about nearest before it; then the document's holder of that state's
office, its KB holder on the date, or (for a possessor's title) the office itself. Every text
here was written for these tests."""

from __future__ import annotations

import pytest

from communique.actors import resolve_text


def _actor_at(doc, phrase: str, nth: int = 0):
    """The actor with a mention covering the ``nth`` occurrence of ``phrase`` (or None)."""
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(phrase, at + 1)
    at += len(phrase.split()[0]) + 1 if " " in phrase and phrase.split()[0] in ("The", "the") else 0
    for a in doc.actors:
        if any(s <= at < e for s, e in a.mentions):
            return a
    return None


@pytest.mark.parametrize("text, day, key", [
    ("the Malaysian foreign minister", "2024-06-01", "person:mohamad-hasan"),
    ("the Chilean foreign minister", "2024-06-01", "person:alberto-van-klaveren"),
    ("the Chilean foreign minister", "2022-06-01", "person:antonia-urrejola"),
])
def test_the_new_foreign_ministers_hold_office_on_their_dates(text, day, key):
    assert resolve_text(text, date=day).key == key


def test_van_klaveren_is_no_holder_after_his_term():
    assert resolve_text("the Chilean foreign minister", date="2026-09-01").key != "person:alberto-van-klaveren"


def test_a_foreign_title_named_before_keeps_its_state(analyze):
    doc = analyze("Japan's foreign minister arrived in Hanoi on Tuesday for two days of talks. "
                  "The foreign minister said the visit would focus on shipping lanes.", published="2025-03-04")
    actor = _actor_at(doc, "The foreign minister")
    assert actor is not None and actor.country == "JPN"


def test_a_statements_own_minister_is_the_issuing_states(analyze):
    text = ("Press release of the Ministry of Foreign Affairs of Thailand\n\n"
            "Bangkok, 3 June 2025\n\n"
            "The Foreign Minister discussed the fishing dispute with his Malaysian counterpart by telephone "
            "on Monday and both sides agreed to meet again in July.")
    doc = analyze(text, published="2025-06-03", publisher="Ministry of Foreign Affairs of Thailand")
    actor = _actor_at(doc, "Foreign Minister discussed")
    assert actor is None or actor.country == "THA"
    assert all(a.country != "MYS" or "Foreign Minister discussed" not in doc.text[s:e]
               for a in doc.actors for s, e in a.mentions)


def test_a_statements_minister_joins_its_named_minister(analyze):
    text = ("Statement by the Ministry of Foreign Affairs of Thailand\n\n"
            "Bangkok, 3 June 2025\n\n"
            "Foreign Minister Somchai Wongsakul will visit Tokyo next week, where he will meet the Japanese "
            "foreign minister. The Foreign Minister will also open a trade fair in Osaka.")
    doc = analyze(text, published="2025-06-03", publisher="Ministry of Foreign Affairs of Thailand")
    actor = _actor_at(doc, "The Foreign Minister will")
    assert actor is not None and actor.name == "Somchai Wongsakul" and actor.country == "THA"


def test_his_minister_is_of_the_subjects_state(analyze):
    text = ("The Brazilian president was cautious about the dam. Asked about Paraguay's proposal, he said "
            "the matter was open and that he had asked his foreign minister to study it.")
    doc = analyze(text, published="2025-05-10")
    actor = _actor_at(doc, "foreign minister")
    assert actor is not None and actor.country == "BRA"


def test_its_minister_is_of_the_state_that_speaks(analyze):
    doc = analyze("Norway said on Friday that its defence minister would travel to Vilnius next week.",
                  published="2025-05-10")
    actor = _actor_at(doc, "defence minister")
    assert actor is not None and actor.country == "NOR"


def test_a_state_named_only_after_the_title_does_not_own_it(analyze):
    doc = analyze("The foreign minister spoke with his Malaysian counterpart on the telephone on Monday.",
                  published="2025-05-10")
    actor = _actor_at(doc, "foreign minister")
    assert actor is None or actor.country != "MYS"


def test_a_plural_title_is_no_one_holder(analyze):
    doc = analyze("Bangkok, 3 June 2025\n\nThe three ministers agreed to meet again in July.",
                  published="2025-06-03", publisher="Ministry of Foreign Affairs of Thailand")
    actor = _actor_at(doc, "ministers")
    assert actor is None or actor.role is None or actor.kind != "person" or actor.country != "THA" \
        or actor.name not in ("Foreign Minister", "Minister")


def test_a_title_named_before_for_another_state_is_not_the_focus_states(analyze):
    text = ("Chad accused the Sudanese army of shelling a border town on Thursday.\n\n"
            "Sudan's ambassador to Chad, Yasir Ahmed, denied that the army had fired across the border.\n\n"
            "Chad's interior minister said more troops would be sent. The ambassador did not answer "
            "a request for comment.")
    doc = analyze(text, published="2025-10-02")
    actor = _actor_at(doc, "The ambassador")
    assert actor is None or actor.country != "TCD"
