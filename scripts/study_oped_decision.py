"""Round 33o6: should the author's final sign toward each actor of an op-ed be learned instead of hand-combined?

    PYTHONPATH=src .venv/bin/python scripts/study_oped_decision.py [--cache F] [VARIANT ...]

A study, not a shipped model (docs/rhetoric.md "Round 33o6"). Rows: every gold actor of the development and open
op-eds of ``tests/data/opeds/gold.json`` except the op-ed check set (``CHECK_SET``) and every sealed one, with what
the stance stage already computes for the author's record of it: the rule evidence rows (weights by reason family
and sign, counts, the rules' shrunk polarity and the final one), the sentence model's mean / min / max / shares over
the author's mentions, the 35 features of the learned argument fallback (``argument_stance.features``: mentions,
first position, subject / object / passive, judging words, ...) and its probabilities (fitted without the row's
document: no in-sample reading), whether the text is an opinion text / argues, and how many coded events have the
actor as source / target. A model (logistic regression, or a depth-2 gradient-boosted ensemble for comparison) fitted
by leave-one-document-out (``--by-round``: one open round out at a time) decides the sign where the variant's scope
lets it; elsewhere the current record stays. Prints, per variant, attacked right / favoured right / neutral actors
given a firm sign, beside the current decision (in-sample: the rules were written on these op-eds) and the current
decision with the argument fallback itself cross-validated.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_oped_stance as train  # noqa: E402
from eval_opeds import family  # noqa: E402

#: The op-ed check set of round 33: never a row (its totals are read with ``eval_opeds.py --check-set``).
CHECK_SET = "round 39"
#: A reason family with at least this many evidence rows over the study's actors has features of its own.
MIN_FAMILY_ROWS = 8
#: Feature groups (``decision_features``).
GROUPS = ("rules", "model", "argument", "argument_proba", "text")
#: name -> (feature groups, learner, C or trees, scope, gate). Scope: where the learned sign replaces the current
#: one: "argues" every actor of a text that argues (``stance._argues``), "opinion" of an opinion text, "all" every
#: actor, "dead" an argued actor the current decision puts in the dead zone, "deadneg" the same only toward "-",
#: "noev" an argued actor with no evidence rows (where the argument fallback reads today). Gate: the learned class's
#: probability needed. A sixth field ``True``: fitted on the rows of the scope only (not "deadneg").
VARIANTS = {
    "lr-argues": (GROUPS, "lr", 0.1, "argues", 0.0),
    "lr-argues-C0.03": (GROUPS, "lr", 0.03, "argues", 0.0),
    "lr-argues-C1": (GROUPS, "lr", 1.0, "argues", 0.0),
    "lr-all": (GROUPS, "lr", 0.1, "all", 0.0),
    "lr-opinion": (GROUPS, "lr", 0.1, "opinion", 0.0),
    "lr-argues-gate0.6": (GROUPS, "lr", 0.1, "argues", 0.6),
    "lr-argues-gate0.8": (GROUPS, "lr", 0.1, "argues", 0.8),
    "lr-argues-no-argument": (("rules", "model", "text"), "lr", 0.1, "argues", 0.0),
    "lr-dead": (GROUPS, "lr", 0.1, "dead", 0.0),
    "lr-dead-gate0.6": (GROUPS, "lr", 0.1, "dead", 0.6),
    "lr-dead-gate0.7": (GROUPS, "lr", 0.1, "dead", 0.7),
    "lr-deadneg": (GROUPS, "lr", 0.1, "deadneg", 0.0),
    "lr-deadneg-gate0.6": (GROUPS, "lr", 0.1, "deadneg", 0.6),
    "lr-noev": (GROUPS, "lr", 0.1, "noev", 0.0),
    "lr-noev-gate0.65": (GROUPS, "lr", 0.1, "noev", 0.65),
    "lr-noev-fit-noev": (GROUPS, "lr", 0.1, "noev", 0.0, True),
    "lr-noev-fit-noev-gate0.65": (GROUPS, "lr", 0.1, "noev", 0.65, True),
    "lr-noev-fit-noev-no-proba-gate0.65": (("model", "argument", "text"), "lr", 0.1, "noev", 0.65, True),
    "lr-noev-fit-noev-C0.03-gate0.6": (GROUPS, "lr", 0.03, "noev", 0.6, True),
    "gb-noev-fit-noev-gate0.6": (GROUPS, "gb", 100, "noev", 0.6, True),
    "gb-argues": (GROUPS, "gb", 150, "argues", 0.0),
    "gb-dead": (GROUPS, "gb", 150, "dead", 0.0),
    "gb-dead-gate0.7": (GROUPS, "gb", 150, "dead", 0.7),
}


def extract(check_set: str = CHECK_SET) -> list[dict]:
    """One row per gold actor of the study's op-eds (found or not; never the op-eds of ``check_set``), read off the
    pipeline through two hooks: ``stance._learned_fallback`` (the author's evidence rows, model means, argument
    features, the text's kind) and ``stance_model.score_doc_targets`` (the sentence model's reading of each
    mention)."""
    from eval_opeds import author_stance, plain

    from communique import analyze
    from communique.rhetoric import argument_stance, stance, stance_model
    from communique.spans import SpanSet

    captured: dict = {}
    learned_fallback, score_doc_targets = stance._learned_fallback, stance_model.score_doc_targets

    def scored(doc, spans, ranges):
        proba = score_doc_targets(doc, spans, ranges)
        captured["mentions"] = list(zip(spans, stance.decided_polarity(proba).tolist()))
        return proba

    def fallback(document, doc, items, model_scores, fold, paragraphs, leaders, opinion):
        captured["features"] = argument_stance.features(document, doc, items, model_scores, fold, paragraphs,
                                                        stance.byline_actors(document), leaders)
        captured["items"] = {t: [list(r) for r in rows] for (h, t), rows in items.items() if h == "author"}
        captured["means"] = {t: m for (h, t), (m, _) in model_scores.items() if h == "author"}
        captured["opinion"], captured["argues"] = opinion, stance._argues(document, paragraphs, opinion)
        captured["fold"] = fold
        return learned_fallback(document, doc, items, model_scores, fold, paragraphs, leaders, opinion)

    stance._learned_fallback, stance_model.score_doc_targets = fallback, scored
    out = []
    try:
        for name, entry in train.documents():
            if entry.get("open") == check_set:
                continue
            captured.clear()
            document = analyze((train.OPEDS / name).read_text("utf-8"))
            found = author_stance(document)
            fold, authors = captured["fold"], stance.byline_actors(document)
            quoted = SpanSet((q.start, q.end) for q in document.quotes)
            at = {tuple(span): fold(a.id) for a in document.actors if a.id not in authors for span in a.mentions}
            readings: dict[str, list[float]] = {}
            for span, p in captured.get("mentions", ()):
                if tuple(span) in at and stance._holder(document, *span, quoted)[0] == "author":
                    readings.setdefault(at[tuple(span)], []).append(p)
            labels = {**entry["signs"], **{a: "0" for a in entry.get("neutral", ())}}
            for actor, label in labels.items():
                record = found.get(plain(actor))
                target = record.target if record is not None else None
                row = captured["features"].get(target)
                out.append({"doc": name, "round": entry.get("open") or "development", "actor": actor,
                            "label": label, "found": record is not None, "target": target,
                            "final": record.polarity if record is not None else None,
                            "items": captured["items"].get(target, []), "model_mean": captured["means"].get(target),
                            "readings": readings.get(target, []), "opinion": captured["opinion"],
                            "argues": captured["argues"],
                            "features": row.tolist() if row is not None else None,
                            "as_source": sum(any(fold(x) == target for x in e.source) for e in document.events),
                            "as_target": sum(any(fold(x) == target for x in e.target) for e in document.events)})
            print(f"{name}: {len(labels)} actors", file=sys.stderr)
    finally:
        stance._learned_fallback, stance_model.score_doc_targets = learned_fallback, score_doc_targets
    return out


def families(rows) -> list[str]:
    """The reason families with features of their own: at least ``MIN_FAMILY_ROWS`` evidence rows in ``rows``."""
    counts = Counter(family(reason) for r in rows for *_, reason in r["items"])
    return sorted(f for f, n in counts.items() if n >= MIN_FAMILY_ROWS)


def decision_features(row: dict, fams: list[str], argument_proba, current, groups=GROUPS) -> list[float]:
    """The feature vector of one row (``GROUPS``, in that order); ``current``: its current polarity with the
    argument fallback cross-validated (``current_cross_validated``; the record's own carries the packaged
    fallback's in-sample reading)."""
    from communique.rhetoric.argument_stance import FEATURES
    from communique.rhetoric.stance import _shrunk

    v: list[float] = []
    weights = [w for w, *_ in row["items"]]
    if "rules" in groups:
        neg, pos = [w for w in weights if w < 0], [w for w in weights if w > 0]
        v += [_shrunk(weights) if weights else 0.0, current or 0.0, -sum(neg), sum(pos), np.log1p(len(neg)),
              np.log1p(len(pos)), min(weights, default=0.0), max(weights, default=0.0), float(bool(weights))]
        for f in fams:
            own = [w for w, *_, reason in row["items"] if family(reason) == f]
            v += [-sum(w for w in own if w < 0), sum(w for w in own if w > 0)]
    if "model" in groups:
        m = row["readings"]
        v += [row["model_mean"] or 0.0, min(m, default=0.0), max(m, default=0.0),
              sum(p < -train.NO_POSITION for p in m) / max(1, len(m)),
              sum(p > train.NO_POSITION for p in m) / max(1, len(m))]
    if "argument" in groups:
        v += row["features"] if row["features"] is not None else [0.0] * len(FEATURES)
    if "argument_proba" in groups:
        v += list(argument_proba) if argument_proba is not None else [0.0, 1.0, 0.0]
    if "text" in groups:
        v += [float(row["opinion"]), float(row["argues"]), np.log1p(row["as_source"]), np.log1p(row["as_target"])]
    return v


def argument_probabilities(rows) -> dict[int, np.ndarray]:
    """The argument fallback's class probabilities of each row with features, from weights fitted without the row's
    document (``train.fit`` at ``train.C``): the packaged weights were trained on these rows."""
    from communique.rhetoric.argument_stance import predict_proba

    usable = [i for i, r in enumerate(rows) if r["features"] is not None]
    out = {}
    for doc in sorted({rows[i]["doc"] for i in usable}):
        fit = [i for i in usable if rows[i]["doc"] != doc]
        test = [i for i in usable if rows[i]["doc"] == doc]
        model = train.fit(np.array([rows[i]["features"] for i in fit]),
                          np.array([train.LABELS[rows[i]["label"]] for i in fit]), train.C)
        out.update(zip(test, predict_proba(np.array([rows[i]["features"] for i in test]), model)))
    return out


def current_cross_validated(rows, proba: dict) -> list:
    """The current decision with the argument fallback read from ``proba`` (``argument_probabilities``) instead of
    the packaged weights: where it reads (an argued text, no evidence rows, a model mean), at its gate; else the
    record's polarity."""
    from communique.rhetoric.argument_stance import gate, polarity
    from communique.rhetoric.stance import NEUTRAL_MAX_POLARITY

    out = []
    for i, r in enumerate(rows):
        if not r["found"] or not r["argues"] or r["items"] or r["model_mean"] is None or i not in proba:
            out.append(r["final"])
        elif proba[i].max() >= gate():
            out.append(float(polarity(proba[i])[0]))
        else:
            out.append(max(-NEUTRAL_MAX_POLARITY, min(NEUTRAL_MAX_POLARITY, r["model_mean"])))
    return out


def learner(kind: str, strength: float):
    """A fit function (X, y) -> predict_proba for the kind ("lr", "gb"); balanced classes, deterministic."""
    def lr(X, y):
        from sklearn.linear_model import LogisticRegression

        mean, scale = X.mean(axis=0), X.std(axis=0)
        scale[scale == 0] = 1.0
        clf = LogisticRegression(C=strength, max_iter=5000, class_weight="balanced").fit((X - mean) / scale, y)
        return lambda Z: clf.predict_proba((Z - mean) / scale)

    def gb(X, y):
        from sklearn.ensemble import GradientBoostingClassifier
        from sklearn.utils.class_weight import compute_sample_weight

        clf = GradientBoostingClassifier(n_estimators=int(strength), max_depth=2, learning_rate=0.05, subsample=0.8,
                                         random_state=0)
        clf.fit(X, y, sample_weight=compute_sample_weight("balanced", y))
        return clf.predict_proba

    return {"lr": lr, "gb": gb}[kind]


def in_scope(row: dict, scope: str, proba, current) -> bool:
    """Whether the variant's learned sign replaces the ``current`` one for ``row`` (``VARIANTS``)."""
    dead = train.sign(current) == "0"
    return {"all": True, "argues": row["argues"], "opinion": row["opinion"], "dead": row["argues"] and dead,
            "deadneg": row["argues"] and dead and int(np.argmax(proba)) == 0,
            "noev": row["argues"] and not row["items"]}[scope]


def cross_validated(rows, variant, proba: dict, current: list, key_of=lambda r: r["doc"]) -> list:
    """The predicted polarity of each row under ``variant``, each fold's model fitted on the other folds' found
    rows (``key_of``: the fold of a row); out of the variant's scope, ``current``."""
    from communique.rhetoric.argument_stance import polarity

    groups, kind, strength, scope, least, *fit_in_scope = variant
    fams = families(rows)
    idx = [i for i, r in enumerate(rows) if r["found"] and (not fit_in_scope or in_scope(r, scope, None, current[i]))]
    X = np.array([decision_features(rows[i], fams, proba.get(i), current[i], groups) for i in idx], dtype=np.float64)
    y = np.array([train.LABELS[rows[i]["label"]] for i in idx])
    out = list(current)
    for key in sorted({key_of(rows[i]) for i in idx}):
        held = [k for k, i in enumerate(idx) if key_of(rows[i]) == key]
        predict = learner(kind, strength)(np.delete(X, held, axis=0), np.delete(y, held))
        for k, p in zip(held, predict(X[held])):
            if in_scope(rows[idx[k]], scope, p, current[idx[k]]) and p.max() >= least:
                out[idx[k]] = float(polarity(p)[0])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("variants", nargs="*", help=f"names of VARIANTS (default: all {len(VARIANTS)})")
    ap.add_argument("--cache", type=Path, help="read the extracted rows from here if it exists, else write them")
    ap.add_argument("--by-round", action="store_true", help="hold out one round at a time, not one document")
    args = ap.parse_args()
    rows = train.cached_rows(args.cache, extract)
    proba = argument_probabilities(rows)
    key_of = (lambda r: r["round"]) if args.by_round else (lambda r: r["doc"])
    labels = Counter(r["label"] for r in rows)
    print(f"{len(rows)} actors ('-' {labels['-']}, '+' {labels['+']}, neutral {labels['0']}), "
          f"{sum(r['found'] for r in rows)} found; {len(families(rows))} reason families")
    current = current_cross_validated(rows, proba)
    table = {"current (packaged fallback, in-sample)": [r["final"] for r in rows],
             "current (fallback cross-validated)": current}
    for name in args.variants or VARIANTS:
        table[name] = cross_validated(rows, VARIANTS[name], proba, current, key_of)
    for name, predicted in table.items():
        s = train.scores(rows, predicted)
        print(f"{name:40s} attacked {s['attacked'][0]:3d}  favoured {s['favoured'][0]:3d}  "
              f"neutral firm {s['neutral_firm'][0]:3d}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
