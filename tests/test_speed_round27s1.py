"""Speed pass round 27s1: readings by index where rules made a ``Token`` for every word, and
answers asked again per lexicon entry.

* ``events.triggers._match``: whether the token's doer is an actor, and its particle per
  preposition, read once per call, not once per lexicon entry of the word;
* ``stance_evidence._negated``: the negation among a word's children read from the Doc's
  dependency table;
* word tests before a walk: ``events.extract._sentence_words`` (a ``Token`` only for the words
  of a rule's list, for eleven sentence rules whose first test of every token was that word test);
  ``_demands`` (the verbs a demand modal hangs on); ``stages.events._brokers`` (a broker's
  noun or participle); ``_overdue_demand_evidence`` (the heads of "finally" / "without"),
  ``_skipped_work_evidence`` (the verbs "do" / "take") and ``_deed_for_us_evidence`` (the verbs of
  help, giving and search);
* ``stages.events._parsed(..., tree_only=True)``: the re-parses whose tree only is read skip the
  lemmatizer and the entity recogniser.

Outputs are unchanged: the tests compare each new reading with the old one (kept here), check
that a gate passes every word its rule could fire on, and that the rules still fire. Every text
here was written for these tests."""

from __future__ import annotations

import random

import pytest

TEXTS = [
    "The ministry said it would not only review the permits but also publish them.",
    "Halden did not send observers, and the council never answered the letter.",
    "Nor has the port authority explained the delay, and it is not merely a matter of cranes.",
    "Kestria regretted that Vallmora had not attended the water talks in Ostend.",
    "The delegation said it had nothing to do with the fire at the depot.",
    "Talks mediated by the Coastal League resumed under the auspices of the Northern Forum.",
    "Vallmora must return the fishing boats, the foreign minister of Kestria said on Tuesday.",
    "We call on the harbour board to publish the audit without further delay.",
    "The ministry should finally answer the letters of the fishermen.",
    "The volunteers did the careful work that others skipped.",
    "The county gave us two ambulances for the winter and sent boats to look for the shepherds.",
    "Kestria imposed sanctions on Vallmora and called for talks with the rebels.",
    "The army took control of the town and held a round of talks with the elders.",
    "",
]


def _old_negated(tok) -> bool:
    from communique.rhetoric.stance_evidence import (_DOUBLE_NEGATIVE_HEADS, _NOT_NEGATING, _PREDICATE_DEPS,
                                                     _inverted_nor)

    def neg(t) -> bool:
        return any(c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in _NOT_NEGATING)
                   for c in t.children) or _inverted_nor(t)
    return neg(tok) or tok.dep_ in _PREDICATE_DEPS and neg(tok.head) and \
        tok.head.lemma_.lower() not in _DOUBLE_NEGATIVE_HEADS


@pytest.mark.parametrize("text", TEXTS)
def test_negated_reads_the_children_walk(nlp, text):
    from communique.rhetoric.stance_evidence import _negated
    from communique.views import release

    doc = nlp(text)
    assert [_negated(t) for t in doc] == [_old_negated(t) for t in doc]
    release(doc)
    assert [_negated(t) for t in doc] == [_old_negated(t) for t in doc]  # rebuilt from a fresh view


def test_negated_still_reads_a_negation(nlp):
    from communique.rhetoric.stance_evidence import _negated

    doc = nlp(TEXTS[1])
    assert _negated(next(t for t in doc if t.lemma_ == "send"))
    doc = nlp(TEXTS[0])
    assert not _negated(next(t for t in doc if t.lemma_ == "review"))  # "not only": no negation


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_words_reads_the_sentence_walk(nlp, text):
    from communique.events.extract import _sentence_words
    from communique.views import sentences, token_strings

    doc = nlp(text)
    lowers, lemmas = token_strings(doc)
    rng = random.Random(len(text))
    vocabulary = sorted(set(lowers) | set(lemmas)) or ["none"]
    for _ in range(50):
        words = frozenset(rng.sample(vocabulary, min(len(vocabulary), rng.randrange(1, 4))))
        for forms, read in ((lowers, lambda t: t.lower_), (lemmas, lambda t: t.lemma_.lower())):
            for sent in sentences(doc):
                assert [t.i for t in _sentence_words(sent, forms, words)] == \
                    [t.i for t in sent if read(t) in words]


