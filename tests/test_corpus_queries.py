"""Corpus queries, the relations graph and the query commands, checked against counts
computed directly from the synthetic documents."""

from __future__ import annotations

import json
from collections import Counter

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.graph import build_graph, write_graph
from communique.store import Corpus, Store
from communique.store.rows import QUAD_CLASS
from communique.testing.corpus import synthetic_documents


@pytest.fixture(scope="module")
def docs():
    return synthetic_documents(300, seed=5)


@pytest.fixture(scope="module")
def db(tmp_path_factory, docs):
    path = tmp_path_factory.mktemp("corpus") / "c.duckdb"
    with Store(path) as store:
        store.add(docs, pipeline_version="v1")
    return path


@pytest.fixture(scope="module")
def corpus(db):
    with Corpus(db) as c:
        yield c


def event_pairs(docs):
    """(source key, target key, type, mode, attribution, date) of every event, from the documents."""
    out = []
    for d in docs:
        keys = {a.id: a.key for a in d.actors}
        for e in d.events:
            for s in e.source:
                for t in e.target:
                    out.append((keys[s], keys[t], e.type, e.attribution.kind, e.date or d.published))
    return out


@pytest.mark.parametrize("filters", [
    {"source": "RUS"}, {"target": "UKR"}, {"source": "CHN", "target": "USA"},
    {"type": "ASSAULT"}, {"type": "consult,agree"}, {"since": "2024-01-01"},
    {"since": "2023-03-01", "until": "2023-06-30", "attribution": "reported"},
    {"source": "RUS", "type": "SANCTION", "mode": "asserted"}, {"attribution": "author"},
    {"source": "ATL"},  # nobody: no rows
])
def test_corpus_events_filters_match_documents(corpus, docs, filters):
    frame = corpus.events(limit=10**6, **filters)
    types = {t.strip().upper() for t in filters.get("type", "").split(",") if t.strip()}
    expected = set()
    for d in docs:
        keys = {a.id: a.key for a in d.actors}
        for e in d.events:
            date = e.date or d.published
            if filters.get("source") and filters["source"] not in {keys[a] for a in e.source}:
                continue
            if filters.get("target") and filters["target"] not in {keys[a] for a in e.target}:
                continue
            if types and e.type not in types:
                continue
            if filters.get("mode") and e.mode != filters["mode"]:
                continue
            if filters.get("attribution") and e.attribution.kind != filters["attribution"]:
                continue
            if filters.get("since") and (date is None or date < filters["since"]):
                continue
            if filters.get("until") and (date is None or date > filters["until"]):
                continue
            expected.add((d.id, e.id))
    assert set(zip(frame["doc_id"], frame["event_id"])) == expected
    if filters == {"source": "ATL"}:
        assert frame.empty
    else:
        assert len(expected) > 0


def test_corpus_events_newest_first_with_keys(corpus):
    frame = corpus.events(source="FRA", limit=50)
    dates = [d for d in frame["date"] if not pd.isna(d)]
    assert dates == sorted(dates, reverse=True)
    assert all("FRA" in s.split(";") for s in frame["source"])
    assert set(frame["quad_class"]) <= set(QUAD_CLASS.values())


def test_corpus_actor_matches_country_of_persons(corpus, docs):
    """'RUS' as a speaker matches the invented Russian minister (person key, country RUS)."""
    frame = corpus.quotes(speaker="RUS", limit=10**6)
    expected = {(d.id, q.id) for d in docs for q in d.quotes if d.actor(q.speaker).country == "RUS"}
    assert expected and set(zip(frame["doc_id"], frame["quote_id"])) == expected
    by_name = corpus.quotes(speaker="Valko", limit=10**6)
    assert set(zip(by_name["doc_id"], by_name["quote_id"])) == expected


def test_corpus_actors_counts(corpus, docs):
    frame = corpus.actors(limit=10**6)
    documents = Counter(a.key for d in docs for a in d.actors)
    mentions = Counter()
    for d in docs:
        for a in d.actors:
            mentions[a.key] += len(a.mentions)
    assert dict(zip(frame["key"], frame["documents"])) == dict(documents)
    assert dict(zip(frame["key"], frame["mentions"])) == dict(mentions)
    assert list(frame["mentions"]) == sorted(frame["mentions"], reverse=True)
    people = corpus.actors(kind="person", limit=10**6)
    assert set(people["kind"]) == {"person"} and len(people) > 3


