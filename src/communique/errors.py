"""One error hierarchy for communique. Library code raises these; the edges
(CLI, web app, batch and Spark runners) translate them.

    CommuniqueError
     ├── ConfigError        bad settings, unknown stage, missing model
     ├── InputError         a source that cannot be read (carries the source name)
     │    ├── EmptyInputError
     │    ├── BinaryInputError
     │    ├── DecodeError
     │    ├── UnsupportedFormatError
     │    └── InputTooLargeError
     ├── LexiconError       a data file that fails validation (names file and line)
     ├── SchemaError        output or stored JSON that breaks the contract
     ├── StageError         a stage failed on one document (carries stage and doc id)
     ├── StoreError         the DuckDB store cannot be opened, migrated or written
     └── FetchError         a URL or feed could not be fetched safely
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base class of every error communique raises on purpose."""


class ConfigError(CommuniqueError):
    pass


class InputError(CommuniqueError):
    """A source could not be read. ``str(err)`` is one line: ``SOURCE: reason``."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class DecodeError(InputError):
    pass


class UnsupportedFormatError(InputError):
    pass


class InputTooLargeError(InputError):
    pass


class LexiconError(CommuniqueError):
    def __init__(self, path: str, line: int | None, reason: str):
        self.path, self.line, self.reason = path, line, reason
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


class SchemaError(CommuniqueError):
    pass


class StageError(CommuniqueError):
    def __init__(self, stage: str, doc_id: str, reason: str):
        self.stage, self.doc_id, self.reason = stage, doc_id, reason
        super().__init__(f"stage {stage} failed on document {doc_id}: {reason}")


class StoreError(CommuniqueError):
    pass


class FetchError(CommuniqueError):
    def __init__(self, url: str, reason: str):
        self.url, self.reason = url, reason
        super().__init__(f"{url}: {reason}")
