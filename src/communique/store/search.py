"""Full-text search over stored documents: a BM25 index from DuckDB's ``fts``
extension, with substring matching as the fallback.

    >>> from communique.store import Corpus
    >>> Corpus("corpus.duckdb").search('ceasefire "Black Sea"', limit=10)

- **The extension** comes from the ``duckdb-extension-fts`` wheel (pinned with
  duckdb in pyproject.toml; x86_64 Linux only). ``load_fts(con)`` LOADs that file
  with autoinstall/autoload switched off: nothing is ever downloaded.
  ``COMMUNIQUE_FTS_EXTENSION=/path/fts.duckdb_extension`` points it elsewhere.
- **The index** (``build_index``) covers ``documents`` (key ``id``; fields
  ``title`` and ``text``; Porter stemmer, English stop words, lower-cased, accents
  stripped). It is rebuilt whole, in one transaction, by the writer after every
  ingest that added or re-analysed documents (``Store.add``, ``Store.ingest``,
  ``ingest --parquet``), and whenever it is found out of date (a run killed between
  its last commit and the rebuild). A killed rebuild rolls back to the old index.
  Readers (``Corpus``, the web app) open the store read-only and never build it.
- **Queries** (``search``): words, and "quoted phrases". By default every word must
  occur (``match="all"``; ``"any"`` ranks documents with any of them); a phrase
  must occur as written (case-insensitive, any whitespace or punctuation between
  its words). BM25 ranks the matches (k1 1.2, b 0.75), plus ``TITLE_BOOST`` times
  the BM25 of the title alone. Without the extension or the index, or for a query
  with no indexable word (only stop words or numbers), every word or phrase must
  occur as a substring and documents are ranked by occurrences, title hits
  weighted ``SUBSTRING_TITLE_WEIGHT`` times; ``SearchResult.ranking`` says which
  ranking was used (``"bm25"`` or ``"substring"``). A ``Scope`` (publisher, publication
  dates, a section kind) narrows either ranking inside its query, so totals count only
  what it keeps.
- **Snippets:** each hit carries the best matching passage of its text: the
  window of ``SNIPPET_CHARS`` with the most distinct query terms (then the most
  hits), as character offsets into ``documents.text`` plus the offsets of the
  matched words (``highlights``).
"""

from __future__ import annotations

import importlib.util
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .db import transaction
from .snippets import (MAX_QUERY_CHARS, MAX_QUERY_TERMS, SNIPPET_CHARS, Query, best_passage,  # noqa: F401
                       parse_query, phrase_regex)

logger = logging.getLogger(__name__)

#: The wheel that ships the extension file.
FTS_PACKAGE = "duckdb_extension_fts"
#: Environment variable naming another extension file (tests point it at a missing one).
FTS_PATH_ENV = "COMMUNIQUE_FTS_EXTENSION"
#: Schema the ``fts`` extension creates for an index over ``main.documents``.
INDEX_SCHEMA = "fts_main_documents"
#: Tables of a complete index.
INDEX_TABLES = ("dict", "docs", "fields", "stats", "stopwords", "terms")
#: Index options: DuckDB's English stemmer and stop-word list.
STEMMER = "porter"
STOPWORDS = "english"

#: BM25 term-frequency saturation (DuckDB's default).
BM25_K1 = 1.2
#: BM25 length normalisation (DuckDB's default).
BM25_B = 0.75
#: Weight of the title-only BM25 added to the whole-document BM25: a query word in the
#: title lifts a document above one that only mentions it in passing.
TITLE_BOOST = 0.5
#: Substring fallback: a title occurrence counts this many body occurrences.
SUBSTRING_TITLE_WEIGHT = 5

#: Most hits a search returns in one call.
MAX_LIMIT = 10_000

RANKINGS = ("bm25", "substring")
MATCHES = ("all", "any")

_warned: set[str] = set()


# -- the extension ----------------------------------------------------------------------
def extension_path() -> Path | None:
    """The packaged ``fts.duckdb_extension`` for the installed duckdb, or ``None``."""
    override = os.environ.get(FTS_PATH_ENV)
    if override:
        return Path(override)
    import duckdb

    spec = importlib.util.find_spec(FTS_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0])
    return folder / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        logger.warning(message)


