"""Round 28o2: the study of a learned actor-level decision of the author's stance
(``scripts/train_author_decision.py``, results in ``benchmarks/results/author_decision.json``; not shipped:
it does not beat the rules on the folds). The script's evidence families, features, deterministic fit and the
two uses it compares (the decision, a dead-zone tie-breaker). Passages and rows written for this test."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]

OPED = """The Harbour That Was Sold Twice

By a guest columnist

Ruritania's government has sold the port of Strelsau to a shipping firm it owns through cousins, and called the sale reform. It is a cynical swindle, and the dockers who lost their jobs deserve better.

President Rudolf Elphberg promised an open tender. He broke that promise within a month, and his ministers jailed the two journalists who asked about the price.

Amnesty International documented the arrests. Its researchers were brave to stay in the city when others left.

Norway has offered the dockers retraining and stood with them from the first day. The European Union should freeze the assets of the firm and demand the journalists' release.

Silence from Brussels would be a betrayal. The harbour belongs to the people who work it.
"""


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("train_author_decision", ROOT / "scripts" / "train_author_decision.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("reason, family", [
    ("evaluative 'reckless'", "judging"),
    ("sarcasm 'so-called reform'", "judging"),
    ("the author asserts ACCUSE (blamed)", "asserts"),
    ("omission 'never answered'", "omission"),
    ("watchdog deed 'document abuse'", "deeds"),
    ("side-taking 'stand with'", "side_taking"),
    ("demand: release", "demand"),
    ("inherited from 'Ruritania' (its leader)", "inherited"),
    ("sides: helps Ruritania, opposed", "sides"),
    ("evaluative 'brutal', via its organ 'the Ruritanian police'", "shared"),
    ("deed 'break promise', about its leader", "shared"),
    ("a reason no rule gives", "other"),
])
def test_reasons_fall_into_their_evidence_family(script, reason, family):
    assert script.family(reason) == family


def test_the_rules_evidence_on_a_written_oped_has_known_families(script):
    from communique import analyze

    document = analyze(OPED)
    reasons = [r for s in document.stance if s.holder == "author" for r in s.reasons
               if not r.startswith(("sentence sentiment", "learned argument stance"))]
    assert reasons  # "cynical swindle", "broke that promise", "brave", "betrayal"
    assert [r for r in reasons if script.family(r) == "other"] == []


def _row(label="-", rules=-0.5, rows=(), opinion=True, raw=True):
    return {"doc": "oped-x.txt", "round": "round 12", "actor": "X", "label": label, "rules": rules,
            "opinion": opinion,
            "raw": {"rows": list(rows), "model_mean": -0.3, "arg": None, "arg_proba": [0.6, 0.3, 0.1]} if raw else None}


def test_features_count_and_weigh_each_family_by_sign(script):
    names = script.feature_names()
    x = script.features(_row(rows=[(-0.7, "evaluative 'cruel'"), (-0.6, "sarcasm 'fine words'"),
                                   (0.5, "side-taking 'stand with'")]))
    f = dict(zip(names, x))
    assert f["judging_neg_n"] == pytest.approx(np.log1p(2)) and f["judging_neg_w"] == pytest.approx(1.3)
    assert f["side_taking_pos_w"] == pytest.approx(0.5) and f["judging_pos_n"] == 0
    assert f["rules"] == -0.5 and f["model_mean"] == -0.3 and f["arg_p_neg"] == 0.6 and f["no_evidence"] == 0
    assert script.features(_row(raw=False)) is None
    families_only = script.features(_row(), script.FEATURE_SETS["evidence families only"])
    assert len(families_only) == 2 * 2 * len(script.FAMILY_NAMES)


def test_fit_is_deterministic_and_learns_a_separable_sign(script):
    X = np.array([[-1.0, 0.2], [-0.8, 0.1], [0.0, 0.3], [0.1, 0.2], [0.9, 0.1], [1.1, 0.3]])
    y = np.array([0, 0, 1, 1, 2, 2])
    a, b = script.fit(X, y, 1.0), script.fit(X, y, 1.0)
    assert all(np.array_equal(p, q) for p, q in zip(a, b))
    assert script.predict(a, X).argmax(axis=1).tolist() == y.tolist()


def test_dead_zone_use_reads_only_the_rules_dead_zone_of_an_opinion_text(script):
    sure_for = (np.zeros(1), np.ones(1), np.zeros((3, 1)), np.array([-5.0, -5.0, 5.0]))
    rows = [_row(rules=-0.6), _row(rules=0.1), _row(rules=0.1, opinion=False), _row(rules=None, raw=False)]
    X = [np.zeros(1), np.zeros(1), np.zeros(1), None]
    models = {"k": sure_for}
    fold = lambda r: "k"  # noqa: E731
    assert script.decide(rows, X, models, fold, "dead_zone") == ["-", "+", "0", "0"]
    assert script.decide(rows, X, models, fold, "decision") == ["+", "+", "0", "0"]
    assert script.decide(rows, X, models, fold, "rules") == ["-", "0", "0", "0"]


def test_tally_counts_right_signs_and_firm_neutrals(script):
    rows = [_row("-"), _row("+"), _row("0"), _row("0")]
    assert script.tally(rows, ["-", "0", "+", "0"]) == {
        "attacked": [1, 1], "favoured": [0, 1], "neutral_firm": [1, 2], "right": [1, 2]}


def test_training_documents_are_never_sealed_and_folds_are_stable(script):
    docs = script.documents()
    assert docs and not any(entry.get("sealed") for _, entry in docs)
    folds = {script.five_fold({"doc": name}) for name, _ in docs}
    assert folds == {f"fold {k}" for k in range(5)}
    assert script.five_fold({"doc": docs[0][0]}) == script.five_fold({"doc": docs[0][0]})


def test_the_shipped_results_hold_the_fold_tables_and_no_check_set_rows(script):
    results = json.loads((ROOT / "benchmarks" / "results" / "author_decision.json").read_text("utf-8"))
    assert results["features"] == script.feature_names()
    for table in results["cross_validation"].values():
        assert set(table) == {use for use, *_ in script.USES}
        assert script.CHECK_SET not in table["rules"]["folds"]
    assert results["beats_rules"] == [f"{key}: {use}" for key, table in results["cross_validation"].items()
                                      for use, t in table.items() if t.get("beats_rules")]
    assert all(set(v) == {use for use, *_ in script.USES} for v in results["check_set"].values())
