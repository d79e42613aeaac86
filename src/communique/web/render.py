"""Turn a communique/1 document into what the document view draws: the text cut
into flat segments, each carrying the evidence layers that cover it, plus the
side-panel rows (events, quotes, techniques, calls to action, stance, and
one generic panel per plugin extension).

Spans overlap freely (a quote holds actor mentions and event triggers), so the
text is cut at every span boundary and each piece lists the items covering it
(``refs``). The template writes one ``<span data-refs="e1 q2">`` per piece;
the browser script finds an item's evidence with ``[data-refs~="e1"]``.
Everything here returns plain strings: escaping is the template's job.

Example handled: an event trigger inside a direct quote gives three pieces
(quote only, quote + event, quote only). Not handled: spans outside the text
are dropped (the validator refuses such documents before they reach here).

Extensions (``doc["extensions"]``, what plugin stages found) are drawn without
knowing the plugin: each name gets a panel listing its items; an item that is
an object shows its fields, and one with integer ``start``/``end`` is evidence
in the text like any other (layer ``extension``, ref ``x-<name>-<n>``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..schema import item_span
from . import labels

#: Longest quote or span text repeated in a side panel before it is cut with an ellipsis.
PANEL_TEXT_MAX_CHARS = 160

#: Layer names, in drawing order; also the CSS class suffix (``m-actor`` ...).
LAYERS = ("actor", "event", "quote", "technique", "cta", "stance", "extension")
#: Fields of an extension item shown as its label or its evidence, not as a tag.
EXTENSION_SPAN_FIELDS = ("start", "end", "text")
#: Longest field value of an extension item shown in a tag.
EXTENSION_FIELD_MAX_CHARS = 60


@dataclass
class Segment:
    """A piece of the text with the ids of the items covering it."""

    start: int
    end: int
    text: str
    layers: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    # Items starting here: an anchor (for links without script) and, for quotes, the speaker tag.
    anchors: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        return " ".join(f"m-{layer}" for layer in dict.fromkeys(self.layers))

    @property
    def title(self) -> str:
        return "\n".join(dict.fromkeys(self.titles))


@dataclass(frozen=True)
class _Item:
    ref: str
    layer: str
    start: int
    end: int
    title: str
    speaker: str | None = None


def clip(text: str | None, limit: int = PANEL_TEXT_MAX_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def actor_names(doc: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a["name"] for a in doc.get("actors", [])}


def _name_list(ids: list[str], names: dict[str, str], missing: str = "?") -> str:
    """Actor names of ``ids`` (an id without an actor record shows as "unnamed actor"), else ``missing``."""
    return ", ".join(names.get(i, "unnamed actor") for i in ids) or missing


def event_date_words(ev: dict[str, Any]) -> str:
    """An event's date for its hover text: "March 2024 (from the sentence)", or "undated"."""
    shown = labels.event_date(ev.get("date"), ev.get("date_precision"))
    source = labels.date_source(ev.get("date_source")) if ev.get("date") else ""
    return f"{shown} ({source})" if source else shown


def _items(doc: dict[str, Any]) -> list[_Item]:
    names = actor_names(doc)
    items: list[_Item] = []
    for a in doc.get("actors", []):
        detail = ", ".join(x for x in (a.get("kind"), a.get("country"), a.get("sector"), a.get("role")) if x)
        for s, e in a.get("mentions", []):
            items.append(_Item(a["id"], "actor", s, e, f"Actor: {a['name']} ({detail})"))
    for ev in doc.get("events", []):
        t = ev["trigger"]
        title = (f"Event {ev['type']} ({ev['mode']}): {_name_list(ev['source'], names, 'no source named')} → "
                 f"{_name_list(ev['target'], names, 'no target named')}; {ev['attribution']['kind']}")
        title += f"; {event_date_words(ev)}"
        if ev.get("cue"):
            title += f"; why: {labels.cue(ev['cue'])}"
        items.append(_Item(ev["id"], "event", t["start"], t["end"], title))
    for q in doc.get("quotes", []):
        speaker = names.get(q.get("speaker") or "", None) or q.get("speaker_text")
        title = f"Quote ({q['kind']}) by {speaker or 'unknown speaker'}"
        if q.get("cue"):
            title += f", cue “{q['cue']}”"
        items.append(_Item(q["id"], "quote", q["start"], q["end"], title, speaker or "?"))
    for i, t in enumerate(doc.get("techniques", [])):
        title = f"Technique: {labels.technique(t['technique'])}" + (f" (cue: {labels.cue(t['cue'])})" if t.get("cue") else "")
        if t.get("holder", "author") != "author":
            title += f", said by {names.get(t.get('holder') or '', 'an unknown speaker')}"
        items.append(_Item(f"t{i + 1}", "technique", t["start"], t["end"], title))
    for i, c in enumerate(doc.get("calls_to_action", [])):
        addressee = names.get(c.get("addressee") or "", c.get("addressee"))
        title = f"Call to action: {c['action']}" + (f" (to {addressee})" if addressee else "")
        items.append(_Item(f"c{i + 1}", "cta", c["start"], c["end"], title))
    for i, st in enumerate(doc.get("stance", [])):
        holder = "author" if st["holder"] == "author" else names.get(st["holder"], st["holder"])
        title = f"Stance of {holder} toward {names.get(st['target'], st['target'])}: {st['polarity']:+.2f}"
        reasons = st.get("reasons") or []
        for j, (s, e) in enumerate(st.get("evidence", [])):
            why = f" ({reasons[j]})" if j < len(reasons) else ""
            items.append(_Item(f"s{i + 1}", "stance", s, e, title + why))
    for ext in extension_panels(doc):
        for it in ext["entries"]:
            if it["span"] is not None:
                fields = ", ".join(f"{k}: {v}" for k, v in it["fields"])
                title = f"{ext['name']}: {it['label']}" + (f" ({fields})" if fields else "")
                items.append(_Item(it["ref"], "extension", *it["span"], title))
    n = len(doc["text"])
    return [it for it in items if 0 <= it.start < it.end <= n]


