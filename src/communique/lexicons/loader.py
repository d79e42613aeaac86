"""Load lexicons (data files inside the package) once, validated.

A word list is a UTF-8 text file, one entry per line; ``#`` starts a comment
line and the header comment names source, licence and owner. Entries are
lower case, unique and sorted: ``load_terms`` raises ``LexiconError`` naming
the file and line otherwise, so a bad edit fails loudly at load time.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from ..errors import LexiconError


def _read(relpath: str) -> tuple[str, str]:
    path = resources.files(__package__).joinpath(relpath)
    try:
        return str(path), path.read_text("utf-8")
    except FileNotFoundError:
        raise LexiconError(f"lexicons/{relpath}", None, "lexicon file not found") from None


@lru_cache(maxsize=None)
def load_terms(relpath: str, lower: bool = True) -> frozenset[str]:
    """Entries of a one-per-line word list (e.g. ``structure/evaluative.en.txt``)."""
    name, text = _read(relpath)
    seen: list[str] = []
    for n, raw in enumerate(text.splitlines(), 1):
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        if lower and entry != entry.lower():
            raise LexiconError(name, n, f"entry {entry!r} must be lower case")
        if seen and entry == seen[-1]:
            raise LexiconError(name, n, f"duplicate entry {entry!r}")
        if seen and entry < seen[-1]:
            raise LexiconError(name, n, f"entry {entry!r} is out of order (after {seen[-1]!r}); keep the list sorted")
        seen.append(entry)
    if not seen:
        raise LexiconError(name, None, "lexicon is empty")
    return frozenset(seen)


@lru_cache(maxsize=None)
def load_yaml(relpath: str):
    """A YAML lexicon (mapping or list), parsed once."""
    name, text = _read(relpath)
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as err:
        line = getattr(getattr(err, "problem_mark", None), "line", None)
        raise LexiconError(name, None if line is None else line + 1, f"invalid YAML: {err}") from None
