"""The actor knowledge base: YAML resource files (``communique/resources/actors``, which a
``Resources`` override folder may replace) plus user files that extend it (``kb_paths``).

Every file has the same format (see docs/actors.md): a top-level ``entries`` list of
actors (states, IGOs, organisations, groups, persons, places), and optionally
``roles`` (offices and titles), ``nouns`` (generic actor nouns), ``regions`` and
``sectors``. Files are validated on load; errors name the file and line.

Loaded once per process per resource set and list of user files (``load_kb``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

from .. import resources
from ..document import ACTOR_KINDS
from ..errors import LexiconError
from .text import key_of, parse_date

logger = logging.getLogger(__name__)

#: Shipped data files (under ``actors/`` among the resources), in load order (later files may
#: not redefine a key).
DATA_FILES = ("sectors.yaml", "roles.yaml", "nouns.yaml", "states.yaml", "igos.yaml", "bodies.yaml",
              "groups.yaml", "persons.yaml", "places.yaml")

KEY_PATTERN = re.compile(r"^(?:[A-Z]{3}|(?:person|igo|org|group|place):[a-z0-9][a-z0-9-]*)$")
ISO3_PATTERN = re.compile(r"^[A-Z]{3}$")

ENTRY_FIELDS = {"key", "name", "kind", "country", "sector", "role", "aliases", "parent", "gender", "facts",
                "capitals", "adjectives", "demonyms", "government", "seats", "active"}
STATE_ONLY_FIELDS = {"capitals", "adjectives", "demonyms", "government"}
FACT_FIELDS = {"role", "sector", "country", "kind", "org", "from", "to"}
ROLE_FIELDS = {"role", "sector", "sector2", "titles"}
NOUN_FIELDS = {"sector", "kind", "alone", "words"}
REGION_FIELDS = {"region", "words"}

_UNSET = object()


@dataclass(frozen=True)
class Fact:
    """A dated fact about an entry: between ``start`` (inclusive) and ``end`` (exclusive)."""

    role: str | None = None
    sector: Any = _UNSET
    country: Any = _UNSET
    kind: str | None = None
    org: str | None = None
    start: date | None = None
    end: date | None = None

    def valid_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Entry:
    key: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    gender: str | None = None
    facts: tuple[Fact, ...] = ()
    capitals: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    government: tuple[str, ...] = ()
    #: Cities whose name, when it acts, stands for this body rather than for the state whose
    #: capital it is ("Brussels must stop funding ..." = the EU); IGOs and organisations only.
    seats: tuple[str, ...] = ()
    #: Round 24a: the states an armed group fights in besides its home (``country``): in a story
    #: about one of them the group is of that state (JNIM in a report on Burkina Faso).
    active: tuple[str, ...] = ()
    origin: str = ""


@dataclass(frozen=True)
class Role:
    role: str
    sector: str
    sector2: str | None = None


@dataclass(frozen=True)
class Noun:
    sector: str
    kind: str
    alone: bool = False


@dataclass(frozen=True)
class Surface:
    """One way of writing an entry: ``how`` is name, alias, capital, adjective, demonym or government."""

    key: str
    how: str
    form: str  # as written in the KB (for the case rule)


@dataclass
class KnowledgeBase:
    entries: dict[str, Entry] = field(default_factory=dict)
    surfaces: dict[str, list[Surface]] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    nouns: dict[str, Noun] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    #: (country ISO3 or IGO key, canonical role) -> [(person key, fact)], for office holders
    holders: dict[tuple[str, str], list[tuple[str, Fact]]] = field(default_factory=dict)
    #: look-up key of a seat city -> the key of the body it stands for
    seats: dict[str, str] = field(default_factory=dict)
    max_words: int = 1
    files: tuple[str, ...] = ()

    # -- look-ups --------------------------------------------------------------------
    def surface(self, key: str) -> list[Surface]:
        return self.surfaces.get(key, [])

    def seat_of(self, form: str) -> Entry | None:
        """The body (IGO, organisation) whose seat ``form`` names, when the city acts."""
        key = self.seats.get(key_of(form))
        return self.entries.get(key) if key else None

    def holder(self, where: str, role: str, day: date) -> tuple[str, Fact] | None:
        """The person holding ``role`` in ``where`` (ISO3 or IGO key) on ``day``."""
        found = [(k, f) for k, f in self.holders.get((where, role), []) if f.valid_on(day)]
        if not found:
            return None
        return max(found, key=lambda kf: kf[1].start or date.min)

    # -- building --------------------------------------------------------------------
    def _add_surface(self, form: str, key: str, how: str) -> None:
        k = key_of(form)
        if not k:
            return
        bucket = self.surfaces.setdefault(k, [])
        bucket[:] = [s for s in bucket if not (s.key == key and s.how == how and s.form == form)]
        bucket.append(Surface(key, how, form))
        self.max_words = max(self.max_words, k.count(" ") + 1)

    def add_entry(self, entry: Entry, replace: bool = False) -> None:
        if entry.key in self.entries and not replace:
            old = self.entries[entry.key].origin
            raise LexiconError(entry.origin.rsplit(":", 1)[0], _line(entry.origin),
                               f"key {entry.key!r} is already defined at {old}")
        if entry.key in self.entries:
            self._remove_surfaces(entry.key)
        self.entries[entry.key] = entry
        self._add_surface(entry.name, entry.key, "name")
        for how, forms in (("alias", entry.aliases), ("capital", entry.capitals),
                           ("adjective", entry.adjectives), ("demonym", entry.demonyms),
                           ("government", entry.government)):
            for form in forms:
                self._add_surface(form, entry.key, how)
        for form in entry.seats:
            self.seats[key_of(form)] = entry.key
        for fact in entry.facts:
            if fact.role and entry.kind == "person":
                canon = self.canonical_role(fact.role)
                where = fact.org or (entry.country if fact.country is _UNSET else fact.country)
                if canon and where:
                    self.holders.setdefault((where, canon), []).append((entry.key, fact))

    def _remove_surfaces(self, key: str) -> None:
        for k in list(self.surfaces):
            self.surfaces[k] = [s for s in self.surfaces[k] if s.key != key]
        for k in list(self.holders):
            self.holders[k] = [(p, f) for p, f in self.holders[k] if p != key]
        self.seats = {form: k for form, k in self.seats.items() if k != key}

    def canonical_role(self, text: str) -> str | None:
        role = self.roles.get(key_of(text))
        return role.role if role else None


def _line(origin: str) -> int | None:
    tail = origin.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else None


# -- parsing and validation ---------------------------------------------------------
def _lines_of(text: str, path: str) -> dict[str, list[int]]:
    """Line number (1-based) of each item of each top-level list."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise LexiconError(path, mark.line + 1 if mark else None, f"not valid YAML: {err}") from None
    out: dict[str, list[int]] = {}
    if isinstance(root, yaml.MappingNode):
        for knode, vnode in root.value:
            if isinstance(vnode, yaml.SequenceNode):
                out[knode.value] = [n.start_mark.line + 1 for n in vnode.value]
    return out


