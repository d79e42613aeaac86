"""The corpus store: one DuckDB file, written in transactional batches, queried by
``Corpus``, exported as partitioned Parquet.

Public API::

    from communique.store import Store, Corpus, export_parquet, load_parquet, document_rows

    with Store("corpus.duckdb") as store:            # opens and migrates (schema_version table)
        stats = store.ingest(["articles/"], workers=2) # read, skip stored ids, analyse, write
        store.add(documents, reanalyze=False)          # or write already analysed Documents
        export_parquet(store.con, "export/")           # DIR/<table>/published_month=YYYY-MM/part-*.parquet
        load_parquet(store, "spark-output/")           # the same layout back into a store

    corpus = Corpus("corpus.duckdb")                   # read-only queries -> pandas / polars
    corpus.events(source="RUS", target="UKR", type="ASSAULT", since="2024-01-01")
    corpus.search('ceasefire "Black Sea"', limit=10)  # BM25 over the index built at ingest

- ``rows.document_rows(document, pipeline_version)`` is the single Document ->
  table rows conversion (DuckDB writer, Parquet export, Spark runner);
  ``rows.TABLES`` lists each table's columns and types.
- Identity and idempotence: a document's id is the hash of its text; stored ids
  are skipped before analysis; ``reanalyze=True`` re-analyses documents stored by
  another pipeline version and replaces their rows atomically.
- Crash safety: each batch of documents is one transaction (``Store.batch_docs``).
- Full-text search: ``store.search`` (DuckDB's ``fts`` extension from its pip package,
  BM25 index rebuilt by the writer after each ingest that wrote documents; substring
  matching when the extension or the index is missing).
- Parquet layout: ``DIR/<table>/published_month=YYYY-MM/part-*.parquet``
  (``published_month=unknown`` without a date; ``actors`` and ``errors`` always
  ``unknown``), files hold exactly the table's columns. See ``store.parquet``.
"""

from __future__ import annotations

from .corpus import Corpus
from .db import DEFAULT_DB, SCHEMA_VERSION, connect
from .parquet import export_parquet, load_parquet
from .rows import QUAD_CLASS, TABLES, document_rows, published_month, rows_to_arrow
from .writer import DEFAULT_BATCH_DOCS, IngestStats, Store, default_pipeline_version

__all__ = ["Store", "Corpus", "IngestStats", "export_parquet", "load_parquet", "document_rows",
           "published_month", "rows_to_arrow", "TABLES", "QUAD_CLASS", "SCHEMA_VERSION", "DEFAULT_DB",
           "DEFAULT_BATCH_DOCS", "connect", "default_pipeline_version"]
