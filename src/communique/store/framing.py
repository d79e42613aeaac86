"""Reading stories back: the list of stories and, for one story, how each outlet tells it.

    >>> list_stories(con, since="2025-01-01", actor="RUS")   # [{"story_id", "label", ..., "documents"}]
    >>> comparison = compare_story(con, "st-1a2b3c4d5e")       # the framing comparison, JSON-ready
    >>> print(story_markdown(comparison))                     # the same as a Markdown report

Per outlet the comparison gives: its headline; whose quotes it carries and how much of
its text each speaker gets; the author's stance toward the story's main actors, with
evidence; persuasion techniques per 1,000 words; calls to action; the story's events it
reports (news, or quotes others) and the ones its author claims (``attribution`` =
``author``); and what the other outlets mention that it omits (event clusters and
actors). Every item names its evidence: the document id and the ``ref`` the document
page anchors it under (``e1``, ``q2``, ``t1``, ``c1``, ``s1``, as in ``web/render``),
with character offsets into that document's text.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from ..errors import StoreError
from .corpus import actor_condition
from .linking import day_number

#: Characters of a quote, call or stance sentence kept in a comparison cell.
MAX_SNIPPET_CHARS = 160
#: Stories listed when the caller gives no limit.
DEFAULT_STORY_LIMIT = 100


def _clip(text: str, limit: int = MAX_SNIPPET_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _iso(value) -> str | None:
    return value.isoformat()[:10] if value is not None and hasattr(value, "isoformat") else value


def list_stories(con, since: str | None = None, until: str | None = None, actor: str | None = None,
                 outlet: str | None = None, min_outlets: int = 1, limit: int = DEFAULT_STORY_LIMIT,
                 offset: int = 0) -> list[dict[str, Any]]:
    """Stories, newest first, each with its documents (id, source, outlet, title, date).

    Args:
        since, until: ``YYYY-MM-DD``; a story counts when its days overlap the range.
        actor: a main actor or any actor of its documents, matched as ``Corpus`` filters match.
        outlet: a publisher among its documents (case-insensitive substring).
        min_outlets: stories told by at least this many outlets.
    """
    for name, value in (("since", since), ("until", until)):
        if value and day_number(value) is None:
            raise StoreError(f"{name}: {value!r} is not a date; use YYYY-MM-DD")
    where, params = ["s.n_outlets >= ?"], [int(min_outlets)]
    if since:
        where.append("s.last_seen >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("s.first_seen <= CAST(? AS DATE)")
        params.append(until)
    if actor:
        where.append("EXISTS (SELECT 1 FROM story_documents x JOIN doc_actors a ON a.doc_id = x.doc_id "
                     f"WHERE x.story_id = s.story_id AND {actor_condition('a.key')})")
        params += [actor] * 4
    if outlet:
        where.append("EXISTS (SELECT 1 FROM story_documents x JOIN documents d ON d.id = x.doc_id "
                     "WHERE x.story_id = s.story_id AND d.publisher ILIKE ?)")
        params.append(f"%{outlet}%")
    rows = con.execute(f"""
        SELECT s.story_id, s.label, s.main_actors, s.dominant_type, s.first_seen, s.last_seen,
               s.n_documents, s.n_outlets, s.n_clusters
        FROM stories s WHERE {" AND ".join(where)}
        ORDER BY s.last_seen DESC NULLS LAST, s.n_documents DESC, s.story_id LIMIT ? OFFSET ?""",
                       params + [int(limit), int(offset)]).fetchall()
    out = []
    for r in rows:
        docs = con.execute("""
            SELECT d.id, d.source, coalesce(d.publisher, d.source, d.id), d.title, d.published
            FROM story_documents x JOIN documents d ON d.id = x.doc_id WHERE x.story_id = ?
            ORDER BY d.published NULLS LAST, d.id""", [r[0]]).fetchall()
        out.append({"story_id": r[0], "label": r[1], "main_actors": list(r[2] or ()), "dominant_type": r[3],
                    "first_seen": _iso(r[4]), "last_seen": _iso(r[5]), "n_documents": r[6], "n_outlets": r[7],
                    "n_clusters": r[8],
                    "documents": [{"id": d[0], "source": d[1], "outlet": d[2], "title": d[3], "date": _iso(d[4])}
                                  for d in docs]})
    return out


def _names(con, keys) -> dict[str, str]:
    keys = sorted(set(k for k in keys if k))
    if not keys:
        return {}
    marks = ", ".join("?" * len(keys))
    return dict(con.execute(f"SELECT key, name FROM actors WHERE key IN ({marks})", keys).fetchall())


def compare_story(con, story_id: str) -> dict[str, Any] | None:
    """The framing comparison of one story (see the module docstring), or None."""
    head = con.execute("SELECT story_id, label, main_actors, dominant_type, first_seen, last_seen, n_documents, "
                       "n_outlets, n_clusters FROM stories WHERE story_id = ?", [story_id]).fetchone()
    if head is None:
        return None
    docs = []
    for doc_id, text, raw, published, publisher, source in con.execute("""
            SELECT d.id, d.text, d.doc, d.published, d.publisher, d.source FROM story_documents x
            JOIN documents d ON d.id = x.doc_id WHERE x.story_id = ? ORDER BY d.published NULLS LAST, d.id""",
                                                                         [story_id]).fetchall():
        data = json.loads(raw)
        data["text"] = text
        data["_outlet"] = publisher or source or doc_id
        data["_published"] = _iso(published)
        docs.append(data)
    if not docs:
        raise StoreError(f"story {story_id!r} has no stored documents; run `communique cluster --rebuild`")
    clusters = _clusters(con, story_id)
    cluster_of = {(m["doc_id"], m["event_id"]): c["cluster_id"] for c in clusters for m in c["mentions"]}
    main = list(head[2] or ())
    all_keys = {a.get("key") for d in docs for a in d["actors"]} | set(main)
    names = _names(con, all_keys | {k for c in clusters for k in c["source_keys"] + c["target_keys"]})
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        by_outlet[d["_outlet"]].append(d)
    outlets = [_outlet(name, group, main, names, cluster_of) for name, group in by_outlet.items()]
    _omissions(outlets, clusters, names)
    for c in clusters:
        c["label"] = _cluster_label(c, names)
    return {
        "story": {"story_id": head[0], "label": head[1], "dominant_type": head[3], "first_seen": _iso(head[4]),
                  "last_seen": _iso(head[5]), "n_documents": head[6], "n_outlets": head[7], "n_clusters": head[8],
                  "main_actors": [{"key": k, "name": names.get(k, k)} for k in main]},
        "clusters": clusters,
        "outlets": sorted(outlets, key=lambda o: (o["documents"][0]["date"] or "", o["outlet"])),
    }


def _clusters(con, story_id: str) -> list[dict[str, Any]]:
    rows = con.execute("""
        SELECT c.cluster_id, c.type, c.quad_class, c.source_keys, c.target_keys, c.location, c.first_seen,
               c.last_seen, c.n_documents, c.n_outlets, c.n_mentions
        FROM event_clusters c WHERE c.cluster_id IN (
            SELECT m.cluster_id FROM event_cluster_mentions m JOIN story_documents x ON x.doc_id = m.doc_id
            WHERE x.story_id = ?)
        ORDER BY c.n_documents DESC, c.first_seen, c.cluster_id""", [story_id]).fetchall()
    out = []
    for r in rows:
        mentions = con.execute("""
            SELECT m.doc_id, m.event_id, coalesce(e.publisher, d.source, d.id), e.trigger_text, e.trigger_start,
                   e.trigger_end, e.sentence_start, e.sentence_end, e.attribution
            FROM event_cluster_mentions m JOIN events e ON e.doc_id = m.doc_id AND e.event_id = m.event_id
            JOIN documents d ON d.id = m.doc_id WHERE m.cluster_id = ? ORDER BY m.doc_id, m.event_id""",
                               [r[0]]).fetchall()
        out.append({"cluster_id": r[0], "type": r[1], "quad_class": r[2], "source_keys": list(r[3] or ()),
                    "target_keys": list(r[4] or ()), "location": r[5], "first_seen": _iso(r[6]),
                    "last_seen": _iso(r[7]), "n_documents": r[8], "n_outlets": r[9], "n_mentions": r[10],
                    "mentions": [{"doc_id": m[0], "event_id": m[1], "ref": m[1], "outlet": m[2], "trigger": m[3],
                                  "start": m[4], "end": m[5], "sentence_start": m[6], "sentence_end": m[7],
                                  "attribution": m[8]} for m in mentions]})
    return out


def _cluster_label(c: dict[str, Any], names: dict[str, str]) -> str:
    side = lambda keys: ", ".join(names.get(k, k) for k in keys) or "?"  # noqa: E731
    return f"{c['type']} {side(c['source_keys'])} → {side(c['target_keys'])} ({c['first_seen']})"


def _outlet(name: str, docs: list[dict], main: list[str], names: dict[str, str],
            cluster_of: dict[tuple[str, str], str]) -> dict[str, Any]:
    words = sum(len(d["text"].split()) for d in docs)
    chars = sum(len(d["text"]) for d in docs) or 1
    speakers: dict[str, dict[str, Any]] = {}
    stance: dict[str, dict[str, Any]] = {}
    techniques: Counter = Counter()
    technique_items, calls, reported, claimed = [], [], [], []
    keys_seen: set[str] = set()
    clusters_seen: set[str] = set()
    for d in docs:
        key_of = {a["id"]: a.get("key") for a in d["actors"]}
        name_of = {a["id"]: a["name"] for a in d["actors"]}
        keys_seen |= {k for k in key_of.values() if k}
        text = d["text"]
        for q in d["quotes"]:
            who = name_of.get(q.get("speaker")) or q.get("speaker_text") or "unattributed"
            entry = speakers.setdefault(who, {"speaker": who, "key": key_of.get(q.get("speaker")), "quotes": 0,
                                              "chars": 0, "evidence": []})
            entry["quotes"] += 1
            entry["chars"] += q["end"] - q["start"]
            entry["evidence"].append({"doc_id": d["id"], "ref": q["id"], "start": q["start"], "end": q["end"],
                                      "text": _clip(q["text"])})
        for i, s in enumerate(d["stance"]):
            target = key_of.get(s["target"])
            if s["holder"] != "author" or target not in main:
                continue
            entry = stance.setdefault(target, {"key": target, "name": names.get(target, name_of.get(s["target"])),
                                               "polarities": [], "evidence": []})
            entry["polarities"].append(s["polarity"])
            for start, end in s["evidence"][:1]:
                entry["evidence"].append({"doc_id": d["id"], "ref": f"s{i + 1}", "start": start, "end": end,
                                          "text": _clip(text[start:end])})
        for i, t in enumerate(d["techniques"]):
            techniques[t["technique"]] += 1
            technique_items.append({"doc_id": d["id"], "ref": f"t{i + 1}", "technique": t["technique"],
                                    "start": t["start"], "end": t["end"], "text": _clip(t["text"])})
        for i, c in enumerate(d["calls_to_action"]):
            calls.append({"doc_id": d["id"], "ref": f"c{i + 1}", "start": c["start"], "end": c["end"],
                          "text": _clip(c["text"]), "addressee": name_of.get(c.get("addressee")),
                          "action": c.get("action")})
        for e in d["events"]:
            cluster = cluster_of.get((d["id"], e["id"]))
            if cluster:
                clusters_seen.add(cluster)
            side = lambda ids: ", ".join(name_of.get(a, a) for a in ids)  # noqa: E731
            item = {"doc_id": d["id"], "ref": e["id"], "cluster_id": cluster, "type": e["type"], "mode": e["mode"],
                    "source": side(e["source"]), "target": side(e["target"]), "trigger": e["trigger"]["text"],
                    "start": e["trigger"]["start"], "end": e["trigger"]["end"],
                    "attribution": e["attribution"]["kind"]}
            (claimed if e["attribution"]["kind"] == "author" else reported).append(item)
    quoted = sorted(speakers.values(), key=lambda s: (-s["chars"], s["speaker"]))
    for s in quoted:
        s["share"] = round(s["chars"] / chars, 4)
    stances = []
    for key in main:
        if key in stance:
            entry = stance[key]
            pols = entry.pop("polarities")
            entry["polarity"] = round(sum(pols) / len(pols), 4)
            stances.append(entry)
    return {
        "outlet": name,
        "headline": docs[0].get("title"),
        "documents": [{"id": d["id"], "title": d.get("title"), "date": d["_published"], "source": d.get("source"),
                       "words": len(d["text"].split())} for d in docs],
        "words": words,
        "quotes": quoted,
        "stance": stances,
        "techniques": {"per_1000_words": round(1000 * sum(techniques.values()) / words, 2) if words else 0.0,
                       "counts": dict(sorted(techniques.items())), "evidence": technique_items},
        "calls_to_action": calls,
        "events": {"reported": reported, "author": claimed},
        "_keys": keys_seen, "_clusters": clusters_seen,
    }


def _omissions(outlets: list[dict[str, Any]], clusters: list[dict[str, Any]], names: dict[str, str]) -> None:
    """Fill each outlet's ``omits``: clusters and actors other outlets mention that it does not."""
    for o in outlets:
        others = [p for p in outlets if p is not o]
        events = [{"cluster_id": c["cluster_id"], "label": _cluster_label(c, names),
                   "mentioned_by": sorted(p["outlet"] for p in others if c["cluster_id"] in p["_clusters"])}
                  for c in clusters if c["cluster_id"] not in o["_clusters"]]
        counted = Counter(k for p in others for k in p["_keys"] if k not in o["_keys"])
        actors = [{"key": k, "name": names.get(k, k),
                   "mentioned_by": sorted(p["outlet"] for p in others if k in p["_keys"])}
                  for k, _ in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))]
        o["omits"] = {"events": [e for e in events if e["mentioned_by"]], "actors": actors}
    for o in outlets:
        del o["_keys"], o["_clusters"]


