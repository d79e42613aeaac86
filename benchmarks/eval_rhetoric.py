"""Score the rhetoric stages against third-party data in ../shared/data (measure only).

    .venv/bin/python benchmarks/eval_rhetoric.py [--limit N] [--ptc-split all|dev|heldout]
        [--skip-ptc] [--skip-stance] [--e2e] [--ptc-errors]

Prints:
* PTC (SemEval-2020 Task 11 training articles, ``ptc2020_train``): span-identification
  P/R/F1 with the task's partial-overlap metric, technique-classification micro-F1 on the
  gold spans (``classify_span``), and per-technique precision/recall for both.
  ``--ptc-errors`` adds the structure of the labelled error: per technique the predicted
  and gold span counts with labelled precision/recall, and a confusion table (for each
  predicted label, the gold labels of the spans it overlaps, or none).
  PTC has no licence to train on: it is read here and nowhere else, and nothing from it
  is stored in the repository. ``--ptc-split heldout`` scores the 30% of articles kept out
  of lexicon development (``ptc.heldout``), ``dev`` the rest.
* NewsMTSC (``newsmtsc/train.jsonl``, MIT, Hamborg & Donnay 2021): 3-class macro-F1 of
  the stance model (``--stance-model fast|minilm|both``, default both) on the held-out
  articles it was not trained on.
* Calls to action: the hand-written passages of tests/test_rhetoric_calls.py.
Each part is skipped, with a message, when its data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
PTC = DATA / "ptc2020_train"
NEWSMTSC = DATA / "newsmtsc" / "train.jsonl"


def score_ptc(limit: int | None = None, split: str = "all") -> dict:
    from communique.document import Document
    from communique.nlp import load_nlp
    from communique.rhetoric.ptc import label_prf, read_articles, read_labels, read_spans, span_prf
    from communique.rhetoric.summary import persuasive_spans
    from communique.rhetoric.techniques import classify_span, find_techniques

    nlp = load_nlp()
    articles = read_articles(PTC, limit, split)
    ids = {a.id for a in articles}
    gold = {k: v for k, v in read_spans(PTC / "train-task1-SI.labels").items() if k in ids}
    labels = {k: v for k, v in read_labels(PTC / "train-task2-TC.labels").items() if k in ids}
    t0 = time.time()
    predicted, by_tech = {}, defaultdict(dict)
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=16)):
        document = Document(text=article.text)
        document.techniques = find_techniques(article.text, doc)
        predicted[article.id] = persuasive_spans(document, doc)
        for t in document.techniques:
            by_tech[t.technique].setdefault(article.id, []).append((t.start, t.end))
    p, r, f = span_prf(predicted, gold)
    labelled = labelled_prf(labels, {art: [(tech, s, e) for tech, rows in by_tech.items()
                                           for s, e in rows.get(art, ())] for art in ids})
    gold_by_tech = defaultdict(dict)
    for art, rows in labels.items():
        for label, s, e in rows:
            gold_by_tech[label].setdefault(art, []).append((s, e))
    per_si = {tech: span_prf(by_tech.get(tech, {}), gold_by_tech.get(tech, {}))
              for tech in sorted(set(by_tech) | set(gold_by_tech))}
    text_of = {a.id: a.text for a in articles}
    items = [(text_of[art], label, s, e) for art, rows in labels.items() for label, s, e in rows]
    docs = nlp.pipe((txt[s:e] for txt, _, s, e in items), batch_size=256, disable=["ner"])
    pairs = [(label, classify_span(txt[s:e], txt, d)[0]) for (txt, label, s, e), d in zip(items, docs)]
    micro, per_tc = label_prf(pairs)
    return {"articles": len(articles), "split": split, "si": {"precision": p, "recall": r, "f1": f},
            "labelled": dict(zip(("precision", "recall", "f1"), labelled)),
            "si_per_technique": {k: {"precision": v[0], "recall": v[1],
                                     "predicted": sum(map(len, by_tech.get(k, {}).values())),
                                     "gold": sum(map(len, gold_by_tech.get(k, {}).values()))}
                                 for k, v in per_si.items()},
            "confusion": confusion(labels, by_tech),
            "tc_micro_f1": micro, "tc_spans": len(pairs),
            "tc_per_technique": {k: {"precision": v[0], "recall": v[1], "f1": v[2], "support": v[3]}
                                 for k, v in per_tc.items()},
            "seconds": round(time.time() - t0, 1)}


def labelled_prf(gold: dict, predicted: dict) -> tuple[float, float, float]:
    """Labelled span F1: the SemEval-2020 partial-overlap metric computed per (article, technique)
    and pooled, so a predicted span counts only where a gold span of the same technique overlaps
    it (the SemEval-2023 style "right span, right label" reading of the PTC data)."""
    from communique.rhetoric.ptc import span_prf

    pred_k, gold_k = defaultdict(list), defaultdict(list)
    for art, rows in gold.items():
        for label, s, e in rows:
            gold_k[(art, label)].append((s, e))
    for art, rows in predicted.items():
        for label, s, e in rows:
            pred_k[(art, label)].append((s, e))
    return span_prf(pred_k, gold_k)


def confusion(gold: dict, by_tech: dict) -> dict[str, dict[str, int]]:
    """``{predicted technique: {gold technique or "none": spans}}``: each predicted span counts
    once for every gold label among the gold spans it overlaps, or once as "none"."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for tech, rows in by_tech.items():
        for art, spans in rows.items():
            for s, e in spans:
                hit = {label for label, gs, ge in gold.get(art, ()) if gs < e and s < ge}
                for label in hit or ("none",):
                    out[tech][label] += 1
    return {k: dict(v) for k, v in out.items()}


