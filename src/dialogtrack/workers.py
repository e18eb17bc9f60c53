"""Work spread over worker processes: results in input order, a bounded number of inputs in flight.

Reading a release (decoding, HTML, extraction) is pure Python and CPU-bound, so threads would only
queue on the GIL. A large import therefore reads its inputs in worker processes while the main
process, the only one that touches the database, stores each result in turn.

- **Small batches stay in one process.** A worker is a fresh interpreter that must import the package
  and compile the registry's patterns (about a second); below a few dozen inputs that costs more
  than it saves, so the first inputs are looked at before any worker starts.
- **Bounded memory.** Inputs are read only as workers free up (a few chunks per worker ahead), so a
  folder of 100,000 files is never held in memory at once.
- **No ``fork``.** Workers start with ``forkserver`` (``spawn`` where there is none): the main process
  holds an open SQLite connection and may be drawing a progress bar from a thread, neither of which
  is safe to copy into a forked child.
- **Ctrl-C and SIGTERM belong to the main process.** Workers ignore both; the main process cancels
  what is queued and waits for the chunks already running. A SIGTERM that arrives while a worker is
  being started waits until it has started (a half-sent start-up leaves a child printing a traceback).
- **A broken pool ends its workers.** When one worker dies (killed, out of memory), the others are ended
  with SIGKILL: the pool's own SIGTERM is ignored by them, and shutting down would wait for ever.
- **No orphans.** A worker leaves as soon as the main process is gone (killed with ``kill -9``, say),
  instead of waiting for ever to hand back results no one will read.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import Any, TypeVar

from dialogtrack.guard import termination_deferred

T = TypeVar("T")
R = TypeVar("R")
C = TypeVar("C")

CHUNK = 16
"""Inputs sent to a worker at once: enough to make the round trip cheap, few enough to keep order."""

AHEAD = 3
"""Chunks queued per worker, so none waits for the main process to hand out the next."""

START_AFTER = 48
"""Inputs below which no worker is started."""

MOST_JOBS = 3
"""Workers started by default at most: one process writes the database, and storing a release takes
about two thirds of the time reading it does, so a third worker adds little and a fourth nothing but
memory (each holds the registry's compiled patterns, about 50 MB)."""


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_jobs() -> int:
    """One worker per CPU this process may run on, at most ``MOST_JOBS``."""
    return min(available_cpus(), MOST_JOBS)


def ordered_map(func: Callable[[T, C], R], items: Iterable[T], context: C, *, jobs: int) -> Iterator[R]:
    """``func(item, context)`` for each item, in the order of ``items``; with ``jobs`` > 1 and enough
    items, in that many worker processes (never more than the CPUs available: a worker more only
    waits for a CPU, holding its memory), each sent ``context`` (the registry) once."""
    jobs = min(jobs, available_cpus())
    iterator = iter(items)
    head = list(islice(iterator, START_AFTER))
    if jobs < 2 or len(head) < START_AFTER:
        for item in chain(head, iterator):
            yield func(item, context)
        return
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=_start_method(), initializer=_start_worker, initargs=(context, os.getpid())
    )
    pending: deque[Future[list[R]]] = deque()
    try:
        for chunk in _chunks(chain(head, iterator), CHUNK):
            with termination_deferred():  # a submit may start a worker: never half-started
                try:
                    pending.append(pool.submit(_run_chunk, func, chunk))
                except (BrokenPipeError, ConnectionError) as error:
                    # A worker died while the next was being started: the pool is broken, not the output.
                    raise BrokenProcessPool("a worker process stopped while another was starting") from error
            if len(pending) >= jobs * AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool:
        _end_workers()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _end_workers() -> None:
    """End the workers a broken pool leaves: it ends them with SIGTERM, which they ignore (it belongs to the
    main process), and shutting down waits for them for ever while one still holds its queue."""
    for child in multiprocessing.active_children():
        child.kill()


def _chunks(items: Iterator[T], size: int) -> Iterator[list[T]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _start_method() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


_context: Any = None
"""In a worker: the context ``ordered_map`` was given, sent once when the worker started."""


def _start_worker(context: object, main: int) -> None:
    global _context
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a SIGTERM to the process group: the main process unwinds
    _context = context
    threading.Thread(target=_leave_with, args=(main,), daemon=True).start()


def _leave_with(main: int) -> None:
    """End this worker when the process ``main`` ends: waited on through a process descriptor where
    there is one (Linux), else checked every second."""
    try:
        handle = os.pidfd_open(main)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        while _alive(main):
            time.sleep(1)
    else:
        select.select([handle], [], [])
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # there, but another user's: a reused number, and so not ours
        return False
    return True


def _run_chunk(func: Callable[[T, Any], R], chunk: list[T]) -> list[R]:
    return [func(item, _context) for item in chunk]
