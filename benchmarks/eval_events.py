"""Score the events stage against third-party gold in ../shared/data (skips when absent).

    .venv/bin/python benchmarks/eval_events.py [--no-classifier] [--json OUT] [--limit N]

1. PLOVER gold standard records (openeventdata/PLOVER, CC BY-SA 4.0), 322
   sentences, ``event_plover_current``: share of sentences whose gold type is
   among the predicted types (type recall), precision of the predicted types,
   typed-dyad P/R/F1 (type + source + target where gold has a target, type +
   source where it has none; actors match by ISO3 code, "IGO" kind, or name
   overlap), per-type precision and recall.
2. PETR2 validation (openeventdata/UniversalPetrarch, MIT), 78 sentences: events
   on the no-event sentences, typed-dyad F1 with CAMEO roots mapped to PLOVER
   by CAMEO2PLOVER-2021.txt.
3. NGEC synthetic stories (MIT): held-out accuracy of the shipped classifier
   on the title templates it was not trained on.
4. Wikinews (``--wikinews``; text CC BY 2.5, credit Wikinews; gold CC BY 4.0): the 24 real
   articles of ../shared/data/wikinews analysed as whole documents (published date from
   index.json, publisher "Wikinews", source = the document id) and scored with that folder's
   own ``score.py`` (imported, not copied): typed-event P/R/F1 (sentence + type, ``alt_types``
   accepted), dyad P/R/F1 (type + source + target), mode accuracy on matched events; for the
   dev half (even positions of the sorted ids), the held-out half (odd positions) and all,
   and per document family (statement: a document with a statement section; news otherwise).
   Rules were developed looking only at the dev half's errors (``--wikinews-errors``).
   ``quote_outcomes`` splits quote + speaker into counts only, no text, so also for the held-out
   half and sealed documents: gold quotes by kind found with the right speaker, a wrong one or
   missed; predictions right, with a wrong speaker or spurious.
   Event dates (issue 17): the share of predicted events that carry a date, and the events
   by ``date_source`` (sentence / context / published / none) and ``date_precision``; the
   gold codes no event dates, so the dates themselves are not scored here (their rules are
   tested on written sentences in tests/test_events_dates.py).
5. Statements (``--statements``): the documents of tests/data/statements (ministry and
   alliance statements, op-eds, wire reports; written for this repository) scored by the
   same code and scorer as Wikinews, all and per family of their index.json.
6. ConfliBERT CAMEO quad classes (GPL-3.0, measure only; ``--cameo``): 1,349 real news
   sentences; the sentence's predicted class is the quad class of its first counted event
   (see ``QUAD_OF``), 0 (statement/appeal) when it has no event.

"Predicted types" of a sentence are those of its *counted* events: events whose
mode is asserted, negated or historical, or, when a sentence has none of
those, all its events. A gold record codes one event per sentence, typically
the reporting act ("X called on Y to withdraw" is REQUEST, not RETREAT); the
demanded/offered/intended content of that act is a separate event in
communique's output, which this rule leaves out of the count.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
FACTUAL_MODES = frozenset({"asserted", "negated", "historical"})


def counted_events(events):
    """The events of one sentence that a gold record of that sentence would code,
    with PLOVER's type (``communique.events.coding.plover_type``)."""
    from dataclasses import replace

    from communique.events.coding import plover_type

    factual = [e for e in events if e.mode in FACTUAL_MODES]
    return [replace(e, type=plover_type(e.type, e.mode)) for e in (factual or list(events))]


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9 ]", " ", (s or "").lower()).strip()


def actor_matches(actor, mentions_text: list[str], code: str | None, name: str | None) -> bool:
    """A predicted actor matches a gold participant by ISO3 code or by name overlap."""
    if actor is None:
        return False
    code = (code or "").upper()
    if code and len(code) >= 3 and actor.country and actor.country.upper() == code[:3]:
        return True
    if code == "IGO" and actor.kind == "igo":
        return True
    if code and actor.key and actor.key.upper().startswith(code):
        return True
    gold = _norm(name or "")
    if not gold:
        return False
    names = [_norm(actor.name)] + [_norm(m) for m in mentions_text]
    return any(n and (gold in n or n in gold) for n in names)


