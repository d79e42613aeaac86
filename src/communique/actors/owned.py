"""Nouns under which a country adjective names its state as an actor ("an Indian
proposal", "Iraqi towns"); data in ``resources/actors/owned.yaml``, validated on load."""

from __future__ import annotations

from .. import resources
from ..errors import LexiconError

#: Top-level keys of owned.yaml: acts the state performs, things or people it owns.
OWNED_KEYS = ("acts", "owned")
OWNED_FILE = "actors/owned.yaml"


@resources.cached
def _owned_lists() -> dict[str, frozenset[str]]:
    """``{key of OWNED_KEYS: lower-case lemmas}``, validated."""
    data = resources.yaml(OWNED_FILE)
    name = resources.active().source(OWNED_FILE)
    if not isinstance(data, dict) or set(data) - set(OWNED_KEYS):
        raise LexiconError(name, 1, f"a mapping with keys {OWNED_KEYS}")
    out: dict[str, frozenset[str]] = {}
    for key in OWNED_KEYS:
        words = data.get(key) or []
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            text = resources.active().read_text(OWNED_FILE)
            line = next((i for i, t in enumerate(text.splitlines(), 1) if t.startswith(f"{key}:")), None)
            raise LexiconError(name, line, f"{key!r} must be a list of words")
        out[key] = frozenset(w.strip().lower() for w in words)
    return out


@resources.cached
def owned_nouns() -> frozenset[str]:
    """Lower-case lemmas (one or two words) of acts and possessions of a state."""
    return frozenset().union(*_owned_lists().values())


def act_nouns() -> frozenset[str]:
    """Lower-case lemmas of the acts alone ("criticism", "proposal"): whose "of/from/to X"
    names X as a party ("the criticism of Minsk"), unlike a possession ("the city of Minsk")."""
    return _owned_lists()["acts"]
