"""Per-document views (``communique.views``): the same answers as the plain scans they
replace, kept per Doc so that interleaved documents and threads never mix (issue 15)."""

from __future__ import annotations

import random
import threading

import pytest
import spacy

from communique.document import Document, Quote, Section
from communique.views import QuoteIndex, SectionIndex, quote_at, views_of


def _scan_quote(quotes, offset):
    """The reference: direct first, then shortest, then first in order."""
    best = None
    for q in quotes:
        if q.start <= offset < q.end:
            key = (q.kind != "direct", q.end - q.start)
            if best is None or key < best[0]:
                best = (key, q)
    return best[1] if best else None


def _quotes(rng):
    out = []
    for n in range(rng.randint(0, 7)):
        start = rng.randint(0, 150)
        out.append(Quote(f"q{n}", rng.choice(["direct", "indirect"]), "x", start, start + rng.randint(0, 60)))
    return out


@pytest.mark.issue(15)
@pytest.mark.parametrize("seed", range(5))
def test_views_quote_index_matches_the_scan(seed):
    rng = random.Random(seed)
    for _ in range(50):
        quotes = _quotes(rng)
        index = QuoteIndex(quotes)
        for offset in range(0, 220, 3):
            assert index.at(offset) is _scan_quote(quotes, offset), offset


@pytest.mark.issue(15)
@pytest.mark.parametrize("seed", range(5))
def test_views_section_index_matches_document_section_at(seed):
    rng = random.Random(seed)
    for _ in range(50):
        sections = []
        for _ in range(rng.randint(0, 5)):
            start = rng.randint(0, 150)
            sections.append(Section(rng.choice(["news", "commentary"]), start, start + rng.randint(0, 80)))
        document = Document(text="x" * 300, sections=sections)
        index = SectionIndex(sections)
        for offset in range(0, 240, 3):
            assert index.at(offset) is document.section_at(offset), offset


def test_views_quote_at_prefers_direct_then_shortest():
    outer = Quote("q1", "indirect", "x", 0, 100)
    inner = Quote("q2", "direct", "x", 30, 50)
    document = Document(text="x" * 120, quotes=[outer, inner])
    assert quote_at(document, 40) is inner and quote_at(document, 60) is outer
    assert quote_at(document, 110) is None


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def test_views_are_kept_per_doc_and_follow_new_records(blank):
    doc_a, doc_b = blank("one two three"), blank("four five six")
    assert views_of(doc_a) is views_of(doc_a) and views_of(doc_a) is not views_of(doc_b)
    qa = Quote("q1", "direct", "x", 0, 5)
    qb = Quote("q1", "direct", "x", 6, 9)
    document_a = Document(text=doc_a.text, quotes=[qa])
    document_b = Document(text=doc_b.text, quotes=[qb])
    # interleaved documents: each Doc answers for its own document
    assert views_of(doc_a).quote_at(document_a, 1) is qa
    assert views_of(doc_b).quote_at(document_b, 7) is qb
    assert views_of(doc_a).quote_at(document_a, 7) is None
    # a stage assigns new quotes: the index follows them
    document_a.quotes = [qb]
    assert views_of(doc_a).quote_at(document_a, 1) is None and views_of(doc_a).quote_at(document_a, 7) is qb
    sections = [Section("commentary", 0, 8)]
    document_a.sections = sections
    assert views_of(doc_a).section_kind_at(document_a, 3) == "commentary"
    assert views_of(doc_a).section_kind_at(document_a, 9) is None


def test_views_threads_never_mix_documents(blank):
    docs = [blank(f"text number {n}") for n in range(8)]
    documents = [Document(text=d.text, quotes=[Quote("q1", "direct", "x", 0, n + 1)]) for n, d in enumerate(docs)]
    wrong = []

    def work(k):
        for _ in range(300):
            for n in range(k, k + len(docs)):
                i = n % len(docs)
                found = views_of(docs[i]).quote_at(documents[i], i)
                if found is not documents[i].quotes[0]:
                    wrong.append(i)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []


def test_views_sentence_ents_match_span_ents(nlp):
    from communique.views import noun_chunks, sentence_ents

    doc = nlp("Russia and China agreed on Tuesday in Beijing. Macron met Scholz in Paris on 3 May 2024.")
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in sentence_ents(sent)] == \
               [(e.start, e.end, e.label_) for e in sent.ents]
    assert [c.text for c in noun_chunks(doc)] == [c.text for c in doc.noun_chunks]


def test_views_noun_chunks_are_spacys_spans(nlp):
    from communique.views import noun_chunks

    doc = nlp("The old port authority and its two deputies, who met the Finnish envoy, rejected the plan "
              "of the city council. They gave it to her and to the mayor's aides in Tartu.\n\nNew talks follow")
    assert [(c.start, c.end, c.label_) for c in noun_chunks(doc)] == \
           [(c.start, c.end, c.label_) for c in doc.noun_chunks]


def test_views_dependency_tree_matches_token_children_and_conjuncts(nlp):
    from communique.views import dependency_tree

    doc = nlp("The harbour board, the river council and the town guild met Ilse Varo, her aides and two "
              "envoys in Rannik. They gave the plan to the mayor and to the port authority, and left.")
    heads, deps, kids = dependency_tree(doc)
    for tok in doc:
        assert heads[tok.i] == tok.head.i and deps[tok.i] == tok.dep
        assert kids[tok.i] == [c.i for c in tok.children]  # spaCy's order: left children, then right


def test_conjuncts_and_prep_objects_read_the_tree(nlp):
    from communique.syntax import conjuncts, prep_objects

    doc = nlp("The delegates of Varo, Ketta and Olm met the envoys, the clerks and the guards in Rannik.")
    for tok in doc:
        listed = [tok, *tok.conjuncts]
        got = conjuncts(tok)
        assert got[0] is tok or tok in got
        assert {t.i for t in listed if t is tok or t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "X")} <= \
            {t.i for t in got}
    of = [t.text for t in prep_objects(doc[1], frozenset({"of"}))]
    assert "Varo" in of and len(of) == len(set(of))
    assert prep_objects(doc[1], frozenset({"of"}), exclude=[doc[2]]) == []


def test_views_token_sheet_matches_token_attributes(nlp):
    from communique.syntax import conjunct_indices
    from communique.views import token_sheet

    doc = nlp("Envoys of Varo and Ketta met the Olm delegation in Rannik on Monday and signed three accords.")
    sheet = token_sheet(doc)
    assert token_sheet(doc) is sheet
    for tok in doc:
        i = tok.i
        assert (sheet.heads[i], sheet.deps[i], sheet.pos[i]) == (tok.head.i, tok.dep, tok.pos)
        assert (sheet.tags[i], sheet.ents[i]) == (tok.tag, tok.ent_type)
        assert (sheet.lowers[i], sheet.lemmas[i]) == (tok.lower_, tok.lemma_.lower())
        assert sheet.kids[i] == [c.i for c in tok.children]
        assert conjunct_indices(doc, i) == [c.i for c in tok.conjuncts]


def test_views_sentence_of_matches_token_sent(nlp):
    from communique.views import sentence_of

    doc = nlp("The council met today. Its chair, a former teacher, spoke first! Nobody else did.")
    for tok in doc:
        sent = sentence_of(doc, tok.i)
        assert (sent.start, sent.end) == (tok.sent.start, tok.sent.end)


def test_views_sentences_and_text_match_spacy(nlp):
    from communique.views import doc_text, sentences

    doc = nlp("The board voted late.  A second vote followed!\nIt passed narrowly.")
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert sentences(doc) is sentences(doc)
    text = doc_text(doc)
    assert text == doc.text and all(text[s.start_char:s.end_char] == s.text for s in doc.sents)