def _old_brokers(sent, index) -> set[str]:
    from communique.events.arguments import mention_span
    from communique.stages.events import BROKER_NOUNS, BROKER_PARTICIPLES, _pobjs

    out = set()
    for tok in sent:
        low = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (low in BROKER_NOUNS or tok.lower_ in BROKER_NOUNS):
            objs = _pobjs(tok, frozenset({"of"}))
        elif tok.tag_ == "VBN" and low in BROKER_PARTICIPLES:
            objs = _pobjs(tok, frozenset({"by"}))
        else:
            continue
        for o in objs:
            actor = index.at(*mention_span(o))
            if actor is not None:
                out.add(actor.id)
    return out


class _EveryName:
    """An actor index that finds an actor at every span (its id: the span's offsets)."""

    class _Actor:
        def __init__(self, start, end):
            self.id = f"{start}-{end}"

    def at(self, start, end):
        return self._Actor(start, end)


@pytest.mark.parametrize("text", TEXTS)
def test_brokers_reads_the_sentence_walk(nlp, text):
    from communique.stages.events import _brokers
    from communique.views import sentences

    doc = nlp(text)
    for sent in sentences(doc):
        assert _brokers(sent, _EveryName()) == _old_brokers(sent, _EveryName())


def test_brokers_still_found(nlp):
    from communique.stages.events import _brokers
    from communique.views import sentences

    doc = nlp(TEXTS[5])
    found = _brokers(sentences(doc)[0], _EveryName())
    text = TEXTS[5]
    named = {text[int(a):int(b)] for a, b in (f.split("-") for f in found)}
    assert any("League" in n for n in named) and any("Forum" in n for n in named), named


@pytest.mark.parametrize("text", TEXTS)
def test_match_asks_doer_and_particle_once(nlp, text, monkeypatch):
    """The candidates are those of a reading that asks again per entry, and each question is
    asked at most once per token (and preposition)."""
    from collections import Counter

    from communique.events import triggers
    from communique.events.lexicon import load_lexicon
    from communique.views import sentences

    doc = nlp(text)
    lexicon = load_lexicon()
    before = [[(c.token.i, [e.type for e in c.entries], [p.i for p in c.parts])
               for c in triggers.find_candidates(sent, lexicon)] for sent in sentences(doc)]
    asked: Counter = Counter()
    doer, particle = triggers._actor_doer, triggers._particle

    def counted_doer(s, i):
        asked["doer", i] += 1
        return doer(s, i)

    def counted_particle(s, i, prep):
        asked["particle", i, prep] += 1
        return particle(s, i, prep)

    monkeypatch.setattr(triggers, "_actor_doer", counted_doer)
    monkeypatch.setattr(triggers, "_particle", counted_particle)
    after = [[(c.token.i, [e.type for e in c.entries], [p.i for p in c.parts])
              for c in triggers.find_candidates(sent, lexicon)] for sent in sentences(doc)]
    assert after == before
    assert all(n == 1 for n in asked.values()), asked


def test_match_still_finds_light_verbs_and_particles(nlp):
    from communique.events.lexicon import load_lexicon
    from communique.events.triggers import find_candidates
    from communique.views import sentences

    lexicon = load_lexicon()
    found = {c.token.lemma_: c.types for sent in sentences(nlp(TEXTS[11])) for c in find_candidates(sent, lexicon)}
    assert "SANCTION" in found.get("impose", ()), found
    assert "call" in found, found  # "called for talks": the particle "for"


