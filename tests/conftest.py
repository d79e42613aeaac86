"""Shared fixtures: one pipeline per test session, paths to examples and to the
third-party evaluation data in ../shared/data (tests skip when it is absent)."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"


def analyse_text(pipeline, text: str, published: str = "2022-06-01"):
    """``text`` analysed by ``pipeline`` as one document published on ``published``."""
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": published})]))[0]


def annotated_doc(pipeline, text: str, name: str = "t"):
    """``(document, doc)``: ``text`` parsed and annotated by ``pipeline`` with its spaCy Doc kept (the speed tests
    call the stages' rules on it; annotating releases the views, which the rules build again)."""
    from communique.ingest.records import Record
    from communique.nlp import parse_many

    document = pipeline.make_document(Record(text, name, {}))
    _, doc = next(parse_many(pipeline.nlp, [document], 1, pipeline.ctx.settings))
    pipeline.annotate(document, doc)
    return document, doc


def party_sets(doc, type_: str) -> list[tuple[set[str], set[str]]]:
    """(source names, target names) of each event of ``doc`` of type ``type_``, as sets; none at all is
    no failure (``events_with_parties`` fails then)."""
    by = {a.id: a.name for a in doc.actors}
    return [({by[i] for i in e.source}, {by[i] for i in e.target}) for e in doc.events if e.type == type_]


def actor_names(doc, ids) -> set[str]:
    """The names of the actors of ``doc`` with these ids."""
    by = {a.id: a.name for a in doc.actors}
    return {by[i] for i in ids}


def event_cues(doc) -> list[tuple[str, str]]:
    """Each event of ``doc`` as (type, cue): what a failing assertion should show."""
    return [(e.type, e.cue) for e in doc.events]


def analyse_dated(pipeline, text: str, published: str = "2026-03-02"):
    """``text`` analysed as one record published on ``published`` (mode rules read the date)."""
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": published})]))[0]


def event_mode(doc, type_: str, trigger: str) -> str | None:
    """Mode of the first event of ``type_`` whose trigger holds ``trigger``; None if there is none."""
    return next((e.mode for e in doc.events if e.type == type_ and trigger in e.trigger.text), None)


def probe_tests(probes: list[tuple[str, str]], negatives: list[tuple[str, str]]):
    """The two tests of a probe table (rounds 21-23): each (type or "A|B", sentence) of ``probes`` finds
    an event of its type; each (type, sentence) of ``negatives`` finds none of it. A module binds them
    to its own ``test_...`` names so that pytest collects them there."""

    @pytest.mark.parametrize(("expected", "text"), probes, ids=[f"{t}-{i}" for i, (t, _) in enumerate(probes)])
    def found(pipeline, expected, text):
        doc = pipeline(text)
        assert any(e.type in expected.split("|") for e in doc.events), event_cues(doc)

    @pytest.mark.parametrize(("absent", "text"), negatives, ids=[f"no-{t}-{i}" for i, (t, _) in enumerate(negatives)])
    def not_found(pipeline, absent, text):
        doc = pipeline(text)
        assert not any(e.type == absent for e in doc.events), event_cues(doc)

    return found, not_found


def events_of(doc, type_: str) -> list:
    """The events of ``doc`` of one PLOVER type."""
    return [e for e in doc.events if e.type == type_]


def events_with_word(doc, type_: str, word: str) -> list:
    """The events of ``doc`` of one PLOVER type whose trigger holds ``word``."""
    return [e for e in events_of(doc, type_) if word in e.trigger.text]


def event_with_word(doc, type_: str, word: str):
    """The first event of ``doc`` of one PLOVER type whose trigger holds ``word``; fails listing every event."""
    found = events_with_word(doc, type_, word)
    assert found, event_cues(doc)
    return found[0]


def actor_countries(doc, ids) -> set[str]:
    """The countries of the actors of ``doc`` with these ids (actors without one left out)."""
    by = {a.id: a for a in doc.actors}
    return {by[i].country for i in ids if i in by and by[i].country}


def first_event(doc, type_: str):
    """The first event of ``doc`` of one PLOVER type; fails listing every event when none is."""
    found = events_of(doc, type_)
    assert found, [(e.type, e.cue) for e in doc.events]
    return found[0]


def events_with_parties(doc, type_: str) -> list:
    """Each event of ``doc`` of one PLOVER type as (event, source names, target names); fails
    listing every event when there is none."""
    found = events_of(doc, type_)
    assert found, event_cues(doc)
    by = {a.id: a.name for a in doc.actors}
    return [(e, [by[i] for i in e.source], [by[i] for i in e.target]) for e in found]


def event_parties(doc, type_: str):
    """The first event of ``doc`` of one PLOVER type with its source and target names."""
    return events_with_parties(doc, type_)[0]


def technique_labels(nlp, text: str) -> set[str]:
    """The technique labels found in ``text``."""
    from communique.rhetoric.techniques import find_techniques

    return {t.technique for t in find_techniques(text, nlp(text))}


def assert_technique_labels(nlp, text: str, wanted: set[str], unwanted: set[str]) -> None:
    """``text`` gets every label of ``wanted`` and none of ``unwanted``."""
    found = technique_labels(nlp, text)
    assert wanted <= found, (text, found)
    assert not unwanted & found, (text, found)


def technique_spans(nlp, text: str, technique: str) -> list[str]:
    """The texts of the spans of ``technique`` found in ``text``."""
    from communique.rhetoric.techniques import find_techniques

    return [t.text for t in find_techniques(text, nlp(text)) if t.technique == technique]


def benchmark(name: str):
    """The module ``benchmarks/<name>.py`` (the scorers the quality gates share with the
    command-line benchmarks)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def author_stance(text: str) -> dict:
    """The author's stance records of one analysed text, by actor name or ISO3 (as eval_opeds scores)."""
    from communique import analyze

    return benchmark("eval_opeds").author_stance(analyze(text))


def assert_author_sign(text: str, actor: str, sign: str, reason: str) -> None:
    """The author's stance toward ``actor`` has ``sign`` ("+"/"-") and a reason containing ``reason``."""
    record = author_stance(text).get(actor)
    assert record is not None and benchmark("eval_opeds").sign_of(record.polarity) == sign, record
    assert any(reason in r for r in record.reasons), record.reasons


def author_reasons(text: str, actor: str) -> list[str]:
    """The reasons of the author's stance toward ``actor`` (none when there is no record)."""
    record = author_stance(text).get(actor)
    return list(record.reasons) if record is not None else []


def author_polarity(text: str, name: str) -> tuple[float, list[str]]:
    """The author's polarity toward the first actor whose name holds ``name`` (any case), with its reasons;
    (0.0, []) when no such actor has a record."""
    stance = author_stance(text)
    key = next((k for k in stance if name.lower() in k.lower() or k == name), None)
    return (stance[key].polarity, list(stance[key].reasons)) if key is not None else (0.0, [])



def toy_module(tmp_path: Path, monkeypatch, name: str, source: str):
    """A module ``name`` run from ``source``, written under ``tmp_path`` (``inspect`` reads it there),
    in ``sys.modules`` until the test ends."""
    import sys
    import types

    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    module = types.ModuleType(name)
    module.__file__ = str(path)
    monkeypatch.setitem(sys.modules, name, module)  # the name was not there: teardown removes it
    exec(compile(source, str(path), "exec"), module.__dict__)
    return module


def has_reason(reasons: list[str], start: str) -> bool:
    """Whether one of a stance record's reasons starts with ``start``."""
    return any(r.startswith(start) for r in reasons)


def opinion_piece(head: str, opening: str, closing: str):
    """A maker of signed opinion pieces (the body a commentary section) that hold a sentence in
    their second passage, between ``opening`` and ``closing``."""
    return lambda sentence: f"{head}{opening}\n\n{sentence}\n\n{closing}\n"


def shared_data(*parts: str) -> Path:
    """Path under ../shared/data, or skip the test when it is not there."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"evaluation data not available: {path}")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from communique.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture(scope="session")
def analyze(pipeline):
    """``analyze(text, **meta) -> Document`` with the session's pipeline."""
    return pipeline


@pytest.fixture(scope="session")
def examples() -> dict[str, Path]:
    return {p.stem: p for p in sorted(EXAMPLES.iterdir()) if p.is_file()}


@contextmanager
def serve_http(handler, wrap_socket=None):
    """A threaded HTTP server on 127.0.0.1 (a free port) for the duration of the block;
    yields the server. ``wrap_socket`` (e.g. an SSL context's) wraps its socket first."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    if wrap_socket is not None:
        httpd.socket = wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


#: The example plugin package the plugin tests install (examples/plugins/).
CASUALTIES_PLUGIN = EXAMPLES / "plugins" / "communique-casualties"


@pytest.fixture(scope="session")
def casualties_plugin(tmp_path_factory) -> Path:
    """The example plugin installed with pip into a temporary target folder that is put
    on ``sys.path`` (and ``PYTHONPATH``, for child processes); yields that folder. The
    package is copied first so that its build leaves nothing in the repository."""
    import importlib
    import os
    import shutil
    import subprocess
    import sys

    base = tmp_path_factory.mktemp("plugin")
    source, target = base / "src", base / "site"
    shutil.copytree(CASUALTIES_PLUGIN, source)
    result = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                             "--no-index", "--target", str(target), str(source)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(target))
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(target), old) if p)
    importlib.invalidate_caches()
    yield target
    sys.path.remove(str(target))
    if old is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = old
    importlib.invalidate_caches()
