"""Options and helpers shared by CLI commands."""

from __future__ import annotations

import click
from rich.console import Console

#: Where messages go: stderr, so that stdout stays clean for data.
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


#: Help of the ``--discard`` option of the commands that analyse.
DISCARD_HELP = ("Phrase whose sentences yield no events, as in PETRARCH's discard lists "
                "(repeatable; case-insensitive, whole words).")


#: Help of the ``--stages`` option of the commands that analyse.
STAGES_HELP = ("Comma-separated stage names to run, in order; `default` stands for the default "
               "stages (e.g. default,casualties.v1 adds a plugin's stage).")
#: Help of the ``--resources`` option of the commands that analyse.
RESOURCES_HELP = ("Directory of your own resource files, laid out like src/communique/resources "
                  "(e.g. DIR/quotes/reporting_verbs.en.tsv); each replaces the packaged file of the "
                  "same name (repeatable; a later directory wins). See docs/resources.md.")

#: Help of the ``--option`` option of the commands that analyse.
OPTION_HELP = ("Pipeline or stage option KEY=VALUE (repeatable); VALUE is read as JSON when it "
               "parses (true, 3, [\"a\"]), else as a string.")


def pipeline_kwargs(stages=None, kb=(), discard=(), items=(), model=None, resources=()) -> dict:
    """``get_pipeline`` arguments from the command-line flags, checked (stage names, option
    names, types and choices) without loading a model: a ``ConfigError`` says what is wrong."""
    from ..options import pipeline_options
    from ..pipeline import check_pipeline, expand_stage_names

    kwargs: dict = {"options": pipeline_options(kb, discard, items, resources), "model": model}
    if stages is not None:
        kwargs["stages"] = expand_stage_names(stages)
    check_pipeline(kwargs.get("stages"), kwargs["options"])
    return kwargs


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