#: Drawing order of the layers; the search passage and its matched words (not toggled layers) come last.
_LAYER_ORDER = {layer: n for n, layer in enumerate(LAYERS + ("passage", "match"))}
#: Ref of the search passage a result link opens at (``/documents/{id}?at=S&end=E#ref-hit``).
PASSAGE_REF = "hit"


def segments(doc: dict[str, Any], passage: tuple[int, int] | None = None,
             matches: list[tuple[int, int]] = ()) -> list[Segment]:
    """Cut ``doc["text"]`` at every span boundary; see the module docstring. ``passage``, a
    search hit's offsets, is marked too (layer ``passage``, ref ``hit``) when it lies in the text,
    and so are the matched words inside it (``matches``, layer ``match``)."""
    text = doc["text"]
    items = _items(doc)
    if passage is not None and 0 <= passage[0] < passage[1] <= len(text):
        items.append(_Item(PASSAGE_REF, "passage", passage[0], passage[1], "Search match"))
        items += [_Item(f"{PASSAGE_REF}-{n + 1}", "match", s, e, "Search word")
                  for n, (s, e) in enumerate(matches) if passage[0] <= s < e <= passage[1]]
    cuts = sorted({0, len(text), *(it.start for it in items), *(it.end for it in items)})
    starts: dict[int, list[_Item]] = {}
    for it in items:
        starts.setdefault(it.start, []).append(it)
    active: list[_Item] = []
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [it for it in active if it.end > a] + starts.get(a, [])
        seg = Segment(a, b, text[a:b])
        for it in sorted(active, key=lambda x: _LAYER_ORDER.get(x.layer, len(_LAYER_ORDER))):
            seg.layers.append(it.layer)
            if it.ref not in seg.refs:
                seg.refs.append(it.ref)
            seg.titles.append(it.title)
        for it in starts.get(a, []):
            if it.ref not in seg.anchors:
                seg.anchors.append(it.ref)
            if it.speaker:
                seg.speakers.append(it.speaker)
        out.append(seg)
    return out