def _old_overdue_verbs(doc) -> list[int]:
    """The verbs whose children hold the overdue cue, by the old walk over every verb."""
    from communique.rhetoric.stance_evidence import _FURTHER, _OVERDUE_ADVERBS
    from communique.views import verb_tokens

    out = []
    for verb in verb_tokens(doc):
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in _OVERDUE_ADVERBS or \
                    c.dep_ == "prep" and c.lower_ == "without" and any(
                        o.lemma_.lower() == "delay" and any(m.lower_ in _FURTHER for m in o.children)
                        for o in c.children if o.dep_ == "pobj"):
                out.append(verb.i)
                break
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_word_gates_pass_every_verb_a_rule_reads(nlp, text):
    """The gates of the stance rules and of ``_demands`` keep every verb their rule could fire on."""
    from communique.events.lexicon import load_modality
    from communique.rhetoric.stance_evidence import (_DO_TAKE, _FOR_US_VERBS, _OVERDUE_ADVERBS, _SEARCH_VERBS,
                                                     _WITHOUT)
    from communique.views import dependency_tree, positions, verb_tokens

    doc = nlp(text)
    heads = dependency_tree(doc)[0]
    cued = {heads[i] for i in positions(doc, _OVERDUE_ADVERBS, _WITHOUT, lemmas=False)}
    assert set(_old_overdue_verbs(doc)) <= cued
    deeds = set(positions(doc, _FOR_US_VERBS, _SEARCH_VERBS))
    assert {v.i for v in verb_tokens(doc) if v.lemma_.lower() in _FOR_US_VERBS | _SEARCH_VERBS} == \
        {i for i in deeds if doc[i].pos_ == "VERB"}
    assert {v.i for v in verb_tokens(doc) if v.lemma_.lower() in _DO_TAKE} == \
        {i for i in positions(doc, _DO_TAKE) if doc[i].pos_ == "VERB"}
    modals = load_modality().demand_modals
    governed = {heads[i] for i, t in enumerate(doc) if t.lower_ in modals}
    assert {t.i for t in doc if any(c.dep_ == "aux" and c.lower_ in modals for c in t.children)} <= governed


@pytest.mark.parametrize("text, cue", [
    (TEXTS[3], "regretted-failure:"),  # "regretted that X had not attended"
    (TEXTS[6], "deontic-demand:"),  # "Vallmora must return the fishing boats"
])
def test_gated_sentence_rules_still_fire(nlp, text, cue):
    from communique.events.extract import extract_sentence
    from communique.views import sentences

    doc = nlp(text)
    drafts = [d for sent in sentences(doc) for d in extract_sentence(sent)]
    assert any((d.cue or "").startswith(cue) for d in drafts), [(d.types, d.cue) for d in drafts]


def test_disowned_act_still_found(nlp):
    from communique.events.extract import extract_sentence
    from communique.views import sentences

    doc = nlp(TEXTS[4])
    drafts = [d for sent in sentences(doc) for d in extract_sentence(sent)]
    assert any(d.cue == "disowned-act:nothing" for d in drafts), [(d.types, d.cue) for d in drafts]


@pytest.mark.parametrize("text", [t for t in TEXTS if t] + [
    "Kestria and Vallmora sign fisheries pact",
    "Ostend, Halden swap prisoners after talks",
    "Niger reserves the right to respond, the ministry said.",
])
def test_tree_only_reparse_reads_the_same_tree(text):
    """A variant parsed without the lemmatizer and the entity recogniser has the parts of speech,
    tags, heads and relations of the full parse."""
    from communique.nlp import load_nlp
    from communique.stages.events import _parsed

    nlp = load_nlp()
    tokens = nlp.tokenizer(text)
    words, spaces = [t.text for t in tokens], [bool(t.whitespace_) for t in tokens]
    full, tree = _parsed(nlp, words, spaces), _parsed(nlp, words, spaces, tree_only=True)
    assert [(t.pos_, t.tag_, t.head.i, t.dep_, t.is_sent_start) for t in tree] == \
        [(t.pos_, t.tag_, t.head.i, t.dep_, t.is_sent_start) for t in full]
    assert not tree.ents  # the entities are the part left out
