"""The optional sentence classifier: how the stage uses it (with a stub), and the
packaged head itself when it is there."""

from __future__ import annotations

import pytest

import communique.stages.events as stage_mod
from communique.document import PLOVER_TYPES, Actor, Document, Section
from communique.events.classifier import head_path, load_classifier
from communique.pipeline import Context


class StubClassifier:
    def __init__(self, probs):
        self.probs, self.calls = probs, []

    def predict_proba(self, texts):
        self.calls.append(list(texts))
        return [dict(self.probs) for _ in texts]


def run(nlp, monkeypatch, text, probs, actors):
    stub = StubClassifier(probs)
    monkeypatch.setattr(stage_mod, "load_classifier", lambda: stub)
    recs = [Actor(f"a{i}", n, "state", None, None, None, ((text.index(n), text.index(n) + len(n)),))
            for i, n in enumerate(actors, 1)]
    document = Document(text=text, actors=recs, sections=[Section("news", 0, len(text))])
    return stage_mod.extract_events(document, nlp(text), Context())["events"], stub


@pytest.mark.parametrize("probs,expected", [
    ({"PROTEST": 0.7, "ASSAULT": 0.1}, ["PROTEST"]),   # decides between the lexicon's types
    ({"PROTEST": 0.1, "ASSAULT": 0.6}, ["ASSAULT"]),
    ({"PROTEST": 0.05, "ASSAULT": 0.05, "AID": 0.9}, []),  # never a type the lexicon does not allow
])
def test_events_classifier_decides_ambiguous_type(nlp, monkeypatch, probs, expected):
    events, stub = run(nlp, monkeypatch, "Dockers in Chile began a strike against Codelco.", probs, ["Codelco"])
    assert [e.type for e in events] == expected
    assert len(stub.calls) == 1 and len(stub.calls[0]) == 1  # one sentence embedded, once


def test_events_classifier_not_called_without_ambiguous_trigger(nlp, monkeypatch):
    events, stub = run(nlp, monkeypatch, "Peru sanctioned Bolivia.", {"SANCTION": 1.0}, ["Peru", "Bolivia"])
    assert [e.type for e in events] == ["SANCTION"] and stub.calls == []


def test_events_packaged_head_gives_probabilities():
    if not head_path().is_file():
        pytest.skip("classifier head not trained yet (scripts/train_event_classifier.py)")
    clf = load_classifier()
    assert clf is not None and set(clf.labels) == set(PLOVER_TYPES)
    (probs,) = clf.predict_proba(["Thousands of dockworkers walked off the job to demand higher wages."])
    assert abs(sum(probs.values()) - 1.0) < 1e-4
    assert max(probs, key=probs.get) == "PROTEST"
