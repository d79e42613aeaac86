"""Batch runner: the pipeline over many records, in one process or several.

With ``n_process > 1`` every worker process loads the model once and runs the
whole pipeline (parse and every stage) over chunks of records; the parent keeps
a bounded number of chunks in flight, so memory does not grow with the corpus,
and yields documents in input order.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator

from .document import Document
from .errors import CommuniqueError, InputError
from .ingest.records import Record, to_record
from .pipeline import Failure, get_pipeline

logger = logging.getLogger(__name__)

#: Chunks queued per worker: enough to keep workers busy, few enough to bound memory.
CHUNKS_IN_FLIGHT_PER_WORKER = 2
#: Documents a worker process analyses before a fresh one replaces it. spaCy's string
#: store keeps every new word it meets, so a worker's memory would otherwise grow with the
#: corpus (about 40,000 new strings per 300 documents of invented names in a test); a
#: restart reloads the pipeline (2-3 CPU-s), well under 1 % of what 20,000 documents take.
MAX_DOCS_PER_WORKER = 20_000


def _records(items: Iterable[Any], report: Callable[[Failure], None]) -> Iterator[Record]:
    for item in items:
        try:
            yield to_record(item)
        except InputError as err:
            report(Failure(err.source, err.reason))


def _chunks(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_WORKER_KWARGS: dict[str, Any] = {}


def _init_worker(kwargs: dict[str, Any]) -> None:
    _WORKER_KWARGS.clear()
    _WORKER_KWARGS.update(kwargs)
    logging.getLogger("communique").setLevel(logging.WARNING)
    get_pipeline(**kwargs)  # load the model before the first chunk arrives


def _run_chunk(chunk: list[Record], batch_size: int | None) -> list[Document | Failure]:
    out: list[Document | Failure] = []
    pipeline = get_pipeline(**_WORKER_KWARGS)
    for document in pipeline.pipe(chunk, batch_size, on_error=out.append):
        out.append(document)
    return out


def run_many(items: Iterable[Any], n_process: int = 1, batch_size: int | None = None,
             on_error: Callable[[Failure], None] | None = None, mp_context: str = "spawn",
             **pipeline_kwargs: Any) -> Iterator[Document]:
    """See ``communique.analyze_many``."""

    def report(failure: Failure) -> None:
        if on_error is None:
            raise CommuniqueError(f"{failure.source}: {failure.reason}")
        on_error(failure)

    records = _records(items, report)
    if n_process <= 1:
        yield from get_pipeline(**pipeline_kwargs).pipe(records, batch_size, on_error=report)
        return
    chunk_size = batch_size or 32
    ctx = multiprocessing.get_context(mp_context)
    # max_tasks_per_child needs a non-fork start method (the default here is spawn)
    recycle = {"max_tasks_per_child": max(1, MAX_DOCS_PER_WORKER // chunk_size)} if mp_context != "fork" else {}
    with ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init_worker,
                             initargs=(pipeline_kwargs,), **recycle) as pool:
        pending: deque = deque()
        for chunk in _chunks(records, chunk_size):
            pending.append(pool.submit(_run_chunk, chunk, batch_size))
            while len(pending) >= n_process * CHUNKS_IN_FLIGHT_PER_WORKER:
                yield from _drain(pending.popleft().result(), report)
        while pending:
            yield from _drain(pending.popleft().result(), report)


def _drain(results: list[Document | Failure], report: Callable[[Failure], None]) -> Iterator[Document]:
    for item in results:
        if isinstance(item, Failure):
            report(item)
        else:
            yield item