def _pred_dyads(doc, events, with_target=True):
    """(type, source id, target id) of the events; (type, source id, None) when the
    gold record has no target, so that only type and source are compared."""
    out = set()
    for e in events:
        for s in e.source:
            if not with_target:
                out.add((e.type, s, None))
                continue
            for t in e.target:
                if s != t:
                    out.add((e.type, s, t))
    return out


def _mentions(doc, actor_id):
    a = doc.actor(actor_id)
    return [doc.text[s:e] for s, e in a.mentions] if a else []


def _match_dyads(doc, pred, gold):
    """Greedy matching of predicted (type, src id, tgt id) to gold (type, (code, name), (code, name))."""
    used, tp = set(), 0
    for ptype, s, t in sorted(pred):
        for gi, (gtype, gs, gt) in enumerate(gold):
            if gi in used or gtype != ptype:
                continue
            if actor_matches(doc.actor(s), _mentions(doc, s), *gs) and \
                    (gt is None or actor_matches(doc.actor(t), _mentions(doc, t), *gt)):
                used.add(gi)
                tp += 1
                break
    return tp


def _prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def analyse(texts, options):
    from communique.ingest.records import Record
    from communique.pipeline import get_pipeline

    pipe = get_pipeline(options=options)
    return list(pipe.pipe(Record(t, None, {}) for t in texts))


def score_plover(options, limit=None):
    path = DATA / "plover" / "plover_gsr_normalized.jsonl"
    if not path.exists():
        return {"skipped": f"{path} not found"}
    rows = [json.loads(line) for line in path.open(encoding="utf-8")][:limit]
    docs = analyse([r["text"] for r in rows], options)
    hit, n_pred_types, n_pred_correct = 0, 0, 0
    per_type = defaultdict(Counter)
    d_tp = d_pred = d_gold = 0
    for r, doc in zip(rows, docs):
        gold = r["event_plover_current"]
        types = {e.type for e in counted_events(doc.events)}
        hit += gold in types
        n_pred_types += len(types)
        n_pred_correct += gold in types
        per_type[gold]["gold"] += 1
        per_type[gold]["tp"] += gold in types
        for t in types:
            per_type[t]["pred"] += 1
        srcs = [(a.get("code"), a.get("text")) for a in r["actors"] if a.get("text") or a.get("code")]
        tgts = [(a.get("code"), a.get("text")) for a in r["recipients"] if a.get("text") or a.get("code")]
        gold_dyads = [(gold, s, t) for s in srcs for t in tgts]
        if r.get("reciprocal_markup") and len(srcs) > 1:
            gold_dyads += [(gold, s, t) for s in srcs for t in srcs if s != t]
        with_target = bool(gold_dyads)
        if not gold_dyads:  # no target in gold: compare type and source only
            gold_dyads = [(gold, s, None) for s in srcs]
        if not gold_dyads:
            continue
        pred = _pred_dyads(doc, counted_events(doc.events), with_target)
        d_gold += len(gold_dyads)
        d_pred += len(pred)
        d_tp += _match_dyads(doc, pred, gold_dyads)
    dp, dr, df = _prf(d_tp, d_pred, d_gold)
    return {
        "sentences": len(rows),
        "type_recall": round(hit / len(rows), 4),
        "type_precision": round(n_pred_correct / n_pred_types, 4) if n_pred_types else 0.0,
        "dyad_precision": round(dp, 4), "dyad_recall": round(dr, 4), "dyad_f1": round(df, 4),
        "per_type": {t: {"gold": c["gold"], "pred": c["pred"],
                         "precision": round(c["tp"] / c["pred"], 3) if c["pred"] else None,
                         "recall": round(c["tp"] / c["gold"], 3) if c["gold"] else None}
                     for t, c in sorted(per_type.items())},
    }


def cameo_map() -> dict[str, str]:
    out = {}
    for line in (DATA / "plover" / "CAMEO2PLOVER-2021.txt").open(encoding="utf-8"):
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def plover_of(cameo: str, mapping: dict[str, str]) -> str | None:
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in mapping:
            return mapping[cameo[:n]]
    return None


