"""Speed pass round 32s10: outside the events stage, second pass.

* ``techniques._repetitions``: a noun chunk is read word by word only where it holds a charged lemma
  (one bisection into the charged lemmas' positions); a Doc without one reads no chunk;
* ``techniques._harm_foretold``: the audience words' positions are found once; a Doc without one
  yields nothing and a sentence is asked for one by a bisection, before its clause is walked;
* ``quotes.indirect._speech_noun_quotes``: the nouns of speech by ``views.positions``, not a step per
  word of the document;
* ``stance._is_pronoun_range``: ``PRON`` read from the module, not imported per mention.

Outputs are unchanged: each fast reading is compared with the plain one it replaced (kept here) on
own texts that reach each answer, and a fast path that drops a case is caught."""

from __future__ import annotations

from collections import defaultdict

import pytest

from communique.quotes import indirect
from communique.rhetoric import stance, techniques
from communique.rhetoric.lexicon import word_list
from communique.spans import SpanSet
from communique.views import pos_ids, positions, token_offsets, token_strings

TEXTS = [
    # a charged phrase said three times; a plain one ("the new budget") twice
    "The brutal occupation must end. Nobody can defend the brutal occupation, and the new budget will not pay "
    "for it. The brutal occupation shames every one of us, whatever the new budget says.",
    # a charged phrase three times, at sentence ends
    "Critics called it a reckless gamble. Ministers denied that the plan was a reckless gamble. History will "
    "judge the reckless gamble.",
    # harms foretold to the audience, one negated, one sentence without an audience word
    "Our children could die in a brutal war within a year. The council will meet on Monday. You would lose "
    "your homes to the floods. We will not allow violence. The river could flood the old town.",
    # the audience word in one sentence, the modal and the harm in the next: nothing
    "We met the envoy. The dam could collapse and drown the valley.",
    # nouns of speech with a "that" clause
    "The allegation against the mayor is that he hid the audit. Her position is that the vote was fair. "
    "Our position is that we won. The claim that the port is closed is false.",
    "Nothing here repeats, threatens or alleges anything at all.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [(text, nlp(text)) for text in TEXTS]


@pytest.fixture(scope="module")
def charged(nlp):
    return techniques._charged_words(techniques.matchers(nlp.vocab))


def _plain_repetitions(text, doc, charged):
    """``_repetitions`` as it read before round 32s10: every chunk's words."""
    from spacy.attrs import ENT_TYPE, IS_PUNCT, IS_STOP

    groups = defaultdict(list)
    chunks = techniques._chunks_or_none(doc)
    if chunks:
        flags = doc.to_array([IS_STOP, IS_PUNCT, ENT_TYPE])
        skipped = ((flags[:, 0] != 0) | (flags[:, 1] != 0)).tolist()
        in_entity = (flags[:, 2] != 0).tolist()
        pos, lemmas = pos_ids(doc), token_strings(doc)[1]
        starts, ends = token_offsets(doc)
    for chunk in chunks:
        content = [i for i in range(chunk.start, chunk.end)
                   if not (skipped[i] or pos[i] in techniques._NOT_CONTENT_POS)]
        if (len(content) < techniques.MIN_REPEAT_CONTENT_WORDS
                or any(in_entity[i] or pos[i] == techniques._PROPN for i in content)
                or not any(pos[i] == techniques._ADJ for i in content) or not any(lemmas[i] in charged for i in content)):
            continue
        groups[" ".join(lemmas[i] for i in content)].append((starts[content[0]], ends[content[-1]]))
    for key, spans in groups.items():
        if len(spans) >= techniques.MIN_REPEATS:
            for s, e in spans[1:]:
                yield s, e, key


def _plain_harm_foretold(doc):
    """``_harm_foretold`` as it read before round 32s10: a step per word of each modal's sentence."""
    harms = set(word_list(techniques.THREAT_WORDS))
    lowers = token_strings(doc)[0]
    seen = set()
    for i in range(len(doc)):
        if lowers[i] not in techniques.CONSEQUENCE_MODALS or doc[i].tag_ != "MD":
            continue
        verb = doc[i].head
        sent = verb.sent
        if sent.start in seen or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        todo, clause = [verb], []
        while todo:
            t = todo.pop()
            if t is verb or t.dep_ not in techniques.OTHER_CLAUSE_DEPS:
                clause.append(t)
                todo.extend(t.children)
        if any(t.lemma_.lower() in harms for t in clause) and any(
                lowers[j] in techniques.AUDIENCE_WORDS for j in range(sent.start, sent.end)):
            seen.add(sent.start)
            yield sent.start_char, sent.end_char


def test_repetitions_read_as_before(docs, charged):
    for text, doc in docs:
        assert list(techniques._repetitions(text, doc, charged)) == list(_plain_repetitions(text, doc, charged))


def test_the_texts_reach_the_repetitions(docs, charged):
    found = {key for text, doc in docs for _, _, key in techniques._repetitions(text, doc, charged)}
    assert {"brutal occupation", "reckless gamble"} <= found
    assert not any("budget" in key for key in found)  # repeated, but no charged word


def test_a_charged_lemma_at_a_chunk_end_is_not_dropped(docs, charged):
    text, doc = docs[1]
    spans = list(techniques._repetitions(text, doc, charged))
    assert [text[s:e] for s, e, _ in spans] == ["reckless gamble", "reckless gamble"]


def test_a_charged_last_word_alone_opens_the_chunk(docs, charged):
    # only the chunk's last word charged ("gamble"): a gate that stopped one word short of the
    # chunk's end would drop the phrase
    text, doc = docs[1]
    narrowed = frozenset(charged) - {"reckless"} | {"gamble"}
    assert list(techniques._repetitions(text, doc, narrowed)) == list(_plain_repetitions(text, doc, narrowed))
    assert list(techniques._repetitions(text, doc, narrowed))


def test_no_charged_word_reads_no_chunk(docs):
    text, doc = docs[0]
    assert list(techniques._repetitions(text, doc, frozenset())) == []


def test_harm_foretold_reads_as_before(docs):
    for _, doc in docs:
        assert list(techniques._harm_foretold(doc)) == list(_plain_harm_foretold(doc))


def test_the_texts_reach_the_harms(docs):
    text, doc = docs[2]
    found = [text[s:e] for s, e in techniques._harm_foretold(doc)]
    assert found == ["Our children could die in a brutal war within a year.",
                     "You would lose your homes to the floods."]
    assert list(techniques._harm_foretold(docs[3][1])) == []  # the audience word is in the sentence before


def _plain_speech_nouns(doc):
    """The nouns of speech as ``_speech_noun_quotes`` found them before round 32s10."""
    return [i for i, lemma in enumerate(token_strings(doc)[1]) if lemma in indirect.SPEECH_NOUNS]


@pytest.mark.parametrize("text, found", [
    ("You could lose everything. The storm passed.", ["You could lose everything."]),  # the sentence's first word
    ("The storm passed. Floods could kill many of us", ["Floods could kill many of us"]),  # its last word, no stop
])
def test_an_audience_word_at_a_sentence_edge_is_not_dropped(nlp, text, found):
    doc = nlp(text)
    assert [text[s:e] for s, e in techniques._harm_foretold(doc)] == found == \
        [text[s:e] for s, e in _plain_harm_foretold(doc)]


def test_speech_nouns_read_as_before(docs):
    for _, doc in docs:
        assert positions(doc, indirect.SPEECH_NOUNS) == _plain_speech_nouns(doc)


def test_the_texts_reach_the_speech_nouns(docs):
    text, doc = docs[4]
    found = [(c.cue, text[c.start:c.end]) for c in indirect._speech_noun_quotes(doc, text, SpanSet([]))]
    assert found == [("allegation", "that he hid the audit"), ("position", "that the vote was fair")]


def test_pronoun_ranges(docs):
    for _, doc in docs:
        for i in range(len(doc)):
            assert stance._is_pronoun_range(doc, (i, i + 1)) == (doc[i].pos_ == "PRON")
    doc = docs[2][1]
    you = next(t.i for t in doc if t.lower_ == "you")
    assert stance._is_pronoun_range(doc, (you, you + 1)) is True
    assert stance._is_pronoun_range(doc, (you, you + 2)) is False
    assert stance._is_pronoun_range(doc, None) is False
