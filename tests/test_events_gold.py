"""Quality gates of the events stage on third-party gold (../shared/data; skipped when absent).

Floors sit a little below the numbers measured by ``benchmarks/eval_events.py``
(see docs/events.md) with the default options (the packaged classifier decides
ambiguous triggers), under both en_core_web_md and en_core_web_sm.
"""

from __future__ import annotations

import pytest

from conftest import benchmark, shared_data

eval_events = benchmark("eval_events")

DEFAULT = {"events_classifier": True}
#: Measured: md 0.755 type recall, 0.752 type precision, 0.588 dyad F1; sm 0.764, 0.759, 0.575.
#: After issue 16 round 3 (md): 0.764, 0.743, 0.599; round 4: 0.764, 0.743, 0.601; round 6
#: (a negated act of any type codes as REJECT): 0.770, 0.754, 0.632.
PLOVER_TYPE_RECALL_FLOOR = 0.74
PLOVER_TYPE_PRECISION_FLOOR = 0.75
PLOVER_DYAD_F1_FLOOR = 0.56
#: Run with the suite's own discard phrases (its XML comments): 0 of the 12 no-event sentences
#: get an event (md and sm). Without them 2 do: two accusations by France, in sentences the
#: suite discards for naming the 1994 genocide, that a reader would otherwise code.
PETR2_MAX_NOEVENT_HITS = 0
PETR2_MAX_NOEVENT_HITS_WITHOUT_DISCARDS = 2


@pytest.mark.gold
def test_events_gold_plover_gsr():
    shared_data("plover", "plover_gsr_normalized.jsonl")
    res = eval_events.score_plover(DEFAULT)
    assert res["type_recall"] >= PLOVER_TYPE_RECALL_FLOOR, res
    assert res["type_precision"] >= PLOVER_TYPE_PRECISION_FLOOR, res
    assert res["dyad_f1"] >= PLOVER_DYAD_F1_FLOOR, res


@pytest.mark.gold
def test_events_gold_petr2_no_event_sentences():
    shared_data("petr2_validation", "petr2_gsr_validation_en.jsonl")
    res = eval_events.score_petr2(DEFAULT)
    assert res["noevent_sentences"] == 12
    assert res["suite_discard_phrases"], "the suite's discard phrases were not read from its XML"
    assert res["noevent_sentences_with_any_event"] <= PETR2_MAX_NOEVENT_HITS, res
    assert res["noevent_sentences_with_any_event_without_suite_discards"] <= PETR2_MAX_NOEVENT_HITS_WITHOUT_DISCARDS, res
