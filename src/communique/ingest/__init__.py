"""Readers that turn sources (files, directories, tables, stdin, URLs) into ``Record``s."""

from .base import decode_bytes
from .readers import SUPPORTED_EXTENSIONS, iter_records, read_path, read_stdin
from .records import Record, to_record

__all__ = ["Record", "to_record", "iter_records", "read_path", "read_stdin", "decode_bytes",
           "SUPPORTED_EXTENSIONS"]
