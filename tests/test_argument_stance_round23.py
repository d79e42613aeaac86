"""Round 23b: the learned argument-stance fallback, second pass (``rhetoric.argument_stance``): features of a
judging word said of the actor and of the author's evidence in its paragraph, the confidence gate, and the
shipped weights. Passages written for this test."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from communique.rhetoric import argument_stance, stance

ROOT = Path(__file__).resolve().parents[1]
LEARNED = "learned argument stance"

OPED = """The Quarry Above Tindouf Road

By a member of the valley council

The Ministry of Mines is reckless. It signed the quarry permit in a week and never read the water survey.

Our valley has one honest institution left. The Regional Water Board is brave, and it published every well reading since March, while the Falcon Cement Company kept its own tests secret.

Nobody asked the farmers. The company trucks now run past the school twice an hour, and the dust settles on the orchards.

The permit should be withdrawn. The ministry must answer for it, and the water board deserves our thanks.
"""


def _features(text: str) -> tuple[dict, dict]:
    """``({actor name: {feature: value}}, author stance by name)`` of a text, the features read even
    where the fallback would not run."""
    from communique import analyze

    captured: dict = {}
    original = argument_stance.features

    def capture(*args):
        rows = original(*args)
        captured.update(rows)
        return rows

    argument_stance.features = capture
    saved = stance.LEARNED_FEATURES_ALWAYS
    stance.LEARNED_FEATURES_ALWAYS = True
    try:
        document = analyze(text)
    finally:
        argument_stance.features = original
        stance.LEARNED_FEATURES_ALWAYS = saved
    names = {a.id: a.name for a in document.actors}
    rows = {names.get(t, t): dict(zip(argument_stance.FEATURES, row)) for t, row in captured.items()}
    return rows, {names[s.target]: s for s in document.stance if s.holder == "author"}


@pytest.fixture(scope="module")
def oped():
    return _features(OPED)


def _row(rows: dict, word: str) -> dict:
    hits = [row for name, row in rows.items() if word.lower() in name.lower()]
    assert hits, f"no actor with {word!r} among {sorted(rows)}"
    return hits[0]


def test_round23_features_are_part_of_the_model():
    for name in ("judged_negative", "judged_positive", "paragraph_negative", "paragraph_positive"):
        assert name in argument_stance.FEATURES
    assert set(argument_stance.ROUND23_FEATURES) <= set(argument_stance.FEATURES)
    assert len(set(argument_stance.FEATURES)) == len(argument_stance.FEATURES)


def test_a_judging_word_said_of_the_actor_is_read(oped):
    rows, _ = oped
    ministry = _row(rows, "Ministry of Mines")
    board = _row(rows, "Water Board")
    assert ministry["judged_negative"] > 0 and ministry["judged_positive"] == 0
    assert board["judged_positive"] > 0 and board["judged_negative"] == 0


def test_features_are_bounded_shares(oped):
    rows, _ = oped
    for row in rows.values():
        for name in argument_stance.ROUND23_FEATURES:
            assert 0.0 <= row[name] <= 1.0, (name, row[name])


def test_paragraph_evidence_counts_the_other_actors_only():
    """An actor alone in its paragraphs with the author's evidence toward itself has no paragraph evidence."""
    rows, author = _features(OPED)
    board = _row(rows, "Water Board")
    company = _row(rows, "Falcon Cement")
    # the company shares the board's paragraph, where the author praises the board
    if any(name for name in author if "Water Board" in name and author[name].polarity > 0.2):
        assert company["paragraph_positive"] > 0
    assert board["paragraph_positive"] <= company["paragraph_positive"] + 1e-9


def test_the_gate_keeps_the_reading_without_the_fallback(monkeypatch):
    """Above certainty 1 nothing passes the gate: no learned reason on any actor."""
    from communique import analyze

    monkeypatch.setattr(argument_stance, "gate", lambda: 1.01)
    document = analyze(OPED)
    assert not any(r.startswith(LEARNED) for s in document.stance for r in s.reasons)


def test_learned_reasons_only_on_actors_without_rule_evidence(oped):
    _, author = oped
    for name, s in author.items():
        if any(r.startswith(LEARNED) for r in s.reasons):
            assert all(r.startswith(LEARNED) for r in s.reasons), (name, s.reasons)
            prob = float(s.reasons[0].rsplit("p=", 1)[1].rstrip(")"))
            assert prob >= argument_stance.gate() - 0.005


def test_weights_match_their_meta_and_the_cross_validation():
    mean, scale, coef, intercept, meta = argument_stance.load_model()
    assert coef.shape == (3, len(argument_stance.FEATURES)) and np.all(np.isfinite(coef))
    path = ROOT / "src" / "communique" / "resources" / "rhetoric" / "argument_stance.npz"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == meta["weights_sha256"]
    names = tuple(meta["features"])  # all FEATURES, or round 22b's 31 (the others read with weight 0)
    assert names == argument_stance.FEATURES[:len(names)] and len(names) in (31, len(argument_stance.FEATURES))
    assert argument_stance.gate() == meta.get("min_confidence", argument_stance.MIN_CONFIDENCE_22B)
    gold = json.loads((ROOT / "tests" / "data" / "opeds" / "gold.json").read_text("utf-8"))
    sealed = {name for name, entry in gold.items() if isinstance(entry, dict) and entry.get("sealed")}
    assert not sealed & set(meta["documents"])
    # the later rounds held out whole (22b: rounds 26+27; 23b: 28+29): the fallback helps there
    later = meta["later_rounds"]
    assert later["b_rules_plus_fallback"]["attacked"][0] > later["a_rules"]["attacked"][0]
    assert later["b_rules_plus_fallback"]["neutral_firm"][0] <= later["a_rules"]["neutral_firm"][0]
