"""Speed pass round 31s8: the stance rules that need a word in a sentence read only the sentences that hold it.

* ``stance_evidence._sentences_with``: the sentences holding a lower-cased form of a word set, from the Doc's
  per-form index (``views.positions``), in order, each once; the "curious", "true", "the way", "fine word",
  content-question and "why" rules loop over these instead of testing every word of every sentence;
* ``_generic_subjects`` and ``_judged_generic_subjects`` are given the sentence's noun subjects only (the tokens
  they can start from); ``_noun_subjects`` and ``_inversion_verbs`` find the few relations by a C scan;
* the contrast and rewarder rules read the positions of their verbs' lemmas (``positions``), not every lemma.

Outputs are unchanged: each helper is compared with the reading it replaced (kept here as the reference) on
texts written for these tests, and each rule whose loop changed still fires on a passage written for it, at the
start, in the middle and at the end of a text (a fast path that dropped a sentence or a case would miss one)."""

from __future__ import annotations

import pytest
from spacy import symbols

from communique import views
from communique.rhetoric import stance_evidence as se

from conftest import author_polarity, has_reason, opinion_piece

TEXTS = [
    "It is a curious drought that stops at the border. WHY did nobody ask? What did the ministry know?",
    "The ministry says the wells are full. That is true in the way a sieve is full of holes.",
    "Modernisation is a fine word. Both statements are true. Why, then, is the school shut?",
    "A partner does not empty the larder. A ministry that loses the study is careless.",
    "Nor has the council replied, and not once did the mayor visit. At no point was the board told.",
    "She has done in six weeks what the agency would not do in six months. The city gave the mayor a medal.",
    "Where is the money? Who signed the lease? I wonder how long the agency will wait.",
    "Nothing here. The way home was long, and the farmers walked it in the rain.",
]

WORD_SETS = [se.CURIOUS_ADJECTIVES, se._TRUE_WORDS, se._WAY, se._IRONIC_WORD_ADJECTIVES, se._ECHO_WH, se._WHY,
             frozenset(("nowhere",))]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in TEXTS + [" ".join(TEXTS)]]


def _plain_sentences_with(doc, words) -> list[int]:
    """The sentences a rule read before round 31s8: every word of every sentence tested."""
    lowers = views.token_strings(doc)[0]
    return [n for n, sent in enumerate(views.sentences(doc))
            if any(lowers[i] in words for i in range(sent.start, sent.end))]


@pytest.mark.parametrize("k", range(len(WORD_SETS)))
def test_sentences_with_is_the_plain_scan(docs, k):
    for doc in docs:
        assert se._sentences_with(doc, WORD_SETS[k]) == _plain_sentences_with(doc, WORD_SETS[k])


def test_sentences_with_finds_first_middle_and_last(docs):
    doc = docs[0]  # "curious" in the first sentence, "why" (upper case) in the second, "what" in the last
    assert se._sentences_with(doc, se.CURIOUS_ADJECTIVES) == [0]
    assert se._sentences_with(doc, se._WHY) == [1]
    assert se._sentences_with(doc, se._ECHO_WH) == [2]
    assert se._sentences_with(doc, frozenset(("nowhere",))) == []


def test_noun_subjects_and_inversion_verbs_are_the_plain_scans(docs):
    for doc in docs:
        heads, deps, _ = views.dependency_tree(doc)
        pos = views.pos_ids(doc)
        plain = [i for i, p in enumerate(pos) if p == symbols.NOUN and deps[i] == symbols.nsubj]
        assert se._noun_subjects(doc) == plain
        negs = [heads[i] for i, dep in enumerate(deps) if dep in se._NEG_IDS and deps[heads[i]] in se._ADVMOD_IDS]
        assert {v for o in negs for v in (heads[o], heads[heads[o]])} <= se._inversion_verbs(doc)


def test_generic_subjects_from_the_noun_subjects(docs):
    for doc in docs:
        subjects = se._noun_subjects(doc)
        for sent in views.sentences(doc):
            nouns = [doc[i] for i in subjects if sent.start <= i < sent.end]
            assert list(se._generic_subjects(nouns)) == list(se._generic_subjects(sent))
            assert list(se._judged_generic_subjects(nouns)) == list(se._judged_generic_subjects(sent))


_PIECE = opinion_piece(
    "The harbour deserves better\n\nBy a harbour pilot\n\n",
    "The harbour of Velmar has fed the town for two hundred years.",
    "We will keep watching the quays.")
_BOARD = "Velmar Port Board"


@pytest.mark.parametrize("passage,reason", [
    ("The Velmar Port Board said that the silting was caused by a dry summer. "
     "It is a curious dry summer that stops at the harbour wall.", "curious"),
    ("The Velmar Port Board calls the closures 'a rationalisation of the quays'. Rationalisation is a fine word. "
     "On the quays it meant forty pilots for one berth.", "fine word"),
    ("The Velmar Port Board told the council that no pilot had lost work. That is true in the way that a man "
     "thrown from a pier has not lost his footing.", "mocking simile"),
    ("The Velmar Port Board says its dredgers respect the rules. Then why do their lights go dark every night?",
     "rhetorical question 'why'"),
    ("The Velmar Port Board replied that its contract 'does not cover the channel'. What, one may ask, does a "
     "dredging contract cover, if not the channel?", "question echoing its claim"),
])
def test_gated_rules_still_fire(passage, reason):
    _, reasons = author_polarity(_PIECE(passage), _BOARD)
    assert has_reason(reasons, reason), reasons