def print_ptc_errors(ptc: dict) -> None:
    """Per technique, the predicted and gold span counts with the labelled precision and recall
    (the "SI P/R" columns of the main table), then the confusion table of ``score_ptc``'s result."""
    print(f"{'labelled spans, per technique':40s} {'pred':>5s} {'gold':>5s} {'P':>6s} {'R':>6s}")
    for tech, v in ptc["si_per_technique"].items():
        print(f"{tech:40s} {v['predicted']:5d} {v['gold']:5d} {v['precision']:6.3f} {v['recall']:6.3f}")
    cols = sorted(ptc["si_per_technique"]) + ["none"]
    print("confusion: rows predicted, columns gold labels the predicted span overlaps (first 8 letters)")
    print(" " * 24 + "".join(f"{c[:8]:>9s}" for c in cols))
    for tech, row in sorted(ptc["confusion"].items()):
        print(f"{tech[:24]:24s}" + "".join(f"{row.get(c, 0):9d}" for c in cols))


def newsmtsc_heldout(limit: int | None = None) -> list[tuple[str, list[tuple[int, int, int]]]]:
    """Held-out NewsMTSC sentences with their targets ``(from, to, gold class 0/1/2)``."""
    from communique.rhetoric.stance_model import heldout

    labels = {2.0: 0, 4.0: 1, 6.0: 2}
    out = []
    for line in NEWSMTSC.read_text("utf-8").splitlines():
        d = json.loads(line)
        targets = [(t["from"], t["to"], labels[float(t["polarity"])]) for t in d["targets"]
                   if heldout(t["Input.gid"]) or heldout(d["primary_gid"])]
        if targets:
            out.append((d["sentence_normalized"], targets))
    return out[:limit]


#: End-to-end protocol: a stance polarity inside +-DEAD_ZONE reads as neutral.
DEAD_ZONE = 0.2


def score_stance_e2e(limit: int | None = None, options: dict | None = None, accounting: bool = False) -> dict:
    """NewsMTSC held-out split end to end: each sentence goes through the whole pipeline; the
    target person must be found as an actor (a mention overlapping the gold span), and the
    polarity is read from the document's ``stance`` (the author's record toward that actor,
    else the record of another holder with the largest |polarity|; none = neutral), with a
    dead zone of +-DEAD_ZONE. Macro-F1 over negative / neutral / positive.

    ``accounting``: also where the answer parts from the fast model's own class at the gold
    span (``e2e_accounting``)."""
    from communique import analyze_many

    items = newsmtsc_heldout(limit)
    gold, pred, found, cases = [], [], 0, []
    docs = analyze_many([s for s, _ in items], options=options or {})
    for (sentence, targets), document in zip(items, docs):
        for start, end, label in targets:
            actor = next((a for a in document.actors for s, e in a.mentions if s < end and start < e), None)
            value, case = 0.0, "not found as an actor"
            if actor is not None:
                found += 1
                records = [s for s in document.stance if s.target == actor.id]
                own = [s for s in records if s.holder == "author"]
                pick = own or sorted(records, key=lambda s: -abs(s.polarity))
                value = pick[0].polarity if pick else 0.0
                case = _e2e_case(pick[0], own, len(actor.mentions)) if pick else "found, no record"
            gold.append(label)
            pred.append(0 if value < -DEAD_ZONE else 2 if value > DEAD_ZONE else 1)
            cases.append(case)
    f1s = _class_f1(gold, pred)
    out = {"targets": len(gold), "found_as_actor": found,
           "macro_f1": sum(v["f1"] for v in f1s.values()) / len(f1s), "per_class": f1s}
    if accounting:
        out["accounting"] = e2e_accounting(items, gold, pred, cases)
    return out


