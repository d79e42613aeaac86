"""The ``communique`` command line. Commands are thin: they parse options, call
the library and report; every ``CommuniqueError`` becomes a one-line message."""

from __future__ import annotations

import logging
import sys

import click

from .. import __version__
from ..errors import CommuniqueError


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


from . import analyze as _analyze  # noqa: E402,F401  (registers the command)
from . import spark as _spark  # noqa: E402,F401  (registers the command)
from . import serve as _serve  # noqa: E402,F401  (registers the command)
from . import corpus as _corpus  # noqa: E402,F401  (registers the corpus commands)
