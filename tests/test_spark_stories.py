"""The clustering as a Spark job (local mode) gives exactly the embedded store's links,
event clusters and stories on the same rows (issue 20)."""

from __future__ import annotations

import pytest

from communique.store import Store, export_parquet
from communique.store.stories import update_stories
from communique.testing.stories import story_corpus

pytestmark = [pytest.mark.slow, pytest.mark.issue(20)]


def test_spark_stories_equal_embedded(tmp_path):
    pytest.importorskip("pyspark")
    from communique.runners.spark import spark_session
    from communique.runners.spark_stories import cluster_spark

    out = tmp_path / "out"
    with Store(tmp_path / "s.duckdb", search_index=False) as store:
        store.add(story_corpus().documents, pipeline_version="test")
        export_parquet(store.con, str(out))
        update_stories(store.con)
        con = store.con
        expected_events = sorted(con.execute("SELECT * FROM event_links").fetchall())
        expected_stories = sorted(con.execute("SELECT * FROM story_links").fetchall())
        expected_mentions = sorted(con.execute("SELECT * FROM event_cluster_mentions").fetchall())
        expected_documents = sorted(con.execute("SELECT * FROM story_documents").fetchall())
    spark = spark_session("local[2]")
    try:
        result = cluster_spark(str(out), spark)
        assert spark.read.parquet(str(out / "story_documents")).count() == len(expected_documents)
    finally:
        spark.stop()
    assert result.event_links == expected_events
    assert result.story_links == expected_stories
    assert result.event_cluster_mentions == expected_mentions
    assert result.story_documents == expected_documents
    assert len({s for s, _ in expected_documents}) == 13
