"""Corpus commands: ``ingest``, ``search``, ``actors``, ``events``, ``quotes``, ``timeline``,
``dyads``, ``sql``, ``graph``, ``export``. Thin shims over ``communique.store``
and ``communique.graph``; every command takes ``--db PATH``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from ..errors import StoreError
from ..store.db import DEFAULT_DB
from .group import main
from .common import (DISCARD_HELP, OPTION_HELP, RESOURCES_HELP, STAGES_HELP, err_console, pipeline_kwargs, say,
                     say_error)

OUTPUT_FORMATS = ("table", "csv", "json", "parquet")
#: Rows printed by ``--format table`` before the rest is summarised in a line.
MAX_TABLE_ROWS = 200
#: Characters of a cell shown by ``--format table``.
MAX_TABLE_CELL_CHARS = 80

db_option = click.option("--db", type=click.Path(dir_okay=False), default=DEFAULT_DB, show_default=True,
                         help="The DuckDB store file.")


def output_options(func):
    func = click.option("-o", "--out", type=click.Path(dir_okay=False), default=None,
                        help="Write to FILE instead of standard output (required for parquet).")(func)
    func = click.option("-f", "--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table",
                        show_default=True, help="table for a person; csv, json or parquet for a program.")(func)
    return func


def event_filters(func):
    for name, help_text in reversed([
        ("--source", "Source actor: key (RUS, RUS:GOV), key prefix, country code or name."),
        ("--target", "Target actor, matched like --source."),
        ("--type", "PLOVER type(s), comma-separated (CONSULT,AGREE)."),
        ("--since", "First date, YYYY-MM-DD (event date, else publication date)."),
        ("--until", "Last date, YYYY-MM-DD."),
        ("--mode", "Mode(s): asserted, negated, intended, offered, demanded, hypothetical, historical."),
        ("--attribution", "Attribution(s): reported, quoted, author."),
    ]):
        func = click.option(name, default=None, help=help_text)(func)
    return func


def open_corpus(db: str):
    from ..store import Corpus

    return Corpus(db)


def emit(frame, fmt: str, out: str | None) -> None:
    """Write a pandas frame in ``fmt`` to ``out`` or stdout."""
    if fmt == "parquet":
        if not out:
            raise click.UsageError("--format parquet needs --out FILE")
        frame.to_parquet(out, index=False)
    elif fmt == "csv":
        text = frame.to_csv(index=False)
        _write(text, out)
    elif fmt == "json":
        text = frame.to_json(orient="records", date_format="iso", force_ascii=False, lines=True)
        _write(text if text.endswith("\n") or not text else text + "\n", out)
    else:
        _print_table(frame, out)


def _write(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _cell(value) -> str:
    if value is None or (value != value):
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_TABLE_CELL_CHARS else text[: MAX_TABLE_CELL_CHARS - 1] + "…"


def _print_table(frame, out: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, expand=False)
    for column in frame.columns:
        table.add_column(str(column), overflow="fold")
    for row in frame.head(MAX_TABLE_ROWS).itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    stream = open(out, "w", encoding="utf-8") if out else sys.stdout
    try:
        console = Console(file=stream, width=None if stream.isatty() else 160, highlight=False)
        console.print(table)
        if len(frame) > MAX_TABLE_ROWS:
            console.print(f"… {len(frame) - MAX_TABLE_ROWS} more rows; use --limit, or --format csv")
        if len(frame) == 0:
            console.print("(no rows)")
    finally:
        if out:
            stream.close()


# -- ingest -------------------------------------------------------------------------
def estimate_total(sources) -> int | None:
    """Records the sources will yield, when that is cheap to know (else ``None``)."""
    from ..ingest.readers import SUPPORTED_EXTENSIONS, walk_directory

    total = 0
    for source in sources:
        s = str(source)
        if s == "-" or "://" in s:
            return None
        path = Path(s)
        files = list(walk_directory(path)) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            if suffix in (".jsonl", ".ndjson"):
                try:
                    with open(file, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    pass
            elif suffix == ".parquet":
                try:
                    import pyarrow.parquet as pq

                    total += pq.ParquetFile(file).metadata.num_rows
                except Exception:  # an unreadable file is reported by the reader itself
                    pass
            elif suffix == ".csv":
                return None
            elif suffix in SUPPORTED_EXTENSIONS:
                total += 1
    return total


def _progress(total: int | None, enabled: bool):
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn,
                               TextColumn, TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task):
            return Text(f"{task.speed:.1f} docs/s" if task.speed else "- docs/s")

    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               Rate(), TextColumn("errors {task.fields[errors]}"), TimeElapsedColumn(), TextColumn("ETA"),
               TimeRemainingColumn()]
    progress = Progress(*columns, console=err_console, disable=not enabled, transient=False)
    task = progress.add_task("ingest", total=total, errors=0)
    return progress, task


@main.command()
@click.argument("sources", nargs=-1)
@db_option
@click.option("-w", "--workers", type=click.IntRange(1), default=os.cpu_count() or 1, show_default=True,
              help="Worker processes, each loading the model once.")
@click.option("--reanalyze", is_flag=True,
              help="Re-analyse documents stored by another pipeline version and replace their rows.")
@click.option("--parquet", "parquet_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Load a Parquet export (communique export or the Spark runner) instead of analysing.")
@click.option("--allow-private", is_flag=True,
              help="Allow fetching URLs on private, loopback and link-local addresses.")
@click.option("--kb", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="YAML file of extra actor entries (repeatable).")
@click.option("--discard", multiple=True, metavar="PHRASE", help=DISCARD_HELP)
@click.option("--stages", default=None, metavar="NAMES", help=STAGES_HELP)
@click.option("--resources", "resource_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              metavar="DIR", help=RESOURCES_HELP)
@click.option("--option", "option_items", multiple=True, metavar="KEY=VALUE", help=OPTION_HELP)
@click.option("--model", type=click.Choice(["md", "sm"]), default=None, help="Force a spaCy model.")
@click.option("--batch-docs", type=click.IntRange(1), default=None,
              help="Documents per transaction (default 64).")
@click.option("--search-index/--no-search-index", default=True, show_default=True,
              help="Rebuild the full-text search index when documents were added (a full rebuild: "
                   "defer it on huge stores and run `communique search --reindex` once).")
@click.option("--cluster/--no-cluster", default=True, show_default=True,
              help="Update event clusters and stories for the documents written (incremental, as "
                   "`communique cluster`; defer it on huge batches and run that once).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar; only errors and the summary.")
def ingest(sources, db, workers, reanalyze, parquet_dirs, allow_private, kb, discard, stages, option_items,
           resource_dirs, model, batch_docs, search_index, cluster, quiet):
    """Analyse SOURCES into the store: files, directories, .jsonl/.csv/.parquet
    tables, URLs of pages and RSS/Atom feeds. Documents already stored (same text)
    are skipped, so an interrupted run can simply be started again.

    \b
    Examples:
      communique ingest articles/ --db corpus.duckdb --workers 4
      communique ingest https://example.org/world/rss.xml --db corpus.duckdb
      communique ingest --parquet spark-out/ --db corpus.duckdb
    """
    from ..ingest.fetch import allow_private_addresses
    from ..ingest.readers import skipped_summary
    from ..store import DEFAULT_BATCH_DOCS, Store, load_parquet

    if not sources and not parquet_dirs:
        raise click.UsageError("give SOURCES to analyse or --parquet DIR to load")
    kwargs = pipeline_kwargs(stages, kb, discard, option_items, model, resource_dirs)
    with Store(db, batch_docs=batch_docs or DEFAULT_BATCH_DOCS, search_index=search_index) as store:
        for folder in parquet_dirs:
            added = load_parquet(store, folder)
            say(f"loaded {folder}: {added['documents']} new document(s), "
                + ", ".join(f"{n} {t}" for t, n in added.items() if n and t != "documents"))
        if not sources:
            return
        enabled = not quiet and err_console.is_terminal
        progress, task = _progress(estimate_total(sources), enabled)

        def on_progress(kind, stats):
            if kind in ("document", "skip"):
                progress.update(task, advance=1, errors=stats.errors)
            elif kind == "error":
                progress.update(task, errors=stats.errors)

        def on_error(message: str) -> None:
            if enabled:
                progress.console.print(f"[red]error:[/] {message}", markup=True, highlight=False)
            else:
                say_error(message)

        unsupported: list = []
        with progress, allow_private_addresses(allow_private):
            stats = store.ingest(sources, workers=workers, reanalyze=reanalyze, on_error=on_error,
                                 on_progress=on_progress, on_skip=unsupported.append, **kwargs)
        if cluster and stats.written:
            from ..store.stories import update_stories

            clusters = update_stories(store.con)
            say(f"clustered {clusters.compared} document(s): {clusters.event_clusters} event clusters and "
                f"{clusters.stories} stories in the store")
    skip_line = skipped_summary(unsupported)
    if skip_line:
        say(skip_line)
    rows = ", ".join(f"{n} {t}" for t, n in stats.rows.items() if n and t != "documents")
    undated = (f"; undated: {stats.undated_documents} document(s), {stats.undated_events} event(s)"
               if stats.written else "")
    say(f"{stats.added} new, {stats.replaced} re-analysed, {stats.skipped} already stored, "
        f"{stats.errors} error(s)" + (f"; rows: {rows}" if rows else "") + undated + f"; store {db}")
    if (stats.errors or skip_line) and not (stats.written or stats.skipped):
        raise SystemExit(1)


# -- search -------------------------------------------------------------------------
#: Digits of the score shown by ``search --format table``.
SCORE_DIGITS = 3


@main.command()
@click.argument("query", required=False)
@db_option
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many hits (paging).")
@click.option("--any", "any_word", is_flag=True, help="Rank documents with any of the words (default: all).")
@click.option("--publisher", default=None, help="Only documents from this publisher.")
@click.option("--reindex", is_flag=True, help="(Re)build the full-text index first (opens the store for writing).")
@click.option("-o", "--out", type=click.Path(dir_okay=False), default=None, help="Write to FILE.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
def search(query, db, limit, offset, any_word, publisher, reindex, out, fmt):
    """Documents matching QUERY, best first (BM25 over title and text), with the best
    matching passage. Words must all occur (--any: any of them); "quoted phrases" must
    occur as written. Without a full-text index (an old store, or no fts extension) it
    falls back to substring matching and says so.

    \b
    Examples:
      communique search "ceasefire talks" --db corpus.duckdb
      communique search '"grain corridor" Odesa' --format json --limit 100
    """
    if reindex:
        from ..store import Store

        if not Path(db).exists():
            raise StoreError(f"{db}: no such store")
        with Store(db) as store:
            built = store.refresh_search_index(changed=True)
        say(f"full-text index of {db} rebuilt" if built else
            "full-text index not built: the DuckDB fts extension is unavailable")
    if not query:
        if reindex:
            return
        raise click.UsageError("give a QUERY (or --reindex)")
    with open_corpus(db) as corpus:
        frame = corpus.search(query, limit=limit, offset=offset, publisher=publisher,
                              match="any" if any_word else "all")
    ranking, total = frame.attrs.get("ranking"), frame.attrs.get("total")
    if fmt == "table":
        shown = frame[["rank", "score", "title", "published", "publisher", "snippet", "id"]].copy()
        shown["score"] = shown["score"].round(SCORE_DIGITS)
        emit(shown, fmt, out)
        say(f"{total} matching document(s), ranked by {ranking}"
            + (" (no full-text index: substring matching)" if ranking == "substring" else ""))
        return
    frame = frame.assign(ranking=ranking)
    emit(frame, fmt, out)


# -- queries ------------------------------------------------------------------------
@main.command()
@db_option
@click.option("--kind", default=None, help="state, person, organization, igo, armed_group, group, location.")
@click.option("--country", default=None, help="ISO 3166 alpha-3 code (RUS).")
@click.option("--name", default=None, help="Part of the name or key.")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@output_options
def actors(db, kind, country, name, limit, fmt, out):
    """Actors in the store, most mentioned first, with document and event counts."""
    with open_corpus(db) as corpus:
        emit(corpus.actors(kind=kind, country=country, name=name, limit=limit), fmt, out)


@main.command()
@db_option
@event_filters
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@output_options
def events(db, source, target, type, since, until, mode, attribution, limit, fmt, out):
    """Events, newest first.

    \b
    Example:
      communique events --source RUS --target AFG --type CONSULT --since 2024-01-01 \\
          --mode asserted --attribution reported
    """
    with open_corpus(db) as corpus:
        emit(corpus.events(source=source, target=target, type=type, since=since, until=until, mode=mode,
                           attribution=attribution, limit=limit), fmt, out)


@main.command()
@db_option
@click.option("--speaker", default=None, help="Speaker key, country, name, or part of the speaker text.")
@click.option("--contains", default=None, help="Words the quote contains.")
@click.option("--kind", type=click.Choice(["direct", "indirect"]), default=None)
@click.option("--since", default=None, help="First publication date, YYYY-MM-DD.")
@click.option("--until", default=None, help="Last publication date, YYYY-MM-DD.")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@output_options
def quotes(db, speaker, contains, kind, since, until, limit, fmt, out):
    """Quotes with their speakers, newest first."""
    with open_corpus(db) as corpus:
        emit(corpus.quotes(speaker=speaker, contains=contains, kind=kind, since=since, until=until,
                           limit=limit), fmt, out)


@main.command()
@click.argument("actor")
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month", "quarter", "year"]), default="month",
              show_default=True)
@output_options
def timeline(actor, db, by, fmt, out):
    """Documents, events (by role and quad class) and quotes of ACTOR per period; with
    ``--format table``, a last line counts what has no date (not in the table) and the events
    placed on their document's date."""
    with open_corpus(db) as corpus:
        emit(corpus.timeline(actor, by=by), fmt, out)
        if fmt == "table" and not out:
            say(undated_line(corpus.undated(actor)))