def panels(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Side-panel rows, each with the ``ref`` its evidence carries in ``segments``."""
    names = actor_names(doc)
    text = doc["text"]

    def speaker_name(actor_id: str | None) -> str | None:
        return names.get(actor_id) if actor_id else None

    events = [{
        "ref": ev["id"], "type": ev["type"], "mode": ev["mode"],
        "attribution": ev["attribution"]["kind"],
        "speaker": speaker_name(ev["attribution"].get("speaker")),
        "source": _name_list(ev["source"], names, "no source named"),
        "target": _name_list(ev["target"], names, "no target named"),
        "confidence": ev.get("confidence"), "why": labels.cue(ev.get("cue")),
        "trigger": ev["trigger"]["text"], "date": ev.get("date"),
        "date_source": ev.get("date_source"), "date_precision": ev.get("date_precision"),
        "sentence": clip(text[ev["sentence"]["start"]:ev["sentence"]["end"]]),
    } for ev in doc.get("events", [])]
    quotes = [{
        "ref": q["id"], "kind": q["kind"], "text": clip(q["text"]),
        "speaker": speaker_name(q.get("speaker")) or q.get("speaker_text") or "unknown speaker",
        "cue": q.get("cue"),
    } for q in doc.get("quotes", [])]
    techniques = [{
        "ref": f"t{i + 1}", "technique": labels.technique(t["technique"]), "text": clip(t["text"]),
        "cue": labels.cue(t.get("cue")),
        "confidence": t.get("confidence"),
        "holder": None if t.get("holder", "author") == "author" else names.get(t.get("holder") or "", "unknown speaker"),
    } for i, t in enumerate(doc.get("techniques", []))]
    ctas = [{
        "ref": f"c{i + 1}", "action": c["action"], "text": clip(c["text"]),
        "addressee": names.get(c.get("addressee") or "", c.get("addressee")),
    } for i, c in enumerate(doc.get("calls_to_action", []))]
    stance = [{
        "ref": f"s{i + 1}", "holder": "author" if s["holder"] == "author" else names.get(s["holder"], s["holder"]),
        "target": names.get(s["target"], s["target"]), "polarity": s["polarity"],
        "has_evidence": bool(s.get("evidence")),
        "evidence": stance_evidence(doc, s, STANCE_EVIDENCE_SHOWN),
    } for i, s in enumerate(doc.get("stance", []))]
    actors = [{
        "ref": a["id"], "name": a["name"], "kind": a["kind"], "key": a.get("key"),
        "country": a.get("country"), "mentions": len(a.get("mentions", [])),
    } for a in doc.get("actors", [])]
    return {"events": events, "quotes": quotes, "techniques": techniques, "calls_to_action": ctas,
            "stance": stance, "actors": actors, "extensions": extension_panels(doc)}


def visible_layers(doc: dict[str, Any]) -> tuple[str, ...]:
    """``LAYERS`` without ``extension`` when the document has no extension evidence."""
    has_spans = any(it["span"] for ext in extension_panels(doc) for it in ext["entries"])
    return LAYERS if has_spans else tuple(layer for layer in LAYERS if layer != "extension")


def _field_text(value: Any) -> str:
    if isinstance(value, str):
        return clip(value, EXTENSION_FIELD_MAX_CHARS)
    if value is None:
        return "none"
    return clip(json.dumps(value, ensure_ascii=False), EXTENSION_FIELD_MAX_CHARS)


def extension_panels(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """One panel per extension name, sorted by name: ``{"name", "entries": [{"ref", "label",
    "fields": [(key, text)], "span": (start, end) | None}]}``. Plain strings only."""
    text = doc["text"]
    out = []
    for name, value in sorted((doc.get("extensions") or {}).items()):
        items = []
        for n, item in enumerate(value if isinstance(value, list) else [value]):
            span = item_span(item)
            if span is not None and not 0 <= span[0] < span[1] <= len(text):
                span = None
            if isinstance(item, dict):
                label = item.get("text") if isinstance(item.get("text"), str) else None
                if label is None:
                    label = text[span[0]:span[1]] if span else f"item {n + 1}"
                fields = [(str(k), _field_text(v)) for k, v in item.items() if k not in EXTENSION_SPAN_FIELDS]
            else:
                label, fields = _field_text(item), []
            items.append({"ref": f"x-{name}-{n + 1}", "label": clip(label), "fields": fields, "span": span})
        out.append({"name": name, "entries": items})
    return out


#: Evidence items shown under each stance record in the document view (the strongest ones).
STANCE_EVIDENCE_SHOWN = 2


def stance_evidence(doc: dict, record: dict, n: int) -> list[dict[str, str]]:
    """The first ``n`` evidence spans of a stance record (strongest first) as
    ``{"text", "reason"}``, the text clipped."""
    text, reasons = doc.get("text", ""), record.get("reasons") or []
    return [{"text": clip(text[s:e]), "reason": reasons[j] if j < len(reasons) else ""}
            for j, (s, e) in enumerate(record.get("evidence", [])[:n])]


#: Strongest technique passages listed in the document's summary panel.
SUMMARY_PASSAGES = 3
#: Layer shown when a document opens; the others start switched off (issue 19).
DEFAULT_LAYER = "event"


def _counts(values) -> list[tuple[str, int]]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))


def header(doc: dict[str, Any]) -> dict[str, Any]:
    """What the document page's header shows: title (the first line when the metadata has
    none), outlet (publisher, else the source's domain), date, authors, and the mix of event
    attributions (reported / quoted / the author's own)."""
    return {
        "title": labels.title(doc.get("title"), doc.get("text"), doc.get("id")),
        "outlet": labels.outlet(doc.get("publisher"), doc.get("source")),
        "published": doc.get("published"),
        "authors": [a["name"] for a in doc.get("authors") or [] if a.get("name")],
        "kind_mix": _counts(ev["attribution"]["kind"] for ev in doc.get("events", [])),
    }


def summary(doc: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The summary panel: counts per event type, technique (human labels) and quote kind,
    and the strongest technique passages (highest confidence first)."""
    strongest = sorted(rows["techniques"], key=lambda t: -(t.get("confidence") or 0.0))[:SUMMARY_PASSAGES]
    return {
        "event_types": _counts(e["type"] for e in rows["events"]),
        "techniques": _counts(t["technique"] for t in rows["techniques"]),
        "quote_kinds": _counts(q["kind"] for q in rows["quotes"]),
        "strongest": strongest,
        "words": len(doc.get("text", "").split()),
    }
