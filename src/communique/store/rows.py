"""One ``Document`` -> the rows of every store table: the single conversion used by
the DuckDB writer (``store.writer``), the Parquet export and the Spark runner.

    >>> rows = document_rows(document, pipeline_version="0.1.0+structure.v1,...")
    >>> sorted(rows)        # every table in TABLES, possibly with empty lists
    ['actors', 'calls_to_action', 'doc_actors', 'documents', 'event_actors', 'events',
     'extensions', 'mentions', 'quotes', 'sections', 'stance', 'techniques']
    >>> rows_to_arrow("events", rows["events"])   # a pyarrow.Table with the exact column types

Row values are plain Python: ``str``, ``int``, ``float``, ``None``,
``datetime.date`` for DATE columns, ``datetime.datetime`` (UTC, naive) for
TIMESTAMP columns, and JSON columns as JSON *strings*. ``TABLES`` lists each
table's columns in order with their DuckDB type; ``store/schema.sql`` creates
exactly these columns (a test checks it).

Cross-document actor identity is ``Actor.key`` (from the actors stage); an actor
without one gets ``fallback_key(actor)`` (``RUS`` for a state with a country,
else ``<kind>:<slug of name>``). The ``actors`` rows of one document are its
distinct keys; writers keep the first row seen per key.

Partitioning for Parquet: ``published_month(document)`` is ``YYYY-MM`` or
``unknown``; every row of a document goes to that month's partition, and
the tables without a document (``actors``, ``errors``) go to ``unknown``.

``extensions`` holds what plugin stages found (``Document.extensions``), one
row per item: a list gives one row per element, any other value one row with
``item`` 0; ``start``/``end`` are set when the item is an object with integer
``start`` and ``end``, and ``data`` is the item as JSON.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Iterable

from ..dates import parse_date
from ..document import Actor, Document
from ..names import slug
from ..schema import item_span

#: Quad class of each PLOVER type: the taxonomy's quad categories (verbal/material
#: cooperation/conflict), written out here so the store does not read evaluation data.
QUAD_CLASS = {
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation", "CONCEDE": "verbal cooperation",
    "COOPERATE": "material cooperation", "AID": "material cooperation",
    "RETREAT": "material cooperation",
    "REQUEST": "verbal conflict", "ACCUSE": "verbal conflict",
    "REJECT": "verbal conflict", "THREATEN": "verbal conflict",
    "PROTEST": "material conflict", "SANCTION": "material conflict",
    "MOBILIZE": "material conflict", "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}

#: Partition value of a document without a (valid) publication date.
UNKNOWN_MONTH = "unknown"

V, I, D, DT, TS, J = "VARCHAR", "INTEGER", "DOUBLE", "DATE", "TIMESTAMP", "JSON"

#: Every store table and its columns in order, with DuckDB types.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (("id", V), ("source", V), ("title", V), ("publisher", V), ("published", DT),
                  ("language", V), ("authors", J), ("text", V), ("pipeline_version", V),
                  ("ingested_at", TS), ("summary", J), ("doc", J), ("date_source", V)),
    "sections": (("doc_id", V), ("ord", I), ("kind", V), ("heading", V), ("start", I), ("end", I)),
    "actors": (("key", V), ("name", V), ("kind", V), ("country", V), ("sector", V), ("role", V)),
    "doc_actors": (("doc_id", V), ("actor_id", V), ("key", V), ("name", V), ("kind", V),
                   ("country", V), ("sector", V), ("role", V), ("n_mentions", I)),
    "mentions": (("doc_id", V), ("actor_id", V), ("key", V), ("start", I), ("end", I), ("text", V)),
    "events": (("doc_id", V), ("event_id", V), ("type", V), ("mode", V), ("plover_mode", V),
               ("quad_class", V), ("trigger_start", I), ("trigger_end", I), ("trigger_text", V),
               ("sentence_start", I), ("sentence_end", I), ("section", V), ("attribution", V),
               ("speaker_id", V), ("speaker_key", V), ("date", DT), ("location", V),
               ("context", J), ("confidence", D), ("published", DT), ("publisher", V),
               ("cue", V), ("date_source", V), ("date_precision", V)),
    "event_actors": (("doc_id", V), ("event_id", V), ("role", V), ("actor_id", V), ("key", V)),
    "quotes": (("doc_id", V), ("quote_id", V), ("kind", V), ("text", V), ("start", I), ("end", I),
               ("speaker_id", V), ("speaker_key", V), ("speaker_text", V), ("cue", V)),
    "techniques": (("doc_id", V), ("technique", V), ("start", I), ("end", I), ("text", V),
                   ("confidence", D), ("cue", V), ("holder", V), ("holder_key", V)),
    "calls_to_action": (("doc_id", V), ("start", I), ("end", I), ("text", V), ("addressee", V),
                        ("addressee_key", V), ("action", V)),
    "stance": (("doc_id", V), ("holder", V), ("holder_key", V), ("target", V), ("target_key", V),
               ("polarity", D), ("evidence", J), ("reasons", J), ("passages", J)),
    "extensions": (("doc_id", V), ("name", V), ("item", I), ("start", I), ("end", I), ("data", J)),
    "errors": (("source", V), ("stage", V), ("message", V), ("at", TS)),
}

#: Tables filled from documents (``errors`` is written by the runners, not from a Document).
DOCUMENT_TABLES = tuple(t for t in TABLES if t != "errors")
#: Tables whose rows belong to one document (they carry ``doc_id``).
PER_DOCUMENT_TABLES = tuple(t for t in DOCUMENT_TABLES if t not in ("documents", "actors"))


def columns(table: str) -> tuple[str, ...]:
    """Column names of ``table`` in order."""
    return tuple(name for name, _ in TABLES[table])


def fallback_key(actor: Actor) -> str:
    """Cross-document key of an actor the actors stage gave none."""
    if actor.kind == "state" and actor.country:
        return actor.country
    return f"{actor.kind}:{slug(actor.name, empty='unnamed')}"


def actor_key(actor: Actor) -> str:
    return actor.key or fallback_key(actor)


def published_month(document: Document) -> str:
    """Partition of a document: ``YYYY-MM`` of its publication date, or ``unknown``."""
    date = parse_date(document.published)
    return f"{date.year:04d}-{date.month:02d}" if date else UNKNOWN_MONTH


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def document_rows(document: Document, pipeline_version: str,
                  ingested_at: _dt.datetime | None = None) -> dict[str, list[dict[str, Any]]]:
    """Rows of each table in ``DOCUMENT_TABLES`` for one analysed document.

    Args:
        document: an analysed ``Document`` (any stage may have left its list empty).
        pipeline_version: ``Pipeline.version`` of the pipeline that produced it.
        ingested_at: when it was stored (default: now, UTC).

    Returns:
        ``{table: [row, ...]}``; each row is a dict with exactly ``columns(table)``.
    """
    d = document
    keys = {a.id: actor_key(a) for a in d.actors}
    published = parse_date(d.published)
    whole = d.to_dict()
    whole.pop("text")  # stored once, in documents.text; Corpus.document() puts it back
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in DOCUMENT_TABLES}
    out["documents"].append({
        "id": d.id, "source": d.source, "title": d.title, "publisher": d.publisher,
        "published": published, "language": d.language,
        "authors": _json([{"name": a.name, "affiliation": a.affiliation} for a in d.authors]),
        "text": d.text, "pipeline_version": pipeline_version,
        "ingested_at": ingested_at or _now(), "summary": _json(d.summary or {}), "doc": _json(whole),
        "date_source": d.date_source,
    })
    for n, s in enumerate(d.sections):
        out["sections"].append({"doc_id": d.id, "ord": n, "kind": s.kind, "heading": s.heading,
                                "start": s.start, "end": s.end})
    seen: set[str] = set()
    for a in d.actors:
        key = keys[a.id]
        if key not in seen:
            seen.add(key)
            out["actors"].append({"key": key, "name": a.name, "kind": a.kind, "country": a.country,
                                  "sector": a.sector, "role": a.role})
        out["doc_actors"].append({"doc_id": d.id, "actor_id": a.id, "key": key, "name": a.name,
                                  "kind": a.kind, "country": a.country, "sector": a.sector,
                                  "role": a.role, "n_mentions": len(a.mentions)})
        for start, end in a.mentions:
            out["mentions"].append({"doc_id": d.id, "actor_id": a.id, "key": key, "start": start,
                                    "end": end, "text": d.text[start:end]})
    for e in d.events:
        speaker = e.attribution.speaker
        out["events"].append({
            "doc_id": d.id, "event_id": e.id, "type": e.type, "mode": e.mode,
            "plover_mode": e.plover_mode, "quad_class": QUAD_CLASS.get(e.type),
            "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
            "trigger_text": e.trigger.text, "sentence_start": e.sentence[0],
            "sentence_end": e.sentence[1], "section": e.section, "attribution": e.attribution.kind,
            "speaker_id": speaker, "speaker_key": keys.get(speaker) if speaker else None,
            "date": parse_date(e.date), "location": e.location, "context": _json(list(e.context)),
            "confidence": float(e.confidence), "published": published, "publisher": d.publisher,
            "cue": e.cue, "date_source": e.date_source, "date_precision": e.date_precision,
        })
        for role, ids in (("source", e.source), ("target", e.target)):
            for actor_id in ids:
                out["event_actors"].append({"doc_id": d.id, "event_id": e.id, "role": role,
                                            "actor_id": actor_id, "key": keys.get(actor_id)})
    for q in d.quotes:
        out["quotes"].append({"doc_id": d.id, "quote_id": q.id, "kind": q.kind, "text": q.text,
                              "start": q.start, "end": q.end, "speaker_id": q.speaker,
                              "speaker_key": keys.get(q.speaker) if q.speaker else None,
                              "speaker_text": q.speaker_text, "cue": q.cue})
    for t in d.techniques:
        out["techniques"].append({"doc_id": d.id, "technique": t.technique, "start": t.start,
                                  "end": t.end, "text": t.text, "confidence": float(t.confidence),
                                  "cue": t.cue, "holder": t.holder,
                                  "holder_key": "author" if t.holder == "author" else keys.get(t.holder)
                                  if t.holder else None})
    for c in d.calls_to_action:
        out["calls_to_action"].append({"doc_id": d.id, "start": c.start, "end": c.end, "text": c.text,
                                       "addressee": c.addressee, "addressee_key": keys.get(c.addressee)
                                       if c.addressee else None, "action": c.action})
    for s in d.stance:
        out["stance"].append({"doc_id": d.id, "holder": s.holder,
                              "holder_key": "author" if s.holder == "author" else keys.get(s.holder),
                              "target": s.target, "target_key": keys.get(s.target),
                              "polarity": float(s.polarity),
                              "evidence": _json([list(e) for e in s.evidence]),
                              "reasons": _json(list(s.reasons)),
                              "passages": _json([list(x) for x in s.passages])})
    out["extensions"] = extension_rows(d)
    return out


def extension_rows(document: Document) -> list[dict[str, Any]]:
    """Rows of the ``extensions`` table for one document (see the module docstring)."""
    rows = []
    for name, value in sorted(document.extensions.items()):
        for n, item in enumerate(value if isinstance(value, list) else [value]):
            span = item_span(item)
            rows.append({"doc_id": document.id, "name": name, "item": n,
                         "start": span[0] if span else None, "end": span[1] if span else None,
                         "data": _json(item)})
    return rows


def merge_rows(parts: Iterable[dict[str, list[dict[str, Any]]]]) -> dict[str, list[dict[str, Any]]]:
    """Concatenate the rows of several documents; ``actors`` keeps the first row per key."""
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in DOCUMENT_TABLES}
    seen: set[str] = set()
    for part in parts:
        for table, rows in part.items():
            if table == "actors":
                for row in rows:
                    if row["key"] not in seen:
                        seen.add(row["key"])
                        out["actors"].append(row)
            else:
                out[table].extend(rows)
    return out


def arrow_schema(table: str):
    """The ``pyarrow.Schema`` of ``table`` (JSON columns are strings)."""
    import pyarrow as pa

    types = {"VARCHAR": pa.string(), "JSON": pa.string(), "INTEGER": pa.int32(),
             "DOUBLE": pa.float64(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us")}
    return pa.schema([(name, types[kind]) for name, kind in TABLES[table]])


def rows_to_arrow(table: str, rows: list[dict[str, Any]]):
    """Rows of ``table`` as a ``pyarrow.Table`` with ``arrow_schema(table)``."""
    import pyarrow as pa

    schema = arrow_schema(table)
    return pa.Table.from_pydict({name: [r[name] for r in rows] for name in schema.names}, schema=schema)