def _e2e_case(record, own, n_mentions: int) -> str:
    """The kind of answer: whose record, read from evidence or from the model alone, one mention or several."""
    holder = "author record" if own else "only another holder's record"
    source = "model alone" if all(r.startswith("sentence sentiment") for r in record.reasons) else "evidence"
    return f"{holder}, {source}, {'1 mention' if n_mentions == 1 else 'several mentions'}"


def e2e_accounting(items, gold, pred, cases) -> dict:
    """Per kind of answer (``_e2e_case``): targets, right answers, right answers of the fast model
    alone at the gold span (its most likely class, which is what ``decided_polarity`` keeps when the
    model decides alone), and the gold x predicted confusion of both (rows gold neg/neu/pos)."""
    from communique.nlp import load_nlp
    from communique.rhetoric.stance_model import score_doc_targets

    sentences = [s for s, _ in items]
    model = []
    for (_, targets), doc in zip(items, load_nlp().pipe(sentences, batch_size=64)):
        model += score_doc_targets(doc, [(a, b) for a, b, _ in targets]).argmax(axis=1).tolist()
    out: dict[str, dict] = {}
    for g, p, m, case in zip(gold, pred, model, cases):
        row = out.setdefault(case, {"targets": 0, "right": 0, "model_right": 0,
                                    "confusion": [[0] * 3 for _ in range(3)],
                                    "model_confusion": [[0] * 3 for _ in range(3)]})
        row["targets"] += 1
        row["right"] += g == p
        row["model_right"] += g == m
        row["confusion"][g][p] += 1
        row["model_confusion"][g][m] += 1
    f1s = _class_f1(gold, model)
    return {"model_macro_f1": sum(v["f1"] for v in f1s.values()) / len(f1s),
            "cases": dict(sorted(out.items()))}


def _class_f1(gold, pred) -> dict:
    from communique.rhetoric.stance_model import CLASSES

    f1s = {}
    for k, name in enumerate(CLASSES):
        tp = sum(1 for g, p in zip(gold, pred) if g == k and p == k)
        fp = sum(1 for g, p in zip(gold, pred) if g != k and p == k)
        fn = sum(1 for g, p in zip(gold, pred) if g == k and p != k)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s[name] = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}
    return f1s


def score_stance(limit: int | None = None, model: str = "fast") -> dict:
    """Held-out macro-F1 of a stance model ("fast": parse + hashed features; "minilm")."""
    from communique.rhetoric.stance_model import CLASSES, heldout, score_doc_targets, score_targets

    labels = {2.0: 0, 4.0: 1, 6.0: 2}
    items, gold = [], []
    for line in NEWSMTSC.read_text("utf-8").splitlines():
        d = json.loads(line)
        for t in d["targets"]:
            if heldout(t["Input.gid"]) or heldout(d["primary_gid"]):
                items.append((d["sentence_normalized"], [(t["from"], t["to"])]))
                gold.append(labels[float(t["polarity"])])
    items, gold = items[:limit], gold[:limit]
    if model == "fast":
        from communique.nlp import load_nlp

        sentences = sorted({s for s, _ in items})
        docs = dict(zip(sentences, load_nlp().pipe(sentences, batch_size=64)))
        pred = [int(score_doc_targets(docs[s], spans).argmax()) for s, spans in items]
    else:
        pred = score_targets(items).argmax(axis=1)
    f1s = _class_f1(gold, pred)
    return {"model": model, "targets": len(gold), "macro_f1": sum(v["f1"] for v in f1s.values()) / len(CLASSES),
            "per_class": f1s}


def score_calls() -> dict:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_rhetoric_calls import CALLS, NON_CALLS

    from communique.document import Document
    from communique.nlp import load_nlp
    from communique.rhetoric.calls import find_calls

    nlp = load_nlp()
    found_calls = sum(1 for text, *_ in CALLS if find_calls(Document(text=text), nlp(text)))
    false_calls = sum(1 for text in NON_CALLS if find_calls(Document(text=text), nlp(text)))
    return {"calls": len(CALLS), "found": found_calls, "non_calls": len(NON_CALLS), "false_alarms": false_calls}


