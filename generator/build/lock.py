"""One writer at a time: every command that writes holds an exclusive lock on the project.

Taking it removes what a killed writer left (:mod:`generator.build.scratch`).

The lock is an ``flock`` on the ``regulations/`` folder itself: it exists in every project before any
command runs, needs no file of its own (so nothing is left behind by a killed process, the kernel
drops the lock with it) and does not move when ``output/`` is created, deleted or broken."""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from schemas.diagnostics import Diagnostic, Location

from .. import messages
from ..errors import MsokoError
from ..project import ProjectLayout
from .scratch import leftover_folders, remove_leftovers


@dataclass
class _Held:
    guard: threading.RLock
    depth: int = 0
    descriptor: int | None = None


_HELD: dict[str, _Held] = {}
_REGISTRY = threading.Lock()


@contextmanager
def project_lock(layout: ProjectLayout) -> Iterator[None]:
    """Hold the project's lock; re-entrant within a thread, refused at once to anyone else.

    Raises :class:`MsokoError` («проект занят другой командой msoko …») when another process, or another
    thread of this one, holds it. A project without ``regulations/`` has nothing to protect (its commands
    fail on validation), so the lock is then a no-op."""
    folder = layout.regulations
    key = str(folder.resolve())
    with _REGISTRY:
        held = _HELD.setdefault(key, _Held(threading.RLock()))
    if not held.guard.acquire(blocking=False):
        raise _busy(layout)
    try:
        if held.depth == 0 and folder.is_dir():
            held.descriptor = _flock(folder, layout)
            remove_leftovers(leftover_folders(layout))  # what a killed writer left, now that none can be writing
        held.depth += 1
        try:
            yield
        finally:
            held.depth -= 1
            if held.depth == 0 and held.descriptor is not None:
                os.close(held.descriptor)  # closing the descriptor releases the flock
                held.descriptor = None
    finally:
        held.guard.release()


def _flock(folder: os.PathLike[str], layout: ProjectLayout) -> int:
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        raise _busy(layout) from None
    return descriptor


def _busy(layout: ProjectLayout) -> MsokoError:
    return MsokoError(
        [Diagnostic.error(Location(layout.display(layout.regulations)), messages.PROJECT_BUSY, code="lock")]
    )
