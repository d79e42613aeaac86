"""Partitioned Parquet: export a store, and load an export (or the Spark runner's output).

Layout (written identically by ``export_parquet`` and the Spark runner)::

    DIR/<table>/published_month=YYYY-MM/part-*.parquet
    DIR/<table>/published_month=unknown/part-*.parquet     (no publication date)

One folder per table of ``rows.TABLES``; the files hold exactly that table's
columns (the month is only in the folder name, hive style). Rows of a document
go to its document's month; ``actors`` and ``errors`` go to ``unknown``.
``actors`` may repeat a key across files (one row per document that mentions
the actor): a loader keeps one row per key.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from ..errors import StoreError
from .db import transaction
from .rows import PER_DOCUMENT_TABLES, TABLES, UNKNOWN_MONTH, columns

logger = logging.getLogger(__name__)

#: Rows per Parquet file written by DuckDB before it starts the next part.
ROWS_PER_PART = 1_000_000


def _cols(table: str, alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return ", ".join(f'{prefix}"{c}"' for c in columns(table))


def _month_expr(column: str) -> str:
    return f"coalesce(strftime({column}, '%Y-%m'), '{UNKNOWN_MONTH}')"


def export_parquet(con, out_dir: str | Path, overwrite: bool = False) -> dict[str, int]:
    """Write every table of the store behind ``con`` to ``out_dir`` in the layout above.

    Returns rows written per table. Refuses a non-empty ``out_dir`` unless ``overwrite``.
    """
    import duckdb

    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        if not overwrite:
            raise StoreError(f"{out}: folder is not empty; choose another or pass overwrite")
        for table in TABLES:
            shutil.rmtree(out / table, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in TABLES:
        if table == "documents":
            query = f"SELECT {_cols(table)}, {_month_expr('published')} AS published_month FROM documents"
        elif table in PER_DOCUMENT_TABLES:
            query = (f"SELECT {_cols(table, 't')}, {_month_expr('d.published')} AS published_month "
                     f'FROM "{table}" t LEFT JOIN documents d ON d.id = t.doc_id')
        else:
            query = f"SELECT {_cols(table)}, '{UNKNOWN_MONTH}' AS published_month FROM \"{table}\""
        n = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        counts[table] = n
        target = out / table
        if n == 0:
            _write_empty(table, target)
            continue
        try:
            con.execute(f"COPY ({query}) TO '{_sql_path(target)}' (FORMAT PARQUET, "
                        f"PARTITION_BY (published_month), FILENAME_PATTERN 'part-{{i}}', "
                        f"ROW_GROUP_SIZE {ROWS_PER_PART}, OVERWRITE_OR_IGNORE)")
        except duckdb.Error as err:
            raise StoreError(f"{target}: Parquet export failed: {err}") from None
    logger.info("exported %s to %s", counts, out)
    return counts


def _write_empty(table: str, target: Path) -> None:
    """An empty table still gets a file, so readers see its columns."""
    import pyarrow.parquet as pq

    from .rows import rows_to_arrow

    folder = target / f"published_month={UNKNOWN_MONTH}"
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(rows_to_arrow(table, []), folder / "part-0.parquet")


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def load_parquet(store, in_dir: str | Path) -> dict[str, int]:
    """Load an export (or Spark output) into ``store`` in one transaction.

    Documents already in the store (same id) are skipped with all their rows;
    actors keep the first row per key. Returns the new rows per table.
    """
    src = Path(in_dir)
    if not (src / "documents").is_dir():
        raise StoreError(f"{src}: not a communique Parquet export (no documents/ folder)")
    con = store.con
    before = store.counts()
    with transaction(con, f"{src}: loading the Parquet export"):
        con.execute("CREATE TEMP TABLE _new_docs AS SELECT * FROM "
                    f"({_read('documents', src)}) WHERE id NOT IN (SELECT id FROM documents)")
        # one row per id even if the export repeats a document
        con.execute(f"INSERT INTO documents SELECT {_cols('documents')} FROM _new_docs "
                    "QUALIFY row_number() OVER (PARTITION BY id ORDER BY ingested_at) = 1")
        for table in PER_DOCUMENT_TABLES:
            if (src / table).is_dir():
                con.execute(f'INSERT INTO "{table}" SELECT {_cols(table)} FROM ({_read(table, src)}) '
                            "WHERE doc_id IN (SELECT id FROM _new_docs)")
        if (src / "actors").is_dir():
            con.execute(f"INSERT OR IGNORE INTO actors SELECT {_cols('actors')} FROM ({_read('actors', src)}) "
                        "WHERE key IS NOT NULL QUALIFY row_number() OVER (PARTITION BY key) = 1")
        if (src / "errors").is_dir():
            con.execute(f"INSERT INTO errors SELECT {_cols('errors')} FROM ({_read('errors', src)}) n "
                        "WHERE NOT EXISTS (SELECT 1 FROM errors e WHERE e.source IS NOT DISTINCT FROM "
                        "n.source AND e.stage IS NOT DISTINCT FROM n.stage AND e.message = n.message)")
        con.execute("DROP TABLE _new_docs")
    after = store.counts()
    added = {t: after[t] - before[t] for t in after}
    if getattr(store, "search_index", True):
        store.refresh_search_index(changed=added["documents"] > 0)
    return added


def _read(table: str, src: Path) -> str:
    """A SELECT of ``table``'s columns from its files, cast to the store's types."""
    pattern = _sql_path(src / table / "**" / "*.parquet")
    casts = ", ".join(f'CAST("{c}" AS {kind}) AS "{c}"' for c, kind in TABLES[table])
    return (f"SELECT {casts} FROM read_parquet('{pattern}', hive_partitioning = true, "
            "union_by_name = true)")
