"""The pieces every reader shares: the ``Record`` type, decoding and checking text, and
turning text, HTML or table rows into records.

The lowest module of ``communique.ingest``: the readers of files and tables
(``readers``, ``tables``), of URLs and feeds (``fetch``) and ``records.to_record`` all
build on it, and it imports none of them, so the package has no import cycle.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..errors import (BinaryInputError, DecodeError, EmptyInputError, InputError,
                      InputTooLargeError)
from ..settings import Settings
from .html import extract_html
from .markdown import looks_like_markdown, strip_markdown

#: Metadata keys with a meaning in communique; any other key is kept as-is.
KNOWN_META = ("id", "title", "url", "published", "publisher", "authors", "source", "headings")


@dataclass
class Record:
    """A text plus its metadata: the unit every reader yields and ``analyze`` accepts."""

    text: str
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


#: Share of control characters (other than tab/newline/carriage return) above which bytes are binary.
MAX_CONTROL_CHAR_RATIO = 0.05
#: Bytes inspected to decide whether content is binary.
BINARY_SNIFF_BYTES = 8192

_MAGIC = {b"%PDF": "a PDF file", b"PK\x03\x04": "a ZIP archive (docx/xlsx/zip)", b"\x1f\x8b": "gzip data",
          b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
          b"\x7fELF": "an executable", b"PAR1": "Parquet data"}


def check_size(name: str, size: int, settings: Settings) -> None:
    """``InputTooLargeError`` when ``size`` bytes exceed ``settings.max_file_bytes``."""
    if size > settings.max_file_bytes:
        raise InputTooLargeError(name, f"file is {size:,} bytes, more than max_file_bytes="
                                       f"{settings.max_file_bytes:,}; split it or raise the limit")


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode ``data`` as text or raise a clear ``InputError``.

    UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are accepted; other
    encodings must be named (``encoding=``) rather than guessed.
    """
    if not data.strip():
        raise EmptyInputError(name, "file is empty" if not data else "file holds only whitespace")
    head = data[:BINARY_SNIFF_BYTES]
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise BinaryInputError(name, f"looks like {what}, not text; convert it to .txt or .html first")
    if encoding is None:
        for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                         (codecs.BOM_UTF16_BE, "utf-16")):
            if head.startswith(bom):
                encoding = enc
                break
    if encoding is None:
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
        if b"\x00" in head or controls > MAX_CONTROL_CHAR_RATIO * len(head):
            raise BinaryInputError(name, "holds binary data (NUL or control bytes), not text")
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise DecodeError(name, f"is not valid {err.encoding} (bad byte 0x{data[err.start]:02x} at offset "
                                f"{err.start}); re-encode it as UTF-8 or pass --encoding") from None
    except LookupError:
        raise DecodeError(name, f"unknown encoding {encoding!r}") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError(name, "file holds no text")
    return text


#: Lone UTF-16 surrogates: a Python ``str`` may hold them, but they are not text and
#: cannot be encoded as UTF-8 (hashing, JSON output and the store would fail later).
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: str, source: str | None) -> str:
    """``text`` unchanged, or ``DecodeError`` when it holds lone surrogates (not Unicode text)."""
    bad = _SURROGATE.search(text)
    if bad:
        raise DecodeError(source or "<text>", f"text holds a lone surrogate U+{ord(bad.group()):04X} at "
                                              f"offset {bad.start()}; it is not valid Unicode text")
    return text


def text_record(text: str, source: str, meta: dict | None = None, markdown: bool | None = None) -> Record:
    """A record from plain or markdown text (markdown decoration stripped, headings kept as hints)."""
    check_text(text, source)
    meta = dict(meta or {})
    if markdown or (markdown is None and looks_like_markdown(text)):
        text, headings = strip_markdown(text)
        meta["headings"] = headings
    return Record(text, source, meta)


def html_record(html: str, source: str, meta: dict | None = None) -> Record:
    """Main text and metadata of an HTML page (trafilatura)."""
    check_text(html, source)
    text, found = extract_html(html, source)
    merged = {k: v for k, v in found.items() if v}
    merged.update({k: v for k, v in (meta or {}).items() if v})
    return Record(text, source, merged)


def read_bytes(path: Path, settings: Settings) -> bytes:
    """The bytes of the file ``path``, or an ``InputError`` (missing, a directory, too large)."""
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except OSError as err:
        raise InputError(name, f"cannot read: {err.strerror}") from None
    check_size(name, size, settings)
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as err:
        raise InputError(name, f"cannot read: {err.strerror or err}") from None


def rows_to_records(rows: Iterable[dict[str, Any]], name: str, settings: Settings,
                    on_error: Callable[[InputError], None] | None) -> Iterator[Record]:
    """Turn table rows into records: ``text`` is required, other columns become metadata."""
    for n, row in enumerate(rows, 1):
        if n > settings.max_records_per_file:
            raise InputTooLargeError(name, f"more than max_records_per_file={settings.max_records_per_file:,} "
                                           f"records; the first {n - 1:,} were read")
        where = f"{name}:{n}"
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            err = EmptyInputError(where, "record has no text" if text in (None, "") or not isinstance(text, str)
                                  else "record text is only whitespace")
            if on_error is None:
                raise err
            on_error(err)
            continue
        meta = {k: v for k, v in row.items() if k != "text" and v is not None and v == v}
        source = meta.get("url") or (f"{name}#{meta['id']}" if meta.get("id") is not None else where)
        yield text_record(text.replace("\r\n", "\n"), str(source), meta)


def load_json_line(line: str, where: str) -> dict:
    """One JSON object from a line of a JSON Lines file, or an ``InputError`` naming ``where``."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(where, f"invalid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(row, dict):
        raise InputError(where, f"expected a JSON object, got {type(row).__name__}")
    return row