def load_fts(con, path: str | Path | None = None) -> bool:
    """LOAD the packaged ``fts`` extension into ``con``'s database; ``False`` (and a
    one-line warning, once per process) when it is not available. Never downloads."""
    import duckdb

    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    path = Path(path) if path else extension_path()
    if path is None or not path.is_file():
        where = f" ({path} missing)" if path else ""
        _warn_once(f"full-text search unavailable: DuckDB fts extension not installed{where}; "
                   f"search falls back to substring matching (pip install duckdb-extension-fts)")
        return False
    try:
        con.execute("LOAD '" + str(path).replace("'", "''") + "'")
    except duckdb.Error as err:
        _warn_once(f"full-text search unavailable: cannot load {path} ({err}); "
                   "search falls back to substring matching")
        return False
    return True


# -- the index ------------------------------------------------------------------------
@dataclass
class IndexState:
    exists: bool     # all index tables are there
    indexed: int     # documents in the index
    documents: int   # documents in the store

    @property
    def current(self) -> bool:
        return self.exists and self.indexed == self.documents


def index_state(con) -> IndexState:
    """Whether the BM25 index exists and covers exactly the stored documents (by id)."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = ?", [INDEX_SCHEMA]).fetchall()}
    documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    if not set(INDEX_TABLES) <= tables:
        return IndexState(False, 0, documents)
    # Ids in both: a document deleted and another added leaves the counts equal but not this.
    indexed = con.execute(f"SELECT count(*) FROM {INDEX_SCHEMA}.docs x JOIN documents d ON d.id = x.name"
                          ).fetchone()[0]
    total = con.execute(f"SELECT count(*) FROM {INDEX_SCHEMA}.docs").fetchone()[0]
    return IndexState(True, indexed if total == indexed else -1, documents)


def build_index(con, path: str | Path | None = None) -> bool:
    """(Re)build the BM25 index over ``documents`` in one transaction; ``False`` when the
    extension is unavailable. The whole table is re-tokenised: the cost grows with the
    store (see docs/corpus.md), so writers call it once per ingest, not per batch."""
    if not load_fts(con, path):
        return False
    with transaction(con, "building the full-text index"):
        con.execute(f"PRAGMA create_fts_index('documents', 'id', 'title', 'text', stemmer = '{STEMMER}', "
                    f"stopwords = '{STOPWORDS}', strip_accents = 1, lower = 1, overwrite = 1)")
    logger.info("full-text index built over %d documents", index_state(con).indexed)
    return True


def refresh_index(con, changed: bool, path: str | Path | None = None) -> bool:
    """Rebuild the index when documents ``changed`` or it does not cover the store;
    ``True`` when it was rebuilt."""
    if not changed and index_state(con).current:
        return False
    return build_index(con, path)


def ranking_available(con) -> str:
    """``"bm25"`` when this connection can rank with the index, else ``"substring"``
    (with a one-line warning saying why)."""
    state = index_state(con)
    if not state.exists:
        if state.documents:
            _warn_once("this store has no full-text index (written before it existed or without the fts "
                       "extension): search uses substring matching; build it with "
                       "`communique search --reindex --db ...`")
        return "substring"
    if not load_fts(con):
        return "substring"
    if not state.current:
        _warn_once(f"the full-text index covers {max(state.indexed, 0)} of {state.documents} documents "
                   "(an ingest was interrupted): `communique search --reindex --db ...` brings it up to date")
    return "bm25"


# -- queries --------------------------------------------------------------------------
@dataclass
class SearchResult:
    ranking: str                    # "bm25" or "substring"
    total: int                      # matching documents
    items: list[dict[str, Any]] = field(default_factory=list)
    query: Query | None = None


def _bm25_tokens(con, words: list[str]) -> list[str]:
    """The query's words as the index tokenises them, without stop words and empties."""
    if not words:
        return []
    rows = con.execute(
        f"SELECT t FROM (SELECT unnest({INDEX_SCHEMA}.tokenize(?)) AS t) "
        f"WHERE t <> '' AND t NOT IN (SELECT sw FROM {INDEX_SCHEMA}.stopwords)", [" ".join(words)]).fetchall()
    return list(dict.fromkeys(r[0] for r in rows))


