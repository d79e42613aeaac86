"""Stance toward actors: the packaged model, holders (author / quoted speaker), evidence (issue 6)."""

from __future__ import annotations

import numpy as np
import pytest

from communique.document import Actor, Document, Quote
from communique.errors import ConfigError
from communique.rhetoric import stance_features, stance_model
from communique.rhetoric.stance import find_stance

POLARITY_CASES = [
    ("The brave mayor rescued dozens of families from the flood.", "mayor", "positive"),
    ("Voters praised the senator for her honest and tireless work.", "senator", "positive"),
    ("The corrupt governor lied to voters and stole public money.", "governor", "negative"),
    ("Critics accuse the general of ordering the massacre.", "general", "negative"),
]


@pytest.mark.parametrize("sentence,target,expected", POLARITY_CASES)
def test_stance_model_polarity(sentence, target, expected):
    start = sentence.index(target)
    proba = stance_model.score_targets([(sentence, [(start, start + len(target))])])
    assert stance_model.CLASSES[int(proba.argmax())] == expected, proba
    assert abs(proba.sum() - 1) < 1e-5


@pytest.mark.parametrize("sentence,target,expected", POLARITY_CASES + [
    ("The committee thanked the ambassador for a generous and wise settlement.", "ambassador", "positive"),
    ("The minister was accused of fraud and blamed for the disaster.", "minister", "negative"),
])
def test_stance_fast_model_polarity(nlp, sentence, target, expected):
    start = sentence.index(target)
    proba = stance_model.score_doc_targets(nlp(sentence), [(start, start + len(target))])
    assert stance_model.CLASSES[int(proba.argmax())] == expected, proba
    assert abs(proba.sum() - 1) < 1e-5


def test_stance_fast_features_are_deterministic_and_in_range(nlp):
    doc = nlp("Critics accuse the general of ordering the massacre, but the mayor is not corrupt.")
    first = stance_features.features_for(doc, [(19, 26), (57, 62)])
    again = stance_features.features_for(nlp(doc.text), [(19, 26), (57, 62)])
    for a, b in zip(first, again):
        assert a is not None and np.array_equal(a, b)
        assert np.all(np.diff(a) > 0) and a.min() >= 0 and a.max() < stance_features.N_BUCKETS
    assert not np.array_equal(first[0], first[1])  # two targets of one sentence differ
    assert stance_features.features_for(doc, [(len(doc.text), len(doc.text))]) == [None]


def test_stance_fast_row_sums_are_bit_for_bit_the_per_row_sums():
    coef = stance_model.load_fast_model()[0]
    rng = np.random.default_rng(5)
    used = np.flatnonzero(np.abs(coef).sum(axis=1))
    for count in (1, 2, 7, 40):
        rows = [np.sort(rng.choice(used, size=int(rng.integers(1, 200)), replace=False)) for _ in range(count)]
        assert np.array_equal(stance_model._row_sums(coef, rows), np.stack([coef[ids].sum(axis=0) for ids in rows]))


def test_stance_fast_hash_scalar_and_vector_forms_agree():
    values = np.array([0, 1, 2 ** 63 + 12345, 2 ** 64 - 1, 987654321], dtype=np.uint64)
    for kind in (1, 5, 11):
        assert stance_features._mix_array(kind, values).tolist() == [stance_features._mix(kind, int(v))
                                                                     for v in values]
        assert stance_features._mix_array(kind, values, values[::-1]).tolist() == [
            stance_features._mix(kind, int(a), int(b)) for a, b in zip(values, values[::-1])]


def test_stance_negated_head_flips_fast_model(nlp):
    pos = "Officials said the senator was honest and helped the families."
    neg = "Officials said the senator was not honest and never helped the families."
    p = stance_model.polarity(stance_model.score_doc_targets(nlp(pos), [(pos.index("senator"), pos.index("senator") + 7)]))
    n = stance_model.polarity(stance_model.score_doc_targets(nlp(neg), [(neg.index("senator"), neg.index("senator") + 7)]))
    assert p[0] > n[0]


