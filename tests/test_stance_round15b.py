"""Author stance, round 15b (issue 18): one news sentence through the whole pipeline, read as the
NewsMTSC end-to-end benchmark reads it (``benchmarks/eval_rhetoric.py --e2e``): the person must be
found as an actor (a mention overlapping the name), the polarity is the author's record toward that
actor (else the strongest other holder's), and inside +-0.2 it is no position. Sentences written for
this test; and the benchmark's accounting of where an answer parts from the model at the gold span.
"""

from __future__ import annotations

import pytest

from conftest import benchmark

DEAD_ZONE = 0.2


def _read(text: str, name: str) -> tuple[str | None, float]:
    """``(kind of the actor found at the first occurrence of name, polarity)`` as the benchmark reads it."""
    from communique import analyze

    document = analyze(text)
    start = text.index(name)
    end = start + len(name)
    actor = next((a for a in document.actors for s, e in a.mentions if s < end and start < e), None)
    if actor is None:
        return None, 0.0
    records = [s for s in document.stance if s.target == actor.id]
    own = [s for s in records if s.holder == "author"]
    pick = own or sorted(records, key=lambda s: -abs(s.polarity))
    return actor.kind, pick[0].polarity if pick else 0.0


@pytest.mark.parametrize("text, name", [
    ("Coach Lena Ivarsson led the team to a stunning victory and was named the best coach of the season.",
     "Lena Ivarsson"),
    ("Residents cheered as Mayor Dana Okafor opened the new children's hospital, which she had championed "
     "for years.", "Dana Okafor"),
    ("Mayor Dana Okafor was widely praised for her calm leadership during the storm.", "Dana Okafor"),
])
def test_clearly_positive_news_sentence(text, name):
    kind, polarity = _read(text, name)
    assert kind == "person"
    assert polarity > DEAD_ZONE


@pytest.mark.parametrize("text, name", [
    ("Governor Rolf Hensel was accused of fraud and corruption by three former aides.", "Rolf Hensel"),
    ("Judge Pavel Loring was removed from the bench after he was caught taking bribes.", "Pavel Loring"),
    ("Mr. Hensel was accused of fraud and corruption by three former aides, and he denied the charges.",
     "Hensel"),
])
def test_clearly_negative_news_sentence(text, name):
    kind, polarity = _read(text, name)
    assert kind == "person"
    assert polarity < -DEAD_ZONE


@pytest.mark.parametrize("text, name", [
    ("Lena Ivarsson, 54, lives in Aarhus with her two children.", "Lena Ivarsson"),
    ("Defence lawyer Mira Kessel will speak at the conference in Lyon on Tuesday.", "Mira Kessel"),
])
def test_neutral_report_stays_in_the_dead_zone(text, name):
    kind, polarity = _read(text, name)
    assert kind == "person"
    assert abs(polarity) <= DEAD_ZONE


def test_accounting_counts_each_kind_of_answer():
    """``e2e_accounting``: per kind of answer, the targets, the pipeline's right answers and the
    fast model's at the gold span, with both confusions (rows gold, columns predicted)."""
    eval_rhetoric = benchmark("eval_rhetoric")
    text = "Governor Rolf Hensel was accused of fraud and corruption by three former aides."
    start = text.index("Rolf Hensel")
    items = [(text, [(start, start + len("Rolf Hensel"), 0)])]
    acc = eval_rhetoric.e2e_accounting(items, [0], [1], ["not found as an actor"])
    row = acc["cases"]["not found as an actor"]
    assert (row["targets"], row["right"]) == (1, 0)
    assert row["confusion"][0] == [0, 1, 0]
    assert row["model_right"] == 1 and row["model_confusion"][0] == [1, 0, 0]


@pytest.mark.parametrize("text, name", [
    ("Ilse Varga was convicted of fraud on Monday, and her lawyers said she will appeal her sentence.", "Ilse Varga"),
    ("Pavel Loring was arrested for taking bribes, and his lawyer said he would plead not guilty to the "
     "charges against him.", "Pavel Loring"),
])
def test_pronouns_after_the_name_in_its_sentence_repeat_its_reading(text, name):
    """Where the sentence names the person, the pronouns that follow are not scored apart: the
    author's polarity is the model's reading of the name (a mean with the pronouns, which the
    model reads as near neutral, pulled it toward 0)."""
    from communique import analyze
    from communique.nlp import load_nlp
    from communique.rhetoric.stance import decided_polarity
    from communique.rhetoric.stance_model import score_doc_targets

    start = text.index(name)
    reading = decided_polarity(score_doc_targets(load_nlp()(text), [(start, start + len(name))]))[0]
    document = analyze(text)
    actor = next(a for a in document.actors if a.name == name)
    assert len(actor.mentions) > 1
    record = next(s for s in document.stance if s.holder == "author" and s.target == actor.id)
    assert record.polarity == pytest.approx(reading, abs=1e-6)
    assert record.polarity < -DEAD_ZONE
