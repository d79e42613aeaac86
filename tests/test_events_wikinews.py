"""Quality gate of the events stage on whole real documents: the 24 Wikinews articles of
../shared/data/wikinews (text CC BY 2.5, credit Wikinews; gold CC BY 4.0), scored with that
folder's own ``score.py`` through ``benchmarks/eval_events.py --wikinews`` (issue 16).

Skipped when the folder is absent. Floors sit a little below the measured numbers (see
docs/events.md): rules were developed on the dev half (even positions of the sorted ids)
only; the held-out half (odd positions) is gated separately.
"""

from __future__ import annotations

import pytest

from conftest import benchmark, shared_data

eval_events = benchmark("eval_events")

#: Measured (en_core_web_md, classifier on), issue 16 round 6 (participants): all 24 typed F1
#: 0.635, dyad F1 0.497, mode 0.814; held-out half typed F1 0.547, dyad F1 0.389 (round 5: dyad
#: 0.479, held-out 0.384; round 4: 0.607, 0.397, 0.825; held-out 0.535, 0.320. Round 3:
#: 0.573, 0.341, 177/213; held-out 0.504, 0.287). Round 7: all typed 0.642, held-out 0.551.
#: Round 8 modality: mode all 0.856 (dev 0.913, held-out 0.778; was 0.805). Round 8 events:
#: all typed 0.650 (dev 0.746), held-out 0.551. Round 8 participants: all dyad F1 0.529 (dev
#: 0.657, held-out 0.397). Round 10 triggers: all typed 0.656 (dev 0.760), held-out 0.550.
#: Round 15 (referring phrases, knowledge base): all typed 0.668, dyads 0.558; held-out 0.560, 0.417.
ALL_TYPED_F1_FLOOR = 0.65
ALL_DYAD_F1_FLOOR = 0.54
HELDOUT_TYPED_F1_FLOOR = 0.55
HELDOUT_DYAD_F1_FLOOR = 0.40
MODE_ACCURACY_FLOOR = 0.83
#: Share of predicted events that carry a date (issue 17). Measured: all 24 0.713 (17% before
#: the issue-17 date rules), held-out half 0.689.
ALL_DATED_SHARE_FLOOR = 0.66
HELDOUT_DATED_SHARE_FLOOR = 0.63


@pytest.fixture(scope="module")
def wikinews():
    shared_data("wikinews", "gold")
    return eval_events.score_wikinews({"events_classifier": True})


@pytest.mark.gold
def test_events_wikinews_all_documents(wikinews):
    res = wikinews["all"]
    assert res["docs"] == 24
    assert res["typed"]["f1"] >= ALL_TYPED_F1_FLOOR, res
    assert res["dyad"]["f1"] >= ALL_DYAD_F1_FLOOR, res
    assert res["mode_accuracy"] >= MODE_ACCURACY_FLOOR, res


@pytest.mark.gold
def test_events_wikinews_heldout_half(wikinews):
    res = wikinews["heldout"]
    assert res["typed"]["f1"] >= HELDOUT_TYPED_F1_FLOOR, res
    assert res["dyad"]["f1"] >= HELDOUT_DYAD_F1_FLOOR, res


def test_events_wikinews_split_is_by_document():
    dev, held = eval_events.wikinews_split(["b", "a", "d", "c"])
    assert dev == ["a", "c"] and held == ["b", "d"]


@pytest.mark.gold
@pytest.mark.issue(17)
def test_events_wikinews_dated_share(wikinews):
    for half, floor in (("all", ALL_DATED_SHARE_FLOOR), ("heldout", HELDOUT_DATED_SHARE_FLOOR)):
        dates = wikinews[half]["dates"]
        assert dates["dated_share"] >= floor, (half, dates)
        # every dated event says where its date came from
        assert dates["by_source"].get("unknown", 0) == 0, dates
        assert sum(n for s, n in dates["by_source"].items() if s != "undated") == dates["dated"], dates
