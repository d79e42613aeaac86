"""Quality gates for actor resolution on third-party data in ../shared/data
(skipped when it is absent). Floors sit a little below the measured numbers
(docs/actors.md)."""

from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT, shared_data

#: Measured 2026-11 on the shared data: see docs/actors.md for the numbers.
NGEC_COUNTRY_FLOOR = 0.85
NGEC_SECTOR_FLOOR = 0.72
PLOVER_ISO3_FLOOR = 0.87


def _scorer():
    spec = importlib.util.spec_from_file_location("eval_actors", ROOT / "benchmarks" / "eval_actors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.gold
def test_actors_gold_ngec_resolution():
    data = shared_data("ngec", "ngec_actor_resolution_expected.jsonl").parents[1]
    result = _scorer().score_ngec(data)
    assert result["country_n"] >= 250 and result["sector_n"] >= 250
    assert result["country_accuracy"] >= NGEC_COUNTRY_FLOOR, result
    assert result["sector_accuracy"] >= NGEC_SECTOR_FLOOR, result


@pytest.mark.gold
def test_actors_gold_plover_iso3_recall():
    data = shared_data("plover", "plover_gsr_normalized.jsonl").parents[1]
    result = _scorer().score_plover(data)
    assert result["n"] >= 500
    assert result["iso3_recall"] >= PLOVER_ISO3_FLOOR, result
