"""Round 33o6: the study of a learned final sign for the author's stance in op-eds (``scripts/study_oped_decision.py``).
Nothing shipped to the pipeline; these pin the study's features, scopes and folds on synthetic rows (no op-ed is
read)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from communique.rhetoric import argument_stance

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def study():
    spec = importlib.util.spec_from_file_location("study_oped_decision", ROOT / "scripts" / "study_oped_decision.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(doc, label, final=0.0, items=(), argues=True, readings=(), model_mean=None):
    return {"doc": doc, "round": "round 12", "actor": "X", "label": label, "found": final is not None,
            "final": final, "items": [list(i) for i in items], "model_mean": model_mean, "readings": list(readings),
            "opinion": argues, "argues": argues, "features": [0.0] * len(argument_stance.FEATURES),
            "as_source": 0, "as_target": 0}


def _evaluative(weight, cue="reckless"):
    return (weight, 0, 5, f"evaluative '{cue}'")


def test_the_check_set_is_the_open_op_ed_round_39(study):
    assert study.CHECK_SET == "round 39"


def test_a_reason_family_needs_enough_rows_for_features_of_its_own(study):
    rows = [_row("a", "-", items=[_evaluative(-0.8)] * study.MIN_FAMILY_ROWS),
            _row("b", "+", items=[(0.6, 0, 5, "side-taking 'stand with'")])]
    assert study.families(rows) == ["evaluative"]


@pytest.mark.parametrize("items, negative, positive", [
    ([_evaluative(-0.8), _evaluative(-0.4, "cruel")], 1.2, 0.0),
    ([_evaluative(0.5, "brave"), _evaluative(-0.4, "cruel")], 0.4, 0.5),
    ([], 0.0, 0.0),
])
def test_the_family_features_sum_the_weights_of_each_sign(study, items, negative, positive):
    v = study.decision_features(_row("a", "-", items=items), ["evaluative"], None, 0.0, groups=("rules",))
    assert len(v) == 9 + 2
    assert v[-2:] == pytest.approx([negative, positive])
    assert v[8] == float(bool(items))  # whether the actor has evidence rows at all


def test_the_model_features_read_the_mentions_of_the_author(study):
    v = study.decision_features(_row("a", "-", readings=[-0.6, 0.1, 0.5], model_mean=0.0), [], None, 0.0,
                                groups=("model",))
    assert v == pytest.approx([0.0, -0.6, 0.5, 1 / 3, 1 / 3])


@pytest.mark.parametrize("scope, row, proba, expected", [
    ("dead", _row("a", "-", final=0.05), [0.2, 0.7, 0.1], True),
    ("dead", _row("a", "-", final=-0.6), [0.9, 0.05, 0.05], False),
    ("deadneg", _row("a", "-", final=0.05), [0.2, 0.7, 0.1], False),
    ("deadneg", _row("a", "-", final=0.05), [0.7, 0.2, 0.1], True),
    ("noev", _row("a", "-", final=-0.6, items=[_evaluative(-0.8)]), [0.9, 0.05, 0.05], False),
    ("noev", _row("a", "-", final=0.1), [0.9, 0.05, 0.05], True),
    ("argues", _row("a", "-", final=0.1, argues=False), [0.9, 0.05, 0.05], False),
    ("all", _row("a", "-", final=0.1, argues=False), [0.9, 0.05, 0.05], True),
])
def test_the_scope_says_where_the_learned_sign_replaces_the_current_one(study, scope, row, proba, expected):
    assert study.in_scope(row, scope, np.array(proba), row["final"]) is expected


def test_cross_validation_decides_a_dead_zone_actor_from_the_other_documents(study):
    # attacked actors carry negative evidence, favoured positive; the held-out one sits in the dead zone with a
    # light negative row its document's rules did not count
    rows = [_row(f"d{k}", "-", final=-0.7, items=[_evaluative(-0.9)]) for k in range(6)]
    rows += [_row(f"e{k}", "+", final=0.7, items=[_evaluative(0.9, "brave")]) for k in range(6)]
    rows += [_row(f"f{k}", "0", final=0.0) for k in range(6)]
    rows.append(_row("g", "-", final=0.05, items=[_evaluative(-0.9)]))
    variant = (("rules",), "lr", 1.0, "dead", 0.0)
    predicted = study.cross_validated(rows, variant, {}, [r["final"] for r in rows])
    assert predicted[-1] < -0.2
    assert predicted[:12] == [r["final"] for r in rows[:12]]  # out of scope: the current reading stays


def test_the_current_decision_is_replayed_with_the_fallback_cross_validated(study):
    rows = [_row("a", "-", final=-0.7, items=[_evaluative(-0.9)]), _row("b", "-", final=0.1, model_mean=0.1),
            _row("c", "-", final=0.1, model_mean=0.4)]
    proba = {1: np.array([0.9, 0.05, 0.05]), 2: np.array([0.4, 0.35, 0.25])}
    out = study.current_cross_validated(rows, proba)
    assert out[0] == -0.7  # evidence rows: the record
    assert out[1] == pytest.approx(-0.85)  # sure enough: the fallback's polarity
    assert out[2] == pytest.approx(0.15)  # below the gate: the model mean, clipped


def test_a_variant_fitted_in_its_scope_learns_from_the_actors_without_evidence_only(study):
    # without evidence rows, a negative reading goes with an attacked actor; the actors with evidence rows read
    # negative too but are favoured, and a fit on every row would learn that negative readings say little
    rows = [_row(f"n{k}", "-", final=-0.1, readings=[-0.8], model_mean=-0.8) for k in range(6)]
    rows += [_row(f"p{k}", "+", final=0.1, readings=[0.8], model_mean=0.8) for k in range(6)]
    rows += [_row(f"z{k}", "0", final=0.0, readings=[0.0], model_mean=0.0) for k in range(6)]
    rows += [_row(f"e{k}", "+", final=0.6, items=[(0.6, 0, 5, "evaluative 'firm'")], readings=[-0.8],
                  model_mean=-0.8) for k in range(30)]
    rows.append(_row("held", "-", final=-0.1, readings=[-0.8], model_mean=-0.8))
    current = [r["final"] for r in rows]
    predicted = study.cross_validated(rows, (("model",), "lr", 1.0, "noev", 0.0, True), {}, current)
    assert predicted[-1] < -0.2
    assert predicted[18:48] == current[18:48]  # rows with evidence: out of the scope