class _Checker:
    def __init__(self, path: str, sectors: dict[str, str]):
        self.path, self.sectors = path, sectors

    def fail(self, line: int | None, reason: str):
        raise LexiconError(self.path, line, reason)

    def fields(self, item: Any, allowed: set[str], required: tuple[str, ...], line: int | None, what: str):
        if not isinstance(item, dict):
            self.fail(line, f"each {what} must be a mapping, got {type(item).__name__}")
        unknown = set(item) - allowed
        if unknown:
            self.fail(line, f"unknown {what} field(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
        for name in required:
            if item.get(name) in (None, ""):
                self.fail(line, f"{what} needs a {name!r}")

    def strings(self, item: dict, name: str, line: int | None) -> tuple[str, ...]:
        value = item.get(name) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(line, f"{name!r} must be a list of non-empty strings")
        return tuple(v.strip() for v in value)

    def sector(self, value: Any, line: int | None) -> str | None:
        if value is None:
            return None
        if value not in self.sectors:
            self.fail(line, f"unknown sector {value!r}; allowed: {' '.join(sorted(self.sectors))}")
        return value

    def country(self, value: Any, line: int | None) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not ISO3_PATTERN.match(value):
            self.fail(line, f"country must be an ISO 3166-1 alpha-3 code or null, got {value!r}")
        return value

    def day(self, value: Any, line: int | None, name: str) -> date | None:
        if value is None:
            return None
        parsed = parse_date(value)
        if parsed is None:
            self.fail(line, f"{name!r} must be a date YYYY-MM-DD, got {value!r}")
        return parsed

    def entry(self, item: Any, line: int | None) -> Entry:
        self.fields(item, ENTRY_FIELDS, ("key", "name", "kind"), line, "entry")
        key = str(item["key"])
        if not KEY_PATTERN.match(key):
            self.fail(line, f"key {key!r} must be an ISO3 code (state) or person:|igo:|org:|group:|place: "
                            "followed by a lower-case slug")
        kind = item["kind"]
        if kind not in ACTOR_KINDS:
            self.fail(line, f"kind {kind!r} is not one of {', '.join(ACTOR_KINDS)}")
        if kind != "state" and STATE_ONLY_FIELDS & set(item):
            self.fail(line, f"fields {sorted(STATE_ONLY_FIELDS & set(item))} are only for kind state")
        if kind in ("state", "person", "location") and item.get("seats"):
            self.fail(line, "field 'seats' is for bodies (igo, organization, group), not kind " + kind)
        if kind != "armed_group" and item.get("active"):
            self.fail(line, "field 'active' is for armed groups, not kind " + kind)
        if kind == "state" and key != key.upper():
            self.fail(line, "a state's key is its ISO3 code")
        gender = item.get("gender")
        if gender not in (None, "m", "f"):
            self.fail(line, f"gender must be m or f, got {gender!r}")
        facts = []
        for raw in item.get("facts") or []:
            self.fields(raw, FACT_FIELDS, (), line, "fact")
            if raw.get("kind") is not None and raw["kind"] not in ACTOR_KINDS:
                self.fail(line, f"fact kind {raw['kind']!r} is not one of {', '.join(ACTOR_KINDS)}")
            start, end = self.day(raw.get("from"), line, "from"), self.day(raw.get("to"), line, "to")
            if start and end and end < start:
                self.fail(line, f"fact ends ({end}) before it starts ({start})")
            facts.append(Fact(
                role=raw.get("role"),
                sector=self.sector(raw["sector"], line) if "sector" in raw else _UNSET,
                country=self.country(raw["country"], line) if "country" in raw else _UNSET,
                kind=raw.get("kind"), org=raw.get("org"), start=start, end=end))
        country = key if kind == "state" else self.country(item.get("country"), line)
        return Entry(
            key=key, name=str(item["name"]).strip(), kind=kind, country=country,
            sector=self.sector(item.get("sector"), line), role=item.get("role"),
            aliases=self.strings(item, "aliases", line), parent=item.get("parent"), gender=gender,
            facts=tuple(facts), capitals=self.strings(item, "capitals", line),
            adjectives=self.strings(item, "adjectives", line), demonyms=self.strings(item, "demonyms", line),
            government=self.strings(item, "government", line), seats=self.strings(item, "seats", line),
            active=tuple(self.country(c, line) for c in self.strings(item, "active", line)),
            origin=f"{self.path}:{line}")


def _read(path: str, text: str, kb: KnowledgeBase, user: bool) -> None:
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise LexiconError(path, mark.line + 1 if mark else None, f"not valid YAML: {err}") from None
    if data is None:
        return
    if not isinstance(data, dict):
        raise LexiconError(path, 1, "a knowledge-base file is a mapping with entries/roles/nouns/regions/sectors")
    unknown = set(data) - {"entries", "roles", "nouns", "regions", "sectors"}
    if unknown:
        raise LexiconError(path, 1, f"unknown top-level key(s) {sorted(unknown)}; "
                                    "allowed: entries, roles, nouns, regions, sectors")
    lines = _lines_of(text, path)
    if "sectors" in data:
        if not isinstance(data["sectors"], dict):
            raise LexiconError(path, 1, "'sectors' must map CODE: description")
        for code in data["sectors"]:
            if not re.match(r"^[A-Z]{3}$", str(code)):
                raise LexiconError(path, None, f"sector code {code!r} must be three capital letters")
            kb.sectors[str(code)] = str(data["sectors"][code])
    check = _Checker(path, kb.sectors)
    for name in ("roles", "nouns", "regions", "entries"):
        items = data.get(name) or []
        if not isinstance(items, list):
            raise LexiconError(path, 1, f"{name!r} must be a list")
        for i, item in enumerate(items):
            line = lines.get(name, [None] * len(items))[i]
            if name == "roles":
                check.fields(item, ROLE_FIELDS, ("role", "sector", "titles"), line, "role")
                role = Role(item["role"], check.sector(item["sector"], line), check.sector(item.get("sector2"), line))
                for title in check.strings(item, "titles", line) + (item["role"],):
                    kb.roles[key_of(title)] = role
            elif name == "nouns":
                check.fields(item, NOUN_FIELDS, ("sector", "kind", "words"), line, "noun group")
                if item["kind"] not in ACTOR_KINDS:
                    check.fail(line, f"kind {item['kind']!r} is not one of {', '.join(ACTOR_KINDS)}")
                noun = Noun(check.sector(item["sector"], line), item["kind"], bool(item.get("alone", False)))
                for word in check.strings(item, "words", line):
                    kb.nouns[key_of(word)] = noun
            elif name == "regions":
                check.fields(item, REGION_FIELDS, ("region", "words"), line, "region")
                for word in check.strings(item, "words", line):
                    kb.regions[key_of(word)] = str(item["region"])
            else:
                kb.add_entry(check.entry(item, line), replace=user)


def _add_pycountry_names(kb: KnowledgeBase) -> None:
    """Official and common names of the states already in the KB, from pycountry."""
    try:
        import pycountry
    except ImportError:  # names in states.yaml are enough
        return
    for entry in list(kb.entries.values()):
        if entry.kind != "state":
            continue
        country = pycountry.countries.get(alpha_3=entry.key)
        if country is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                kb._add_surface(value, entry.key, "alias")


def build_kb(user_paths: tuple[str, ...] = ()) -> KnowledgeBase:
    kb = KnowledgeBase()
    res = resources.active()
    for name in DATA_FILES:
        _read(res.source(f"actors/{name}"), res.read_text(f"actors/{name}"), kb, user=False)
    _add_pycountry_names(kb)
    for path in user_paths:
        try:
            text = Path(path).read_text("utf-8")
        except OSError as err:
            raise LexiconError(str(path), None, f"cannot read knowledge-base file: {err.strerror}") from None
        _read(str(path), text, kb, user=True)
    kb.files = DATA_FILES + tuple(str(p) for p in user_paths)
    logger.info("actor knowledge base: %d entries, %d surface forms, %d user files",
                len(kb.entries), len(kb.surfaces), len(user_paths))
    return kb


@lru_cache(maxsize=8)
def _cached(fingerprint: str, user_paths: tuple[str, ...], stamps: tuple[float, ...]) -> KnowledgeBase:
    return build_kb(user_paths)  # built from the active resources, whose fingerprint is in the key


def load_kb(user_paths=()) -> KnowledgeBase:
    """The KB of the active resources plus ``user_paths`` (YAML files), built once per process
    per resource set and set of user files."""
    paths = tuple(str(p) for p in (user_paths or ()))
    stamps = tuple(Path(p).stat().st_mtime if Path(p).exists() else -1.0 for p in paths)
    return _cached(resources.active().fingerprint(), paths, stamps)
