"""The PLOVER trigger lexicon and the modality cues, loaded once per process.

Both are YAML files among the resources (``communique/resources/events``); the
modality cues take their reporting verbs from ``quotes/reporting_verbs.en.tsv`` (tag
``events``). Every entry is validated on load; a bad entry raises ``LexiconError``
naming the file and line.

Example: the entry ``hold ~talk|discussion @visit`` under CONSULT matches
"held talks with" (verb lemma ``hold`` with direct object lemma ``talk``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import cached_property

import yaml

from .. import resources
from ..document import PLOVER_TYPES
from ..errors import LexiconError

logger = logging.getLogger(__name__)

LEXICON_FILE = "events/plover_lexicon.yaml"
MODALITY_FILE = "events/modality.yaml"
REPORTING_VERBS_FILE = "quotes/reporting_verbs.en.tsv"
#: Modality fields filled from another resource than modality.yaml (the merged reporting verbs).
SHARED_FIELDS = ("reporting_verbs",)
#: Modality keys a file may leave out (their dataclass default applies).
OPTIONAL_FIELDS = ("historical_min_days",)
#: Prior confidence of a trigger without an explicit ``%w``: a verb entry is a fair bet.
DEFAULT_TRIGGER_WEIGHT = 0.6

_TOKEN = re.compile(r"^(?P<sigil>[~+@#!^%]?)(?P<value>\S+)$")
_LEMMA = re.compile(r"^[a-z][a-z'\-]*$")


@dataclass(frozen=True)
class Entry:
    """One trigger pattern of the lexicon."""

    type: str
    pos: str  # "verb" or "noun"
    head: str
    objects: frozenset[str] = frozenset()
    prep: str | None = None
    plover_mode: str | None = None
    context: str | None = None
    ambiguous: bool = False
    swap: bool = False
    actor_subject: bool = False
    weight: float = DEFAULT_TRIGGER_WEIGHT
    line: int = 0

    @property
    def specificity(self) -> int:
        """Entries with an object or particle constraint beat plain ones."""
        return (1 if self.objects else 0) + (1 if self.prep else 0)


@dataclass
class Lexicon:
    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    target_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    source_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    object_is_target: dict[str, bool] = field(default_factory=dict)

    def entries(self) -> list[Entry]:
        return [e for table in (self.verbs, self.nouns) for es in table.values() for e in es]


def _read(relpath: str) -> tuple[str, str]:
    res = resources.active()
    return res.source(relpath), res.read_text(relpath)


def _line_of(text: str, needle: str, start_line: int = 0) -> int:
    for i, line in enumerate(text.splitlines()[start_line:], start_line + 1):
        if needle in line:
            return i
    return 0


def parse_entry(raw: str, type_: str, pos: str, path: str = "<string>", line: int = 0) -> Entry:
    """Parse one lexicon string (see the file header for the syntax)."""
    if not isinstance(raw, str) or not raw.strip():
        raise LexiconError(path, line, f"{type_} {pos}: entry must be a non-empty string, got {raw!r}")
    parts = raw.split()
    head = parts[0]
    if not _LEMMA.match(head):
        raise LexiconError(path, line, f"{type_}: trigger head {head!r} must be a lower-case lemma")
    kw: dict = {}
    for part in parts[1:]:
        m = _TOKEN.match(part)
        sigil, value = (m.group("sigil"), m.group("value")) if m else ("", part)
        if sigil == "~":
            objs = value.split("|")
            if not all(_LEMMA.match(o) for o in objs):
                raise LexiconError(path, line, f"{type_}: bad object list {value!r}")
            kw["objects"] = frozenset(objs)
        elif sigil == "+":
            kw["prep"] = value
        elif sigil == "@":
            kw["plover_mode"] = value
        elif sigil == "#":
            kw["context"] = value
        elif sigil == "!" and value == "amb":
            kw["ambiguous"] = True
        elif sigil == "!" and value == "actor":
            kw["actor_subject"] = True
        elif sigil == "^" and value == "swap":
            kw["swap"] = True
        elif sigil == "%":
            try:
                kw["weight"] = float(value)
            except ValueError:
                raise LexiconError(path, line, f"{type_}: weight {value!r} is not a number") from None
            if not 0.0 < kw["weight"] <= 1.0:
                raise LexiconError(path, line, f"{type_}: weight {value} must be in (0, 1]")
        else:
            raise LexiconError(path, line, f"{type_}: cannot read {part!r} in entry {raw!r}; "
                               "allowed markers are ~ + @ # !amb !actor ^swap %")
    return Entry(type=type_, pos=pos, head=head, line=line, **kw)


def parse_lexicon(text: str, path: str = "<string>") -> Lexicon:
    """Build a ``Lexicon`` from the YAML text of a lexicon file."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise LexiconError(path, mark.line + 1 if mark else None, f"invalid YAML: {err}") from None
    if not isinstance(data, dict):
        raise LexiconError(path, None, "top level must be a mapping of PLOVER types")
    lex = Lexicon()
    seen: set[tuple] = set()
    for type_, block in data.items():
        tline = _line_of(text, f"{type_}:")
        if type_ not in PLOVER_TYPES:
            raise LexiconError(path, tline, f"unknown PLOVER type {type_!r}; allowed: {', '.join(PLOVER_TYPES)}")
        if not isinstance(block, dict):
            raise LexiconError(path, tline, f"{type_}: block must be a mapping")
        unknown = set(block) - {"verbs", "nouns", "target_preps", "source_preps", "object_is_target"}
        if unknown:
            raise LexiconError(path, tline, f"{type_}: unknown keys {sorted(unknown)}")
        for key, table in (("target_preps", lex.target_preps), ("source_preps", lex.source_preps)):
            preps = block.get(key) or []
            if not isinstance(preps, list) or not all(isinstance(p, str) and p for p in preps):
                raise LexiconError(path, tline, f"{type_}: {key} must be a list of words "
                                   "(quote YAML booleans such as \"on\")")
            table[type_] = frozenset(preps)
        oit = block.get("object_is_target", True)
        if not isinstance(oit, bool):
            raise LexiconError(path, tline, f"{type_}: object_is_target must be true or false")
        lex.object_is_target[type_] = oit
        cursor = tline
        for pos, table in (("verb", lex.verbs), ("noun", lex.nouns)):
            for raw in block.get(pos + "s") or ():
                line = (_line_of(text, f"- {raw}", cursor) or tline) if isinstance(raw, str) else tline
                cursor = max(cursor, line)
                entry = parse_entry(raw, type_, pos, path, line)
                key = (entry.type, entry.pos, entry.head, entry.objects, entry.prep)
                if key in seen:
                    raise LexiconError(path, line, f"{type_}: duplicate entry {raw!r}")
                seen.add(key)
                table.setdefault(entry.head, []).append(entry)
    missing = [t for t in PLOVER_TYPES if t not in lex.target_preps]
    if missing:
        raise LexiconError(path, None, f"no block for PLOVER types {missing}")
    return lex


