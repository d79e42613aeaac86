"""Round 16 speed pass: ``views.positions`` (where a rule's words occur, from a per-Doc index)
gives the indices of the plain scan over every token, and the rules moved onto it answer as
the scans they replace."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.tokens import Doc

from communique.views import positions, token_strings

_WORDS = ["talk", "talks", "Talk", "deny", "say", "said", "if", "unless", "no", "not", "n't", "but",
          "yet", "the", "a", "Minsk", "call", "calls", "give", "sent", "send", "“", "\"", "."]
_LEMMAS = {"talks": "talk", "Talk": "talk", "said": "say", "calls": "call", "sent": "send", "n't": "not"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def _doc(vocab, rng: random.Random, n: int) -> Doc:
    words = [rng.choice(_WORDS) for _ in range(n)]
    return Doc(vocab, words=words, lemmas=[_LEMMAS.get(w, w.lower()) for w in words])


def _scan(doc, sets, lemmas: bool) -> list[int]:
    forms = token_strings(doc)[1 if lemmas else 0]
    return [i for i, w in enumerate(forms) if any(w in s for s in sets)]


@pytest.mark.parametrize("seed", range(6))
def test_positions_match_the_scan_over_every_token(vocab, seed):
    rng = random.Random(seed)
    pool = sorted({w.lower() for w in _WORDS} | {"unknown", "never", "merit"})
    for _ in range(40):
        doc = _doc(vocab, rng, rng.randint(0, 60))
        for lemmas in (True, False):
            sets = []
            for _ in range(rng.randint(1, 3)):
                words = rng.sample(pool, rng.randint(0, len(pool)))  # small and large sets: both look-up ways
                kind = rng.choice(["set", "frozenset", "dict", "tuple"])
                sets.append(dict.fromkeys(words, 1) if kind == "dict" else tuple(words) if kind == "tuple"
                            else set(words) if kind == "set" else frozenset(words))
            assert positions(doc, *sets, lemmas=lemmas) == _scan(doc, sets, lemmas)


def test_positions_are_in_order_once_each_and_a_new_list(vocab):
    doc = Doc(vocab, words=["He", "said", "no", ",", "she", "says", "no", "."],
              lemmas=["he", "say", "no", ",", "she", "say", "no", "."])
    # a word in two of the sets counts once
    assert positions(doc, {"say", "no"}, ("no",)) == [1, 2, 5, 6]
    assert positions(doc, {"says"}, lemmas=False) == [5]
    assert positions(doc, {"says"}) == []  # by lemma: "say"
    first = positions(doc, {"no"})
    first.append(99)
    assert positions(doc, {"no"}) == [2, 6]  # the index is not edited through an answer
    assert positions(doc, set()) == []


def test_rules_on_positions_answer_as_their_scans(nlp):
    from communique.rhetoric import calls, stance_evidence, techniques

    doc = nlp("We call on Minsk to free them now. If the plant opens, the river will die. "
              "They talk of peace while they arm the militias, but the truth is otherwise. "
              "Moscow props him up and deserves no praise; it failed to act and sent nothing.")
    lowers, lemmas = token_strings(doc)
    words = {"peace": 1, "praise": 1, "arm": -1, "die": -1}
    assert [t.i for t in techniques._word_list_tokens(doc, words)] == [
        i for i, (low, lem) in enumerate(zip(lowers, lemmas)) if low in words or lem in words]
    lemma_words = calls._words("appeal_verbs") | calls._words("duty_nouns") | calls._words("message_nouns")
    lower_words = calls._words("modals") | frozenset(calls._NEED_WORDS)
    assert calls._rule_tokens(doc) == [i for i, (low, lem) in enumerate(zip(lowers, lemmas))
                                       if low in lower_words or lem in lemma_words]
    evaluative, _labels = stance_evidence._lexicons()
    hits = [(tok.i, key) for tok, key, _ in stance_evidence._word_hits(doc, evaluative)]
    plain = []
    for i, lemma in enumerate(lemmas):  # the one-word part of ``_word_hits`` as it was
        key = lemma if lemma in evaluative else lowers[i]
        if key in evaluative and " " not in key and doc[i].pos_ != "PROPN":
            plain.append((i, key))
    assert hits[:len(plain)] == plain
    assert stance_evidence._first_words("deeds.en.tsv") == {e.split()[0] for e in
                                                            stance_evidence.polar_terms("deeds.en.tsv")}
    assert stance_evidence._multi_word(evaluative) == tuple(k for k in evaluative if " " in k or "-" in k)


def test_sentence_bounds_by_bisection_match_the_table_of_every_token(nlp):
    from spacy.attrs import IDX

    from communique.rhetoric.stance import _sentence_bounds
    from communique.views import sentences

    doc = nlp("Minsk denied it.  The envoy, who arrived on Monday, said so!\n\nThey left. Why?")
    table = {}
    for sent in sentences(doc):
        table.update(dict.fromkeys(doc.to_array(IDX).tolist()[sent.start:sent.end], (sent.start_char, sent.end_char)))
    bounds = _sentence_bounds(doc)
    for offset in range(-1, len(doc.text) + 2):
        assert bounds.get(offset) == table.get(offset)
    assert bounds.get(1) is None and bounds.get(0) == (0, table[0][1])
