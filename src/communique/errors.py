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
     │    └── DocumentTimeoutError  a document took longer than max_document_seconds
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


class DocumentTimeoutError(StageError):
    """A document used up its time budget (``max_document_seconds``). A ``StageError``, so
    batch runners report it per document and go on; ``stage`` says where it stopped
    (``parse`` or a stage name)."""

    def __init__(self, document: str, where: str, elapsed_s: float, limit_s: float):
        self.document, self.elapsed_s, self.limit_s = document, elapsed_s, limit_s
        reason = (f"analysis stopped after {elapsed_s:.1f} s (during {where}), more than "
                  f"max_document_seconds={limit_s:g}; split the document into smaller ones or raise "
                  f"max_document_seconds (settings file or COMMUNIQUE_MAX_DOCUMENT_SECONDS)")
        super().__init__(where, document, reason)
        self.args = (f"document {document}: {reason}",)

    def __str__(self) -> str:
        return self.args[0]

    def __reduce__(self):  # pickled by worker processes: rebuild from the fields, not from args
        return (type(self), (self.document, self.stage, self.elapsed_s, self.limit_s))


class StoreError(CommuniqueError):
    pass


class FetchError(CommuniqueError):
    def __init__(self, url: str, reason: str):
        self.url, self.reason = url, reason
        super().__init__(f"{url}: {reason}")
