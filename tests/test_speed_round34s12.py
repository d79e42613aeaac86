"""Speed round 34s12: ``Pipeline.pipe`` keeps what was alive before a run out of the collector's way.

One full collection over a run of 200 benchmark documents walked the spaCy model, the KB and the
lexicons (~0.65 ms/doc). ``pipe`` now freezes what is alive when it starts (``gc.freeze``) and
gives it back to the collector when it ends (``gc.unfreeze``), unless something froze objects
already (a worker of ``communique.runner``, an outer run). These tests check what is frozen when,
that nothing stays frozen after a run (exhausted, failed or closed early), that garbage made
before a run is still collected after it, and that the documents are those of a run without it."""

from __future__ import annotations

import gc
import weakref

import pytest

from communique.ingest import Record
from communique.pipeline import _FROZEN_AT_START, Pipeline, stage


@stage("test_frozen_r34s12.v1", assigns=("title",))
def _frozen_state(document, doc, ctx):
    if "boom" in document.text:
        raise RuntimeError("kaput")
    return {"title": str(gc.get_freeze_count())}


class _Node:
    """An object that can be part of a reference cycle (and be weakly referenced)."""

    def __init__(self):
        self.other = None


@pytest.fixture
def unfrozen():
    """Nothing frozen but what the interpreter froze itself, before and after the test."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_a_run_freezes_while_it_runs_and_unfreezes_at_its_end(unfrozen):
    p = Pipeline(["test_frozen_r34s12.v1"])
    before = gc.get_freeze_count()
    docs = list(p.pipe([Record("one"), Record("two")]))
    assert all(int(d.title) > before for d in docs)  # what was alive at the start: frozen
    assert gc.get_freeze_count() == 0  # all given back


@pytest.mark.parametrize("texts", [["one", "boom", "two"], ["boom"]])
def test_a_failing_document_leaves_nothing_frozen(unfrozen, texts):
    failures = []
    p = Pipeline(["test_frozen_r34s12.v1"])
    docs = list(p.pipe([Record(t, f"{t}.txt") for t in texts], on_error=failures.append))
    assert len(failures) == 1 and len(docs) == len(texts) - 1
    assert gc.get_freeze_count() == 0
    with pytest.raises(Exception):  # no on_error: the failure is raised out of the run
        list(p.pipe([Record("boom", "bad.txt")]))
    assert gc.get_freeze_count() == 0


def test_a_run_closed_early_leaves_nothing_frozen(unfrozen):
    run = Pipeline(["test_frozen_r34s12.v1"]).pipe([Record("one"), Record("two"), Record("three")])
    assert int(next(run).title) > 0
    run.close()
    assert gc.get_freeze_count() == 0


def test_objects_frozen_by_someone_else_stay_frozen(unfrozen):
    # a worker of ``communique.runner`` freezes the loaded pipeline; a run there must not undo it
    keep = [_Node() for _ in range(10)]
    gc.freeze()
    frozen = gc.get_freeze_count()
    assert frozen > _FROZEN_AT_START
    docs = list(Pipeline(["test_frozen_r34s12.v1"]).pipe([Record("one")]))
    assert int(docs[0].title) <= frozen  # not frozen again (frozen objects that die leave the count)
    assert gc.get_freeze_count() > _FROZEN_AT_START  # still frozen after the run
    del keep


def test_a_nested_run_leaves_the_outer_runs_freeze():
    inner = Pipeline(["test_frozen_r34s12.v1"])
    counts = []

    @stage("test_frozen_outer_r34s12.v1", assigns=("title",))
    def _outer(document, doc, ctx):
        counts.append(gc.get_freeze_count())
        list(inner.pipe([Record("inner")]))
        counts.append(gc.get_freeze_count())
        return {"title": "outer"}

    gc.unfreeze()
    try:
        list(Pipeline(["test_frozen_outer_r34s12.v1"]).pipe([Record("outer")]))
        assert counts[0] > 0 and counts[1] > 0  # the inner run kept the outer one's freeze
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_a_cycle_dropped_during_a_run_is_collected_after_it(unfrozen):
    a, b = _Node(), _Node()
    a.other, b.other = b, a  # a cycle alive when the run starts: frozen with the rest
    alive = weakref.ref(a)
    run = Pipeline(["test_frozen_r34s12.v1"]).pipe([Record("one"), Record("two")])
    next(run)
    del a, b
    gc.collect()
    assert alive() is not None  # frozen: not collected while the run goes on
    list(run)
    gc.collect()
    assert alive() is None  # the run over, the collector frees it


def test_documents_are_those_of_a_run_without_freezing(pipeline, monkeypatch):
    texts = ["The foreign minister of Norway met her Swedish counterpart in Oslo on Monday.",
             '"We will not accept this," the spokesman said, after Russia expelled two diplomats.']
    with_freeze = [d.to_dict() for d in pipeline.pipe([Record(t) for t in texts])]
    monkeypatch.setattr("communique.pipeline._FROZEN_AT_START", -1)  # never freezes
    without = [d.to_dict() for d in pipeline.pipe([Record(t) for t in texts])]
    assert with_freeze == without and with_freeze[0]["actors"]
