"""The Spark runner: input rows prepared with ingest's rules, and (slow, local mode)
the Spark job's Parquet equal to what `ingest` + `export` write for the same files."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest

from communique.ingest.base import rows_to_records
from communique.runners.spark import TABLE_COL, wide_columns
from communique.runners.spark_input import ROW_BITS, list_inputs, prepare_row
from communique.settings import SETTINGS
from communique.store.rows import TABLES

# Rows written for these tests: with an id, with a url, with neither, with CRLF
# line ends, null-ish values, and rows that must be refused.
ROWS = [
    {"text": "Kenya and Qatar signed a port agreement on Monday.", "id": "k1", "title": "Ports"},
    {"text": "Poland recalled its ambassador.", "url": "https://example.org/pl", "id": 7},
    {"text": "The talks resumed in Oslo.\r\nNo statement followed.", "publisher": None},
    {"text": "Brazil hosted the summit.", "published": "2024-03-02", "score": math.nan},
    {"text": "   \n ", "id": "blank"},
    {"text": "", "id": "empty"},
    {"title": "no text column"},
    {"text": 42, "id": "number"},
]


def _ingest_view(rows):
    errors = []
    records = list(rows_to_records(rows, "in.jsonl", SETTINGS, errors.append))
    return ([(r.text, r.source, r.meta) for r in records], [(e.source, e.reason) for e in errors])


def _spark_view(rows):
    docs, errors = [], []
    for n, row in enumerate(rows, 1):
        kind, order, doc_id, text, source, meta, message = prepare_row(row, "in.jsonl", n, n)
        assert order == n
        if kind == "doc":
            docs.append((text, source, json.loads(meta)))
        else:
            errors.append((source, message))
    return docs, errors


@pytest.mark.parametrize("cut", range(1, len(ROWS) + 1))
def test_spark_prepare_row_matches_ingest(cut):
    rows = ROWS[:cut]
    assert _spark_view(rows) == _ingest_view(rows)


def test_spark_prepare_row_keeps_content_id_of_normalised_text():
    from communique.document import content_id

    kind, _, doc_id, text, *_ = prepare_row({"text": "A\r\nB"}, "x.csv", 1, 1)
    assert (kind, text, doc_id) == ("doc", "A\nB", content_id("A\nB"))


def test_spark_wide_columns_cover_every_table_once():
    names = [name for name, _ in wide_columns()]
    assert len(names) == len(set(names))
    for table, cols in TABLES.items():
        assert {c for c, _ in cols} <= set(names), table
    assert TABLE_COL not in names


def test_spark_list_inputs_walks_tables_in_ingest_order(tmp_path):
    for name in ("b.csv", "a.jsonl", "notes.txt", "sub/c.parquet", ".hidden.jsonl"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("text\nx\n")
    found = [(Path(name).name, kind) for name, _, kind in list_inputs(str(tmp_path))]
    assert found == [("a.jsonl", "jsonl"), ("b.csv", "csv"), ("c.parquet", "parquet")]


@pytest.mark.parametrize("source", ["hdfs://nn/news/part.bin", "s3a://bucket/folder/"])
def test_spark_list_inputs_refuses_remote_input_of_unknown_format(source):
    from communique.errors import ConfigError

    with pytest.raises(ConfigError, match="--format"):
        list_inputs(source)
    assert list_inputs(source, "parquet") == [(source, source, "parquet")]


def test_spark_order_numbers_files_above_rows():
    assert (1 << ROW_BITS) > 10 ** 12  # room for any file's row count


# -- the job itself, in local mode ----------------------------------------------------


def _write_corpus(folder: Path) -> None:
    from communique.testing.corpus import generate_records

    records = generate_records(10, seed=23)
    folder.mkdir()
    with (folder / "a.jsonl").open("w", encoding="utf-8") as f:
        for i, r in enumerate(records[:6]):
            row = {"text": r.text, "id": f"doc{i}", "title": r.meta["title"],
                   "published": r.meta["published"], "publisher": r.meta["publisher"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
        f.write(json.dumps({"text": "  ", "id": "blank"}) + "\n")  # an input error
    with (folder / "b.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ["url", "title", "published", "text"])
        writer.writeheader()
        for r in records[6:]:
            writer.writerow({"url": r.meta["url"], "title": r.meta["title"],
                             "published": r.meta["published"] or "", "text": r.text})
        writer.writerow({"url": "https://example.org/again", "title": "repeat", "published": "",
                         "text": records[0].text})  # same text as doc0: the first one wins


def _rows(out: Path, table: str) -> list[tuple]:
    import duckdb

    skip = {"ingested_at", "at"}
    cols = [c for c, _ in TABLES[table] if c not in skip] + ["published_month"]
    sql = (f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM read_parquet("
           f"'{out / table}/**/*.parquet', hive_partitioning = true, union_by_name = true)")
    return sorted(duckdb.connect().execute(sql).fetchall(), key=repr)


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    from communique.runners.spark import spark_session

    session = spark_session("local[2]", app_name="communique-tests")
    yield session
    session.stop()


@pytest.mark.slow
@pytest.mark.issue(9)
def test_spark_output_equals_ingest_then_export(tmp_path, spark):
    from click.testing import CliRunner

    from communique.cli import main
    from communique.runners.spark import run_spark
    from communique.store import Store

    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    report = run_spark(str(corpus), str(tmp_path / "spark"), spark=spark)
    assert (report.records, report.duplicates, report.documents) == (11, 1, 10)
    assert report.rows["mentions"] > 0 and report.rows["errors"] == 1  # not a trivial comparison

    cli = CliRunner()
    db, again = str(tmp_path / "corpus.duckdb"), str(tmp_path / "from_spark.duckdb")
    for args in (["ingest", str(corpus), "--db", db, "--workers", "1", "--quiet", "--no-search-index"],
                 ["export", str(tmp_path / "export"), "--db", db, "--format", "parquet"],
                 ["ingest", "--parquet", str(tmp_path / "spark"), "--db", again, "--quiet",
                  "--no-search-index"]):
        result = cli.invoke(main, args)
        assert result.exit_code == 0, f"{args}: {result.output}"
    for table in TABLES:
        spark_rows, export_rows = _rows(tmp_path / "spark", table), _rows(tmp_path / "export", table)
        assert len(spark_rows) == report.rows[table], table
        assert spark_rows == export_rows, table
    months = {p.name for p in (tmp_path / "spark" / "documents").iterdir()}
    assert months == {p.name for p in (tmp_path / "export" / "documents").iterdir()}
    assert all(m.startswith("published_month=") for m in months)
    with Store(db) as ingested, Store(again) as loaded:  # `ingest --parquet` of the Spark output
        assert loaded.counts() == ingested.counts()


@pytest.mark.slow
def test_spark_reads_parquet_and_refuses_a_full_output(tmp_path, spark):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from communique.errors import StoreError
    from communique.runners.spark import run_spark

    texts = ["Japan and India agreed to hold joint naval drills next spring.",
             "The European Union imposed new sanctions on Iran on Friday."]
    table = pa.table({"text": texts, "id": ["j1", "e1"], "published": [None, "2024-02-09"]})
    pq.write_table(table, tmp_path / "in.parquet")
    report = run_spark(str(tmp_path / "in.parquet"), str(tmp_path / "out"), spark=spark, partitions=1)
    assert (report.documents, report.errors, report.partitions) == (2, 0, 1)
    sources = {row[1] for row in _rows(tmp_path / "out", "documents")}
    assert sources == {f"{tmp_path / 'in.parquet'}#j1", f"{tmp_path / 'in.parquet'}#e1"}
    with pytest.raises(StoreError, match="not empty"):
        run_spark(str(tmp_path / "in.parquet"), str(tmp_path / "out"), spark=spark)


@pytest.mark.parametrize("items, expected", [
    (["spark.executor.memory=4g"], {"spark.executor.memory": "4g"}),
    (["a=b=c", " k =v"], {"a": "b=c", "k": "v"}),
    ([], {}),
])
def test_spark_parse_conf(items, expected):
    from communique.runners.spark import parse_conf

    assert parse_conf(items) == expected


@pytest.mark.parametrize("bad", ["novalue", "=x"])
def test_spark_parse_conf_refuses_malformed(bad):
    from communique.errors import ConfigError
    from communique.runners.spark import parse_conf

    with pytest.raises(ConfigError, match="KEY=VALUE"):
        parse_conf([bad])


@pytest.mark.slow
def test_spark_cli_command_writes_the_layout(tmp_path, spark):
    from click.testing import CliRunner

    from communique.cli import main

    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"text": "Turkey and Egypt agreed to reopen their embassies.",
                                  "id": "t1", "published": "2024-06-30"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["spark", str(source), str(tmp_path / "out"), "--master", "local[2]"])
    assert result.exit_code == 0, result.output
    assert "1 document(s) analysed" in result.output
    tables = {p.name for p in (tmp_path / "out").iterdir()}
    assert tables == set(TABLES)
    assert list((tmp_path / "out" / "documents").glob("published_month=*/part-*.parquet"))


@pytest.mark.slow
def test_spark_reports_an_executor_error_in_one_line(tmp_path, spark):
    from communique.errors import CommuniqueError
    from communique.runners.spark import run_spark

    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"text": "Mexico protested the decision.", "id": "m1"}) + "\n")
    missing = tmp_path / "absent_kb.yaml"  # e.g. a --kb file that was not shipped to the executors
    with pytest.raises(CommuniqueError) as caught:
        run_spark(str(source), str(tmp_path / "out"), spark=spark, options={"kb_paths": [str(missing)]})
    message = str(caught.value)
    assert message.startswith("the Spark job failed: communique.errors.LexiconError: ")
    assert str(missing) in message and "\n" not in message


@pytest.mark.parametrize("text, line", [
    ("An exception was thrown from the Python worker:\nTraceback (most recent call last):\n"
     "  File \"x.py\", line 6, in f\n    raise E()\ncommunique.errors.LexiconError: kb.yaml:3: bad",
     "communique.errors.LexiconError: kb.yaml:3: bad"),
    ("Job aborted.\nModuleNotFoundError: No module named 'spacy'\n\tat org.apache.spark.X(Y.java:1)",
     "ModuleNotFoundError: No module named 'spacy'"),
    ("Something odd happened\nwith no error line", "Something odd happened"),
])
def test_spark_python_error_picks_the_executor_line(text, line):
    from communique.runners.spark import _python_error

    assert _python_error(RuntimeError(text)) == line


def test_spark_analyze_batches_yields_the_store_rows_of_each_document(pipeline):
    import datetime as dt

    import pandas as pd

    from communique.ingest.records import Record
    from communique.runners.spark import MONTH_COL, ORDER_COL, analyze_batches
    from communique.store.rows import document_rows

    texts = ["Qatar hosted talks between the two delegations on Sunday.",
             "The United Nations condemned the shelling of the port."]
    rows = [prepare_row({"text": t, "id": f"t{i}", "published": "2024-05-0%d" % (i + 1)}, "in.jsonl", i + 1, i + 1)
            for i, t in enumerate(texts)]
    rows.append(("error", 99, None, None, "in.jsonl:3", None, "record has no text"))
    frame = pd.DataFrame(rows, columns=["kind", "order", "doc_id", "text", "source", "meta", "message"])
    at = dt.datetime(2026, 1, 2, 3, 4, 5)
    out = pd.concat(list(analyze_batches(iter([frame]), {}, at)))
    for i, text in enumerate(texts):
        meta = {"id": f"t{i}", "published": "2024-05-0%d" % (i + 1)}
        document = pipeline(Record(text, f"in.jsonl#t{i}", meta))
        expected = document_rows(document, pipeline.version, at)
        for table, table_rows in expected.items():
            got = out[(out[TABLE_COL] == table) & (out[ORDER_COL] == i + 1)]
            assert len(got) == len(table_rows), table
            for (_, row), want in zip(got.iterrows(), table_rows):
                assert {k: row[k] for k in want} == want, table
                assert row[MONTH_COL] == ("unknown" if table == "actors" else
                                          ("2024-05" if document.published else "unknown"))
    errors = out[out[TABLE_COL] == "errors"]
    assert list(errors["source"]) == ["in.jsonl:3"] and list(errors["message"]) == ["record has no text"]
