"""Speed pass round 25s (s1): rules of the actors and events stages that made a spaCy ``Token``
for every word of a document to test its tag, part of speech or lemma now read the Doc's token
arrays (the actors' token rows, ``views.token_labels``, ``views.positions``) and make a
``Token`` only for the few words that pass: the ends of capitalised runs that
``_titled_names`` reads, the plural nouns of ``addressed_groups`` and ``_counted_patients``,
the title words of ``_named_holders``. Outputs are unchanged: these tests compare each new
reading with the old one (kept here as the reference) on texts and random token sequences
written for them, and check that the rules still fire. Every text here was written for these
tests."""

from __future__ import annotations

import random

import pytest

TEXTS = [
    "Deputy Minister of Foreign Trade Daniel Okonkwo told reporters that exports had grown.",
    "Special Envoy for the Great Lakes Miriam Castell arrived in Goma on Sunday with two aides.",
    "The commission urged all states to stop selling weapons to the militias in the north.",
    "Rebels abducted eleven crew members off the coast on Tuesday, the navy said.",
    "Hundreds of villagers were evacuated after floods; officials in Dakar said the roads were closed.",
    "A. B. Lowell met the mayors of three towns. NATO and the OSCE sent observers.",
    "",
]


def _old_titled_name_ends(doc) -> list[int]:
    """The tokens ``_titled_names`` went on with before round 25s (every token read)."""
    from communique.actors.recognize import TITLED_NAME_DEPS

    out = []
    for i, tok in enumerate(doc):
        if not (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and len(tok) > 1) or tok.ent_type_ \
                or tok.dep_ not in TITLED_NAME_DEPS:
            continue
        if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha:
            continue
        out.append(i)
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_titled_name_ends_read_as_before(nlp, text):
    from communique.actors.recognize import _titled_name_ends
    from communique.views import release

    doc = nlp(text)
    assert _titled_name_ends(doc) == _old_titled_name_ends(doc)
    release(doc)
    assert _titled_name_ends(doc) == _old_titled_name_ends(doc)  # rebuilt from a fresh view


def _random_doc(nlp, rng):
    """A Doc of random capitalised, lower-case, short and non-letter words with random parts of
    speech, relations (one root) and entity spans: every branch of the gate, in any order."""
    from spacy.tokens import Doc, Span

    forms = ["Okafor", "Lena", "of", "the", "A", "Mbeki", "Trade", "x", "Ky", "Re-Run", "7th", "UN", "said", ","]
    n = rng.randrange(1, 14)
    words = [rng.choice(forms) for _ in range(n)]
    pos = [rng.choice(["PROPN", "NOUN", "ADP", "VERB", "PUNCT"]) for _ in range(n)]
    root = rng.randrange(n)
    heads = [root if i != root else i for i in range(n)]
    deps = [("ROOT" if i == root else rng.choice(["nsubj", "dobj", "pobj", "appos", "conj", "compound", "amod"]))
            for i in range(n)]
    doc = Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps)
    ents, i = [], 0
    while i < n:
        if rng.random() < 0.3:
            j = min(n, i + rng.randrange(1, 3))
            ents.append(Span(doc, i, j, label=rng.choice(["PERSON", "GPE", "ORG"])))
            i = j
        i += 1
    doc.ents = ents
    return doc


def test_titled_name_ends_match_the_token_gate_on_random_docs(nlp):
    from communique.actors.recognize import _titled_name_ends

    rng = random.Random(25)
    hits = 0
    for _ in range(300):
        doc = _random_doc(nlp, rng)
        old = _old_titled_name_ends(doc)
        assert _titled_name_ends(doc) == old
        hits += len(old)
    assert hits > 20  # the gate opened often enough to be tested


@pytest.mark.parametrize("text", TEXTS)
def test_plural_nouns_are_the_nns_tokens(nlp, text):
    from communique.actors.recognize import _plural_nouns
    from communique.views import release

    doc = nlp(text)
    want = [t.i for t in doc if t.tag_ == "NNS"]
    assert [t.i for t in _plural_nouns(doc)] == want
    assert [t.i for t in _plural_nouns(doc)] == want  # kept in the views
    release(doc)
    assert [t.i for t in _plural_nouns(doc)] == want