def test_stance_model_option_is_checked(nlp):
    text = "The corrupt governor Vell lied to voters."
    actor = Actor("a1", "Vell", "person", mentions=((text.index("Vell"), text.index("Vell") + 4),))
    document = Document(text=text, actors=[actor])
    for model in stance_model.MODELS:
        out = find_stance(document, nlp(text), model)
        assert [(s.holder, s.target) for s in out] == [("author", "a1")] and out[0].polarity < 0, model
    with pytest.raises(ConfigError):
        find_stance(document, nlp(text), "bert")


def test_stance_heldout_split_is_by_article_and_stable():
    a = "allsides_1000_401_25_Reality Leigh Winner_0_6"
    b = "allsides_1000_401_3_Trump_30_45"
    assert stance_model.article_of(a) == stance_model.article_of(b) == "allsides_1000_401"
    assert stance_model.heldout(a) == stance_model.heldout(b)
    ids = [f"allsides_{i}_{i}_1_x" for i in range(2000)]
    share = sum(map(stance_model.heldout, ids)) / len(ids)
    assert abs(share - stance_model.HELDOUT_PERCENT / 100) < 0.03


def test_stance_model_metadata_names_data_and_heldout():
    for meta in (stance_model.load_model()[-1], stance_model.load_fast_model()[-1]):
        assert "NewsMTSC" in meta["data"] and "MIT" in meta["data"]
        assert meta["heldout_macro_f1"] >= 0.6


#: The same holder logic, worded per model: the fast model has only the vocabulary of NewsMTSC,
#: where "reckless" and "dictator" hardly occur (see docs/rhetoric.md, known limits).
HOLDER_OPENINGS = {
    "minilm": "The reckless dictator Vorlan has ruined the country. ",
    "fast": "Critics accused Vorlan of corruption and fraud. ",
}


@pytest.mark.parametrize("model", stance_model.MODELS)
def test_stance_holders_author_and_quoted_speaker(nlp, model):
    text = HOLDER_OPENINGS[model] + '"Minister Edda is a true friend of our people," Vorlan said.'
    v1, v2 = text.index("Vorlan"), text.rindex("Vorlan")
    e = text.index("Minister Edda")
    q0 = text.index('"') + 1
    q1 = text.index('"', q0)
    actors = [Actor("a1", "Vorlan", "person", mentions=((v1, v1 + 6), (v2, v2 + 6))),
              Actor("a2", "Edda", "person", mentions=((e, e + len("Minister Edda")),))]
    quote = Quote("q1", "direct", text[q0:q1], q0, q1, "a1", "Vorlan", "said")
    stance = {(s.holder, s.target): s for s in find_stance(Document(text=text, actors=actors, quotes=[quote]),
                                                           nlp(text), model)}
    assert stance[("author", "a1")].polarity < 0
    assert stance[("a1", "a2")].polarity > 0  # the quoted speaker's stance, not the author's
    assert ("author", "a2") not in stance  # Edda is only mentioned inside the quote
    for s in stance.values():
        assert -1 <= s.polarity <= 1
        assert all(0 <= a < b <= len(text) for a, b in s.evidence)


@pytest.mark.issue(18)
def test_stance_unknown_speaker_counts_for_the_author_at_a_lower_weight(nlp):
    """A view quoted without an accountable speaker is the author's to present: the author
    holds it, at ``UNATTRIBUTED_WEIGHT`` / ``UNATTRIBUTED_SHARE``, and the reason says so."""
    text = '"The president is a liar," someone shouted.'
    actor = Actor("a1", "President", "person", mentions=((5, 14),))
    quote = Quote("q1", "direct", text[1:25], 1, 25, None, None, None)
    [record] = find_stance(Document(text=text, actors=[actor], quotes=[quote]), nlp(text))
    assert (record.holder, record.target) == ("author", "a1") and record.polarity < -0.2
    assert record.reasons and all(r.endswith("in a quote without a known speaker") for r in record.reasons)
