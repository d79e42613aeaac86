"""``communique spark``: the pipeline as a Spark job writing the export layout."""

from __future__ import annotations

import click

from .group import main
from .common import DISCARD_HELP, OPTION_HELP, RESOURCES_HELP, STAGES_HELP, pipeline_kwargs, say


@main.command()
@click.argument("input_path", metavar="INPUT")
@click.argument("output", metavar="OUTPUT")
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master: local[N], spark://host:7077, yarn, k8s://...")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default=None,
              help="Input format when INPUT is a URI without a telling extension.")
@click.option("--partitions", type=click.IntRange(1), default=None,
              help="Analysis partitions (default: 2 per core, at most 2,000 documents each).")
@click.option("--kb", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="YAML file of extra actor entries (repeatable; must exist on the executors too).")
@click.option("--discard", multiple=True, metavar="PHRASE", help=DISCARD_HELP)
@click.option("--stages", default=None, metavar="NAMES",
              help=STAGES_HELP + " Plugins must be installed on the executors too.")
@click.option("--resources", "resource_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              metavar="DIR", help=RESOURCES_HELP)
@click.option("--option", "option_items", multiple=True, metavar="KEY=VALUE", help=OPTION_HELP)
@click.option("--model", type=click.Choice(["md", "sm"]), default=None,
              help="Force a spaCy model on the executors (default: md when installed, else sm).")
@click.option("--conf", multiple=True, metavar="KEY=VALUE", help="Extra Spark setting (repeatable).")
@click.option("--overwrite", is_flag=True, help="Replace the tables in a non-empty OUTPUT.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
def spark(input_path, output, master, fmt, partitions, kb, discard, stages, option_items, resource_dirs, model, conf,
          overwrite, quiet):
    """Analyse INPUT (a .jsonl/.ndjson/.csv/.parquet table with a `text` column, a folder
    of them, or an hdfs:// / s3a:// URI) on Spark and write the store's tables to OUTPUT
    as Parquet partitioned by published month, the layout `communique export` writes.

    \b
    Examples:
      communique spark news.jsonl out/ --master local[2]
      communique ingest --parquet out/ --db corpus.duckdb
      duckdb -c "SELECT type, count(*) FROM 'out/events/*/*.parquet' GROUP BY 1"
    """
    from ..runners.spark import parse_conf, run_spark

    kwargs = pipeline_kwargs(stages, kb, discard, option_items, model, resource_dirs)
    report = run_spark(input_path, output, master, fmt=fmt, partitions=partitions, overwrite=overwrite,
                       options=kwargs["options"] or None, model=model, stages=kwargs.get("stages"),
                       conf=parse_conf(conf))
    if not quiet:
        say(f"spark: {report.records} record(s), {report.duplicates} duplicate(s) skipped, "
            f"{report.documents} document(s) analysed, {report.errors} error(s), "
            f"{report.partitions} partition(s); wrote {output}")
        for table, n in report.rows.items():
            say(f"  {table:<16} {n:>9,} rows")
    if report.documents == 0:
        raise SystemExit(1)
