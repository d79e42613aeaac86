"""The ``communique`` command group. Its own module so that the command modules can
register on it without importing the ``communique.cli`` package they belong to."""

from __future__ import annotations

import logging
import sys

import click

from ..errors import CommuniqueError
from ..version import __version__


class Group(click.Group):
    """Turns library errors into one clear line and a non-zero exit."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CommuniqueError as err:
            raise click.ClickException(str(err)) from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="communique")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def main(verbose: int) -> None:
    """communique: who did what to whom, who said what, and how a text persuades."""
    if verbose:
        logging.basicConfig(level=logging.DEBUG if verbose > 1 else logging.INFO,
                            format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
