"""The `communique/2` output contract as typed dataclasses.

Every record carries character offsets into ``Document.text`` (Python ``str``
indices, start inclusive, end exclusive). ``Document.to_dict()`` produces the
JSON object described in DESIGN.md and ``Document.from_dict()`` reads it back;
``to_dict(from_dict(x)) == x`` for every valid ``x``.

``communique/2`` is ``communique/1`` plus two top-level fields:
``extensions`` (``{name: JSON value}``, what plugin stages found; ``{}`` when
none ran) and ``pipeline_version`` (the ``Pipeline.version`` that made the
document, or ``null``). Later additive fields: ``events[].cue``, ``date_source``
(where ``published`` came from: ``metadata``, ``date_line``, ``dateline``, ``text``
or ``null``), ``events[].date_source`` (where the event's date came from: ``sentence``,
``context``, ``published`` or ``null``) and ``events[].date_precision`` (``day``,
``week``, ``month``, ``year`` or ``null``; a coarser date is its period's first day). ``from_dict`` reads both versions; a ``communique/1`` object gets
``extensions={}``, ``pipeline_version=None`` and ``date_source=None``.

Records are frozen; the pipeline runner (``pipeline.py``) is the only code
that writes stage results onto a ``Document``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Iterable

SCHEMA_VERSION = "communique/2"
#: Every contract version ``Document.from_dict`` reads, oldest first.
SCHEMA_VERSIONS = ("communique/1", "communique/2")

SECTION_KINDS = ("news", "commentary", "statement", "byline", "other")
ACTOR_KINDS = ("state", "person", "organization", "igo", "armed_group", "group", "location")
EVENT_MODES = ("asserted", "negated", "intended", "offered", "demanded", "hypothetical", "historical")
ATTRIBUTION_KINDS = ("reported", "quoted", "author")
QUOTE_KINDS = ("direct", "indirect")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
TECHNIQUES = (
    "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Exaggeration,Minimisation",
    "Doubt", "Appeal_to_fear-prejudice", "Flag-Waving", "Causal_Oversimplification",
    "Slogans", "Appeal_to_Authority", "Black-and-White_Fallacy",
    "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring",
    "Bandwagon,Reductio_ad_hitlerum",
)


def content_id(text: str) -> str:
    """Stable id of a document: the first 16 hex digits of SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _spans(value: Iterable[Iterable[int]]) -> tuple[tuple[int, int], ...]:
    return tuple((int(s), int(e)) for s, e in value)


#: Round 34e17: the affiliation of the author an editorial board signs for: the paper itself
#: (``structure.bylines.editorial_board``; the actors stage makes it an organisation).
EDITORIAL_BOARD = "editorial board"


@dataclass(frozen=True)
class Author:
    name: str
    affiliation: str | None = None


@dataclass(frozen=True)
class Section:
    kind: str
    start: int
    end: int
    heading: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "heading": self.heading, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()
    # Stable cross-document key ("RUS", "RUS:GOV", "person:vladimir-putin"): an additive field.
    key: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
            "sector": self.sector, "role": self.role, "mentions": [list(m) for m in self.mentions],
            "key": self.key,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Actor":
        return cls(d["id"], d["name"], d["kind"], d.get("country"), d.get("sector"), d.get("role"),
                   _spans(d.get("mentions", ())), d.get("key"))


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Attribution:
    kind: str = "reported"
    speaker: str | None = None


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    mode: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    trigger: Trigger
    sentence: tuple[int, int]
    section: str | None = None
    attribution: Attribution = Attribution()
    plover_mode: str | None = None
    date: str | None = None
    location: str | None = None
    context: tuple[str, ...] = ()
    confidence: float = 0.0
    cue: str | None = None  # why it was coded: "rule:cue word" or "model:score"; extra field
    date_source: str | None = None  # where ``date`` came from: sentence, context, published; extra field
    date_precision: str | None = None  # day, week, month or year (``date`` is its first day); extra field

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "plover_mode": self.plover_mode,
            "source": list(self.source), "target": list(self.target),
            "trigger": {"start": self.trigger.start, "end": self.trigger.end, "text": self.trigger.text},
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
            "section": self.section,
            "attribution": {"kind": self.attribution.kind, "speaker": self.attribution.speaker},
            "date": self.date, "location": self.location, "context": list(self.context),
            "confidence": round(float(self.confidence), 4), "cue": self.cue,
            "date_source": self.date_source, "date_precision": self.date_precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(
            id=d["id"], type=d["type"], mode=d["mode"], source=tuple(d["source"]),
            target=tuple(d["target"]), trigger=Trigger(**d["trigger"]),
            sentence=(d["sentence"]["start"], d["sentence"]["end"]), section=d.get("section"),
            attribution=Attribution(**d["attribution"]), plover_mode=d.get("plover_mode"),
            date=d.get("date"), location=d.get("location"), context=tuple(d.get("context", ())),
            confidence=float(d.get("confidence", 0.0)), cue=d.get("cue"),
            date_source=d.get("date_source"), date_precision=d.get("date_precision"),
        )


@dataclass(frozen=True)
class Quote:
    id: str
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "text": self.text, "start": self.start,
                "end": self.end, "speaker": self.speaker, "speaker_text": self.speaker_text,
                "cue": self.cue}