def suite_discards() -> list[str]:
    """The PETR2 suite's own discard phrases: its XML marks the sentences its coder must
    discard with comments such as ``<!-- Discard event on "…" -->`` (PETRARCH's discard list)."""
    xml = DATA / "petr2_validation" / "PETR2_GSR_validation.xml"
    if not xml.exists():
        return []
    found = re.findall(r'Discard\s+event\s+on\s+"([^"]+)"', xml.read_text(encoding="utf-8"))
    return sorted(set(found))


def score_petr2(options, limit=None):
    """PETR2 validation, run as the suite is meant to be run: with its discard phrases as
    ``events_discard``; the no-event count without them is reported alongside."""
    path = DATA / "petr2_validation" / "petr2_gsr_validation_en.jsonl"
    if not path.exists():
        return {"skipped": f"{path} not found"}
    rows = [json.loads(line) for line in path.open(encoding="utf-8")][:limit]
    mapping = cameo_map()
    discards = suite_discards()
    docs = analyse([r["text"] for r in rows], {**options, "events_discard": discards})
    plain = analyse([r["text"] for r in rows if r["noevents"]], options)
    noev = [d for r, d in zip(rows, docs) if r["noevents"]]
    tp = n_pred = n_gold = 0
    for r, doc in zip(rows, docs):
        if r["noevents"]:
            continue
        gold = [(plover_of(e["cameo"], mapping), (e["source"][:3], None), (e["target"][:3], None))
                for e in r["events"] if e.get("source") and e.get("target")]
        gold = [g for g in gold if g[0]]
        pred = _pred_dyads(doc, counted_events(doc.events))
        n_gold += len(gold)
        n_pred += len(pred)
        tp += _match_dyads(doc, pred, gold)
    p, rr, f = _prf(tp, n_pred, n_gold)
    return {
        "sentences": len(rows), "noevent_sentences": len(noev),
        "suite_discard_phrases": discards,
        "noevent_sentences_with_any_event": sum(bool(d.events) for d in noev),
        "noevent_sentences_with_any_event_without_suite_discards": sum(bool(d.events) for d in plain),
        "noevent_sentences_with_counted_asserted_event": sum(any(e.mode == "asserted" for e in d.events) for d in noev),
        "dyad_precision": round(p, 4), "dyad_recall": round(rr, 4), "dyad_f1": round(f, 4),
    }


def score_synthetic():
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_event_classifier as tr

    if not tr.DATA.exists():
        return {"skipped": f"{tr.DATA} not found"}
    from communique.events.classifier import load_classifier

    clf = load_classifier()
    if clf is None:
        return {"skipped": "classifier head not packaged"}
    test = [s for s in tr.load_stories() if tr.heldout(s)]
    xs, ys = tr.examples(test)
    probs = clf.predict_proba(xs)
    pred = [max(p, key=p.get) for p in probs]
    return {"heldout_stories": len(test), "heldout_sentences": len(xs),
            "sentence_accuracy": round(sum(a == b for a, b in zip(pred, ys)) / len(ys), 4)}


WIKINEWS = DATA / "wikinews"


def wikinews_split(ids):
    """The fixed dev / held-out split by document: sorted ids, even positions dev, odd held-out."""
    ids = sorted(ids)
    return ids[0::2], ids[1::2]


def folder_records(docs: Path, index: Path, publisher: str | None = None, skip=frozenset()):
    """Records of a folder of whole documents (``<id>.txt``) with their metadata from an
    index.json (id, published, and optionally publisher, url): the document id is the source.
    Documents whose id is in ``skip`` are not read."""
    from communique.ingest.records import Record

    meta = {m["id"]: m for m in json.loads(index.read_text(encoding="utf-8"))}
    out = []
    for p in sorted(docs.glob("*.txt")):
        if p.stem in skip:
            continue
        m = meta.get(p.stem, {})
        out.append(Record(p.read_text(encoding="utf-8"), p.stem,
                          {"published": m.get("published"), "publisher": m.get("publisher", publisher),
                           "url": m.get("url")}))
    return out


def wikinews_records():
    return folder_records(WIKINEWS / "docs", WIKINEWS / "index.json", "Wikinews")


