"""``Corpus``: read-only queries over a store, returning pandas (or polars) frames.

    >>> corpus = communique.Corpus("corpus.duckdb")
    >>> corpus.events(source="RUS", target="UKR", type="ASSAULT", since="2024-01-01",
    ...               mode="asserted", attribution="reported")
    >>> corpus.actors(); corpus.quotes(speaker="Lavrov"); corpus.timeline("RUS", by="month")
    >>> corpus.dyads(); corpus.sql("SELECT type, count(*) FROM events GROUP BY 1")
    >>> corpus.document(doc_id)        # the stored communique/1 Document

An actor filter (``source=``, ``target=``, ``speaker=``, ``timeline(actor)``)
matches a corpus key exactly (``RUS:GOV``), a key prefix (``RUS`` matches
``RUS:GOV``), the country of a keyed actor (``RUS`` matches a Russian
minister), or an actor name, case-insensitively. Every method takes
``frame="pandas"`` (default) or ``"polars"``.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import StoreError
from .db import DEFAULT_DB, connect
from .timeline import QUAD_CLASSES, TIMELINE_BUCKETS, dated_events

logger = logging.getLogger(__name__)

#: Rows returned by a listing query unless ``limit=`` says otherwise.
DEFAULT_LIMIT = 1000
FRAMES = ("pandas", "polars")


def actor_condition(column: str) -> str:
    """SQL that is true when ``column`` (an actor key) matches the next four ``?`` (the spec)."""
    return (f"({column} = ? OR starts_with({column}, ? || ':') OR {column} IN "
            "(SELECT key FROM actors WHERE country = ? OR lower(name) = lower(?)))")


def _actor_params(spec: str) -> list[str]:
    return [spec, spec, spec, spec]


def event_actor_clause(alias: str, role: str | None, spec: str) -> tuple[str, list[str]]:
    """SQL true when event ``alias`` has an actor matching ``spec`` (as ``role``, or in any role)."""
    role_sql = f" AND x.role = '{role}'" if role else ""
    return (f"EXISTS (SELECT 1 FROM event_actors x WHERE x.doc_id = {alias}.doc_id AND "
            f"x.event_id = {alias}.event_id{role_sql} AND {actor_condition('x.key')})", _actor_params(spec))


def date_range(day: str, since: str | None, until: str | None) -> tuple[list[str], list[str]]:
    """Clauses and parameters bounding the SQL date expression ``day`` (YYYY-MM-DD, inclusive)."""
    clauses, params = [], []
    for bound, op in ((since, ">="), (until, "<=")):
        if bound:
            clauses.append(f"{day} {op} CAST(? AS DATE)")
            params.append(str(bound))
    return clauses, params


def in_values(column: str, values) -> str:
    """``column IN (?, ...)`` for ``values`` (one placeholder each)."""
    return f"{column} IN ({', '.join('?' * len(values))})"


class Corpus:
    """Queries over one store file (opened read-only).

    Args:
        path: the DuckDB store (``communique.duckdb`` by default).
        frame: ``"pandas"`` or ``"polars"`` for every result.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, frame: str = "pandas"):
        if frame not in FRAMES:
            raise StoreError(f"unknown frame kind {frame!r}; allowed: {FRAMES}")
        self.path = Path(path)
        self.frame = frame
        self.con = connect(self.path, read_only=True)
        self._ranking: str | None = None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------
    def _frame(self, query: str, params: list[Any] | None = None, frame: str | None = None):
        import duckdb

        try:
            result = self.con.execute(query, params or [])
        except duckdb.Error as err:
            raise StoreError(f"query failed: {err}") from None
        if (frame or self.frame) == "polars":
            return result.pl()
        return result.df()

    def sql(self, query: str, params: list[Any] | None = None, frame: str | None = None):
        """Any read-only SQL over the store's tables and views (and the full-text index's
        ``fts_main_documents.match_bm25`` when the store has one)."""
        if "fts_main_documents" in query:
            self.search_ranking()  # loads the extension
        return self._frame(query, params, frame)

    # -- search ---------------------------------------------------------------------
    def search_ranking(self) -> str:
        """``"bm25"`` when this store has a full-text index and the fts extension loads,
        else ``"substring"`` (see ``store.search``)."""
        if self._ranking is None:
            from .search import ranking_available

            self._ranking = ranking_available(self.con)
        return self._ranking

    def search(self, q: str, limit: int = 20, offset: int = 0, publisher: str | None = None,
               match: str = "all", frame: str | None = None):
        """Documents matching the words and "quoted phrases" of ``q``, best first: ``rank``,
        ``score``, ``id``, ``title``, ``publisher``, ``published``, ``snippet`` (the best
        matching passage) with ``snippet_start``/``snippet_end`` offsets into the text and
        ``highlights`` (offsets of the matched words). ``match="any"`` ranks documents with
        any of the words. The frame's ``attrs`` hold ``ranking`` (``"bm25"`` or
        ``"substring"``) and ``total`` (matches in all)."""
        import pandas as pd

        from .search import search

        result = search(self.con, q, limit=limit, offset=offset, publisher=publisher, match=match,
                        ranking=self.search_ranking())
        columns = ["rank", "score", "id", "title", "publisher", "published", "snippet", "snippet_start",
                   "snippet_end", "highlights"]
        rows = [{"rank": offset + i + 1, **item} for i, item in enumerate(result.items)]
        df = pd.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=columns)
        if (frame or self.frame) == "polars":
            import polars as pl

            out = pl.from_pandas(df)
        else:
            out = df
            out.attrs.update(ranking=result.ranking, total=result.total)
        return out

    def counts(self) -> dict[str, int]:
        from .rows import TABLES

        return {t: self.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}

    def document(self, doc_id: str) -> Document:
        """The stored ``Document`` with id ``doc_id``."""
        row = self.con.execute("SELECT doc, text FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: no document with id {doc_id!r}")
        data = json.loads(row[0])
        data["text"] = row[1]
        return Document.from_dict(data)

    # -- stories (communique cluster) -------------------------------------------------
    def stories(self, since: str | None = None, until: str | None = None, actor: str | None = None,
                outlet: str | None = None, min_outlets: int = 1, limit: int = DEFAULT_LIMIT, offset: int = 0,
                frame: str | None = None):
        """Stories (``communique cluster`` builds them), newest first: ``story_id``, ``label``,
        ``main_actors``, ``dominant_type``, ``first_seen``, ``last_seen``, counts and
        ``documents`` (a list of ``{id, source, outlet, title, date}``). ``frame="records"``
        returns the list of dicts itself. See ``store.framing.list_stories``."""
        from .framing import list_stories

        items = list_stories(self.con, since=since, until=until, actor=actor, outlet=outlet,
                             min_outlets=min_outlets, limit=limit, offset=offset)
        kind = frame or self.frame
        if kind == "records":
            return items
        import pandas as pd

        df = pd.DataFrame(items, columns=["story_id", "label", "main_actors", "dominant_type", "first_seen",
                                          "last_seen", "n_documents", "n_outlets", "n_clusters", "documents"])
        if kind == "polars":
            import polars as pl

            return pl.from_pandas(df)
        return df

    def story(self, story_id: str) -> dict[str, Any]:
        """How each outlet tells one story (``store.framing.compare_story``), JSON-ready."""
        from .framing import compare_story

        comparison = compare_story(self.con, story_id)
        if comparison is None:
            raise StoreError(f"{self.path}: no story with id {story_id!r}; list them with `communique stories`")
        return comparison

    # -- queries --------------------------------------------------------------------
    def actors(self, kind: str | None = None, country: str | None = None, name: str | None = None,
               limit: int = DEFAULT_LIMIT, frame: str | None = None):
        """Actors with their document, mention and event counts, most mentioned first."""
        where, params = [], []
        for column, value in (("a.kind", kind), ("a.country", country)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if name:
            where.append("(a.name ILIKE ? OR a.key ILIKE ?)")
            params += [f"%{name}%", f"%{name}%"]
        query = f"""
            WITH m AS (SELECT key, count(DISTINCT doc_id) AS documents, CAST(sum(n_mentions) AS BIGINT) AS mentions
                       FROM doc_actors GROUP BY key),
                 ev AS (SELECT key, count(*) FILTER (WHERE role = 'source') AS as_source,
                               count(*) FILTER (WHERE role = 'target') AS as_target
                        FROM event_actors GROUP BY key)
            SELECT a.key, a.name, a.kind, a.country, a.sector, a.role,
                   coalesce(m.documents, 0) AS documents, coalesce(m.mentions, 0) AS mentions,
                   coalesce(ev.as_source, 0) AS as_source, coalesce(ev.as_target, 0) AS as_target
            FROM actors a LEFT JOIN m USING (key) LEFT JOIN ev USING (key)
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY mentions DESC, documents DESC, a.key LIMIT ?"""
        return self._frame(query, params + [limit], frame)

    def _event_filters(self, source, target, type, since, until, mode, attribution, quad_class):
        where, params = [], []
        for role, spec in (("source", source), ("target", target)):
            if spec:
                clause, values = event_actor_clause("e", role, spec)
                where.append(clause)
                params += values
        for column, value in (("e.type", type), ("e.mode", mode), ("e.attribution", attribution),
                              ("e.quad_class", quad_class)):
            if value:
                values = [v.strip() for v in str(value).split(",") if v.strip()]
                where.append(in_values(column, values))
                params += [v.upper() if column == "e.type" else v for v in values]
        clauses, values = date_range("coalesce(e.date, e.published)", since, until)
        return where + clauses, params + values

    def events(self, source: str | None = None, target: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, mode: str | None = None,
               attribution: str | None = None, quad_class: str | None = None,
               limit: int = DEFAULT_LIMIT, frame: str | None = None):
        """Events with source and target keys, filtered; ``type``/``mode``/``attribution``
        accept comma-separated lists. Newest first. ``date`` is the event's own date, else its
        document's; ``dated_by`` says which: the event's ``date_source`` (``sentence``,
        ``context``, ``published``; ``event`` for rows stored before it was recorded),
        ``document``, or ``undated``."""
        where, params = self._event_filters(source, target, type, since, until, mode, attribution,
                                            quad_class)
        query = f"""
            SELECT coalesce(e.date, e.published) AS date,
                   CASE WHEN e.date IS NOT NULL THEN coalesce(e.date_source, 'event')
                        WHEN e.published IS NOT NULL THEN 'document' ELSE 'undated' END AS dated_by,
                   e.date_precision, e.type, e.mode, e.quad_class,
                   (SELECT string_agg(x.key, ';' ORDER BY x.actor_id) FROM event_actors x
                    WHERE x.doc_id = e.doc_id AND x.event_id = e.event_id AND x.role = 'source') AS source,
                   (SELECT string_agg(x.key, ';' ORDER BY x.actor_id) FROM event_actors x
                    WHERE x.doc_id = e.doc_id AND x.event_id = e.event_id AND x.role = 'target') AS target,
                   e.attribution, e.speaker_key, e.trigger_text, e.publisher, e.doc_id, e.event_id,
                   e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end, e.confidence
            FROM events e {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY date DESC NULLS LAST, e.doc_id, e.event_id LIMIT ?"""
        return self._frame(query, params + [limit], frame)

    def quotes(self, speaker: str | None = None, contains: str | None = None, kind: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = DEFAULT_LIMIT,
               frame: str | None = None):
        """Quotes with speaker and date; ``speaker`` matches a key/country/name or the speaker text."""
        where, params = [], []
        if speaker:
            where.append(f"({actor_condition('q.speaker_key')} OR q.speaker_text ILIKE ?)")
            params += _actor_params(speaker) + [f"%{speaker}%"]
        if contains:
            where.append("q.text ILIKE ?")
            params.append(f"%{contains}%")
        if kind:
            where.append("q.kind = ?")
            params.append(kind)
        clauses, values = date_range("d.published", since, until)
        where += clauses
        params += values
        query = f"""
            SELECT d.published AS date, q.speaker_key, q.speaker_text, q.kind, q.cue, q.text,
                   d.publisher, q.doc_id, q.quote_id, q."start", q."end"
            FROM quotes q JOIN documents d ON d.id = q.doc_id
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY date DESC NULLS LAST, q.doc_id, q."start" LIMIT ?"""
        return self._frame(query, params + [limit], frame)

    def timeline(self, actor: str, by: str = "month", frame: str | None = None):
        """Per time bucket: documents mentioning ``actor``, events it is source or target of,
        events it takes part in by quad class (each event once, see ``store.timeline``), and
        quotes it speaks."""
        if by not in TIMELINE_BUCKETS:
            raise StoreError(f"unknown timeline bucket {by!r}; allowed: {TIMELINE_BUCKETS}")
        cond = actor_condition("key")
        takes_part, part_params = event_actor_clause("e", None, actor)
        dated, dated_params = dated_events(takes_part, part_params, by)
        quad_counts = ",\n".join(f"count(*) FILTER (WHERE quad_class = '{q}') AS {q.replace(' ', '_')}"
                                  for q in QUAD_CLASSES)
        query = f"""
            WITH docs AS (SELECT DISTINCT doc_id FROM doc_actors WHERE {cond}),
            mentioned AS (SELECT date_trunc('{by}', d.published) AS period, count(*) AS documents
                          FROM docs JOIN documents d ON d.id = docs.doc_id
                          WHERE d.published IS NOT NULL GROUP BY 1),
            ev AS ({dated}),
            evc AS (SELECT period, {quad_counts} FROM ev GROUP BY 1),
            roles AS (SELECT DISTINCT ev.doc_id, ev.event_id, ev.period, x.role
                      FROM ev JOIN event_actors x ON x.doc_id = ev.doc_id AND x.event_id = ev.event_id
                      WHERE {actor_condition('x.key')}),
            rc AS (SELECT period, count(*) FILTER (WHERE role = 'source') AS as_source,
                          count(*) FILTER (WHERE role = 'target') AS as_target FROM roles GROUP BY 1),
            qc AS (SELECT date_trunc('{by}', d.published) AS period, count(*) AS quotes
                   FROM quotes q JOIN documents d ON d.id = q.doc_id
                   WHERE {actor_condition('q.speaker_key')} AND d.published IS NOT NULL GROUP BY 1),
            periods AS (SELECT period FROM mentioned UNION SELECT period FROM evc UNION SELECT period FROM qc)
            SELECT CAST(p.period AS DATE) AS period, coalesce(m.documents, 0) AS documents,
                   coalesce(rc.as_source, 0) AS as_source, coalesce(rc.as_target, 0) AS as_target,
                   coalesce(evc.verbal_cooperation, 0) AS verbal_cooperation,
                   coalesce(evc.material_cooperation, 0) AS material_cooperation,
                   coalesce(evc.verbal_conflict, 0) AS verbal_conflict,
                   coalesce(evc.material_conflict, 0) AS material_conflict,
                   coalesce(qc.quotes, 0) AS quotes
            FROM periods p LEFT JOIN mentioned m USING (period) LEFT JOIN evc USING (period)
            LEFT JOIN rc USING (period) LEFT JOIN qc USING (period) ORDER BY p.period"""
        params = _actor_params(actor) + dated_params + _actor_params(actor) + _actor_params(actor)
        return self._frame(query, params, frame)

    def undated(self, actor: str | None = None) -> dict[str, int]:
        """What a timeline leaves out or places by its document: documents with no publication
        date, events with neither their own date nor their document's, events placed on their
        document's date for want of their own, and quotes in undated documents; restricted to
        ``actor`` (mentioned, taking part, speaking) when given."""
        docs, doc_params = "TRUE", []
        events, event_params = "TRUE", []
        quotes, quote_params = "TRUE", []
        if actor:
            docs = f"d.id IN (SELECT doc_id FROM doc_actors WHERE {actor_condition('key')})"
            doc_params = _actor_params(actor)
            events, event_params = event_actor_clause("e", None, actor)
            quotes, quote_params = actor_condition("q.speaker_key"), _actor_params(actor)
        query = f"""
            SELECT (SELECT count(*) FROM documents d WHERE d.published IS NULL AND {docs}) AS documents,
                   (SELECT count(*) FROM events e WHERE e.date IS NULL AND e.published IS NULL AND {events})
                       AS events,
                   (SELECT count(*) FROM events e WHERE e.date IS NULL AND e.published IS NOT NULL AND {events})
                       AS events_on_document_date,
                   (SELECT count(*) FROM quotes q JOIN documents d ON d.id = q.doc_id
                    WHERE d.published IS NULL AND {quotes}) AS quotes"""
        row = self.con.execute(query, doc_params + event_params + event_params + quote_params).fetchone()
        return dict(zip(("documents", "events", "events_on_document_date", "quotes"), row))

    def dyads(self, source: str | None = None, target: str | None = None, type: str | None = None,
              since: str | None = None, until: str | None = None, mode: str | None = None,
              attribution: str | None = None, limit: int = 50, frame: str | None = None):
        """Top source -> target pairs with event counts by quad class and by attribution."""
        where, params = self._event_filters(source, target, type, since, until, mode, attribution, None)
        query = f"""
            SELECT s.key AS source, t.key AS target, count(*) AS events,
                   count(*) FILTER (WHERE e.quad_class = 'verbal cooperation') AS verbal_cooperation,
                   count(*) FILTER (WHERE e.quad_class = 'material cooperation') AS material_cooperation,
                   count(*) FILTER (WHERE e.quad_class = 'verbal conflict') AS verbal_conflict,
                   count(*) FILTER (WHERE e.quad_class = 'material conflict') AS material_conflict,
                   count(*) FILTER (WHERE e.attribution = 'reported') AS reported,
                   count(*) FILTER (WHERE e.attribution = 'quoted') AS quoted,
                   count(*) FILTER (WHERE e.attribution = 'author') AS author,
                   min(coalesce(e.date, e.published)) AS first, max(coalesce(e.date, e.published)) AS last
            FROM events e
            JOIN event_actors s ON s.doc_id = e.doc_id AND s.event_id = e.event_id AND s.role = 'source'
            JOIN event_actors t ON t.doc_id = e.doc_id AND t.event_id = e.event_id AND t.role = 'target'
            WHERE s.key IS NOT NULL AND t.key IS NOT NULL
            {"AND " + " AND ".join(where) if where else ""}
            GROUP BY 1, 2 ORDER BY events DESC, source, target LIMIT ?"""
        return self._frame(query, params + [limit], frame)

    def edges(self, source: str | None = None, target: str | None = None, type: str | None = None,
              since: str | None = None, until: str | None = None, mode: str | None = None,
              attribution: str | None = None, frame: str | None = None):
        """Events aggregated by (source key, target key, type): the graph's edges."""
        where, params = self._event_filters(source, target, type, since, until, mode, attribution, None)
        query = f"""
            SELECT s.key AS source, t.key AS target, e.type, any_value(e.quad_class) AS quad_class,
                   count(*) AS weight, count(DISTINCT e.doc_id) AS documents,
                   min(coalesce(e.date, e.published)) AS first, max(coalesce(e.date, e.published)) AS last
            FROM events e
            JOIN event_actors s ON s.doc_id = e.doc_id AND s.event_id = e.event_id AND s.role = 'source'
            JOIN event_actors t ON t.doc_id = e.doc_id AND t.event_id = e.event_id AND t.role = 'target'
            WHERE s.key IS NOT NULL AND t.key IS NOT NULL AND s.key <> t.key
            {"AND " + " AND ".join(where) if where else ""}
            GROUP BY 1, 2, 3 ORDER BY weight DESC, source, target, e.type"""
        return self._frame(query, params, frame)
