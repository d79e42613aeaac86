"""Speed pass round 29s4: cheap gates before the per-candidate reads of the events stage.

* ``events.arguments._own_prep_objects``: ``verb_arguments`` and ``noun_arguments`` ask for the
  objects of ten or so preposition sets of the trigger; the words of the trigger's own
  prepositions are read once, and a set holding none of them gives ``[]`` with no walk;
* ``events.modality.dated_background``: a sentence with no date entity is no dated background
  before the verb's tense is read;
* ``events.modality.historical_cue_in``: the words are tested one by one as a bare year only
  when the sentence's text holds a year at all.

Outputs are unchanged: each test compares the gated reading with the plain one on texts written
for these tests, and a deliberately wrong gate is caught."""

from __future__ import annotations

import pytest

TEXTS = [
    "Kestria imposed new sanctions on Ostrava over the border dispute.",
    "The envoy was expelled by the Vallmoran authorities on Tuesday.",
    "Ostrava and Tarsk held talks in Brenholm with the mediators from the Union.",
    "The attack on the embassy by the militia was condemned by the council.",
    "Talks between Kestria and Ostrava were hosted by Tarsk in March.",
    "The minister, along with her deputy, met the delegation at the harbour.",
    "Kestria accused Ostrava of massing troops along the border.",
    "The two leaders signed a trade pact in 1999 and met again in May.",
    "Vallmora will respond to the attack on its embassy, the minister said.",
    "Thousands of protesters marched through the capital during the strike.",
    "The weather was calm and the markets opened on time.",
    "The agreement reached two years ago was rejected by the parliament of Tarsk.",
]

#: Preposition sets the argument rules ask about, and a few more.
PREP_SETS = [frozenset(), frozenset({"by"}), frozenset({"on"}), frozenset({"in", "at"}),
             frozenset({"with", "to"}), frozenset({"between"}), frozenset({"of"}),
             frozenset({"along", "over"}), frozenset({"from", "against", "into"})]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in TEXTS]


def _candidates(docs):
    from communique.events.extract import _paired_object
    from communique.events.lexicon import load_lexicon
    from communique.events.triggers import find_candidates

    lexicon = load_lexicon()
    return [c for doc in docs for sent in doc.sents for c in find_candidates(sent, lexicon, keep=_paired_object)]


def _plain_reader(_s, tok):
    from communique.syntax import prep_objects

    return lambda preps, exclude=(): prep_objects(tok, preps, exclude)


@pytest.mark.parametrize("preps", PREP_SETS)
def test_own_prep_objects_is_prep_objects(docs, preps):
    from communique.events.arguments import _own_prep_objects
    from communique.syntax import prep_objects
    from communique.views import token_sheet

    for doc in docs:
        s = token_sheet(doc)
        for tok in doc:
            read = _own_prep_objects(s, tok)
            assert read(preps) == prep_objects(tok, preps)
            assert read(preps, exclude=list(tok.children)) == prep_objects(tok, preps, list(tok.children))


def _arguments(cands):
    from communique.events.arguments import noun_arguments, verb_arguments
    from communique.events.lexicon import load_lexicon

    lexicon = load_lexicon()
    return [tuple([t.i for t in side] for side in (verb_arguments if c.pos == "verb" else noun_arguments)(c, lexicon))
            for c in cands]


def test_arguments_gated_as_plain(docs, monkeypatch):
    from communique.events import arguments

    cands = _candidates(docs)
    assert sum(c.pos == "verb" for c in cands) >= 8 and sum(c.pos != "verb" for c in cands) >= 3
    gated = _arguments(cands)
    monkeypatch.setattr(arguments, "_own_prep_objects", _plain_reader)
    assert gated == _arguments(cands)


def test_a_wrong_gate_is_caught(docs, monkeypatch):
    """Reading no preposition of the trigger as its own (a gate that shuts every set) loses
    "on Ostrava", "by the Vallmoran authorities", "between Kestria and Ostrava"."""
    from communique.events import arguments

    cands = _candidates(docs)
    gated = _arguments(cands)
    monkeypatch.setattr(arguments, "_PREP_DEP_IDS", frozenset())
    assert gated != _arguments(cands)


def test_sanctions_target_and_passive_agent(docs):
    from communique.events.arguments import verb_arguments
    from communique.events.lexicon import load_lexicon

    lexicon = load_lexicon()
    found = {c.token.lemma_: verb_arguments(c, lexicon) for c in _candidates(docs[:2]) if c.pos == "verb"}
    assert "Ostrava" in [t.text for t in found["impose"][1]]
    assert "authorities" in [t.text for t in found["expel"][0]]


def _word(doc, word):
    return next(t for t in doc if t.text == word)


def test_dated_background_reads_no_tense_without_a_date(docs, monkeypatch):
    from communique.events import modality
    from communique.events.context import parse_published
    from communique.events.lexicon import load_modality

    cues, pub = load_modality(), parse_published("2026-12-01")
    opened = _word(docs[10], "opened")

    def tense_read(_verb):
        raise AssertionError("the tense was read")

    monkeypatch.setattr(modality, "framed_now", tense_read)
    assert modality.dated_background(opened, opened.sent, cues, pub) is False  # no date: no tense read
    signed = _word(docs[7], "signed")
    with pytest.raises(AssertionError):
        modality.dated_background(signed, signed.sent, cues, pub)  # dated: the tense is read


def test_dated_background_still_finds_an_old_date(docs):
    from communique.events.context import parse_published
    from communique.events.lexicon import load_modality
    from communique.events.modality import dated_background

    cues = load_modality()
    signed = _word(docs[7], "signed")
    assert dated_background(signed, signed.sent, cues, parse_published("2026-12-01")) is True
    assert dated_background(signed, signed.sent, cues, None) is False


@pytest.mark.parametrize("k, year, historical", [(7, 2026, True), (10, 2026, False), (9, 2026, True), (0, 2026, False)])
def test_historical_cue_in(docs, k, year, historical):
    from communique.events.lexicon import load_modality
    from communique.events.modality import historical_cue_in

    sent = next(iter(docs[k].sents))
    assert historical_cue_in(sent, load_modality(), year) is historical


def test_bare_years_read_only_where_a_year_is_written(docs, monkeypatch):
    from communique.events import modality
    from communique.events.lexicon import load_modality

    read = []
    real = modality._bare_old_year
    monkeypatch.setattr(modality, "_bare_old_year", lambda tok, *a: read.append(tok.text) or real(tok, *a))
    cues = load_modality()
    modality.historical_cue_in(next(iter(docs[0].sents)), cues, 2026)
    assert read == []
    # with no DATE entity to answer first, the written year must still reach the bare-year test
    monkeypatch.setattr(modality, "date_entities", lambda sent: [])
    modality.historical_cue_in(next(iter(docs[7].sents)), cues, 2026)
    assert read == ["1999"]


def test_owners_gated_as_plain(docs, monkeypatch):
    from communique.events import arguments

    def read():
        return [[t.i for t in arguments.owners(tok, places)] for doc in docs for tok in doc for places in (True, False)]

    gated = read()
    assert any(gated)  # "The attack on the embassy by the militia": owners found
    monkeypatch.setattr(arguments, "_own_prep_objects", _plain_reader)
    assert gated == read()