def undated_line(counts: dict[str, int]) -> str:
    """``Corpus.undated`` in words."""
    return (f"undated (not in the table): {counts['documents']} document(s), {counts['events']} event(s), "
            f"{counts['quotes']} quote(s); {counts['events_on_document_date']} event(s) placed on their "
            "document's date")


@main.command()
@db_option
@event_filters
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@output_options
def dyads(db, source, target, type, since, until, mode, attribution, limit, fmt, out):
    """Top source -> target pairs, with counts by quad class and by attribution."""
    with open_corpus(db) as corpus:
        emit(corpus.dyads(source=source, target=target, type=type, since=since, until=until, mode=mode,
                          attribution=attribution, limit=limit), fmt, out)


@main.command()
@click.argument("query")
@db_option
@output_options
def sql(query, db, fmt, out):
    """Run a read-only SQL QUERY over the store (tables: documents, sections, actors,
    doc_actors, mentions, events, event_actors, quotes, techniques, calls_to_action,
    stance, errors; view: event_dyads)."""
    with open_corpus(db) as corpus:
        emit(corpus.sql(query), fmt, out)


@main.command()
@db_option
@event_filters
@click.option("-o", "--out", required=True, type=click.Path(dir_okay=False),
              help="relations.graphml, relations.gexf or relations.json (node-link).")
