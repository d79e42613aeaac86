"""Speed pass round 24s (s1): rules of the events stage that walked every token before a word
now read only the tokens of their words from the Doc's word index (``views.positions``); a
historical-cue test makes a ``Token`` only for the words written as a year; the subjectivity
cues sum their running totals along contiguous rows; two label scans go through
``views.indices_of``. Outputs are unchanged: these tests compare each new reading with the
old one (kept here as the reference) on texts written for them, and check the rules still
fire. Every text here was written for these tests."""

from __future__ import annotations

import random

import numpy as np
import pytest

JOINT_TEXTS = [
    "Kenya and Tanzania set up a joint commission on lake fisheries in March. Uganda and Rwanda "
    "later opened talks on rail tariffs. The commission will meet in Mombasa next week.",
    "Chile and Peru created a bilateral committee on river water last year. Argentina protested. "
    "This committee reported to both cabinets on Friday.",
    "The committee met in Lima on Tuesday. Bolivia criticised the committee and its chair.",
]

SUMMIT_TEXTS = [
    "A summit of the African Union ended in Addis Ababa on Sunday. The leaders approved a plan "
    "for the Sahel, and the meeting closed with a declaration.",
    "Ministers of the European Union held a session in Brussels. The session adopted a text on "
    "grain exports, which Hungary opposed.",
    "Farmers in Ohio harvested corn early this year. Prices fell, traders said.",
]

YEAR_TEXTS = [
    "In 1998 the two states signed a border treaty, and in 2023 they renewed it.",
    "The army withdrew from the valley during 2001, officials recalled.",
    "Protesters gathered in front of the ministry on Monday.",
    "Delegates counted 2024 ballots in 1987 halls, the report said.",
]


def test_indices_of_matches_the_enumerate_reading():
    from communique.views import indices_of

    rng = random.Random(24)
    for _ in range(300):
        values = [rng.randrange(4) for _ in range(rng.randrange(0, 40))]
        for value in range(5):
            assert indices_of(values, value) == [i for i, v in enumerate(values) if v == value]
    assert indices_of([], 1) == []


def _old_joint_body(document, tok):
    """``_joint_body`` as it was before round 24s (every token before the noun read)."""
    from communique.stages.events import ANAPHORIC_DETERMINERS, JOINT_WORDS, _last_two_states

    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in tok.children):
        return []
    lemma = tok.lemma_.lower()
    joint = [t for t in tok.doc[:tok.i] if t.lemma_.lower() == lemma and t.pos_ == "NOUN"
             and any(c.lower_ in JOINT_WORDS and c.dep_ in ("amod", "compound") for c in t.subtree if c.i < t.i)]
    return _last_two_states(document, joint[-1].idx) if joint else []


@pytest.mark.parametrize("text", JOINT_TEXTS)
def test_joint_body_reads_as_before(analyze, nlp, text):
    from communique.stages.events import _joint_body

    document, doc = analyze(text), nlp(text)
    for tok in doc:
        assert _joint_body(document, tok) == _old_joint_body(document, tok), tok.text


def test_joint_body_still_finds_the_pair_that_set_it_up(analyze, nlp):
    from communique.stages.events import _joint_body

    text = JOINT_TEXTS[0]
    document, doc = analyze(text), nlp(text)
    last = [t for t in doc if t.lower_ == "commission"][-1]
    found = _joint_body(document, last)
    names = {a.id: a.name for a in document.actors}
    assert len(found) == 2
    assert {names[i] for i in found} == {n for n in names.values() if n in ("Kenya", "Tanzania")}
    plain = JOINT_TEXTS[2]
    document, doc = analyze(plain), nlp(plain)
    assert all(_joint_body(document, t) == [] for t in doc)  # no joint body set up: nothing


def _old_summit_bloc(tok, index):
    from communique.stages.events import _meeting_body_at

    for t in reversed(tok.doc[:tok.i]):
        if (body := _meeting_body_at(t, index)) is not None:
            return [body]
    return []


