"""Answers the text rules got from pymorphy3's dictionary, kept between runs in the user's cache folder.

Loading the dictionary is a sixth of ``msoko check`` on a small project, while the words a project counts
with («баллов», «показателей») are few and come back in every run: with their answers kept, a check loads the
dictionary only for a word it has not met before, or to word a finding. An answer is a function of the word,
of the rules' code and lexicon and of the dictionary, so the file is named by a digest of those; it is read
once, and replaced whole (atomically) when a run learned something. A cache that cannot be read or written
is only slower: nothing depends on it."""

from __future__ import annotations

import atexit
import fcntl
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from ..project import user_cache_folder

Answer = TypeVar("Answer")

MAX_ANSWERS = 50_000
"""Past this many kept answers, a run keeps only those it used: the file stays small, nothing is lost that
cannot be found again."""
_RULES_CODE = (
    "lint/numerals.py",
    "lint/language.py",
    "coherence/lexicon.yaml",
    "lint/memo.py",
    "russian/morphology.py",
)
"""What the answers depend on, besides the dictionary (paths under ``generator/``)."""


class Memo:
    def __init__(self, path: Path | None) -> None:
        """``path``: where the answers are kept between runs; None keeps them for this run only."""
        self.path = path
        self.known: dict[str, Any] | None = None
        self.used: set[str] = set()
        self.learned = False
        self.saved_by: int | None = None
        """The process that will save what was learned: a worker forked after the parent learned must register
        its own save."""

    def answer(self, key: str, find: Callable[[], Answer], fits: Callable[[Any], bool]) -> Answer:
        """The kept answer for ``key`` if it ``fits`` the answer's shape, else ``find()``'s (JSON data), kept
        from now on."""
        if self.known is None:
            self.known = _read(self.path)
        self.used.add(key)
        if key not in self.known or not fits(self.known[key]):
            self.known[key] = find()
            self.learned = True
            if self.saved_by != os.getpid():
                self.saved_by = os.getpid()
                _save_at_exit(self.save)
        return self.known[key]

    def save(self) -> None:
        if not self.learned or self.known is None or self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Workers of one run save in turn, under a lock: each keeps what the others saved before it.
            with open(self.path.with_suffix(".lock"), "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                kept = {**_read(self.path), **self.known}
                if len(kept) > MAX_ANSWERS:
                    kept = {key: self.known[key] for key in self.used}
                handle, temp = tempfile.mkstemp(prefix=".memo.", dir=self.path.parent)
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    json.dump(kept, stream, ensure_ascii=False, sort_keys=True)
                os.replace(temp, self.path)
        except OSError:
            pass  # a read-only home: the next run asks the dictionary again
        self.learned = False


def _save_at_exit(save: Callable[[], None]) -> None:
    """``save`` when this process ends: by ``atexit`` in the command's process; in a worker multiprocessing forked
    (``lint`` reading PDFs on every core), which ends without running ``atexit``, by multiprocessing's own
    finalizers, which it does run."""
    multiprocessing = sys.modules.get("multiprocessing")  # not imported: no worker of its can be running
    if multiprocessing is not None and multiprocessing.parent_process() is not None:
        from multiprocessing.util import Finalize

        Finalize(None, save, exitpriority=0)
    else:
        atexit.register(save)


def _read(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=1)
def memo() -> Memo:
    folder = user_cache_folder()
    return Memo(folder / f"morphology-{_fingerprint()[:16]}.json" if folder else None)


def _fingerprint() -> str:
    from importlib.metadata import version  # already imported by pydantic

    here = Path(__file__).parent.parent
    hasher = hashlib.sha256(f"{version('pymorphy3')} {version('pymorphy3-dicts-ru')}".encode())
    for name in _RULES_CODE:
        hasher.update((here / name).read_bytes())
    return hasher.hexdigest()
