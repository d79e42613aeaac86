"""Cross-validate a learned reader of said clauses (round 27e1; the experiment of issue 16's
"clause classifier" for reported speech with no trigger word). No head is shipped: at no
threshold did it add events right often enough (``docs/events.md``, "Round 27e1").

The reader would type a sentence whose speech verb has a subject and a said clause but in which
no rule found an event ("officials said talks would resume next week"): MiniLM sentence
embeddings (``communique.events.classifier.Encoder``) and a logistic-regression head over the
PLOVER types and ``NONE``.

Data (only what issue 16 lets us train on): the hand-written statements of tests/data/statements
that are not sealed (every index entry with "sealed" is skipped, its text never read), and the
dev half of the Wikinews gold (``benchmarks/eval_events.py``'s split). The pipeline runs as
shipped; the sentences of ``untyped_sentences`` with a said clause (``said_clauses``) are
recorded where the stage calls ``_said_denials``, each labelled with the type of the first gold
event of that sentence (``NONE`` when gold has none). A label seen in fewer than ``MIN_LABEL``
sentences counts as ``NONE``.

Evaluation: ``FOLDS``-fold cross-validation by document (a document's sentences all in one fold,
folds by a hash of the document id). Per threshold: how many events the reader would add in the
held-out folds and how many are right (the type, or an alternative type, of a gold event of the
sentence); the threshold a reader would ship with is the lowest whose added events are right at
least ``MIN_PRECISION`` of the time. Written to ``benchmarks/results/said_reader.json``.
Deterministic (lbfgs, fixed folds).

Run: ``PYTHONPATH=src .venv/bin/python scripts/train_said_reader.py`` (about 2 minutes).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "said_reader.json"
#: Folds of the cross-validation by document.
FOLDS = 5
#: Inverse regularisation strength of the logistic regression.
C = 8.0
#: Sentences a type needs to be a class of its own.
MIN_LABEL = 4
#: Share of the reader's added events that must be right in the held-out folds (the precision
#: of the shipped rules on Wikinews held-out is 0.72: below it an added event costs precision).
MIN_PRECISION = 0.75
#: The thresholds tried.
GRID = [round(0.30 + 0.025 * k, 3) for k in range(27)]


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_events", ROOT / "benchmarks" / "eval_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def training_documents(ev, leave_out: tuple[str, ...] = ()):
    """(records, golds) of the non-sealed statements and the Wikinews dev half; statements whose id
    starts with one of ``leave_out`` (a check set) are neither read nor returned."""
    index = json.loads((ev.STATEMENTS / "index.json").read_text(encoding="utf-8"))
    skip = {m["id"] for m in index if m.get("sealed") or m["id"].startswith(leave_out)}
    records = ev.folder_records(ev.STATEMENTS, ev.STATEMENTS / "index.json", skip=skip)
    golds = {r.source: json.loads((ev.STATEMENTS / "gold" / f"{r.source}.json").read_text(encoding="utf-8"))
             for r in records}
    wgolds = ev.wikinews_golds()
    dev = set(ev.wikinews_split(wgolds)[0])
    wrecords = [r for r in ev.wikinews_records() if r.source in dev]
    golds.update({r.source: wgolds[r.source] for r in wrecords})
    return records + wrecords, golds


def candidates(records):
    """{doc id: [sentence text]}: the untyped sentences with a said clause."""
    from communique.events.speech import said_clauses
    from communique.pipeline import get_pipeline
    from communique.stages import events as stage

    seen: dict[str, list[str]] = {}

    def record(sents, drafts, document, *rest):
        seen.setdefault(document.text, []).extend(
            s.text for s in stage.untyped_sentences(sents, drafts) if said_clauses(s))
        return []

    stage._said_denials = record
    docs = list(get_pipeline().pipe(records))
    return {r.source: seen.get(d.text, []) for r, d in zip(records, docs)}


def label(sentence: str, gold: dict, norm) -> tuple[str, set]:
    """The first gold event type of the sentence (``NONE``) and every type a coder allowed there."""
    s = norm(sentence)
    found = [g for g in gold.get("events") or [] if norm(g["sentence_start"])[:40] in s]
    allowed = {t for g in found for t in (g["type"], *(g.get("alt_types") or []))}
    return (found[0]["type"] if found else "NONE"), allowed


def fold_of(doc_id: str) -> int:
    return int(hashlib.sha1(doc_id.encode()).hexdigest()[:8], 16) % FOLDS


def fit(x, y):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, y)


def added(probs, classes, thr):
    """The type each sentence gets at threshold ``thr`` (None: no event)."""
    out = []
    for row in probs:
        order = [i for i in np.argsort(-row) if classes[i] != "NONE"]
        out.append(classes[order[0]] if row[order[0]] >= thr else None)
    return out


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from communique.events.classifier import Encoder

    ev = _eval_module()
    norm = ev._wikinews_scorer().norm
    records, golds = training_documents(ev)
    cands = candidates(records)
    docs, texts, labels, allowed = [], [], [], []
    for doc_id, rows in sorted(cands.items()):
        for text in rows:
            lab, ok = label(text, golds[doc_id], norm)
            docs.append(doc_id)
            texts.append(text)
            labels.append(lab)
            allowed.append(ok)
    counts = Counter(labels)
    labels = [lab if counts[lab] >= MIN_LABEL else "NONE" for lab in labels]
    print(f"{len(set(docs))} documents, {len(texts)} said clauses; labels {dict(Counter(labels).most_common())}")
    x = Encoder(threads=2).embed(texts)
    y = np.array(labels)
    folds = np.array([fold_of(d) for d in docs])
    probs, classes = np.zeros((len(y), len(set(labels)))), sorted(set(labels))
    for k in range(FOLDS):
        tr, te = folds != k, folds == k
        clf = fit(x[tr], y[tr])
        p = clf.predict_proba(x[te])
        full = np.zeros((te.sum(), len(classes)))
        for j, c in enumerate(clf.classes_):
            full[:, classes.index(c)] = p[:, j]
        probs[te] = full
    gold_events = sum(1 for lab in allowed if lab)
    table, threshold = [], None
    for thr in GRID:
        pred = added(probs, classes, thr)
        n = sum(p is not None for p in pred)
        tp = sum(p is not None and p in ok for p, ok in zip(pred, allowed))
        table.append({"threshold": thr, "added": n, "right": tp, "precision": round(tp / n, 3) if n else None})
        if threshold is None and n and tp / n >= MIN_PRECISION:
            threshold = thr
    for row in table:
        print(row)
    print(f"threshold {threshold} (said clauses with a gold event: {gold_events})")
    RESULTS.write_text(json.dumps({
        "data": "non-sealed tests/data/statements + Wikinews dev half; untyped sentences with a said clause",
        "documents": len(set(docs)), "said_clauses": len(texts), "with_gold_event": gold_events,
        "labels": dict(Counter(labels).most_common()), "folds": FOLDS, "C": C,
        "min_precision": MIN_PRECISION, "threshold": threshold, "cross_validation": table,
    }, indent=1) + "\n")
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