@pytest.mark.parametrize("text", SUMMIT_TEXTS)
def test_summit_bloc_and_meeting_bodies_read_as_before(analyze, nlp, text):
    from communique.stages.events import BODY_MEETING_NOUNS, _meeting_body_at, _summit_bloc
    from communique.views import positions, views_of

    document, doc = analyze(text), nlp(text)
    index = views_of(doc).actor_index(document.actors)
    meeting_words = set(positions(doc, BODY_MEETING_NOUNS))
    for tok in doc:
        assert _summit_bloc(tok, index) == _old_summit_bloc(tok, index), tok.text
        if _meeting_body_at(tok, index) is not None:  # the gate of ``_meeting_text_body`` keeps it
            assert tok.i in meeting_words


def test_a_summit_of_a_bloc_still_names_the_bloc(analyze, nlp):
    from communique.stages.events import _summit_bloc
    from communique.views import views_of

    text = SUMMIT_TEXTS[0]
    document, doc = analyze(text), nlp(text)
    index = views_of(doc).actor_index(document.actors)
    leaders = next(t for t in doc if t.lower_ == "leaders")
    names = {a.id: a.name for a in document.actors}
    found = _summit_bloc(leaders, index)
    assert len(found) == 1 and "African Union" in names[found[0]]
    farm = nlp(SUMMIT_TEXTS[2])
    assert all(_summit_bloc(t, index) == [] for t in farm)


@pytest.mark.parametrize("text", YEAR_TEXTS)
@pytest.mark.parametrize("year", [2024, 1990, None])
def test_historical_cue_reads_as_before(nlp, text, year):
    from communique.events.dating import date_entities
    from communique.events.lexicon import load_modality
    from communique.events.modality import _bare_old_year, _historical_phrase, _old_year, historical_cue_in
    from communique.views import token_strings

    cues = load_modality()
    doc = nlp(text)
    for sent in doc.sents:
        lowered = " " + " ".join(token_strings(doc)[0][sent.start:sent.end]) + " "
        old = (_historical_phrase(lowered, cues) or " during " in lowered
               or any(_old_year(ent, year, cues) for ent in date_entities(sent))
               or any(_bare_old_year(t, year, cues) for t in sent))
        assert bool(historical_cue_in(sent, cues, year)) == bool(old)


def test_a_bare_old_year_is_still_a_historical_cue(nlp):
    from communique.events.lexicon import load_modality
    from communique.events.modality import _bare_old_year, historical_cue_in

    cues = load_modality()
    doc = nlp("Delegates counted the ballots in 1987 halls, the report said.")
    sent = next(iter(doc.sents))
    # whichever way the parser reads the year, the cue follows ``_bare_old_year`` of its token
    year_tok = next(t for t in doc if t.text == "1987")
    if _bare_old_year(year_tok, 2024, cues):
        assert historical_cue_in(sent, cues, 2024)
    doc = nlp("Protesters gathered in front of the ministry on Monday.")
    assert not historical_cue_in(next(iter(doc.sents)), cues, 2024)


@pytest.mark.parametrize("text", YEAR_TEXTS + SUMMIT_TEXTS)
def test_subjectivity_running_totals_count_the_tokens(nlp, text):
    from communique.structure.subjectivity import _WORD_CUES, _DocCues

    doc = nlp(text)
    cues = _DocCues(doc)
    n = len(doc)
    assert cues.prefixes.shape[0] == n + 1 and not cues.prefixes[0].any()
    steps = np.diff(cues.prefixes, axis=0)
    assert ((steps == 0) | (steps == 1)).all()
    words = [0] + list(np.cumsum([not (t.is_punct or t.is_space) for t in doc]))
    assert cues.prefixes[:, 12 + len(_WORD_CUES)].tolist() == words
    adjectives = [0] + list(np.cumsum([t.pos_ == "ADJ" and not (t.is_punct or t.is_space) for t in doc]))
    assert cues.prefixes[:, 2].tolist() == adjectives
