"""Round 20: four more open statement-set documents written blind (wire-26, wire-27, stmt-27,
stmt-28), tagged ``"open": "round 20"`` in index.json. They stay in the "development" group of
benchmarks/eval_events.py and also form an "open round 20" group; they are never "sealed".
"""

from __future__ import annotations

import json

from conftest import ROOT, benchmark

eval_events = benchmark("eval_events")

STATEMENTS = ROOT / "tests" / "data" / "statements"
OPEN20 = ["stmt-27_car-government-cpc-luanda-ceasefire", "stmt-28_indonesia-president-three-calls",
          "wire-26_iaea-board-censures-iran-walkout", "wire-27_tunisia-expels-migrants-libya-border"]


def _groups():
    golds = eval_events.read_golds(STATEMENTS / "gold")
    return eval_events.statement_groups(golds)


def test_open_round20_group_holds_the_four_documents():
    groups = _groups()
    assert sorted(groups["open round 20"]) == OPEN20


def test_open_documents_are_development_not_sealed():
    groups = _groups()
    for k in OPEN20:
        assert k in groups["development"]
        assert k not in groups["sealed"]
        assert not any(k in v for name, v in groups.items() if name.startswith("sealed"))


def test_open_tag_in_index_and_no_sealed_key():
    index = {m["id"]: m for m in json.loads((STATEMENTS / "index.json").read_text(encoding="utf-8"))}
    for k in OPEN20:
        assert index[k]["open"] == "round 20"
        assert "sealed" not in index[k]
        assert index[k]["family"] in ("news", "statement")


def test_gold_anchors_are_verbatim_in_the_text():
    for k in OPEN20:
        text = (STATEMENTS / f"{k}.txt").read_text(encoding="utf-8")
        gold = json.loads((STATEMENTS / "gold" / f"{k}.json").read_text(encoding="utf-8"))
        assert gold["id"] == k and gold["events"]
        for e in gold["events"]:
            i = text.find(e["sentence_start"])
            assert i >= 0, e["sentence_start"]
            assert e["trigger"] in text[i:i + 700], e["trigger"]
        for q in gold["quotes"]:
            assert q["text_start"] in text, q["text_start"]
        for c in gold["calls_to_action"]:
            assert c["sentence_start"] in text
        words = len(text.split())
        assert 400 <= words <= 700, (k, words)