@pytest.mark.parametrize("text", ["  Two  spaces lead, and trail.  ", "One.\n\nTwo words here!", "x", ""])
def test_views_token_range_matches_char_span_expand(blank, text):
    from communique.views import token_range

    doc = blank(text)
    for start in range(-2, len(text) + 3):
        for end in range(start - 2, len(text) + 3):
            try:
                span = doc.char_span(start, end, alignment_mode="expand")
                expected = None if span is None else (span.start, span.end)
            except Exception as err:  # spaCy refuses some reversed ranges; so must token_range
                with pytest.raises(type(err)):
                    token_range(doc, start, end)
                continue
            assert token_range(doc, start, end) == expected, (start, end)


def test_views_doc_text_is_the_parsed_text_without_joining_tokens(nlp):
    from communique.document import Document
    from communique.nlp import TEXT_KEY, parse_many
    from communique.settings import SETTINGS
    from communique.views import doc_text

    texts = ["  The board met.\n\nIt voted late.  ", "x", ""]
    for text, (_, doc) in zip(texts, parse_many(nlp, [Document(text=t) for t in texts], 2, SETTINGS)):
        assert doc.user_data[TEXT_KEY] is not None and doc_text(doc) == doc.text == text
    doc = nlp("A short one.")
    doc.user_data[TEXT_KEY] = "not this text"  # a text that cannot be the Doc's is not used
    assert doc_text(doc) == "A short one."


def test_views_offsets_and_entities_match_spacy(nlp):
    from communique.views import entities, token_offsets

    doc = nlp("On Monday the Kenyan foreign ministry summoned Britain's envoy in Nairobi.")
    starts, ends = token_offsets(doc)
    assert starts == [t.idx for t in doc] and ends == [t.idx + len(t.text) for t in doc]
    ents, ent_starts = entities(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert ent_starts == [e.start for e in doc.ents]


def test_views_released_after_the_stages_and_built_again_on_use(pipeline):
    """``Pipeline.annotate`` lets go of the Doc's views (they would tie the Doc into a reference
    cycle); asking for them again rebuilds the same answers."""
    from communique.document import Document
    from communique.views import USER_DATA_KEY, sentences

    document = Document(text="The envoy met the minister. They spoke for an hour.")
    doc = pipeline.nlp(document.text)
    sentences(doc)
    assert USER_DATA_KEY in doc.user_data
    pipeline.annotate(document, doc)
    assert USER_DATA_KEY not in doc.user_data
    assert [s.text for s in sentences(doc)] == [s.text for s in doc.sents]


@pytest.mark.parametrize("text", [
    "Either we act now, or the country is lost. Why would anyone believe them?",
    "Only a united people can win. Is it really over? It was the cruellest winter.",
    "The committee published its annual report on fisheries quotas on Tuesday.",
    "",
])
def test_techniques_pattern_gate_returns_what_the_matcher_returns(nlp, text):
    """The techniques' token patterns are skipped only on a document that no pattern can match."""
    from communique.rhetoric.techniques import matchers

    doc = nlp(text)
    m = matchers(doc.vocab)
    assert m.match_patterns(doc) == m.patterns(doc)
    assert bool(m.patterns(doc)) == ("?" in text)  # the texts with patterns do match


def test_views_among_is_isin_for_string_ids():
    import numpy as np

    from communique.views import among

    rng = np.random.default_rng(3)
    for _ in range(300):
        pool = rng.integers(0, 2 ** 64 - 1, 30, dtype=np.uint64, endpoint=True)
        ids = rng.choice(pool, int(rng.integers(0, 40)))
        wanted = [int(x) for x in rng.choice(pool, int(rng.integers(0, 6)))] + [0, 2 ** 64 - 1]
        assert np.array_equal(among(ids, wanted), np.isin(ids, np.array(wanted, dtype=np.uint64)))
