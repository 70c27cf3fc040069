"""Rendering on every core: planned targets in worker processes, the results in plan order.

The workers are forked from the process that loaded the project, validated it and parsed the templates,
so each starts with all of that in memory; only target numbers go to a worker and DOCX bytes come back.
A pool pays for itself only with enough documents, and forking is safe only from a single-threaded
process (the web app builds in a thread: it renders in its own process, one document after another).
Every document is rendered by the same code from the same state, so the bytes do not depend on which
process made them (``tests/test_render_parallel.py`` compares them)."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")

DOCUMENTS_PER_WORKER = 16
"""Fewer documents than this per extra process render faster in one process than forking costs."""
CHUNK = 4
"""Documents a worker renders per task: fewer round trips, results still streamed in order."""
IN_FLIGHT = 2
"""Tasks queued per worker: enough to keep every core busy, few enough that memory stays bounded."""

_job: tuple[Callable[[object], bytes], Sequence[object]] | None = None
"""What forked workers render: set in the parent just before the pool forks them."""


def worker_count(documents: int) -> int:
    if threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, documents // DOCUMENTS_PER_WORKER))


def in_order(render: Callable[[Item], bytes], items: Sequence[Item], workers: int | None = None) -> Iterator[bytes]:
    """``render(item)`` for every item, in order: in this process, or in ``workers`` forked processes
    (by default as many as pay for themselves)."""
    count = worker_count(len(items)) if workers is None else workers
    if count <= 1:
        yield from (render(item) for item in items)
        return
    global _job
    _job = (render, items)  # type: ignore[assignment]
    pending: deque[Future[list[bytes]]] = deque()
    pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork"))
    try:
        for start in range(0, len(items), CHUNK):
            pending.append(pool.submit(_render_chunk, start, min(start + CHUNK, len(items))))
            if len(pending) >= IN_FLIGHT * count:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _job = None


def _render_chunk(start: int, stop: int) -> list[bytes]:
    assert _job is not None, "a worker forked without a job"
    render, items = _job
    return [render(items[index]) for index in range(start, stop)]