def print_e2e_accounting(acc: dict) -> None:
    """The table of ``e2e_accounting``: per kind of answer, right answers of the pipeline and of the
    model at the gold span, and both confusions (gold rows neg/neu/pos, predicted columns)."""
    print(f"fast model alone at the gold spans: macro-F1={acc['model_macro_f1']:.3f}")
    print(f"{'kind of answer':62s} {'n':>5s} {'right':>6s} {'model':>6s}  pipeline neg/neu/pos per gold row | model")
    for case, row in acc["cases"].items():
        cells = "  ".join("/".join(map(str, r)) for r in row["confusion"])
        model = "  ".join("/".join(map(str, r)) for r in row["model_confusion"])
        print(f"{case:62s} {row['targets']:5d} {row['right']:6d} {row['model_right']:6d}  {cells} | {model}")


def main() -> int:
    ap = argparse.ArgumentParser(description="Score the rhetoric stages on ../shared/data")
    ap.add_argument("--limit", type=int, default=None, help="PTC articles / NewsMTSC targets to use")
    ap.add_argument("--ptc-split", choices=("all", "dev", "heldout"), default="all",
                    help="PTC articles: all, the development part, or the held-out part (30%%)")
    ap.add_argument("--skip-ptc", action="store_true")
    ap.add_argument("--skip-stance", action="store_true")
    ap.add_argument("--stance-model", choices=("fast", "minilm", "both"), default="both")
    ap.add_argument("--e2e", action="store_true", help="also score NewsMTSC end to end (whole pipeline)")
    ap.add_argument("--e2e-accounting", action="store_true",
                    help="with --e2e: where the end-to-end answer parts from the fast model at the gold span")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    ap.add_argument("--ptc-errors", action="store_true",
                    help="also print the labelled PTC table per technique and the label confusion table")
    args = ap.parse_args()
    out = {}
    if args.skip_ptc:
        pass
    elif PTC.exists():
        out["ptc"] = score_ptc(args.limit, args.ptc_split)
    else:
        print(f"skip PTC: {PTC} not found", file=sys.stderr)
    if args.skip_stance:
        pass
    elif NEWSMTSC.exists():
        models = ("fast", "minilm") if args.stance_model == "both" else (args.stance_model,)
        for model in models:
            out["stance" if model == "fast" else "stance_minilm"] = score_stance(args.limit, model)
    else:
        print(f"skip stance: {NEWSMTSC} not found", file=sys.stderr)
    if args.e2e and NEWSMTSC.exists():
        out["stance_e2e"] = score_stance_e2e(args.limit, accounting=args.e2e_accounting)
    out["calls_to_action"] = score_calls()
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    if "ptc" in out:
        ptc = out["ptc"]
        si = ptc["si"]
        print(f"PTC ({ptc['articles']} articles, split {ptc['split']}) span identification (SemEval-2020 partial overlap): "
              f"P={si['precision']:.3f} R={si['recall']:.3f} F1={si['f1']:.3f}")
        lab = ptc["labelled"]
        print(f"PTC labelled span F1 (same technique, partial overlap): P={lab['precision']:.3f} "
              f"R={lab['recall']:.3f} F1={lab['f1']:.3f}")
        print(f"PTC technique classification on {ptc['tc_spans']} gold spans: micro-F1={ptc['tc_micro_f1']:.3f}")
        print(f"{'technique':40s} {'SI P':>6s} {'SI R':>6s} {'TC P':>6s} {'TC R':>6s} {'n':>5s}")
        for tech, v in ptc["tc_per_technique"].items():
            s = ptc["si_per_technique"].get(tech, {"precision": 0.0, "recall": 0.0})
            print(f"{tech:40s} {s['precision']:6.3f} {s['recall']:6.3f} {v['precision']:6.3f} {v['recall']:6.3f} "
                  f"{v['support']:5d}")
        if args.ptc_errors:
            print_ptc_errors(ptc)
    for key in ("stance", "stance_minilm"):
        if key not in out:
            continue
        st = out[key]
        print(f"NewsMTSC held-out ({st['targets']} targets), {st['model']} model: stance macro-F1={st['macro_f1']:.3f} "
              + " ".join(f"{k}:F1={v['f1']:.3f}" for k, v in st["per_class"].items()))
    if "stance_e2e" in out:
        st = out["stance_e2e"]
        print(f"NewsMTSC held-out end to end ({st['targets']} targets, {st['found_as_actor']} found as actors, "
              f"dead zone +-{DEAD_ZONE}): macro-F1={st['macro_f1']:.3f} "
              + " ".join(f"{k}:F1={v['f1']:.3f}" for k, v in st["per_class"].items()))
        if "accounting" in st:
            print_e2e_accounting(st["accounting"])
    c = out["calls_to_action"]
    print(f"Calls to action (hand-written passages): found {c['found']}/{c['calls']} calls, "
          f"{c['false_alarms']}/{c['non_calls']} false alarms on non-calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
