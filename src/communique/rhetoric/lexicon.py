"""The rhetoric lexicons (``communique/resources/rhetoric/``) as the technique and
calls-to-action stages read them; files are read by ``communique.resources``.

Files:

* ``loaded_language.txt``, ``name_calling.txt``: one lower-case word or
  phrase per line (``#`` starts a comment line), sorted, no duplicates.
* ``cues.jsonl``: one cue per line: ``id``, ``technique`` (a SemEval-2020
  Task 11 label), ``scope`` (``match``, ``phrase``, ``clause`` or ``sentence``: how far
  the span reaches, see ``techniques``), ``weight`` (0-1), and
  either ``phrase`` (lower-case text) or ``pattern`` (a spaCy ``Matcher``
  token pattern); ``hint: true`` marks a weak word used only to label a span
  already known to be persuasive. A line with only ``comment`` is a header.
* ``cta.jsonl``: calls-to-action cues (see ``calls.py``): ``id``, ``kind``,
  ``words``.

Each file is parsed once per resource set (``resources.cached``); a bad line
raises ``LexiconError`` naming the file and the line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .. import resources
from ..document import TECHNIQUES
from ..errors import LexiconError

RESOURCE_DIR = "rhetoric"
SCOPES = ("match", "phrase", "clause", "sentence")


@dataclass(frozen=True)
class Cue:
    id: str
    technique: str
    scope: str
    weight: float
    phrase: str | None = None
    pattern: tuple | None = None
    hint: bool = False  # only used to label known spans (classify_span), never to find spans


def _relpath(name: str) -> str:
    return f"{RESOURCE_DIR}/{name}"


def display_path(name: str) -> str:
    """The file name used in error messages (the user's file when it is overridden)."""
    return resources.active().source(_relpath(name))


def word_list(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list (validated lower case, sorted, unique), in file order."""
    return _sorted_terms(_relpath(name))


@resources.cached
def _sorted_terms(relpath: str) -> tuple[str, ...]:
    return tuple(sorted(resources.terms(relpath)))


def _json_lines(name: str):
    return resources.jsonl(_relpath(name))


@resources.cached
def technique_cues(name: str = "cues.jsonl") -> tuple[Cue, ...]:
    """The technique cues, validated (known technique and scope, unique ids, one of phrase/pattern)."""
    cues, seen = [], set()
    for n, obj in _json_lines(name):
        where = display_path(name)
        missing = [k for k in ("id", "technique", "scope", "weight") if k not in obj]
        if missing:
            raise LexiconError(where, n, f"missing fields {missing}")
        if obj["id"] in seen:
            raise LexiconError(where, n, f"duplicate id {obj['id']!r}")
        seen.add(obj["id"])
        if obj["technique"] not in TECHNIQUES:
            raise LexiconError(where, n, f"unknown technique {obj['technique']!r}; allowed: {list(TECHNIQUES)}")
        if obj["scope"] not in SCOPES:
            raise LexiconError(where, n, f"scope {obj['scope']!r} is not one of {SCOPES}")
        weight = obj["weight"]
        if not isinstance(weight, (int, float)) or not 0 < weight <= 1:
            raise LexiconError(where, n, f"weight {weight!r} must be a number in (0, 1]")
        phrase, pattern = obj.get("phrase"), obj.get("pattern")
        if (phrase is None) == (pattern is None):
            raise LexiconError(where, n, "give exactly one of 'phrase' and 'pattern'")
        if phrase is not None and (not isinstance(phrase, str) or phrase != phrase.lower() or not phrase.strip()):
            raise LexiconError(where, n, f"phrase {phrase!r} must be non-empty lower-case text")
        if pattern is not None and (not isinstance(pattern, list) or not all(isinstance(t, dict) for t in pattern)):
            raise LexiconError(where, n, "pattern must be a list of spaCy token objects")
        if not isinstance(obj.get("hint", False), bool):
            raise LexiconError(where, n, "hint must be true or false")
        cues.append(Cue(obj["id"], obj["technique"], obj["scope"], float(weight), phrase,
                        tuple(json.dumps(t, sort_keys=True) for t in pattern) if pattern else None,
                        obj.get("hint", False)))
    return tuple(cues)


@resources.cached
def cta_cues(name: str = "cta.jsonl") -> dict[str, tuple[str, ...]]:
    """Calls-to-action word groups by ``id`` (``{"id": ..., "words": [...]}`` per line)."""
    out: dict[str, tuple[str, ...]] = {}
    for n, obj in _json_lines(name):
        where = display_path(name)
        words = obj.get("words")
        if "id" not in obj or not isinstance(words, list) or not words:
            raise LexiconError(where, n, "each line needs an 'id' and a non-empty 'words' list")
        if obj["id"] in out:
            raise LexiconError(where, n, f"duplicate id {obj['id']!r}")
        if any(not isinstance(w, str) or w != w.lower() for w in words):
            raise LexiconError(where, n, "words must be lower-case strings")
        out[obj["id"]] = tuple(words)
    return out


#: The tag values a stance lexicon may give as ``pol:``, and the sign each stands for.
POLARITIES = {"neg": -1, "pos": 1}
#: The tag values of ``technique:`` in ``political_labels.en.tsv`` and the label each gives.
LABEL_TECHNIQUES = {"name": "Name_Calling,Labeling", "loaded": "Loaded_Language"}


@resources.cached
def polar_terms(name: str) -> dict[str, int]:
    """``{entry: +1 | -1}`` of a tagged stance list (``evaluative.en.tsv``, ``side_taking.en.tsv``,
    ``political_labels.en.tsv``); every entry needs ``pol:neg`` or ``pol:pos``."""
    out = {}
    for entry, tags in resources.tagged(_relpath(name)).items():
        if tags.get("pol") not in POLARITIES:
            raise LexiconError(display_path(name), None,
                               f"entry {entry!r}: tag pol must be one of {sorted(POLARITIES)}, got {tags.get('pol')!r}")
        out[entry] = POLARITIES[tags["pol"]]
    return out


@resources.cached
def political_labels(name: str = "political_labels.en.tsv") -> dict[str, str]:
    """``{entry: technique}`` of the political labels (``technique:name`` or ``technique:loaded``)."""
    out = {}
    for entry, tags in resources.tagged(_relpath(name)).items():
        if tags.get("technique") not in LABEL_TECHNIQUES:
            raise LexiconError(display_path(name), None, f"entry {entry!r}: tag technique must be one of "
                               f"{sorted(LABEL_TECHNIQUES)}, got {tags.get('technique')!r}")
        out[entry] = LABEL_TECHNIQUES[tags["technique"]]
    return out
