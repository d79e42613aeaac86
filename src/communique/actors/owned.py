"""Nouns under which a country adjective names its state as an actor ("an Indian
proposal", "Iraqi towns"); data in ``resources/actors/owned.yaml``, validated on load."""

from __future__ import annotations

from .. import resources
from ..errors import LexiconError

#: Top-level keys of owned.yaml: acts the state performs, things or people it owns.
OWNED_KEYS = ("acts", "owned")
OWNED_FILE = "actors/owned.yaml"


@resources.cached
def owned_nouns() -> frozenset[str]:
    """Lower-case lemmas (one or two words) of acts and possessions of a state."""
    data = resources.yaml(OWNED_FILE)
    name = resources.active().source(OWNED_FILE)
    if not isinstance(data, dict) or set(data) - set(OWNED_KEYS):
        raise LexiconError(name, 1, f"a mapping with keys {OWNED_KEYS}")
    out: set[str] = set()
    for key in OWNED_KEYS:
        words = data.get(key) or []
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            text = resources.active().read_text(OWNED_FILE)
            line = next((i for i, t in enumerate(text.splitlines(), 1) if t.startswith(f"{key}:")), None)
            raise LexiconError(name, line, f"{key!r} must be a list of words")
        out.update(w.strip().lower() for w in words)
    return frozenset(out)
