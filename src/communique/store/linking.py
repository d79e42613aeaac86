"""Pure rules above the document: which two event mentions denote one real-world event,
which two documents tell one story, and the connected components both make.

These functions take plain store rows and return plain values, so the embedded store
(``store.stories``) and the Spark job (``runners.spark_stories``) run exactly the same
rules and get exactly the same clusters.

    >>> doc = {"id": "d1", "published": date(2025, 3, 4), "publisher": "Wire", "title": "...",
    ...        "text": "...", "events": [...], "event_actors": [...], "doc_actors": [...]}
    >>> mentions = mentions_of(doc)          # one Mention per event, with its blocking keys
    >>> same_event(mentions[0], other)       # compatible type, actors, dates, location
    >>> sketch = sketch_of(doc)              # MinHash of its words + its actor keys
    >>> same_story(sketch, other_sketch, shared_events=1)

Event rule (after GDELT's event deduplication, with evidence kept): two mentions are one
event when their quad classes agree (their types when either has none), the source keys
overlap and the target keys overlap (for the symmetric types, also crosswise), their
days lie within ``WINDOW_DAYS`` of their types, and their locations agree when both are
known. An actor key also matches through its country (``RUS:GOV`` and a Russian
minister both match ``RUS``). Undated mentions only join mentions of their own document.

Story rule: two dated documents within ``STORY_WINDOW_DAYS`` tell one story when their
word sets are similar (estimated Jaccard of content words >= ``TEXT_LINK_SIMILARITY``,
with a shared actor), or when they report one event and are at least
``EVENT_LINK_SIMILARITY`` similar. Clusters are connected components (single link), so
the result does not depend on the order documents arrive in: an incremental update that
adds the links of new documents to the stored ones equals a full rebuild.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any, Iterable

import numpy as np

from . import minhash
from .rows import QUAD_CLASS

#: Days two mentions of one event may lie apart, by PLOVER type: an attack or an arrest is
#: reported within a day or two; a meeting, a statement or an accusation is re-reported for
#: a few days; sanctions, aid and agreements are announced, then enacted.
WINDOW_DAYS = {
    "ASSAULT": 1, "COERCE": 2, "MOBILIZE": 2, "PROTEST": 2, "RETREAT": 2,
    "CONSULT": 3, "AGREE": 3, "SUPPORT": 3, "CONCEDE": 3, "REQUEST": 3, "ACCUSE": 3,
    "REJECT": 3, "THREATEN": 3, "COOPERATE": 5, "AID": 5, "SANCTION": 5,
}
#: Window for a type not listed above.
DEFAULT_WINDOW_DAYS = 3
MAX_WINDOW_DAYS = max([DEFAULT_WINDOW_DAYS, *WINDOW_DAYS.values()])
#: Types whose source and target may swap between reports ("A met B" = "B met A").
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})

#: Days two documents of one story may lie apart (the sliding window; stories that develop
#: longer chain through documents in between).
STORY_WINDOW_DAYS = 7
#: Estimated Jaccard of content words that links two documents on text alone (with a shared
#: actor). Measured on the story corpus (testing/stories.py): same-story pairs in different
#: voices lie mostly above it, unrelated documents on the same actors below.
TEXT_LINK_SIMILARITY = 0.2
#: Similarity enough when the two documents also report one event.
EVENT_LINK_SIMILARITY = 0.08
#: Shortest word kept for the word sets (shorter ones are mostly function words).
MIN_WORD_CHARS = 3

_ISO3 = re.compile(r"^[A-Z]{3}$")
_WORD = re.compile(r"[^\W\d_]+")
_EPOCH = _dt.date(1970, 1, 1)


def day_number(value: Any) -> int | None:
    """Days since 1970-01-01 of a date (``date``, ``datetime``, ``YYYY-MM-DD``), else None."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = _dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    if isinstance(value, _dt.date):
        return (value - _EPOCH).days
    return None


def day_date(day: int | None) -> _dt.date | None:
    return None if day is None else _EPOCH + _dt.timedelta(days=int(day))


def match_keys(key: str | None, country: str | None) -> frozenset[str]:
    """The keys an actor matches on: its own, its state's (``RUS`` of ``RUS:GOV``), its country."""
    if not key:
        return frozenset()
    out = {key}
    head = key.split(":", 1)[0]
    if _ISO3.match(head):
        out.add(head)
    if country and _ISO3.match(country):
        out.add(country)
    return frozenset(out)


@dataclass(frozen=True)
class Mention:
    """One event as one document reports it, with what the event rule compares."""

    doc_id: str
    event_id: str
    type: str
    quad_class: str | None
    day: int | None
    location: str | None
    sources: frozenset[str]
    targets: frozenset[str]

    @property
    def ref(self) -> tuple[str, str]:
        return (self.doc_id, self.event_id)

    def blocks(self) -> list[str]:
        """Blocking keys: two mentions are compared only when they share one."""
        group = self.quad_class or self.type
        pairs = {(s, t) for s in self.sources or {"-"} for t in self.targets or {"-"}}
        if self.type in SYMMETRIC_TYPES:
            pairs |= {(t, s) for s, t in pairs}
        return sorted(f"{group}|{s}|{t}" for s, t in pairs)


def window_days(type_a: str, type_b: str) -> int:
    return max(WINDOW_DAYS.get(type_a, DEFAULT_WINDOW_DAYS), WINDOW_DAYS.get(type_b, DEFAULT_WINDOW_DAYS))


def _sides_match(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) or (not a and not b)


