"""Round 18: the error lister of benchmarks/eval_events.py (``--wikinews-errors``,
``--statements-errors``) counts what the Wikinews scorer (../shared/data/wikinews/score.py)
counts: it takes the scorer's own pairing of gold and predicted events, so that the listed
typed misses, spurious events and dyad errors add up to the numbers behind its P/R/F1; and it
never analyses nor prints a sealed statement document.
"""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, benchmark, shared_data

eval_events = benchmark("eval_events")


@pytest.fixture(scope="module")
def sc():
    shared_data("wikinews", "gold")
    return eval_events._wikinews_scorer()


TEXT = ("Ruritania and Borduria held talks in Geneva on Monday. "
        "Borduria shelled a border post of Ruritania overnight. "
        "The foreign minister of Ruritania accused Borduria of lying.")
S1 = (0, TEXT.index("Borduria shelled"))
S2 = (S1[1], TEXT.index("The foreign"))
S3 = (S2[1], len(TEXT))
ACTORS = [
    {"id": "a1", "name": "Ruritania", "country": "RRR", "mentions": [[0, 9]]},
    {"id": "a2", "name": "Borduria", "country": "BBB", "mentions": [[14, 22]]},
    {"id": "a3", "name": "Geneva", "country": "CHE", "mentions": [[37, 43]]},
]


def event(type_, sentence, source, target, **extra):
    return {"type": type_, "sentence": {"start": sentence[0], "end": sentence[1]}, "source": source,
            "target": target, "mode": "asserted", "trigger": {"text": "x"}, **extra}


def gold_event(type_, start, source, source_cc, target, target_cc, **extra):
    return {"type": type_, "sentence_start": start, "source": source, "source_country": source_cc,
            "target": target, "target_country": target_cc, **extra}


def check(sc, gold, pred):
    """The records of one document, after checking their counts against score_doc."""
    recs = eval_events.error_records(sc, gold, pred)
    c = eval_events.record_counts(recs, len(pred["events"]), len(gold["events"]))
    full = sc.score_doc(gold, pred)
    assert c["typed_tp"] == full["event_types"]["tp"]
    assert c["dyad_tp"] == full["event_dyads"]["tp"]
    assert c["pred"] - c["fp"] == full["event_types"]["tp"]
    assert c["gold"] - c["typed_miss"] == full["event_types"]["tp"]
    return recs


def test_symmetric_meeting_coded_the_other_way_round_is_a_dyad_hit(sc):
    gold = {"events": [gold_event("CONSULT", "Ruritania and Borduria held", "Ruritania", "RRR",
                                  "Borduria", "BBB")]}
    pred = {"text": TEXT, "actors": ACTORS, "events": [event("CONSULT", S1, ["a2"], ["a1"])]}
    recs = check(sc, gold, pred)
    assert [r["kind"] for r in recs] == ["OK"]


def test_alt_type_is_a_typed_hit_and_the_wrong_target_a_dyad_error(sc):
    gold = {"events": [gold_event("ASSAULT", "Borduria shelled a border", "Borduria", "BBB",
                                  "Ruritania", "RRR", alt_types=["COERCE"])]}
    pred = {"text": TEXT, "actors": ACTORS, "events": [event("COERCE", S2, ["a2"], ["a3"])]}
    recs = check(sc, gold, pred)
    assert [(r["kind"], r.get("side")) for r in recs] == [("DYAD", "target")]


def test_dyad_hit_on_another_prediction_than_the_typed_one(sc):
    """The old lister judged the dyad on the first prediction of the type only; the scorer looks
    for any untaken prediction of the type in the sentence with the right parties."""
    gold = {"events": [gold_event("ACCUSE", "The foreign minister of Ruritania", "Ruritania", "RRR",
                                  "Borduria", "BBB")]}
    pred = {"text": TEXT, "actors": ACTORS,
            "events": [event("ACCUSE", S3, ["a3"], ["a2"]), event("ACCUSE", S3, ["a1"], ["a2"])]}
    recs = check(sc, gold, pred)
    assert recs[0]["kind"] == "OK" and recs[0]["typed"] == 0 and recs[0]["dyad"] == 1
    assert [r for r in recs if r["kind"] == "FP"] == [{"kind": "FP", "pred": 1, "dyad_used": True}]


