"""Quality gates against third-party data in ../shared/data (measure only; see docs/rhetoric.md)."""

from __future__ import annotations

import json

import pytest

from conftest import shared_data

#: PTC articles used by the gate (the first N by file name); the full 371 are scored by
#: benchmarks/eval_rhetoric.py. Floors sit a little under what was measured on this subset.
PTC_GATE_ARTICLES = 60
#: Measured on the 60 articles after the second round of issue 18 (larger lexicons, second
#: look): SI 0.312, TC 0.435, labelled span F1 0.160 (0.285, 0.412, 0.115 before); after the
#: fifth (span boundaries, weak cues out): SI 0.308, TC 0.431, labelled 0.168.
SI_F1_FLOOR = 0.29
TC_MICRO_F1_FLOOR = 0.41
LABELLED_F1_FLOOR = 0.235  # round 7 (plain labels, epithets, new cues): measured 0.201 on the 60;
#: round 10 (loaded-language lexicon and spans; charged Repetition, epithets, Doubt cues): 0.229 (SI 0.346).
#: round 11 (second look in context: asked questions, plain-report quotes): 0.228 (SI 0.346).
#: round 14 (noun-phrase spans, people labels, intensifiers): 0.240 (SI 0.355, TC 0.459); floor 0.22 -> 0.23.
#: round 15 (label adjectives, attack verbs, authority and cliche cues as hints): 0.243 (SI 0.356, TC 0.460);
#: floor 0.23 -> 0.235.
#: NewsMTSC held-out macro-F1 floors: measured 0.642 (fast, the default) and 0.686 (MiniLM).
STANCE_MACRO_F1_FLOOR = {"fast": 0.62, "minilm": 0.65}
#: NewsMTSC held-out, end to end through the whole pipeline (benchmarks/eval_rhetoric.py,
#: score_stance_e2e) on the first E2E_GATE_SENTENCES held-out sentences: measured 0.570
#: (355 targets, 315 found as actors; 0.497 with 273 before round 4 of issue 18); 0.608 on
#: all 1,273 targets (0.538 before); round 15b (pronouns after a name not scored apart): 0.582 here
#: (318 found), 0.618 on all.
E2E_GATE_SENTENCES = 300
E2E_MACRO_F1_FLOOR = 0.56
E2E_FOUND_FLOOR = 300


@pytest.fixture(scope="module")
def ptc_scores(nlp):
    shared_data("ptc2020_train", "train-task1-SI.labels")
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from eval_rhetoric import score_ptc

    return score_ptc(PTC_GATE_ARTICLES)


@pytest.mark.gold
def test_rhetoric_gold_ptc_span_identification(ptc_scores):
    assert ptc_scores["si"]["f1"] >= SI_F1_FLOOR, ptc_scores["si"]


@pytest.mark.gold
def test_rhetoric_gold_ptc_technique_classification(ptc_scores):
    assert ptc_scores["tc_micro_f1"] >= TC_MICRO_F1_FLOOR, ptc_scores["tc_micro_f1"]


@pytest.mark.gold
@pytest.mark.issue(18)
def test_rhetoric_gold_ptc_labelled_span_f1(ptc_scores):
    assert ptc_scores["labelled"]["f1"] >= LABELLED_F1_FLOOR, ptc_scores["labelled"]


@pytest.mark.gold
@pytest.mark.issue(18)
def test_rhetoric_gold_newsmtsc_stance_end_to_end():
    shared_data("newsmtsc", "train.jsonl")
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from eval_rhetoric import score_stance_e2e

    scores = score_stance_e2e(E2E_GATE_SENTENCES)
    assert scores["found_as_actor"] >= E2E_FOUND_FLOOR
    assert scores["macro_f1"] >= E2E_MACRO_F1_FLOOR, json.dumps(scores)


@pytest.mark.gold
@pytest.mark.parametrize("model", sorted(STANCE_MACRO_F1_FLOOR))
def test_rhetoric_gold_newsmtsc_stance_heldout(model):
    shared_data("newsmtsc", "train.jsonl")
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from eval_rhetoric import score_stance

    scores = score_stance(model=model)
    assert scores["targets"] > 1000
    assert scores["macro_f1"] >= STANCE_MACRO_F1_FLOOR[model], json.dumps(scores)
