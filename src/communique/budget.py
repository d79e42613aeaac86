"""A per-document time budget (``max_document_seconds``, issue 21).

A ``Budget`` starts when a document's first piece is handed to spaCy and is checked between
the parse's pieces (``nlp.parse_many``), between stages (``Pipeline.annotate``) and
wherever a stage calls ``ctx.check_budget()`` inside a long loop. Past the limit it raises
``DocumentTimeoutError`` naming the document, where it was, the time spent and the limit;
in a batch that is one failed document and the batch goes on. In a batch, the time
spent on other documents' stages while this one waits for its turn is excused
(``excuse``): a document pays for its own parse (and the batch of pieces it was parsed
with) and its own stages.

The clock is wall-clock time (``time.monotonic``): it is what a caller waits for. With
the pipeline linear in the text (about 25 CPU-s per MB with ``en_core_web_md``), the
default of 600 s stops only a document far larger than ``max_document_chars`` allows, or
a machine far slower or busier than expected. ``0`` turns the budget off.
"""

from __future__ import annotations

import time

from .errors import DocumentTimeoutError

#: The clock the budgets read (a test may replace it).
clock = time.monotonic


class Budget:
    """Seconds one document may take; ``check(where)`` raises once they are spent."""

    __slots__ = ("document", "limit_s", "started", "excused")

    def __init__(self, document: str, limit_s: float):
        self.document = document
        self.limit_s = float(limit_s)
        self.started = clock()
        self.excused = 0.0

    def excuse(self, seconds: float) -> None:
        """Do not count ``seconds`` spent on other documents."""
        self.excused += seconds

    def elapsed(self) -> float:
        return clock() - self.started - self.excused

    def check(self, where: str) -> None:
        """Raise ``DocumentTimeoutError`` when the limit (if any) is passed."""
        if self.limit_s > 0:
            elapsed = self.elapsed()
            if elapsed > self.limit_s:
                raise DocumentTimeoutError(self.document, where, elapsed, self.limit_s)
