"""Batch runner: the pipeline over many records, in one process or several.

With ``n_process > 1`` every worker process runs the whole pipeline (parse and
every stage) over chunks of records; the parent keeps a bounded number of chunks
in flight, so memory does not grow with the corpus, and yields documents in
input order.

How workers start (``mp_context="auto"``, the default): where ``fork`` is safe
(``fork_is_safe``: no Python threads besides the main one, no library loaded that
keeps native threads or state a child must not inherit, no OS threads beyond
OpenBLAS's pool, which re-creates itself after a fork), the parent loads the
pipeline and its data once and the workers are forked from it, sharing the loaded
model instead of loading it again (1.5-2 CPU-s each). Otherwise (``communique
ingest`` holds a DuckDB connection, a progress bar runs a thread) workers are
spawned and each loads the pipeline itself. Forked pools are replaced as a whole
after ``MAX_DOCS_PER_WORKER`` documents per worker, spawned workers one by one.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from itertools import chain
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


#: Modules whose presence in the parent rules ``fork`` out: they run native threads
#: (DuckDB's and onnxruntime's thread pools, Spark's JVM gateway, torch) whose locks
#: and state a forked child would inherit half-way.
FORK_UNSAFE_MODULES = ("duckdb", "onnxruntime", "pyspark", "torch", "tensorflow", "jax")
#: A short text run through the pipeline in the parent before forking, so that the
#: lexicons and the actor knowledge base are loaded once and shared by every worker.
WARM_UP_TEXT = "France and Germany agreed on Tuesday to expand trade, the minister said."


def _os_threads() -> int | None:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:  # not Linux: the thread count is unknown
        return None


def fork_is_safe() -> bool:
    """Whether worker processes may be forked from this process.

    Forking copies only the calling thread: a lock held by another thread at that
    moment stays locked in the child forever. So: ``fork`` must exist; no Python
    thread but the main one may run; no module of ``FORK_UNSAFE_MODULES`` may be
    loaded; and the OS threads (Linux, ``/proc/self/task``) may be at most the main
    thread plus one OpenBLAS worker per further core (numpy's BLAS starts those at
    import; OpenBLAS shuts its pool down before a fork and restarts it in the child,
    through ``pthread_atfork``, which is why spaCy's own ``n_process`` forks too).
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    if threading.active_count() > 1 or any(m in sys.modules for m in FORK_UNSAFE_MODULES):
        return False
    threads = _os_threads()
    return threads is not None and threads <= max(1, os.cpu_count() or 1)


def _start_method(mp_context: str, pipeline_kwargs: dict[str, Any]) -> str:
    """The start method to use; for ``auto``, load and warm the pipeline here first when forking."""
    if mp_context != "auto":
        return mp_context
    if not fork_is_safe():
        return "spawn"
    get_pipeline(**pipeline_kwargs)(WARM_UP_TEXT)  # model, lexicons, KB: loaded once, shared by the workers
    return "fork" if fork_is_safe() else "spawn"  # the warm-up must not have started threads


_WORKER_KWARGS: dict[str, Any] = {}


def _init_worker(kwargs: dict[str, Any]) -> None:
    _WORKER_KWARGS.clear()
    _WORKER_KWARGS.update(kwargs)
    logging.getLogger("communique").setLevel(logging.WARNING)
    get_pipeline(**kwargs)(WARM_UP_TEXT)  # model and stage data loaded before the first chunk arrives
    # What is alive now (the model, the knowledge base, the lexicons) lives as long as the worker:
    # out of the collector's way, so its full collections do not walk it again for every chunk
    # (and, in a forked worker, do not write to the pages it shares with the parent).
    gc.freeze()


def _run_chunk(chunk: list[Record], batch_size: int | None) -> list[Document | Failure]:
    out: list[Document | Failure] = []
    pipeline = get_pipeline(**_WORKER_KWARGS)
    for document in pipeline.pipe(chunk, batch_size, on_error=out.append):
        out.append(document)
    return out


def run_many(items: Iterable[Any], n_process: int = 1, batch_size: int | None = None,
             on_error: Callable[[Failure], None] | None = None, mp_context: str = "auto",
             **pipeline_kwargs: Any) -> Iterator[Document]:
    """See ``communique.analyze_many``. ``mp_context``: "auto" (fork where ``fork_is_safe``,
    else spawn), or a ``multiprocessing`` start method ("spawn", "fork", "forkserver")."""

    def report(failure: Failure) -> None:
        if on_error is None:
            raise CommuniqueError(f"{failure.source}: {failure.reason}")
        on_error(failure)

    records = _records(items, report)
    if n_process <= 1:
        yield from get_pipeline(**pipeline_kwargs).pipe(records, batch_size, on_error=report)
        return
    chunk_size = batch_size or 32
    chunks = _chunks(records, chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    chunks = chain([first], chunks)
    method = _start_method(mp_context, pipeline_kwargs)
    logger.debug("%d worker processes, started by %s", n_process, method)
    chunks_per_worker = max(1, MAX_DOCS_PER_WORKER // chunk_size)
    while True:
        ctx = multiprocessing.get_context(method)
        if method == "fork":
            # max_tasks_per_child needs a non-fork start method: a forked pool is replaced
            # as a whole after the same number of chunks per worker
            recycle, quota = {}, chunks_per_worker * n_process
        else:
            recycle, quota = {"max_tasks_per_child": chunks_per_worker}, None
        submitted = 0
        with ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init_worker,
                                 initargs=(pipeline_kwargs,), **recycle) as pool:
            pending: deque = deque()
            for chunk in chunks:
                pending.append(pool.submit(_run_chunk, chunk, batch_size))
                submitted += 1
                while len(pending) >= n_process * CHUNKS_IN_FLIGHT_PER_WORKER:
                    yield from _drain(pending.popleft().result(), report)
                if quota is not None and submitted >= quota:
                    break
            while pending:
                yield from _drain(pending.popleft().result(), report)
        if quota is None or submitted < quota:
            return
        following = next(chunks, None)
        if following is None:
            return
        chunks = chain([following], chunks)
        if mp_context == "auto" and not fork_is_safe():
            method = "spawn"


def _drain(results: list[Document | Failure], report: Callable[[Failure], None]) -> Iterator[Document]:
    for item in results:
        if isinstance(item, Failure):
            report(item)
        else:
            yield item
