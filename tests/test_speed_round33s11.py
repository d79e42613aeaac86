"""Speed round 33s11: ``benchmarks/speed.py``'s interleaved one-worker measurement.

Two runs of one tree read 0.64-0.76 on the old one-worker ratio: each side was measured once, in
its own process, at its own moment of a shared machine. The interleaved measurement times bare
spaCy and communique in turn on blocks of the same documents in one process (the sides' order
alternated) and reports the median of the blocks' ratios with its spread. No time is asserted here:
the tests check what is measured (every document once per side and round, the order alternated,
the same warm-up) and how the lines are computed from the blocks."""

from __future__ import annotations

import pytest

from conftest import benchmark

speed = benchmark("speed")


def _block(spacy_cpu: float, communique_cpu: float, first: str = "spacy", docs: int = 10,
           spacy_user: float | None = None, communique_user: float | None = None) -> dict:
    return {"docs": docs, "first": first,
            "spacy": {"cpu_s": spacy_cpu, "user_s": spacy_cpu if spacy_user is None else spacy_user},
            "communique": {"cpu_s": communique_cpu,
                           "user_s": communique_cpu if communique_user is None else communique_user}}


def _result(blocks: list[dict], block: int = 10, rounds: int = 1) -> dict:
    return {"kind": "interleaved", "workers": 1, "block": block, "rounds": rounds, "blocks": blocks,
            "load_before": 1.5, "load_after": 2.5}


@pytest.mark.parametrize("quantile_input, expected", [
    ([0.5], (0.5, 0.5, 0.5)),
    ([0.6, 0.7], (0.625, 0.65, 0.675)),
    ([0.5, 0.6, 0.7, 0.8, 0.9], (0.6, 0.7, 0.8)),
])
def test_quantiles(quantile_input, expected):
    assert speed._quantiles(quantile_input) == pytest.approx(expected)


def test_report_median_not_mean_nor_pooled():
    # four ordinary blocks at 0.70 and one slowed on the communique side (a load spike): the median
    # stays at 0.70, the pooled ratio (total over total) drops, as the old one-shot ratio did
    blocks = [_block(0.7, 1.0) for _ in range(4)] + [_block(0.7, 2.0, first="communique")]
    lines = speed.interleaved_report(_result(blocks))
    assert "cpu median 0.700 meets" in lines[0]
    assert "range 0.350-0.700" in lines[0]
    assert "pooled 0.583" in lines[0]
    assert "5 blocks of 10 docs, 1 rounds" in lines[0]
    assert "load average (1 min) 1.5 before, 2.5 after" in lines[1]


def test_report_user_ratio_apart_and_misses():
    # system time (huge pages) on the spaCy side only: the CPU ratio reads low, the user one does not
    blocks = [_block(0.9, 1.0, spacy_user=0.6, communique_user=1.0) for _ in range(3)]
    line = speed.interleaved_report(_result(blocks))[0]
    assert "cpu median 0.900 meets" in line
    assert "user median 0.600 (" in line
    blocks = [_block(0.6, 1.0) for _ in range(3)]
    assert "cpu median 0.600 MISSES" in speed.interleaved_report(_result(blocks))[0]


def test_report_per_doc_medians_and_cpu_share():
    blocks = [_block(0.4, 0.6, docs=10), _block(0.5, 0.8, docs=10), _block(0.45, 0.7, docs=10)]
    line = speed.interleaved_report(_result(blocks))[1]
    assert "spaCy 45.0, communique 70.0" in line
    assert "% of the wall time" not in line  # no wall times recorded
    for block in blocks:
        for side in ("spacy", "communique"):
            block[side]["wall_s"] = 4 * block[side]["cpu_s"]  # a quarter of a CPU: a loaded machine
    assert "the CPU 25% of the wall time" in speed.interleaved_report(_result(blocks))[1]


def test_report_without_timed_blocks():
    assert speed.interleaved_report(_result([_block(0.0, 0.5)])) == ["interleaved: no block timed"]


def test_interleaved_measures_every_block_on_both_sides_in_alternating_order():
    result = speed.interleaved(n_docs=5, seed=3, batch_size=4, model=None, block=2, rounds=2)
    blocks = result["blocks"]
    # 5 documents in blocks of 2: 2, 2, 1; each round over all of them
    assert [b["docs"] for b in blocks] == [2, 2, 1, 2, 2, 1]
    # the order alternates from block to block, and a round starts where the last one's order left off
    assert [b["first"] for b in blocks] == ["spacy", "communique", "spacy", "communique", "spacy", "communique"]
    for b in blocks:
        for side in ("spacy", "communique"):
            assert b[side]["cpu_s"] > 0 and b[side]["user_s"] > 0  # each side timed on each block
            assert b[side]["wall_s"] > 0 and b[side]["preempted"] >= 0
    assert result["rounds"] == 2 and result["block"] == 2


def test_interleaved_blocks_hold_the_documents_of_the_one_shot_measurement():
    # the blocks cut the same documents (``corpus``) the separate measurements read, in order
    records = speed.corpus(5, 3)
    blocks = [records[i:i + 2] for i in range(0, 5, 2)]
    assert [r.text for part in blocks for r in part] == [r.text for r in records]
