"""``communique analyze``: analyse files, directories, tables or stdin."""

from __future__ import annotations

import json
import sys

import click

from ..errors import InputError
from ..ingest import iter_records
from ..ingest.readers import skipped_summary
from ..pipeline import Failure
from .common import (DISCARD_HELP, OPTION_HELP, RESOURCES_HELP, STAGES_HELP, err_console, model_message,
                     pipeline_kwargs, say, say_error)
from .group import main

FORMATS = ("json", "jsonl", "table")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="json: one object (an array for several documents); jsonl: one per line; "
                   "table: a readable summary.")
@click.option("-o", "--out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to FILE instead of standard output.")
@click.option("--encoding", default=None, help="Text encoding of the inputs (default: UTF-8, BOMs honoured).")
@click.option("--kb", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="YAML file of extra actor entries (repeatable).")
@click.option("--discard", multiple=True, metavar="PHRASE", help=DISCARD_HELP)
@click.option("--stages", default=None, metavar="NAMES", help=STAGES_HELP)
@click.option("--resources", "resource_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              metavar="DIR", help=RESOURCES_HELP)
@click.option("--option", "option_items", multiple=True, metavar="KEY=VALUE", help=OPTION_HELP)
@click.option("-w", "--workers", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes, each loading the model once.")
@click.option("--model", type=click.Choice(["md", "sm"]), default=None,
              help="Force a spaCy model (default: md when installed, else sm).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
def analyze(paths, fmt, out, encoding, kb, discard, stages, option_items, resource_dirs, workers, model, quiet):
    """Analyse PATHS: .txt .md .html files, .jsonl/.csv/.parquet tables with a
    `text` column, directories (recursively), or - for standard input.

    \b
    Examples:
      communique analyze examples/wire_report.txt --format table
      communique analyze examples/ --format jsonl --out analysed.jsonl
      cat article.html | communique analyze - --format json
      communique analyze report.txt --stages default,casualties.v1 --option casualties_min_count=2
    """
    from ..pipeline import get_pipeline
    from ..runner import run_many

    failures: list[str] = []

    def on_input_error(err: InputError) -> None:
        failures.append(str(err))
        say_error(str(err))

    def on_failure(f: Failure) -> None:
        message = f"{f.source}: {f.reason}" + (f" (stage {f.stage})" if f.stage else "")
        failures.append(message)
        say_error(message)

    kwargs = pipeline_kwargs(stages, kb, discard, option_items, model, resource_dirs)
    pipeline = get_pipeline(**kwargs)
    if not quiet:
        say(model_message(pipeline.nlp))
    skipped: list = []
    records = iter_records(paths, on_error=on_input_error, encoding=encoding, on_skip=skipped.append)
    documents = run_many(records, n_process=workers, on_error=on_failure, **kwargs)

    stream = open(out, "w", encoding="utf-8") if out else sys.stdout
    count = 0
    try:
        if fmt == "table":
            from .table import render_documents

            count = render_documents(documents, stream)
        elif fmt == "jsonl":
            for document in documents:
                stream.write(document.to_json() + "\n")
                count += 1
        else:
            collected = [d.to_dict() for d in documents]
            count = len(collected)
            if collected:
                payload = collected[0] if count == 1 else collected
                stream.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    finally:
        if out:
            stream.close()
    skip_line = skipped_summary(skipped)
    nothing_supported = count == 0 and skip_line is not None and not failures
    if not quiet:
        if skip_line and not nothing_supported:
            say(skip_line)
        err_console.print(f"communique: analysed {count} document(s), {len(failures)} error(s)"
                          + (f"; wrote {out}" if out else ""), highlight=False)
    if count == 0:
        if nothing_supported:
            say_error(f"nothing to analyse: {skip_line}")
        raise SystemExit(1)
