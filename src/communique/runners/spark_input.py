"""Input side of the Spark job: table files -> one DataFrame of records to analyse.

Every input row becomes either a record (``kind = "doc"``) or an input error
(``kind = "error"``) with the columns of ``PREPARED_COLUMNS``. A record carries
what ``ingest`` would build from the same row: the text with ``\\r\\n`` made
``\\n``, the source (``url``, else ``FILE#id``, else ``FILE:N``), the other
non-null columns as metadata, and the content id of the text. ``order`` is the
row's place in the input (file number, then row number), so that "the first
document wins" means the same thing here as in ``communique ingest``.

Formats (by extension, or ``fmt=`` for remote paths): ``.jsonl``/``.ndjson``
read line by line (splittable: large files spread over executors), ``.parquet``
read natively, ``.csv`` parsed by Python's ``csv`` one file per task (quoted
newlines make CSV unsplittable; the same parser as ``ingest``). Local folders
are walked in the same sorted order as ``ingest``.
"""

from __future__ import annotations

import csv
import json
import logging
from pathlib import Path
from typing import Any, Iterator

from ..document import content_id
from ..errors import ConfigError, InputError
from ..ingest.readers import TABLE_EXTENSIONS, decode_bytes, walk_directory
from ..settings import SETTINGS, Settings

logger = logging.getLogger(__name__)

#: Bits of ``order`` given to the row number inside one file (files are numbered above them).
ROW_BITS = 40

#: Columns of the prepared DataFrame (all strings except ``order``).
PREPARED_COLUMNS = ("kind", "order", "doc_id", "text", "source", "meta", "message")

_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


def list_inputs(source: str, fmt: str | None = None) -> list[tuple[str, str, str]]:
    """``(name, uri, format)`` for every table file of ``source``, in ingest order.

    ``name`` is what record sources are built from (the path as ``ingest`` spells
    it); ``uri`` is what Spark opens. A local folder is walked recursively; a remote
    URI (``hdfs://``, ``s3a://`` ...) is one input whose format comes from its
    extension or ``fmt``.
    """
    if "://" in source and not source.startswith("file://"):
        kind = fmt or _FORMATS.get(Path(source.rstrip("/")).suffix.lower())
        if kind is None:
            raise ConfigError(f"{source}: cannot tell the format from the name; pass --format "
                              f"({'|'.join(sorted(set(_FORMATS.values())))})")
        return [(source, source, kind)]
    path = Path(source.removeprefix("file://"))
    if path.is_dir():
        files = [p for p in walk_directory(path) if p.suffix.lower() in TABLE_EXTENSIONS]
        skipped = [p for p in walk_directory(path) if p.suffix.lower() not in TABLE_EXTENSIONS]
        if skipped:
            logger.warning("spark reads tables only (%s); skipping %d other file(s) such as %s",
                           ", ".join(TABLE_EXTENSIONS), len(skipped), skipped[0])
    elif path.is_file():
        files = [path]
    else:
        raise InputError(source, "no such file or directory")
    out = []
    for file in files:
        kind = fmt or _FORMATS.get(file.suffix.lower())
        if kind is None:
            raise InputError(str(file), f"spark reads {', '.join(TABLE_EXTENSIONS)} tables, not "
                                        f"{file.suffix or 'files without an extension'}")
        out.append((str(file), file.resolve().as_uri(), kind))
    if not out:
        raise InputError(source, f"holds no {', '.join(TABLE_EXTENSIONS)} files")
    return out