def _wikinews_scorer():
    import importlib.util

    spec = importlib.util.spec_from_file_location("wikinews_score", WIKINEWS / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _family(doc) -> str:
    return "statement" if any(s.kind == "statement" for s in doc.sections) else "news"


def folder_predictions(options, records):
    """{doc id: (communique/1 dict, family the document's sections give)} for whole documents."""
    from communique.pipeline import get_pipeline

    docs = list(get_pipeline(options=options).pipe(records))
    return {r.source: (d.to_dict(), _family(d)) for r, d in zip(records, docs)}


def wikinews_predictions(options):
    """{doc id: communique/1 dict} for the Wikinews articles (None when the folder is absent)."""
    if not (WIKINEWS / "gold").is_dir():
        return None
    return folder_predictions(options, wikinews_records())


def read_golds(gold_dir: Path) -> dict:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}


def score_groups(preds, golds, groups):
    """Scores of each named group of document ids with the Wikinews folder's own score.py:
    typed and dyad P/R/F1, mode accuracy, quote+speaker P/R/F1, actors with the right country."""
    sc = _wikinews_scorer()
    out = {}
    for name, ids in groups.items():
        if not ids:
            continue
        total = {}
        for k in ids:
            pred = preds[k][0] if k in preds else {"text": "", "actors": [], "events": []}
            sc.add(total, sc.score_doc(golds[k], pred))
        ev, dy = total["event_types"], total["event_dyads"]
        mo = total.get("event_modes", {"ok": 0, "gold": 0})
        qs, ac = total.get("quote_speakers_all", total["quote_speakers"]), total["actors_country"]
        out[name] = {
            "docs": len(ids),
            "typed": sc.prf(ev["tp"], ev["pred"], ev["gold"]),
            "dyad": sc.prf(dy["tp"], dy["pred"], dy["gold"]),
            "mode_ok": mo["ok"], "mode_matched": mo["gold"],
            "mode_accuracy": round(mo["ok"] / mo["gold"], 3) if mo["gold"] else None,
            "quote_speaker": sc.prf2(qs["tp"], qs["tpr"], qs["pred"], qs["gold"]),
            "quote_outcomes": quote_outcomes(sc, [(golds[k], preds[k][0]) for k in ids if k in preds]),
            "actors_country": round(ac["ok"] / ac["gold"], 3) if ac["gold"] else None,
            "dates": event_dates([e for k in ids if k in preds for e in preds[k][0]["events"]]),
        }
    return out


def quote_outcomes(sc, pairs) -> dict:
    """Counts only, no text (so also for held-out and sealed documents): each gold quote by its
    kind, found with the right speaker, found with a wrong one or missed, by the scorer's own
    match (a prediction holding the gold opening); each prediction by its kind, right, wrong
    speaker, or spurious (holding no gold opening)."""
    gold, pred = defaultdict(Counter), defaultdict(Counter)
    for g_doc, p_doc in pairs:
        gq, pq = g_doc.get("quotes") or [], p_doc.get("quotes") or []

        def hit(g, q):
            return sc.norm(g["text_start"])[:40] in sc.norm(q.get("text", ""))

        def speaker_ok(g, q):
            names = sc.actor_names(p_doc, [q["speaker"]]) if q.get("speaker") else []
            names.append((q.get("speaker_text") or "", None, []))
            return g.get("speaker") is None or sc.actor_match(g["speaker"], None, names)

        for g in gq:
            found = [q for q in pq if hit(g, q)]
            gold[g.get("kind", "direct")]["right" if any(speaker_ok(g, q) for q in found)
                                          else "wrong_speaker" if found else "missed"] += 1
        for q in pq:
            found = [g for g in gq if hit(g, q)]
            pred[q.get("kind", "direct")]["right" if any(speaker_ok(g, q) for g in found)
                                          else "wrong_speaker" if found else "spurious"] += 1
    return {"gold": {k: dict(sorted(v.items())) for k, v in sorted(gold.items())},
            "pred": {k: dict(sorted(v.items())) for k, v in sorted(pred.items())}}


def score_wikinews(options, preds=None):
    """Typed-event, dyad and mode scores on the Wikinews gold with its own score.py."""
    preds = preds if preds is not None else wikinews_predictions(options)
    if preds is None:
        return {"skipped": f"{WIKINEWS} not found"}
    golds = wikinews_golds()
    dev, held = wikinews_split(golds)
    groups = {"dev": dev, "heldout": held, "all": sorted(golds)}
    for fam in ("news", "statement"):
        groups[fam] = [k for k in sorted(golds) if k in preds and preds[k][1] == fam]
    return score_groups(preds, golds, groups)


