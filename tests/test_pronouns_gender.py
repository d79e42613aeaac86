"""A given name with a clear usual gender tells a person's gender to the pronouns that
follow when the knowledge base does not know the person (issue 17). Every text here was
written for these tests."""

from __future__ import annotations

import pytest

from communique import resources
from communique.names import GIVEN_NAMES_FILE, title_gender


def _gender(text: str, mention: str) -> str | None:
    start = text.index(mention)
    return title_gender(text, start, start + len(mention))


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, mention, gender", [
    ("Olena Marchuk spoke first.", "Olena Marchuk", "f"),
    ("Pavel Hruby spoke first.", "Pavel Hruby", "m"),
    ("José Ortanez spoke first.", "José Ortanez", "m"),  # accents do not matter
    ("Fatima Benali spoke first.", "Fatima Benali", "f"),
    ("Mrs. Pavel Hruby spoke first.", "Pavel Hruby", "f"),  # the honorific comes first
    ("Thomas spoke first.", "Thomas", None),  # a lone name may be a family name
    ("Andrea Vallin spoke first.", "Andrea Vallin", None),  # borne by both: not listed
    ("Kim Sorensen spoke first.", "Kim Sorensen", None),
])
def test_pronouns_gender_from_given_name(text, mention, gender):
    assert _gender(text, mention) == gender


@pytest.mark.issue(17)
def test_pronouns_gender_given_names_leave_out_names_borne_by_both():
    names = resources.tag_values(GIVEN_NAMES_FILE, "gender")
    assert {"andrea", "jean", "kim", "simone", "nicola"}.isdisjoint(names)
    assert set(names.values()) == {"m", "f"}


@pytest.mark.issue(17)
def test_pronouns_gender_given_name_picks_the_speaker(analyze):
    doc = analyze("Pavel Hruby met Olena Marchuk in the port on Monday. "
                  "\"The talks have failed,\" she said.")
    names = {a.id: a.name for a in doc.actors}
    assert [names.get(q.speaker) for q in doc.quotes] == ["Olena Marchuk"]
    she = next(a for a in doc.actors if a.name == "Olena Marchuk")
    assert [doc.text[s:e] for s, e in she.mentions] == ["Olena Marchuk", "she"]
