"""Round 23 speed pass (docs/architecture.md, "Round 23: speed pass"): indexes shared by the
stance rules that must answer exactly what the scans they replace answered.

* ``quote_spans.QuoteSpans`` (which quote holds an offset or a span, by bisection) against the
  scans over every quote that ``stance_evidence._Mentions.holder``, ``in_quote`` and
  ``unattributed`` made before;
* ``views.verb_tokens`` (the verbs of a Doc from its part-of-speech ids, once per Doc) against
  ``[t for t in doc if t.pos_ == "VERB"]``;
* the word gates of the stance rules (a lemma index, a first-word test, one test of the whole
  text) close only where the rule could not have fired, and the rules still fire.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from communique.ingest.records import Record
from communique.nlp import parse_many
from communique.quote_spans import QuoteSpans
from communique.rhetoric import stance_evidence as se
from communique.views import release, verb_tokens, views_of


@dataclass(frozen=True)
class _Q:
    start: int
    end: int
    speaker: str | None


def _holder_scan(quotes, start, end):
    for q in quotes:
        if q.start <= start and end <= q.end:
            return q
    return None


def test_quote_spans_match_scans_on_random_quotes():
    rng = random.Random(23)
    for _ in range(300):
        quotes = []
        for _ in range(rng.randint(0, 7)):
            s = rng.randint(0, 60)
            e = s + rng.randint(-3, 30)  # empty and inverted ranges too
            quotes.append(_Q(s, e, rng.choice([None, "", "a1", "a2"])))
        index = QuoteSpans(quotes)
        for _ in range(40):
            a = rng.randint(-2, 95)
            b = a + rng.randint(-4, 25)
            assert index.inside(a) == any(q.start <= a < q.end for q in quotes)
            assert index.first_holding(a, b) is _holder_scan(quotes, a, b)
            assert index.any_unspoken(a, b) == any(q.start <= a and b <= q.end and not q.speaker for q in quotes)


TEXTS = [
    "The minister said: \"We will not sign this deal.\" Critics called it \"a betrayal of the workers\".\n\n"
    "\"It is a fair agreement,\" the trade office replied, \"and Oslo knows it.\" The talks went on.",
    "The volunteers of the Red Crescent visited the detained fishermen, carried letters to their families "
    "and recorded their complaints. They also hired lawyers for them.\n\n"
    "Some in Lisbon have called the captain Rui Dias a pirate. He is nothing of the kind.",
    "Minsk insists that it is committed to dialogue with the opposition. Commitment, it appears, means more "
    "arrests.\n\nCaracas told reporters that the backlog was cleared. Which backlog? The courts still hold "
    "thousands of cases.\n\nWe ask two things of the Interior Ministry. That it stop the evictions at once. And "
    "that the police halt the night raids.\n\nAnkara calls itself a reliable partner. A reliable partner does not "
    "close the border without warning.\n\nTirana says the tender was clean and transparent. Every tender this "
    "ministry has stolen was announced as clean and transparent.\n\nThe Port Authority of Valletta inspected the "
    "ferry last week. A port authority that hides its own inspection reports is either very careless or very cynical.",
    "Dakar says the fishing ban was lifted to help small boats. If that is help, we would hate to see "
    "harm. But the ministry denied any such plan. The court found that the port authority had "
    "seized the boats unlawfully and ordered it to pay damages to the owners.",
]


@pytest.fixture(scope="module")
def analysed(pipeline):
    out = []
    for k, text in enumerate(TEXTS):
        document = pipeline.make_document(Record(text, f"round23-{k}", {}))
        _, doc = next(parse_many(pipeline.nlp, [document], 1, pipeline.ctx.settings))
        pipeline.annotate(document, doc)  # releases the views: built again below
        out.append((document, doc))
    return out


def test_mentions_quote_questions_match_scans(analysed):
    held = 0
    for document, doc in analysed:
        mentions = se._Mentions(document, doc)
        quotes = document.quotes
        n = len(document.text)
        for a in range(0, n, 3):
            for b in (a, a + 1, a + 17, a + 60):
                q = _holder_scan(quotes, a, b)
                want = (mentions.author_or(q.speaker) if q.speaker else "author") if q is not None else "author"
                assert mentions.holder(a, b) == want
                assert mentions.unattributed(a, b) == any(
                    q.start <= a and b <= q.end and not q.speaker for q in quotes)
            assert mentions.in_quote(a) == any(q.start <= a < q.end for q in quotes)
            held += mentions.in_quote(a)
        release(doc)
    assert held > 20, "the texts must hold quotes"


def test_quote_index_follows_a_new_quote_list(analysed):
    document, doc = analysed[0]
    mentions = se._Mentions(document, doc)
    inside = next(q.start for q in document.quotes)
    assert mentions.in_quote(inside)
    document.quotes = []  # a new list: the index is built again
    assert not mentions.in_quote(inside) and mentions.holder(inside, inside + 1) == "author"
    release(doc)


def test_verb_tokens_match_and_are_per_document(analysed):
    for _, doc in analysed:
        want = [t.i for t in doc if t.pos_ == "VERB"]
        assert [t.i for t in verb_tokens(doc)] == want and want
        assert "verb_indices" in views_of(doc).derived
        release(doc)
        assert "verb_indices" not in views_of(doc).derived  # new views: built again on use
        assert [t.i for t in verb_tokens(doc)] == want
        release(doc)


def test_care_deed_gate_passes_every_fitting_verb(analysed):
    care = frozenset(se.word_list("care_deeds.en.txt"))
    firsts = se._care_first_words(care)
    fitted = 0
    for _, doc in analysed:
        for tok in doc:
            if se._care_deed_lemma(tok, care) is not None:
                fitted += 1
                assert any(w in firsts or " " in w for w in se._verb_lemmas(tok)), tok.text
        release(doc)
    assert fitted >= 3


def test_stance_rules_behind_gates_still_fire(analysed):
    reasons = []
    for document, doc in analysed:
        reasons += [e.reason for e in se.find_evidence(document, doc)]
        release(doc)
    assert any(r.startswith(se.PRAISE_BY_DEEDS) for r in reasons), reasons
    assert any(r.startswith(se.INSULT_REBUTTAL) for r in reasons), reasons
    assert any(r.startswith(se.RULING) for r in reasons), reasons
    assert "rebuttal 'it appears' of its claim" in reasons, reasons
    assert "rebuttal 'which backlog?' of its claim" in reasons, reasons
    assert any(r.startswith("demand in a list") for r in reasons), reasons
    assert any(r.startswith(se.GENERIC) and "of its claim" in r for r in reasons), reasons
    assert any(r.startswith("echo '") for r in reasons), reasons
    assert any(r.startswith(se.GENERIC) and "judged 'careless'" in r for r in reasons), reasons


def test_noun_subjects_match_tokens(analysed):
    for _, doc in analysed:
        want = [t.i for t in doc if t.pos_ == "NOUN" and t.dep_ == "nsubj"]
        assert se._noun_subjects(doc) == want and want
        release(doc)


def test_gates_close_without_their_words(pipeline):
    document = pipeline.make_document(Record("Ministers met in Oslo. They signed a trade deal on Monday.", "r23-gate", {}))
    _, doc = next(parse_many(pipeline.nlp, [document], 1, pipeline.ctx.settings))
    pipeline.annotate(document, doc)
    mentions = se._Mentions(document, doc)
    assert se._insult_rebuttals(doc, mentions) == {}
    assert list(se._conditional_sarcasm_evidence(doc, mentions)) == []
    assert list(se._ruling_evidence(doc, mentions)) == []
    release(doc)