#: Hand-written statements, op-eds and wire reports (tests/data/statements, written for this
#: repository): the document families of issue 16 that Wikinews lacks.
STATEMENTS = ROOT / "tests" / "data" / "statements"


def _statement_index() -> list[dict]:
    return json.loads((STATEMENTS / "index.json").read_text(encoding="utf-8"))


def score_statements(options):
    """The same scores on tests/data/statements: all documents, per family of its index, and the
    development and sealed documents apart (sealed: written and scored blind; see statements_errors)."""
    records = folder_records(STATEMENTS, STATEMENTS / "index.json")
    preds = folder_predictions(options, records)
    golds = read_golds(STATEMENTS / "gold")
    return score_groups(preds, golds, statement_groups(golds))


def statement_groups(golds: dict) -> dict:
    """The statement groups score_statements prints: all, per family, development, sealed, each
    "sealed round N", and each "open round N" (documents with "open": "round N" in index.json:
    written blind but open, so they stay in development too)."""
    index = {m["id"]: m for m in _statement_index()}
    groups = {"all": sorted(golds)}
    for fam in ("statement", "op-ed", "news"):
        groups[fam] = [k for k in sorted(golds) if index.get(k, {}).get("family") == fam]
    groups["development"] = [k for k in sorted(golds) if not index.get(k, {}).get("sealed")]
    groups["sealed"] = [k for k in sorted(golds) if index.get(k, {}).get("sealed")]
    for k in groups["sealed"]:  # "sealed": "round 12" -> also a group of that round's documents
        if isinstance(index[k]["sealed"], str):
            groups.setdefault(f"sealed {index[k]['sealed']}", []).append(k)
    for k in groups["development"]:  # "open": "round 19" -> also a group of that round's documents
        if isinstance(index[k].get("open"), str):
            groups.setdefault(f"open {index[k]['open']}", []).append(k)
    return groups


def event_dates(events: list[dict]) -> dict:
    """Share of events with a date, and the events by where the date came from and how fine."""
    sources = Counter(e.get("date_source") or ("undated" if e.get("date") is None else "unknown") for e in events)
    precisions = Counter(e.get("date_precision") or "none" for e in events)
    dated = sum(1 for e in events if e.get("date"))
    return {"events": len(events), "dated": dated,
            "dated_share": round(dated / len(events), 3) if events else None,
            "by_source": dict(sorted(sources.items())), "by_precision": dict(sorted(precisions.items()))}


def wikinews_golds() -> dict:
    """The Wikinews gold the scorer reads: every document of gold/ except those of excluded.txt."""
    golds = read_golds(WIKINEWS / "gold")
    ex = WIKINEWS / "excluded.txt"
    if ex.exists():
        for line in ex.read_text().splitlines():
            if line.strip() and not line.startswith("#"):
                golds.pop(line.split(":")[0].strip(), None)
    return golds


def wikinews_errors(options, which="dev"):
    """Print, per document of one half, the gold events missed and the predictions not matched."""
    preds = wikinews_predictions(options)
    if preds is None:
        print("wikinews folder not found")
        return
    golds = wikinews_golds()
    dev, held = wikinews_split(golds)
    print_errors(preds, golds, dev if which == "dev" else held if which == "heldout" else sorted(golds))


def left_out_of_errors(check: str | None = None) -> set[str]:
    """The statements ids ``statements_errors`` neither analyses nor lists: the sealed ones and,
    with ``check`` ("round 32"), those of that open round."""
    return {m["id"] for m in _statement_index() if m.get("sealed") or (check and m.get("open") == check)}


def statements_errors(options, check: str | None = None):
    """The same listing for the hand-written documents of tests/data/statements, except the
    sealed ones (``"sealed"`` in index.json): they were written and scored blind, and they are
    neither analysed nor listed here, so that no rule is written from them. ``check`` ("round 32")
    leaves out the same way the documents of that open round, kept as a rule writer's check set
    (read by its group totals only)."""
    sealed = left_out_of_errors()
    checked = left_out_of_errors(check) - sealed
    preds = folder_predictions(options, folder_records(STATEMENTS, STATEMENTS / "index.json", skip=sealed | checked))
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8"))
             for p in sorted((STATEMENTS / "gold").glob("*.json")) if p.stem not in sealed | checked}
    print_errors(preds, golds, sorted(golds))
    if sealed:
        print(f"({len(sealed)} sealed documents not listed)")
    if checked:
        print(f"({len(checked)} documents of the check set {check} not listed)")


