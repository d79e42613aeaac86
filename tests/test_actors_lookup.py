"""ActorIndex answers exactly what Document.actor_at answers (issue 9: faster look-ups)."""

from __future__ import annotations

import random

import pytest

from communique.actors.lookup import ActorIndex
from communique.document import Actor, Document


def _actors(rng: random.Random) -> list[Actor]:
    out = []
    for k in range(rng.randint(0, 6)):
        mentions = []
        for _ in range(rng.randint(1, 4)):
            start = rng.randint(0, 200)
            mentions.append((start, start + rng.randint(1, 25)))
        out.append(Actor(f"a{k}", f"Name {k}", "person", mentions=tuple(mentions)))
    return out


@pytest.mark.parametrize("seed", range(5))
def test_actor_index_matches_document_actor_at(seed):
    rng = random.Random(seed)
    for _ in range(60):
        actors = _actors(rng)
        document = Document(text="x" * 300, actors=actors)
        index = ActorIndex(actors)
        for _ in range(40):
            start = rng.randint(0, 230)
            end = start + rng.randint(0, 20)
            assert index.at(start, end) is document.actor_at(start, end), (start, end)


def test_actor_index_prefers_largest_overlap_then_first_actor():
    a = Actor("a1", "Ana", "person", mentions=((0, 4), (20, 30)))
    b = Actor("a2", "Bo", "person", mentions=((2, 12),))
    c = Actor("a3", "Cy", "person", mentions=((20, 30),))
    index = ActorIndex([a, b, c])
    assert index.at(3, 12) is b  # overlap 9 beats 1
    assert index.at(20, 30) is a  # tie: the first actor
    assert index.at(40, 50) is None and index.at(5, 5) is None
    assert ActorIndex([]).at(0, 10) is None
