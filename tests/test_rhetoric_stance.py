"""Stance toward actors: the packaged model, holders (author / quoted speaker), evidence (issue 6)."""

from __future__ import annotations

import pytest

from communique.document import Actor, Document, Quote
from communique.rhetoric import stance_model
from communique.rhetoric.stance import find_stance


@pytest.mark.parametrize("sentence,target,expected", [
    ("The brave mayor rescued dozens of families from the flood.", "mayor", "positive"),
    ("Voters praised the senator for her honest and tireless work.", "senator", "positive"),
    ("The corrupt governor lied to voters and stole public money.", "governor", "negative"),
    ("Critics accuse the general of ordering the massacre.", "general", "negative"),
])
def test_stance_model_polarity(sentence, target, expected):
    start = sentence.index(target)
    proba = stance_model.score_targets([(sentence, [(start, start + len(target))])])
    assert stance_model.CLASSES[int(proba.argmax())] == expected, proba
    assert abs(proba.sum() - 1) < 1e-5


def test_stance_heldout_split_is_by_article_and_stable():
    a = "allsides_1000_401_25_Reality Leigh Winner_0_6"
    b = "allsides_1000_401_3_Trump_30_45"
    assert stance_model.article_of(a) == stance_model.article_of(b) == "allsides_1000_401"
    assert stance_model.heldout(a) == stance_model.heldout(b)
    ids = [f"allsides_{i}_{i}_1_x" for i in range(2000)]
    share = sum(map(stance_model.heldout, ids)) / len(ids)
    assert abs(share - stance_model.HELDOUT_PERCENT / 100) < 0.03


def test_stance_model_metadata_names_data_and_heldout():
    *_, meta = stance_model.load_model()
    assert "NewsMTSC" in meta["data"] and "MIT" in meta["data"]
    assert meta["heldout_macro_f1"] >= 0.6


def test_stance_holders_author_and_quoted_speaker(nlp):
    text = ('The reckless dictator Vorlan has ruined the country. '
            '"Minister Edda is a true friend of our people," Vorlan said.')
    v1, v2 = text.index("Vorlan"), text.rindex("Vorlan")
    e = text.index("Minister Edda")
    q0 = text.index('"') + 1
    q1 = text.index('"', q0)
    actors = [Actor("a1", "Vorlan", "person", mentions=((v1, v1 + 6), (v2, v2 + 6))),
              Actor("a2", "Edda", "person", mentions=((e, e + len("Minister Edda")),))]
    quote = Quote("q1", "direct", text[q0:q1], q0, q1, "a1", "Vorlan", "said")
    stance = {(s.holder, s.target): s for s in find_stance(Document(text=text, actors=actors, quotes=[quote]),
                                                           nlp(text))}
    assert stance[("author", "a1")].polarity < 0
    assert stance[("a1", "a2")].polarity > 0  # the quoted speaker's stance, not the author's
    assert ("author", "a2") not in stance  # Edda is only mentioned inside the quote
    for s in stance.values():
        assert -1 <= s.polarity <= 1
        assert all(0 <= a < b <= len(text) for a, b in s.evidence)


def test_stance_unknown_speaker_holds_nothing(nlp):
    text = '"The president is a liar," someone shouted.'
    actor = Actor("a1", "President", "person", mentions=((5, 14),))
    quote = Quote("q1", "direct", text[1:25], 1, 25, None, None, None)
    assert find_stance(Document(text=text, actors=[actor], quotes=[quote]), nlp(text)) == []