def _scorer_pairs(sc, gold_event, pred, event, what: str) -> bool:
    """Whether the scorer's ``score_doc`` counts ``event`` (a predicted event of ``pred``) as a hit
    for ``gold_event``: asked of score_doc itself on that pair alone, ``what`` being its
    "event_types" (sentence + type or alt_types) or "event_dyads" (also source and target, by name
    or country, either way round for the symmetric types, "author" sources)."""
    one = {"text": pred["text"], "actors": pred.get("actors") or [], "events": [event]}
    return sc.score_doc({"events": [gold_event]}, one)[what]["tp"] == 1


def align_events(sc, gold: dict, pred: dict) -> dict:
    """The scorer's alignment of one document's gold and predicted events: for "event_types" and
    "event_dyads" apart, each gold event in gold order takes the first predicted event not yet
    taken that score_doc pairs with it (``_scorer_pairs``), as score_doc does. Returns
    {what: [index of the predicted event or None for each gold event]}; checks that the hits add
    up to score_doc's own counts on the whole document."""
    ge, pe = gold.get("events") or [], pred.get("events") or []
    full = sc.score_doc(gold, pred)
    out = {}
    for what in ("event_types", "event_dyads"):
        used, pairs = set(), []
        for g in ge:
            hit = next((i for i, e in enumerate(pe) if i not in used and _scorer_pairs(sc, g, pred, e, what)), None)
            if hit is not None:
                used.add(hit)
            pairs.append(hit)
        tp = sum(h is not None for h in pairs)
        if tp != full[what]["tp"] or len(pe) != full[what]["pred"] or len(ge) != full[what]["gold"]:
            raise AssertionError(f"{what}: listed {tp}/{len(pe)}/{len(ge)} != scored {full[what]}")
        out[what] = pairs
    return out


def error_records(sc, gold: dict, pred: dict) -> list[dict]:
    """One document's events as the scorer counts them. Each gold event: "OK" (typed and dyad
    hits), "DYAD" (typed hit, no dyad hit: ``side`` says which side of the typed match fails),
    "MISS" (neither) or "MISS_TYPED" (a dyad hit but no typed one: its predicted event was taken by
    an earlier gold event of the typed pass). Each predicted event the typed pass leaves: "FP"
    (``dyad_used`` when the dyad pass took it). The counts of these records are the scorer's:
    typed misses = gold - typed tp, FP = pred - typed tp, gold without a dyad hit = gold - dyad tp,
    predictions without one = pred - dyad tp."""
    pe = pred.get("events") or []
    al = align_events(sc, gold, pred)
    typed_used = {i for i in al["event_types"] if i is not None}
    dyad_used = {i for i in al["event_dyads"] if i is not None}
    out = []
    for g, ti, di in zip(gold.get("events") or [], al["event_types"], al["event_dyads"]):
        rec = {"gold": g, "typed": ti, "dyad": di}
        if ti is not None and di is not None:
            rec["kind"] = "OK"
        elif ti is not None:
            rec["kind"] = "DYAD"
            e = pe[ti]
            if g.get("source") == "author":
                ok_src = (e.get("attribution") or {}).get("kind") == "author"
            else:
                ok_src = sc.actor_match(g.get("source"), g.get("source_country"), sc.actor_names(pred, e.get("source")))
            ok_tgt = sc.actor_match(g.get("target"), g.get("target_country"), sc.actor_names(pred, e.get("target")))
            rec["side"] = "both" if not (ok_src or ok_tgt) else "source" if not ok_src else "target" if not ok_tgt else "taken"
        else:
            rec["kind"] = "MISS_TYPED" if di is not None else "MISS"
        out.append(rec)
    for i, e in enumerate(pe):
        if i not in typed_used:
            out.append({"kind": "FP", "pred": i, "dyad_used": i in dyad_used})
    return out


