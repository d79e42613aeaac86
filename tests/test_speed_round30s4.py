"""Speed pass round 30s4: the events stage's per-draft rules read less for each draft.

Facts read once per document before the drafts (``document.actor`` by id, the forum bodies, the
bare pairs of sides, whether NATO is named, the sections' spans, whether the document has a word of
retaliation, of a body's text or of a named instance); word tests off the ``TokenSheet`` before the
parse walk (``_act_measures``, ``_force_owner``, ``_counted_victims``); the cheap tests of a rule
first (``_coordinated_act``, ``own_people_act``, ``_generic_party_noun``, ``_voiced_body``); only
the plurals spelt as a verb in -s for ``_s_verb_read_as_noun``.

Outputs are unchanged: each test compares the new reading with the plain one (kept here where the
code no longer has it) on texts written for these tests, and the passages at the end still give the
events those rules make."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from conftest import actor_names, analyse_text, event_cues, events_of

TEXTS = [
    "Niger reserves the right to respond to any attack by Benin.",
    "The ministry thanks the Association for its help, and the exchange reserves the bank holds fell.",
    "Kestria called the sanctions economic warfare and said they were illegal.",
    "Vallmora vowed to block the package and would not recognise one-sided restrictions on its trade.",
    "The Ministers agreed to meet again, and the leaders of both countries signed the accord.",
    "Gunmen kidnapped eleven crew members off the coast and killed hundreds of villagers.",
    "In March its fighters stormed the town, and their soldiers shelled the allied positions.",
    "Both sides reports said the parties gave assurances.",
    "",
]


def _plain_generic_party_noun(tok) -> bool:
    from communique.stages.events import (GENERIC_PARTY_DETERMINERS, GENERIC_PARTY_MODIFIERS, GENERIC_PARTY_NOUNS,
                                          _named, _office_of, _party_lemma)

    bare = _party_lemma(tok) is not None
    if (tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in GENERIC_PARTY_NOUNS) and not bare or \
            _named(tok) and not bare:
        return False
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return all(c.dep_ in ("det", "predet", "nummod", "amod") and (c.dep_ != "det" or c.lower_ in GENERIC_PARTY_DETERMINERS)
               and (c.dep_ != "amod" or c.lower_ in GENERIC_PARTY_MODIFIERS)
               and c.ent_type_ not in ("NORP", "GPE") for c in tok.children if c.i < tok.i) \
        and not any(c.dep_ in ("poss", "appos") or c.dep_ == "prep" and not _office_of(c) for c in tok.children)


@pytest.mark.parametrize("text", TEXTS)
def test_generic_party_noun_with_the_tag_first_is_the_plain_one(nlp, text):
    from communique.stages.events import _generic_party_noun

    doc = nlp(text)
    assert [_generic_party_noun(t) for t in doc] == [_plain_generic_party_noun(t) for t in doc]


def test_generic_party_nouns_still_found(nlp):
    from communique.stages.events import _generic_party_noun

    doc = nlp("The Ministers agreed to meet again. The leaders welcomed the accord.")
    assert [t.text for t in doc if _generic_party_noun(t)] == ["Ministers", "leaders"]


def _plain_voiced_body(document, actor) -> list[str]:
    from communique.actors.kb import load_kb
    from communique.stages.events import BODY_VOICE_NOUNS, VOICED_BODY_KINDS, _body_forms

    if actor is None or actor.kind not in ("person", "group"):
        return []
    words = re.sub(r"^the\s+", "", actor.name or "", flags=re.I).split()
    if len(words) < 2 or words[-1].lower() not in BODY_VOICE_NOUNS:
        return []
    body, kb = " ".join(words[:-1]), load_kb()
    for a in document.actors:
        if a.id != actor.id and a.kind in VOICED_BODY_KINDS and body in _body_forms(document, a, kb):
            return [a.id]
    return []


def _actor(id_, name, kind, mentions=()):
    return SimpleNamespace(id=id_, name=name, kind=kind, key=None, mentions=list(mentions))


@pytest.mark.parametrize("name", ["WFP spokesperson", "the WFP spokesperson", "The WFP Spokesperson", "WFP",
                                  "spokesperson", "the spokesperson", "the", "The  ", "", None, "Kaja Kallas",
                                  "Tarsk Front commanders", "the   WFP   official"])
def test_voiced_body_with_the_noun_first_is_the_plain_one(name):
    from communique.stages.events import _voiced_body

    text = "WFP said. Tarsk Front said."
    document = SimpleNamespace(text=text, actors=[_actor("a1", "WFP", "organization", [(0, 3)]),
                                                  _actor("a2", "Tarsk Front", "armed_group", [(10, 21)])])
    for kind in ("person", "group", "state"):
        actor = _actor("p", name, kind)
        assert _voiced_body(document, actor) == _plain_voiced_body(document, actor)
    assert _voiced_body(document, _actor("p", "WFP spokesperson", "person")) == ["a1"]


def _drafts(nlp, text):
    from communique.events.extract import extract_sentence
    from communique.events.lexicon import load_lexicon, load_modality

    doc = nlp(text)
    return [d for sent in doc.sents for d in extract_sentence(sent, None, load_lexicon(), load_modality())]


def _plain_act_measures(d) -> list:
    from communique.stages.events import _measure_noun, _pronoun_measure

    verb = d.cand.token
    near = [*d.cand.parts, *d.targets, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")),
            *(o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "against") for o in c.children
              if o.dep_ == "pobj"),
            *(s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
              if s.dep_ in ("nsubj", "nsubjpass"))]
    out = []
    for t in near:
        noun = t if _measure_noun(t) else _pronoun_measure(t)
        if noun is not None and noun not in out:
            out.append(noun)
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_act_measures_with_the_words_first_are_the_plain_ones(nlp, text):
    from communique.stages.events import _act_measures

    for d in _drafts(nlp, text):
        assert _act_measures(d) == _plain_act_measures(d)


def test_act_measures_still_found(nlp):
    from communique.stages.events import _act_measures

    found = {t.text for d in _drafts(nlp, TEXTS[2] + " " + TEXTS[3]) for t in _act_measures(d)}
    assert {"sanctions", "package"} <= found


def _plain_counted_victims(d, index) -> set[str]:
    from communique.actors.recognize import counted_patient
    from communique.events.arguments import mention_span

    own = {t.i for t in d.cand.parts} | {d.cand.token.i}
    out = set()
    for tok in d.sent:
        if counted_patient(tok) and tok.head.i not in own and (tok.head.head.i not in own or tok.dep_ != "pobj") \
                and d.cand.token.head.i != tok.i:
            found = index.at(*mention_span(tok))
            if found is not None and found.kind == "group":
                out.add(found.id)
    return out


def _analysed(text):
    """The document after the stages before the events stage, and its Doc."""
    from communique.ingest.records import Record
    from communique.nlp import parse_many
    from communique.pipeline import get_pipeline

    pipeline = get_pipeline()
    document = pipeline.make_document(Record(text, None, {}))
    (document, doc), = parse_many(pipeline.nlp, [document], 8, pipeline.ctx.settings)
    for spec in pipeline.specs:
        if spec.name.startswith("events"):
            break
        for key, value in spec.func(document, doc, pipeline.ctx).items():
            setattr(document, key, value)
    return document, doc


@pytest.mark.parametrize("text", TEXTS[5:7] + ["Pirates abducted twelve sailors and Kestria condemned the attack."])
def test_counted_victims_of_the_plurals_are_the_plain_ones(text):
    from communique.events.extract import extract_sentence
    from communique.events.lexicon import load_lexicon, load_modality
    from communique.stages.events import _counted_victims
    from communique.views import sentences, views_of

    document, doc = _analysed(text)
    index = views_of(doc).actor_index(document.actors)
    drafts = [d for s in sentences(doc) for d in extract_sentence(s, None, load_lexicon(), load_modality())]
    assert drafts
    found = [(_counted_victims(d, index), _plain_counted_victims(d, index)) for d in drafts]
    assert all(new == old for new, old in found)


def test_counted_plurals_are_plural_nouns(nlp):
    from communique.actors.recognize import counted_patient
    from spacy.strings import get_string_id
    from communique.views import token_labels

    doc = nlp(" ".join(TEXTS))
    tags = token_labels(doc)[0]
    counted = [t for t in doc if counted_patient(t)]
    assert counted and all(tags[t.i] == get_string_id("NNS") for t in counted)


@pytest.mark.parametrize("text", TEXTS)
def test_s_verbs_of_the_spelt_plurals_are_those_of_every_plural(nlp, text):
    from communique.events.lexicon import load_lexicon
    from communique.stages.events import _NNS, _present_stem, _s_verb_read_as_noun
    from communique.views import indices_of, token_labels, token_strings

    doc = nlp(text)
    verbs = frozenset(load_lexicon().verbs)
    every = indices_of(token_labels(doc)[0], _NNS)
    lowers = token_strings(doc)[0]
    spelt = [i for i in every if _present_stem(lowers[i], verbs) is not None]
    for sent in doc.sents:
        plain, fast = _s_verb_read_as_noun(sent, every, verbs), _s_verb_read_as_noun(sent, spelt, verbs)
        assert [(t.text, t.dep_, t.head.i, t.tag_) for t in plain] == [(t.text, t.dep_, t.head.i, t.tag_) for t in fast]
        assert (plain is sent) == (fast is sent)


def test_s_verb_still_read_as_the_verb(nlp):
    from communique.events.lexicon import load_lexicon
    from communique.stages.events import _NNS, _present_stem, _s_verb_read_as_noun
    from communique.views import indices_of, token_labels, token_strings

    doc = nlp(TEXTS[0])
    verbs = frozenset(load_lexicon().verbs)
    lowers = token_strings(doc)[0]
    spelt = [i for i in indices_of(token_labels(doc)[0], _NNS) if _present_stem(lowers[i], verbs) is not None]
    assert [lowers[i] for i in spelt] == ["reserves"]
    fixed = _s_verb_read_as_noun(doc[:], spelt, verbs)
    assert fixed is not doc[:] and any(t.lemma_ == "reserve" and t.pos_ == "VERB" for t in fixed)


# the rules gated per document or per draft still make their events

def test_a_reserved_right_is_still_a_threat(pipeline):
    doc = analyse_text(pipeline, TEXTS[0])
    threats = events_of(doc, "THREATEN")
    assert threats and actor_names(doc, threats[0].source) == {"Niger"}, event_cues(doc)


def test_a_named_instance_is_still_the_target(pipeline):
    doc = analyse_text(pipeline, 'Donors pledged aid to Sudan last year. "We urge the donors who made those pledges, '
                                 'in particular Canada, the United States and the European Union, to honour them," '
                                 'the minister said.')
    requests = events_of(doc, "REQUEST")
    assert requests and actor_names(doc, requests[0].target) == {"Canada", "United States", "European Union"}, \
        event_cues(doc)


def test_coordinated_acts_with_objects_of_their_own_are_still_two(pipeline):
    doc = analyse_text(pipeline, "Kestria has jailed the opposition leader, expelled the foreign journalists and "
                                 "banned the Vallmoran newspaper.")
    assert len(events_of(doc, "COERCE")) == 2, event_cues(doc)


def test_an_evacuation_of_own_nationals_is_still_no_event(pipeline):
    doc = analyse_text(pipeline, "Japan evacuated its nationals from Sudan on Sunday.")
    assert not doc.events, event_cues(doc)
