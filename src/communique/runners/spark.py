"""The communique pipeline as a Spark job: table files in, the store's tables out
as partitioned Parquet, in exactly the layout of ``communique export``.

    >>> from communique.runners.spark import run_spark
    >>> report = run_spark("news.jsonl", "out/", master="local[2]")
    >>> report.rows["events"]

How it runs:

1. ``spark_input.read_prepared`` turns every input row into a record (or an
   input error) with ``ingest``'s rules; records with the same text (content
   id) keep the first in input order, as ``ingest`` skips a stored hash.
2. ``mapInPandas`` runs ``analyze_batches`` on every partition: the executor's
   Python worker builds the ``Pipeline`` once (``get_pipeline`` caches it, and
   Spark reuses Python workers across tasks), streams the partition's records
   through ``Pipeline.pipe`` (one batched ``nlp.pipe`` pass) and turns each
   ``Document`` into store rows with ``store.rows.document_rows``, the same
   function the DuckDB writer uses. Rows of every table travel in one wide
   DataFrame (``_table`` says which), persisted once.
3. Each table is written with ``partitionBy("published_month")`` to
   ``OUTPUT/<table>/published_month=YYYY-MM/part-*.parquet``; ``actors`` keeps
   the row of the first document per key; an empty table gets one empty file
   under ``published_month=unknown``, as the export does.

Per-document failures become ``errors`` rows (source, stage, message, at); the
job carries on. The entry point ``python -m communique.runners.spark`` (or
``spark-submit .../communique/runners/spark_submit.py``) takes the same
arguments as ``communique spark``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import logging
import math
import os
import re
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import CommuniqueError, ConfigError, StoreError
from ..ingest.records import Record
from ..store.rows import TABLES, UNKNOWN_MONTH, columns, document_rows, published_month

logger = logging.getLogger(__name__)

DEFAULT_MASTER = "local[*]"
#: Documents in one Arrow batch handed to ``mapInPandas``: bounds executor memory (texts plus
#: their rows) while keeping ``nlp.pipe`` batches full.
ARROW_BATCH_DOCS = 64
#: Documents analysed before their rows are handed back to Spark as one pandas frame.
OUTPUT_BATCH_DOCS = 64
#: Partitions per core at least, so that one slow partition does not leave cores idle.
PARTITIONS_PER_CORE = 2
#: Largest partition on big corpora (documents): bounds the cost of a retried task.
MAX_DOCS_PER_PARTITION = 2_000
#: Settings for a local (single machine) session; a cluster's own configuration wins there.
LOCAL_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.driver.memory": "1g",
    "spark.sql.shuffle.partitions": "8",
    "spark.sql.adaptive.enabled": "false",
}
#: Settings every session gets: layout and types of the written files.
JOB_CONF = {
    "spark.sql.execution.arrow.maxRecordsPerBatch": str(ARROW_BATCH_DOCS),
    "spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS",
    "spark.sql.session.timeZone": "UTC",
    "spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs": "false",
    "spark.python.worker.reuse": "true",
}
#: Extra columns of the wide DataFrame; no store column has these names.
TABLE_COL, ORDER_COL, MONTH_COL = "_table", "_order", "published_month"


def wide_columns() -> list[tuple[str, str]]:
    """Union of every table's columns with its DuckDB type (same name, same type everywhere)."""
    seen: dict[str, str] = {}
    for table, cols in TABLES.items():
        for name, kind in cols:
            if seen.setdefault(name, kind) != kind:
                raise ConfigError(f"column {name!r} has type {seen[name]} in one table and {kind} in "
                                  f"{table}; the Spark runner needs one type per column name")
    if {TABLE_COL, ORDER_COL, MONTH_COL} & set(seen):
        raise ConfigError(f"a store column is named like a Spark runner column ({TABLE_COL}, {ORDER_COL}, "
                          f"{MONTH_COL})")
    return list(seen.items())


def _spark_type(kind: str):
    from pyspark.sql import types as T

    return {"VARCHAR": T.StringType(), "JSON": T.StringType(), "INTEGER": T.IntegerType(),
            "DOUBLE": T.DoubleType(), "DATE": T.DateType(), "TIMESTAMP": T.TimestampNTZType()}[kind]


