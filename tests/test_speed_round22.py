"""Round 22 speed pass (docs/architecture.md, "Round 22: speed pass"): caches and cheaper orders
of tests that must answer exactly what the code they replace answered.

* ``doc_index.question_after`` (one sorted list of the "?" tokens per Doc, kept in its views)
  against the ``Token.sent`` reading ``stance_evidence._asked`` made before;
* ``stages.events._sentence_span`` reads the Doc's text joined once per Doc (``views.doc_text``)
  instead of ``doc.text`` (spaCy joins every token on each access);
* rules of ``stance_evidence`` test a verb's lemma before its negation, modality and quote.
"""

from __future__ import annotations

import random

import pytest

from communique.doc_index import question_after
from communique.ingest.records import Record
from communique.nlp import parse_many
from communique.stages import events as events_stage
from communique.views import release, sentences, views_of

TEXTS = [
    "Who ordered the strike on the convoy? The ministry did not say. Was it the army, or was it "
    "the militia that the governor armed?\n\nOfficials in Kabul declined to comment. Why now?",
    "3. The Council condemns the attack on the peacekeepers.\n4. It calls on all parties to "
    "respect the ceasefire? No: it demands that they do.\n\nYesterday , the president declined "
    "to answer questions. Will the talks resume next week?",
    "No question here at all. The delegation left Geneva on Monday and returned on Friday.",
]


@pytest.fixture(scope="module")
def parsed(pipeline):
    documents = [pipeline.make_document(Record(text, f"round22-{k}", {})) for k, text in enumerate(TEXTS)]
    return [doc for _, doc in parse_many(pipeline.nlp, documents, 8, pipeline.ctx.settings)]


def _asked_by_tokens(doc, tok) -> bool:
    """What ``stance_evidence._asked`` read before round 22."""
    if not doc.has_annotation("SENT_START"):
        return tok.i + 1 < len(doc) and doc[tok.i + 1].text == "?"
    return any(t.text == "?" for t in tok.sent[tok.i - tok.sent.start + 1:])


def test_question_after_matches_token_reading(parsed):
    asked = 0
    for doc in parsed:
        for tok in doc:
            assert question_after(doc, tok.i) == _asked_by_tokens(doc, tok), (doc.text, tok.i, tok.text)
            asked += question_after(doc, tok.i)
        release(doc)
    assert asked > 10, "the texts must hold questions"


def test_question_after_without_sentence_boundaries(nlp):
    doc = nlp.make_doc("Is it true ? They said no . Really ?")  # tokenizer only: no sentences
    assert not doc.has_annotation("SENT_START")
    for tok in doc:
        assert question_after(doc, tok.i) == _asked_by_tokens(doc, tok)
    assert question_after(doc, 2) and not question_after(doc, 0)


def test_question_index_is_per_document_and_released(parsed):
    first, last = parsed[0], parsed[2]
    assert any(question_after(first, i) for i in range(len(first)))
    assert not any(question_after(last, i) for i in range(len(last)))
    assert "question_marks" in views_of(first).derived
    release(first)
    assert "question_marks" not in views_of(first).derived  # new views: built again on use
    assert question_after(first, 0) == _asked_by_tokens(first, first[0])
    release(first)
    release(last)


def _sentence_span_by_doc_text(sent):
    """``_sentence_span`` as it read ``sent.doc.text`` before round 22."""
    first = sent[0]
    if sent.start > 0 and (first.text in (",", ";", ":") or first.is_lower and first.is_alpha):
        return events_stage.sentence_of(sent.doc, sent.start - 1).start_char, sent.end_char
    text, start = sent.doc.text, sent.start_char
    line = text.rfind("\n", 0, start) + 1
    if 0 < start - line <= 8 and events_stage.LIST_MARKER.fullmatch(text, line, start):
        return line, sent.end_char
    return start, sent.end_char


def test_sentence_span_same_as_with_joined_text(parsed):
    moved = 0
    for doc in parsed:
        for sent in sentences(doc):
            span = events_stage._sentence_span(sent)
            assert span == _sentence_span_by_doc_text(sent)
            moved += span[0] != sent.start_char
        release(doc)
    assert moved >= 2, "a numbered paragraph and a cut sentence must move a start"


def test_sentence_span_on_random_texts(pipeline):
    rng = random.Random(22)
    pieces = ["1.", "(b)", "-", "The", "army", "said", ",", "yesterday", "it", "left", "Kyiv", ".", "?", "\n", "\n\n"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(5, 40))) for _ in range(30)]
    documents = [pipeline.make_document(Record(t, f"r22-random-{k}", {})) for k, t in enumerate(texts)]
    for _, doc in parse_many(pipeline.nlp, documents, 16, pipeline.ctx.settings):
        for sent in sentences(doc):
            assert events_stage._sentence_span(sent) == _sentence_span_by_doc_text(sent)
            for tok in sent:
                assert question_after(doc, tok.i) == _asked_by_tokens(doc, tok)
        release(doc)


# --- the word tests moved first still let the rules fire (own sentences) ----------------------------

def _events(pipeline, text):
    return pipeline(text).events


def test_disowned_act_and_claim_denial_still_found(pipeline):
    cues = [e.cue for e in _events(pipeline, "Caracas said on Monday that it had nothing to do with the "
                                             "bombing of the pipeline.")]
    assert "disowned-act:nothing" in cues


def test_gates_close_without_their_words(pipeline):
    from communique.events import extract

    document = pipeline.make_document(Record("The two ministers met in Oslo and signed a trade deal.", "r22-gate", {}))
    _, doc = next(parse_many(pipeline.nlp, [document], 1, pipeline.ctx.settings))
    for sent in sentences(doc):
        assert extract._disowned_acts(sent, [], set(), None) == []
        assert extract._claim_denials(sent, [], None) == []  # no claim word: no cue set read at all
    release(doc)
    document = pipeline.make_document(Record("These allegations are untrue.", "r22-gate-open", {}))
    _, doc = next(parse_many(pipeline.nlp, [document], 1, pipeline.ctx.settings))
    with pytest.raises(AttributeError):  # a claim word: the gate is open and the rule reads its cues
        extract._claim_denials(sentences(doc)[0], [], None)
    release(doc)


def test_ruling_and_claimed_role_evidence_still_found(pipeline):
    from communique.rhetoric.stance_evidence import find_evidence

    text = ("The European Court of Human Rights found that Greece had carried out illegal pushbacks at its "
            "border.\n\nMinsk calls itself a good neighbour. A good neighbour does not cut off the gas in "
            "winter.\n")
    document = pipeline(text)
    reasons = [s.reasons for s in document.stance]
    document2 = pipeline.make_document(Record(text, "r22-stance", {}))
    _, doc = next(parse_many(pipeline.nlp, [document2], 1, pipeline.ctx.settings))
    pipeline.annotate(document2, doc)
    found = [e.reason for e in find_evidence(document2, doc)]
    release(doc)
    assert any(r.startswith("ruling") for r in found), (found, reasons)
    assert any(r.startswith("generic description") and "of its claim" in r for r in found), found
