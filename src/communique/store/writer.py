"""``Store``: writes analysed documents into a DuckDB file, in transactional batches.

    >>> with Store("corpus.duckdb") as store:
    ...     stats = store.ingest(["articles/", "feed.xml"], workers=2)
    ...     store.add(documents)            # already analysed Documents

Rules:
- A document is identified by its content hash (``Document.id``). One already
  stored is skipped before it is analysed; with ``reanalyze=True`` it is
  analysed again when its stored ``pipeline_version`` differs from the current
  one, and its old rows are replaced in the same transaction.
- Every ``batch_docs`` documents (and their error rows) are written in one
  transaction. A process killed at any moment leaves the last committed batch;
  the next run skips what was committed and redoes the rest, so the result
  equals an uninterrupted run (no loss, no duplicates).
- Error rows are kept across runs, one per distinct (source, stage, message).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..document import Document, content_id
from ..errors import InputError
from .db import DEFAULT_DB, connect, transaction
from .rows import DOCUMENT_TABLES, PER_DOCUMENT_TABLES, document_rows, merge_rows, rows_to_arrow

logger = logging.getLogger(__name__)

#: Documents written per transaction: large enough to amortise the commit, small enough
#: that a killed run loses little work.
DEFAULT_BATCH_DOCS = 64


def default_pipeline_version(stages: str | Iterable[str] | None = None,
                             options: dict[str, Any] | None = None, model: str | None = None) -> str:
    """``Pipeline.version`` of a pipeline with these ``stages`` (default: the default stages;
    ``"default,casualties.v1"`` as for ``--stages``), ``options`` and ``model``, without
    loading a model (``communique.versioning``)."""
    from ..pipeline import check_pipeline, declared_options
    from ..versioning import pipeline_version

    specs, checked = check_pipeline(stages, options)
    return pipeline_version([s.name for s in specs], checked, model, declared=declared_options(specs))


@dataclass
class IngestStats:
    """Counts of one ``add``/``ingest`` call."""

    added: int = 0         # new documents written
    replaced: int = 0      # documents re-analysed and rewritten (--reanalyze)
    skipped: int = 0       # already stored with the same content hash
    errors: int = 0        # sources or documents that failed
    rows: dict[str, int] = field(default_factory=dict)  # rows written per table
    undated_documents: int = 0  # written documents with no publication date
    undated_events: int = 0     # written events with no date of their own

    @property
    def written(self) -> int:
        return self.added + self.replaced


class Store:
    """A writable DuckDB store (opened and migrated on construction).

    Args:
        path: the store file (created when missing).
        batch_docs: documents per transaction.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, batch_docs: int = DEFAULT_BATCH_DOCS,
                 search_index: bool = True):
        self.path = Path(path)
        self.batch_docs = batch_docs
        self.search_index = search_index
        self.con = connect(self.path)

    # -- lifecycle --------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- reading what is there ----------------------------------------------------
    def stored_versions(self) -> dict[str, str]:
        """``{document id: pipeline_version}`` of every stored document."""
        return dict(self.con.execute("SELECT id, pipeline_version FROM documents").fetchall())

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in DOCUMENT_TABLES + ("errors",)}

    # -- writing ------------------------------------------------------------------
    def _wanted(self, doc_id: str, stored: dict[str, str], seen: set[str], version: str,
                reanalyze: bool) -> str | None:
        """``"add"``, ``"replace"`` or ``None`` (skip) for a document id."""
        if doc_id in seen:
            return None
        old = stored.get(doc_id)
        if old is None:
            return "add"
        if reanalyze and old != version:
            return "replace"
        return None

    def add(self, documents: Iterable[Document], pipeline_version: str | None = None,
            reanalyze: bool = False, errors: Callable[[], list[tuple[str, str | None, str]]] | None = None,
            on_batch: Callable[[IngestStats], None] | None = None, stored: dict[str, str] | None = None,
            stats: IngestStats | None = None) -> IngestStats:
        """Write ``documents`` in transactional batches; see the module docstring for skips.

        Args:
            documents: analysed documents.
            pipeline_version: recorded per document (default: the version each document carries,
                else the default pipeline's).
            reanalyze: replace documents stored by another pipeline version.
            errors: called at each commit; returns the error rows ``(source, stage, message)``
                gathered since the previous call, written in the same transaction.
            on_batch: called after each commit with the running totals.
        """
        version = pipeline_version
        stored = self.stored_versions() if stored is None else stored
        stats = stats or IngestStats()
        written_before = stats.written
        seen: set[str] = set()
        batch: list[tuple[Document, str]] = []
        for document in documents:
            if version is None and document.pipeline_version is None:
                version = default_pipeline_version()
            document.pipeline_version = pipeline_version or document.pipeline_version or version
            action = self._wanted(document.id, stored, seen, document.pipeline_version, reanalyze)
            if action is None:
                stats.skipped += 1
                continue
            seen.add(document.id)
            batch.append((document, action))
            if len(batch) >= self.batch_docs:
                self._commit(batch, errors, stats)
                batch = []
                if on_batch:
                    on_batch(stats)
        self._commit(batch, errors, stats)
        if on_batch:
            on_batch(stats)
        if self.search_index:
            self.refresh_search_index(changed=stats.written > written_before)
        return stats

    def refresh_search_index(self, changed: bool = True) -> bool:
        """Rebuild the full-text index when documents ``changed`` or it does not cover the
        store (one transaction; see ``store.search``). ``True`` when rebuilt; ``False`` when
        it was current or the fts extension is unavailable (a warning says so)."""
        from .search import refresh_index

        return refresh_index(self.con, changed)

    def _commit(self, batch: list[tuple[Document, str]],
                errors: Callable[[], list[tuple[str, str | None, str]]] | None, stats: IngestStats) -> None:
        error_rows = errors() if errors else []
        if not batch and not error_rows:
            return
        rows = merge_rows(document_rows(d, d.pipeline_version) for d, _ in batch)
        replaced = [d.id for d, action in batch if action == "replace"]
        con = self.con
        with transaction(con, f"{self.path}: writing a batch of {len(batch)} documents"):
            if replaced:
                self._delete(replaced)
            for table in DOCUMENT_TABLES:
                if not rows[table]:
                    continue
                con.register("_rows", rows_to_arrow(table, rows[table]))
                verb = "INSERT OR IGNORE" if table == "actors" else "INSERT"
                con.execute(f'{verb} INTO "{table}" SELECT * FROM _rows')
                con.unregister("_rows")
            if error_rows:
                con.executemany(
                    "INSERT INTO errors SELECT ?, ?, ?, now()::TIMESTAMP WHERE NOT EXISTS "
                    "(SELECT 1 FROM errors WHERE source IS NOT DISTINCT FROM ? AND "
                    "stage IS NOT DISTINCT FROM ? AND message = ?)",
                    [[s, st, m, s, st, m] for s, st, m in error_rows])
        stats.replaced += len(replaced)
        stats.added += len(batch) - len(replaced)
        for table in DOCUMENT_TABLES:
            stats.rows[table] = stats.rows.get(table, 0) + len(rows[table])
        stats.undated_documents += sum(1 for d, _ in batch if not d.published)
        stats.undated_events += sum(1 for d, _ in batch for e in d.events if not e.date)
        logger.info("committed %d documents to %s", len(batch), self.path)

    def _delete(self, ids: list[str]) -> None:
        self.con.register("_ids", _id_table(ids))
        for table in PER_DOCUMENT_TABLES:
            self.con.execute(f'DELETE FROM "{table}" WHERE doc_id IN (SELECT id FROM _ids)')
        self.con.execute("DELETE FROM documents WHERE id IN (SELECT id FROM _ids)")
        self.con.unregister("_ids")

    # -- analysing and writing ----------------------------------------------------
    def ingest(self, sources: Iterable[str | Path], workers: int = 1, reanalyze: bool = False,
               on_error: Callable[[str], None] | None = None,
               on_progress: Callable[[str, IngestStats], None] | None = None,
               on_skip: Callable[[Path], None] | None = None,
               batch_size: int | None = None, **pipeline_kwargs: Any) -> IngestStats:
        """Read ``sources`` (as ``communique analyze`` does, plus URLs and feeds), analyse
        the documents not stored yet with ``workers`` processes and write them.

        Args:
            on_error: gets one line per failed source or document.
            on_progress: gets ``("document" | "skip" | "error" | "commit", stats)``.
            on_skip: gets each file of an unsupported type found in a directory.
            **pipeline_kwargs: ``stages=``, ``options=``, ``model=`` as for ``get_pipeline``.
        """
        from ..ingest import iter_records
        from ..pipeline import Failure
        from ..runner import run_many

        version = default_pipeline_version(pipeline_kwargs.get("stages"), pipeline_kwargs.get("options"),
                                           pipeline_kwargs.get("model"))
        stats = IngestStats()
        stored = self.stored_versions()
        pending_errors: list[tuple[str, str | None, str]] = []
        seen: set[str] = set()

        def tick(kind: str) -> None:
            if on_progress:
                on_progress(kind, stats)

        def failed(source: str, stage: str | None, message: str) -> None:
            stats.errors += 1
            pending_errors.append((source, stage, message))
            if on_error:
                on_error(f"{source}: {message}" + (f" (stage {stage})" if stage else ""))
            tick("error")

        def on_input_error(err: InputError) -> None:
            failed(err.source, None, err.reason)

        def on_failure(f: Failure) -> None:
            failed(f.source, f.stage, f.reason)

        def wanted(records) -> Iterator:
            for record in records:
                doc_id = content_id(record.text)
                if self._wanted(doc_id, stored, seen, version, reanalyze) is None:
                    stats.skipped += 1
                    tick("skip")
                    continue
                seen.add(doc_id)
                yield record

        def counted(documents: Iterable[Document]) -> Iterator[Document]:
            for document in documents:
                yield document
                tick("document")

        def take_errors() -> list[tuple[str, str | None, str]]:
            out = list(pending_errors)
            pending_errors.clear()
            return out

        records = wanted(iter_records(sources, on_error=on_input_error, on_skip=on_skip))
        documents = run_many(records, n_process=workers, batch_size=batch_size, on_error=on_failure,
                             **pipeline_kwargs)
        # Ids were filtered above, so add() sees each wanted document once.
        self.add(counted(documents), version, reanalyze, errors=take_errors,
                 on_batch=lambda s: tick("commit"), stored=stored, stats=stats)
        return stats


def _id_table(ids: list[str]):
    import pyarrow as pa

    return pa.table({"id": pa.array(ids, pa.string())})
