"""Event clusters and stories as a Spark job over the Spark runner's output (the store's
tables as Parquet, ``OUTPUT/<table>/published_month=.../*.parquet``).

    >>> from communique.runners.spark_stories import cluster_spark
    >>> result = cluster_spark("out/", spark=spark)      # writes out/event_links, out/stories, ...
    >>> result.story_documents[:3]

The job runs the rules of ``store.linking`` (the same functions as the embedded store):

1. the rows of ``documents``, ``events``, ``event_actors`` and ``doc_actors`` are grouped
   per document (``RDD.groupWith``) and turned into event mentions and MinHash sketches;
2. event mentions are grouped by blocking key and compared inside each block
   (``linking.event_links``), exactly as the embedded store compares them;
3. sketches are grouped by LSH band bucket (the banding that ``pyspark.ml``'s
   ``MinHashLSH`` does, with the signatures of ``store.minhash`` so that both paths see
   the same candidates); candidate pairs within ``STORY_WINDOW_DAYS`` plus the pairs that
   share an event are decided by ``linking.same_story``;
4. the links (small next to the documents) are collected and their connected components
   computed by ``stories.assign_components``.

The result equals ``communique cluster`` on a store holding the same rows (tested in
local mode). Written as Parquet under ``OUTPUT``: ``event_links``, ``story_links``,
``event_cluster_mentions``, ``story_documents``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from ..store import linking, minhash
from ..store.stories import assign_components

logger = logging.getLogger(__name__)


@dataclass
class SparkClusters:
    event_links: list[tuple[str, str, str, str]]
    story_links: list[tuple[str, str, float, int]]
    event_cluster_mentions: list[tuple[str, str, str]]
    story_documents: list[tuple[str, str]]


def _doc_input(item) -> dict[str, Any]:
    doc_id, (docs, events, event_actors, doc_actors) = item
    doc = dict(next(iter(docs)))
    return {"id": doc_id, "published": doc.get("published"), "publisher": doc.get("publisher"),
            "title": doc.get("title"), "text": doc.get("text"), "events": [dict(e) for e in events],
            "event_actors": [dict(x) for x in event_actors], "doc_actors": [dict(a) for a in doc_actors]}


def _band_pairs(members) -> list[tuple[str, str]]:
    dated = sorted(members, key=lambda s: (s[1], s[0]))
    out = []
    for i, (a, day_a) in enumerate(dated):
        for b, day_b in dated[i + 1:]:
            if day_b - day_a > linking.STORY_WINDOW_DAYS:
                break
            if a != b:
                out.append((min(a, b), max(a, b)))
    return out


def _decide(item) -> list[tuple[str, str, float, int]]:
    (a, b), (shared, sa, sb) = item
    linked, sim = linking.same_story(sa, sb, shared)
    return [(a, b, round(sim, 6), int(shared))] if linked else []


def cluster_spark(output: str, spark, write: bool = True) -> SparkClusters:
    """Cluster the store tables under ``output`` (the Spark runner's layout) with ``spark``.

    Args:
        output: the folder (or URI) the Spark runner or ``communique export`` wrote.
        spark: a ``SparkSession``.
        write: also write the result tables as Parquet under ``output``.
    """
    def table(name: str, *cols: str):
        return spark.read.parquet(f"{output.rstrip('/')}/{name}").select(*cols)

    docs = table("documents", "id", "published", "publisher", "title", "text").rdd.map(lambda r: (r["id"], r.asDict()))
    events = table("events", "doc_id", "event_id", "type", "quad_class", "date", "location").rdd \
        .map(lambda r: (r["doc_id"], r.asDict()))
    event_actors = table("event_actors", "doc_id", "event_id", "role", "actor_id", "key").rdd \
        .map(lambda r: (r["doc_id"], r.asDict()))
    doc_actors = table("doc_actors", "doc_id", "actor_id", "key", "country").rdd.map(lambda r: (r["doc_id"], r.asDict()))
    inputs = docs.groupWith(events, event_actors, doc_actors).filter(lambda kv: len(kv[1][0]) > 0) \
        .map(_doc_input).persist()

    mentions = inputs.flatMap(linking.mentions_of)
    links = mentions.flatMap(lambda m: [(b, m) for b in m.blocks()]).groupByKey() \
        .flatMap(lambda kv: linking.event_links(list(kv[1]))).distinct().persist()

    sketches = inputs.map(linking.sketch_of).map(lambda s: (s.doc_id, s)).persist()
    band_pairs = sketches.filter(lambda kv: kv[1].day is not None) \
        .flatMap(lambda kv: [(bucket, (kv[0], kv[1].day)) for bucket in minhash.buckets(kv[1].signature)]) \
        .groupByKey().flatMap(lambda kv: _band_pairs(list(kv[1])))
    shared = links.filter(lambda x: x[0] != x[2]).map(lambda x: ((min(x[0], x[2]), max(x[0], x[2])), 1)) \
        .reduceByKey(lambda a, b: a + b)
    candidates = band_pairs.map(lambda p: (p, 0)).union(shared).reduceByKey(max)
    story_links = candidates.map(lambda kv: (kv[0][0], (kv[0][1], kv[1]))).join(sketches) \
        .map(lambda kv: (kv[1][0][0], (kv[0], kv[1][0][1], kv[1][1]))).join(sketches) \
        .map(lambda kv: ((kv[1][0][0], kv[0]), (kv[1][0][1], kv[1][0][2], kv[1][1]))) \
        .flatMap(_decide)

    event_list = sorted(links.collect())
    story_list = sorted(story_links.collect())
    mentions_out, documents_out = assign_components(event_list, [(a, b) for a, b, _, _ in story_list])
    inputs.unpersist()
    links.unpersist()
    sketches.unpersist()
    result = SparkClusters(event_list, story_list, mentions_out, documents_out)
    if write:
        _write(spark, output, result)
    logger.info("spark clustering: %d event links, %d story links", len(event_list), len(story_list))
    return result


def _write(spark, output: str, result: SparkClusters) -> None:
    from pyspark.sql.types import DoubleType, IntegerType, StringType, StructField, StructType

    def schema(*cols):
        return StructType([StructField(n, t, True) for n, t in cols])

    s = StringType()
    frames = {
        "event_links": (result.event_links, schema(("a_doc", s), ("a_event", s), ("b_doc", s), ("b_event", s))),
        "story_links": (result.story_links, schema(("a_doc", s), ("b_doc", s), ("text_similarity", DoubleType()),
                                                   ("shared_events", IntegerType()))),
        "event_cluster_mentions": (result.event_cluster_mentions, schema(("cluster_id", s), ("doc_id", s),
                                                                         ("event_id", s))),
        "story_documents": (result.story_documents, schema(("story_id", s), ("doc_id", s))),
    }
    for name, (rows, sch) in frames.items():
        spark.createDataFrame(rows, sch).write.mode("overwrite").parquet(f"{output.rstrip('/')}/{name}")