def same_event(a: Mention, b: Mention) -> bool:
    """True when two mentions denote one real-world event (the module docstring's rule)."""
    if a.ref == b.ref:
        return False
    if a.quad_class and b.quad_class:
        if a.quad_class != b.quad_class:
            return False
    elif a.type != b.type:
        return False
    if a.day is None or b.day is None:
        if a.doc_id != b.doc_id:
            return False
    elif abs(a.day - b.day) > window_days(a.type, b.type):
        return False
    if a.location and b.location and a.location != b.location:
        return False
    if not (a.sources | a.targets) or not (b.sources | b.targets):
        return False
    if _sides_match(a.sources, b.sources) and _sides_match(a.targets, b.targets):
        return True
    symmetric = a.type in SYMMETRIC_TYPES or b.type in SYMMETRIC_TYPES
    return symmetric and _sides_match(a.sources, b.targets) and _sides_match(a.targets, b.sources)


def mentions_of(doc: dict[str, Any]) -> list[Mention]:
    """The event mentions of one document's rows (``events``, ``event_actors``, ``doc_actors``)."""
    country = {(r["actor_id"]): r.get("country") for r in doc.get("doc_actors", ())}
    sides: dict[tuple[str, str], set[str]] = {}
    for r in doc.get("event_actors", ()):
        keys = match_keys(r.get("key"), country.get(r.get("actor_id")))
        sides.setdefault((r["event_id"], r["role"]), set()).update(keys)
    published = day_number(doc.get("published"))
    out = []
    for e in doc.get("events", ()):
        day = day_number(e.get("date"))
        location = (e.get("location") or "").strip().casefold() or None
        out.append(Mention(doc["id"], e["event_id"], e["type"], e.get("quad_class") or QUAD_CLASS.get(e["type"]),
                           published if day is None else day, location,
                           frozenset(sides.get((e["event_id"], "source"), ())),
                           frozenset(sides.get((e["event_id"], "target"), ()))))
    return sorted(out, key=lambda m: m.ref)


def event_links(mentions: Iterable[Mention], new: set[str] | None = None) -> set[tuple[str, str, str, str]]:
    """Pairs ``(a_doc, a_event, b_doc, b_event)`` (a < b) of mentions of one event among
    ``mentions``; with ``new`` (document ids), only pairs with at least one new document."""
    blocks: dict[str, list[Mention]] = {}
    for m in mentions:
        for key in m.blocks():
            blocks.setdefault(key, []).append(m)
    out: set[tuple[str, str, str, str]] = set()
    for members in blocks.values():
        dated = sorted((m for m in members if m.day is not None), key=lambda m: (m.day, m.ref))
        for i, a in enumerate(dated):
            for b in dated[i + 1:]:
                if b.day - a.day > MAX_WINDOW_DAYS:
                    break
                _add_link(out, a, b, new)
        by_doc: dict[str, list[Mention]] = {}
        for m in members:
            if m.day is None:
                by_doc.setdefault(m.doc_id, []).append(m)
        for doc_id, undated in by_doc.items():
            same_doc = undated + [m for m in dated if m.doc_id == doc_id]
            for i, a in enumerate(same_doc):
                for b in same_doc[i + 1:]:
                    _add_link(out, a, b, new)
    return out


def _add_link(out: set, a: Mention, b: Mention, new: set[str] | None) -> None:
    if new is not None and a.doc_id not in new and b.doc_id not in new:
        return
    if same_event(a, b):
        first, second = sorted((a.ref, b.ref))
        out.add((*first, *second))


# -- documents -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Sketch:
    """What the story rule compares of a document."""

    doc_id: str
    day: int | None
    signature: np.ndarray
    actor_keys: frozenset[str]


def words_of(text: str) -> set[str]:
    """Content words of a text: lower-cased letter runs of ``MIN_WORD_CHARS`` or more that are
    not English stop words (spaCy's list, shipped with the spaCy package)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return {w for w in _WORD.findall(text.lower()) if len(w) >= MIN_WORD_CHARS and w not in STOP_WORDS}


def sketch_of(doc: dict[str, Any]) -> Sketch:
    """The story sketch of one document's rows: its day (publication date, else its earliest
    dated event), the MinHash of its title and text words, the match keys of its actors."""
    day = day_number(doc.get("published"))
    if day is None:
        days = [d for d in (day_number(e.get("date")) for e in doc.get("events", ())) if d is not None]
        day = min(days) if days else None
    text = f"{doc.get('title') or ''}\n{doc.get('text') or ''}"
    keys: set[str] = set()
    for r in doc.get("doc_actors", ()):
        keys |= match_keys(r.get("key"), r.get("country"))
    return Sketch(doc["id"], day, minhash.signature(words_of(text)), frozenset(keys))


def same_story(a: Sketch, b: Sketch, shared_events: int = 0) -> tuple[bool, float]:
    """``(linked, estimated text similarity)`` of two documents (the module docstring's rule)."""
    sim = minhash.similarity(a.signature, b.signature)
    if a.day is None or b.day is None or abs(a.day - b.day) > STORY_WINDOW_DAYS:
        return False, sim
    if shared_events > 0 and sim >= EVENT_LINK_SIMILARITY:
        return True, sim
    return sim >= TEXT_LINK_SIMILARITY and bool(a.actor_keys & b.actor_keys), sim


# -- components ----------------------------------------------------------------------------
def components(links: Iterable[tuple[Any, Any]]) -> dict[Any, Any]:
    """Node -> the smallest node of its connected component (union-find; order-free)."""
    parent: dict[Any, Any] = {}

    def find(x):
        root = x
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            parent[rb] = ra
    return {x: find(x) for x in list(parent)}


def cluster_id(prefix: str, root: Any) -> str:
    """A stable id for the component whose smallest member is ``root``."""
    raw = "\x1f".join(root) if isinstance(root, tuple) else str(root)
    return f"{prefix}{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:10]}"
