"""Story commands: ``cluster`` (bring event clusters and stories up to date), ``stories``
(list them) and ``story ID`` (how each outlet tells one story). Thin shims over
``communique.store.stories`` and ``communique.store.framing``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import StoreError
from .corpus import db_option
from .group import main
from .common import say

STORY_FORMATS = ("table", "json", "markdown")


def _write(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@main.command()
@db_option
@click.option("--rebuild", is_flag=True, help="Forget every cluster and story and compare all documents again.")
def cluster(db: str, rebuild: bool) -> None:
    """Cluster events across documents and documents into stories.

    Incremental: only documents stored (or re-analysed) since the last run are compared;
    the result equals a full --rebuild."""
    from ..store import Store
    from ..store.stories import update_stories

    with Store(db, search_index=False) as store:
        stats = update_stories(store.con, rebuild=rebuild)
    say(f"compared {stats.compared} documents ({stats.removed} removed): {stats.event_links} new event links, "
        f"{stats.story_links} new story links; {stats.event_clusters} event clusters and {stats.stories} stories "
        f"in {db}")


@main.command()
@db_option
@click.option("--since", default=None, help="First day, YYYY-MM-DD.")
@click.option("--until", default=None, help="Last day, YYYY-MM-DD.")
@click.option("--actor", default=None, help="An actor of the story: key, key prefix, country code or name.")
@click.option("--outlet", default=None, help="A publisher among its documents (substring).")
@click.option("--min-outlets", type=click.IntRange(1), default=1, show_default=True,
              help="Stories told by at least this many outlets.")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@click.option("-f", "--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True,
              help="json: one story per line with its documents (id, source, outlet, title, date).")
@click.option("-o", "--out", type=click.Path(dir_okay=False), default=None, help="Write to FILE.")
def stories(db: str, since, until, actor, outlet, min_outlets: int, limit: int, fmt: str, out) -> None:
    """Stories: documents about one developing story, across outlets (newest first)."""
    from ..store import Corpus

    with Corpus(db) as corpus:
        items = corpus.stories(since=since, until=until, actor=actor, outlet=outlet, min_outlets=min_outlets,
                               limit=limit, frame="records")
    if fmt == "json":
        _write("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in items), out)
        return
    import pandas as pd

    from .corpus import _print_table

    frame = pd.DataFrame([{"story": s["story_id"], "label": s["label"], "documents": s["n_documents"],
                           "outlets": s["n_outlets"], "events": s["n_clusters"],
                           "publishers": ", ".join(dict.fromkeys(d["outlet"] for d in s["documents"]))}
                          for s in items], columns=["story", "label", "documents", "outlets", "events", "publishers"])
    _print_table(frame, out)


@main.command()
@db_option
@click.argument("story_id")
@click.option("-f", "--format", "fmt", type=click.Choice(STORY_FORMATS), default="table", show_default=True,
              help="table for a person, markdown for a report, json for a program.")
@click.option("-o", "--out", type=click.Path(dir_okay=False), default=None, help="Write to FILE.")
def story(db: str, story_id: str, fmt: str, out) -> None:
    """How each outlet tells one story: headline, quotes, stance, techniques, calls to
    action, events reported and claimed, and what it omits."""
    from ..store import Corpus
    from ..store.framing import story_markdown

    with Corpus(db) as corpus:
        comparison = corpus.story(story_id)
    if fmt == "json":
        _write(json.dumps(comparison, ensure_ascii=False, indent=2) + "\n", out)
    elif fmt == "markdown":
        _write(story_markdown(comparison), out)
    else:
        _print_comparison(comparison, out)


def _print_comparison(comparison: dict, out: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    s = comparison["story"]
    table = Table(title=f"{s['label']} ({s['story_id']})", show_lines=True)
    table.add_column("")
    for o in comparison["outlets"]:
        table.add_column(o["outlet"], overflow="fold")
    rows = {
        "headline": lambda o: o["headline"] or "",
        "quotes": lambda o: "\n".join(f"{q['speaker']}: {q['quotes']} ({100 * q['share']:.0f}%)" for q in o["quotes"]),
        "stance": lambda o: "\n".join(f"{x['name']} {x['polarity']:+.2f}" for x in o["stance"]),
        "techniques/1k words": lambda o: f"{o['techniques']['per_1000_words']:.1f}",
        "calls to action": lambda o: "\n".join(c["text"] for c in o["calls_to_action"]),
        "events reported": lambda o: "\n".join(f"{e['type']} {e['source']} → {e['target']}"
                                               for e in o["events"]["reported"]),
        "events claimed": lambda o: "\n".join(f"{e['type']} {e['source']} → {e['target']}"
                                              for e in o["events"]["author"]),
        "omits": lambda o: "\n".join([e["label"] for e in o["omits"]["events"]]
                                     + [a["name"] for a in o["omits"]["actors"]]),
    }
    for name, value in rows.items():
        table.add_row(name, *(value(o) or "–" for o in comparison["outlets"]))
    stream = open(out, "w", encoding="utf-8") if out else sys.stdout
    try:
        Console(file=stream, width=None if stream.isatty() else 200, highlight=False).print(table)
    finally:
        if out:
            stream.close()


__all__ = ["cluster", "stories", "story", "StoreError"]
