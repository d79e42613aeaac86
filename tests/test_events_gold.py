"""Quality gates of the events stage on third-party gold (../shared/data; skipped when absent).

Floors sit a little below the numbers measured by ``benchmarks/eval_events.py``
(see docs/events.md); rules only, so the gate does not depend on the classifier.
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT, shared_data

sys.path.insert(0, str(ROOT / "benchmarks"))
import eval_events  # noqa: E402

RULES_ONLY = {"events_classifier": False}
#: Measured (rules only, en_core_web_md): 0.702 type recall, 0.736 type precision, 0.475 dyad F1.
PLOVER_TYPE_RECALL_FLOOR = 0.68
PLOVER_TYPE_PRECISION_FLOOR = 0.71
PLOVER_DYAD_F1_FLOOR = 0.44
#: Measured 4 of the 12 no-event sentences with an event.
PETR2_MAX_NOEVENT_HITS = 5


@pytest.mark.gold
def test_events_gold_plover_gsr():
    shared_data("plover", "plover_gsr_normalized.jsonl")
    res = eval_events.score_plover(RULES_ONLY)
    assert res["type_recall"] >= PLOVER_TYPE_RECALL_FLOOR, res
    assert res["type_precision"] >= PLOVER_TYPE_PRECISION_FLOOR, res
    assert res["dyad_f1"] >= PLOVER_DYAD_F1_FLOOR, res


@pytest.mark.gold
def test_events_gold_petr2_no_event_sentences():
    shared_data("petr2_validation", "petr2_gsr_validation_en.jsonl")
    res = eval_events.score_petr2(RULES_ONLY)
    assert res["noevent_sentences"] == 12
    assert res["noevent_sentences_with_any_event"] <= PETR2_MAX_NOEVENT_HITS, res
