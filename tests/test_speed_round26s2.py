"""Speed pass round 26s2: two readings of the actor builder made cheaper, outputs unchanged.

* ``actors.build._best``: a group's best guess, ``min(guesses, key=_rank)`` without a call of
  ``_rank`` per guess (the builder asks it ~900 times a document);
* ``_spoken_in_capital`` and ``_apposed_nationality``: the token a mention starts at, by
  bisection over the Doc's token offsets (``views.token_offsets``) instead of a list of every
  token's offset built per call;
* ``actors.recognize._with_possessors``: ``Span.root`` of a noun chunk read only when one of the
  chunk's words is a possession of ``owned.yaml`` (the root is one of them).

The tests compare each new reading with the old one (kept here). Every text here was written for
these tests."""

from __future__ import annotations

import random
from bisect import bisect_right
from dataclasses import replace

import pytest

TEXTS = [
    "Deputy Trade Minister Ana Rulfo said at a press briefing in Lisbon that the quota talks would resume.",
    "The ports minister spoke with his Chilean counterpart, Transport Minister Luis Ibarra, on Monday.",
    "Officials in Accra said the grain shipment left the harbour late on Tuesday.",
    "",
]


def _old_best(guesses):
    from communique.actors.build import _rank

    return min(guesses, key=_rank)


def test_best_is_the_first_guess_of_the_best_rank():
    from communique.actors.build import HOW_RANK, _best
    from communique.actors.resolve import ActorGuess

    base = ActorGuess(name="Harbour Board", kind="organization", country=None, sector=None, role=None, key=None)
    hows = list(HOW_RANK) + ["not-ranked", "", "also-not-ranked"]
    rng = random.Random(26)
    for _ in range(3000):
        guesses = [replace(base, how=rng.choice(hows), name=f"n{k}") for k in range(rng.randint(1, 7))]
        assert _best(guesses) is _old_best(guesses)


def test_best_keeps_the_first_of_equal_ranks_and_refuses_an_empty_group():
    from communique.actors.build import _best
    from communique.actors.resolve import ActorGuess

    a = ActorGuess(name="A", kind="state", country="PRT", sector=None, role=None, key="PRT", how="state:name")
    b = replace(a, name="B")
    c = replace(a, name="C", how="entry")
    unranked = replace(a, name="D", how="made-up")
    assert _best([a, b]) is a and _best([b, a]) is b
    assert _best([a, c, b]) is c
    assert _best([unranked, replace(unranked, name="E")]).name == "D"
    with pytest.raises(ValueError):
        _best([])


@pytest.mark.parametrize("text", TEXTS)
def test_mention_token_by_offsets_reads_the_token_walk(nlp, text):
    from communique.views import release, token_offsets

    doc = nlp(text)
    starts = list(range(-2, len(text) + 3))
    for start in starts:
        assert bisect_right(token_offsets(doc)[0], start) == bisect_right([t.idx for t in doc], start)
    release(doc)
    assert token_offsets(doc)[0] == [t.idx for t in doc]  # rebuilt from a fresh view


def test_capital_and_counterpart_rules_find_no_token_before_the_text(nlp):
    """A start before the first token finds none (the rules' reading of the mention itself is
    checked by ``test_actors_round26a.py`` and ``test_actors_focus.py``)."""
    from communique.actors.build import _apposed_nationality, _spoken_in_capital

    doc = nlp(TEXTS[0])
    assert _spoken_in_capital(doc, -5, None, None) is None
    assert _apposed_nationality(doc, -1, None, None) is None
    assert _apposed_nationality(None, 0, None, None) is None


POSSESSOR_TEXTS = [
    "The militia's camps near the river were shelled, and the junta's prisons were emptied.",
    "The cartel's boats and the council's offices stood by the harbour's old walls.",
    "The committee's critics said the agency's report left out the miners' pay.",
    "Nobody owns anything here.",
]


def _old_with_possessors(doc, chunks):
    from communique.actors.recognize import _possessions

    possessions = None
    for chunk, s0, e0 in chunks:
        yield chunk, s0, e0
        root = chunk.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        if possessions is None:
            possessions = _possessions()
        if root.lemma_.lower() not in possessions:
            continue
        for p in root.children:
            if p.dep_ == "poss" and p.pos_ == "NOUN" and p.i + 1 < len(doc) and doc[p.i + 1].tag_ == "POS" \
                    and chunk.start <= p.left_edge.i:
                a = p.left_edge.i
                while a < p.i and (doc[a].dep_ in ("det", "predet") or doc[a].pos_ == "DET"):
                    a += 1
                yield doc[a:p.i + 1], doc[a].idx, p.idx + len(p)


@pytest.mark.parametrize("text", POSSESSOR_TEXTS)
def test_possessor_gate_reads_as_the_root_test(nlp, text):
    """``_with_possessors`` skips ``Span.root`` when no word of the chunk is a possession: the
    same chunks and possessors as the old reading."""
    from communique.actors.recognize import _stripped_chunks, _with_possessors

    doc = nlp(text)

    def spans(found):
        return [(c.start, c.end, s, e) for c, s, e in found]

    assert spans(_with_possessors(doc, _stripped_chunks(doc))) == \
        spans(_old_with_possessors(doc, _stripped_chunks(doc)))


def test_possessor_gate_still_finds_a_possessor(nlp):
    from communique.actors.recognize import _stripped_chunks, _with_possessors

    doc = nlp(POSSESSOR_TEXTS[0])
    chunks = _stripped_chunks(doc)
    found = list(_with_possessors(doc, chunks))
    assert len(found) > len(chunks)  # a possessor phrase ("the junta", "the militia") added