def record_counts(recs: list[dict], n_pred: int, n_gold: int) -> Counter:
    """The typed and dyad counts of one document's ``error_records``: what the scorer's P/R/F1
    are made of."""
    c = Counter(pred=n_pred, gold=n_gold)
    c["typed_miss"] = sum(r["kind"] in ("MISS", "MISS_TYPED") for r in recs)
    c["fp"] = sum(r["kind"] == "FP" for r in recs)
    c["dyad_miss"] = sum(r["kind"] in ("MISS", "DYAD") for r in recs)
    c["dyad_error"] = sum(r["kind"] == "DYAD" for r in recs)
    c["typed_tp"] = n_gold - c["typed_miss"]
    c["dyad_tp"] = n_gold - c["dyad_miss"]
    c["dyad_pred_unused"] = n_pred - c["dyad_tp"]
    return c


def print_errors(preds, golds, ids) -> dict:
    """Per document: each gold event OK / DYAD (with the failing side) / MISS, each prediction the
    typed pass leaves (FP), and the counts; then the totals with the scorer's P/R/F1, which these
    lines add up to (typed: gold - MISS = tp, pred - FP = tp; dyads: gold - MISS - DYAD = tp).
    Returns the total counts."""
    sc = _wikinews_scorer()
    total = Counter()
    for k in ids:
        pred = preds[k][0]
        gold = golds[k]
        pe = pred.get("events") or []
        names = {a["id"]: a["name"] for a in pred.get("actors") or []}

        def who(e):
            return f"{[names.get(i) for i in e.get('source') or []]} -> {[names.get(i) for i in e.get('target') or []]}"

        print(f"=== {k}")
        recs = error_records(sc, gold, pred)
        for r in recs:
            if r["kind"] == "FP":
                e = pe[r["pred"]]
                print(f"  FP   {e['type']:9s} {e.get('mode')} {who(e)} [{(e.get('trigger') or {}).get('text')}] "
                      f"{e.get('cue')}{' (dyad hit)' if r['dyad_used'] else ''} | {sc.sentence_of(pred, e)[:90]!r}")
                continue
            g = r["gold"]
            gtxt = f"{g['type']:9s} gold {g.get('source')!r}/{g.get('source_country')} -> " \
                   f"{g.get('target')!r}/{g.get('target_country')}"
            if r["kind"] in ("MISS", "MISS_TYPED"):
                print(f"  {r['kind']} {gtxt} {g.get('mode')} [{g.get('trigger')}] | {g['sentence_start'][:70]}")
                continue
            e = pe[r["typed"]]
            tag = "OK  " if r["kind"] == "OK" else f"DYAD({r['side']})"
            print(f"  {tag} {gtxt} | pred {e['type']} {who(e)} mode {e.get('mode')}/{g.get('mode')} "
                  f"[{(e.get('trigger') or {}).get('text')}] | {g['sentence_start'][:50]}")
        c = record_counts(recs, len(pe), len(gold.get("events") or []))
        print(f"  -- typed tp {c['typed_tp']} pred {c['pred']} gold {c['gold']} (MISS {c['typed_miss']}, "
              f"FP {c['fp']}); dyads tp {c['dyad_tp']} (DYAD {c['dyad_error']}, gold without {c['dyad_miss']}, "
              f"predictions without {c['dyad_pred_unused']})")
        total.update(c)
    t = {k: total[k] for k in ("pred", "gold", "typed_tp", "typed_miss", "fp", "dyad_tp", "dyad_miss",
                               "dyad_error", "dyad_pred_unused")}
    print(f"=== total, {len(ids)} documents: typed {sc.prf(t['typed_tp'], t['pred'], t['gold'])} "
          f"(MISS {t['typed_miss']}, FP {t['fp']}); dyads {sc.prf(t['dyad_tp'], t['pred'], t['gold'])} "
          f"(DYAD {t['dyad_error']}, gold without {t['dyad_miss']})")
    return t


