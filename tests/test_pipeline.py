"""Stage registry contracts, per-document failures, batching and multi-process runs."""

from __future__ import annotations

import gc

import pytest

import communique
from communique.errors import ConfigError
from communique.ingest import Record
from communique.pipeline import DEFAULT_STAGES, STAGES, Pipeline, check_contracts, stage
from communique.runner import run_many


def test_pipeline_default_stages_satisfy_contracts():
    specs = check_contracts(DEFAULT_STAGES)
    assert [s.name for s in specs] == list(DEFAULT_STAGES)


def test_pipeline_unknown_stage_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown stage 'nope.v1'"):
        check_contracts(["structure.v1", "nope.v1"])


def test_pipeline_requires_must_be_assigned_earlier():
    with pytest.raises(ConfigError, match=r"quotes.v1 requires \['actors'\]"):
        check_contracts(["structure.v1", "quotes.v1"])


@stage("test_broken.v1", assigns=("title",))
def _broken(document, doc, ctx):
    if "boom" in document.text:
        raise RuntimeError("kaput")
    return {"title": "ok"}


@stage("test_greedy.v1", assigns=("title",))
def _greedy(document, doc, ctx):
    return {"title": "x", "publisher": "y"}


def test_pipeline_stage_failure_is_reported_per_document_and_batch_goes_on(pipeline):
    p = Pipeline(["test_broken.v1"])
    failures = []
    docs = list(p.pipe([Record("fine one"), Record("boom here", "bad.txt"), Record("fine two")],
                       on_error=failures.append))
    assert [d.text for d in docs] == ["fine one", "fine two"]
    assert [(f.source, f.stage) for f in failures] == [("bad.txt", "test_broken.v1")]
    assert "RuntimeError: kaput" in failures[0].reason


@stage("test_collector.v1", assigns=("title",))
def _collector_state(document, doc, ctx):
    if "boom" in document.text:
        raise RuntimeError("kaput")
    return {"title": "on" if gc.isenabled() else "off"}


def test_pipeline_stages_run_without_the_collector_and_leave_it_as_it_was(pipeline):
    p = Pipeline(["test_collector.v1"])
    failures = []
    assert gc.isenabled()
    docs = list(p.pipe([Record("one"), Record("boom", "bad.txt"), Record("two")], on_error=failures.append))
    assert [d.title for d in docs] == ["off", "off"] and len(failures) == 1
    assert gc.isenabled()  # back on, after a failing stage too
    gc.disable()
    try:
        assert p("three").title == "off"
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()


def test_pipeline_stage_may_not_write_fields_it_does_not_assign(pipeline):
    failures = []
    assert list(Pipeline(["test_greedy.v1"]).pipe([Record("a")], on_error=failures.append)) == []
    assert "does not assign" in failures[0].reason


def test_pipeline_refuses_text_over_limit(pipeline):
    from communique.settings import override

    p = Pipeline(settings=override(max_document_chars=10))
    failures = []
    assert list(p.pipe([Record("x" * 11, "long.txt"), Record("short")], on_error=failures.append))[0].text == "short"
    assert failures[0].source == "long.txt" and "max_document_chars=10" in failures[0].reason


def test_pipeline_long_text_parsed_in_chunks_with_exact_offsets(pipeline):
    from communique.nlp import parse, split_for_parsing
    from communique.settings import override

    para = "Chile and Peru signed an accord in Lima on Monday. The deal covers fisheries.\n\n"
    text = para * 40
    pieces = split_for_parsing(text, 500)
    assert "".join(pieces) == text and max(map(len, pieces)) <= 500
    doc = parse(pipeline.nlp, text, override(nlp_chunk_chars=500))
    assert doc.text == text
    assert sum(1 for e in doc.ents if e.text == "Lima") == 40


def test_split_long_runs_cuts_every_long_run_wherever_it_stands():
    import random
    import re

    from communique.nlp import MAX_UNBROKEN_CHARS as most, split_long_runs

    def expected(text):  # every run over ``most`` characters cut every ``most`` characters
        cuts = [c for m in re.finditer(r"\S{%d,}" % (most + 1), text) for c in range(m.start() + most, m.end(), most)]
        bounds = [0, *cuts, len(text)]
        return [text[a:b] for a, b in zip(bounds, bounds[1:])]

    run, fits = "q" * (most * 2 + 7), "w" * most
    texts = [run, run + " tail", "head " + run, "a\n" + run + "\tb", f"{fits} {fits}\n{fits}",
             f"one {run} two {run}", " " * 300 + fits, "word " * 100]
    rng = random.Random(4)
    texts += ["".join(rng.choice(["ab", " ", "\n", "c" * rng.randint(1, 450)]) for _ in range(40)) for _ in range(200)]
    for text in texts:
        assert split_long_runs(text) == expected(text)


def test_analyze_many_keeps_order_and_reports_failures(pipeline):
    items = ["Kenya and Uganda agreed to build a railway.", {"text": "Chad closed its border.", "id": "r2"},
             {"title": "no text here"}, Record("Mali expelled the envoy.", "m.txt")]
    failures = []
    docs = list(communique.analyze_many(items, on_error=failures.append))
    assert [d.text[:4] for d in docs] == ["Keny", "Chad", "Mali"]
    assert docs[1].source == "r2" and docs[2].source == "m.txt"
    assert [(f.source, f.reason) for f in failures] == [("<record>", "record has no text")]


def test_analyze_many_without_on_error_raises_on_first_failure(pipeline):
    with pytest.raises(communique.CommuniqueError, match="b: RuntimeError: kaput"):
        list(run_many([Record("fine", "a"), Record("boom", "b")], stages=["test_broken.v1"]))


@pytest.mark.slow
def test_analyze_many_two_processes_equals_one(pipeline, examples):
    paths = [p for name, p in examples.items() if name != "feature"] * 2
    one = [d.to_dict() for d in communique.analyze_many(paths, n_process=1)]
    two = [d.to_dict() for d in communique.analyze_many(paths, n_process=2, batch_size=2)]
    assert one == two and len(one) == 8


def test_analyze_returns_valid_document(pipeline):
    doc = communique.analyze("Nigeria and Ghana signed a trade pact in Accra on Friday.", published="2026-04-03")
    communique.validate(doc)
    assert doc.published == "2026-04-03" and doc.sections


def test_registered_test_stages_do_not_leak_into_default():
    assert "test_broken.v1" in STAGES and "test_broken.v1" not in DEFAULT_STAGES
