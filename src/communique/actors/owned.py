"""Nouns under which a country adjective names its state as an actor ("an Indian
proposal", "Iraqi towns"); data in ``data/owned.yaml``, loaded once and validated."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from ..errors import LexiconError

#: Top-level keys of owned.yaml: acts the state performs, things or people it owns.
OWNED_KEYS = ("acts", "owned")


@lru_cache(maxsize=1)
def owned_nouns() -> frozenset[str]:
    """Lower-case lemmas (one or two words) of acts and possessions of a state."""
    path = resources.files(__package__).joinpath("data", "owned.yaml")
    name = "actors/data/owned.yaml"
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise LexiconError(name, mark.line + 1 if mark else None, f"not valid YAML: {err}") from None
    if not isinstance(data, dict) or set(data) - set(OWNED_KEYS):
        raise LexiconError(name, 1, f"a mapping with keys {OWNED_KEYS}")
    out: set[str] = set()
    for key in OWNED_KEYS:
        words = data.get(key) or []
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            line = next((i for i, t in enumerate(text.splitlines(), 1) if t.startswith(f"{key}:")), None)
            raise LexiconError(name, line, f"{key!r} must be a list of words")
        out.update(w.strip().lower() for w in words)
    return frozenset(out)
