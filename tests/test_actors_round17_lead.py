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