#: PLOVER type -> CAMEO quad class of the ConfliBERT data (0 statement/appeal, 1 verbal
#: cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
QUAD_OF = {
    "REQUEST": 0,
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "CONCEDE": 2, "RETREAT": 2,
    "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def score_cameo(options, limit=None):
    """CAMEO quad-class accuracy on the ConfliBERT sentences (measure only: GPL-3.0)."""
    path = DATA / "conflibert_cameo" / "cameo_class_train.tsv"
    if not path.exists():
        return {"skipped": f"{path} not found"}
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.rsplit("\t", 1)
        if len(parts) == 2 and parts[1].strip().isdigit():
            rows.append((parts[0], int(parts[1])))
    rows = rows[:limit]
    docs = analyse([t for t, _ in rows], options)
    ok = 0
    confusion = defaultdict(Counter)
    for (_, gold), doc in zip(rows, docs):
        evs = counted_events(doc.events)
        pred = QUAD_OF.get(evs[0].type, 0) if evs else 0
        ok += pred == gold
        confusion[gold][pred] += 1
    return {"sentences": len(rows), "accuracy": round(ok / len(rows), 4) if rows else 0.0,
            "no_event_as": 0,
            "confusion": {g: dict(sorted(c.items())) for g, c in sorted(confusion.items())}}


def _headline(text: str) -> str:
    """A sentence written as a title-case headline: every word capitalised, no final stop."""
    return " ".join(w[:1].upper() + w[1:] for w in text.strip().rstrip(".").split())


def score_headlines(options, limit=None):
    """PLOVER type recall on the gold sentences written as title-case headlines, with the
    events stage's lower-cased re-parse of such headlines and without it (issue 16)."""
    import communique.stages.events as stage

    path = DATA / "plover" / "plover_gsr_normalized.jsonl"
    if not path.exists():
        return {"skipped": f"{path} not found"}
    rows = [json.loads(line) for line in path.open(encoding="utf-8")][:limit]
    texts = [_headline(r["text"]) for r in rows]
    out = {"sentences": len(rows)}
    real = stage._title_case
    for name, flag in (("reparse", True), ("as_parsed", False)):
        stage._title_case = real if flag else (lambda sent: False)
        try:
            docs = analyse(texts, options)
        finally:
            stage._title_case = real
        hit = sum(r["event_plover_current"] in {e.type for e in counted_events(d.events)} for r, d in zip(rows, docs))
        out[f"type_recall_{name}"] = round(hit / len(rows), 4) if rows else 0.0
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-classifier", action="store_true", help="rules only")
    ap.add_argument("--skip-synthetic", action="store_true", help="do not re-measure the classifier")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    ap.add_argument("--wikinews", action="store_true", help="also score the Wikinews articles")
    ap.add_argument("--wikinews-only", action="store_true", help="only the Wikinews articles")
    ap.add_argument("--wikinews-errors", choices=("dev", "heldout", "all"), default=None,
                    help="print the misses and false positives of one half and stop")
    ap.add_argument("--statements", action="store_true",
                    help="only the hand-written statements, op-eds and wire reports of tests/data/statements")
    ap.add_argument("--statements-errors", action="store_true",
                    help="print the misses and false positives on tests/data/statements and stop")
    ap.add_argument("--check-set", default=None, metavar="ROUND",
                    help='with --statements-errors: also leave out the documents of this open round ("round 32")')
    ap.add_argument("--cameo", action="store_true", help="also the ConfliBERT CAMEO quad classes")
    ap.add_argument("--headlines", action="store_true",
                    help="also PLOVER type recall on the gold sentences as title-case headlines")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    options = {"events_classifier": not args.no_classifier}
    t0 = time.time()
    if args.wikinews_errors:
        wikinews_errors(options, args.wikinews_errors)
        return 0
    if args.statements_errors:
        statements_errors(options, args.check_set)
        return 0
    out = {}
    if args.statements:
        out["statements"] = score_statements(options)
    elif not args.wikinews_only:
        out = {"plover_gsr": score_plover(options, args.limit), "petr2": score_petr2(options, args.limit)}
        if not args.skip_synthetic:
            out["ngec_synthetic"] = score_synthetic()
        if args.cameo:
            out["conflibert_cameo"] = score_cameo(options, args.limit)
        if args.headlines:
            out["plover_headlines"] = score_headlines(options, args.limit)
    if args.wikinews or args.wikinews_only:
        out["wikinews"] = score_wikinews(options)
    out["seconds"] = round(time.time() - t0, 1)
    text = json.dumps(out, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
