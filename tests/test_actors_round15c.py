"""Actors round 15c (issues 16-18): referring aliases of bodies ("the bloc", "the Alliance",
"the Commission") read as the body named before them that fits. Every text here was written
for these tests."""

from __future__ import annotations

import pytest


def keys_at(doc, phrase: str) -> set[str]:
    """The keys of the actors with a mention over ``phrase`` (its first occurrence)."""
    start = doc.text.index(phrase)
    return {a.key for a in doc.actors for s, e in a.mentions if s <= start < e}


@pytest.mark.parametrize("text, phrase, key", [
    ("Ministers of the Andean Community gathered in Lima. Dairy farmers said the bloc ignored them.",
     "the bloc", "igo:can"),
    ("Envoys of the Alliance of Sahel States met on Friday. The alliance said its force was ready.",
     "The alliance", "igo:aes"),
    ("The African Union Commission opened a new office. The commission said it would hire staff.",
     "The commission", "igo:au-commission"),
    ("The bloc agreed on Thursday to delay the new fishing quotas.", "The bloc", "igo:eu"),
    ("The Alliance will hold its exercises near the coast in spring.", "The Alliance", "igo:nato"),
    ("Trawler crews accused the bloc of ignoring the harbour towns.", "the bloc", "igo:eu"),
])
def test_a_referring_alias_is_the_body_named_before_it_else_the_default(analyze, text, phrase, key):
    assert keys_at(analyze(text), phrase) == {key}


def test_the_referring_mention_joins_the_named_body(analyze):
    doc = analyze("NATO said on Monday it would review its plans. The alliance said the review would be quick.")
    nato = [a for a in doc.actors if a.key == "igo:nato"]
    assert len(nato) == 1 and len(nato[0].mentions) == 2


def test_a_worldwide_body_is_no_bloc(analyze):
    doc = analyze("The World Bank lent money to the port. The bloc said it would lower tariffs on fish.")
    assert keys_at(doc, "The bloc") == {"igo:eu"}


@pytest.mark.parametrize("text, phrase", [
    ("The alliance of bakers disagreed with the new flour tax.", "alliance"),
    ("The Potters' Alliance met in the old town. The alliance said clay prices were too high.", "The alliance"),
])
def test_another_group_is_not_the_default_body(analyze, text, phrase):
    assert not keys_at(analyze(text), phrase) & {"igo:nato", "igo:eu"}
