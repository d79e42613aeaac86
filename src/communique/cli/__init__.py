"""The ``communique`` command line. Commands are thin: they parse options, call
the library and report; every ``CommuniqueError`` becomes a one-line message."""

from __future__ import annotations

from . import analyze as _analyze  # noqa: F401  (registers the command)
from . import spark as _spark  # noqa: F401  (registers the command)
from . import serve as _serve  # noqa: F401  (registers the command)
from . import corpus as _corpus  # noqa: F401  (registers the corpus commands)
from . import stories as _stories  # noqa: F401  (registers the story commands)
from .group import Group, main  # noqa: F401  (``communique.cli:main`` is the entry point)
