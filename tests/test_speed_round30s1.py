"""Round 30s1: ``benchmarks/profile_stages.py --callees`` times each function a stage function
calls by name (CPU, per call). The wrappers must count every call, time only the outermost call
of a name, count the wrapped calls made inside a timed one, change no answer, and put the
original functions back."""

from __future__ import annotations

import textwrap

import pytest
from conftest import benchmark, toy_module

from communique.events import extract
from communique.stages import events as events_stage

#: An own module of small functions: ``top`` calls ``leaf`` twice, ``twice`` (which recurses
#: once), ``busy`` (some milliseconds of CPU) and ``math.floor`` through an attribute, which
#: ``called_names`` does not read.
TOY = textwrap.dedent('''
    import math


    def leaf(x):
        return x + 1


    def twice(x, again=True):
        return twice(leaf(x), False) if again else x * 2


    def busy(n):
        return sum(i * i for i in range(n)) % 2


    def top(x):
        return leaf(x) + leaf(x) + twice(x) + int(math.floor(0.5)) + busy(200_000)
''')


@pytest.fixture()
def toy(tmp_path, monkeypatch):
    return toy_module(tmp_path, monkeypatch, "toy_round30s1", TOY)


def test_called_names_reads_direct_calls_only(toy):
    names = benchmark("profile_stages").called_names(toy.top)
    assert {"leaf", "twice", "int"} <= names
    assert "floor" not in names and "math" not in names  # ``math.floor(...)`` is an attribute call


def test_timed_callees_counts_times_outermost_and_restores(toy):
    profile = benchmark("profile_stages")
    leaf, twice = toy.leaf, toy.twice
    plain = toy.top(3)
    stats, _wrap, undo = profile.timed_callees(["toy_round30s1:top"])
    assert toy.leaf is not leaf and toy.twice is not twice  # wrapped in the module
    assert toy.top(3) == plain  # the same answer
    seconds, calls, timed, nested = stats["twice"]
    assert (calls, timed) == (2, 1)  # the recursive call is counted, not timed again
    assert nested == 2  # inside the timed call: the recursive one and its ``leaf``
    assert stats["leaf"][1:3] == [3, 3] and stats["leaf"][3] == 0
    assert 0.0 < seconds < stats["busy"][0]  # round 30f1: CPU time read, the busy callee the longer
    assert "int" not in stats  # a builtin is not wrapped
    undo()
    assert toy.leaf is leaf and toy.twice is twice


def test_events_stage_gives_the_same_events_while_timed(pipeline):
    """The wrappers around ``extract_events``' and ``extract_sentence``'s callees change no event
    (own text)."""
    text = ("Chile and Peru signed a trade agreement in Lima on Monday. The Foreign Ministry of Peru "
            "said Bolivia had shelled the border post, and it urged both sides to hold talks.")
    profile = benchmark("profile_stages")

    def events():
        return [repr(e) for e in pipeline(text).events]

    plain = events()
    assert plain  # the text has events to compare
    originals = {module: dict(vars(module)) for module in (events_stage, extract)}
    stats, _wrap, undo = profile.timed_callees(["communique.stages.events:extract_events",
                                                "communique.events.extract:extract_sentence"])
    try:
        assert events() == plain
        assert stats["extract_sentence"][1] >= 2 and stats["_actors_of"][1] >= 1
    finally:
        undo()
    assert all(vars(module)[name] is func for module, names in originals.items() for name, func in names.items())