# -- Markdown --------------------------------------------------------------------------------
def _md(text: Any) -> str:
    """Text safe in a Markdown table cell."""
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def story_markdown(comparison: dict[str, Any]) -> str:
    """The framing comparison as a Markdown report (one table, outlets as columns)."""
    s = comparison["story"]
    outlets = comparison["outlets"]
    lines = [f"# {_md(s['label'])}", "",
             f"Story `{s['story_id']}`: {s['n_documents']} documents from {s['n_outlets']} outlets, "
             f"{s['first_seen']} to {s['last_seen']}. Main actors: "
             + (", ".join(a["name"] or a["key"] for a in s["main_actors"]) or "none") + ".", "",
             "## Events", ""]
    for c in comparison["clusters"]:
        lines.append(f"- **{_md(c['label'])}**: {c['n_mentions']} mentions in {c['n_documents']} documents from "
                     f"{c['n_outlets']} outlets (" + ", ".join(f"{m['outlet']} {m['doc_id']}#{m['ref']} "
                                                                f"“{m['trigger']}”" for m in c["mentions"]) + ")")
    if not comparison["clusters"]:
        lines.append("- (no event reported by two documents)")
    lines += ["", "## How each outlet tells it", ""]

    def cell(o: dict[str, Any], row: str) -> str:
        if row == "Headline":
            return _md(o["headline"])
        if row == "Documents":
            return "<br>".join(f"`{d['id']}` {d['date'] or ''}" for d in o["documents"])
        if row == "Quotes (share of text)":
            return "<br>".join(f"{_md(q['speaker'])}: {q['quotes']} ({100 * q['share']:.0f}%)"
                               for q in o["quotes"]) or "none"
        if row == "Author stance":
            return "<br>".join(f"{_md(x['name'])} {x['polarity']:+.2f} (“{_md(x['evidence'][0]['text'])}”)"
                               if x["evidence"] else f"{_md(x['name'])} {x['polarity']:+.2f}"
                               for x in o["stance"]) or "none"
        if row == "Techniques / 1,000 words":
            t = o["techniques"]
            return f"{t['per_1000_words']:.1f}" + (" (" + ", ".join(f"{k} {v}" for k, v in t["counts"].items()) + ")"
                                                    if t["counts"] else "")
        if row == "Calls to action":
            return "<br>".join(f"“{_md(c['text'])}”" for c in o["calls_to_action"]) or "none"
        if row == "Events reported":
            return "<br>".join(f"{e['type']} {_md(e['source'])} → {_md(e['target'])}" for e in o["events"]["reported"]) \
                or "none"
        if row == "Events the author claims":
            return "<br>".join(f"{e['type']} {_md(e['source'])} → {_md(e['target'])}" for e in o["events"]["author"]) \
                or "none"
        if row == "Omits":
            parts = [_md(e["label"]) for e in o["omits"]["events"]] + [_md(a["name"]) for a in o["omits"]["actors"]]
            return "<br>".join(parts) or "nothing"
        raise KeyError(row)

    rows = ["Headline", "Documents", "Quotes (share of text)", "Author stance", "Techniques / 1,000 words",
            "Calls to action", "Events reported", "Events the author claims", "Omits"]
    lines.append("| | " + " | ".join(_md(o["outlet"]) for o in outlets) + " |")
    lines.append("|---" * (len(outlets) + 1) + "|")
    for row in rows:
        lines.append(f"| **{row}** | " + " | ".join(cell(o, row) for o in outlets) + " |")
    return "\n".join(lines) + "\n"
