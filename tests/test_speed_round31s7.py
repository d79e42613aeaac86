"""Speed pass round 31s7: outside the events stage.

* ``spans.SpanSet``: ``inside``, ``overlaps``, ``contains`` and ``first_containing`` step through the
  spans near the query by index (the bounds ``_near`` slices by), with no slice and no generator per
  call (~450 calls a document from the actors, quotes and stance stages);
* ``recognize._place_complement``: the label ids it compares are the module's (``get_string_id``),
  not looked up in the Doc's string store on every call (~70 calls a document).

Outputs are unchanged: each query is compared with the plain scan over every span on random span
sets (overlapping, nested, empty, repeated, one very long span), and the place complements of own
sentences are read as before."""

from __future__ import annotations

import random

import pytest

from communique.actors import recognize
from communique.spans import SpanSet


def _plain(spans, kind: str, a: int, b: int | None = None):
    """The scans ``SpanSet`` answers (its docstrings), over every span."""
    if kind == "inside":
        return any(s <= a < e for s, e in spans)
    if kind == "overlaps":
        return any(s < b and a < e for s, e in spans)
    if kind == "contains":
        return any(s <= a and b <= e for s, e in spans)
    return next((i for i, (s, e) in enumerate(spans) if s <= a and b <= e), None)


def _random_spans(rng: random.Random) -> list[tuple[int, int]]:
    spans = []
    for _ in range(rng.randrange(0, 14)):
        s = rng.randrange(0, 60)
        spans.append((s, s + rng.choice((0, 1, 1, 2, 3, 5, 8, 13))))
    if spans and rng.random() < 0.3:
        spans.append(rng.choice(spans))  # the same span twice: the first position counts
    if rng.random() < 0.2:
        s = rng.randrange(0, 20)
        spans.append((s, s + rng.randrange(30, 70)))  # one long span: the reach of every query grows
    return spans


@pytest.mark.parametrize("seed", range(6))
def test_span_set_answers_as_the_plain_scans(seed):
    rng = random.Random(seed)
    for _ in range(400):
        spans = _random_spans(rng)
        index = SpanSet(spans)
        for _ in range(25):
            a = rng.randrange(-3, 80)
            b = a + rng.randrange(0, 12)
            assert index.inside(a) == _plain(spans, "inside", a)
            assert index.overlaps(a, b) == _plain(spans, "overlaps", a, b)
            assert index.contains(a, b) == _plain(spans, "contains", a, b)
            assert index.first_containing(a, b) == _plain(spans, "first_containing", a, b)


def test_span_set_worked_examples():
    # a long span that starts far before the query holds it; the short ones near it do not
    index = SpanSet([(50, 52), (0, 100), (48, 60), (48, 60)])
    assert index.inside(99) and not index.inside(100)
    assert index.overlaps(99, 120) and not index.overlaps(100, 120)
    assert index.contains(10, 20) and index.first_containing(10, 20) == 1
    assert index.first_containing(49, 60) == 1  # (0, 100) comes before the two (48, 60)
    assert index.first_containing(50, 52) == 0  # the first given of the three that hold it
    short = SpanSet([(48, 60), (48, 60), (50, 52)])
    assert short.first_containing(49, 60) == 0
    assert not short.contains(47, 50) and short.contains(48, 48)
    assert not SpanSet([]).inside(0) and SpanSet([]).first_containing(0, 0) is None
    # an empty span holds no offset, overlaps a range around it only, contains an empty range at its place
    empty = SpanSet([(5, 5)])
    assert not empty.inside(5) and empty.overlaps(4, 6) and not empty.overlaps(5, 6) and empty.contains(5, 5)


def test_place_complement_ids_are_the_string_store_ids(nlp):
    strings = nlp.vocab.strings
    assert recognize._CARDINAL == strings["CARDINAL"]
    assert recognize._PLACE_ENT_IDS == (strings["GPE"], strings["LOC"])
    assert (recognize._POBJ, recognize._PREP) == (strings["pobj"], strings["prep"])


@pytest.mark.parametrize("text, word, place", [
    ("Students throughout Indonesia marched on Monday against the new law.", "Students", "Indonesia"),
    ("Thousands of workers in Serbia stopped work on Tuesday.", "workers", "Serbia"),
    ("Farmers from Kenya met the minister in Nairobi.", "Farmers", "Kenya"),
    ("The doctors said the clinic would close next week.", "doctors", None),
])
def test_place_complement_of_own_sentences(nlp, text, word, place):
    doc = nlp(text)
    root = next(t for t in doc if t.text == word)
    assert recognize._place_complement(root, text) == place
