"""Round 24b: the training script of the learned op-ed stance fallback replays the open rounds' floors of
``tests/test_stance_opeds.py`` in-sample from its extracted rows (``open_floors``), so that a retrain that
breaks one is seen before the pipeline runs. Synthetic rows only (no op-ed is read)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from communique.rhetoric import argument_stance

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("train_oped_stance", ROOT / "scripts" / "train_oped_stance.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _model(favoured: bool):
    """A model that reads every row as 'for' (favoured) or as 'no position', sure of it."""
    n = len(argument_stance.FEATURES)
    intercept = np.array([-5.0, -5.0, 5.0]) if favoured else np.array([-5.0, 5.0, -5.0])
    return np.zeros(n), np.ones(n), np.zeros((3, n)), intercept


def _row(doc, label, rules=None, evidence=False, opinion=True):
    return {"doc": doc, "round": "round 12", "actor": "X", "label": label, "found": True, "rules": rules,
            "opinion": opinion, "commentary": False, "evidence": evidence,
            "features": [0.0] * len(argument_stance.FEATURES)}


def test_open_floors_flags_a_neutral_actor_given_a_firm_sign():
    script = _script()
    rows = [_row("oped-18_a.txt", "0"), _row("oped-19_b.txt", "+")]
    floors = script.open_floors(rows, _model(favoured=True), 0.6)
    assert "BROKEN" in floors["round 12"] and "1 neutral firm" in floors["round 12"]


def test_open_floors_keeps_the_rules_reading_where_the_actor_has_evidence():
    script = _script()
    rows = [_row("oped-18_a.txt", "-", rules=-0.8, evidence=True), _row("oped-20_c.txt", "0", rules=0.0)]
    floors = script.open_floors(rows, _model(favoured=True), 0.6)
    # the first keeps its rule reading (right); the neutral one has no evidence and is read 'for'
    assert floors["round 12"].startswith("1 right, 1 neutral firm")


def test_open_floors_below_the_gate_keeps_the_reading_without_the_fallback():
    script = _script()
    rows = [_row("oped-18_a.txt", "0", rules=0.0), _row("oped-05_x.txt", "0", rules=0.0)]
    rows[1]["round"] = "development"
    floors = script.open_floors(rows, _model(favoured=True), 1.01)  # no probability reaches it
    assert floors["round 12"].startswith("0 right, 0 neutral firm")
    assert floors["development"] == "0 right, 0 neutral firm"


def test_open_floors_outside_an_argued_text_keeps_the_rules():
    script = _script()
    rows = [_row("oped-18_a.txt", "0", rules=0.0, opinion=False)]
    assert script.open_floors(rows, _model(favoured=True), 0.6)["round 12"].startswith("0 right, 0 neutral firm")
