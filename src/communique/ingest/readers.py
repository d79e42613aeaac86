"""Readers: files, directories, tables and stdin -> ``Record``s.

Each reader raises an ``InputError`` subclass with a one-line reason naming
the source; ``iter_records`` turns those into reports and carries on with the
next source, so one bad file never stops a batch.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import InputError, UnsupportedFormatError
from ..settings import SETTINGS, Settings
from . import fetch
# decode_bytes, html_record and text_record live in ``base`` and are re-exported here,
# where callers have always found them.
from .base import Record, check_size, decode_bytes, html_record, read_bytes, text_record  # noqa: F401
from .tables import read_table

logger = logging.getLogger(__name__)

TEXT_EXTENSIONS = (".txt", ".text")
MARKDOWN_EXTENSIONS = (".md", ".markdown")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
TABLE_EXTENSIONS = (".jsonl", ".ndjson", ".csv", ".parquet")
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS + MARKDOWN_EXTENSIONS + HTML_EXTENSIONS + TABLE_EXTENSIONS


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
        yield from read_table(path, settings, on_error=on_error)
        return
    data = read_bytes(path, settings)
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
    check_size("<stdin>", len(data), settings)
    text = decode_bytes(data, "<stdin>", encoding)
    if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        return html_record(text, "<stdin>")
    return text_record(text, "<stdin>")


def walk_directory(path: Path, on_skip: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Supported files under ``path``, recursively, in sorted order, hidden entries skipped;
    each file of an unsupported type goes to ``on_skip``."""
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from walk_directory(child, on_skip)
        elif child.suffix.lower() in SUPPORTED_EXTENSIONS:
            yield child
        else:
            logger.debug("skipping %s: unsupported extension", child)
            if on_skip is not None:
                on_skip(child)


def skipped_summary(skipped: Iterable[Path]) -> str | None:
    """One line on the files a directory walk left out, by extension, with what is supported:
    ``skipped 3 files of unsupported types (.pdf 2, .docx 1); supported: .txt .md ...``."""
    counts = Counter(p.suffix.lower() or "(no extension)" for p in skipped)
    if not counts:
        return None
    total = sum(counts.values())
    kinds = ", ".join(f"{ext} {n}" for ext, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f"skipped {total} file{'s' if total != 1 else ''} of unsupported types ({kinds}); "
            f"supported: {' '.join(SUPPORTED_EXTENSIONS)} (convert other formats to text or HTML first)")


def iter_records(sources: Iterable[str | Path], on_error: Callable[[InputError], None],
                 settings: Settings = SETTINGS, encoding: str | None = None,
                 stdin=None, on_skip: Callable[[Path], None] | None = None) -> Iterator[Record]:
    """Records from every source (paths, directories, ``-`` for stdin, and ``http(s)://``
    URLs, through ``fetch``). Each failing source is reported to ``on_error`` and
    skipped; each file of an unsupported type inside a directory goes to ``on_skip``."""
    for source in sources:
        source_str = str(source)
        try:
            if source_str == "-":
                yield read_stdin(stdin, settings, encoding)
                continue
            if source_str.startswith(("http://", "https://")):
                yield from fetch.read_url(source_str, settings, on_error=on_error)
                continue
            path = Path(source_str)
            if path.is_dir():
                for file in walk_directory(path, on_skip):
                    try:
                        yield from read_path(file, settings, encoding, on_error)
                    except InputError as err:
                        on_error(err)
            else:
                yield from read_path(path, settings, encoding, on_error)
        except InputError as err:
            on_error(err)
