"""Cross-validate a learned reader of sentences no rule typed (round 32e12; issue 16's
"learned parts where they measure better"). It widens round 27e1's reader of said clauses
(``scripts/train_said_reader.py``) to every untyped sentence that names an actor.

The reader would type a sentence in which no draft has a type (``stages/events.untyped_sentences``)
and that names at least one actor (a mention of a non-place actor, ``events/speech.MentionIndex``)
or has a first-person word (a statement's issuer): "Moscow is ready to keep talking", "the ministry
conveyed its concerns to the envoy", "we will not tolerate such provocations". Features: the
sentence's MiniLM embedding (``communique.events.classifier.Encoder``), optionally the embedding of
the main verb's clause (the clause a speech verb reports, else the sentence) and three cheap flags
(first person, a speech verb, negation). Head: logistic regression over the PLOVER types and
``NONE`` (types seen fewer than ``MIN_LABEL`` times count as ``NONE``).

Data (only what the brief lets us train on): the hand-written statements of tests/data/statements
that are not sealed (every index entry with "sealed" is skipped, its text never read) and not of
the check set (``CHECK_SET``: open round 36, neither read nor run), and the dev half of the Wikinews
gold (``benchmarks/eval_events.py``'s split; the held-out half is never read). The pipeline runs as
shipped; the sentences are recorded where the stage calls ``_said_denials``, each labelled with the
gold event types of that sentence (``NONE`` when gold has none).

Three units are compared: ``untyped``, trained and scored on the candidates themselves; ``missed``,
also trained on the sentences whose drafts have a type but none of the gold's (more examples of
each type; scored on the candidates only); ``any``, trained and scored on every sentence naming an
actor, the reader adding its type only where no draft has that type (the brief's variant "no event
of the gold's type", as a reader could apply it without gold). Each with balanced or plain class
weights and each of ``CS``, ``MIN_LABELS``.

Evaluation: ``FOLDS``-fold cross-validation by document (folds by a hash of the document id). Per
threshold: events added in the held-out folds and how many are right (the type, or an alternative
type, of a gold event of the sentence). The bar to ship (the brief): a threshold whose added events
are right at least ``MIN_PRECISION`` of the time and that adds at least ``MIN_RIGHT`` right events
over the folds. Written to ``benchmarks/results/sentence_reader.json``. Deterministic (lbfgs,
fixed folds, no sampling).

No head passed the bar in round 32e12 (``docs/events.md``, "Round 32e12"): none is shipped.

Run: ``PYTHONPATH=src .venv/bin/python scripts/train_sentence_reader.py`` (on two shared cores about
10 minutes for the pipeline and the embeddings, 15 for the 48 heads; ``--cache DIR`` keeps the
pipeline's sentences and their embeddings between runs).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_said_reader as said_reader  # noqa: E402  (round 27e1's script: its data and folds are shared)
from train_said_reader import FOLDS, fold_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "sentence_reader.json"
#: The statements' check set (open round 36): never trained on, never read here.
CHECK_SET = ("wire-70_", "wire-71_", "stmt-83_", "stmt-84_")
#: Inverse regularisation strengths tried.
CS = (8.0, 32.0)
#: Class weights tried (sklearn's ``class_weight``: "balanced" or none).
WEIGHTS = ("balanced", None)
#: Candidate sentences a type needs to be a class of its own (tried).
MIN_LABELS = (4, 10)
#: The bar to ship: fold precision of the added events (the rules' held-out precision) ...
MIN_PRECISION = 0.72
#: ... and right events added over the folds.
MIN_RIGHT = 10
#: The thresholds tried.
GRID = [round(0.30 + 0.025 * k, 3) for k in range(27)]


def training_documents(ev):
    """(records, golds) of the non-sealed statements less the check set, and the Wikinews dev half."""
    return said_reader.training_documents(ev, leave_out=CHECK_SET)


def main_clause(sent, speech_verbs) -> str:
    """The clause a speech verb at the sentence's root reports ("said [talks would resume]"), else
    the sentence."""
    root = sent.root
    if root.lemma_.lower() in speech_verbs:
        clause = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), None)
        if clause is not None:
            return " ".join(t.text for t in clause.subtree)
    return sent.text


def sentence_rows(records):
    """{doc id: [row]}: every sentence the stage read, with whether a draft typed it, the types of
    its drafts, whether it names an actor, its flags and its main clause."""
    from communique.events.speech import MentionIndex, load_speech_cues
    from communique.pipeline import get_pipeline
    from communique.stages import events as stage

    speech = load_speech_cues()
    seen: dict[str, list[dict]] = {}
    shipped = stage._said_denials

    def record(sents, drafts, document, views, author, index, cues):
        out = shipped(sents, drafts, document, views, author, index, cues)
        every = drafts + out
        untyped = {s.start for s in stage.untyped_sentences(sents, every)}
        mentions = MentionIndex(document.actors)
        for s in sents:
            types = sorted({t for d in every if d.types and s.start_char <= d.cand.token.idx < s.end_char
                            for t in d.types})
            words = {t.lower_ for t in s}
            seen.setdefault(document.text, []).append({
                "text": s.text, "untyped": s.start in untyped, "types": types,
                "actor": bool(mentions.between(s.start_char, s.end_char)),
                "first": bool(words & speech.first_person),
                "speech": any(t.lemma_.lower() in speech.speech_verbs for t in s),
                "negation": any(t.dep_ == "neg" for t in s),
                "clause": main_clause(s, speech.speech_verbs)})
        return out

    stage._said_denials = record
    try:
        docs = list(get_pipeline().pipe(records))
    finally:
        stage._said_denials = shipped
    return {r.source: seen.get(d.text, []) for r, d in zip(records, docs)}


def label(sentence: str, gold: dict, norm) -> list[str]:
    """Every type a coder allowed for a gold event of the sentence, the events' own types first."""
    s = norm(sentence)
    found = [g for g in gold.get("events") or [] if norm(g["sentence_start"])[:40] in s]
    own = [g["type"] for g in found]
    return list(dict.fromkeys(own + [t for g in found for t in g.get("alt_types") or []]))