@resources.cached
def load_lexicon() -> Lexicon:
    """The PLOVER lexicon of the active resources (parsed once per resource set)."""
    path, text = _read(LEXICON_FILE)
    lex = parse_lexicon(text, path)
    logger.debug("loaded %d PLOVER trigger entries from %s", len(lex.entries()), path)
    return lex


@dataclass(frozen=True)
class Modality:
    negation_words: frozenset[str]
    negating_governors: frozenset[str]
    future_auxiliaries: frozenset[str]
    intent_governors: frozenset[str]
    offer_governors: frozenset[str]
    demand_governors: frozenset[str]
    threat_governors: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    deontic_auxiliaries: frozenset[str]
    conditional_marks: frozenset[str]
    historical_phrases: tuple[str, ...]
    historical_period_nouns: frozenset[str]
    historical_min_years: int
    reporting_verbs: frozenset[str]
    accusing_verbs: frozenset[str]
    light_verbs: frozenset[str]
    demand_modals: frozenset[str]
    contexts: dict[str, tuple[str, ...]]
    #: Days before publication past which a date in the act's own clause makes it background
    #: (round 18c; 0: off, and optional in a modality file written before it).
    historical_min_days: int = 0

    @cached_property
    def historical_pattern(self) -> re.Pattern:
        """Any of ``historical_phrases`` with a space either side, to find as whole words in a
        space-joined, space-padded text (one search instead of one per phrase)."""
        return re.compile("|".join(re.escape(f" {p} ") for p in self.historical_phrases) or "(?!)")


def parse_modality(text: str, path: str = "<string>", reporting_verbs: frozenset[str] = frozenset()) -> Modality:
    """Modality cues from the YAML text of a modality file, with ``reporting_verbs`` (kept
    in the reporting-verb resource) filled in."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise LexiconError(path, None, f"invalid YAML: {err}") from None
    if not isinstance(data, dict):
        raise LexiconError(path, None, "top level must be a mapping")
    kw: dict = {"reporting_verbs": frozenset(reporting_verbs)}
    for name, f in Modality.__dataclass_fields__.items():
        if name in SHARED_FIELDS:
            continue
        if name not in data:
            if name in OPTIONAL_FIELDS:
                continue
            raise LexiconError(path, None, f"missing key {name!r}")
        value, line = data[name], _line_of(text, f"{name}:")
        if name in ("historical_min_years", "historical_min_days"):
            if not isinstance(value, int) or value < 0:
                raise LexiconError(path, line, f"{name} must be a non-negative integer")
            kw[name] = value
        elif name == "contexts":
            if not isinstance(value, dict):
                raise LexiconError(path, line, "contexts must map a PLOVER context to a list of words")
            kw[name] = {str(k): tuple(str(w).lower() for w in v) for k, v in value.items()}
        else:
            if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
                raise LexiconError(path, line, f"{name} must be a list of non-empty strings")
            items = [w.lower() for w in value]
            kw[name] = tuple(items) if name == "historical_phrases" else frozenset(items)
    unknown = set(data) - set(Modality.__dataclass_fields__) | set(data) & set(SHARED_FIELDS)
    if unknown:
        raise LexiconError(path, None, f"unknown keys {sorted(unknown)}")
    return Modality(**kw)


@resources.cached
def load_modality() -> Modality:
    path, text = _read(MODALITY_FILE)
    return parse_modality(text, path, resources.with_tag(REPORTING_VERBS_FILE, "events"))
