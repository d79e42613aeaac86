"""``--format table``: a readable rich summary of each document."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Iterable, TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..document import Document
from ..schema import item_span

#: Longest excerpt shown in one table cell.
MAX_CELL_CHARS = 160


def _clip(s: str, n: int = MAX_CELL_CHARS) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _actor_name(doc: Document, actor_id: str | None) -> str:
    if actor_id is None:
        return "-"
    if actor_id == "author":
        return "author"
    a = doc.actor(actor_id)
    return a.name if a else actor_id


def header(doc: Document) -> Panel:
    lines = Text()
    lines.append(doc.title or "(no title)", style="bold")
    published = f"{doc.published} ({doc.date_source})" if doc.published and doc.date_source else \
        doc.published or "undated"
    meta = [doc.publisher, published,
            ", ".join(a.name + (f" ({a.affiliation})" if a.affiliation else "") for a in doc.authors) or None]
    lines.append("\n" + " · ".join(m for m in meta if m) if any(meta) else "")
    lines.append(f"\n{doc.source or ''}  id {doc.id}  {len(doc.text):,} chars", style="dim")
    return Panel(lines, expand=True)


def sections_table(doc: Document) -> Table:
    t = Table(title="Sections", title_justify="left", expand=True)
    for col in ("kind", "heading", "span", "opening"):
        t.add_column(col)
    for s in doc.sections:
        t.add_row(s.kind, s.heading or "", f"{s.start}-{s.end}", _clip(doc.text[s.start:s.end], 80))
    return t


def actors_table(doc: Document) -> Table:
    t = Table(title="Actors", title_justify="left", expand=True)
    for col in ("id", "name", "kind", "country", "sector", "role", "mentions"):
        t.add_column(col)
    for a in doc.actors:
        t.add_row(a.id, a.name, a.kind, a.country or "", a.sector or "", a.role or "", str(len(a.mentions)))
    return t


def event_date_text(e) -> str:
    """An event's date with its precision and where it came from ("2024-05 (month, sentence)"),
    or "undated"."""
    if not e.date:
        return "undated"
    shown = e.date[:7] if e.date_precision == "month" else e.date[:4] if e.date_precision == "year" else e.date
    notes = [n for n in ((e.date_precision if e.date_precision not in (None, "day", "month", "year") else None),
                         e.date_source) if n]
    return shown + (f" ({', '.join(notes)})" if notes else "")


#: How the events table's caption names each date source.
DATE_SOURCE_WORDS = {"sentence": "from their sentence", "context": "from the story told",
                     "published": "at publication", "unknown": "of unknown source"}


def dates_line(doc: Document) -> str:
    """How many events carry a date, by where it came from, and how many none."""
    dated = Counter(e.date_source or "unknown" for e in doc.events if e.date)
    undated = sum(1 for e in doc.events if not e.date)
    sources = ", ".join(f"{dated[s]} {w}" for s, w in DATE_SOURCE_WORDS.items() if dated[s])
    return (f"{len(doc.events)} events: {sum(dated.values())} dated" + (f" ({sources})" if sources else "")
            + f", {undated} undated")


def events_table(doc: Document) -> Table:
    t = Table(title="Events", title_justify="left", expand=True, caption=dates_line(doc), caption_justify="left")
    for col in ("type", "mode", "source", "target", "attribution", "trigger", "date", "cue"):
        t.add_column(col)
    for e in doc.events:
        attribution = e.attribution.kind + (f" ({_actor_name(doc, e.attribution.speaker)})"
                                            if e.attribution.speaker else "")
        t.add_row(e.type, e.mode, ", ".join(_actor_name(doc, a) for a in e.source),
                  ", ".join(_actor_name(doc, a) for a in e.target), attribution, e.trigger.text,
                  event_date_text(e), e.cue or "")
    return t


def quotes_table(doc: Document) -> Table:
    t = Table(title="Quotes", title_justify="left", expand=True)
    for col in ("kind", "speaker", "cue", "text"):
        t.add_column(col)
    for q in doc.quotes:
        t.add_row(q.kind, _actor_name(doc, q.speaker) if q.speaker else (q.speaker_text or "?"), q.cue or "",
                  _clip(q.text))
    return t


def _summary_panel(doc: Document) -> Panel | None:
    """The rhetoric summary at a glance: counts, calls to action, most against / for."""
    sm = doc.summary or {}
    if not any(sm.get(k) for k in ("technique_counts", "calls_to_action", "most_against", "most_for")):
        return None
    lines = Text()
    counts = sm.get("technique_counts") or {}
    lines.append("Techniques: ", style="bold")
    lines.append(", ".join(f"{k} {v}" for k, v in counts.items()) or "none")
    if "persuasion_per_1000_words" in sm:
        lines.append(f"  ({sm['persuasion_per_1000_words']} per 1,000 words)", style="dim")
    for key, title in (("most_against", "Most against"), ("most_for", "Most for")):
        rows = sm.get(key) or []
        if rows:
            lines.append(f"\n{title}: ", style="bold")
            lines.append(", ".join(f"{r['name']} ({r['polarity']:+.2f})" for r in rows))
    calls = sm.get("calls_to_action") or []
    if calls:
        lines.append(f"\nCalls to action: {len(calls)}", style="bold")
        for c in calls[:3]:
            lines.append(f"\n  → {_actor_name(doc, c['addressee']) if c['addressee'] and doc.actor(c['addressee']) else (c['addressee'] or 'reader')}: {c['action']}")
    for p in (sm.get("passages") or [])[:2]:
        lines.append("\nPassage: ", style="bold")
        lines.append(_clip(p["text"], 110) + "  [" + ", ".join(p["techniques"]) + "]")
    return Panel(lines, title="Rhetoric summary", title_align="left", expand=True)


def rhetoric_tables(doc: Document) -> list[Table | Panel]:
    out: list[Table | Panel] = []
    panel = _summary_panel(doc)
    if panel is not None:
        out.append(panel)
    if doc.techniques:
        t = Table(title="Persuasion techniques", title_justify="left", expand=True)
        for col in ("technique", "conf.", "text", "cue"):
            t.add_column(col)
        for x in sorted(doc.techniques, key=lambda x: (-x.confidence, x.start)):
            cue = x.cue or ""
            if x.holder != "author":
                cue += f" (said by {_actor_name(doc, x.holder) if x.holder else 'an unknown speaker'})"
            t.add_row(x.technique, f"{x.confidence:.2f}", _clip(x.text, 90), cue)
        out.append(t)
    if doc.calls_to_action:
        t = Table(title="Calls to action", title_justify="left", expand=True)
        for col in ("addressee", "action", "text"):
            t.add_column(col)
        for c in doc.calls_to_action:
            t.add_row(_actor_name(doc, c.addressee) if c.addressee and doc.actor(c.addressee) else (c.addressee or "-"),
                      c.action, _clip(c.text))
        out.append(t)
    if doc.stance:
        t = Table(title="Stance", title_justify="left", expand=True)
        for col in ("holder", "target", "polarity", "evidence"):
            t.add_column(col)
        for s in sorted(doc.stance, key=lambda s: (s.holder != "author", s.polarity)):
            t.add_row(_actor_name(doc, s.holder), _actor_name(doc, s.target), f"{s.polarity:+.2f}",
                      stance_evidence_text(doc, s))
        out.append(t)
    return out


#: Evidence items shown per stance record (the strongest ones; evidence is stored strongest first).
STANCE_EVIDENCE_SHOWN = 2


def stance_evidence_text(doc, record) -> str:
    """The strongest evidence spans of a stance record with their reasons, for the table."""
    parts = []
    for j, (a, b) in enumerate(record.evidence[:STANCE_EVIDENCE_SHOWN]):
        reason = record.reasons[j] if j < len(record.reasons) else ""
        parts.append(f"“{_clip(doc.text[a:b], 40)}”" + (f" ({reason})" if reason else ""))
    return "; ".join(parts)


#: Fields of an extension item shown in their own columns (the others go to "fields").
EXTENSION_SPAN_FIELDS = ("start", "end", "text")


def _value_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def extension_tables(doc: Document) -> list[Table]:
    """One table per extension name (what plugin stages found), sorted by name: each item's
    span and text when it has them, then its other fields."""
    out = []
    for name, value in sorted(doc.extensions.items()):
        t = Table(title=f"Extension: {name}", title_justify="left", expand=True)
        for col in ("#", "span", "text", "fields"):
            t.add_column(col)
        for n, item in enumerate(value if isinstance(value, list) else [value], 1):
            span = item_span(item)
            if isinstance(item, dict):
                text = item.get("text") if isinstance(item.get("text"), str) else (
                    doc.text[span[0]:span[1]] if span else "")
                fields = "; ".join(f"{k}: {_value_text(v)}" for k, v in item.items()
                                   if k not in EXTENSION_SPAN_FIELDS)
            else:
                text, fields = "", _value_text(item)
            t.add_row(str(n), f"{span[0]}-{span[1]}" if span else "", _clip(text, 90), _clip(fields, 90))
        out.append(t)
    return out


def render(doc: Document) -> Group:
    parts = [header(doc), sections_table(doc)]
    if doc.actors:
        parts.append(actors_table(doc))
    if doc.events:
        parts.append(events_table(doc))
    if doc.quotes:
        parts.append(quotes_table(doc))
    parts.extend(rhetoric_tables(doc))
    parts.extend(extension_tables(doc))
    return Group(*parts)


def render_documents(documents: Iterable[Document], stream: TextIO) -> int:
    console = Console(file=stream, width=None if stream.isatty() else 120, highlight=False)
    n = 0
    for doc in documents:
        console.print(render(doc))
        n += 1
    return n
