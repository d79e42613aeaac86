"""Read-only queries over a communique DuckDB store (``store/schema.sql``) for the
web app: overview, search, documents, actors, events, graph, timeline and the map, and the
Parquet exports (DuckDB ``COPY ... TO`` a file the route sends).

The connection is opened ``read_only``: the web app never changes a corpus.
Each call takes its own cursor, so requests served on different threads do not
share DuckDB connection state. Every value reaches SQL as a bound parameter;
only fixed column names (from ``FILTER_COLUMNS``) are written into the SQL text.

Search: ``communique.store.search`` ranks documents by BM25 over the full-text
index that ``communique ingest`` builds (DuckDB's ``fts`` extension, loaded from
its pip package); the web app only reads it. A store without the index (written
before it existed, or where the extension is missing) is searched by substring
matching instead, and the response's ``ranking`` says which (``"bm25"`` or
``"substring"``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import StoreError
from .labels import OUTLET_SQL, TITLE_SQL

logger = logging.getLogger(__name__)

#: Most rows any list endpoint returns in one page.
MAX_PAGE_SIZE = 500
#: Graph nodes returned when the caller gives no limit: the most connected actors.
DEFAULT_GRAPH_NODES = 40
#: Longest name of a named actor, in words; a longer one is a description
#: ("seven deputy directors of the ministry"), left out of the graph by default.
NAMED_ACTOR_MAX_WORDS = 10
#: SQL over ``actors a``: a named actor (its name starts with a capital letter or a digit and
#: is at most ``NAMED_ACTOR_MAX_WORDS`` words), not a generic group ("troops", "officials").
NAMED_ACTOR_SQL = (r"(a.name IS NOT NULL AND regexp_matches(a.name, '^[\p{Lu}\p{N}]')"
                   f" AND len(string_split(trim(a.name), ' ')) <= {NAMED_ACTOR_MAX_WORDS})")
#: Candidates read for a graph without isolated actors, per node asked for (the places of
#: actors without a link among the most connected go to the next ones).
GRAPH_POOL_FACTOR = 4
#: Characters of an event's sentence shown for a graph edge (longer ones are cut around the trigger).
EDGE_SNIPPET_CHARS = 280
#: Columns of the events exports (``/api/events.csv``, ``/api/events.parquet``), in order.
EVENT_EXPORT_COLUMNS = ("date", "type", "quad_class", "mode", "attribution", "source", "source_names", "target",
                        "target_names", "trigger_text", "confidence", "title", "outlet", "publisher", "doc_id",
                        "event_id", "evidence", "date_source", "date_precision")
#: SQL over ``events e``: where ``coalesce(e.date, e.published)`` came from: the event's own
#: ``date_source`` (``sentence``, ``context``, ``published``; NULL in rows stored before it was
#: recorded), ``document`` when the publication date stands in for the event's, NULL when undated.
DATE_SOURCE_SQL = ("CASE WHEN e.date IS NOT NULL THEN e.date_source"
                   " WHEN e.published IS NOT NULL THEN 'document' END")
#: Columns of the actors exports (``/api/actors.csv``, ``/api/actors.parquet``), in order.
ACTOR_EXPORT_COLUMNS = ("key", "name", "kind", "country", "sector", "role", "documents", "events")
#: What the map counts a country's events as: its actors as source, as target, or either.
MAP_ROLES = ("either", "source", "target")



def with_evidence(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` (an ``event_rows`` row) with ``evidence``: the path of the event on its document page."""
    row["evidence"] = f"/documents/{quote(row['doc_id'], safe='')}#ref-{quote(row['event_id'], safe='')}"
    return row


def _event_export_types() -> list[tuple[str, Any]]:
    """Parquet column types of ``EVENT_EXPORT_COLUMNS``: actor fields are lists, ``date`` a date."""
    import pyarrow as pa

    special = {"date": pa.date32(), "confidence": pa.float64(), "source": pa.list_(pa.string()),
               "target": pa.list_(pa.string()), "source_names": pa.list_(pa.string()),
               "target_names": pa.list_(pa.string())}
    return [(c, special.get(c, pa.string())) for c in EVENT_EXPORT_COLUMNS]