def wide_schema():
    """Spark schema of what ``analyze_batches`` yields."""
    from pyspark.sql import types as T

    fields = [T.StructField(TABLE_COL, T.StringType()), T.StructField(ORDER_COL, T.LongType()),
              T.StructField(MONTH_COL, T.StringType())]
    fields += [T.StructField(name, _spark_type(kind)) for name, kind in wide_columns()]
    return T.StructType(fields)


def table_schema(table: str):
    from pyspark.sql import types as T

    return T.StructType([T.StructField(name, _spark_type(kind)) for name, kind in TABLES[table]])


def _frame(rows: list[dict[str, Any]], names: list[str]):
    import pandas as pd

    return pd.DataFrame({n: pd.Series([r.get(n) for r in rows], dtype=object) for n in names})


def analyze_batches(batches: Iterable[Any], pipeline_kwargs: dict[str, Any], ingested_at: _dt.datetime,
                    batch_size: int | None = None) -> Iterator[Any]:
    """The ``mapInPandas`` function: prepared records in, wide store rows out.

    Input frames have ``kind, order, doc_id, text, source, meta, message``; input
    errors (``kind == "error"``) pass through as ``errors`` rows.
    """
    from ..pipeline import Failure, get_pipeline

    names = [f.name for f in wide_schema().fields]
    pipeline = get_pipeline(**pipeline_kwargs)  # once per Python worker process
    orders: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    failures: list[Failure] = []

    def error_row(source: str | None, stage: str | None, message: str, order: int = 0) -> dict[str, Any]:
        return {TABLE_COL: "errors", ORDER_COL: order, MONTH_COL: UNKNOWN_MONTH, "source": source,
                "stage": stage, "message": message, "at": ingested_at}

    def records() -> Iterator[Record]:
        for frame in batches:
            for kind, order, doc_id, text, source, meta, message in zip(
                    frame["kind"], frame["order"], frame["doc_id"], frame["text"], frame["source"],
                    frame["meta"], frame["message"]):
                if kind == "error":
                    out.append(error_row(source, None, message, int(order)))
                    continue
                orders[doc_id] = int(order)
                yield Record(text, source, json.loads(meta))

    done = 0
    for document in pipeline.pipe(records(), batch_size, on_error=failures.append):
        order = orders.pop(document.id)
        month = published_month(document)
        for table, rows in document_rows(document, pipeline.version, ingested_at).items():
            for row in rows:
                row[TABLE_COL], row[ORDER_COL] = table, order
                row[MONTH_COL] = UNKNOWN_MONTH if table == "actors" else month
                out.append(row)
        for failure in failures:
            out.append(error_row(failure.source, failure.stage, failure.reason))
        failures.clear()
        done += 1
        if done % OUTPUT_BATCH_DOCS == 0:
            yield _frame(out, names)
            out.clear()
    out.extend(error_row(f.source, f.stage, f.reason) for f in failures)
    if out:
        yield _frame(out, names)


@dataclass
class SparkReport:
    """What one job did: records read, documents analysed, rows written per table."""

    records: int = 0
    duplicates: int = 0
    documents: int = 0
    errors: int = 0
    partitions: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of read, analyse, write


def spark_session(master: str | None = DEFAULT_MASTER, conf: dict[str, str] | None = None,
                  app_name: str = "communique"):
    """A ``SparkSession``; a local master gets ``LOCAL_CONF`` (no UI, 1 GB driver) and the
    executors' Python is this interpreter unless ``PYSPARK_PYTHON`` says otherwise."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    settings = dict(JOB_CONF)
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
            settings = {**LOCAL_CONF, **settings}
    for key, value in {**settings, **(conf or {})}.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


_ERROR_LINE = re.compile(r"^(?:[A-Za-z_][\w]*\.)*[A-Za-z_]\w*(?:Error|Exception|Exit): .+")


def _python_error(err: Exception) -> str:
    """The executor's own error line out of a Spark job failure (else its first line)."""
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    found = [line for line in lines if _ERROR_LINE.match(line) and not line.startswith(("org.apache", "py4j"))]
    return (found[-1] if found else lines[0] if lines else type(err).__name__)[:500]


