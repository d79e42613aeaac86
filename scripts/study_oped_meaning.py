"""Round 34o8: does a reading of what the actor's own sentences SAY help the op-ed fallback?

    PYTHONPATH=src .venv/bin/python scripts/study_oped_meaning.py [--cache F]

A study (docs/rhetoric.md "Round 34o8"). Round 22b's argument fallback (``argument_stance``) gives the author's sign
toward an actor of an argued text that the rules leave without evidence rows, from 31 count features (where and how
the actor is mentioned); none reads the words said of it. Here each such actor's sentences (every sentence naming
it, its folded organs and seats included, as ``argument_stance.features`` gathers its mentions) are embedded with
the packaged MiniLM encoder (``events.classifier.Encoder``: mean-pooled, L2-normalised, the one the events stage
loads) with the actor's mentions masked as "X" (``KEEP``: other actors kept; ``MASK``: others masked as "Y" too),
and pooled: the mean of all its sentences, of those where it is the doer (subject, agent) and of those where it is
done to (object, passive subject). A balanced multinomial logistic regression (against / none / for) over those
vectors, beside or instead of the 31 count features, is compared with today's fallback refitted on the same folds.

Rows: every gold actor of the development and open op-eds of ``tests/data/opeds/gold.json`` except the check set
(``CHECK_SET``, open round 40: never analysed here) and every sealed op-ed, read through the hooks of
``study_oped_decision.extract`` (round 33o6) plus one of ours on ``stance._learned_fallback`` for the sentences.
Folds: leave-one-round-out (the development set one round) and, for the variants named with ``--lodo``,
leave-one-document-out; the later rounds (``LATER_ROUNDS``) held out whole are the honest proxy for unseen writers.
Prints attacked right / favoured right / neutral actors given a firm sign for (a) the rules alone, (b) rules +
today's fallback, (c) rules + each new fallback (every configuration read on the held-out folds: the best of them
are optimistic), and blends, on the actors without evidence rows and on all actors. ``--nested`` instead chooses C,
the training rows and the gate inside each fold (``nested``), by round and for the later rounds held out together
and fitted on the earlier ones: the fair comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import study_oped_decision as study  # noqa: E402
import train_oped_stance as train  # noqa: E402

#: The op-ed check set of round 34 (read only as totals, with ``eval_opeds.py --check-set``).
CHECK_SET = "round 40"
#: Rounds whose held-out reading is reported apart (the newest open rounds, the rules least fitted to them).
LATER_ROUNDS = tuple(f"round {k}" for k in range(33, 40))
#: The placeholder of the actor's own mentions, and of the other actors' in the ``MASK`` reading.
TARGET_MASK, OTHER_MASK = "X", "Y"
#: Inverse regularisation strengths tried (scikit-learn's C) and confidence gates.
C_GRID = (0.01, 0.1, 0.3, 1.0)
GATES = (0.5, 0.65)
#: Feature sets tried (``feature_matrix``).
SPECS = tuple(f"{base}{masking}-{pool}@{dims}" for base in ("", "counts+") for masking in ("keep", "mask")
              for pool in ("mean", "roles") for dims in (16, 64)) \
    + tuple(f"{base}{masking}x-{pool}@{dims}" for base in ("", "counts+") for masking in ("keep", "mask")
            for pool in ("target", "window") for dims in (16, 64))
#: The feature sets of the nested choice (``--nested``): each alone, then all with the counts alone.
NESTED_SPECS = ("counts+keep-mean@64", "counts+mask-mean@64", "counts+keep-roles@64", "counts+mask-roles@64",
                "counts+keepx-target@16", "counts+maskx-target@16")
#: Gold labels, and the inner folds of the nested choice of configuration (``nested``).
LABELS_ORDER = ("-", "+", "0")
INNER_FOLDS = 4
NEUTRAL_FIRM_COST = 2.0
#: The bar a new fallback must clear on the rounds held out (``ships``).
MIN_ATTACKED_GAIN, MAX_NEUTRAL_FIRM_RISE = 3, 1
#: Today's fallback as packaged (``argument_stance.json``): its 31 features, C and gate.
TODAY_C, TODAY_GATE = 0.3, 0.65


def actor_sentences(document, doc, fold, authors) -> dict[str, list[tuple[str, str, str]]]:
    """``{target: [(sentence with the target masked, the same with every other actor masked too, role)]}``, one
    entry per sentence naming the target (its first ``argument_stance.MAX_MENTIONS`` mentions), role "doer"
    (a mention heads a subject or a passive's agent), "done_to" (an object or a passive subject) or "other"."""
    from communique.rhetoric.argument_stance import MAX_MENTIONS, OBJECT_DEPS, PASSIVE_DEPS, SUBJECT_DEPS
    from communique.views import doc_text, sentence_of, token_range

    text = doc_text(doc)
    spans_of: dict[str, list[tuple[int, int]]] = {}
    for a in document.actors:
        if a.id not in authors:
            spans_of.setdefault(fold(a.id), []).extend(tuple(s) for s in a.mentions)
    every = sorted({s for spans in spans_of.values() for s in spans})
    out = {}
    for target, spans in spans_of.items():
        own = sorted(set(spans))[:MAX_MENTIONS]
        sentences: dict[tuple[int, int], set[str]] = {}
        for start, end in own:
            found = token_range(doc, start, end)
            if found is None:
                continue
            sent = sentence_of(doc, found[0])
            root = doc[found[0]:found[1]].root
            dep = root.dep_
            role = ("doer" if dep in SUBJECT_DEPS or dep == "pobj" and root.head.dep_ == "agent"
                    else "done_to" if dep in PASSIVE_DEPS or dep in OBJECT_DEPS and root.head.dep_ != "agent"
                    else "other")
            sentences.setdefault((sent.start_char, sent.end_char), set()).add(role)
        rows = []
        mine = set(own) | set(spans)
        for (s0, s1), roles in sorted(sentences.items()):
            inside = [(s, e) for s, e in every if s0 <= s and e <= s1]
            keep = _masked(text, s0, s1, [(s, e, TARGET_MASK) for s, e in inside if (s, e) in mine])
            masked = _masked(text, s0, s1, [(s, e, TARGET_MASK if (s, e) in mine else OTHER_MASK) for s, e in inside])
            role = "doer" if "doer" in roles else "done_to" if "done_to" in roles else "other"
            rows.append((keep, masked, role))
        out[target] = rows
    return out


def _masked(text: str, s0: int, s1: int, spans) -> str:
    """``text[s0:s1]`` with each ``(start, end, placeholder)`` replaced (the outer one of nested spans)."""
    parts, at = [], s0
    for start, end, mark in sorted(spans, key=lambda x: (x[0], -x[1])):
        if start < at:
            continue
        parts += [text[at:start], mark]
        at = end
    parts.append(text[at:s1])
    return " ".join("".join(parts).split())


def extract() -> list[dict]:
    """Round 33o6's rows (``study_oped_decision.extract`` without the check set) with each found actor's sentences."""
    from communique.rhetoric import stance

    captured: list[dict] = []
    original = stance._learned_fallback

    def hook(document, doc, items, model_scores, fold, paragraphs, leaders, opinion):
        captured.append(actor_sentences(document, doc, fold, stance.byline_actors(document)))
        return original(document, doc, items, model_scores, fold, paragraphs, leaders, opinion)

    stance._learned_fallback = hook
    try:
        rows = study.extract(CHECK_SET)
    finally:
        stance._learned_fallback = original
    docs = list(dict.fromkeys(r["doc"] for r in rows))
    if len(docs) != len(captured):
        raise RuntimeError(f"{len(captured)} documents hooked for {len(docs)} read")
    by_doc = dict(zip(docs, captured))
    for r in rows:
        r["sentences"] = by_doc[r["doc"]].get(r["target"], []) if r.get("target") else []
    return rows


def pooled(rows, encoder) -> dict[str, np.ndarray]:
    """``{"keep" / "mask": array (rows x 3 x 384)}``: the mean embedding of each row's sentences, of its doer
    sentences and of its done-to sentences (zeros where it has none), for both maskings."""
    out = {}
    for k, variant in enumerate(("keep", "mask")):
        texts = sorted({s[k] for r in rows for s in r["sentences"]})
        vec = dict(zip(texts, encoder.embed(texts)))
        arr = np.zeros((len(rows), 3, 384))
        for i, r in enumerate(rows):
            for j, roles in enumerate((("doer", "done_to", "other"), ("doer",), ("done_to",))):
                chosen = [vec[s[k]] for s in r["sentences"] if s[2] in roles]
                if chosen:
                    arr[i, j] = np.mean(chosen, axis=0)
        out[variant] = arr
    return out


def placeholder_vectors(rows) -> dict[str, np.ndarray]:
    """``{"keepx" / "maskx": array (rows x 2 x 384)}``: the mean over each row's sentences of the contextual
    vector of its "X" placeholders and of the words around them (``rhetoric.encoder.target_features``): what the
    sentence says of the masked actor, not of the sentence as a whole."""
    import re

    from communique.rhetoric.encoder import HIDDEN, target_features

    out = {}
    for k, variant in enumerate(("keepx", "maskx")):
        texts = sorted({s[k] for r in rows for s in r["sentences"]})
        items = [(t, [m.span() for m in re.finditer(rf"\b{TARGET_MASK}\b", t)] or [(0, 0)]) for t in texts]
        vec = dict(zip(texts, target_features(items)[:, :2 * HIDDEN]))
        arr = np.zeros((len(rows), 2, HIDDEN))
        for i, r in enumerate(rows):
            if r["sentences"]:
                arr[i] = np.mean([vec[s[k]] for s in r["sentences"]], axis=0).reshape(2, HIDDEN)
        out[variant] = arr
    return out


def in_scope(r: dict) -> bool:
    """Where the argument fallback reads today: a found actor of an argued text with no evidence rows and a
    sentence-model mean (``stance._learned_fallback``)."""
    return r["found"] and r["argues"] and not r["items"] and r["model_mean"] is not None \
        and r["features"] is not None


def without_fallback(r: dict) -> float | None:
    """The record's polarity when the fallback does not read: in scope, the sentence model's mean (clipped to
    the dead zone in an opinion text, ``stance.combined_polarity``); elsewhere the record's own."""
    from communique.rhetoric.stance import NEUTRAL_MAX_POLARITY

    if not in_scope(r):
        return r["final"]
    m = r["model_mean"]
    return max(-NEUTRAL_MAX_POLARITY, min(NEUTRAL_MAX_POLARITY, m)) if r["opinion"] else m


def feature_matrix(rows, emb: dict, spec: str) -> np.ndarray:
    """The rows' features for ``spec``: "counts" (today's 31), "<keep|mask>-<mean|roles>" (the pooled
    embeddings: the mean of all sentences, or with the doer and done-to means beside it), or "counts+<...>"."""
    from communique.rhetoric.argument_stance import FEATURES, load_model

    names = load_model()[4]["features"]
    cols = [FEATURES.index(f) for f in names]
    parts = []
    for part in spec.split("+"):
        if part == "counts":
            parts.append(np.array([[r["features"][c] for c in cols] if r["features"] is not None
                                   else [0.0] * len(cols) for r in rows]))
        else:
            part, _, dims = part.partition("@")
            masking, pool = part.split("-")
            width = {"mean": 1, "roles": 3, "target": 1, "window": 2}[pool]
            parts.append(_principal(emb[masking][:, :width].reshape(len(rows), -1), int(dims or 0)))
    return np.hstack(parts)


def _principal(X: np.ndarray, dims: int) -> np.ndarray:
    """``X`` projected on its first ``dims`` principal components (0: ``X`` itself). Fitted on every row, labels
    unread: the rows of a held-out fold shape the axes, never the classifier."""
    if not dims:
        return X
    centred = X - X.mean(axis=0)
    return centred @ np.linalg.svd(centred, full_matrices=False)[2][:dims].T


def out_of_fold(rows, X, key_of, c: float, train_on) -> dict[int, np.ndarray]:
    """``{row index: class probabilities}`` for each in-scope row, from a model (``train.fit`` at ``c``) fitted on
    the rows of the other folds (``key_of``) that ``train_on`` keeps."""
    from communique.rhetoric.argument_stance import predict_proba

    fit_idx = [i for i, r in enumerate(rows) if r["features"] is not None and train_on(r)]
    test_idx = [i for i, r in enumerate(rows) if in_scope(r)]
    y = np.array([train.LABELS[r["label"]] for r in rows])
    out = {}
    for key in sorted({key_of(rows[i]) for i in test_idx}):
        fit = [i for i in fit_idx if key_of(rows[i]) != key]
        test = [i for i in test_idx if key_of(rows[i]) == key]
        model = train.fit(X[fit], y[fit], c)
        out.update(zip(test, predict_proba(X[test], model)))
    return out


def decided(rows, proba: dict, gate: float) -> list:
    """Each row's polarity with the fallback reading ``proba`` at ``gate`` where it reads (``in_scope``)."""
    from communique.rhetoric.argument_stance import polarity

    return [float(polarity(proba[i])[0]) if i in proba and proba[i].max() >= gate else without_fallback(r)
            for i, r in enumerate(rows)]


def macro_recall(rows, predicted, idx) -> float:
    """The mean over the three gold labels of the share of ``idx``'s rows whose sign is right."""
    out = []
    for label in LABELS_ORDER:
        own = [i for i in idx if rows[i]["label"] == label]
        out.append(sum(train.sign(predicted[i]) == label for i in own) / max(1, len(own)))
    return sum(out) / len(out)


def bar_score(rows, predicted, idx) -> float:
    """Attacked and favoured actors of ``idx`` right, less ``NEUTRAL_FIRM_COST`` per neutral one given a firm sign
    (the brief's bar, which forgives almost no firm neutral actor)."""
    return sum(train.sign(predicted[i]) == rows[i]["label"] for i in idx if rows[i]["label"] != "0") \
        - NEUTRAL_FIRM_COST * sum(train.sign(predicted[i]) != "0" for i in idx if rows[i]["label"] == "0")


def nested(rows, family: dict, key_of, splits=None, inner_folds: int = INNER_FOLDS, objective=macro_recall,
           gates=GATES) -> tuple:
    """``(each row's polarity, the configuration chosen per split)`` where, for every outer split (``splits``: sets
    of ``key_of`` values held out together; default each value alone), the configuration of ``family``
    (``{name: (X, C, train_on)}``, each at every gate of ``gates``) is chosen by ``objective`` (``macro_recall``
    or ``bar_score``) over the in-scope rows of the other keys, read by ``inner_folds`` folds of whole keys, then
    fitted on all of them: the choice of features, C and gate never sees the held-out rows. Rows out of every
    split keep ``without_fallback``."""
    from communique.rhetoric.argument_stance import predict_proba

    y = np.array([train.LABELS[r["label"]] for r in rows])
    usable = [i for i, r in enumerate(rows) if r["features"] is not None]
    scope = [i for i, r in enumerate(rows) if in_scope(r)]
    out = [without_fallback(r) for r in rows]
    chosen_names = []
    for held_keys in splits or [{k} for k in sorted({key_of(rows[i]) for i in scope})]:
        inner_of = {k: n % inner_folds for n, k in enumerate(sorted({key_of(r) for r in rows} - set(held_keys)))}
        best, best_score = None, -np.inf
        for name, (X, c, train_on) in family.items():
            proba = {}
            for fold in range(inner_folds):
                fit = [i for i in usable if inner_of.get(key_of(rows[i]), fold) != fold and train_on(rows[i])]
                test = [i for i in scope if inner_of.get(key_of(rows[i])) == fold]
                if test:
                    proba.update(zip(test, predict_proba(X[test], train.fit(X[fit], y[fit], c))))
            for gate in gates:
                score = objective(rows, decided(rows, proba, gate), list(proba))
                if score > best_score:
                    best, best_score = (name, gate), score
        name, gate = best
        chosen_names.append(f"{name} gate={gate}")
        X, c, train_on = family[name]
        fit = [i for i in usable if key_of(rows[i]) not in held_keys and train_on(rows[i])]
        test = [i for i in scope if key_of(rows[i]) in held_keys]
        read = decided(rows, dict(zip(test, predict_proba(X[test], train.fit(X[fit], y[fit], c)))), gate)
        for i in test:
            out[i] = read[i]
    return out, chosen_names


def ships(today: tuple[int, int, int], new: tuple[int, int, int]) -> bool:
    """The brief's bar on the rounds held out, for (attacked right, favoured right, neutral firm): at least
    ``MIN_ATTACKED_GAIN`` more attacked actors right, at most ``MAX_NEUTRAL_FIRM_RISE`` more firm neutral ones and
    no fewer favoured ones right than today's fallback."""
    return new[0] - today[0] >= MIN_ATTACKED_GAIN and new[2] - today[2] <= MAX_NEUTRAL_FIRM_RISE and new[1] >= today[1]


def line(rows, predicted, subset) -> str:
    idx = [i for i, r in enumerate(rows) if subset(r)]
    s = train.scores([rows[i] for i in idx], [predicted[i] for i in idx])
    return " / ".join(f"{s[k][0]}" for k in ("attacked", "favoured", "neutral_firm"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="read the extracted rows (and their .npz embeddings) from here")
    ap.add_argument("--lodo", nargs="*", default=(), help="variants also read leave-one-document-out")
    ap.add_argument("--specs", nargs="*", default=SPECS, help=f"feature sets tried (default: {' '.join(SPECS)})")
    ap.add_argument("--c", nargs="*", type=float, default=C_GRID, help="regularisation strengths tried")
    ap.add_argument("--nested", action="store_true", help="choose the configuration inside each round's fold")
    ap.add_argument("--objective", choices=("macro", "bar"), default="bar", help="what the nested choice maximises")
    args = ap.parse_args()
    rows = train.cached_rows(args.cache, extract)
    store = args.cache.with_suffix(".npz") if args.cache else None
    if store and store.exists():
        emb = dict(np.load(store))
    else:
        from communique.events.classifier import _encoder

        emb = {**pooled(rows, _encoder()), **placeholder_vectors(rows)}
        if store:
            np.savez(store, **emb)
    scope = [r for r in rows if in_scope(r)]
    count = lambda sub, lab: sum(r["label"] == lab for r in sub)  # noqa: E731
    print(f"{len(rows)} actors, {sum(r['found'] for r in rows)} found; fallback scope {len(scope)} "
          f"('-' {count(scope, '-')}, '+' {count(scope, '+')}, neutral {count(scope, '0')}); "
          f"no sentence: {sum(not r['sentences'] for r in scope)}")
    folds = {"round": lambda r: r["round"], "doc": lambda r: r["doc"]}
    subsets = {"scope": in_scope, "all": lambda r: True, "later": lambda r: r["round"] in LATER_ROUNDS,
               "later scope": lambda r: r["round"] in LATER_ROUNDS and in_scope(r)}
    header = "  ".join(f"{k:>14s}" for k in subsets)
    every, only_scope = (lambda r: True), in_scope
    variants = {"(b) today: counts C=0.3": ("counts", TODAY_C, every)}
    for spec in args.specs:
        for c in args.c:
            variants[f"{spec} C={c}"] = (spec, c, every)
            variants[f"{spec} C={c} fit-scope"] = (spec, c, only_scope)
    if args.nested:
        from collections import Counter

        objective = bar_score if args.objective == "bar" else macro_recall
        fits = {"all": every, "scope": only_scope}
        single = ["counts", *NESTED_SPECS]
        families = {**{spec: [spec] for spec in single}, "counts | counts+meaning": single,
                    "meaning alone": [spec.removeprefix("counts+") for spec in NESTED_SPECS]}
        protocols = {"by round": None, "later rounds together, fitted on the earlier": [set(LATER_ROUNDS)]}
        for protocol, splits in protocols.items():
            print(f"\n== nested choice of C, training rows and gate ({args.objective}), {protocol}: "
                  f"attacked / favoured / neutral firm ==\n{'family':48s}{header}")
            today = {"(b) today": (feature_matrix(rows, emb, "counts"), TODAY_C, every)}
            predicted, _ = nested(rows, today, folds["round"], splits, objective=objective, gates=(TODAY_GATE,))
            print(f"{'(b) today: counts C=0.3 gate=0.65':48s}"
                  + "  ".join(f"{line(rows, predicted, s):>14s}" for s in subsets.values()))
            for fam, specs in families.items():
                family = {f"{spec} C={c} fit-{t}": (feature_matrix(rows, emb, spec), c, fit)
                          for spec in specs for c in args.c for t, fit in fits.items()}
                predicted, names = nested(rows, family, folds["round"], splits, objective=objective)
                print(f"{fam:48s}" + "  ".join(f"{line(rows, predicted, s):>14s}" for s in subsets.values()))
                print("   chosen: " + "; ".join(f"{n} x{k}" for n, k in Counter(names).most_common(3)), flush=True)
        return 0
    for fold_name, key_of in folds.items():
        chosen = variants if fold_name == "round" else {k: v for k, v in variants.items()
                                                         if k.startswith("(b)") or k in args.lodo}
        print(f"\n== held out by {fold_name}: attacked / favoured / neutral firm "
              f"(* clears the bar over (b) on all actors) ==\n{'variant':48s}{header}")
        show = lambda name, predicted: print(  # noqa: E731
            f"{name:46s}{'*' if ships(today, scores(predicted)) else ' '} "
            + "  ".join(f"{line(rows, predicted, s):>14s}" for s in subsets.values()), flush=True)
        scores = lambda predicted: tuple(train.scores(rows, predicted)[k][0]  # noqa: E731
                                         for k in ("attacked", "favoured", "neutral_firm"))
        today_proba = out_of_fold(rows, feature_matrix(rows, emb, "counts"), key_of, TODAY_C, every)
        today = scores(decided(rows, today_proba, TODAY_GATE))
        show("(a) rules alone", [without_fallback(r) for r in rows])
        show("(b0) packaged fallback (in-sample)", [r["final"] for r in rows])
        for name, (spec, c, train_on) in chosen.items():
            proba = today_proba if name.startswith("(b)") else \
                out_of_fold(rows, feature_matrix(rows, emb, spec), key_of, c, train_on)
            for gate in GATES if not name.startswith("(b)") else (TODAY_GATE,):
                show(f"{name} gate={gate}", decided(rows, proba, gate))
            if name.startswith("(b)") or spec.startswith("counts"):
                continue
            blend = {i: (p + today_proba[i]) / 2 for i, p in proba.items()}
            for gate in GATES:
                show(f"blend today+{name} gate={gate}", decided(rows, blend, gate))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
