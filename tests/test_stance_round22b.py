"""Round 22b: the learned argument-stance fallback (``rhetoric.argument_stance``) of the author's
stance toward actors of an opinion text that the rules give no evidence. Passages written for this test."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from communique.rhetoric import argument_stance

ROOT = Path(__file__).resolve().parents[1]
LEARNED = "learned argument stance"

OPED = """The Lakeside Verdicts

By a staff columnist

The government of Belarus has turned its courts into a conveyor belt. Alexander Lukashenko calls it order; it is cruelty dressed as procedure, and the trials of last month were a disgrace.

Minsk says the defendants plotted a coup. Its prosecutors offered no evidence, and the judges asked for none. The Belarusian Interior Ministry announced the sentences before the hearings ended.

Viasna, the human rights group, counted forty-one political prisoners sentenced in a single week. Their families waited outside in the snow.

Lithuania has opened its border to those who flee, and deserves praise for it. The European Union should follow with visas and with sanctions on the judges.

Shameful silence is not a policy. The next verdicts are already written.
"""

NEWS = """MINSK, March 3 - A court in Belarus sentenced nine people to prison terms on Tuesday, prosecutors said.

The European Union said it was following the case. Lithuania's foreign ministry had no comment.
"""


def _author(document) -> dict[str, object]:
    names = {a.id: a.name for a in document.actors}
    return {names[s.target]: s for s in document.stance if s.holder == "author"}


def test_weights_load_and_match_their_meta():
    mean, scale, coef, intercept, meta = argument_stance.load_model()
    assert coef.shape == (len(argument_stance.CLASSES), len(argument_stance.FEATURES))
    assert mean.shape == scale.shape == (len(argument_stance.FEATURES),) and intercept.shape == (3,)
    # round 23b: the weights may read a prefix of FEATURES (round 22b's 31); the rest get weight 0
    assert tuple(meta["features"]) == argument_stance.FEATURES[:len(meta["features"])]
    assert tuple(meta["classes"]) == argument_stance.CLASSES
    path = ROOT / "src" / "communique" / "resources" / "rhetoric" / "argument_stance.npz"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == meta["weights_sha256"]
    # trained on development and open op-eds only: no sealed round among its documents
    sealed = {f"oped-{n:02d}_" for n in (15, 16, 17, 21, 22, 23, 24, 25, 26, 30, 31, 32, 36, 37, 38, 45, 46, 47,
                                         51, 52, 53, 63, 64, 65, 69, 70, 71, 78, 79, 80, 87, 88, 89, 96, 97, 98)}
    assert not any(doc.startswith(tuple(sealed)) for doc in meta["documents"])
    # the meta's cross-validation: the fallback beats the rules alone on attacked actors
    lodo = meta["lodo"]
    assert lodo["b_rules_plus_fallback"]["attacked"][0] > lodo["a_rules"]["attacked"][0]


def test_polarity_keeps_the_dead_zone():
    proba = np.array([[0.3, 0.4, 0.3], [0.7, 0.1, 0.2], [0.1, 0.2, 0.7], [0.05, 0.5, 0.45]])
    pol = argument_stance.polarity(proba)
    assert abs(pol[0]) < 0.2 and abs(pol[3]) <= 0.15
    assert pol[1] == pytest.approx(-0.5) and pol[2] == pytest.approx(0.6)


@pytest.fixture(scope="module")
def oped():
    from communique import analyze

    return analyze(OPED)


def test_fallback_reads_only_actors_without_rule_evidence(oped):
    stance = _author(oped)
    learned = {name for name, s in stance.items() if any(r.startswith(LEARNED) for r in s.reasons)}
    assert learned, "an op-ed with actors the rules give no evidence uses the learned fallback"
    for name, s in stance.items():
        rules = [r for r in s.reasons if not r.startswith((LEARNED, "sentence sentiment"))]
        assert not (rules and name in learned), f"{name}: the fallback read an actor with rule evidence"
    assert "evaluative 'cruelty'" in stance["Belarus"].reasons  # the rules keep their own reading
    assert "deserves 'praise'" in stance["Lithuania"].reasons


def test_fallback_signs_in_an_oped(oped):
    stance = _author(oped)
    # the attacked state's prosecutors, named with no judging word of their own: against
    assert stance["Its prosecutors"].polarity < -0.2
    assert any(r.startswith(LEARNED + " (against") for r in stance["Its prosecutors"].reasons)
    # the rights group that counts the prisoners is not read as attacked
    assert stance["Viasna"].polarity > -0.2


def test_fallback_never_fires_on_news():
    from communique import analyze

    document = analyze(NEWS)
    assert not any(r.startswith(LEARNED) for s in document.stance for r in s.reasons)


def test_fallback_switch(monkeypatch, oped):
    from communique import analyze
    from communique.rhetoric import stance

    monkeypatch.setattr(stance, "LEARNED_FALLBACK", False)
    document = analyze(OPED)
    assert not any(r.startswith(LEARNED) for s in document.stance for r in s.reasons)


def test_training_script_fits_the_weights_shape():
    spec = importlib.util.spec_from_file_location("train_oped_stance", ROOT / "scripts" / "train_oped_stance.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rng = np.random.default_rng(0)
    n = len(argument_stance.FEATURES)
    X = rng.normal(size=(60, n))
    y = np.arange(60) % 3
    mean, scale, coef, intercept = module.fit(X, y, module.C)
    shipped = argument_stance.load_model()
    assert coef.shape == shipped[2].shape and intercept.shape == shipped[3].shape
    assert mean.shape == shipped[0].shape and scale.shape == shipped[1].shape
    proba = argument_stance.predict_proba(X[:5], (mean, scale, coef, intercept))
    assert np.allclose(proba.sum(axis=1), 1.0)
    # documents() never lists a sealed op-ed
    assert all(not entry.get("sealed") for _, entry in module.documents())