def test_corpus_dyads_count_by_quad_class_and_attribution(corpus, docs):
    frame = corpus.dyads(limit=10**6)
    pairs = Counter((s, t) for s, t, *_ in event_pairs(docs) if s != t)
    assert dict(zip(zip(frame["source"], frame["target"]), frame["events"])) == dict(pairs)
    quads = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
    assert (frame[quads].sum(axis=1) == frame["events"]).all()
    assert (frame[["reported", "quoted", "author"]].sum(axis=1) == frame["events"]).all()
    top = corpus.dyads(limit=5)
    assert list(top["events"]) == sorted(top["events"], reverse=True)


def test_corpus_timeline_by_month(corpus, docs):
    frame = corpus.timeline("UKR", by="month")
    # "UKR" matches the state and every actor whose country is UKR (the invented minister)
    expected_docs = Counter(d.published[:7] for d in docs
                            if d.published and any("UKR" in (a.key, a.country) for a in d.actors))
    got = {p.strftime("%Y-%m"): n for p, n in zip(frame["period"], frame["documents"]) if n}
    assert got == dict(expected_docs)
    as_target = Counter(date[:7] for s, t, _, _, date in event_pairs(docs) if t == "UKR" and date)
    assert {p.strftime("%Y-%m"): n for p, n in zip(frame["period"], frame["as_target"]) if n} == dict(as_target)
    with pytest.raises(Exception, match="unknown timeline bucket"):
        corpus.timeline("UKR", by="fortnight")
    yearly = corpus.timeline("UKR", by="year")
    assert yearly["documents"].sum() == sum(expected_docs.values())


def test_corpus_sql_and_view(corpus, docs):
    frame = corpus.sql("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY type")
    assert dict(zip(frame["type"], frame["n"])) == dict(Counter(e.type for d in docs for e in d.events))
    view = corpus.sql("SELECT count(*) AS n FROM event_dyads")
    assert view["n"][0] == len(event_pairs(docs))
    with pytest.raises(Exception, match="query failed"):
        corpus.sql("SELECT * FROM no_such_table")


def test_corpus_is_read_only(corpus):
    with pytest.raises(Exception, match="query failed"):
        corpus.sql("DELETE FROM events")


def test_corpus_polars_frame_needs_polars(db):
    pytest.importorskip("polars")
    with Corpus(db, frame="polars") as c:
        assert c.events(limit=3).shape[0] == 3


def test_corpus_graph_aggregates_events(corpus, docs, tmp_path):
    g = build_graph(corpus)
    triples = Counter((s, t, ty) for s, t, ty, *_ in event_pairs(docs) if s != t)
    assert g.number_of_edges() == len(triples)
    s, t, ty = triples.most_common(1)[0][0]
    assert g.edges[s, t, ty]["weight"] == triples[(s, t, ty)]
    assert g.edges[s, t, ty]["quad_class"] == QUAD_CLASS[ty]
    assert g.nodes["RUS"]["name"] == "Russia" and g.nodes["RUS"]["country"] == "RUS"
    filtered = build_graph(corpus, type="ASSAULT", since="2024-01-01")
    assert {d["type"] for *_, d in filtered.edges(data=True)} == {"ASSAULT"}
    assert all(d["first"] >= "2024-01-01" for *_, d in filtered.edges(data=True))
    for suffix in (".graphml", ".gexf", ".json"):
        path = write_graph(g, tmp_path / f"relations{suffix}")
        assert path.stat().st_size > 1000
    back = nx.read_graphml(tmp_path / "relations.graphml")
    assert back.number_of_edges() == g.number_of_edges()
    data = json.loads((tmp_path / "relations.json").read_text())
    assert len(data["links"]) == g.number_of_edges()
    with pytest.raises(Exception, match="unknown graph format"):
        write_graph(g, tmp_path / "relations.png")


# -- the commands -------------------------------------------------------------------
def run(*args):
    result = CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)
    return result


