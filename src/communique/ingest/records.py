"""``to_record``: anything ``analyze`` accepts (text, a path, a dict, a ``Record``) as a ``Record``.

``Record`` itself lives in ``ingest.base`` (the lowest ingest module) and is re-exported here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import EmptyInputError, InputError
from .base import Record, text_record  # noqa: F401  (Record: re-exported)
from .readers import read_path

#: Longest string that may be a path; anything longer is text.
MAX_PATH_CHARS = 4096


def _names_a_file(s: str) -> bool:
    if "\n" in s or len(s) >= MAX_PATH_CHARS:
        return False
    try:
        return Path(s).is_file()
    except (OSError, ValueError):  # name too long for the file system, NUL bytes
        return False


def to_record(item: Any, **meta: Any) -> Record:
    """Accept a ``Record``, a ``dict`` with ``text``, a path, or a string of text.

    A string that names an existing file is read as that file; anything else is text.
    """
    if isinstance(item, Record):
        if meta:
            return Record(item.text, item.source, {**item.meta, **meta})
        return item
    if isinstance(item, dict):
        data = dict(item)
        source = data.pop("source", None) or data.get("url") or data.get("id")
        text = data.pop("text", None)
        if not isinstance(text, str) or not text.strip():
            raise EmptyInputError(str(source or "<record>"), "record has no text")
        return Record(str(text), None if source is None else str(source), {**data, **meta})
    if isinstance(item, Path) or (isinstance(item, str) and _names_a_file(item)):
        records = list(read_path(Path(item)))
        if len(records) != 1:
            raise InputError(str(item), f"holds {len(records)} records; use analyze_many() for tables")
        return to_record(records[0], **meta)
    if isinstance(item, str):
        return text_record(item, meta.pop("source", None), meta)
    raise TypeError(f"cannot analyse a {type(item).__name__}; pass text, a path, a dict or a Record")
