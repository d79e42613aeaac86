"""`communique ingest` with the real pipeline on a generated corpus: store counts equal
the per-document outputs, re-ingest adds nothing, a run killed with SIGKILL and
resumed equals an uninterrupted run, feeds from a local server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.ingest import iter_records
from communique.runner import run_many
from communique.store import Corpus, Store
from communique.store.db import connect, snapshot
from communique.testing.corpus import expected_row_counts, write_corpus
from conftest import serve_http

N_DOCS = 200
#: Documents per transaction in these tests: small, so a kill lands between commits.
BATCH_DOCS = 8
#: Commits the killed run must have made before it is killed.
COMMITS_BEFORE_KILL = 3
#: Longest wait for the subprocess to reach those commits (model loading included).
KILL_WAIT_SECONDS = 240


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    write_corpus(folder, N_DOCS, seed=21, formats=("txt", "md", "jsonl", "html"))
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")   # one source that fails
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")               # skipped: unsupported extension
    return folder


@pytest.fixture(scope="module")
def reference(tmp_path_factory, corpus_dir, pipeline):
    """An uninterrupted in-process ingest of the corpus."""
    path = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    errors: list[str] = []
    with Store(path, batch_docs=BATCH_DOCS) as store:
        stats = store.ingest([corpus_dir], workers=1, on_error=errors.append)
    return path, stats, errors


def test_corpus_ingest_counts_equal_per_document_outputs(reference, corpus_dir, pipeline):
    path, stats, errors = reference
    assert stats.added == N_DOCS and stats.errors == 1
    assert len(errors) == 1 and "empty.txt" in errors[0]
    failures = []
    docs = list(run_many(iter_records([corpus_dir], on_error=failures.append), on_error=failures.append))
    assert len(docs) == N_DOCS and len(failures) == 1
    expected = expected_row_counts(docs, errors=1)
    with Corpus(path) as corpus:
        assert corpus.counts() == expected
        # documents keep their metadata (every jsonl row, a quarter of the corpus, has a
        # publisher) and the pipeline version
        row = corpus.sql("SELECT count(publisher) AS n, count(*) FILTER (WHERE pipeline_version "
                         "LIKE '%events.v1%') AS v FROM documents")
        assert row["n"][0] >= N_DOCS // 4 and row["v"][0] == N_DOCS
        stored = {d.id: d for d in docs[:10]}
        for doc_id, d in stored.items():
            assert corpus.document(doc_id).to_dict() == d.to_dict()


def test_corpus_reingest_adds_nothing(reference, tmp_path, corpus_dir):
    path, _, _ = reference
    copy = tmp_path / "again.duckdb"
    copy.write_bytes(path.read_bytes())
    with Store(copy) as store:
        before = snapshot(store.con)
        stats = store.ingest([corpus_dir], workers=1)
        assert (stats.added, stats.replaced, stats.skipped) == (0, 0, N_DOCS)
        assert snapshot(store.con) == before


def test_corpus_ingest_killed_then_resumed_equals_uninterrupted(reference, tmp_path, corpus_dir):
    path, _, _ = reference
    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-c", "from communique.cli import main; main()", "-v", "ingest", str(corpus_dir),
           "--db", str(db), "--workers", "1", "--batch-docs", str(BATCH_DOCS)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    commits = 0
    deadline = time.monotonic() + KILL_WAIT_SECONDS
    try:
        for line in proc.stderr:
            if "committed" in line:
                commits += 1
                if commits >= COMMITS_BEFORE_KILL:
                    os.kill(proc.pid, signal.SIGKILL)  # mid-run: the next batch is being analysed
                    break
            if time.monotonic() > deadline:
                break
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stderr.close()
    assert commits >= COMMITS_BEFORE_KILL, "the subprocess never committed a batch"
    assert proc.returncode == -signal.SIGKILL
    con = connect(db)  # opens after the crash: the write-ahead log is replayed
    partial = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    assert 0 < partial < N_DOCS  # killed mid-run, committed batches kept
    with Store(db, batch_docs=BATCH_DOCS) as store:
        stats = store.ingest([corpus_dir], workers=1)
        assert stats.skipped == partial and stats.added == N_DOCS - partial
        resumed = snapshot(store.con)
    ref = connect(path, read_only=True)
    try:
        assert resumed == snapshot(ref)
    finally:
        ref.close()


def test_corpus_ingest_reanalyze_after_upgrade(reference, tmp_path, corpus_dir):
    path, _, _ = reference
    copy = tmp_path / "upgrade.duckdb"
    copy.write_bytes(path.read_bytes())
    con = connect(copy)
    con.execute("UPDATE documents SET pipeline_version = 'old' WHERE id IN "
                "(SELECT id FROM documents ORDER BY id LIMIT 5)")
    before = snapshot(con, exclude={"documents": ("ingested_at", "pipeline_version"), "errors": ("at",)})
    con.close()
    with Store(copy) as store:
        assert store.ingest([corpus_dir], workers=1).skipped == N_DOCS
        stats = store.ingest([corpus_dir], workers=1, reanalyze=True)
        assert (stats.replaced, stats.added, stats.skipped) == (5, 0, N_DOCS - 5)
        assert "old" not in set(store.stored_versions().values())
        after = snapshot(store.con, exclude={"documents": ("ingested_at", "pipeline_version"),
                                             "errors": ("at",)})
    assert after == before


def test_corpus_ingest_feed_from_local_server(tmp_path):
    from test_fetch import Handler

    with serve_http(Handler) as httpd:
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        db = tmp_path / "feed.duckdb"
        refused = CliRunner().invoke(main, ["ingest", f"{base}/feed.xml", "--db", str(db), "-w", "1"])
        assert refused.exit_code == 1 and "non-public address" in refused.output
        res = CliRunner().invoke(main, ["ingest", f"{base}/feed.xml", f"{base}/news/two.html", "--db", str(db),
                                        "-w", "1", "--allow-private"])
    assert res.exit_code == 0, res.output
    assert "3 new" in res.output  # two distinct pages + one entry text; the repeated page is skipped
    with Corpus(db) as corpus:
        docs = corpus.sql("SELECT source, publisher, published FROM documents ORDER BY source")
        errors = corpus.sql("SELECT source FROM errors")
    assert any(s.endswith("/news/one.html") for s in docs["source"])
    assert "Test Wire" in set(docs["publisher"])
    # the refused first run and the entry without page or text, each recorded once
    assert sorted(s.rsplit("/", 1)[1] for s in errors["source"]) == ["feed.xml", "gone2.html"]


@pytest.mark.slow
def test_corpus_ingest_parallel_workers_equal_single(tmp_path, reference):
    folder = tmp_path / "small"
    write_corpus(folder, 12, seed=21, formats=("txt",))
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    for db, workers in ((one, 1), (two, 2)):
        res = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "-w", str(workers), "-q"])
        assert res.exit_code == 0, res.output
    a, b = connect(one, read_only=True), connect(two, read_only=True)
    try:
        assert snapshot(a) == snapshot(b)
        assert a.execute("SELECT count(*) FROM documents").fetchone()[0] == 12
    finally:
        a.close()
        b.close()


@pytest.mark.issue(17)
def test_corpus_ingest_reports_unsupported_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "annex.pdf").write_bytes(b"%PDF-1.4")
    db = tmp_path / "s.duckdb"
    refused = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "-w", "1", "-q"])
    assert refused.exit_code == 1
    assert "skipped 1 file of unsupported types (.pdf 1)" in refused.output
    (folder / "brief.txt").write_text("Kenya and Ethiopia signed a border agreement on Friday.", encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "-w", "1", "-q"])
    assert res.exit_code == 0, res.output
    assert "skipped 1 file of unsupported types (.pdf 1)" in res.output and "1 new" in res.output