@pytest.mark.parametrize("args", [
    ("actors",), ("events", "--source", "RUS", "--type", "ACCUSE,THREATEN"), ("quotes", "--speaker", "Valko"),
    ("timeline", "RUS"), ("dyads",), ("sql", "SELECT count(*) AS n FROM documents"),
])
def test_corpus_cli_queries_table_and_json(db, args):
    table = run(*args, "--db", db)
    assert table.exit_code == 0, table.output
    assert "┃" in table.output or "|" in table.output
    as_json = run(*args, "--db", db, "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    rows = [json.loads(line) for line in as_json.output.splitlines() if line.strip()]
    assert rows and isinstance(rows[0], dict)


def test_corpus_cli_events_csv_and_parquet(db, tmp_path, corpus):
    out = run("events", "--db", db, "--source", "RUS", "--target", "UKR", "--format", "csv", "--limit", "1000")
    frame = pd.read_csv(pd.io.common.StringIO(out.output))
    assert len(frame) == len(corpus.events(source="RUS", target="UKR", limit=1000))
    pq_out = tmp_path / "ev.parquet"
    res = run("events", "--db", db, "--format", "parquet", "--out", pq_out)
    assert res.exit_code == 0 and len(pd.read_parquet(pq_out)) == 100  # default --limit
    res = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "parquet"])
    assert res.exit_code != 0 and "--out" in res.output


def test_corpus_cli_graph_and_export(db, tmp_path):
    res = run("graph", "--db", db, "--out", tmp_path / "g.gexf", "--mode", "asserted")
    assert res.exit_code == 0 and (tmp_path / "g.gexf").exists()
    res = run("export", tmp_path / "pq", "--db", db)
    assert res.exit_code == 0
    assert (tmp_path / "pq" / "events").is_dir()
    again = CliRunner().invoke(main, ["export", str(tmp_path / "pq"), "--db", str(db)])
    assert again.exit_code == 1 and "not empty" in again.output
    loaded = run("ingest", "--parquet", tmp_path / "pq", "--db", tmp_path / "copy.duckdb")
    assert loaded.exit_code == 0, loaded.output
    with Corpus(tmp_path / "copy.duckdb") as copy, Corpus(db) as original:
        assert copy.counts() == original.counts()


def test_corpus_cli_missing_store_is_one_line_error(tmp_path):
    res = CliRunner().invoke(main, ["actors", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1
    assert "no such store" in res.output and "Traceback" not in res.output


def test_corpus_cli_ingest_needs_sources(tmp_path):
    res = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code == 2 and "--parquet" in res.output


@pytest.mark.issue(15)
@pytest.mark.parametrize("actor", ["RUS", "UKR", "USA"])
def test_corpus_timeline_agrees_with_the_web_timeline(db, corpus, docs, actor):
    """One query behind both (``store/timeline.py``): per month and quad class, each event the
    actor takes part in counts once, also when it is both source and target."""
    from communique.web.queries import CorpusReader, EventFilter

    frame = corpus.timeline(actor, by="month")
    reader = CorpusReader(db)
    try:
        web = reader.timeline(EventFilter(actor=actor))
    finally:
        reader.close()
    quads = list(dict.fromkeys(QUAD_CLASS.values()))
    from_corpus = {(p.strftime("%Y-%m"), q): n for _, row in frame.iterrows()
                   for p, q, n in [(row["period"], q, row[q.replace(" ", "_")]) for q in quads] if n}
    from_web = {(m, s["label"]): n for s in web["series"] for m, n in zip(web["months"], s["counts"]) if n}
    assert from_corpus == from_web
    expected = Counter()
    for d in docs:
        ids = {a.id: {a.key, a.country} for a in d.actors}
        for e in d.events:
            day = e.date or d.published
            if day and any(actor in ids.get(x, ()) for x in (*e.source, *e.target)):
                expected[(day[:7], QUAD_CLASS[e.type])] += 1
    assert from_corpus and from_corpus == dict(expected)


@pytest.mark.issue(17)
def test_corpus_undated_counts_what_timelines_leave_out(corpus, docs):
    counts = corpus.undated()
    assert counts["documents"] == sum(1 for d in docs if not d.published)
    assert counts["events"] == sum(1 for d in docs if not d.published for e in d.events if not e.date)
    assert counts["events_on_document_date"] == sum(1 for d in docs if d.published for e in d.events if not e.date)
    assert counts["quotes"] == sum(len(d.quotes) for d in docs if not d.published)
    ukr = corpus.undated("UKR")
    assert ukr["documents"] == sum(1 for d in docs if not d.published
                                   and any("UKR" in (a.key, a.country) for a in d.actors))
    frame = corpus.events(limit=10**6)
    by = Counter(frame["dated_by"])
    assert by["undated"] == counts["events"] and by["document"] == counts["events_on_document_date"]
    assert (frame.loc[frame["dated_by"] == "undated", "date"].isna()).all()


@pytest.mark.issue(17)
def test_cli_timeline_table_says_what_is_undated(db):
    res = CliRunner().invoke(main, ["timeline", "UKR", "--db", str(db)])
    assert res.exit_code == 0
    assert "undated (not in the table)" in res.output