@lru_cache(maxsize=1)
def quad_classes() -> dict[str, str]:
    """PLOVER type -> quad class, from the store; checked against the colours the browser uses."""
    from ..store.rows import QUAD_CLASS

    raw = resources.files(__package__).joinpath("static", "quad_classes.json").read_text("utf-8")
    classes = json.loads(raw)["classes"]
    unknown = set(QUAD_CLASS.values()) - set(classes)
    if unknown:
        raise StoreError(f"web/static/quad_classes.json: no colour for quad classes {sorted(unknown)}")
    return dict(QUAD_CLASS)


def _quad_case(column: str = "e") -> tuple[str, list[str]]:
    """The stored quad class, else one mapped from the PLOVER type (values bound)."""
    from ..store.timeline import quad_class_sql

    quad_classes()
    return quad_class_sql(column)


@dataclass(frozen=True)
class EventFilter:
    """Filters shared by the events, graph and timeline queries, with the CLI's meaning
    (``communique events``): ``type``/``mode``/``attribution`` hold one or more values;
    an actor spec matches a key, a key prefix (``RUS`` → ``RUS:GOV``), a country code or a
    name, through ``communique.store.corpus.actor_condition``."""

    since: str | None = None  # YYYY-MM-DD, on the event date, else the publication date
    until: str | None = None
    type: tuple[str, ...] = ()
    mode: tuple[str, ...] = ()
    attribution: tuple[str, ...] = ()
    publisher: str | None = None
    actor: str | None = None  # as source or target
    source: str | None = None
    target: str | None = None
    undated: bool = False  # only events with neither their own date nor a publication date
    quad: tuple[str, ...] = ()  # quad classes ("material conflict"), stored or mapped from the type
    source_key: str | None = None  # exactly this corpus key as a source (one edge of the graph)
    target_key: str | None = None  # exactly this corpus key as a target

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        from ..store.corpus import date_range, event_actor_clause, in_values

        dates, params = date_range(f"coalesce({alias}.date, {alias}.published)", self.since, self.until)
        clauses = ["TRUE", *dates]
        if self.undated:
            clauses.append(f"coalesce({alias}.date, {alias}.published) IS NULL")
        for column in ("type", "mode", "attribution"):
            values = getattr(self, column)
            if values:
                clauses.append(in_values(f"{alias}.{column}", values))
                params += list(values)
        if self.quad:
            quad_sql, quad_params = _quad_case(alias)
            clauses.append(in_values(quad_sql, self.quad))
            params += quad_params + list(self.quad)
        if self.publisher:
            clauses.append(f"{alias}.publisher = ?")
            params.append(self.publisher)
        for role, spec in ((None, self.actor), ("source", self.source), ("target", self.target)):
            if spec:
                clause, values = event_actor_clause(alias, role, spec)
                clauses.append(clause)
                params += values
        for role, key in (("source", self.source_key), ("target", self.target_key)):
            if key:
                clauses.append(f"EXISTS (SELECT 1 FROM event_actors k WHERE k.doc_id = {alias}.doc_id"
                               f" AND k.event_id = {alias}.event_id AND k.role = '{role}' AND k.key = ?)")
                params.append(key)
        return " AND ".join(clauses), params

    def active(self) -> dict[str, Any]:
        return {k: (",".join(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items() if v}


def search_terms(q: str | None) -> list[str]:
    from ..store.search import parse_query

    return parse_query(q).words


class CorpusReader:
    """Read-only access to one store file. Raises ``StoreError`` when it is not one."""

    def __init__(self, path: str | Path):
        from ..store.db import connect

        self.path = Path(path)
        if not self.path.is_file():
            raise StoreError(f"{self.path}: no such store; create it with `communique ingest ... --db {self.path}`")
        self._con = connect(self.path, read_only=True)
        tables = {r[0] for r in self._con.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
        missing = {"documents", "events", "event_actors", "actors", "doc_actors"} - tables
        if missing:
            self._con.close()
            raise StoreError(f"{self.path}: not a communique store (missing tables {sorted(missing)})")
        from ..store.search import ranking_available

        # Read-only, so the store cannot change under us: ask once.
        self.ranking = ranking_available(self._con)

    def close(self) -> None:
        self._con.close()

    def _rows(self, sql: str, params: list[Any] | tuple = ()) -> list[dict[str, Any]]:
        cur = self._con.cursor()
        try:
            result = cur.execute(sql, list(params))
            cols = [d[0] for d in result.description]
            return [dict(zip(cols, _plain(row))) for row in result.fetchall()]
        finally:
            cur.close()

    def _one(self, sql: str, params: list[Any] | tuple = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    # -- overview and documents --------------------------------------------------
    def overview(self) -> dict[str, Any]:
        counts = self._one(
            "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM actors) AS actors,"
            " (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM quotes) AS quotes,"
            " (SELECT min(published) FROM documents) AS first, (SELECT max(published) FROM documents) AS last")
        publishers = self._rows("SELECT publisher, count(*) AS documents FROM documents WHERE publisher IS NOT NULL"
                                " GROUP BY publisher ORDER BY documents DESC, publisher LIMIT 20")
        return {**(counts or {}), "undated_documents": self.undated_documents(),
                "undated_events": self.undated_events(), "publishers": publishers}

    def undated_documents(self) -> int:
        """Documents without a publication date (issue 17: counted, not left out silently)."""
        return self._one("SELECT count(*) AS n FROM documents WHERE published IS NULL")["n"]

    def publishers(self) -> list[str]:
        return [r["publisher"] for r in self._rows(
            "SELECT DISTINCT publisher FROM documents WHERE publisher IS NOT NULL ORDER BY publisher")]

    def documents(self, q: str | None = None, limit: int = 20, offset: int = 0,
                  publisher: str | None = None, since: str | None = None, until: str | None = None,
                  kind: str | None = None) -> dict[str, Any]:
        """A page of documents, newest first, or ranked by the search ``q`` (see the module
        docstring); a query without words lists everything. ``publisher``, ``since``/``until``
        (publication date) and ``kind`` (a section kind) narrow both (``store.search.Scope``)."""
        from ..store.search import Scope, best_passage, parse_query, scope_clauses, search

        terms = search_terms(q)
        page = {"limit": _page(limit), "offset": max(0, offset), "q": q or None, "terms": terms,
                "ranking": None}
        scope = Scope(publisher, since, until, kind)
        if terms:
            cur = self._con.cursor()
            try:
                found = search(cur, q, limit=page["limit"], offset=page["offset"], publisher=publisher,
                               ranking=self.ranking, since=since, until=until, kind=kind)
            finally:
                cur.close()
            counts = {r["id"]: r for r in self._rows(
                f"SELECT d.id, {TITLE_SQL} AS title, {OUTLET_SQL} AS outlet,"
                " (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events,"
                " (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes"
                " FROM documents d WHERE list_contains(?, d.id)", [[r["id"] for r in found.items]])}
            items = []
            for item in found.items:
                row = dict(zip(item, _plain(tuple(item.values()))))
                extra = counts[item["id"]]
                row.update(events=extra["events"], quotes=extra["quotes"], title=extra["title"],
                           outlet=extra["outlet"])
                items.append(row)
            return {"total": found.total, **page, "ranking": found.ranking, "items": items}
        where, params = scope_clauses(parse_query(None), scope, "all")
        where = ["TRUE", *where]
        total = self._one(f"SELECT count(*) AS n FROM documents d WHERE {' AND '.join(where)}", params)["n"]
        rows = self._rows(
            f"SELECT d.id, {TITLE_SQL} AS title, d.publisher, {OUTLET_SQL} AS outlet, d.published, d.source,"
            " 0.0 AS score,"
            " (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events,"
            " (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes,"
            " substr(d.text, 1, 4000) AS head"
            f" FROM documents d WHERE {' AND '.join(where)} ORDER BY d.published DESC NULLS LAST, d.id"
            " LIMIT ? OFFSET ?", params + [page["limit"], page["offset"]])
        for row in rows:
            row.update(best_passage(row.pop("head") or "", parse_query(None)))
        return {"total": total, **page, "items": rows}

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """The stored communique/1 object, with each actor's corpus ``key`` filled in."""
        row = self._one("SELECT doc, text FROM documents WHERE id = ?", [doc_id])
        if row is None:
            return None
        stored = row["doc"] if isinstance(row["doc"], dict) else json.loads(row["doc"])
        doc: dict[str, Any] = {}
        for k, v in stored.items():  # the text is stored once, in documents.text: put it back in place
            if k != "text":
                doc[k] = v
            if k == "language":
                doc["text"] = row["text"]
        doc.setdefault("text", row["text"])
        keys = {r["actor_id"]: r["key"] for r in self._rows(
            "SELECT actor_id, key FROM doc_actors WHERE doc_id = ?", [doc_id])}
        for actor in doc.get("actors", []):
            if not actor.get("key") and keys.get(actor["id"]):
                actor["key"] = keys[actor["id"]]
        return doc

    # -- actors ---------------------------------------------------------------------
    @staticmethod
    def _actor_where(q: str | None) -> tuple[str, list[Any]]:
        if q:
            return "(contains(lower(a.name), ?) OR lower(a.key) = ?)", [q.lower(), q.lower()]
        return "TRUE", []

    def _actor_select(self, q: str | None) -> tuple[str, list[Any]]:
        """SQL (no paging) of the actors whose name contains ``q`` (or whose key is ``q``),
        most active first, and its parameters."""
        where, params = self._actor_where(q)
        sql = ("SELECT a.key, a.name, a.kind, a.country, a.sector, a.role,"  # ACTOR_EXPORT_COLUMNS, in order
               " (SELECT count(DISTINCT doc_id) FROM doc_actors da WHERE da.key = a.key) AS documents,"
               " (SELECT count(*) FROM (SELECT DISTINCT doc_id, event_id FROM event_actors ea"
               " WHERE ea.key = a.key)) AS events"
               f" FROM actors a WHERE {where} ORDER BY events DESC, documents DESC, a.key")
        return sql, params

    def actors(self, q: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        where, params = self._actor_where(q)
        total = self._one(f"SELECT count(*) AS n FROM actors a WHERE {where}", params)["n"]
        sql, params = self._actor_select(q)
        rows = self._rows(sql + " LIMIT ? OFFSET ?", params + [_page(limit), max(0, offset)])
        return {"total": total, "limit": _page(limit), "offset": max(0, offset), "items": rows}

    def actor(self, key: str) -> dict[str, Any] | None:
        """Everything the actor page shows: partners, events, quotes by and about, stance by outlet."""
        actor = self._one("SELECT key, name, kind, country, sector, role FROM actors WHERE key = ?", [key])
        if actor is None:
            return None
        quad, quad_params = _quad_case()
        actor["partners"] = self._rows(
            f"SELECT o.key, any_value(coalesce(a.name, o.key)) AS name, {quad} AS quad_class, count(*) AS events"
            " FROM event_actors me JOIN event_actors o ON o.doc_id = me.doc_id AND o.event_id = me.event_id"
            " AND o.role <> me.role JOIN events e ON e.doc_id = me.doc_id AND e.event_id = me.event_id"
            " LEFT JOIN actors a ON a.key = o.key"
            " WHERE me.key = ? AND o.key IS NOT NULL AND o.key <> me.key"
            " GROUP BY ALL ORDER BY events DESC, o.key LIMIT 60", quad_params + [key])
        actor["events"] = self.events(EventFilter(actor=key), limit=100)["items"]
        actor["undated_events"] = self.undated_events(EventFilter(actor=key))
        actor["documents"] = self._rows(
            f"SELECT DISTINCT d.id, {TITLE_SQL} AS title, d.publisher, {OUTLET_SQL} AS outlet, d.published"
            " FROM doc_actors da"
            " JOIN documents d ON d.id = da.doc_id WHERE da.key = ?"
            " ORDER BY d.published DESC NULLS LAST, d.id LIMIT 50", [key])
        actor["quotes_by"] = self._rows(
            f"SELECT q.doc_id, q.quote_id, q.kind, q.text, q.cue, {TITLE_SQL} AS title, d.publisher,"
            f" {OUTLET_SQL} AS outlet, d.published"
            " FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.speaker_key = ?"
            " ORDER BY d.published DESC NULLS LAST, q.doc_id, q.start LIMIT 50", [key])
        actor["quotes_about"] = self._rows(
            f"SELECT DISTINCT q.doc_id, q.quote_id, q.kind, q.text, q.speaker_text, {TITLE_SQL} AS title,"
            f" d.publisher, {OUTLET_SQL} AS outlet, d.published, q.start FROM quotes q JOIN mentions m ON m.doc_id = q.doc_id"
            " AND m.start >= q.start AND m.\"end\" <= q.\"end\" JOIN documents d ON d.id = q.doc_id"
            " WHERE m.key = ? AND coalesce(q.speaker_key, '') <> ?"
            " ORDER BY d.published DESC NULLS LAST, q.doc_id, q.start LIMIT 50", [key, key])
        actor["stance"] = self._rows(
            f"SELECT coalesce({OUTLET_SQL}, 'unknown outlet') AS publisher, count(*) AS n,"
            " avg(s.polarity) AS polarity, min(s.polarity) AS lowest, max(s.polarity) AS highest"
            " FROM stance s JOIN documents d ON d.id = s.doc_id WHERE s.target_key = ?"
            " GROUP BY 1 ORDER BY n DESC, publisher LIMIT 50", [key])
        return actor

    # -- events, graph, timeline -----------------------------------------------------
    def events(self, flt: EventFilter = EventFilter(), limit: int = 50, offset: int = 0) -> dict[str, Any]:
        where, params = flt.where("e")
        total = self._one(f"SELECT count(*) AS n FROM events e WHERE {where}", params)["n"]
        rows = self.event_rows(flt, _page(limit), max(0, offset))
        return {"total": total, "limit": _page(limit), "offset": max(0, offset), "items": rows}

    def event_rows(self, flt: EventFilter, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """The events matching ``flt``, newest first; every one when ``limit`` is None (CSV export).

        The page is cut first (``page``), then only its events get their document's title and
        outlet, and their actors' keys and names come from one pass over ``event_actors``
        (plain rows, gathered here: DuckDB lists are slow to hand to Python), so a page costs
        the same whatever the size of the store."""
        where, params = flt.where("e")
        quad, quad_params = _quad_case()
        order = "coalesce(e.date, e.published) DESC NULLS LAST, e.doc_id, e.trigger_start, e.event_id"
        page = ("WITH page AS (SELECT e.doc_id, e.event_id, e.type, e.quad_class, e.mode, e.attribution,"
                " e.trigger_text, e.trigger_start, e.trigger_end, e.date, e.published, e.publisher, e.confidence,"
                f" e.date_source, e.date_precision FROM events e WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?)")
        page_params = params + [limit if limit is not None else 2 ** 62, max(0, offset)]
        rows = self._rows(
            page + f" SELECT e.doc_id, e.event_id, e.type, {quad} AS quad_class, e.mode, e.attribution,"
            " e.trigger_text, e.trigger_start, e.trigger_end, coalesce(e.date, e.published) AS date,"
            f" {DATE_SOURCE_SQL} AS date_source, e.date_precision,"
            f" e.publisher, e.confidence, {TITLE_SQL} AS title, {OUTLET_SQL} AS outlet"
            f" FROM page e LEFT JOIN documents d ON d.id = e.doc_id ORDER BY {order}",
            page_params + quad_params)
        roles: dict[tuple[str, str], dict[str, list[str]]] = {}
        cur = self._con.cursor()
        try:
            found = cur.execute(
                page + " SELECT ea.doc_id, ea.event_id, ea.role, coalesce(ea.key, ea.actor_id),"
                " coalesce(a.name, 'unnamed actor') FROM page p JOIN event_actors ea ON ea.doc_id = p.doc_id"
                " AND ea.event_id = p.event_id LEFT JOIN actors a ON a.key = ea.key"
                " WHERE ea.role IN ('source', 'target') ORDER BY ea.doc_id, ea.event_id, ea.actor_id",
                page_params).fetchall()
        finally:
            cur.close()
        for doc_id, event_id, role, key, name in found:
            lists = roles.setdefault((doc_id, event_id), {"source": [], "target": [], "source_names": [],
                                                          "target_names": []})
            lists[role].append(key)
            lists[role + "_names"].append(name)
        empty = {"source": [], "target": [], "source_names": [], "target_names": []}
        for row in rows:
            row.update({k: list(v) for k, v in roles.get((row["doc_id"], row["event_id"]), empty).items()})
        return rows

    def events_parquet(self, flt: EventFilter, path: str | Path) -> None:
        """Write every event matching ``flt`` to ``path`` as Parquet: the columns of
        ``EVENT_EXPORT_COLUMNS`` (the CSV's), lists as lists, dates as dates."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [{c: row.get(c) for c in EVENT_EXPORT_COLUMNS} for row in map(with_evidence, self.event_rows(flt))]
        for row in rows:  # ``_rows`` gives ISO strings; Parquet gets real dates
            row["date"] = date.fromisoformat(row["date"]) if row["date"] else None
        pq.write_table(pa.Table.from_pylist(rows, schema=pa.schema(_event_export_types())), str(path))

    def actor_rows(self, q: str | None) -> list[dict[str, Any]]:
        """Every actor ``actors(q)`` lists (all pages, same order)."""
        return self._rows(*self._actor_select(q))

    def actors_parquet(self, q: str | None, path: str | Path) -> None:
        """Write every actor ``actors(q)`` lists (all pages, same order) to ``path`` as Parquet."""
        sql, params = self._actor_select(q)
        self._copy_parquet(sql, params, path)

    def _copy_parquet(self, sql: str, params: list[Any], path: str | Path) -> None:
        cur = self._con.cursor()
        try:
            cur.execute(f"COPY ({sql}) TO '" + str(path).replace("'", "''") + "' (FORMAT parquet)", params)
        finally:
            cur.close()

    def graph(self, flt: EventFilter = EventFilter(), limit: int = DEFAULT_GRAPH_NODES, isolated: bool = False,
              generic: bool = False) -> dict[str, Any]:
        """The ``limit`` actors with the most partners (then the most events) and their
        source→target edges per quad class. By default generic actors (``NAMED_ACTOR_SQL``)
        are left out with their edges, and so is an actor without an edge among the ones
        shown; ``isolated``/``generic`` keep them. ``total``: the actors there were to choose from."""
        from ..store.search import TOTAL_OF_HITS

        where, params = flt.where("e")
        quad, quad_params = _quad_case()
        base = (f"WITH ev AS (SELECT e.doc_id, e.event_id, {quad} AS quad_class FROM events e WHERE {where}),"
                " part AS (SELECT ea.doc_id, ea.event_id, ea.role, ea.key, ev.quad_class,"
                " coalesce(a.name, ea.key) AS name, a.kind, a.country FROM ev JOIN event_actors ea"
                " ON ea.doc_id = ev.doc_id AND ea.event_id = ev.event_id LEFT JOIN actors a ON a.key = ea.key"
                f" WHERE ea.key IS NOT NULL AND {'TRUE' if generic else NAMED_ACTOR_SQL}),"
                " links AS (SELECT s.key AS source, t.key AS target, s.quad_class, count(*) AS events"
                " FROM part s JOIN part t ON t.doc_id = s.doc_id AND t.event_id = s.event_id"
                " AND s.role = 'source' AND t.role = 'target' WHERE s.key <> t.key GROUP BY ALL),"
                " degree AS (SELECT key, count(DISTINCT other) AS degree FROM (SELECT source AS key, target AS other"
                " FROM links UNION ALL SELECT target, source FROM links) GROUP BY key)")
        # Without isolated actors, the candidates go past ``limit``: an actor left without a link
        # among the ones shown gives its place to the next one (``_linked_top``).
        limit = max(1, min(limit, MAX_PAGE_SIZE))
        pool = limit if isolated else GRAPH_POOL_FACTOR * limit
        nodes = self._rows(
            base + ", hits AS (SELECT p.key, any_value(p.name) AS name, any_value(p.kind) AS kind,"
            " any_value(p.country) AS country, count(DISTINCT (p.doc_id, p.event_id)) AS activity,"
            " coalesce(any_value(d.degree), 0) AS degree"
            " FROM part p LEFT JOIN degree d ON d.key = p.key GROUP BY p.key"
            f" {'' if isolated else 'HAVING coalesce(any_value(d.degree), 0) > 0'})"
            f" SELECT *, {TOTAL_OF_HITS} AS total FROM hits ORDER BY degree DESC, activity DESC, key LIMIT ?",
            quad_params + params + [pool])
        total = nodes[0]["total"] if nodes else 0
        for node in nodes:
            del node["total"]
        edges: list[dict[str, Any]] = []
        if nodes:
            keys = [n["key"] for n in nodes]
            edges = self._rows(
                base + " SELECT source, target, quad_class, events FROM links WHERE list_contains(?, source)"
                " AND list_contains(?, target) ORDER BY events DESC, source, target, quad_class",
                quad_params + params + [keys, keys])
        if not isolated:
            nodes = _linked_top(nodes, edges, limit)
            shown = {n["key"] for n in nodes}
            edges = [e for e in edges if e["source"] in shown and e["target"] in shown]
        return {"nodes": nodes, "edges": edges, "total": total, "filters": flt.active(),
                "undated": self.undated_events(flt) if flt.since or flt.until else 0,
                "options": {"limit": limit, "isolated": isolated, "generic": generic}}

    def edge_events(self, flt: EventFilter, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """The events behind one graph edge (``flt`` with ``source_key``, ``target_key`` and the
        edge's quad class), newest first as ``events`` lists them, each with ``snippet``: its
        sentence (cut to ``EDGE_SNIPPET_CHARS`` around the trigger) and the trigger's offsets in it,
        and its date in words: ``date_text`` ("March 2024", "undated") and ``date_note`` (where it
        came from, "from the sentence"; "" when unknown)."""
        from .labels import date_source, event_date

        result = self.events(flt, limit=limit, offset=offset)
        for item in result["items"]:
            item.update(date_text=event_date(item["date"], item["date_precision"]),
                        date_note=date_source(item["date_source"]))
        if not result["items"]:
            return result
        rows = self._rows(
            "SELECT e.doc_id, e.event_id, e.trigger_start, e.trigger_end,"
            " coalesce(e.sentence_start, e.trigger_start) AS s, coalesce(e.sentence_end, e.trigger_end) AS t,"
            " substr(d.text, coalesce(e.sentence_start, e.trigger_start) + 1,"
            " coalesce(e.sentence_end, e.trigger_end) - coalesce(e.sentence_start, e.trigger_start)) AS sentence"
            " FROM events e JOIN documents d ON d.id = e.doc_id"
            " WHERE list_contains(?, e.doc_id || chr(0) || e.event_id)",
            [[f"{r['doc_id']}\0{r['event_id']}" for r in result["items"]]])
        found = {(r["doc_id"], r["event_id"]): r for r in rows}
        for item in result["items"]:
            item.update(_snippet(found.get((item["doc_id"], item["event_id"]))))
        return result

    def countries(self, flt: EventFilter = EventFilter(), role: str = "either") -> dict[str, Any]:
        """Events per country of their actors (``actors.country``: a state, its bodies, its
        people), as source, as target and in either role; ``events`` is the count for ``role``.
        Each country has its name and ``actor``, the key of its own actor page when the store
        has one (``RUS``). ``unplaced``: matching events with no actor of a known country."""
        from .labels import country

        if role not in MAP_ROLES:
            raise StoreError(f"unknown role {role!r}; allowed: {MAP_ROLES}")
        where, params = flt.where("e")
        rows = self._rows(
            f"WITH ev AS (SELECT e.doc_id, e.event_id FROM events e WHERE {where}),"
            " placed AS (SELECT DISTINCT ev.doc_id, ev.event_id, ea.role, a.country FROM ev"
            "  JOIN event_actors ea ON ea.doc_id = ev.doc_id AND ea.event_id = ev.event_id"
            "  JOIN actors a ON a.key = ea.key WHERE a.country IS NOT NULL AND a.country <> '')"
            " SELECT p.country AS id,"
            "  count(DISTINCT (p.doc_id, p.event_id)) FILTER (WHERE p.role = 'source') AS as_source,"
            "  count(DISTINCT (p.doc_id, p.event_id)) FILTER (WHERE p.role = 'target') AS as_target,"
            "  count(DISTINCT (p.doc_id, p.event_id)) AS either_role,"
            "  (SELECT any_value(k.key) FROM actors k WHERE k.key = p.country) AS actor"
            " FROM placed p GROUP BY p.country ORDER BY either_role DESC, p.country", params)
        column = {"source": "as_source", "target": "as_target", "either": "either_role"}[role]
        items = []
        for row in rows:
            if row[column]:
                items.append({"id": row["id"], "name": country(row["id"]), "events": row[column],
                              "as_source": row["as_source"], "as_target": row["as_target"],
                              "either": row["either_role"], "actor": row["actor"]})
        counts = self._one(
            f"SELECT count(*) AS total, count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM event_actors ea"
            " JOIN actors a ON a.key = ea.key WHERE ea.doc_id = e.doc_id AND ea.event_id = e.event_id"
            f" AND a.country IS NOT NULL AND a.country <> ''{'' if role == 'either' else ' AND ea.role = ?'}))"
            f" AS unplaced FROM events e WHERE {where}", ([] if role == "either" else [role]) + params)
        return {"role": role, "countries": items, "total": counts["total"], "unplaced": counts["unplaced"],
                "undated": self.undated_events(flt) if flt.since or flt.until else 0, "filters": flt.active()}

    def undated_events(self, flt: EventFilter = EventFilter()) -> int:
        """Events matching ``flt`` apart from its date range that have neither their own date nor
        a publication date: what a chart or a date range cannot place (issue 17), and what
        ``/events?undated=true`` lists."""
        where, params = replace(flt, since=None, until=None, undated=True).where("e")
        return self._one(f"SELECT count(*) AS n FROM events e WHERE {where}", params)["n"]

    def timeline(self, flt: EventFilter = EventFilter()) -> dict[str, Any]:
        """Event counts by month and quad class: all events, one actor, or a source/target dyad
        (the query of ``Corpus.timeline``, ``communique.store.timeline``)."""
        from ..store.timeline import event_counts

        where, params = flt.where("e")
        rows = self._rows(*event_counts(where, params, by="month"))
        months = sorted({r["period"][:7] for r in rows})
        series = []
        for quad_class in dict.fromkeys(quad_classes().values()):
            counts = {r["period"][:7]: r["events"] for r in rows if r["quad_class"] == quad_class}
            series.append({"label": quad_class, "counts": [counts.get(m, 0) for m in months]})
        # What the chart cannot place, and what it places on the document's date (issue 19).
        undated = self.undated_events(flt)
        dating = self._one(f"SELECT count(*) FILTER (WHERE e.date IS NULL AND e.published IS NOT NULL) AS fallback,"
                           " count(*) FILTER (WHERE e.date IS NOT NULL AND e.date_precision = 'year') AS year_only"
                           f" FROM events e WHERE {where}", params)
        return {"months": months, "series": series, "undated": undated, "on_document_date": dating["fallback"],
                "year_only": dating["year_only"], "filters": flt.active()}


def _linked_top(pool: list[dict[str, Any]], edges: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` nodes of ``pool`` (ranked) where each has a link to another one
    kept: a node left alone gives its place to the next candidate, until none is alone."""
    partners: dict[str, set[str]] = {n["key"]: set() for n in pool}
    for e in edges:
        partners[e["source"]].add(e["target"])
        partners[e["target"]].add(e["source"])
    chosen, rest = pool[:limit], pool[limit:]
    while True:
        keys = {n["key"] for n in chosen}
        alone = [n for n in chosen if not partners[n["key"]] & keys]
        if not alone:
            return chosen
        gone = {n["key"] for n in alone}
        chosen = [n for n in chosen if n["key"] not in gone]
        room = limit - len(chosen)
        chosen, rest = chosen + rest[:room], rest[room:]


def _snippet(row: dict[str, Any] | None) -> dict[str, Any]:
    """``snippet`` (the sentence, cut around the trigger when long, with "…") and
    ``mark_start``/``mark_end``: the trigger's offsets in the snippet."""
    if row is None or row["sentence"] is None:
        return {"snippet": "", "mark_start": 0, "mark_end": 0}
    text = row["sentence"]
    start, end = row["trigger_start"] - row["s"], row["trigger_end"] - row["s"]
    if len(text) <= EDGE_SNIPPET_CHARS:
        return {"snippet": text, "mark_start": start, "mark_end": end}
    lo = max(0, min(start - EDGE_SNIPPET_CHARS // 3, len(text) - EDGE_SNIPPET_CHARS))
    hi = lo + EDGE_SNIPPET_CHARS
    head, tail = ("…" if lo > 0 else ""), ("…" if hi < len(text) else "")
    return {"snippet": head + text[lo:hi] + tail, "mark_start": start - lo + len(head),
            "mark_end": min(end, hi) - lo + len(head)}


def _page(limit: int) -> int:
    return max(1, min(int(limit), MAX_PAGE_SIZE))


def _plain(row: tuple) -> tuple:
    """DuckDB values made JSON-friendly (dates as ISO strings)."""
    out = []
    for value in row:
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        out.append(value)
    return tuple(out)