def fit(x, y, c, weights):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight=weights).fit(x, y)


def added(probs, classes, thr, typed=None):
    """The type each sentence gets at threshold ``thr`` (None: no event, or a type that a draft of
    the sentence has already: ``typed``, one set per sentence)."""
    out = []
    for k, row in enumerate(probs):
        best = next(i for i in np.argsort(-row) if classes[i] != "NONE")
        new = row[best] >= thr and (typed is None or classes[best] not in typed[k])
        out.append(classes[best] if new else None)
    return out


def cross_validate(x, y, docs, scored, allowed, typed, c, weights):
    """The table of added / right events per threshold over the held-out folds: trained on the
    rows of the other folds, scored on the ``scored`` rows of the fold (``typed``: the draft types
    of each row)."""
    classes = sorted(set(y))
    folds = np.array([fold_of(d) for d in docs])
    probs = np.zeros((len(y), len(classes)))
    for k in range(FOLDS):
        tr, te = folds != k, (folds == k) & scored
        clf = fit(x[tr], y[tr], c, weights)
        p = clf.predict_proba(x[te])
        for j, cls in enumerate(clf.classes_):
            probs[np.flatnonzero(te), classes.index(cls)] = p[:, j]
    ok = [a for a, s in zip(allowed, scored) if s]
    have = [t for t, s in zip(typed, scored) if s]
    table = []
    for thr in GRID:
        pred = added(probs[scored], classes, thr, have)
        n = sum(p is not None for p in pred)
        tp = sum(p is not None and p in o for p, o in zip(pred, ok))
        table.append({"threshold": thr, "added": n, "right": tp, "precision": round(tp / n, 3) if n else None})
    return table


def shippable(table):
    """The lowest threshold that passes the bar, or None."""
    return next((r["threshold"] for r in table
                 if r["added"] and r["precision"] >= MIN_PRECISION and r["right"] >= MIN_RIGHT), None)


