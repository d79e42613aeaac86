"""communique: evidence-linked events, quotes, stance and persuasion techniques
from international-affairs news and commentary, offline.

    >>> import communique
    >>> doc = communique.analyze("Russia and China agreed on Tuesday to expand trade.")
    >>> [e.type for e in doc.events]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .document import SCHEMA_VERSION, Document
from .errors import CommuniqueError
from .version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from .store import Corpus

__all__ = ["__version__", "SCHEMA_VERSION", "Document", "CommuniqueError", "analyze", "analyze_many",
           "Corpus", "validate"]


def analyze(text_or_path: Any, **metadata: Any) -> Document:
    """Analyse one text (or one file) and return its ``Document``.

    Args:
        text_or_path: the text itself, a ``pathlib.Path`` or the path of an existing file.
        **metadata: title=, published=, publisher=, url=, authors=, source=, plus
            ``options={...}`` for stage options (e.g. ``{"kb_paths": ["my.yaml"]}``).

    Example: ``analyze("Putin met Xi in Beijing on Monday.", published="2024-05-16")``.
    """
    from .pipeline import get_pipeline

    options = metadata.pop("options", None)
    return get_pipeline(options=options)(text_or_path, **metadata)


def analyze_many(items, n_process: int = 1, batch_size: int | None = None, on_error=None, **kwargs):
    """Analyse many texts, paths, dicts or ``Record``s; yields ``Document``s in input order.

    Uses spaCy's batching (``nlp.pipe``); ``n_process > 1`` runs the whole pipeline in
    that many worker processes: forked from this process after it loaded the model once
    where that is safe (``communique.runner.fork_is_safe``), else spawned, each loading
    the model (``mp_context=`` picks the start method). Failures go to
    ``on_error(Failure)``; without it the first failure raises.
    """
    from .runner import run_many

    return run_many(items, n_process=n_process, batch_size=batch_size, on_error=on_error, **kwargs)


def validate(document: Document | dict) -> None:
    """Raise ``SchemaError`` if ``document`` breaks the communique/1 JSON Schema."""
    from .schema import validate_dict

    validate_dict(document.to_dict() if isinstance(document, Document) else document)


def __getattr__(name: str):
    if name == "Corpus":
        from .store import Corpus

        return Corpus
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