def _check_output(output: str, overwrite: bool) -> None:
    if "://" in output and not output.startswith("file://"):
        return  # remote: Spark's save mode decides
    out = Path(output.removeprefix("file://"))
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise StoreError(f"{out}: folder is not empty; choose another or pass --overwrite")


def _uri(output: str, *parts: str) -> str:
    return "/".join([output.rstrip("/"), *parts])


def run_spark(source: str, output: str, master: str | None = DEFAULT_MASTER, *, spark=None,
              fmt: str | None = None, partitions: int | None = None, overwrite: bool = False,
              options: dict[str, Any] | None = None, model: str | None = None,
              batch_size: int | None = None, conf: dict[str, str] | None = None,
              stages: str | Iterable[str] | None = None) -> SparkReport:
    """Analyse every record of ``source`` on Spark and write the store's tables to ``output``.

    Args:
        source: a .jsonl/.ndjson/.csv/.parquet file, a local folder of them, or a remote URI.
        output: the output folder (local path or URI); must be empty unless ``overwrite``.
        master: Spark master (``local[*]``, ``spark://host:7077``, ``yarn``); ``None`` keeps
            what ``spark-submit`` configured.
        spark: an existing ``SparkSession`` to use instead of building one.
        fmt: input format for remote URIs without a telling extension.
        partitions: analysis partitions (default: ``PARTITIONS_PER_CORE`` per core, more on
            large corpora so none holds more than ``MAX_DOCS_PER_PARTITION`` documents).
        options, model, stages: as for ``Pipeline`` (stage options such as ``kb_paths``;
            "md"/"sm"; stage names, ``default`` for the default ones). Stage names and options
            are checked here, before the job starts; a plugin stage must be installed on the
            executors as well.
        batch_size: documents per ``nlp.pipe`` batch (default: the settings' ``nlp_batch_size``).
        conf: extra Spark settings.
    """
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from ..pipeline import check_pipeline, expand_stage_names
    from .spark_input import read_prepared

    check_pipeline(stages, options)  # a typo fails here, not in every executor
    _check_output(output, overwrite)
    spark = spark or spark_session(master, conf)
    for key, value in JOB_CONF.items():
        if not key.startswith(("spark.hadoop.", "spark.python.")):
            spark.conf.set(key, value)
    report = SparkReport()
    clock = time.perf_counter()
    prepared = read_prepared(spark, source, fmt).persist(StorageLevel.MEMORY_AND_DISK)
    first = Window.partitionBy("doc_id").orderBy("order")
    docs = (prepared.filter(F.col("kind") == "doc").withColumn("_n", F.row_number().over(first))
            .filter(F.col("_n") == 1).drop("_n"))
    bad = prepared.filter(F.col("kind") == "error")
    kinds = dict(prepared.groupBy("kind").count().collect())
    report.records = kinds.get("doc", 0)
    n_docs = docs.count()
    report.duplicates = report.records - n_docs
    cores = spark.sparkContext.defaultParallelism
    report.partitions = partitions or max(1, cores * PARTITIONS_PER_CORE,
                                          math.ceil(n_docs / MAX_DOCS_PER_PARTITION))
    report.seconds["read"] = time.perf_counter() - clock
    logger.info("spark: %d record(s), %d duplicate(s), %d input error(s), %d partition(s)",
                report.records, report.duplicates, kinds.get("error", 0), report.partitions)

    pipeline_kwargs = {"options": dict(options or {}), "model": model}
    if stages is not None:
        pipeline_kwargs["stages"] = expand_stage_names(stages)
    ingested_at = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None, microsecond=0)

    def analyze(batches):
        return analyze_batches(batches, pipeline_kwargs, ingested_at, batch_size)

    work = docs.repartition(report.partitions).unionByName(bad)
    with warnings.catch_warnings():  # pyspark 4.x warns about pandas 3 on every call; the test covers it
        warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas", FutureWarning)
        analyzed = work.mapInPandas(analyze, wide_schema()).persist(StorageLevel.MEMORY_AND_DISK)
    clock = time.perf_counter()
    try:
        counts = dict(analyzed.groupBy(TABLE_COL).count().collect())
    except Exception as err:  # py4j / pyspark wrap the executor's Python error in pages of Java
        analyzed.unpersist()
        prepared.unpersist()
        raise CommuniqueError(f"the Spark job failed: {_python_error(err)}") from None
    report.seconds["analyse"] = time.perf_counter() - clock
    clock = time.perf_counter()
    mode = "overwrite" if overwrite else "errorifexists"
    for table in TABLES:
        rows = analyzed.filter(F.col(TABLE_COL) == table)
        if table == "actors":
            by_key = Window.partitionBy("key").orderBy(ORDER_COL)
            rows = rows.withColumn("_n", F.row_number().over(by_key)).filter(F.col("_n") == 1)
            counts[table] = rows.count() if counts.get(table) else 0
        report.rows[table] = counts.get(table, 0)
        cols = [F.col(c) for c in columns(table)]
        if report.rows[table]:
            rows.select(*cols, F.col(MONTH_COL)).write.mode(mode).partitionBy(MONTH_COL) \
                .parquet(_uri(output, table))
        else:  # like the export: an empty table still has a file with its columns
            spark.createDataFrame([], table_schema(table)).coalesce(1).write.mode(mode) \
                .parquet(_uri(output, table, f"{MONTH_COL}={UNKNOWN_MONTH}"))
    report.seconds["write"] = time.perf_counter() - clock
    report.documents = report.rows.get("documents", 0)
    report.errors = report.rows.get("errors", 0)
    analyzed.unpersist()
    prepared.unpersist()
    logger.info("spark: wrote %s to %s (seconds: %s)", report.rows, output,
                {k: round(v, 1) for k, v in report.seconds.items()})
    return report


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m communique.runners.spark",
                                     description="Run communique on Spark; write the store's tables "
                                                 "as partitioned Parquet (the layout of `communique export`).")
    parser.add_argument("input", help=".jsonl/.ndjson/.csv/.parquet file, folder of them, or URI")
    parser.add_argument("output", help="output folder or URI")
    parser.add_argument("--master", default=None,
                        help="Spark master (default: what spark-submit set, else local[*])")
    parser.add_argument("--format", dest="fmt", choices=("jsonl", "csv", "parquet"), default=None)
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--model", choices=("md", "sm"), default=None)
    parser.add_argument("--kb", action="append", default=[], help="extra actor YAML file (repeatable)")
    parser.add_argument("--discard", action="append", default=[], metavar="PHRASE",
                        help="phrase whose sentences yield no events (repeatable)")
    parser.add_argument("--stages", default=None, metavar="NAMES",
                        help="comma-separated stage names; `default` stands for the default stages")
    parser.add_argument("--resources", dest="resource_dirs", action="append", default=[], metavar="DIR",
                        help="directory of resource files overriding the packaged ones (repeatable; "
                             "it must be readable on every executor)")
    parser.add_argument("--option", dest="option_items", action="append", default=[], metavar="KEY=VALUE",
                        help="pipeline or stage option (repeatable; VALUE as JSON when it parses)")
    parser.add_argument("--overwrite", action="store_true")
    parser.add_argument("--conf", action="append", default=[], help="KEY=VALUE Spark setting (repeatable)")
    return parser.parse_args(argv)


def parse_conf(items: Iterable[str]) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--conf {item!r}: expected KEY=VALUE")
        out[key.strip()] = value
    return out


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m communique.runners.spark`` and ``spark_submit.py``."""
    from ..options import pipeline_options
    from ..errors import CommuniqueError

    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    master = args.master
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        master = DEFAULT_MASTER
    try:
        options = pipeline_options(args.kb, args.discard, args.option_items, args.resource_dirs) or None
        report = run_spark(args.input, args.output, master, fmt=args.fmt, partitions=args.partitions,
                           overwrite=args.overwrite, model=args.model, options=options, stages=args.stages,
                           conf=parse_conf(args.conf))
    except CommuniqueError as err:
        logger.error("%s", err)
        return 1
    logger.info("analysed %d document(s), %d error(s); rows: %s", report.documents, report.errors, report.rows)
    return 0 if report.documents else 1


if __name__ == "__main__":
    sys.exit(main())
