"""Readers: files, directories, tables and stdin -> ``Record``s.

Each reader raises an ``InputError`` subclass with a one-line reason naming
the source; ``iter_records`` turns those into reports and carries on with the
next source, so one bad file never stops a batch.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..errors import (BinaryInputError, DecodeError, EmptyInputError, InputError,
                      InputTooLargeError, UnsupportedFormatError)
from ..settings import SETTINGS, Settings
from .markdown import looks_like_markdown, strip_markdown
from .records import Record

logger = logging.getLogger(__name__)

TEXT_EXTENSIONS = (".txt", ".text")
MARKDOWN_EXTENSIONS = (".md", ".markdown")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
TABLE_EXTENSIONS = (".jsonl", ".ndjson", ".csv", ".parquet")
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS + MARKDOWN_EXTENSIONS + HTML_EXTENSIONS + TABLE_EXTENSIONS

#: Share of control characters (other than tab/newline/carriage return) above which bytes are binary.
MAX_CONTROL_CHAR_RATIO = 0.05
#: Bytes inspected to decide whether content is binary.
BINARY_SNIFF_BYTES = 8192

_MAGIC = {b"%PDF": "a PDF file", b"PK\x03\x04": "a ZIP archive (docx/xlsx/zip)", b"\x1f\x8b": "gzip data",
          b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
          b"\x7fELF": "an executable", b"PAR1": "Parquet data"}


def _check_size(name: str, size: int, settings: Settings) -> None:
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
    from .html import extract_html

    check_text(html, source)
    text, found = extract_html(html, source)
    merged = {k: v for k, v in found.items() if v}
    merged.update({k: v for k, v in (meta or {}).items() if v})
    return Record(text, source, merged)


def _read_bytes(path: Path, settings: Settings) -> bytes:
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except OSError as err:
        raise InputError(name, f"cannot read: {err.strerror}") from None
    _check_size(name, size, settings)
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as err:
        raise InputError(name, f"cannot read: {err.strerror or err}") from None


def read_path(path: Path, settings: Settings = SETTINGS, encoding: str | None = None,
              on_error: Callable[[InputError], None] | None = None) -> Iterator[Record]:
    """Records of one file (a table yields one per row)."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        if not path.exists():
            raise InputError(name, "no such file or directory")
        raise UnsupportedFormatError(name, f"unknown extension {suffix or '(none)'!r}; supported: "
                                           + " ".join(SUPPORTED_EXTENSIONS))
    if suffix in TABLE_EXTENSIONS:
        from .tables import read_table

        yield from read_table(path, settings, on_error=on_error)
        return
    data = _read_bytes(path, settings)
    text = decode_bytes(data, name, encoding)
    if suffix in HTML_EXTENSIONS:
        yield html_record(text, name)
    else:
        yield text_record(text, name, markdown=True if suffix in MARKDOWN_EXTENSIONS else None)


def read_stdin(stream=None, settings: Settings = SETTINGS, encoding: str | None = None) -> Record:
    """One record from standard input; HTML is recognised by its first tag."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(settings.max_file_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    _check_size("<stdin>", len(data), settings)
    text = decode_bytes(data, "<stdin>", encoding)
    if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        return html_record(text, "<stdin>")
    return text_record(text, "<stdin>")


def walk_directory(path: Path) -> Iterator[Path]:
    """Supported files under ``path``, recursively, in sorted order, hidden entries skipped."""
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from walk_directory(child)
        elif child.suffix.lower() in SUPPORTED_EXTENSIONS:
            yield child
        else:
            logger.debug("skipping %s: unsupported extension", child)


def iter_records(sources: Iterable[str | Path], on_error: Callable[[InputError], None],
                 settings: Settings = SETTINGS, encoding: str | None = None,
                 stdin=None) -> Iterator[Record]:
    """Records from every source (paths, directories, ``-`` for stdin, and ``http(s)://``
    URLs when the fetch module is available). Each failing source is reported to
    ``on_error`` and skipped."""
    for source in sources:
        source_str = str(source)
        try:
            if source_str == "-":
                yield read_stdin(stdin, settings, encoding)
                continue
            if source_str.startswith(("http://", "https://")):
                from .fetch import read_url

                yield from read_url(source_str, settings, on_error=on_error)
                continue
            path = Path(source_str)
            if path.is_dir():
                for file in walk_directory(path):
                    try:
                        yield from read_path(file, settings, encoding, on_error)
                    except InputError as err:
                        on_error(err)
            else:
                yield from read_path(path, settings, encoding, on_error)
        except InputError as err:
            on_error(err)


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
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(where, f"invalid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(row, dict):
        raise InputError(where, f"expected a JSON object, got {type(row).__name__}")
    return row