def prepare_row(row: Any, name: str, n: int, order: int, settings: Settings = SETTINGS) -> tuple:
    """One input row -> a ``PREPARED_COLUMNS`` tuple, with ``ingest``'s rules
    (``ingest.readers.rows_to_records``; a test keeps the two in step)."""
    where = f"{name}:{n}"
    if not isinstance(row, dict):
        return ("error", order, None, None, where, None, f"expected a JSON object, got {type(row).__name__}")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        reason = ("record has no text" if text in (None, "") or not isinstance(text, str)
                  else "record text is only whitespace")
        return ("error", order, None, None, where, None, reason)
    if len(text) > settings.max_document_chars:
        return ("error", order, None, None, where, None,
                f"text has {len(text):,} characters, more than max_document_chars="
                f"{settings.max_document_chars:,}; split it or raise the limit")
    meta = {k: v for k, v in row.items() if k != "text" and v is not None and v == v}
    source = meta.get("url") or (f"{name}#{meta['id']}" if meta.get("id") is not None else where)
    text = text.replace("\r\n", "\n")
    return ("doc", order, content_id(text), text, str(source),
            json.dumps(meta, ensure_ascii=False, default=str), None)


def _jsonl_rows(item: tuple[str, int], name: str, file_no: int) -> tuple:
    line, index = item
    n = index + 1
    order = (file_no << ROW_BITS) + n
    try:
        row = json.loads(line.lstrip("\ufeff"))
    except json.JSONDecodeError as err:
        return ("error", order, None, None, f"{name}:{n}", None,
                f"invalid JSON ({err.msg} at column {err.colno})")
    return prepare_row(row, name, n, order)


def _parquet_value(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _parquet_rows(item: tuple[Any, int], name: str, file_no: int) -> tuple:
    row, index = item
    data = {k: _parquet_value(v) for k, v in row.asDict(recursive=True).items()}
    return prepare_row(data, name, index + 1, (file_no << ROW_BITS) + index + 1)


def _csv_rows(item: tuple[str, bytes], name: str, file_no: int) -> Iterator[tuple]:
    _, data = item
    try:
        text = decode_bytes(bytes(data), name)
    except InputError as err:
        yield ("error", file_no << ROW_BITS, None, None, err.source, None, err.reason)
        return
    csv.field_size_limit(SETTINGS.max_document_chars + 1)
    reader = csv.DictReader(text.splitlines(keepends=True))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield ("error", file_no << ROW_BITS, None, None, name, None,
               f"CSV has no 'text' column (columns: {reader.fieldnames or []})")
        return
    n = 0
    try:
        for n, row in enumerate(reader, 1):
            yield prepare_row(row, name, n, (file_no << ROW_BITS) + n)
    except csv.Error as err:
        yield ("error", (file_no << ROW_BITS) + n + 1, None, None, f"{name}:{reader.line_num}", None,
               f"malformed CSV: {err}")


def read_prepared(spark, source: str, fmt: str | None = None):
    """The prepared DataFrame (``PREPARED_COLUMNS``) of every input file of ``source``."""
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    sc = spark.sparkContext
    parts = []
    for file_no, (name, uri, kind) in enumerate(list_inputs(source, fmt)):
        if kind == "jsonl":
            rdd = sc.textFile(uri).filter(lambda line: bool(line.strip())).zipWithIndex()
            parts.append(rdd.map(lambda item, name=name, f=file_no: _jsonl_rows(item, name, f)))
        elif kind == "parquet":
            frame = spark.read.parquet(uri)
            if "text" not in frame.columns:
                raise InputError(name, f"Parquet file has no 'text' column (columns: {frame.columns})")
            rdd = frame.rdd.zipWithIndex()
            parts.append(rdd.map(lambda item, name=name, f=file_no: _parquet_rows(item, name, f)))
        elif kind == "csv":
            rdd = sc.binaryFiles(uri)
            parts.append(rdd.flatMap(lambda item, name=name, f=file_no: _csv_rows(item, name, f)))
        else:
            raise ConfigError(f"unknown input format {kind!r}; allowed: jsonl, csv, parquet")
    schema = StructType([StructField(c, LongType() if c == "order" else StringType()) for c in PREPARED_COLUMNS])
    rdd = parts[0] if len(parts) == 1 else sc.union(parts)
    return spark.createDataFrame(rdd, schema)