@dataclass(frozen=True)
class Scope:
    """Which documents a search looks at: one publisher, a publication date range (inclusive,
    ``YYYY-MM-DD``), documents with a section of one kind (``SECTION_KINDS``: news, commentary...)."""

    publisher: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None


def search(con, q: str | None, limit: int = 20, offset: int = 0, publisher: str | None = None,
           match: str = "all", ranking: str | None = None, since: str | None = None,
           until: str | None = None, kind: str | None = None) -> SearchResult:
    """Documents matching ``q``, best first, with snippets (see the module docstring).

    Args:
        ranking: ``"bm25"`` or ``"substring"``, as ``ranking_available(con)`` said (asked when ``None``).
        publisher, since, until, kind: the ``Scope`` searched (documents of one publisher,
            published in a date range, with a section of one kind).
    """
    scope = Scope(publisher, since, until, kind)
    if match not in MATCHES:
        raise StoreError(f"unknown match {match!r}; allowed: {MATCHES}")
    limit = max(1, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    query = parse_query(q)
    if not query.words:
        return SearchResult(ranking or "substring", 0, [], query)
    ranking = ranking or ranking_available(con)
    tokens = _bm25_tokens(con, query.words) if ranking == "bm25" else []
    if ranking == "bm25" and tokens:
        rows = _bm25_rows(con, tokens, query, limit, offset, scope, match)
    else:
        ranking = "substring"
        rows = _substring_rows(con, query, limit, offset, scope, match)
    total = rows[0]["total"] if rows else 0
    if not rows and offset:
        total = _count_only(con, tokens, query, scope, match, ranking)
    stems = _stems(con, tokens) if ranking == "bm25" else None

    def stem(words: list[str]) -> dict[str, str]:
        return dict(con.execute(f"SELECT w, stem(w, '{STEMMER}') FROM unnest(?::VARCHAR[]) AS u(w)",
                                [words]).fetchall())

    for row in rows:
        row.pop("total", None)
        text = row.pop("text") or ""
        row.update(best_passage(text, query, stems, stem if stems else None))
        row["score"] = float(row["score"] or 0.0)
    return SearchResult(ranking, total, rows, query)


def scope_clauses(query: Query, scope: Scope, match: str, alias: str = "d") -> tuple[list[str], list[Any]]:
    """SQL clauses (and parameters) over ``documents alias`` for ``scope`` and the query's phrases."""
    from .corpus import date_range

    where, params = date_range(f"{alias}.published", scope.since, scope.until)
    if scope.publisher:
        where.append(f"{alias}.publisher = ?")
        params.append(scope.publisher)
    if scope.kind:
        where.append(f"EXISTS (SELECT 1 FROM sections x WHERE x.doc_id = {alias}.id AND x.kind = ?)")
        params.append(scope.kind)
    for phrase in query.phrases:  # a phrase must occur whatever the match mode
        where.append(f"regexp_matches(coalesce({alias}.title, '') || ' ' || {alias}.text, ?, 'i')")
        params.append(phrase_regex(phrase))
    return where, params


_COLUMNS = "d.id, d.title, d.publisher, d.published, d.source, d.text"
#: The number of rows of a ``hits`` CTE beside each row of the page: a scalar subquery, not ``count(*) OVER ()``,
#: which DuckDB 1.5 fails on now and then with an internal error ("Attempted to access index 0 within vector of
#: size 0" in the window operator's finalize; seen in round 28's test run, duckdb/duckdb#22352 has the same message).
TOTAL_OF_HITS = "(SELECT count(*) FROM hits)"


def _bm25_rows(con, tokens, query, limit, offset, scope, match) -> list[dict[str, Any]]:
    where, params = scope_clauses(query, scope, match)
    qs = " ".join(tokens)
    sql = f"""
        WITH scored AS (
            SELECT d.id, {INDEX_SCHEMA}.match_bm25(d.id, ?, k := {BM25_K1}, b := {BM25_B},
                                                   conjunctive := {1 if match == 'all' else 0}) AS s
            FROM documents d),
        hits AS (
            SELECT d.id,
                   s.s + {TITLE_BOOST} * coalesce({INDEX_SCHEMA}.match_bm25(d.id, ?, fields := 'title',
                                                      k := {BM25_K1}, b := {BM25_B}), 0) AS score,
                   d.published
            FROM scored s JOIN documents d ON d.id = s.id
            WHERE s.s IS NOT NULL {''.join(' AND ' + w for w in where)})
        SELECT id, score, published, {TOTAL_OF_HITS} AS total FROM hits
        ORDER BY score DESC, published DESC NULLS LAST, id LIMIT ? OFFSET ?"""
    return _with_columns(con, _dicts(con, sql, [qs, qs] + params + [limit, offset]))


def _substring_parts(query: Query, match: str) -> tuple[list[str], list[Any], str, list[Any]]:
    hay = "lower(coalesce(d.title, '') || ' ' || d.text)"
    conds, cparams, score, sparams = [], [], [], []
    for term in query.terms:
        conds.append(f"contains({hay}, ?)")
        cparams.append(term)
        score.append(f"({SUBSTRING_TITLE_WEIGHT} * (length(lower(coalesce(d.title, ''))) - length(replace("
                     "lower(coalesce(d.title, '')), ?, ''))) + length(lower(d.text)) - "
                     "length(replace(lower(d.text), ?, ''))) / length(?)")
        sparams += [term, term, term]
    joiner = " AND " if match == "all" else " OR "
    return ["(" + joiner.join(conds) + ")"], cparams, " + ".join(score), sparams


def _substring_rows(con, query, limit, offset, scope, match) -> list[dict[str, Any]]:
    where, params = scope_clauses(query, scope, match)
    conds, cparams, score, sparams = _substring_parts(query, match)
    sql = f"""
        WITH hits AS (SELECT d.id, {score} AS score, d.published
                      FROM documents d WHERE {' AND '.join(conds + where)})
        SELECT id, score, published, {TOTAL_OF_HITS} AS total FROM hits
        ORDER BY score DESC, published DESC NULLS LAST, id LIMIT ? OFFSET ?"""
    return _with_columns(con, _dicts(con, sql, sparams + cparams + params + [limit, offset]))


def _with_columns(con, ranked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's rows with their document columns (text included), fetched after ranking
    so that only one page of texts is read."""
    if not ranked:
        return []
    rows = _dicts(con, f"SELECT {_COLUMNS} FROM documents d WHERE list_contains(?, d.id)",
                  [[r["id"] for r in ranked]])
    by_id = {r["id"]: r for r in rows}
    return [{**by_id[r["id"]], "score": r["score"], "total": r["total"]} for r in ranked]


def _count_only(con, tokens, query, scope, match, ranking) -> int:
    """The number of matches when the page asked for is past the end."""
    where, params = scope_clauses(query, scope, match)
    if ranking == "bm25":
        sql = (f"SELECT count(*) FROM documents d WHERE {INDEX_SCHEMA}.match_bm25(d.id, ?, "
               f"conjunctive := {1 if match == 'all' else 0}) IS NOT NULL"
               + "".join(" AND " + w for w in where))
        return con.execute(sql, [" ".join(tokens)] + params).fetchone()[0]
    conds, cparams, _, _ = _substring_parts(query, match)
    return con.execute(f"SELECT count(*) FROM documents d WHERE {' AND '.join(conds + where)}",
                       cparams + params).fetchone()[0]


def _dicts(con, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    import duckdb

    cur = con.cursor()
    try:
        result = cur.execute(sql, params)
        cols = [d[0] for d in result.description]
        return [dict(zip(cols, row)) for row in result.fetchall()]
    except duckdb.Error as err:
        raise StoreError(f"search failed: {err}") from None
    finally:
        cur.close()


# -- snippets ---------------------------------------------------------------------------
def _stems(con, tokens: list[str]) -> set[str]:
    if not tokens:
        return set()
    rows = con.execute(f"SELECT DISTINCT stem(t, '{STEMMER}') FROM unnest(?::VARCHAR[]) AS u(t)",
                       [tokens]).fetchall()
    return {r[0] for r in rows}
