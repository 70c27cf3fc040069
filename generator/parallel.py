"""Work on every core: one function over many items in forked worker processes, the results in order.

It serves the per-document stages: reading and validating each Положение, the text rules on each source,
rendering each planned document; and :func:`apart` runs one piece of work (a large build's check) in a forked
process of its own, so that what it loads stays out of the processes forked later. The workers are forked from the
process that holds the project (loaded, validated, templates parsed), so each starts with all of that in memory;
only item numbers go to a worker and results come back. A pool pays for itself only with enough items, and forking
is safe only from a single-threaded process (the web app, which serves on threads, builds in a fresh process of its
own; any other threaded caller works one item after another). Every item goes through the same code from the same
state, so results do not depend on which process made them (``tests/test_render_parallel.py`` compares bytes)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

Item = TypeVar("Item")
Result = TypeVar("Result")

ITEMS_PER_WORKER = 16
"""Fewer documents than this per extra process go faster in one process than forking costs."""
CHUNK = 4
"""Items a worker takes per task: fewer round trips, results still streamed in order."""
IN_FLIGHT = 2
"""Tasks queued per worker: enough to keep every core busy, few enough that memory stays bounded."""

_job: tuple[Callable, Sequence] | None = None
"""What forked workers do: set in the parent just before the pool forks them."""


def worker_count(documents: int, per_worker: int = ITEMS_PER_WORKER) -> int:
    """Processes worth forking for ``documents`` items of which ``per_worker`` repay a process."""
    if threading.active_count() > 1 or not hasattr(os, "fork"):
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, documents // per_worker))


def in_order(
    work: Callable[[Item], Result],
    items: Sequence[Item],
    workers: int | None = None,
    first: Sequence[int] = (),
    chunk: int = CHUNK,
) -> Iterator[Result]:
    """``work(item)`` for every item, in order: in this process, or in ``workers`` forked processes
    (by default as many as pay for themselves). Results must pickle.

    ``first`` names the few items (by index) that take longest: the workers start with them, so that no
    core is left waiting at the end while one of them finishes; their results wait for their turn. ``chunk``:
    items a worker takes at once (one, for a few long items dealt out longest first)."""
    count = worker_count(len(items)) if workers is None else workers
    if count <= 1:
        yield from (work(item) for item in items)
        return
    global _job
    if _job is not None:  # a worker does not fork workers of its own
        yield from (work(item) for item in items)
        return
    # multiprocessing and concurrent.futures only where a pool is used: a small project never pays for them.
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    _job = (work, items)
    give_back_freed_memory()
    early = set(first)
    sequence = [*first, *(index for index in range(len(items)) if index not in early)]
    pending: set[Future[list[tuple[int, Result]]]] = set()
    done: dict[int, Result] = {}
    next_index = 0
    pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork"))
    try:
        for start in range(0, len(sequence), chunk):
            pending.add(pool.submit(_chunk, sequence[start : start + chunk]))
            while pending and (len(pending) >= IN_FLIGHT * count or start + chunk >= len(sequence)):
                # Whichever task ends first frees its worker for the next one: waiting for the oldest would
                # idle the others behind a long item.
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    done.update(future.result())
                while next_index in done:
                    yield done.pop(next_index)
                    next_index += 1
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _job = None


def _chunk(indices: list[int]) -> list:
    assert _job is not None, "a worker forked without a job"
    work, items = _job
    return [(index, work(items[index])) for index in indices]


def apart(work: Callable[[], Result]) -> Result:
    """``work()`` in a forked process of its own, its result sent back (it must pickle): what the work loads and
    leaves behind stays out of this process and of those forked from it later. Here, where forking is not safe."""
    global _job
    if threading.active_count() > 1 or not hasattr(os, "fork") or _job is not None:
        return work()
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _job = (lambda _: work(), [None])
    give_back_freed_memory()
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            return pool.submit(_chunk, [0]).result()[0][1]
    finally:
        _job = None


def give_back_freed_memory() -> None:
    """Return to the system the pages of memory freed since they were taken (C's ``malloc_trim``), before forking:
    a forked process counts every page its parent holds as its own, and what the parent let go (a thousand
    Положения's data, replaced by a compressed copy) stays the heap's until trimmed. Only where the C library has it
    (glibc)."""
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):
        return
    trim(0)
