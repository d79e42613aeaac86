"""Experiment, not shipped: where the events stage loses the gold events it misses, and
whether a cheap learned model wins them back (issue 16, recall on real documents).

1. Diagnosis. Every gold event of the Wikinews dev half (even positions of the sorted ids)
   and of the development statements (``tests/data/statements``, sealed documents left out)
   that no predicted event matches (sentence + type, the scorer's rule) is put in one class:

   - ``a`` no trigger candidate and no draft of any type in its sentence;
   - ``b-extract`` a candidate of the gold type was found but ``extract_sentence`` made no
     draft of it (no argument, a nominal trigger with no named participant, the content of
     another trigger, a veto); ``b-classifier`` the classifier vetoed or re-typed it;
     ``b-stage`` a draft of the gold type was made but the stage dropped it (no actor, no
     speaker, unrealised act with nobody to do it);
   - ``c`` candidates or drafts of other types only;
   - ``d`` an event of the gold type is in the sentence but another gold event took it;
   - ``x`` the gold sentence was not found among the parsed sentences.

   Each class is split by whether the sentence holds any predicted event. Only counts are
   printed (``--list`` lists the dev-half and development misses, never held-out or sealed ones).

2. Two learned levers, cross-validated by Wikinews half (a model trained on one half is
   scored on the other; only aggregate numbers of the scored half are printed):

   - **rescue**: a logistic regression over the features of each dropped candidate type
     (type, noun/verb, lemma, relation, head lemma, whether its sentence holds an event)
     decides whether to keep it;
   - **propose**: a logistic regression over a sentence's lemmas, root, verb-object pairs and
     entity labels (NONE + 16 types), trained on the Wikinews half's sentences with no
     predicted event (gold type or NONE) and, optionally, the lead sentences of the NGEC
     synthetic stories (MIT), proposes a type for sentences where the rules found nothing.

   The typed F1 of the scored half is recomputed with the kept or proposed events added (a
   rescued or proposed type counts as a hit when a missed gold event of its sentence allows
   it). Dyads are not recomputed: most events added carry no actor the rules could resolve
   (that is why they were dropped), and an added event lowers the half's dyad F1 unless the
   share of added events that match a dyad exceeds about half that F1 (0.2 on the held-out half).

Training data: Wikinews gold (CC BY 4.0) under cross-validation only, NGEC synthetic stories
(MIT). Run: ``.venv/bin/python scripts/experiment_event_recall.py`` (about 6 minutes on 2
busy cores). Results are in docs/events.md, "Recall diagnosis".
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

import eval_events as ee  # noqa: E402

import communique.events.extract as extract  # noqa: E402
import communique.stages.events as stage  # noqa: E402
from communique.nlp import load_nlp  # noqa: E402

NGEC = ee.DATA / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)
C_VALUES = (0.3, 1.0, 3.0)


def _tokens(sent) -> list[tuple]:
    return [(t.lemma_.lower(), t.pos_, t.dep_, t.head.lemma_.lower(), t.ent_type_) for t in sent]


class Recorder:
    """Sentences, trigger candidates and drafts (before and after the classifier) of each
    document the events stage sees, through wrappers of ``find_candidates`` and ``_classify``."""

    def __init__(self):
        self.docs, self._sents = [], []
        find, classify = extract.find_candidates, stage._classify

        def find_candidates(sent, lexicon):
            cands = find(sent, lexicon)
            self._sents.append({"s0": sent.start_char, "s1": sent.end_char, "text": sent.text,
                                "toks": _tokens(sent),
                                "cands": [{"types": c.types, "pos": c.pos, "lemma": c.token.lemma_.lower(),
                                           "dep": c.token.dep_, "head": c.token.head.lemma_.lower()} for c in cands]})
            return cands

        def classify_drafts(drafts, ctx):
            before = [list(d.types) for d in drafts]
            classify(drafts, ctx)
            self.docs.append({"sents": self._sents, "drafts": [
                (d.sent.start_char, d.sent.end_char, b, list(d.types)) for d, b in zip(drafts, before)]})
            self._sents = []

        extract.find_candidates, stage._classify = find_candidates, classify_drafts

    def run(self, records) -> dict:
        """{doc id: (prediction dict, recorded sentences and drafts)}."""
        start = len(self.docs)
        preds = ee.folder_predictions({}, records)
        return {r.source: (preds[r.source][0], d) for r, d in zip(records, self.docs[start:])}


def _matches(sc, gold, pred):
    """Gold events of one document split into matched and missed (the scorer's greedy rule)."""
    used, missed = set(), []
    for g in gold["events"]:
        types = {g["type"], *(g.get("alt_types") or [])}
        start = sc.norm(g["sentence_start"])[:40]
        hit = next((i for i, e in enumerate(pred["events"]) if i not in used and e["type"] in types
                    and start in sc.norm(sc.sentence_of(pred, e))), None)
        if hit is None:
            missed.append((start, types, g))
        else:
            used.add(hit)
    return missed


def _in(sent, e) -> bool:
    return sent["s0"] <= e["trigger"]["start"] < sent["s1"]


def diagnose(sc, golds, runs, ids, listing: bool) -> Counter:
    classes = Counter()
    for k in ids:
        pred, rec = runs[k]
        for start, types, g in _matches(sc, golds[k], pred):
            sent = next((s for s in rec["sents"] if start in sc.norm(s["text"])), None)
            if sent is None:
                classes["x"] += 1
                continue
            events = [e for e in pred["events"] if _in(sent, e)]
            drafts = [d for d in rec["drafts"] if d[0] < sent["s1"] and d[1] > sent["s0"]]
            if any(e["type"] in types for e in events):
                cls = "d"
            elif any(types & set(d[3]) for d in drafts):
                cls = "b-stage"
            elif any(types & set(d[2]) for d in drafts):
                cls = "b-classifier"
            elif any(types & set(c["types"]) for c in sent["cands"]):
                cls = "b-extract"
            elif sent["cands"] or drafts:
                cls = "c"
            else:
                cls = "a"
            cls += " | sentence has events" if events else " | sentence has none"
            classes[cls] += 1
            if listing:
                print(f"  {cls:32s} {k[:40]} {g['type']:9s} [{g.get('trigger')}] | {sent['text'][:100]!r}")
    return classes


def rescue_rows(sc, golds, runs, ids) -> list[dict]:
    """One row per dropped (sentence, type) of a candidate, with ``hit``: a missed gold event of
    the sentence allows the type."""
    rows = []
    for k in ids:
        pred, rec = runs[k]
        missed, taken = _matches(sc, golds[k], pred), set()
        for sent in rec["sents"]:
            coded = {e["type"] for e in pred["events"] if _in(sent, e)}
            norm, seen = sc.norm(sent["text"]), set()
            for c in sent["cands"]:
                for t in c["types"]:
                    if t in coded or t in seen:
                        continue
                    seen.add(t)
                    m = next((j for j, (s, types, _g) in enumerate(missed) if j not in taken and t in types and s in norm),
                             None)
                    taken |= {m} if m is not None else set()
                    rows.append({"type": t, "pos": c["pos"], "lemma": c["lemma"], "dep": c["dep"], "head": c["head"],
                                 "has": bool(coded), "hit": m is not None})
    return rows


def sentence_rows(sc, golds, runs, ids) -> list[dict]:
    """Sentences with no predicted event: features, gold labels (type and alternatives)."""
    rows = []
    for k in ids:
        pred, rec = runs[k]
        for sent in rec["sents"]:
            if any(_in(sent, e) for e in pred["events"]):
                continue
            norm = sc.norm(sent["text"])
            gold = [g for g in golds[k]["events"] if sc.norm(g["sentence_start"])[:40] in norm]
            rows.append({"toks": sent["toks"], "label": gold[0]["type"] if gold else "NONE",
                         "allowed": [{g["type"], *(g.get("alt_types") or [])} for g in gold]})
    return rows


def rescue_features(r) -> dict:
    return {"type=" + r["type"]: 1, "pos=" + r["pos"]: 1, "tp=" + r["type"] + r["pos"]: 1, "lemma=" + r["lemma"]: 1,
            "dep=" + r["dep"]: 1, "tdep=" + r["type"] + r["dep"]: 1, "head=" + r["head"]: 1, "has=" + str(r["has"]): 1}


def sentence_features(toks) -> dict:
    f = {}
    for lemma, pos, dep, head, ent in toks:
        if pos in ("VERB", "NOUN", "ADJ"):
            f["l=" + lemma] = 1
        if dep in ("dobj", "nsubjpass", "pobj") and pos == "NOUN":
            f["p=" + head + ">" + lemma] = 1
        if dep == "ROOT":
            f["root=" + lemma] = 1
        if dep == "neg":
            f["neg"] = 1
        if ent in ("GPE", "NORP", "ORG", "PERSON"):
            f["ent=" + ent] = 1
    return f


def ngec_rows(nlp) -> list[dict]:
    with zipfile.ZipFile(NGEC) as z, z.open(z.namelist()[0]) as f:
        stories = list(csv.DictReader(io.TextIOWrapper(f, "utf-8")))
    leads = [next((s for s in _SPLIT.split(st["text"].strip()) if len(s.split()) >= 4), "") for st in stories]
    return [{"toks": _tokens(d), "label": st["label"]} for st, d in zip(stories, nlp.pipe(leads, batch_size=64))]


def _f1(tp, pred, gold) -> float:
    p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def cross_validate(base, rescue, sentences, ngec) -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    for train, test in (("dev", "heldout"), ("heldout", "dev")):
        tp0, pred0, gold = base[test]
        print(f"\ntrained on the {train} half, scored on the {test} half: typed F1 {_f1(tp0, pred0, gold):.3f}")
        tr, te = rescue[train], rescue[test]
        print(f"  rescue every dropped candidate: +{len(te)} events, {sum(r['hit'] for r in te)} hits, "
              f"typed F1 {_f1(tp0 + sum(r['hit'] for r in te), pred0 + len(te), gold):.3f}")
        vec = DictVectorizer()
        x = vec.fit_transform([rescue_features(r) for r in tr])
        for c in C_VALUES:
            p = LogisticRegression(C=c, max_iter=1000).fit(x, [r["hit"] for r in tr]).predict_proba(
                vec.transform([rescue_features(r) for r in te]))[:, 1]
            cells = []
            for th in THRESHOLDS:
                kept = [r for r, q in zip(te, p) if q >= th]
                hits = sum(r["hit"] for r in kept)
                cells.append(f"p>={th}: +{len(kept)}/{hits} hits F1 {_f1(tp0 + hits, pred0 + len(kept), gold):.3f}")
            print(f"  rescue C={c}: " + "; ".join(cells))
        tr, te = sentences[train], sentences[test]
        print(f"  sentences with no event: {len(te)}, {sum(r['label'] != 'NONE' for r in te)} with a gold event")
        for extra in ([], ngec):
            vec = DictVectorizer()
            rows = tr + extra
            x = vec.fit_transform([sentence_features(r["toks"]) for r in rows])
            for c in C_VALUES:
                model = LogisticRegression(C=c, max_iter=2000).fit(x, [r["label"] for r in rows])
                probs = model.predict_proba(vec.transform([sentence_features(r["toks"]) for r in te]))
                none = list(model.classes_).index("NONE")
                cells = []
                for th in THRESHOLDS:
                    added = hits = 0
                    for r, row in zip(te, probs):
                        row = row.copy()
                        row[none] = 0.0
                        j = int(row.argmax())
                        if row[j] >= th:
                            added += 1
                            hits += any(model.classes_[j] in allowed for allowed in r["allowed"])
                    cells.append(f"p>={th}: +{added}/{hits} hits F1 {_f1(tp0 + hits, pred0 + added, gold):.3f}")
                print(f"  propose {'+NGEC ' if extra else ''}C={c}: " + "; ".join(cells))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", action="store_true", help="list the dev-half and development misses by class")
    args = ap.parse_args()
    if not (ee.WIKINEWS / "gold").is_dir():
        print(f"skip: {ee.WIKINEWS} not found")
        return 0
    sc = ee._wikinews_scorer()
    recorder = Recorder()
    golds = ee.read_golds(ee.WIKINEWS / "gold")
    dev, held = ee.wikinews_split(golds)
    runs = recorder.run(ee.wikinews_records())
    sealed = {m["id"] for m in ee._statement_index() if m.get("sealed")}
    st_golds = ee.read_golds(ee.STATEMENTS / "gold")
    st_ids = [k for k in sorted(st_golds) if k not in sealed]
    st_records = [r for r in ee.folder_records(ee.STATEMENTS, ee.STATEMENTS / "index.json") if r.source in st_ids]
    st_runs = recorder.run(st_records)
    for name, g, r, ids in (("Wikinews dev half", golds, runs, dev), ("development statements", st_golds, st_runs, st_ids)):
        print(f"\n{name}: missed gold events by class")
        classes = diagnose(sc, g, r, ids, args.list)
        for cls, n in sorted(classes.items()):
            print(f"  {cls:36s} {n}")
        print(f"  {'total missed':36s} {sum(classes.values())} of {sum(len(g[k]['events']) for k in ids)}")
    halves = {"dev": dev, "heldout": held}
    base = {}
    for half, ids in halves.items():
        totals = [(len(g["events"]) - len(_matches(sc, g, runs[k][0])), len(runs[k][0]["events"]), len(g["events"]))
                  for k in ids for g in [golds[k]]]
        base[half] = tuple(map(sum, zip(*totals)))
    rescue = {h: rescue_rows(sc, golds, runs, ids) for h, ids in halves.items()}
    sentences = {h: sentence_rows(sc, golds, runs, ids) for h, ids in halves.items()}
    ngec = ngec_rows(load_nlp(None)) if NGEC.exists() else []
    cross_validate(base, rescue, sentences, ngec)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
