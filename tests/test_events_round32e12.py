"""Round 32e12: the cross-validation of a learned reader of sentences no rule typed
(``scripts/train_sentence_reader.py``; measured, not shipped: ``docs/events.md``, "Round 32e12").
The script's parts on written rows and sentences: what it trains on (never a sealed document nor
the check set), how it labels a sentence, what a head adds at a threshold, and the bar to ship."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("train_sentence_reader",
                                                  ROOT / "scripts" / "train_sentence_reader.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_documents_leave_out_sealed_entries_and_the_check_set(script, tmp_path):
    statements = tmp_path / "statements"
    (statements / "gold").mkdir(parents=True)
    entries = [{"id": "stmt-90_open"}, {"id": "stmt-91_blind", "sealed": True}, {"id": "wire-70_check"}]
    (statements / "index.json").write_text(json.dumps(entries), encoding="utf-8")
    for entry in entries:  # only the open document has a gold file: reading another would fail
        (statements / f"{entry['id']}.txt").write_text("The ministry protested.", encoding="utf-8")
    (statements / "gold" / "stmt-90_open.json").write_text('{"events": []}', encoding="utf-8")
    seen = {}

    def folder_records(docs, index, skip=frozenset()):
        seen["skip"] = set(skip)
        return [SimpleNamespace(source=p.stem) for p in sorted(docs.glob("*.txt")) if p.stem not in skip]

    wiki = {"w-1": {"events": []}, "w-2": {"events": []}}
    ev = SimpleNamespace(STATEMENTS=statements, folder_records=folder_records, wikinews_golds=lambda: wiki,
                         wikinews_split=lambda ids: (["w-1"], ["w-2"]),
                         wikinews_records=lambda: [SimpleNamespace(source="w-1"), SimpleNamespace(source="w-2")])
    records, golds = script.training_documents(ev)
    assert [r.source for r in records] == ["stmt-90_open", "w-1"]  # the held-out half is left out too
    assert seen["skip"] == {"stmt-91_blind", "wire-70_check"}
    assert set(golds) == {"stmt-90_open", "w-1"}


@pytest.mark.parametrize("sentence, types", [
    ("Moscow said it was ready to keep talking with Kyiv.", ["CONSULT", "COOPERATE"]),
    ("The envoy left the capital on Monday.", []),
])
def test_a_sentence_is_labelled_with_its_gold_types_then_their_alternatives(script, sentence, types):
    gold = {"events": [{"sentence_start": "Moscow said it was ready", "type": "CONSULT",
                        "alt_types": ["COOPERATE"]}]}
    assert script.label(sentence, gold, lambda s: " ".join(s.lower().split())) == types


def test_a_head_adds_its_best_type_above_the_threshold_unless_a_draft_has_it(script):
    classes = ["ACCUSE", "NONE", "REJECT"]
    probs = np.array([[0.8, 0.1, 0.1], [0.3, 0.6, 0.1], [0.1, 0.2, 0.7], [0.9, 0.05, 0.05]])
    assert script.added(probs, classes, 0.5) == ["ACCUSE", None, "REJECT", "ACCUSE"]
    assert script.added(probs, classes, 0.5, [set(), set(), set(), {"ACCUSE"}]) == ["ACCUSE", None, "REJECT", None]


@pytest.mark.parametrize("rows, threshold", [
    ([(0.5, 20, 12), (0.6, 13, 10), (0.7, 9, 8)], 0.6),  # 10 of 13 right: 0.77
    ([(0.5, 20, 12), (0.6, 15, 10), (0.7, 9, 8)], None),  # 10 of 15 is too often wrong; 8 right too few
    ([(0.5, 0, 0)], None),
])
def test_the_bar_to_ship_is_fold_precision_and_enough_right_events(script, rows, threshold):
    table = [{"threshold": t, "added": n, "right": tp, "precision": round(tp / n, 3) if n else None}
             for t, n, tp in rows]
    assert script.shippable(table) == threshold


@pytest.mark.parametrize("text, clause", [
    ("Officials said talks would resume next week.", "talks would resume next week"),
    ("The ministry conveyed its concerns to the envoy.", "The ministry conveyed its concerns to the envoy."),
])
def test_the_main_clause_is_what_a_speech_verb_reports(script, text, clause):
    from communique.events.speech import load_speech_cues
    from communique.nlp import load_nlp

    sent = next(load_nlp()(text).sents)
    assert script.main_clause(sent, load_speech_cues().speech_verbs) == clause


def test_the_results_keep_one_head_a_line_and_only_thresholds_that_add(script, tmp_path):
    path = tmp_path / "results.json"
    table = [{"threshold": 0.5, "added": 3, "right": 2, "precision": 0.667},
             {"threshold": 0.9, "added": 0, "right": 0, "precision": None}]
    script.write_results(path, {"folds": 5, "passing": 0}, [{"unit": "untyped", "C": 8.0, "cross_validation": table}])
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "folds": 5, "passing": 0, "runs": [{"unit": "untyped", "C": 8.0, "cross_validation": [[0.5, 3, 2]]}]}
    assert path.read_text(encoding="utf-8").count("\n") == 7