def test_misses_and_spurious_events_add_up(sc):
    gold = {"events": [gold_event("ASSAULT", "Borduria shelled a border", "Borduria", "BBB", "Ruritania", "RRR"),
                       gold_event("ACCUSE", "The foreign minister of Ruritania", "Ruritania", "RRR",
                                  "Borduria", "BBB")]}
    pred = {"text": TEXT, "actors": ACTORS,
            "events": [event("THREATEN", S2, ["a2"], ["a1"]), event("ACCUSE", S3, ["a1"], ["a2"]),
                       event("CONSULT", S1, ["a1"], ["a2"])]}
    recs = check(sc, gold, pred)
    assert [r["kind"] for r in recs] == ["MISS", "OK", "FP", "FP"]


def test_author_source_is_judged_by_the_attribution(sc):
    gold = {"events": [gold_event("ACCUSE", "The foreign minister of Ruritania", "author", None, "Borduria", "BBB")]}
    pred = {"text": TEXT, "actors": ACTORS,
            "events": [event("ACCUSE", S3, ["a1"], ["a2"], attribution={"kind": "speaker"})]}
    assert [(r["kind"], r.get("side")) for r in check(sc, gold, pred)] == [("DYAD", "source")]
    pred["events"][0]["attribution"] = {"kind": "author"}
    assert [r["kind"] for r in check(sc, gold, pred)] == ["OK"]


@pytest.fixture(scope="module")
def development_predictions():
    """Two development documents analysed: the first Wikinews dev article and the first
    development (never sealed) statement document."""
    shared_data("wikinews", "gold")
    wn = eval_events.wikinews_golds()
    dev, _ = eval_events.wikinews_split(wn)
    index = json.loads((ROOT / "tests" / "data" / "statements" / "index.json").read_text())
    st_id = next(m["id"] for m in index if not m.get("sealed"))
    records = [r for r in eval_events.wikinews_records() if r.source == dev[0]]
    records += [r for r in eval_events.folder_records(eval_events.STATEMENTS, eval_events.STATEMENTS / "index.json")
                if r.source == st_id]
    preds = eval_events.folder_predictions({"events_classifier": True}, records)
    golds = {dev[0]: wn[dev[0]], st_id: eval_events.read_golds(eval_events.STATEMENTS / "gold")[st_id]}
    return preds, golds


def test_listing_of_development_documents_adds_up_to_the_scorer(sc, development_predictions, capsys):
    preds, golds = development_predictions
    ids = sorted(golds)
    totals = eval_events.print_errors(preds, golds, ids)
    out = capsys.readouterr().out
    scored = eval_events.score_groups(preds, golds, {"x": ids})["x"]
    assert totals["typed_tp"] == scored["typed"]["tp"] and totals["pred"] == scored["typed"]["pred"]
    assert totals["dyad_tp"] == scored["dyad"]["tp"] and totals["gold"] == scored["dyad"]["gold"]
    listed = Counter_lines(out)
    assert listed["MISS"] + listed["MISS_TYPED"] == totals["gold"] - scored["typed"]["tp"]
    assert listed["FP"] == totals["pred"] - scored["typed"]["tp"]
    assert listed["MISS"] + listed["DYAD"] == totals["gold"] - scored["dyad"]["tp"]


def Counter_lines(out: str) -> dict:
    """How many listed lines of each kind (the first word of an indented line)."""
    from collections import Counter

    kinds = Counter()
    for line in out.splitlines():
        if line.startswith("  ") and not line.startswith("  --"):
            kinds[line.split()[0].split("(")[0]] += 1
    return kinds


def test_sealed_statement_documents_are_neither_analysed_nor_listed(monkeypatch, capsys):
    index = json.loads((ROOT / "tests" / "data" / "statements" / "index.json").read_text())
    sealed = {m["id"] for m in index if m.get("sealed")}
    seen = []

    def fake_predictions(options, records):
        seen.extend(r.source for r in records)
        return {r.source: ({"text": r.text, "actors": [], "events": []}, "news") for r in records}

    monkeypatch.setattr(eval_events, "folder_predictions", fake_predictions)
    eval_events.statements_errors({})
    out = capsys.readouterr().out
    assert seen and not sealed & set(seen)
    assert not any(k in out for k in sealed)
    if sealed:
        assert f"({len(sealed)} sealed documents not listed)" in out