def write_results(path: Path, summary: dict, runs: list[dict]) -> None:
    """The summary, then one head a line with the thresholds that add an event as [threshold,
    added, right]."""
    lines = [json.dumps({k: v for k, v in run.items() if k != "cross_validation"} | {"cross_validation": [
        [r["threshold"], r["added"], r["right"]] for r in run["cross_validation"] if r["added"]]}) for run in runs]
    path.write_text(json.dumps(summary, indent=1)[:-2] + ',\n "runs": [\n  ' + ",\n  ".join(lines) + "\n ]\n}\n",
                    encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="a folder keeping the sentences and embeddings between runs")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from communique.events.classifier import Encoder

    ev = said_reader._eval_module()
    norm = ev._wikinews_scorer().norm
    cached = args.cache / "rows.json" if args.cache else None
    if cached is not None and cached.is_file():
        rows = json.loads(cached.read_text(encoding="utf-8"))
    else:
        records, golds = training_documents(ev)
        rows = [dict(r, doc=doc_id, gold=label(r["text"], golds[doc_id], norm))
                for doc_id, found in sorted(sentence_rows(records).items()) for r in found]
        if cached is not None:
            args.cache.mkdir(parents=True, exist_ok=True)
            cached.write_text(json.dumps(rows), encoding="utf-8")
    embedded = args.cache / "embeddings.npz" if args.cache else None
    if embedded is not None and embedded.is_file():
        data = np.load(embedded)
        sent_x, clause_x = data["sentence"], data["clause"]
    else:
        encoder = Encoder(threads=2)
        sent_x = encoder.embed([r["text"] for r in rows])
        clause_x = encoder.embed([r["clause"] for r in rows])
        if embedded is not None:
            np.savez(embedded, sentence=sent_x, clause=clause_x)

    named = np.array([r["actor"] or r["first"] for r in rows])
    untyped = np.array([r["untyped"] for r in rows]) & named
    missed = named & np.array([bool(r["gold"]) and not set(r["types"]) & set(r["gold"]) for r in rows])
    flags = np.array([[r["first"], r["speech"], r["negation"]] for r in rows], dtype=np.float32)
    first = [r["gold"][0] if r["gold"] else "NONE" for r in rows]
    counts = Counter(f for f, u in zip(first, untyped) if u)
    docs = np.array([r["doc"] for r in rows])
    allowed = [set(r["gold"]) for r in rows]
    typed = [set(r["types"]) for r in rows]
    print(f"{len(set(docs))} documents, {len(rows)} sentences read, {named.sum()} naming an actor, "
          f"{untyped.sum()} of them untyped ({sum(n for f, n in counts.items() if f != 'NONE')} with a gold "
          f"event; labels {dict(counts.most_common())}); {(missed & ~untyped).sum()} typed otherwise than gold")
    features = {"sentence": sent_x, "sentence+clause+flags": np.hstack([sent_x, clause_x, flags])}
    units = {"untyped": (untyped, untyped), "missed": (untyped | missed, untyped), "any": (named, named)}
    runs = []
    for fname, x in features.items():
        for unit, (trained, scored) in units.items():
            for min_label in MIN_LABELS:
                labels = np.array([f if counts[f] >= min_label else "NONE" for f in first])
                for weights in WEIGHTS:
                    for c in CS:
                        table = cross_validate(x[trained], labels[trained], docs[trained], scored[trained],
                                               [a for a, k in zip(allowed, trained) if k],
                                               [t for t, k in zip(typed, trained) if k], c, weights)
                        run = {"features": fname, "unit": unit, "min_label": min_label, "weights": weights,
                               "C": c, "threshold": shippable(table), "cross_validation": table}
                        runs.append(run)
                        print(f"{fname:21} {unit:7} min {min_label:2} {weights or 'plain':8} C={c:<4} "
                              f"ship at {run['threshold']}; " + " ".join(
                                  f"{r['threshold']}:{r['added']}/{r['right']}" for r in table[::2] if r["added"]))
    passing = [r for r in runs if r["threshold"] is not None]
    write_results(RESULTS, {
        "data": "non-sealed tests/data/statements less open round 36 + Wikinews dev half; sentences naming an "
                "actor (units: untyped, missed, any)",
        "documents": len(set(docs)), "sentences": int(len(rows)), "naming_an_actor": int(named.sum()),
        "candidates": int(untyped.sum()), "with_gold_event": sum(n for f, n in counts.items() if f != "NONE"),
        "labels": dict(counts.most_common()), "folds": FOLDS, "min_precision": MIN_PRECISION,
        "min_right": MIN_RIGHT, "passing": len(passing)}, runs)
    print(f"{len(passing)} of {len(runs)} heads pass the bar; wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
