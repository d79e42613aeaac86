"""Tabular sources: JSON Lines, CSV and Parquet files with a ``text`` column."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable, Iterator

from ..errors import InputError
from ..settings import Settings
from .base import Record, decode_bytes, load_json_line, read_bytes, rows_to_records

#: Rows read from Parquet at a time, so memory stays bounded on large files.
PARQUET_BATCH_ROWS = 1024


def _jsonl_rows(path: Path, settings: Settings, on_error) -> Iterator[dict]:
    text = decode_bytes(read_bytes(path, settings), str(path))
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield load_json_line(line, f"{path}:{n}")
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)


def _csv_rows(path: Path, settings: Settings) -> Iterator[dict]:
    text = decode_bytes(read_bytes(path, settings), str(path))
    csv.field_size_limit(settings.max_document_chars + 1)
    reader = csv.DictReader(text.splitlines(keepends=True))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise InputError(str(path), f"CSV has no 'text' column (columns: {reader.fieldnames or []})")
    try:
        yield from reader
    except csv.Error as err:
        raise InputError(f"{path}:{reader.line_num}", f"malformed CSV: {err}") from None


def _parquet_rows(path: Path, settings: Settings) -> Iterator[dict]:
    import pyarrow.parquet as pq

    try:
        file = pq.ParquetFile(path)
    except FileNotFoundError:
        raise InputError(str(path), "no such file or directory") from None
    except Exception as err:  # pyarrow raises several unrelated types for corrupt files
        raise InputError(str(path), f"not a readable Parquet file ({type(err).__name__}: {err})") from None
    if "text" not in file.schema_arrow.names:
        raise InputError(str(path), f"Parquet file has no 'text' column (columns: {file.schema_arrow.names})")
    for batch in file.iter_batches(batch_size=PARQUET_BATCH_ROWS):
        for row in batch.to_pylist():
            yield {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}


def read_table(path: Path, settings: Settings,
               on_error: Callable[[InputError], None] | None = None) -> Iterator[Record]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        if not path.exists():
            raise InputError(str(path), "no such file or directory")
        rows = _parquet_rows(path, settings)
    elif suffix == ".csv":
        rows = _csv_rows(path, settings)
    else:
        rows = _jsonl_rows(path, settings, on_error)
    yield from rows_to_records(rows, str(path), settings, on_error)