def test_title_word_positions_are_the_old_gate(nlp):
    """``_named_holders`` reads the tokens whose lower-cased lemma is a title word; the noun test
    stays on each token: together the same tokens as the old walk over every token."""
    from communique.views import positions

    doc = nlp("The special envoy for the Sahel, Marta Lindqvist, met two envoys and a minister.")
    titled = {"envoy": ["a1"], "minister": ["a2"]}
    new = [doc[i] for i in positions(doc, titled)]
    assert [t.i for t in new if t.pos_ == "NOUN"] == \
        [t.i for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in titled]
    assert [t.lower_ for t in new] == ["envoy", "envoys", "minister"]


def test_a_group_addressed_by_a_request_is_still_an_actor(analyze):
    document = analyze("The commission urged all states to stop selling weapons to the militias in the north.")
    assert ("all states", "group") in {(a.name, a.kind) for a in document.actors}
    plain = analyze("The commission praised the states of the region for their work on the roads.")
    assert "all states" not in {a.name for a in plain.actors}


def test_counted_people_acted_on_are_still_a_group(analyze):
    document = analyze("Rebels abducted eleven crew members off the coast on Tuesday, the navy said.")
    assert ("crew members", "group") in {(a.name, a.kind) for a in document.actors}
    document = analyze("Authorities deported forty migrants on Thursday.")
    assert ("forty migrants", "group") in {(a.name, a.kind) for a in document.actors}


def test_a_titled_name_after_a_bare_title_is_still_a_person(analyze):
    document = analyze("The talks were led by Minister of Water and Sanitation Peter Halvorsen, who met farmers.")
    assert any(a.kind == "person" and a.name.endswith("Peter Halvorsen") for a in document.actors)


QUESTION_TEXTS = [
    "The agency said the dam was safe.\n\nWhat, one may ask, does safe mean here?\n\n",
    "The ministry claimed the water was clean. Which of these versions should we believe ?  ",
    "Which road leads to the port?\n\nNobody knows.",
    "I would like to know what the fence is guarding against.\n",
    "   \n\n",
]


def _old_wh_words(sent):
    """The words ``_wh_question`` read before round 25s (a ``Token`` per word for ``is_space``)."""
    from communique.views import token_strings

    lowers = token_strings(sent.doc)[0]
    return [lowers[i] for i in range(sent.start, sent.end) if not sent.doc[i].is_space]


@pytest.mark.parametrize("text", QUESTION_TEXTS)
def test_space_flags_are_the_tokens_is_space(nlp, text):
    from communique.views import release, space_flags

    doc = nlp(text)
    assert space_flags(doc) == [int(t.is_space) for t in doc]
    assert space_flags(doc) is space_flags(doc)  # kept in the views
    release(doc)
    assert space_flags(doc) == [int(t.is_space) for t in doc]


@pytest.mark.parametrize("text", QUESTION_TEXTS)
def test_the_last_word_of_a_sentence_reads_as_before(nlp, text):
    """``_belief_question_evidence`` reads the last token that is not white space from the flags;
    the old reading made a ``Token`` per word of every sentence."""
    from communique.views import sentences, space_flags

    doc = nlp(text)
    spaces = space_flags(doc)
    for sent in sentences(doc):
        words = [t for t in sent if not t.is_space]
        last = next((i for i in range(sent.end - 1, sent.start - 1, -1) if not spaces[i]), None)
        assert (last is None) == (not words)
        if words:
            assert doc[last].text == words[-1].text and last == words[-1].i
        assert [w.lower_ for w in words] == _old_wh_words(sent)


def test_a_question_on_which_claim_to_believe_still_counts(analyze, nlp):
    from communique.rhetoric.stance_evidence import BELIEF_QUESTION, find_evidence

    for question in ("Which of these accounts are we to believe?", "Which of these accounts should we believe?"):
        text = ("First the Port Board said the leak came from an old pipe. Then the Port Board said there had "
                "been no leak. " + question)
        assert any(e.reason == BELIEF_QUESTION for e in find_evidence(analyze(text), nlp(text)))
    plain = "The Port Board said the leak came from an old pipe. Which pier is the oldest in the bay?"
    assert not any(e.reason == BELIEF_QUESTION for e in find_evidence(analyze(plain), nlp(plain)))