def graph(db, source, target, type, since, until, mode, attribution, out):
    """Write the actor network: nodes are actors, edges are events aggregated by type
    and direction, with weights and first/last dates."""
    from ..graph import build_graph, write_graph

    with open_corpus(db) as corpus:
        g = build_graph(corpus, source=source, target=target, type=type, since=since, until=until,
                        mode=mode, attribution=attribution)
    write_graph(g, out)
    say(f"wrote {out}: {g.number_of_nodes()} actors, {g.number_of_edges()} edges")


@main.command()
@click.argument("out_dir", type=click.Path(file_okay=False))
@db_option
@click.option("-f", "--format", "fmt", type=click.Choice(["parquet"]), default="parquet", show_default=True)
@click.option("--overwrite", is_flag=True, help="Replace the tables already in OUT_DIR.")
def export(out_dir, db, fmt, overwrite):
    """Export the whole store as Parquet partitioned by published month:
    OUT_DIR/<table>/published_month=YYYY-MM/part-*.parquet."""
    from ..store import export_parquet
    from ..store.db import connect

    if not Path(db).exists():
        raise StoreError(f"{db}: no such store")
    con = connect(db, read_only=True)
    try:
        counts = export_parquet(con, out_dir, overwrite=overwrite)
    finally:
        con.close()
    say(f"exported to {out_dir}: " + json.dumps(counts))
