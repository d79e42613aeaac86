"""Speed pass round 28s1: facts of the events stage read once per token or per Doc, not once per
lexicon entry or per draft.

* ``events.triggers._object_words``: every word a verb's light objects can match, read once per
  token in ``_match``; an entry whose objects share none of those words (and name no place) is
  answered without ``_light_object``'s walk of the verb's children;
* ``stages.events._holder_bodies``: the bodies the meeting and adoption words of a Doc name, read
  once per Doc and actor index (``_meeting_text_body`` returns before the act's nouns when there
  are none);
* ``stages.events._dateline_only``: the actors of a wire dateline, read once per document;
* ``events.extract._walkout``: read from the Doc's arrays.

Outputs are unchanged: each test compares the shared reading with the plain one (kept here where
the code no longer has it) on texts written for these tests."""

from __future__ import annotations

import pytest

TEXTS = [
    "Kestria imposed sanctions on Vallmora and called for talks with the rebels.",
    "The army took control of the town and held a round of talks with the elders.",
    "The ministry withheld $40 million in aid and launched a mediation effort in Ostend.",
    "Vallmora hosted Prime Minister Aldren Kost and signed a cease-fire with the rebels.",
    "Its fighters had taken Brenholm, and the militia took the airport near Tarsk.",
    "The Coastal League adopted a resolution, and the delegation of Kestria walked out of the session.",
    "Kestria vetoed the draft text; its foreign minister led his delegation out of the hall.",
    "The envoys made a proposal, gave assurances and took steps towards a ceasefire.",
    "Délégués de Kestria reçurent l'accord, and the council gave its approval.",
    "",
]


def _verbs(doc):
    from communique.views import pos_ids

    from spacy.symbols import AUX, VERB
    return [i for i, p in enumerate(pos_ids(doc)) if p in (VERB, AUX)]


@pytest.mark.parametrize("text", TEXTS)
def test_light_object_with_the_words_read_once_is_the_walk(nlp, text):
    from communique.events.lexicon import load_lexicon
    from communique.events.triggers import PLACE_NAME, _light_object, _object_words
    from communique.views import token_sheet

    doc = nlp(text)
    s = token_sheet(doc)
    object_sets = {e.objects for entries in load_lexicon().verbs.values() for e in entries if e.objects}
    assert len(object_sets) > 20
    for i in _verbs(doc):
        words = _object_words(s, i)
        for objects in object_sets:
            gated = _light_object(s, i, objects) if PLACE_NAME in objects or not words.isdisjoint(objects) else None
            assert gated == _light_object(s, i, objects)


def test_object_words_hold_what_the_walk_finds(nlp):
    from communique.events.triggers import _light_object, _object_words
    from communique.views import token_sheet

    doc = nlp("The army held a round of talks, launched a mediation effort and hosted Prime Minister Aldren Kost.")
    s = token_sheet(doc)
    found = {}
    for i in _verbs(doc):
        for word in ("talk", "mediation", "minister"):
            at = _light_object(s, i, frozenset({word}))
            if at is not None:
                found[word] = at
                assert word in _object_words(s, i)
    assert set(found) == {"talk", "mediation", "minister"}


@pytest.mark.parametrize("text", ["Kestria signed a cease-fire with the rebels.",
                                  "The ministry withheld $40 million in aid to the province."])
def test_match_finds_the_same_candidates(nlp, text):
    from communique.events.lexicon import load_lexicon
    from communique.events.triggers import find_candidates

    doc = nlp(text)
    cands = find_candidates(doc[:], load_lexicon())
    assert cands and all(c.parts for c in cands)


def _old_walkout(tok) -> bool:
    from communique.events.extract import WALKOUT_LEAD_VERBS

    lemma = tok.lemma_.lower()
    if not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in tok.children):
        return False
    return lemma == "walk" or lemma in WALKOUT_LEAD_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("delegation", "delegate") for c in tok.children)


@pytest.mark.parametrize("text", TEXTS)
def test_walkout_reads_the_arrays_as_the_tokens(nlp, text):
    from communique.events.extract import _walkout

    doc = nlp(text)
    assert [_walkout(t) for t in doc] == [_old_walkout(t) for t in doc]


def test_walkouts_still_found(nlp):
    from communique.events.extract import _walkout

    doc = nlp("The delegation of Kestria walked out of the session, and the minister led his delegation out.")
    assert [t.text for t in doc if _walkout(t)] == ["walked", "led"]


def pipeline_record(text):
    from communique.ingest.records import Record

    return Record(text, None, {})


def _analysed(text):
    """The document after the stages before the events stage, and its Doc."""
    from communique.nlp import parse_many
    from communique.pipeline import get_pipeline

    pipeline = get_pipeline()
    document = pipeline.make_document(pipeline_record(text))
    (document, doc), = parse_many(pipeline.nlp, [document], 8, pipeline.ctx.settings)
    for spec in pipeline.specs:
        if spec.name.startswith("events"):
            break
        for key, value in spec.func(document, doc, pipeline.ctx).items():
            setattr(document, key, value)
    return document, doc


MEETING_TEXT = ("A summit of the Coastal League opened in Ostend on Monday. Kestria vetoed the draft "
                "declaration, and the General Assembly of the Coastal League adopted a resolution on fisheries.")


def test_holder_bodies_are_read_once_per_index(nlp):
    from communique.stages.events import ADOPT_VERBS, BODY_MEETING_NOUNS, _holder_bodies
    from communique.views import positions, views_of

    document, doc = _analysed(MEETING_TEXT)
    index = views_of(doc).actor_index(document.actors)
    holders = positions(doc, ADOPT_VERBS, BODY_MEETING_NOUNS)
    assembly = next(a.id for a in document.actors if "General Assembly" in a.name)
    plain = [(doc[i].idx, assembly) for i in holders if doc[i].text in ("Assembly", "adopted")]  # the summit: none
    assert _holder_bodies(doc, holders, index) == plain
    assert _holder_bodies(doc, holders, index) is _holder_bodies(doc, holders, index)  # read once per index
    other = views_of(doc).actor_index(list(document.actors))
    if other is not index:  # a new index is read again, not answered from the first
        assert _holder_bodies(doc, holders, other) == plain


DATELINE_TEXT = ("OSTEND, March 3 (Harbour Wire) - Kestria expelled two diplomats of Vallmora on Monday, "
                 "the foreign ministry said.")


def test_dateline_only_once_per_document(nlp):
    from communique.stages.events import _dateline_actors, _dateline_only

    document, doc = _analysed(DATELINE_TEXT)
    first = _dateline_only(document, doc)
    assert first == _dateline_actors(document)
    first.add("edited")  # each call gets a set of its own
    assert _dateline_only(document, doc) == _dateline_actors(document)
    other, _ = _analysed("Kestria expelled two diplomats of Vallmora.")
    assert _dateline_only(other, doc) == _dateline_actors(other)  # another document is read again
