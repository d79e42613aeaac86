"""Full-text search (``communique.store.search``): BM25 ranking over the index built at
ingest, words and "quoted phrases", snippets as offsets, the substring fallback when the
fts extension cannot be loaded, the index refreshed after re-ingest, the CLI command."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.document import Document
from communique.store import Corpus, Store
from communique.store import search as fts
from communique.store.db import connect

_EXT = fts.extension_path()
#: BM25 needs the packaged extension (x86_64 Linux wheels); elsewhere only the fallback runs.
requires_fts = pytest.mark.skipif(_EXT is None or not _EXT.is_file(),
                                  reason="duckdb-extension-fts not installed")

FILLER = "The committee reviewed routine administrative matters before lunch. " * 25

#: Documents written for these tests: (key, title, text, published).
DOCS = [
    ("geneva", "Ceasefire talks resume in Geneva",
     "Negotiators from both sides met in Geneva on Monday. The ceasefire talks focused on prisoner "
     "exchanges and a ceasefire monitoring mission. Diplomats said the ceasefire could hold if the "
     "talks continue.", "2024-03-04"),
    ("grain", "Grain corridor reopens",
     "Ships carrying wheat left Odesa after the grain corridor reopened. Insurers said the Black Sea "
     "route remained risky. A ceasefire was not on the agenda.", "2024-03-06"),
    ("steel", "Duties on steel imports",
     "The finance ministry announced new duties on steel imports. Officials said talks with "
     "exporters would start next month.", "2024-02-11"),
    ("budget", "Parliament debates the budget",
     "Lawmakers debated the budget late into the night. Pensions and school funding dominated.",
     "2024-01-20"),
    ("patrols", "Naval patrols increased",
     "Naval patrols in the Black Sea were increased after drones were shelled near the coast.",
     "2024-03-09"),
    ("cargo", "Harbour report",
     "A black cargo ship crossed the sea at dawn and anchored near the harbour in 2024.", None),
    ("river", "Committee minutes",
     FILLER + "Water rights negotiations on the river basin advanced. " + FILLER, "2023-11-30"),
]


def _documents(docs=DOCS) -> dict[str, Document]:
    return {key: Document(text=text, title=title, published=published, publisher="Test Desk",
                          source=f"{key}.txt")
            for key, title, text, published in docs}


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return _documents()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, docs):
    path = tmp_path_factory.mktemp("search") / "corpus.duckdb"
    with Store(path) as store:
        store.add(docs.values())
    return path


@pytest.fixture(scope="module")
def corpus(store_path):
    with Corpus(store_path) as c:
        yield c


def _keys(frame, docs) -> list[str]:
    by_id = {d.id: k for k, d in docs.items()}
    return [by_id[i] for i in frame["id"]]


# -- ranking and queries ------------------------------------------------------------------
@requires_fts
def test_search_index_is_built_at_ingest(store_path, docs):
    con = connect(store_path, read_only=True)
    try:
        state = fts.index_state(con)
    finally:
        con.close()
    assert state.exists and state.current and state.indexed == len(docs)


@requires_fts
@pytest.mark.parametrize("q,expected", [
    ("ceasefire talks", ["geneva"]),                      # all words must occur
    ("ceasefire", ["geneva", "grain"]),                   # three hits and the title beat one
    ("talks", ["geneva", "steel"]),
    ("shelling", ["patrols"]),                            # Porter stem: shelling ~ shelled
    ("negotiator", ["geneva", "river"]),                  # negotiator ~ Negotiators ~ negotiations
    ("Ceasefire, TALKS!", ["geneva"]),                    # case and punctuation ignored
    ("the ceasefire talks", ["geneva"]),                  # a stop word does not block the match
    ("black sea", ["cargo", "patrols", "grain"]),         # words anywhere (the shortest text wins)
    ('"black sea"', ["patrols", "grain"]),                # the phrase as written
    ('"sea black"', []),
    ('"black sea" wheat', ["grain"]),
    ("zanzibar", []),
    ("ceasefire zanzibar", []),
    ("budget pensions", ["budget"]),
])
def test_search_ranks_by_bm25(corpus, docs, q, expected):
    frame = corpus.search(q)
    assert frame.attrs["ranking"] == "bm25"
    assert _keys(frame, docs) == expected
    assert frame.attrs["total"] == len(expected)
    assert list(frame["rank"]) == list(range(1, len(expected) + 1))
    assert list(frame["score"]) == sorted(frame["score"], reverse=True)


@requires_fts
def test_search_any_word_ranks_partial_matches_after_full_ones(corpus, docs):
    frame = corpus.search("ceasefire talks", match="any")
    keys = _keys(frame, docs)
    assert keys[0] == "geneva" and set(keys) == {"geneva", "grain", "steel"}


@requires_fts
def test_search_title_hit_ranks_above_body_mention(tmp_path):
    texts = _documents([
        ("body", "Weekly digest", "Markets were calm. A drought hit farms in the south this week.", None),
        ("title", "Drought hits farms", "Markets were calm. Farmers in the south counted losses.", None),
    ])
    with Store(tmp_path / "t.duckdb") as store:
        store.add(texts.values())
    with Corpus(tmp_path / "t.duckdb") as c:
        assert _keys(c.search("drought"), texts) == ["title", "body"]


@requires_fts
def test_search_paging_and_publisher_filter(corpus, docs):
    first = corpus.search("ceasefire", limit=1)
    second = corpus.search("ceasefire", limit=1, offset=1)
    past = corpus.search("ceasefire", limit=1, offset=5)
    assert _keys(first, docs) == ["geneva"] and _keys(second, docs) == ["grain"]
    assert len(past) == 0 and past.attrs["total"] == 2
    assert corpus.search("ceasefire", publisher="Nobody").attrs["total"] == 0


@requires_fts
def test_search_query_without_indexable_words_falls_back_to_substring(corpus, docs):
    frame = corpus.search("2024")  # numbers are not indexed by the fts tokenizer
    assert frame.attrs["ranking"] == "substring" and _keys(frame, docs) == ["cargo"]
    empty = corpus.search("!!! ???")
    assert len(empty) == 0 and empty.attrs["total"] == 0


@pytest.mark.parametrize("q", ["' OR 1=1 --", 'unclosed "quote', "%", "_", "\\", "a" * 2000, "😀 ceasefire"])
def test_search_odd_queries_never_fail(corpus, q):
    frame = corpus.search(q)
    assert frame.attrs["ranking"] in fts.RANKINGS
    assert len(frame) <= len(DOCS)


# -- snippets ---------------------------------------------------------------------------
@requires_fts
def test_search_snippet_is_the_best_passage_with_offsets(corpus, docs):
    frame = corpus.search("river negotiations")
    assert _keys(frame, docs) == ["river"]
    text = docs["river"].text
    row = frame.iloc[0]
    start, end = int(row["snippet_start"]), int(row["snippet_end"])
    assert start > len(FILLER) - fts.SNIPPET_CHARS  # not the head of the document
    assert 0 < end - start <= fts.SNIPPET_CHARS
    assert "river basin" in text[start:end] and "river basin" in row["snippet"]
    marked = [text[s:e].lower() for s, e in row["highlights"]]
    assert marked == ["negotiations", "river"]
    assert row["snippet"].startswith("…") and row["snippet"].endswith("…")


@pytest.mark.parametrize("text,q,marked", [
    ("Talks stalled. " + FILLER + "Later the ceasefire talks resumed.", "ceasefire talks", ["ceasefire", "talks"]),
    ("Nothing here but talks, talks and more talks.", "talks", ["talks", "talks", "talks"]),
    ("The Black Sea, and a black cat by the sea.", '"black sea"', ["black sea"]),
])
def test_search_best_passage_substring_mode(text, q, marked):
    out = fts.best_passage(text, fts.parse_query(q))
    assert [text[s:e].lower() for s, e in out["highlights"]] == marked
    assert text[out["snippet_start"]:out["snippet_end"]] in text


@pytest.mark.parametrize("q,words,phrases", [
    ("ceasefire talks", ["ceasefire", "talks"], []),
    ('"Black  Sea" grain', ["black", "sea", "grain"], ["black sea"]),
    ("“Black Sea”", ["black", "sea"], ["black sea"]),
    ('"single"', ["single"], []),
    ('unclosed "quote', ["unclosed", "quote"], []),
    ("", [], []),
])
def test_search_parse_query(q, words, phrases):
    parsed = fts.parse_query(q)
    assert (parsed.words, parsed.phrases) == (words, phrases)


# -- fallback, refresh --------------------------------------------------------------------
def test_search_falls_back_when_extension_missing(tmp_path, monkeypatch, caplog, docs):
    missing = tmp_path / "nowhere" / "fts.duckdb_extension"
    monkeypatch.setenv(fts.FTS_PATH_ENV, str(missing))
    monkeypatch.setattr(fts, "_warned", set())
    path = tmp_path / "plain.duckdb"
    with caplog.at_level("WARNING", logger="communique.store.search"):
        with Store(path) as store:
            store.add(docs.values())
            assert store.refresh_search_index() is False
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and str(missing) in warnings[0] and "substring" in warnings[0]
    con = connect(path, read_only=True)
    try:
        assert not fts.index_state(con).exists
    finally:
        con.close()
    with Corpus(path) as c:
        frame = c.search("ceasefire talks")
        assert frame.attrs["ranking"] == "substring"
        assert _keys(frame, docs) == ["geneva"]
        # one occurrence each: the newer document first
        assert _keys(c.search('"black sea"'), docs) == ["patrols", "grain"]
        assert c.search("zanzibar").attrs["total"] == 0


@requires_fts
def test_search_old_store_without_index_uses_substring_then_reindex(tmp_path, docs):
    path = tmp_path / "old.duckdb"
    with Store(path, search_index=False) as store:  # as a store written before the index existed
        store.add(docs.values())
    with Corpus(path) as c:
        assert c.search("ceasefire").attrs["ranking"] == "substring"
    res = CliRunner().invoke(main, ["search", "--reindex", "--db", str(path)])
    assert res.exit_code == 0, res.output
    with Corpus(path) as c:
        frame = c.search("ceasefire")
        assert frame.attrs["ranking"] == "bm25" and _keys(frame, docs) == ["geneva", "grain"]


@requires_fts
def test_search_index_refreshed_after_reingest(tmp_path, docs):
    path = tmp_path / "grow.duckdb"
    with Store(path) as store:
        store.add(docs.values())
    with Corpus(path) as c:
        assert c.search("lighthouse").attrs["total"] == 0
    keeper = Document(text="The lighthouse keepers walked out over unpaid wages.", title="Strike at the coast",
                      published="2024-04-01")
    with Store(path) as store:
        assert store.add([keeper]).added == 1
    with Corpus(path) as c:
        frame = c.search("lighthouse")
        assert list(frame["id"]) == [keeper.id] and frame.attrs["ranking"] == "bm25"
    # --reanalyze replaces the row (here with a new title): the index follows
    renamed = Document(text=keeper.text, title="Lighthouse strike spreads", published="2024-04-01")
    with Store(path) as store:
        stats = store.add([renamed], pipeline_version="v2", reanalyze=True)
        assert stats.replaced == 1
    with Corpus(path) as c:
        frame = c.search("spreads")
        assert list(frame["title"]) == ["Lighthouse strike spreads"]


@requires_fts
def test_search_stale_index_is_rebuilt_by_the_next_writer(tmp_path, docs):
    """A run killed after its last commit but before the rebuild leaves the index behind
    the documents; the next writer notices and rebuilds even when it adds nothing."""
    path = tmp_path / "stale.duckdb"
    with Store(path) as store:
        store.add(list(docs.values())[:3])
    late = list(docs.values())[3:]
    with Store(path, search_index=False) as store:  # stands in for the killed run
        store.add(late)
        assert not fts.index_state(store.con).current
    with Corpus(path) as c:
        assert c.search("budget").attrs["total"] == 0  # not in the index yet
    with Store(path) as store:
        assert store.add([]).added == 0
        assert fts.index_state(store.con).current
    with Corpus(path) as c:
        assert _keys(c.search("budget"), docs) == ["budget"]


@requires_fts
def test_search_index_rebuild_is_idempotent(tmp_path, docs):
    with Store(tmp_path / "again.duckdb") as store:
        store.add(docs.values())
        before = store.con.execute("SELECT count(*) FROM fts_main_documents.terms").fetchone()[0]
        assert store.refresh_search_index(changed=False) is False  # current: nothing to do
        assert store.refresh_search_index(changed=True) is True
        after = store.con.execute("SELECT count(*) FROM fts_main_documents.terms").fetchone()[0]
    assert after == before


# -- CLI --------------------------------------------------------------------------------
@requires_fts
def test_search_cli_formats(store_path, docs):
    runner = CliRunner()
    res = runner.invoke(main, ["search", "ceasefire", "--db", str(store_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert [r["id"] for r in rows] == [docs["geneva"].id, docs["grain"].id]
    assert {r["ranking"] for r in rows} == {"bm25"}
    text = docs["geneva"].text
    assert all(text[s:e].lower() == "ceasefire" for s, e in rows[0]["highlights"])
    csv = runner.invoke(main, ["search", "black sea", "--db", str(store_path), "-f", "csv", "--limit", "2"])
    assert csv.exit_code == 0 and csv.stdout.splitlines()[0].startswith("rank,score,id,title")
    assert len(csv.stdout.strip().splitlines()) == 3
    table = runner.invoke(main, ["search", '"black sea"', "--db", str(store_path)])
    assert table.exit_code == 0
    assert "Naval patrols increased" in table.stdout and "Harbour report" not in table.stdout
    assert "2 matching document(s), ranked by bm25" in table.stderr


def test_search_cli_fallback_and_errors(tmp_path, monkeypatch, docs):
    monkeypatch.setenv(fts.FTS_PATH_ENV, str(tmp_path / "missing.duckdb_extension"))
    path = tmp_path / "cli.duckdb"
    with Store(path) as store:
        store.add(docs.values())
    runner = CliRunner()
    res = runner.invoke(main, ["search", "ceasefire talks", "--db", str(path)])
    assert res.exit_code == 0, res.output
    assert "Ceasefire talks resume" in res.stdout and "ranked by substring" in res.stderr
    assert runner.invoke(main, ["search", "--db", str(path)]).exit_code == 2  # no QUERY
    missing = runner.invoke(main, ["search", "x", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "no such store" in missing.output
