"""Round 34o8: the study of a reading of the actor's own sentences by meaning (MiniLM) for the op-ed fallback
(``scripts/study_oped_meaning.py``). Nothing shipped to the pipeline; these pin the study's sentences and masking
(on a passage written here), its features, its gate and its nested folds (synthetic rows; no op-ed is read)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from communique.rhetoric import argument_stance, stance

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def study():
    spec = importlib.util.spec_from_file_location("study_oped_meaning", ROOT / "scripts" / "study_oped_meaning.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(label, round_="round 12", model_mean=0.05, items=(), argues=True, final=None, column=0.0):
    features = [0.0] * len(argument_stance.FEATURES)
    features[0] = column
    return {"doc": f"{round_}-{label}", "round": round_, "actor": "A", "label": label, "found": True,
            "final": model_mean if final is None else final, "items": [list(i) for i in items],
            "model_mean": model_mean, "opinion": argues, "argues": argues, "features": features, "sentences": []}


def test_the_check_set_is_open_op_ed_round_40_and_no_later_round(study):
    assert study.CHECK_SET == "round 40"
    assert study.CHECK_SET not in study.LATER_ROUNDS


@pytest.mark.parametrize("spans, expected", [
    ([(0, 6, "X")], "X shelled the port."),
    ([(0, 6, "X"), (19, 23, "Y")], "X shelled the Y."),
    ([(0, 6, "X"), (2, 4, "Y")], "X shelled the port."),  # nested: the outer span is masked once
])
def test_masking_replaces_each_mention_once(study, spans, expected):
    assert study._masked("Russia shelled the port.", 0, 24, spans) == expected


PASSAGE = ("Russia shelled a hospital in Kharkiv on Monday. Ukraine asked the United Nations for help. "
           "Lithuania sent generators to Ukraine.")


@pytest.fixture(scope="module")
def sentences(study, analyze):
    got = {}
    original = stance._learned_fallback

    def hook(document, doc, items, model_scores, fold, paragraphs, leaders, opinion):
        names = {a.id: a.name for a in document.actors}
        rows = study.actor_sentences(document, doc, fold, stance.byline_actors(document))
        got.update({names.get(t, t): v for t, v in rows.items()})
        return original(document, doc, items, model_scores, fold, paragraphs, leaders, opinion)

    stance._learned_fallback = hook
    try:
        analyze(PASSAGE)
    finally:
        stance._learned_fallback = original
    return got


@pytest.mark.parametrize("actor, keep, masked, role", [
    ("Russia", "X shelled a hospital in Kharkiv on Monday.", "X shelled a Y in Y on Monday.", "doer"),
    ("Ukraine", "X asked the United Nations for help.", "X asked the Y for help.", "doer"),
    ("Ukraine", "Lithuania sent generators to X.", "Y sent generators to X.", "done_to"),
    ("Lithuania", "X sent generators to Ukraine.", "X sent generators to Y.", "doer"),
])
def test_each_sentence_of_an_actor_is_masked_with_its_role(sentences, actor, keep, masked, role):
    assert (keep, masked, role) in [tuple(s) for s in sentences[actor]]


def test_an_actor_has_only_the_sentences_that_name_it(sentences):
    assert len(sentences["Russia"]) == 1 and len(sentences["Ukraine"]) == 2


@pytest.mark.parametrize("spec, width", [
    ("counts", 31), ("keep-mean", 384), ("mask-roles", 3 * 384), ("keepx-window", 2 * 384),
    ("counts+keep-mean@16", 31 + 16), ("counts+maskx-target@8", 31 + 8),
])
def test_feature_sets_have_their_widths(study, spec, width):
    rows = [_row("-", column=float(k)) for k in range(20)]
    rng = np.random.default_rng(0)
    emb = {k: rng.normal(size=(20, 3 if k in ("keep", "mask") else 2, 384)) for k in ("keep", "mask", "keepx", "maskx")}
    assert study.feature_matrix(rows, emb, spec).shape == (20, width)


def test_principal_components_are_centred_and_ordered(study):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(50, 10)) * np.arange(10, 0, -1)
    Z = study._principal(X, 3)
    assert Z.shape == (50, 3) and np.allclose(Z.mean(axis=0), 0.0)
    assert Z[:, 0].var() >= Z[:, 1].var() >= Z[:, 2].var()
    assert study._principal(X, 0) is X


@pytest.mark.parametrize("row, proba, gate, expected", [
    (_row("-", model_mean=-0.6), [0.8, 0.1, 0.1], 0.65, -0.7),  # sure enough: the learned polarity
    (_row("-", model_mean=-0.6), [0.6, 0.3, 0.1], 0.65, -stance.NEUTRAL_MAX_POLARITY),  # below: clipped model mean
    (_row("-", model_mean=-0.6, argues=False, final=-0.6), [0.8, 0.1, 0.1], 0.65, -0.6),  # not argued: untouched
    (_row("-", model_mean=-0.6, items=[(-0.8, 0, 5, "evaluative 'cruel'")], final=-0.5), [0.1, 0.1, 0.8], 0.5, -0.5),
])
def test_the_fallback_reads_only_in_scope_and_past_the_gate(study, row, proba, gate, expected):
    proba = {0: np.array(proba)} if study.in_scope(row) else {}
    assert study.decided([row], proba, gate)[0] == pytest.approx(expected)


@pytest.mark.parametrize("new, expected", [
    ((248, 117, 28), True),
    ((247, 118, 27), False),  # +2 attacked only
    ((250, 117, 29), False),  # two more neutral actors firm
    ((250, 116, 27), False),  # a favoured actor lost
])
def test_the_bar_over_todays_fallback(study, new, expected):
    assert study.ships((245, 117, 27), new) is expected


def test_the_scores_count_right_signs_and_firm_neutrals(study):
    rows = [_row("-"), _row("+"), _row("0"), _row("0")]
    predicted = [-0.5, 0.1, 0.6, 0.0]
    assert study.bar_score(rows, predicted, range(4)) == 1 - study.NEUTRAL_FIRM_COST
    assert study.macro_recall(rows, predicted, range(4)) == pytest.approx((1 + 0 + 0.5) / 3)


def _separable_rows():
    rows, rng = [], np.random.default_rng(2)
    for r in range(6):
        for label, centre in (("-", -2.0), ("+", 2.0), ("0", 0.0)):
            for _ in range(4):
                rows.append(_row(label, f"round {r}", column=centre + rng.normal(scale=0.3)))
    return rows


def test_nested_choice_never_reads_the_held_out_labels(study):
    rows = _separable_rows()
    X = np.array([r["features"] for r in rows])
    family = {"c": (X, 1.0, lambda r: True)}
    first, _ = study.nested(rows, family, lambda r: r["round"], objective=study.bar_score)
    assert sum(study.train.sign(p) == r["label"] for p, r in zip(first, rows)) >= 0.9 * len(rows)
    flipped = [dict(r, label={"-": "+", "+": "-", "0": "0"}[r["label"]]) if r["round"] == "round 0" else r
               for r in rows]
    second, _ = study.nested(flipped, family, lambda r: r["round"], objective=study.bar_score)
    held = [i for i, r in enumerate(rows) if r["round"] == "round 0"]
    assert [first[i] for i in held] == [second[i] for i in held]
