"""Event clusters and stories in the store: derived from the stored rows, updated
incrementally, rebuildable.

    >>> with Store("corpus.duckdb") as store:
    ...     stats = update_stories(store.con)                 # compare what is new, re-cluster
    ...     stats = update_stories(store.con, rebuild=True)   # forget everything derived, redo

What is stored (migration 7, ``migrate_007_stories.sql``):

- ``cluster_state``: which documents (and pipeline versions) have been compared. A
  document not there, or stored since by another pipeline version, is *new*; a document
  there that is no longer stored is *gone*.
- ``event_features``/``event_blocks`` and ``story_features``/``story_bands``: what the
  rules of ``store.linking`` compare, kept so that a new document is compared with the
  stored ones without re-reading their rows.
- ``event_links``/``story_links``: every compatible pair found. Only pairs with a new
  document are computed; the links of gone documents are deleted.
- ``event_clusters``/``event_cluster_mentions`` and ``stories``/``story_documents``: the
  connected components of the links (two or more members), re-derived from all links at
  the end of each update (cheap: a union-find over the links and two grouped queries).

Because the links of a pair never depend on other documents and components do not
depend on the order of links, an incremental update equals a full rebuild (tested).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

import numpy as np

from . import linking, minhash
from .db import transaction

logger = logging.getLogger(__name__)

#: Documents whose rows are read and compared at once: bounds memory on large stores.
CHUNK_DOCS = 5000
#: Actors named in a story's label (most documents first).
LABEL_ACTORS = 2
#: Main actors kept per story (the framing comparison's stance columns).
MAIN_ACTORS = 3

DERIVED_TABLES = ("cluster_state", "event_features", "event_blocks", "story_features", "story_bands",
                  "event_links", "story_links", "event_clusters", "event_cluster_mentions", "stories",
                  "story_documents")


@dataclass
class ClusterStats:
    """What one ``update_stories`` call did."""

    compared: int = 0        # documents compared (new or re-analysed)
    removed: int = 0         # documents whose derived rows were dropped
    event_links: int = 0     # new mention pairs
    story_links: int = 0     # new document pairs
    event_clusters: int = 0  # clusters now stored
    stories: int = 0         # stories now stored


# -- reading rows --------------------------------------------------------------------------
def _table(con, name: str, columns: dict[str, list], types: dict[str, Any]):
    import pyarrow as pa

    return pa.table({c: pa.array(v, types[c]) for c, v in columns.items()})


def document_inputs(con, ids: list[str]) -> list[dict[str, Any]]:
    """The rows ``linking`` needs of each document in ``ids``, in id order."""
    import pyarrow as pa

    con.register("_want", pa.table({"id": pa.array(sorted(ids), pa.string())}))
    try:
        docs = {r[0]: {"id": r[0], "published": r[1], "publisher": r[2], "title": r[3], "text": r[4],
                       "events": [], "event_actors": [], "doc_actors": []}
                for r in con.execute("SELECT d.id, d.published, d.publisher, d.title, d.text FROM documents d "
                                     "JOIN _want w ON w.id = d.id ORDER BY d.id").fetchall()}
        for r in con.execute("SELECT e.doc_id, e.event_id, e.type, e.quad_class, e.date, e.location FROM events e "
                             "JOIN _want w ON w.id = e.doc_id").fetchall():
            docs[r[0]]["events"].append({"event_id": r[1], "type": r[2], "quad_class": r[3], "date": r[4],
                                         "location": r[5]})
        for r in con.execute("SELECT x.doc_id, x.event_id, x.role, x.actor_id, x.key FROM event_actors x "
                             "JOIN _want w ON w.id = x.doc_id").fetchall():
            docs[r[0]]["event_actors"].append({"event_id": r[1], "role": r[2], "actor_id": r[3], "key": r[4]})
        for r in con.execute("SELECT a.doc_id, a.actor_id, a.key, a.country FROM doc_actors a "
                             "JOIN _want w ON w.id = a.doc_id").fetchall():
            docs[r[0]]["doc_actors"].append({"actor_id": r[1], "key": r[2], "country": r[3]})
    finally:
        con.unregister("_want")
    return [docs[i] for i in sorted(docs)]


def _stored_mentions(con, blocks: list[tuple[str, int, str, str]]) -> list[linking.Mention]:
    """Stored mentions sharing a block with ``blocks`` (block, day, doc, event) within the window."""
    import pyarrow as pa

    if not blocks:
        return []
    con.register("_blocks", pa.table({"block": pa.array([b[0] for b in blocks], pa.string()),
                                      "day": pa.array([b[1] for b in blocks], pa.int32())}))
    try:
        rows = con.execute(f"""
            SELECT DISTINCT f.doc_id, f.event_id, f.type, f.quad_class, f.day, f.location, f.sources, f.targets
            FROM (SELECT DISTINCT s.doc_id, s.event_id FROM _blocks b JOIN event_blocks s
                  ON s.block = b.block AND abs(s.day - b.day) <= {linking.MAX_WINDOW_DAYS}) c
            JOIN event_features f ON f.doc_id = c.doc_id AND f.event_id = c.event_id""").fetchall()
    finally:
        con.unregister("_blocks")
    return [linking.Mention(r[0], r[1], r[2], r[3], r[4], r[5], frozenset(r[6] or ()), frozenset(r[7] or ()))
            for r in rows]


# -- the update ----------------------------------------------------------------------------
def _pending(con, rebuild: bool) -> tuple[list[str], list[str]]:
    """(documents to compare, documents whose derived rows go)."""
    if rebuild:
        return [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id").fetchall()], []
    new = [r[0] for r in con.execute(
        "SELECT d.id FROM documents d LEFT JOIN cluster_state c ON c.doc_id = d.id "
        "WHERE c.doc_id IS NULL OR c.pipeline_version IS DISTINCT FROM d.pipeline_version ORDER BY d.id").fetchall()]
    gone = [r[0] for r in con.execute(
        "SELECT c.doc_id FROM cluster_state c LEFT JOIN documents d ON d.id = c.doc_id "
        "WHERE d.id IS NULL OR c.pipeline_version IS DISTINCT FROM d.pipeline_version ORDER BY 1").fetchall()]
    return new, gone


def _forget(con, ids: list[str]) -> None:
    import pyarrow as pa

    if not ids:
        return
    con.register("_gone", pa.table({"id": pa.array(ids, pa.string())}))
    try:
        for table in ("cluster_state", "event_features", "event_blocks", "story_features", "story_bands"):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT id FROM _gone)")
        for table in ("event_links", "story_links"):
            con.execute(f"DELETE FROM {table} WHERE a_doc IN (SELECT id FROM _gone) OR b_doc IN (SELECT id FROM _gone)")
    finally:
        con.unregister("_gone")


def _insert(con, table: str, data: dict[str, Any]) -> None:
    import pyarrow as pa

    frame = pa.table(data)
    if frame.num_rows == 0:
        return
    con.register("_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM _rows")
    finally:
        con.unregister("_rows")


def _compare_chunk(con, docs: list[dict[str, Any]], versions: dict[str, str], stats: ClusterStats) -> None:
    import pyarrow as pa

    new = {d["id"] for d in docs}
    mentions = [m for d in docs for m in linking.mentions_of(d)]
    blocks = [(b, m.day, m.doc_id, m.event_id) for m in mentions if m.day is not None for b in m.blocks()]
    stored = _stored_mentions(con, blocks)
    links = sorted(linking.event_links(mentions + stored, new))
    _insert(con, "event_features", {
        "doc_id": pa.array([m.doc_id for m in mentions], pa.string()),
        "event_id": pa.array([m.event_id for m in mentions], pa.string()),
        "type": pa.array([m.type for m in mentions], pa.string()),
        "quad_class": pa.array([m.quad_class for m in mentions], pa.string()),
        "day": pa.array([m.day for m in mentions], pa.int32()),
        "location": pa.array([m.location for m in mentions], pa.string()),
        "sources": pa.array([sorted(m.sources) for m in mentions], pa.list_(pa.string())),
        "targets": pa.array([sorted(m.targets) for m in mentions], pa.list_(pa.string()))})
    _insert(con, "event_blocks", {"block": pa.array([b[0] for b in blocks], pa.string()),
                                  "day": pa.array([b[1] for b in blocks], pa.int32()),
                                  "doc_id": pa.array([b[2] for b in blocks], pa.string()),
                                  "event_id": pa.array([b[3] for b in blocks], pa.string())})
    _insert(con, "event_links", {c: pa.array([link[i] for link in links], pa.string())
                                 for i, c in enumerate(("a_doc", "a_event", "b_doc", "b_event"))})
    stats.event_links += len(links)

    sketches = [linking.sketch_of(d) for d in docs]
    bands = [(s.doc_id, band, bucket, s.day) for s in sketches if s.day is not None
             for band, bucket in minhash.buckets(s.signature)]
    _insert(con, "story_features", {
        "doc_id": pa.array([s.doc_id for s in sketches], pa.string()),
        "day": pa.array([s.day for s in sketches], pa.int32()),
        "signature": pa.array([s.signature.tolist() for s in sketches], pa.list_(pa.uint32())),
        "actor_keys": pa.array([sorted(s.actor_keys) for s in sketches], pa.list_(pa.string()))})
    _insert(con, "story_bands", {"doc_id": pa.array([b[0] for b in bands], pa.string()),
                                 "band": pa.array([b[1] for b in bands], pa.int32()),
                                 "bucket": pa.array([b[2] for b in bands], pa.uint64()),
                                 "day": pa.array([b[3] for b in bands], pa.int32())})
    story_links = _story_links(con, new)
    _insert(con, "story_links", {"a_doc": pa.array([s[0] for s in story_links], pa.string()),
                                 "b_doc": pa.array([s[1] for s in story_links], pa.string()),
                                 "text_similarity": pa.array([s[2] for s in story_links], pa.float64()),
                                 "shared_events": pa.array([s[3] for s in story_links], pa.int32())})
    stats.story_links += len(story_links)
    _insert(con, "cluster_state", {"doc_id": pa.array(sorted(new), pa.string()),
                                   "pipeline_version": pa.array([versions.get(i) for i in sorted(new)], pa.string()),
                                   "day": pa.array([s.day for s in sorted(sketches, key=lambda s: s.doc_id)],
                                                   pa.int32())})
    stats.compared += len(docs)


def _story_links(con, new: set[str]) -> list[tuple[str, str, float, int]]:
    """Linked document pairs with at least one document in ``new`` (features already stored)."""
    import pyarrow as pa

    con.register("_new", pa.table({"id": pa.array(sorted(new), pa.string())}))
    try:
        candidates = con.execute(f"""
            WITH nb AS (SELECT b.* FROM story_bands b JOIN _new n ON n.id = b.doc_id),
            pairs AS (
                SELECT DISTINCT least(nb.doc_id, s.doc_id) AS a, greatest(nb.doc_id, s.doc_id) AS b
                FROM nb JOIN story_bands s ON s.band = nb.band AND s.bucket = nb.bucket
                 AND s.doc_id <> nb.doc_id AND abs(s.day - nb.day) <= {linking.STORY_WINDOW_DAYS}
                UNION
                SELECT DISTINCT least(a_doc, b_doc), greatest(a_doc, b_doc) FROM event_links
                WHERE a_doc <> b_doc AND (a_doc IN (SELECT id FROM _new) OR b_doc IN (SELECT id FROM _new)))
            SELECT p.a, p.b, coalesce(e.n, 0) AS shared
            FROM pairs p LEFT JOIN (
                SELECT least(a_doc, b_doc) AS a, greatest(a_doc, b_doc) AS b, count(*) AS n
                FROM event_links WHERE a_doc <> b_doc GROUP BY 1, 2) e ON e.a = p.a AND e.b = p.b
            ORDER BY p.a, p.b""").fetchall()
    finally:
        con.unregister("_new")
    if not candidates:
        return []
    ids = sorted({c[0] for c in candidates} | {c[1] for c in candidates})
    con.register("_ids", pa.table({"id": pa.array(ids, pa.string())}))
    try:
        rows = con.execute("SELECT f.doc_id, f.day, f.signature, f.actor_keys FROM story_features f "
                           "JOIN _ids i ON i.id = f.doc_id").fetchall()
    finally:
        con.unregister("_ids")
    sketches = {r[0]: linking.Sketch(r[0], r[1], np.asarray(r[2], dtype=np.uint32), frozenset(r[3] or ()))
                for r in rows}
    return decide_story_links(candidates, sketches)


def decide_story_links(candidates: Iterable[tuple[str, str, int]],
                       sketches: dict[str, linking.Sketch]) -> list[tuple[str, str, float, int]]:
    """``(a, b, similarity, shared events)`` of the candidate pairs the story rule links."""
    out = []
    for a, b, shared in candidates:
        linked, sim = linking.same_story(sketches[a], sketches[b], int(shared))
        if linked:
            out.append((a, b, round(sim, 6), int(shared)))
    return out


def update_stories(con, rebuild: bool = False, chunk_docs: int = CHUNK_DOCS) -> ClusterStats:
    """Bring event clusters and stories up to date with the stored documents.

    Args:
        con: a writable store connection (``Store.con``), migrated to version 4 or later.
        rebuild: drop every derived row first and compare all documents again.
        chunk_docs: documents read and compared at once.

    Returns:
        ``ClusterStats`` of this call.
    """
    stats = ClusterStats()
    with transaction(con, "clustering events and stories"):
        if rebuild:
            for table in DERIVED_TABLES:
                con.execute(f"DELETE FROM {table}")
        new, gone = _pending(con, rebuild)
        _forget(con, sorted(set(gone) | set(new)))
        stats.removed = len(set(gone) - set(new))
        versions = dict(con.execute("SELECT id, pipeline_version FROM documents").fetchall()) if new else {}
        for start in range(0, len(new), chunk_docs):
            docs = document_inputs(con, new[start:start + chunk_docs])
            _compare_chunk(con, docs, versions, stats)
            logger.info("clustering: compared %d of %d new documents", min(start + chunk_docs, len(new)), len(new))
        if new or gone or rebuild:
            _write_components(con)
        stats.event_clusters = con.execute("SELECT count(*) FROM event_clusters").fetchone()[0]
        stats.stories = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    return stats


# -- components and summaries --------------------------------------------------------------
def assign_components(event_links: Iterable[tuple[str, str, str, str]], story_links: Iterable[tuple[str, str]]
                      ) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """``(cluster_id, doc, event)`` per clustered mention and ``(story_id, doc)`` per story
    document, from the links (shared by the store and the Spark job)."""
    roots = linking.components(((a, b), (c, d)) for a, b, c, d in event_links)
    mentions = sorted((linking.cluster_id("ev-", root), ref[0], ref[1]) for ref, root in roots.items())
    story_roots = linking.components(story_links)
    documents = sorted((linking.cluster_id("st-", root), doc) for doc, root in story_roots.items())
    return mentions, documents


def _write_components(con) -> None:
    import pyarrow as pa

    mentions, documents = assign_components(
        con.execute("SELECT a_doc, a_event, b_doc, b_event FROM event_links").fetchall(),
        con.execute("SELECT a_doc, b_doc FROM story_links").fetchall())
    for table in ("event_clusters", "event_cluster_mentions", "stories", "story_documents"):
        con.execute(f"DELETE FROM {table}")
    _insert(con, "event_cluster_mentions", {c: pa.array([m[i] for m in mentions], pa.string())
                                            for i, c in enumerate(("cluster_id", "doc_id", "event_id"))})
    _insert(con, "story_documents", {c: pa.array([d[i] for d in documents], pa.string())
                                     for i, c in enumerate(("story_id", "doc_id"))})
    con.execute("INSERT INTO event_clusters " + EVENT_CLUSTERS_SQL)
    _write_stories(con)


#: One row per cluster from its mentions: the most frequent type and location (ties: the
#: first alphabetically), the actor keys of each side, the days, and the counts.
EVENT_CLUSTERS_SQL = """
    WITH m AS (SELECT c.cluster_id, e.doc_id, e.event_id, e.type, e.quad_class, e.location,
                      coalesce(e.date, e.published) AS day, coalesce(e.publisher, d.source, d.id) AS outlet
               FROM event_cluster_mentions c
               JOIN events e ON e.doc_id = c.doc_id AND e.event_id = c.event_id
               JOIN documents d ON d.id = e.doc_id),
    types AS (SELECT cluster_id, type, quad_class, row_number() OVER
                     (PARTITION BY cluster_id ORDER BY count(*) DESC, type) AS n
              FROM m GROUP BY cluster_id, type, quad_class),
    places AS (SELECT cluster_id, location, row_number() OVER
                      (PARTITION BY cluster_id ORDER BY count(*) DESC, location) AS n
               FROM m WHERE location IS NOT NULL GROUP BY cluster_id, location),
    sides AS (SELECT c.cluster_id,
                     list_sort(list_distinct(list(x.key) FILTER (WHERE x.role = 'source' AND x.key IS NOT NULL))) AS s,
                     list_sort(list_distinct(list(x.key) FILTER (WHERE x.role = 'target' AND x.key IS NOT NULL))) AS t
              FROM event_cluster_mentions c
              JOIN event_actors x ON x.doc_id = c.doc_id AND x.event_id = c.event_id GROUP BY 1)
    SELECT m.cluster_id, any_value(t.type), any_value(t.quad_class), coalesce(any_value(sd.s), []),
           coalesce(any_value(sd.t), []), any_value(p.location), min(m.day), max(m.day),
           count(DISTINCT m.doc_id), count(DISTINCT m.outlet), count(*)
    FROM m JOIN types t ON t.cluster_id = m.cluster_id AND t.n = 1
    LEFT JOIN places p ON p.cluster_id = m.cluster_id AND p.n = 1
    LEFT JOIN sides sd ON sd.cluster_id = m.cluster_id
    GROUP BY m.cluster_id"""


def _write_stories(con) -> None:
    import pyarrow as pa

    head = con.execute("""
        SELECT s.story_id, min(d.published), max(d.published), count(*),
               count(DISTINCT coalesce(d.publisher, d.source, d.id))
        FROM story_documents s JOIN documents d ON d.id = s.doc_id GROUP BY 1 ORDER BY 1""").fetchall()
    actors: dict[str, list[tuple[str, int, int, str]]] = {}
    for sid, key, docs, mentions, name in con.execute("""
            SELECT s.story_id, a.key, count(DISTINCT a.doc_id), sum(a.n_mentions), min(a.name)
            FROM story_documents s JOIN doc_actors a ON a.doc_id = s.doc_id
            WHERE a.key IS NOT NULL AND a.kind <> 'person' GROUP BY 1, 2""").fetchall():
        actors.setdefault(sid, []).append((key, int(docs), int(mentions or 0), name))
    types: dict[str, Counter] = {}
    clusters: dict[str, int] = {}
    for sid, type_, n, in_cluster in con.execute("""
            SELECT s.story_id, e.type, count(*), count(DISTINCT c.cluster_id)
            FROM story_documents s JOIN events e ON e.doc_id = s.doc_id
            LEFT JOIN event_cluster_mentions c ON c.doc_id = e.doc_id AND c.event_id = e.event_id
            GROUP BY 1, 2""").fetchall():
        types.setdefault(sid, Counter())[type_] += int(n)
    for sid, n in con.execute("""
            SELECT s.story_id, count(DISTINCT c.cluster_id) FROM story_documents s
            JOIN event_cluster_mentions c ON c.doc_id = s.doc_id GROUP BY 1""").fetchall():
        clusters[sid] = int(n)
    names = {}
    rows: dict[str, list] = {c: [] for c in ("story_id", "label", "main_actors", "dominant_type", "first_seen",
                                             "last_seen", "n_documents", "n_outlets", "n_clusters")}
    for sid, first, last, n_docs, n_outlets in head:
        ranked = sorted(actors.get(sid, ()), key=lambda a: (-a[1], -a[2], a[0]))[:MAIN_ACTORS]
        names.update({a[0]: a[3] for a in ranked})
        counted = sorted(types.get(sid, Counter()).items(), key=lambda t: (-t[1], t[0]))
        dominant = counted[0][0] if counted else None
        row = {"story_id": sid, "label": story_label([a[3] for a in ranked[:LABEL_ACTORS]], dominant, first, last),
               "main_actors": [a[0] for a in ranked], "dominant_type": dominant, "first_seen": first,
               "last_seen": last, "n_documents": n_docs, "n_outlets": n_outlets, "n_clusters": clusters.get(sid, 0)}
        for c in rows:
            rows[c].append(row[c])
    _insert(con, "stories", {
        "story_id": pa.array(rows["story_id"], pa.string()), "label": pa.array(rows["label"], pa.string()),
        "main_actors": pa.array(rows["main_actors"], pa.list_(pa.string())),
        "dominant_type": pa.array(rows["dominant_type"], pa.string()),
        "first_seen": pa.array(rows["first_seen"], pa.date32()), "last_seen": pa.array(rows["last_seen"], pa.date32()),
        "n_documents": pa.array(rows["n_documents"], pa.int32()), "n_outlets": pa.array(rows["n_outlets"], pa.int32()),
        "n_clusters": pa.array(rows["n_clusters"], pa.int32())})


def story_label(actors: list[str], dominant_type: str | None, first, last) -> str:
    """``"Russia – Ukraine: AGREE, 2025-02-03 to 2025-02-05"`` (main actors, dominant event
    type, dates); parts that are unknown are left out."""
    who = " – ".join(actors) or "Unnamed actors"
    what = f": {dominant_type}" if dominant_type else ""
    if first and last and first != last:
        when = f", {first} to {last}"
    elif first:
        when = f", {first}"
    else:
        when = ""
    return f"{who}{what}{when}"
