"""The DuckDB store: migrations, transactional batches, skips, --reanalyze, Parquet round trip."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from communique.errors import StoreError
from communique.store import Corpus, Store, export_parquet, load_parquet
from communique.store import rows as R
from communique.store.db import SCHEMA_VERSION, connect, migrations, snapshot
from communique.testing.corpus import expected_row_counts, synthetic_documents

N_DOCS = 400


@pytest.fixture(scope="module")
def docs():
    return synthetic_documents(N_DOCS, seed=3)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, docs):
    path = tmp_path_factory.mktemp("store") / "corpus.duckdb"
    with Store(path, batch_docs=50) as store:
        stats = store.add(docs, pipeline_version="v1")
    assert stats.added == N_DOCS
    # undated items are counted, not silent (issue 17)
    assert stats.undated_documents == sum(1 for d in docs if not d.published) > 0
    assert stats.undated_events == sum(1 for d in docs for e in d.events if not e.date) > 0
    return path


def test_store_counts_equal_sum_of_document_outputs(store_path, docs):
    with Store(store_path) as store:
        counts = store.counts()
    assert counts == expected_row_counts(docs)
    assert counts["events"] > 1000 and counts["quotes"] > 200  # the corpus exercises every table


def test_store_readding_adds_nothing(store_path, docs):
    with Store(store_path) as store:
        before = snapshot(store.con)
        stats = store.add(docs[:120] + docs[:5], pipeline_version="v1")
        assert (stats.added, stats.replaced, stats.skipped) == (0, 0, 125)
        assert snapshot(store.con) == before


def test_store_duplicate_within_one_call_is_written_once(tmp_path, docs):
    with Store(tmp_path / "d.duckdb", batch_docs=3) as store:
        stats = store.add([docs[0], docs[1], docs[0], docs[2], docs[1]], pipeline_version="v1")
        assert (stats.added, stats.skipped) == (3, 2)
        assert store.counts()["documents"] == 3


def test_store_reanalyze_replaces_only_other_versions(tmp_path, docs):
    path = tmp_path / "r.duckdb"
    with Store(path, batch_docs=7) as store:
        store.add(docs[:20], pipeline_version="v1")
        reference = snapshot(store.con)
        # without --reanalyze a new version changes nothing
        assert store.add(docs[:20], pipeline_version="v2").skipped == 20
        # with it, every document is rewritten under v2 and nothing is duplicated
        stats = store.add(docs[:20], pipeline_version="v2", reanalyze=True)
        assert (stats.replaced, stats.added) == (20, 0)
        assert set(store.stored_versions().values()) == {"v2"}
        after = snapshot(store.con)
        assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in reference.items()}
        assert after["events"] == reference["events"]
        # same version again: skipped even with --reanalyze
        assert store.add(docs[:20], pipeline_version="v2", reanalyze=True).skipped == 20


def test_store_reanalyze_with_changed_output_replaces_rows(tmp_path, docs):
    from dataclasses import replace

    d = next(d for d in docs if len(d.events) >= 2)
    with Store(tmp_path / "c.duckdb") as store:
        store.add([d], pipeline_version="v1")
        fewer = replace(d, events=d.events[:1])
        store.add([fewer], pipeline_version="v2", reanalyze=True)
        assert store.counts()["events"] == 1
        assert store.counts()["event_actors"] == len(d.events[0].source) + len(d.events[0].target)


def test_store_failed_batch_rolls_back_whole_batch(tmp_path, docs, monkeypatch):
    path = tmp_path / "f.duckdb"
    with Store(path, batch_docs=10) as store:
        store.add(docs[:10], pipeline_version="v1")
        before = snapshot(store.con)
        original = R.rows_to_arrow

        def broken(table, rows):
            if table == "quotes":  # fail after documents, sections, actors ... were inserted
                raise duckdb.ConversionException("injected failure")
            return original(table, rows)

        monkeypatch.setattr("communique.store.writer.rows_to_arrow", broken)
        with pytest.raises(StoreError, match="injected failure"):
            store.add(docs[10:20], pipeline_version="v1")
        monkeypatch.undo()
        assert snapshot(store.con) == before
        # a failure that is not DuckDB's also rolls back, and the connection stays usable
        monkeypatch.setattr("communique.store.writer.rows_to_arrow",
                            lambda table, rows: (_ for _ in ()).throw(KeyError(table)))
        with pytest.raises(KeyError):
            store.add(docs[10:20], pipeline_version="v1")
    monkeypatch.undo()
    with Store(path) as store:
        # the transaction was never committed: the store is exactly as before
        assert snapshot(store.con) == before


def test_store_errors_recorded_once_per_source_and_message(tmp_path, docs):
    with Store(tmp_path / "e.duckdb") as store:
        errors = [("a.txt", None, "file is empty"), ("b.html", "events.v1", "boom")]
        store.add(docs[:2], pipeline_version="v1", errors=lambda: list(errors))
        store.add([], pipeline_version="v1", errors=lambda: list(errors))
        rows = store.con.execute("SELECT source, stage, message FROM errors ORDER BY source").fetchall()
    assert rows == [("a.txt", None, "file is empty"), ("b.html", "events.v1", "boom")]


def test_store_migrations_are_numbered_and_recorded(tmp_path):
    assert [m[0] for m in migrations()] == list(range(1, SCHEMA_VERSION + 1))
    con = connect(tmp_path / "m.duckdb")
    versions = con.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall()
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    con.close()
    assert [v for v, _ in versions] == list(range(1, SCHEMA_VERSION + 1))
    assert "event_dyads" in views
    # opening again applies nothing new
    con = connect(tmp_path / "m.duckdb")
    assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_store_migrates_an_old_store(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, name VARCHAR, applied_at TIMESTAMP)")
    con.execute(migrations()[0][2])
    con.execute("INSERT INTO schema_version VALUES (1, 'schema.sql', now()::TIMESTAMP)")
    con.close()
    with pytest.raises(StoreError, match="open it once for writing"):
        connect(path, read_only=True)
    connect(path).close()
    con = connect(path, read_only=True)
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_store_refuses_newer_schema(tmp_path):
    path = tmp_path / "new.duckdb"
    connect(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (99, 'migrate_099_future.sql', now()::TIMESTAMP)")
    con.close()
    with pytest.raises(StoreError, match="schema version 99"):
        connect(path)


@pytest.mark.parametrize("content", [b"this is not a database", b""])
def test_store_refuses_non_database_file(tmp_path, content):
    path = tmp_path / "bad.duckdb"
    path.write_bytes(content * 100 if content else b"\x00" * 10)
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(path)


def test_store_corpus_on_missing_file_says_how_to_create(tmp_path):
    with pytest.raises(StoreError, match="communique ingest"):
        Corpus(tmp_path / "nothing.duckdb")


# -- Parquet ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def exported(tmp_path_factory, store_path):
    out = tmp_path_factory.mktemp("export") / "parquet"
    con = connect(store_path, read_only=True)
    counts = export_parquet(con, out)
    con.close()
    return out, counts


def test_store_export_layout_is_partitioned_by_month(exported, docs):
    out, counts = exported
    assert sorted(p.name for p in out.iterdir()) == sorted(R.TABLES)
    months = {p.name for p in (out / "documents").iterdir()}
    expected = {f"published_month={R.published_month(d)}" for d in docs}
    assert months == expected and "published_month=unknown" in months
    for table in R.TABLES:
        files = list((out / table).glob("published_month=*/part-*.parquet"))
        assert files, table
        assert sum(pq.ParquetFile(f).metadata.num_rows for f in files) == counts[table]
        for f in files:
            assert pq.read_schema(f).names == list(R.columns(table)), f
    # every event of a document is in its document's month
    d = next(d for d in docs if d.published and d.events)
    month_dir = out / "events" / f"published_month={R.published_month(d)}"
    ids = set(pq.read_table(month_dir).column("doc_id").to_pylist())
    assert d.id in ids


def test_store_export_refuses_non_empty_folder(exported, store_path):
    out, _ = exported
    con = connect(store_path, read_only=True)
    try:
        with pytest.raises(StoreError, match="not empty"):
            export_parquet(con, out)
    finally:
        con.close()


def test_store_parquet_round_trip_equals_store(exported, store_path, tmp_path):
    out, _ = exported
    with Store(tmp_path / "loaded.duckdb") as loaded:
        added = load_parquet(loaded, out)
        assert added["documents"] == N_DOCS
        copy = snapshot(loaded.con)
        # loading again adds nothing
        assert all(n == 0 for n in load_parquet(loaded, out).values())
    con = connect(store_path, read_only=True)
    original = snapshot(con, exclude={"errors": ("at",)})
    con.close()
    with Store(tmp_path / "loaded.duckdb") as loaded:
        assert snapshot(loaded.con, exclude={"errors": ("at",)}) == original
    assert copy == snapshot(connect(store_path, read_only=True))


def test_store_load_parquet_rejects_other_folders(tmp_path):
    (tmp_path / "x").mkdir()
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(StoreError, match="no documents/ folder"):
            load_parquet(store, tmp_path / "x")


def test_store_document_round_trip(store_path, docs):
    with Corpus(store_path) as corpus:
        for d in docs[:25]:
            assert corpus.document(d.id).to_dict() == d.to_dict()
        with pytest.raises(StoreError, match="no document"):
            corpus.document("0" * 16)
        summary = json.loads(corpus.sql("SELECT summary FROM documents LIMIT 1")["summary"][0])
    assert summary == {}


@pytest.mark.issue(15)
def test_store_reanalyze_replaces_extension_rows(tmp_path, docs):
    from dataclasses import replace

    d = next(d for d in docs if d.extensions.get("first_mentions"))
    with Store(tmp_path / "x.duckdb") as store:
        store.add([d], pipeline_version="v1")
        before = store.counts()["extensions"]
        assert before == len(d.extensions["first_mentions"]) + 1
        store.add([replace(d, extensions={"casualties": [{"start": 0, "end": 3, "count": None}]})],
                  pipeline_version="v2", reanalyze=True)
        rows = store.con.execute('SELECT name, item, "start", "end", data FROM extensions').fetchall()
    assert [(n, i, s, e, json.loads(x)) for n, i, s, e, x in rows] == [
        ("casualties", 0, 0, 3, {"start": 0, "end": 3, "count": None})]