@dataclass(frozen=True)
class Technique:
    technique: str
    start: int
    end: int
    text: str
    confidence: float
    cue: str | None = None  # what triggered it ("why was this flagged?"); extra field
    # Whose technique it is: "author", or the actor id of the quoted speaker whose words
    # hold the span (issue 18); an additive field, None when not known (a quote with no speaker).
    holder: str | None = "author"

    def to_dict(self) -> dict[str, Any]:
        return {"technique": self.technique, "start": self.start, "end": self.end,
                "text": self.text, "confidence": round(float(self.confidence), 4), "cue": self.cue,
                "holder": self.holder}


@dataclass(frozen=True)
class CallToAction:
    start: int
    end: int
    text: str
    action: str
    addressee: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "addressee": self.addressee, "action": self.action}


@dataclass(frozen=True)
class Stance:
    holder: str
    target: str
    polarity: float
    evidence: tuple[tuple[int, int], ...] = ()
    # Why each evidence span counts ("evaluative 'treachery'", "event ACCUSE (accused)"),
    # parallel to ``evidence``, strongest first (issue 18); an additive field.
    reasons: tuple[str, ...] = ()
    # The stance per passage (paragraph) that holds evidence: (start, end, polarity), in text
    # order (issue 18); an additive field.
    passages: tuple[tuple[int, int, float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"holder": self.holder, "target": self.target,
                "polarity": round(float(self.polarity), 4),
                "evidence": [list(e) for e in self.evidence],
                "reasons": list(self.reasons),
                "passages": [[s, e, round(float(p), 4)] for s, e, p in self.passages]}


@dataclass
class Document:
    """One analysed document: its text, metadata and every stage's records."""

    text: str
    source: str | None = None
    id: str = ""
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    #: Where ``published`` came from: "metadata", "date_line", "dateline", "text" or None.
    date_source: str | None = None
    authors: list[Author] = field(default_factory=list)
    language: str = "en"
    sections: list[Section] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    techniques: list[Technique] = field(default_factory=list)
    calls_to_action: list[CallToAction] = field(default_factory=list)
    stance: list[Stance] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    # What plugin stages found, by extension name (JSON values; the runner writes them).
    extensions: dict[str, Any] = field(default_factory=dict)
    # The Pipeline.version that produced this document (None before analysis).
    pipeline_version: str | None = None
    # Input metadata and reader hints (markdown headings, url...). Not part of the JSON contract
    # except through the fields above; kept for stages and stores.
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    # -- look-ups shared by stages -------------------------------------------------
    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping ``[start, end)`` most, or ``None``."""
        best, best_overlap = None, 0
        for a in self.actors:
            for s, e in a.mentions:
                overlap = min(e, end) - max(s, start)
                if overlap > best_overlap:
                    best, best_overlap = a, overlap
        return best

    def section_at(self, offset: int) -> Section | None:
        return next((s for s in self.sections if s.start <= offset < s.end), None)

    # -- JSON -----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "publisher": self.publisher,
            "published": self.published,
            "date_source": self.date_source,
            "authors": [{"name": a.name, "affiliation": a.affiliation} for a in self.authors],
            "language": self.language,
            "text": self.text,
            "sections": [s.to_dict() for s in self.sections],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "techniques": [t.to_dict() for t in self.techniques],
            "calls_to_action": [c.to_dict() for c in self.calls_to_action],
            "stance": [s.to_dict() for s in self.stance],
            "extensions": self.extensions,
            "pipeline_version": self.pipeline_version,
        }
        if self.summary:
            out["summary"] = self.summary
        return out

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        if d.get("schema") not in SCHEMA_VERSIONS:
            from .errors import SchemaError

            raise SchemaError(f"expected schema {' or '.join(map(repr, SCHEMA_VERSIONS))}, "
                              f"got {d.get('schema')!r}")
        return cls(
            text=d["text"], source=d.get("source"), id=d["id"], title=d.get("title"),
            publisher=d.get("publisher"), published=d.get("published"), date_source=d.get("date_source"),
            authors=[Author(a["name"], a.get("affiliation")) for a in d.get("authors", [])],
            language=d.get("language", "en"),
            sections=[Section(s["kind"], s["start"], s["end"], s.get("heading")) for s in d.get("sections", [])],
            actors=[Actor.from_dict(a) for a in d.get("actors", [])],
            events=[Event.from_dict(e) for e in d.get("events", [])],
            quotes=[Quote(**q) for q in d.get("quotes", [])],
            techniques=[Technique(**t) for t in d.get("techniques", [])],
            calls_to_action=[CallToAction(**c) for c in d.get("calls_to_action", [])],
            stance=[Stance(s["holder"], s["target"], s["polarity"], _spans(s.get("evidence", ())),
                           tuple(s.get("reasons") or ()),
                           tuple((int(a), int(b), float(p)) for a, b, p in s.get("passages") or ()))
                    for s in d.get("stance", [])],
            summary=d.get("summary") or {},
            extensions=dict(d.get("extensions") or {}),
            pipeline_version=d.get("pipeline_version"),
        )

    @classmethod
    def from_json(cls, s: str) -> "Document":
        return cls.from_dict(json.loads(s))

