"""Options and helpers shared by CLI commands."""

from __future__ import annotations

import click
from rich.console import Console

#: Where messages go: stderr, so that stdout stays clean for data.
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


#: Help of the ``--discard`` option of the commands that analyse.
DISCARD_HELP = ("Phrase whose sentences yield no events, as in PETRARCH's discard lists "
                "(repeatable; case-insensitive, whole words).")


def pipeline_options(kb=(), discard=()) -> dict:
    """Stage options from the command-line flags: ``--kb`` files and ``--discard`` phrases."""
    options: dict = {}
    if kb:
        options["kb_paths"] = [str(p) for p in kb]
    if discard:
        options["events_discard"] = list(discard)
    return options


def say_error(message: str) -> None:
    """One line on stderr: ``communique: error: <message>``."""
    err_console.print(f"[bold red]communique: error:[/] {message}", markup=True, emoji=False) \
        if err_console.is_terminal else click.echo(f"communique: error: {message}", err=True)


def say(message: str) -> None:
    click.echo(f"communique: {message}", err=True)


def model_message(nlp) -> str:
    from ..nlp import model_info

    info = model_info(nlp)
    note = "" if info.short == "md" else " (fallback: install on Python >= 3.12 for en_core_web_md)"
    return f"using spaCy model {info.name} {info.version} from package {info.package}{note}"
