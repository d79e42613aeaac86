"""benchmarks/agreement_opeds.py: agreement between two op-ed stance annotations."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SECOND = ROOT / "tests" / "data" / "agreement" / "second_annotator_opeds.json"

spec = importlib.util.spec_from_file_location("agreement_opeds", ROOT / "benchmarks" / "agreement_opeds.py")
agreement = importlib.util.module_from_spec(spec)
spec.loader.exec_module(agreement)

# Invented op-eds and actors, written for this test.
SAMPLE = {
    "_about": "two invented op-eds",
    "oped-a.txt": {"signs": {"Marden Mining": "-", "NOR": "-", "Tessa Vale": "+"},
                   "neutral": ["European Union"]},
    "oped-b.txt": {"signs": {"Harbour Guild": "+", "PRT": "-"}, "neutral": ["ESP", "United Nations"]},
}


def write(tmp_path: Path, name: str, data: dict) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_file_against_itself_agrees_fully(tmp_path):
    a = agreement.load(write(tmp_path, "a.json", SAMPLE))
    result = agreement.compare(a, a)
    assert result["n_documents"] == 2
    assert result["both"] == 8 and result["only_a"] == 0 and result["only_b"] == 0
    assert result["agree"] == 8 and result["opposite"] == 0 and result["one_neutral"] == 0
    assert result["kappa"] == pytest.approx(1.0)
    assert result["attacked_a_to_b_right"] == result["attacked_a_to_b_of"] == 3
    assert result["signed_b_to_a_right"] == result["signed_b_to_a_of"] == 5


def test_flipped_sign_lowers_agreement(tmp_path):
    flipped = json.loads(json.dumps(SAMPLE))
    flipped["oped-a.txt"]["signs"]["NOR"] = "+"
    a = agreement.load(write(tmp_path, "a.json", SAMPLE))
    b = agreement.load(write(tmp_path, "b.json", flipped))
    result = agreement.compare(a, b)
    assert result["opposite"] == 1 and result["agree"] == 7
    assert result["kappa"] < 1.0
    assert result["attacked_a_to_b_right"] == 2 and result["attacked_a_to_b_of"] == 3
    assert result["attacked_b_to_a_right"] == 2 and result["attacked_b_to_a_of"] == 2
    assert result["documents"]["oped-a.txt"]["disagreements"] == ["NOR: A - B +"]


def test_neutral_and_missing_actors(tmp_path):
    other = json.loads(json.dumps(SAMPLE))
    other["oped-b.txt"]["signs"].pop("PRT")
    other["oped-b.txt"]["neutral"].append("PRT")  # attacked in A, neutral in B
    del other["oped-a.txt"]["signs"]["Marden Mining"]  # attacked in A, absent from B
    other["oped-a.txt"]["signs"]["Loom Council"] = "-"  # only in B
    a = agreement.load(write(tmp_path, "a.json", SAMPLE))
    b = agreement.load(write(tmp_path, "b.json", other))
    result = agreement.compare(a, b)
    assert result["one_neutral"] == 1
    assert result["documents"]["oped-a.txt"]["only_a"] == ["Marden Mining"]
    assert result["documents"]["oped-a.txt"]["only_b"] == ["Loom Council"]
    assert result["attacked_a_to_b_right"] == 1 and result["attacked_a_to_b_of"] == 3


def test_alias_joins_two_names_of_one_actor(tmp_path):
    other = json.loads(json.dumps(SAMPLE))
    other["oped-a.txt"]["signs"]["Norwegian Armed Forces"] = other["oped-a.txt"]["signs"].pop("NOR")
    a = agreement.load(write(tmp_path, "a.json", SAMPLE))
    b = agreement.load(write(tmp_path, "b.json", other))
    assert agreement.compare(a, b)["only_b"] == 1
    aliases = {"Norwegian Armed Forces": "NOR"}
    b = agreement.load(write(tmp_path, "b.json", other), aliases)
    assert agreement.compare(a, b)["only_b"] == 0


def test_kappa_chance_level():
    # two annotators whose labels are independent of each other: kappa 0
    pairs = [("-", "-"), ("-", "+"), ("+", "-"), ("+", "+")]
    assert agreement.kappa(pairs) == pytest.approx(0.0)
    assert agreement.kappa([]) is None


def test_sealed_entries_and_file_are_not_read(tmp_path):
    data = {**SAMPLE, "oped-c.txt": {"sealed": "round 9", "signs": {"X": "-"}, "neutral": []}}
    assert "oped-c.txt" not in agreement.load(write(tmp_path, "a.json", data))
    with pytest.raises(ValueError):
        agreement.load(tmp_path / "sealed_gold.json")


def test_bad_sign_is_refused(tmp_path):
    with pytest.raises(ValueError):
        agreement.load(write(tmp_path, "a.json", {"oped-a.txt": {"signs": {"X": "?"}}}))


def test_committed_second_annotation_loads():
    second = agreement.load(SECOND)
    assert len(second) == 6
    assert all(name.startswith(f"oped-7{i}") for i, name in zip(range(2, 8), sorted(second)))
    assert sum(sign == "-" for labels in second.values() for sign in labels.values()) == 19
    # it agrees with the open gold far above chance on the op-eds both annotate
    gold = agreement.load(agreement.GOLD)
    result = agreement.compare({k: gold[k] for k in second}, second)
    assert result["kappa"] > 0.8
    assert result["attacked_a_to_b_right"] >= 15
