"""Round 20 speed pass (docs/scaling.md, "Twenty-seventh pass"): the stance stage no longer does
two pieces of work that the outputs do not depend on, and must give the same records as before.

* ``stance._model_scores`` builds the model's evidence spans ("sentence sentiment (fast model,
  ...)") only for the (holder, target) pairs without evidence rows: ``stance._evidence`` reads
  them only for such a pair. The pairs' means are the same either way.
* Each mention's token range (``views.token_range``) is found once, for the pronoun test and
  for the fast model's features (``features_for(..., token_ranges)``), instead of twice.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from communique.ingest.records import Record
from communique.nlp import parse_many
from communique.rhetoric import stance
from communique.rhetoric.stance_features import features_for
from communique.rhetoric.stance_model import score_doc_targets
from communique.views import release, token_range

TEXTS = [
    # a signed opinion piece: evidence toward some actors, the model alone for others
    "By Jane Roe, a retired diplomat\n\n"
    "The junta in Naypyidaw has jailed thousands of students and must be stopped. Its brutal generals "
    "lie to the world every week.\n\n"
    "Thailand and India still trade with the regime, while Japan quietly funds the relief effort. "
    "The United Nations has done far too little, and its envoy seems tired.\n\n"
    "We stand with the people of Myanmar. China should stop shielding the generals, and Beijing "
    "knows it. They will not listen to us, but he who pays the soldiers decides.\n",
    # a wire report with quoted speakers and a quotation without a speaker
    "Kenya and Ethiopia signed a water agreement on Tuesday in Nairobi, officials said.\n\n"
    "\"This deal ends years of mistrust,\" said Kenyan President William Ruto, who praised "
    "Prime Minister Abiy Ahmed for his patience. Egypt criticised the accord and warned Ethiopia "
    "against filling the dam without its consent.\n\n"
    "\"They are gambling with the lives of millions,\" a diplomat in Cairo told reporters. "
    "The African Union welcomed the talks.\n",
]


@pytest.fixture(scope="module")
def analysed(pipeline):
    documents = [pipeline.make_document(Record(text, f"round20-{k}", {})) for k, text in enumerate(TEXTS)]
    out = []
    for document, doc in parse_many(pipeline.nlp, documents, 8, pipeline.ctx.settings):
        pipeline.annotate(document, doc)
        out.append((document, doc))
    return out


def _records(stances):
    return [s.to_dict() for s in stances]


def test_find_stance_same_with_all_model_spans_built(analysed, monkeypatch):
    built = stance._model_scores

    def every_span(document, doc, model, fold, without_spans=frozenset()):
        return built(document, doc, model, fold)  # the spans of every pair, as before this pass

    for document, doc in analysed:
        lean = _records(stance.find_stance(document, doc))
        assert lean == _records(document.stance)
        with monkeypatch.context() as m:
            m.setattr(stance, "_model_scores", every_span)
            assert _records(stance.find_stance(document, doc)) == lean
        release(doc)
    assert any(s.reasons and "sentence sentiment" in s.reasons[0] for d, _ in analysed for s in d.stance), \
        "no pair decided by the model alone: the texts do not test the skipped spans"


def test_model_scores_means_do_not_depend_on_the_spans(analysed):
    for document, doc in analysed:
        fold = lambda actor_id: actor_id  # noqa: E731
        full = stance._model_scores(document, doc, "fast", fold)
        lean = stance._model_scores(document, doc, "fast", fold, without_spans=set(full))
        assert full and set(full) == set(lean)
        assert {k: v[0] for k, v in full.items()} == {k: v[0] for k, v in lean.items()}
        assert all(spans == [] for _, spans in lean.values())
        assert any(spans for _, spans in full.values())
        release(doc)


def _random_spans(rng: random.Random, text: str, n: int) -> list[tuple[int, int]]:
    """Character spans of any kind: whole words, parts of words, whitespace, empty, past the end."""
    spans = []
    for _ in range(n):
        start = rng.randrange(len(text) + 2)
        spans.append((start, start + rng.choice([0, 1, 2, 5, 12, 30])))
    return spans


@pytest.mark.parametrize("seed", range(3))
def test_features_with_the_callers_token_ranges(nlp, seed):
    rng = random.Random(seed)
    for text in TEXTS:
        doc = nlp(text)
        spans = _random_spans(rng, text, 60)
        ranges = [token_range(doc, s, e) for s, e in spans]  # as ``stance._model_scores`` finds them
        given, looked_up = features_for(doc, spans, ranges), features_for(doc, spans)
        assert len(given) == len(looked_up) == len(spans)
        for a, b in zip(given, looked_up):
            assert (a is None) == (b is None)
            if a is not None:
                assert np.array_equal(a, b)
        assert np.array_equal(score_doc_targets(doc, spans, ranges), score_doc_targets(doc, spans))
        assert sum(f is not None for f in given) > 20
        release(doc)


def test_pronoun_test_on_a_found_range(nlp):
    text = TEXTS[0]
    doc = nlp(text)
    pronouns = 0
    for tok in doc:
        for start, end in ((tok.idx, tok.idx + len(tok.text)), (tok.idx, tok.idx + len(tok.text) + 4)):
            found = token_range(doc, start, end)
            assert stance._is_pronoun_range(doc, found) == stance._is_pronoun(doc, start, end)
            pronouns += stance._is_pronoun_range(doc, found)
    assert stance._is_pronoun_range(doc, None) is False
    assert pronouns >= 4  # "Its", "We", "They", "us", "he", "it"
    release(doc)


# -- the subjectivity cues: token texts per sentence, tags and lemmas read at the roots ----------

SUBJECTIVE = [
    "\"We will never accept this,\" the minister said on Monday. She called the plan a 'disaster'.",
    "Is this really what they want? Stop the war now! It is a grave mistake, I think.",
    "According to officials, 40 people died. \u201cThe city is burning and nobody helps us at all,\u201d "
    "a resident told reporters. The army said \"order\" was restored.",
    "This is absurd. The talks were held in Geneva; the envoys left early -- again.",
]


def _quoted_share_by_tokens(sent) -> float:  # ``quoted_share`` over spaCy Tokens, the reference
    from communique.structure.subjectivity import (CLOSE_QUOTES, MAX_SCARE_QUOTE_WORDS, OPEN_QUOTES,
                                                   STRAIGHT_QUOTES)

    inside, words, quoted, run = False, 0, 0, 0
    for tok in sent:
        text = tok.text
        if text in OPEN_QUOTES or text in CLOSE_QUOTES or text in STRAIGHT_QUOTES:
            if inside and text not in OPEN_QUOTES:
                quoted += run if run > MAX_SCARE_QUOTE_WORDS else 0
            inside = text in OPEN_QUOTES or (text in STRAIGHT_QUOTES and not inside)
            run = 0
            continue
        if tok.is_punct or tok.is_space:
            continue
        words += 1
        run += inside
    if inside and run > MAX_SCARE_QUOTE_WORDS:
        quoted += run
    return quoted / max(words, 1)


def test_token_texts_of_a_span(nlp):
    from communique.structure.subjectivity import _doc_cues

    rng = random.Random(20)
    for text in SUBJECTIVE + TEXTS:
        doc = nlp(text)
        cues = _doc_cues(doc)
        for _ in range(30):
            a = rng.randrange(len(doc))
            b = rng.randrange(a, len(doc) + 1)
            texts, skip = cues.token_texts(a, b)
            assert texts == [t.text for t in doc[a:b]]
            assert skip == [t.is_punct or t.is_space for t in doc[a:b]]
        release(doc)


def test_quoted_share_and_root_cues_as_the_tokens_give(nlp):
    from communique.structure.subjectivity import cue_counts, guideline_cues, quoted_share

    shares, fired = [], set()
    for text in SUBJECTIVE + TEXTS:
        doc = nlp(text)
        for sent in doc.sents:
            shares.append(quoted_share(sent))
            assert shares[-1] == _quoted_share_by_tokens(sent)
            cues, guide = cue_counts(sent), guideline_cues(sent)
            root = sent.root
            assert guide["root_be"] == float(root.lemma_ == "be")
            assert guide["root_past"] == float(root.tag_ == "VBD")
            words = [t for t in sent if not (t.is_punct or t.is_space)]
            this_is = len(words) > 2 and words[0].lower_ in ("this", "that", "it", "these") and words[1].lemma_ == "be"
            assert cues["this_is"] == float(this_is)
            fired |= {name for name, on in (("this_is", this_is), ("root_be", root.lemma_ == "be"),
                                            ("root_past", root.tag_ == "VBD")) if on}
        release(doc)
    assert any(0 < s for s in shares) and any(s == 0 for s in shares)
    assert fired == {"this_is", "root_be", "root_past"}
