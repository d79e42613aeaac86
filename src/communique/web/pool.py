"""Bounded analysis for the web app: a few worker processes, a short queue, a deadline.

    pool = AnalysisPool(workers=1, queue_length=4, timeout_s=120)
    document = pool.analyze(record)      # blocks; PoolBusyError, AnalysisTimeoutError
    pool.close()

Why processes, each owned by the pool (not threads, not ``ProcessPoolExecutor``):

- A thread cannot be stopped: an analysis that runs past its deadline would hold the
  thread, the model's memory and a core until it ends by itself.
- ``concurrent.futures.ProcessPoolExecutor`` cannot kill one worker: terminating a
  process breaks the whole pool (``BrokenProcessPool``) and fails every other job.
- So each worker is a ``multiprocessing.Process`` with its own pipe. A job past
  ``timeout_s`` gets its worker killed and a fresh one started in its place; the other
  workers and their jobs go on. Workers are *spawned* (the server runs threads, so
  forking is not safe, see ``runner.fork_is_safe``) and load the pipeline once each, in
  the background, when the pool first needs them.

Admission is bounded: at most ``workers`` analyses run and ``queue_length`` wait; one more
gets ``PoolBusyError`` at once (the routes answer 503 with ``Retry-After``), so a burst of
large texts never piles up requests, threads or memory. A request waiting in the queue
holds one server thread, so ``workers + queue_length`` should stay well under the
server's thread pool (40 in Starlette), which keeps the other pages answering.
"""

from __future__ import annotations

import importlib
import logging
import math
import multiprocessing
import queue
import threading
import time
from typing import Any

from ..errors import CommuniqueError, InputError

logger = logging.getLogger(__name__)

#: Seconds a fresh worker may take to import communique and load the model before the
#: job waiting for it fails (loading takes 2-5 s on a quiet machine).
WORKER_START_TIMEOUT_SECONDS = 300.0
#: Seconds assumed for one analysis before any has finished (for ``Retry-After``).
DEFAULT_JOB_SECONDS = 5.0
#: Weight of the newest analysis in the running mean of analysis times.
JOB_SECONDS_SMOOTHING = 0.3


class PoolBusyError(CommuniqueError):
    """Every worker is busy and the queue is full; try again after ``retry_after_s``."""

    def __init__(self, workers: int, queue_length: int, retry_after_s: int):
        self.retry_after_s = retry_after_s
        super().__init__(f"the server is analysing {workers} text(s) with {queue_length} more waiting, "
                         f"its limit; try again in about {retry_after_s} s, or analyse large texts offline "
                         "with `communique analyze`")


class AnalysisTimeoutError(CommuniqueError):
    """An analysis ran past the pool's deadline; its worker was killed and replaced."""

    def __init__(self, timeout_s: float, chars: int):
        self.timeout_s = timeout_s
        super().__init__(f"the analysis of a text of {chars:,} characters took longer than "
                         f"web_analysis_timeout_seconds={timeout_s:g} and was stopped; send a shorter "
                         "text, analyse it offline with `communique analyze`, or raise the setting")


def load_analyzer(path: str | None):
    """The callable named ``"module:function"`` (``None``: the default pipeline)."""
    if path is None:
        from ..pipeline import get_pipeline

        return get_pipeline()
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def _worker_main(conn, analyzer_path: str | None) -> None:
    """A worker process: load the analyzer, say ready, then answer one record at a time."""
    logging.getLogger("communique").setLevel(logging.WARNING)
    try:
        analyze = load_analyzer(analyzer_path)
    except BaseException as err:  # noqa: BLE001 - report why the worker cannot start, then stop
        conn.send(("failed", f"{type(err).__name__}: {err}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            record = conn.recv()
        except EOFError:  # the pool is gone
            return
        if record is None:
            return
        try:
            conn.send(("ok", analyze(record)))
        except InputError as err:
            conn.send(("input", (err.source, err.reason)))
        except CommuniqueError as err:
            conn.send(("error", str(err)))
        except Exception as err:  # a bug in a stage: the request gets 500, the worker stays
            logger.exception("analysis failed in a web worker")
            conn.send(("bug", f"{type(err).__name__}: {err}"))


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, ctx, analyzer_path: str | None):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, analyzer_path), daemon=True,
                                   name="communique-web-analysis")
        self.process.start()
        child.close()
        self.ready = False

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def wait_ready(self, timeout_s: float) -> None:
        if self.ready:
            return
        if not self.conn.poll(timeout_s):
            raise CommuniqueError(f"an analysis worker did not start within {timeout_s:g} s")
        kind, detail = self.conn.recv()
        if kind != "ready":
            raise CommuniqueError(f"an analysis worker could not start: {detail}")
        self.ready = True

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(2)
        self.kill()


