"""Round 17 speed pass: rules that read a few tokens' relations, texts or tags now read them
by index from the Doc's views (``dependency_tree``, ``token_offsets``, ``token_labels``)
instead of making a ``Token`` per child or per step. Each must answer exactly as the
``Token`` reading it replaces, checked here on random parses of every shape."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.attrs import TAG
from spacy.tokens import Doc

from communique.actors.recognize import REFLEXIVE_PERSON, SUBJECT_DEPS, _reflexive_subject
from communique.quotes.speakers import MAX_TURN_LABEL_CHARS, turn_label
from communique.rhetoric.stance_evidence import _passive
from communique.views import release, token_labels

_WORDS = ["He", "himself", "herself", "Himself", "Smith", "said", "was", "fired", "Question", ":", "(",
          ")", ",", "the", "minister", "Spokesperson", "Jane", "Doe", "is", "a", "very-long-word-" * 3]
_DEPS = ["nsubj", "nsubjpass", "auxpass", "dobj", "prep", "pobj", "punct", "det", "compound", "dep"]
_POS = ["NOUN", "PROPN", "VERB", "AUX", "PUNCT", "DET", "PRON"]
_TAGS = ["NN", "NNP", "VBD", "VBN", ":", "DT", "PRP"]


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def _doc(vocab, rng: random.Random, n: int, breaks: bool = False) -> Doc:
    """A random parse: each token's head an earlier token (the first one the root), random
    relations, parts of speech and tags; with ``breaks``, some tokens are line breaks."""
    words, spaces = [], []
    for _ in range(n):
        if breaks and rng.random() < 0.15:
            words.append(rng.choice(["\n", "\n\n"]))
            spaces.append(False)
        else:
            words.append(rng.choice(_WORDS))
            spaces.append(rng.random() < 0.8)
    heads = [0] + [rng.randrange(i) for i in range(1, n)]
    deps = ["ROOT"] + [rng.choice(_DEPS) for _ in range(1, n)]
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps,
               pos=[rng.choice(_POS) if w.strip() else "SPACE" for w in words],
               tags=[rng.choice(_TAGS) if w.strip() else "_SP" for w in words])


def _reflexive_by_tokens(doc, i: int) -> bool:  # the Token reading it replaced
    tok = doc[i]
    return tok.dep_ in SUBJECT_DEPS and any(c.lower_ in REFLEXIVE_PERSON for c in tok.head.children)


def _passive_by_tokens(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _turn_label_by_tokens(token) -> bool:
    doc = token.doc
    lo = token.i
    while lo > 0 and "\n" not in doc[lo - 1].text:
        lo -= 1
        if token.idx - doc[lo].idx > MAX_TURN_LABEL_CHARS:
            return False
    hi = token.i
    while not doc[hi].text.endswith(":"):
        hi += 1
        if hi == len(doc) or "\n" in doc[hi].text or doc[hi].idx - doc[lo].idx > MAX_TURN_LABEL_CHARS:
            return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[lo:hi])


@pytest.mark.parametrize("seed", range(4))
def test_reflexive_subject_and_passive_answer_as_the_token_reading(vocab, seed):
    rng = random.Random(seed)
    seen = {True: 0, False: 0}
    for _ in range(60):
        doc = _doc(vocab, rng, rng.randint(1, 30))
        for i in range(len(doc)):
            assert _reflexive_subject(doc, i) == _reflexive_by_tokens(doc, i), (doc.text, i)
            assert _passive(doc[i]) == _passive_by_tokens(doc[i]), (doc.text, i)
            seen[_reflexive_subject(doc, i)] += 1
        release(doc)
    assert seen[True] and seen[False]  # both answers were tested


@pytest.mark.parametrize("seed", range(4))
def test_turn_label_by_offsets_answers_as_the_token_walk(vocab, seed):
    rng = random.Random(100 + seed)
    seen = {True: 0, False: 0}
    for _ in range(80):
        doc = _doc(vocab, rng, rng.randint(1, 25), breaks=True)
        for i in range(len(doc)):
            want = _turn_label_by_tokens(doc[i])
            assert turn_label(doc[i]) == want, (doc.text, i)
            seen[want] += 1
        release(doc)
    assert seen[True] and seen[False]


def test_turn_label_on_a_transcript(nlp):
    doc = nlp("Question: The minister said that the talks would go on.\nAna Ruiz said: we will stay.")
    labelled = [t.text for t in doc if turn_label(t)]
    assert "Question" in labelled and "minister" not in labelled and "Ruiz" not in labelled


def test_tag_ids_of_the_views_are_the_docs_tags(nlp):
    doc = nlp("The envoy's talks in Geneva ended early, officials said on Tuesday.")
    assert token_labels(doc)[0] == doc.to_array(TAG).tolist()
