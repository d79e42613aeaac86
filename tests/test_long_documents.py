"""Long documents (issue 21): the interval look-ups that replaced per-mention scans give the
scans' answers, and the per-document time budget stops a document with a clear message while
a batch goes on. Time is a fake clock here: no test depends on how fast the machine is."""

from __future__ import annotations

import random

import pytest

from communique import budget
from communique.document import Document
from communique.errors import DocumentTimeoutError
from communique.ingest.records import Record
from communique.nlp import parse_many
from communique.pipeline import STAGES, Pipeline, stage
from communique.settings import override
from communique.spans import SpanSet


@pytest.mark.issue(21)
def test_spans_spanset_answers_as_the_scans_do():
    rng = random.Random(21)
    for _ in range(2000):
        spans = [(s, s + rng.randint(0, 15)) for s in (rng.randint(0, 50) for _ in range(rng.randint(0, 8)))]
        found = SpanSet(spans)
        for _ in range(20):
            a = rng.randint(-5, 70)
            b = a + rng.randint(0, 20)
            assert found.inside(a) == any(s <= a < e for s, e in spans)
            assert found.overlaps(a, b) == any(s < b and a < e for s, e in spans)
            assert found.contains(a, b) == any(s <= a and b <= e for s, e in spans)
            assert found.first_containing(a, b) == next((i for i, (s, e) in enumerate(spans)
                                                         if s <= a and b <= e), None)
            assert found.covered(a, b) == sum(max(0, min(e, b) - max(s, a)) for s, e in spans)


class FakeClock:
    """Seconds that pass only when the test says so (``tick`` per call, plus ``jump``)."""

    def __init__(self, tick: float = 0.0):
        self.now, self.tick = 0.0, tick

    def __call__(self) -> float:
        self.now += self.tick
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = FakeClock()
    monkeypatch.setattr(budget, "clock", fake)
    return fake


@pytest.fixture
def slow_stage(clock):
    """A stage under test that makes 100 fake seconds pass on texts containing SLOW."""
    name = "budget_probe.v1"

    @stage(name, assigns=["extensions.budget_probe"])
    def probe(document, doc, ctx):
        if "SLOW" in document.text:
            clock.now += 100
        ctx.check_budget()
        return {"extensions.budget_probe": {"chars": len(document.text)}}

    yield name
    STAGES.pop(name, None)


@pytest.mark.issue(21)
def test_budget_fails_the_slow_document_and_the_batch_goes_on(slow_stage):
    pipeline = Pipeline(["structure.v1", slow_stage, "actors.v1"], settings=override(max_document_seconds=50))
    records = [Record("France and Germany met in Paris.", "first.txt", {}),
               Record("A SLOW text about Russia and Ukraine.", "slow.txt", {}),
               Record("Kenya and Egypt signed a deal.", "third.txt", {})]
    failures = []
    done = list(pipeline.pipe(records, on_error=failures.append))
    assert [d.source for d in done] == ["first.txt", "third.txt"]
    assert all(d.actors for d in done)
    [failure] = failures
    assert failure.source == "slow.txt"
    assert failure.stage == "budget_probe.v1"
    assert "after 100.0 s" in failure.reason and "max_document_seconds=50" in failure.reason
    assert "split the document" in failure.reason and "raise max_document_seconds" in failure.reason


@pytest.mark.issue(21)
def test_budget_error_names_the_document_and_stops_the_call(slow_stage):
    pipeline = Pipeline(["structure.v1", slow_stage, "actors.v1"], settings=override(max_document_seconds=50))
    with pytest.raises(DocumentTimeoutError) as caught:
        pipeline(Record("A SLOW text.", "report.md", {}))
    err = caught.value
    assert (err.document, err.stage, err.limit_s) == ("report.md", "budget_probe.v1", 50)
    assert str(err).startswith("document report.md: analysis stopped after 100.0 s (during budget_probe.v1)")


@pytest.mark.issue(21)
def test_budget_zero_means_no_limit(slow_stage):
    pipeline = Pipeline(["structure.v1", slow_stage], settings=override(max_document_seconds=0))
    assert pipeline(Record("A SLOW text.", "slow.txt", {})).extensions["budget_probe"] == {"chars": 12}


@pytest.mark.issue(21)
def test_budget_stops_the_parse_between_pieces_and_skips_the_rest(nlp, clock):
    """One fake second per clock reading: a document of many pieces runs out while it is
    parsed, its remaining pieces are not parsed, and the next document is parsed as usual."""
    clock.tick = 1.0
    settings = override(max_document_seconds=3, nlp_chunk_chars=200)
    long_text = "\n\n".join(f"Paragraph {i} says that France and Germany met again." for i in range(40))
    documents = [Document(text=long_text, source="long.txt"), Document(text="Kenya and Egypt met.", source="short.txt")]
    parsed_pieces = []

    class CountingNlp:  # records which pieces spaCy parsed
        def pipe(self, stream, **kwargs):
            for sdoc, where in nlp.pipe(stream, **kwargs):
                parsed_pieces.append(where)
                yield sdoc, where

    timed_out = []
    out = list(parse_many(CountingNlp(), documents, 1, settings, on_timeout=lambda d, e: timed_out.append((d, e))))
    assert [d.source for d, _ in out] == ["short.txt"]
    [(document, err)] = timed_out
    assert document.source == "long.txt" and err.stage == "parse"
    pieces_of_long = [j for i, j in parsed_pieces if i == 0]
    assert len(pieces_of_long) < len(long_text) // 200  # the rest was skipped
