"""Analyzers for tests of the web app's analysis pool (``create_app(worker_analyzer=...)``):
plain functions, importable by name in a spawned worker process, that need no model.

    create_app(worker_analyzer="communique.testing.web:gated_analyzer")

``gated_analyzer`` returns a bare ``Document`` of the text at once, unless the text's first
line is ``wait-for:PATH``: then it waits (at most ``MAX_WAIT_SECONDS``) until the file PATH exists,
so a test decides when a job ends, without sleeping for a guessed time.
"""

from __future__ import annotations

import time
from pathlib import Path

from ..document import Document

#: Longest wait of a gated job, so that a forgotten gate cannot hang a test run.
MAX_WAIT_SECONDS = 120.0
#: Seconds between looks at the gate file.
POLL_SECONDS = 0.02
GATE_PREFIX = "wait-for:"


def gated_analyzer(record) -> Document:
    """A ``Document`` of ``record.text``; a first line ``wait-for:PATH`` first waits for PATH to exist."""
    text = record.text
    if text.startswith(GATE_PREFIX):
        gate = Path(text.partition("\n")[0][len(GATE_PREFIX):].strip())
        deadline = time.monotonic() + MAX_WAIT_SECONDS
        while not gate.exists() and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
    return Document(text=text, source=record.source, meta=dict(record.meta))
