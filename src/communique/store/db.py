"""Open a DuckDB store file and bring its schema up to date.

Migrations are the SQL files of this package, applied in order: ``schema.sql``
is version 1 and ``migrate_NNN_<name>.sql`` is version NNN. Each runs in one
transaction together with its row in ``schema_version(version, name,
applied_at)``, so a crash during a migration leaves the previous version. A
database written by a newer communique (a version this code does not know) is
refused rather than guessed at.
"""

from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from ..errors import StoreError

logger = logging.getLogger(__name__)

#: The store file used when a command gets no ``--db``.
DEFAULT_DB = "communique.duckdb"

_MIGRATION_NAME = re.compile(r"^migrate_(\d{3})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """``(version, file name, sql)`` of every migration, in order."""
    files = resources.files(__package__)
    out = [(1, "schema.sql", files.joinpath("schema.sql").read_text("utf-8"))]
    for entry in sorted(files.iterdir(), key=lambda p: p.name):
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            out.append((int(m.group(1)), entry.name, entry.read_text("utf-8")))
    versions = [v for v, _, _ in out]
    if versions != list(range(1, len(out) + 1)):
        raise StoreError(f"store migrations are not numbered 1..n without gaps: {versions}")
    return out


#: The schema version this code writes.
SCHEMA_VERSION = len(migrations())


def connect(path: str | Path, read_only: bool = False):
    """A DuckDB connection to ``path``, migrated to ``SCHEMA_VERSION`` unless ``read_only``."""
    import duckdb

    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such store; create it with `communique ingest ... --db {path}`")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as err:
        raise StoreError(f"{path}: cannot open the store ({type(err).__name__}: {err})") from None
    try:
        # Offline: an extension is only ever LOADed from a package file (store.search), never fetched.
        con.execute("SET autoinstall_known_extensions = false")
        version = current_version(con)
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path}: store has schema version {version}, newer than this communique "
                             f"understands ({SCHEMA_VERSION}); upgrade communique")
        if read_only:
            if version < SCHEMA_VERSION:
                raise StoreError(f"{path}: store has schema version {version}, expected {SCHEMA_VERSION}; "
                                 "open it once for writing (e.g. `communique ingest --db ...`) to migrate")
        else:
            migrate(con, version)
    except BaseException:
        con.close()
        raise
    return con


def current_version(con) -> int:
    """The highest applied migration, 0 for an empty database."""
    exists = con.execute("SELECT count(*) FROM information_schema.tables "
                         "WHERE table_name = 'schema_version'").fetchone()[0]
    if not exists:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


@contextmanager
def transaction(con, what: str):
    """One DuckDB transaction: committed when the block ends, rolled back on any
    exception; a DuckDB error becomes ``StoreError("<what> failed: …")``."""
    import duckdb

    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except duckdb.Error as err:
        con.execute("ROLLBACK")
        raise StoreError(f"{what} failed: {err}") from None
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def migrate(con, version: int | None = None) -> int:
    """Apply the migrations above ``version``; returns the new version."""
    version = current_version(con) if version is None else version
    for number, name, sql in migrations():
        if number <= version:
            continue
        logger.info("applying store migration %d (%s)", number, name)
        with transaction(con, f"store migration {number} ({name})"):
            con.execute("CREATE TABLE IF NOT EXISTS schema_version "
                        "(version INTEGER, name VARCHAR, applied_at TIMESTAMP)")
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, now()::TIMESTAMP)", [number, name])
        version = number
    return version


#: Columns that differ between two runs over the same inputs (wall-clock times).
VOLATILE_COLUMNS = {"documents": ("ingested_at",), "errors": ("at",)}


def snapshot(con, exclude: dict[str, tuple[str, ...]] | None = None) -> dict[str, list[tuple]]:
    """Every table's rows as a sorted list of tuples, without ``VOLATILE_COLUMNS``:
    two stores hold the same data exactly when their snapshots are equal."""
    from .rows import TABLES

    exclude = VOLATILE_COLUMNS if exclude is None else exclude
    out = {}
    for table, cols in TABLES.items():
        names = [f'CAST("{c}" AS VARCHAR)' for c, _ in cols if c not in exclude.get(table, ())]
        rows = con.execute(f'SELECT {", ".join(names)} FROM "{table}"').fetchall()
        out[table] = sorted(rows, key=lambda r: tuple("" if v is None else v for v in r))
    return out
