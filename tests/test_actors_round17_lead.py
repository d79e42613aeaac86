"""Round 17, lead fix: two actors may share a mention (a title's place and the office holder
named after it); ordering the mentions by country must not compare a missing country with a
present one (before: TypeError, and the actors stage failed the whole document)."""

from __future__ import annotations

import pytest

import communique

TEXTS = [
    "When the mayor of Terre Haute, Duke Bennett, took office, the council met. The mayor spoke briefly.",
    "After the mayor of Terre Haute, Duke Bennett, opened the bridge, the council met. The mayor thanked the crews.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_shared_mention_with_and_without_country(text):
    document = communique.analyze(text)
    names = {actor.name for actor in document.actors}
    assert "Duke Bennett" in names


@pytest.mark.parametrize("text, name, country", [
    ("When the mayor of Terre Haute, Duke Bennett, took office, the council met.", "Duke Bennett", None),
    ("Andrea Putin, a shopkeeper in Turin, said prices rose.", "Andrea Putin", "ITA"),
    ("Mr Bennett said Israel would respond.", "Naftali Bennett", "ISR"),
    ("Israeli Prime Minister Bennett met the envoy.", "Naftali Bennett", "ISR"),
    ("Naftali Bennett spoke first. Bennett then left.", "Naftali Bennett", "ISR"),
])
def test_a_surname_alias_needs_no_other_given_name(text, name, country):
    """A KB person matched on the surname alone is another person when the text gives another
    given name before it; a title or a form of address before the surname keeps the KB person."""
    actors = {actor.name: actor for actor in communique.analyze(text).actors}
    assert name in actors
    if country is not None:
        assert actors[name].country == country
    else:
        assert actors[name].country != "ISR" and "Israel" not in actors
