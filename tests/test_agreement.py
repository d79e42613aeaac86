"""Round 20e: benchmarks/agreement.py scores one gold folder against another with the scorer
eval_events.py uses for predictions (the Wikinews folder's score.py through score_groups), and
the second annotator's blind gold of tests/data/agreement loads and scores."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import ROOT, benchmark, shared_data

agreement = benchmark("agreement")
SECOND = ROOT / "tests" / "data" / "agreement" / "second_annotator"
GOLD = ROOT / "tests" / "data" / "statements" / "gold"
DOCS = ROOT / "tests" / "data" / "statements"


@pytest.fixture(scope="module", autouse=True)
def scorer():
    shared_data("wikinews", "score.py")


def scores(annotation_dir, gold_dir):
    ids = agreement.shared_documents(annotation_dir, gold_dir, DOCS)
    texts = {k: (DOCS / f"{k}.txt").read_text(encoding="utf-8") for k in ids}
    return agreement.agreement(agreement.load(annotation_dir, ids), agreement.load(gold_dir, ids), texts)


def test_a_folder_against_itself_scores_one():
    s = scores(SECOND, SECOND)["all"]
    assert s["typed"]["f1"] == 1.0 and s["dyad"]["f1"] == 1.0
    assert s["mode_accuracy"] == 1.0 and s["quote_speaker"]["f1"] == 1.0 and s["actors_country"] == 1.0
    assert s["typed"]["gold"] > 50


def test_one_changed_type_scores_lower(tmp_path):
    for p in SECOND.glob("*.json"):
        shutil.copy(p, tmp_path / p.name)
    path = sorted(tmp_path.glob("*.json"))[0]
    doc = json.loads(path.read_text(encoding="utf-8"))
    ev = doc["events"][0]
    ev["type"] = next(t for t in ("PROTEST", "AID", "MOBILIZE") if t not in {ev["type"], *ev["alt_types"]})
    path.write_text(json.dumps(doc), encoding="utf-8")
    s = scores(tmp_path, SECOND)
    assert s["all"]["typed"]["f1"] < 1.0
    assert s["all"]["typed"]["tp"] == s["all"]["typed"]["gold"] - 1
    assert s[path.stem]["typed"]["f1"] < 1.0
    others = [k for k in s if k not in ("all", path.stem)]
    assert others and all(s[k]["typed"]["f1"] == 1.0 for k in others)


def test_a_moved_target_costs_the_dyad_not_the_type(tmp_path):
    for p in SECOND.glob("*.json"):
        shutil.copy(p, tmp_path / p.name)
    path = tmp_path / "wire-25_iraq-turkey-tigris-water-conference.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    ev = next(e for e in doc["events"] if e["target"] == "Turkey")
    ev["target"], ev["target_country"] = "Jordan", "JOR"
    path.write_text(json.dumps(doc), encoding="utf-8")
    s = scores(tmp_path, SECOND)[path.stem]
    assert s["typed"]["f1"] == 1.0 and s["dyad"]["f1"] < 1.0


def test_the_second_annotation_scores_against_the_statement_gold():
    ids = agreement.shared_documents(SECOND, GOLD, DOCS)
    assert len(ids) == 4 and not set(ids) & agreement.sealed_ids(DOCS)
    s = scores(SECOND, GOLD)["all"]
    assert 0.0 < s["typed"]["f1"] <= 1.0
    assert 0.0 < s["dyad"]["f1"] <= 1.0


def test_sentences_keep_paragraph_numbers_and_split_after_quotes():
    text = ("Title line\n\n7. They demand a timetable. They warn the junta.\n\n"
            "\"We will not accept it,\" Mr. Haddad said. \"Never.\"")
    got = [text[s:e].strip() for s, e in agreement.sentence_spans(text)]
    assert got == ["Title line", "7. They demand a timetable.", "They warn the junta.",
                   "\"We will not accept it,\" Mr. Haddad said.", "\"Never.\""]


def test_quote_text_runs_to_its_closing_mark():
    text = "He said the plan was \"a first step, not a solution\" and left."
    spans = agreement.sentence_spans(text)
    i = text.index("a first step")
    s, e = agreement.quote_span(text, spans, i, "a first step")
    assert text[s:e] == "a first step, not a solution\""