class AnalysisPool:
    """``workers`` analysis processes, ``queue_length`` waiting jobs, ``timeout_s`` per job.

    Args:
        workers: analyses that run at once (each worker holds a loaded model, about 1 GB).
        queue_length: analyses that may wait for a worker; one more gets ``PoolBusyError``.
        timeout_s: seconds one analysis may run; past it the worker is killed and replaced.
        analyzer: ``"module:function"`` run in the workers on each ``Record`` (default: the
            default pipeline); a name, not an object, so that spawned workers can import it.
    """

    def __init__(self, workers: int, queue_length: int, timeout_s: float, analyzer: str | None = None):
        if workers < 1 or queue_length < 0 or timeout_s <= 0:
            raise CommuniqueError(f"analysis pool: workers={workers} must be >= 1, queue_length={queue_length} "
                                  f">= 0 and timeout_s={timeout_s} > 0")
        self.workers, self.queue_length, self.timeout_s = workers, queue_length, timeout_s
        self.analyzer = analyzer
        self._ctx = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._started = 0  # workers started (idle or busy), at most ``workers``
        self._admitted = 0  # jobs running or waiting
        self._running = 0
        self._busy: set[_Worker] = set()
        self._job_s = DEFAULT_JOB_SECONDS
        self._closed = False
        self.timeouts = 0

    # -- state --------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Workers, jobs running and waiting, and the limits (for ``/api/health``)."""
        with self._lock:
            return {"workers": self.workers, "running": self._running,
                    "waiting": self._admitted - self._running, "queue_length": self.queue_length,
                    "timeout_seconds": self.timeout_s, "timeouts": self.timeouts}

    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        with self._lock:
            found = list(self._busy) + list(self._idle.queue)
        return sorted(w.pid for w in found if w.process.is_alive() and w.pid is not None)

    def retry_after_s(self) -> int:
        """Seconds until a place is likely free: the waiting jobs over the workers, at the
        running mean of analysis times (at least 1, at most the deadline)."""
        with self._lock:
            ahead = self._admitted - self.workers + 1
        estimate = self._job_s * max(1, ahead) / self.workers
        return int(min(max(1.0, math.ceil(estimate)), math.ceil(self.timeout_s)))

    # -- jobs ---------------------------------------------------------------------------
    def analyze(self, record):
        """Analyse ``record`` in a worker; blocks until it is done.

        Raises:
            PoolBusyError: ``workers`` jobs run and ``queue_length`` wait already.
            AnalysisTimeoutError: the job ran past ``timeout_s`` (its worker was replaced).
            InputError, CommuniqueError: what the analysis raised.
        """
        with self._lock:
            if self._closed:
                raise CommuniqueError("the analysis pool is closed")
            busy = self._admitted >= self.workers + self.queue_length
            if not busy:
                self._admitted += 1
        if busy:
            raise PoolBusyError(self.workers, self.queue_length, self.retry_after_s())
        try:
            return self._dispatch(record)
        finally:
            with self._lock:
                self._admitted -= 1

    def _dispatch(self, record):
        """Run an admitted job on an idle worker (starting one while fewer than ``workers`` exist)."""
        with self._lock:
            start_one = self._started < self.workers and self._idle.empty()
            if start_one:
                self._started += 1
        if start_one:
            self._idle.put(_Worker(self._ctx, self.analyzer))
        worker = self._idle.get()  # admission keeps the waiters within queue_length
        with self._lock:
            self._running += 1
            self._busy.add(worker)
        try:
            return self._run(worker, record)
        finally:
            with self._lock:
                self._running -= 1
                self._busy.discard(worker)

    def _run(self, worker: _Worker, record):
        keep = True
        try:
            worker.wait_ready(WORKER_START_TIMEOUT_SECONDS)
            started = time.monotonic()
            worker.conn.send(record)
            if not worker.conn.poll(self.timeout_s):
                keep = False
                with self._lock:
                    self.timeouts += 1
                logger.warning("analysis of %d characters passed %g s; worker %s killed", len(record.text),
                               self.timeout_s, worker.pid)
                raise AnalysisTimeoutError(self.timeout_s, len(record.text))
            kind, value = worker.conn.recv()
            self._job_s += JOB_SECONDS_SMOOTHING * (time.monotonic() - started - self._job_s)
        except (EOFError, OSError) as err:  # the worker died (out of memory, killed)
            keep = False
            raise CommuniqueError(f"the analysis worker stopped unexpectedly ({type(err).__name__}); "
                                  "the text may be too large for this server's memory") from None
        except CommuniqueError:
            keep = worker.ready and worker.process.is_alive() and keep
            raise
        finally:
            self._give_back(worker, keep)
        if kind == "ok":
            return value
        if kind == "input":
            raise InputError(*value)
        if kind == "bug":
            raise RuntimeError(value)
        raise CommuniqueError(value)

    def _give_back(self, worker: _Worker, keep: bool) -> None:
        """Return a healthy worker to the idle queue; kill a stuck or dead one and put a
        fresh worker (loading in the background) in its place."""
        if keep:
            self._idle.put(worker)
            return
        worker.kill()
        with self._lock:
            closed = self._closed
            if closed:
                self._started -= 1
        if not closed:
            self._idle.put(_Worker(self._ctx, self.analyzer))

    def close(self) -> None:
        """Stop the idle workers (running jobs are killed as they come back)."""
        with self._lock:
            self._closed = True
            busy = list(self._busy)
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                break
        for worker in busy:
            worker.kill()


class InlinePool(AnalysisPool):
    """The same admission (``workers`` running, ``queue_length`` waiting, then
    ``PoolBusyError``) around an analyzer called in the request's own thread: for an
    ``analyzer`` object given to ``create_app`` (tests, embedding). A thread cannot be
    stopped, so there is no deadline here; use ``AnalysisPool`` for that."""

    def __init__(self, analyzer, workers: int, queue_length: int, timeout_s: float):
        super().__init__(workers, queue_length, timeout_s)
        self._call = analyzer
        self._slots = threading.Semaphore(workers)

    def _dispatch(self, record):
        with self._slots:
            with self._lock:
                self._running += 1
            started = time.monotonic()
            try:
                return self._call(record)
            finally:
                self._job_s += JOB_SECONDS_SMOOTHING * (time.monotonic() - started - self._job_s)
                with self._lock:
                    self._running -= 1

    def pids(self) -> list[int]:
        return []

    def close(self) -> None:
        with self._lock:
            self._closed = True
