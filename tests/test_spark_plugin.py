"""The Spark runner with a plugin stage (issue 15, slow, local mode): ``--stages`` reaches the
executors and the ``extensions`` rows equal those of ``ingest`` + ``export``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.store.rows import TABLES

pytestmark = [pytest.mark.slow, pytest.mark.issue(15)]

#: Short reports written for this test, with and without casualty phrases.
TEXTS = [
    "A car bomb killed at least 9 people in the capital on Sunday, police said.",
    "Officials said 14 were wounded when the ferry capsized near the coast.",
    "Kenya and Qatar signed a port agreement on Monday.",
    "Hundreds displaced by the floods sheltered in schools, the ministry said.",
]
STAGES = "default,casualties.v1"


def _rows(out, table):
    import duckdb

    cols = [c for c, _ in TABLES[table] if c not in ("ingested_at", "at")]
    sql = (f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM read_parquet("
           f"'{out / table}/**/*.parquet', hive_partitioning = true, union_by_name = true)")
    return sorted(duckdb.connect().execute(sql).fetchall(), key=repr)


@pytest.fixture(scope="module")
def spark(casualties_plugin):
    pytest.importorskip("pyspark")
    from communique.runners.spark import spark_session

    # the executors' Python workers find the plugin through their PYTHONPATH
    session = spark_session("local[2]", {"spark.executorEnv.PYTHONPATH": str(casualties_plugin)},
                            app_name="communique-plugin-tests")
    yield session
    session.stop()


def test_spark_runner_with_a_plugin_stage_writes_extension_rows_like_ingest(tmp_path, spark):
    from communique.runners.spark import run_spark

    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps({"text": t, "id": f"n{i}", "published": "2024-05-0%d" % (i + 1)}) + "\n"
                              for i, t in enumerate(TEXTS)), encoding="utf-8")
    report = run_spark(str(source), str(tmp_path / "spark"), spark=spark, stages=STAGES,
                       options={"casualties_min_count": 2})
    assert report.documents == len(TEXTS) and report.errors == 0
    assert report.rows["extensions"] == 3

    db = str(tmp_path / "corpus.duckdb")
    for args in (["ingest", str(source), "--db", db, "--workers", "1", "--quiet", "--no-search-index",
                  "--stages", STAGES, "--option", "casualties_min_count=2"],
                 ["export", str(tmp_path / "export"), "--db", db, "--format", "parquet"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, f"{args}: {result.output}"
    for table in TABLES:
        assert _rows(tmp_path / "spark", table) == _rows(tmp_path / "export", table), table
    found = {json.loads(row[-1])["text"] for row in _rows(tmp_path / "spark", "extensions")}
    assert found == {"killed at least 9 people", "14 were wounded", "Hundreds displaced"}


def test_spark_runner_refuses_a_bad_option_before_the_job(tmp_path, spark):
    from communique.errors import ConfigError
    from communique.runners.spark import run_spark

    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"text": "Chile protested."}) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="did you mean 'casualties_min_count'"):
        run_spark(str(source), str(tmp_path / "out"), spark=spark, stages=STAGES,
                  options={"casualties_min_cont": 2})
    assert not (tmp_path / "out").exists()
