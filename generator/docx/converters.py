"""LibreOffices kept running between msoko's commands (issue #27): ``msoko pdf``, ``regen --pdf``, ``pack`` and
the web app's PDF copies send their documents to them.

LibreOffice spends about a second of processor starting and a seventh of a second on each document after, so a
command that starts its own pays the start every time. A converter (:mod:`generator.docx.converter_server`) is a
LibreOffice with a small server before it, one a core, each in ``<user cache>/msoko/office/<n>/`` with its own
profile and lock. A command uses the converters that are running and starts those it lacks; they stay after it
and end by themselves once no document has come for ``MSOKO_OFFICE_IDLE`` seconds (5 minutes by default).
``MSOKO_OFFICE_IDLE=0`` keeps none: each command starts LibreOffice afresh (:mod:`generator.docx.office`), as it
also does where no Python with LibreOffice's ``uno`` module is found (Debian: the package python3-uno).

A document whose converter does not answer in time, or dies, has the converter killed (its whole process group)
and is sent once more to a new one; a second failure is the document's."""

from __future__ import annotations

import fcntl
import json
import math
import os
import socket
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..project import user_cache_folder
from .converter_server import answers, kill_group
from .office import DOCUMENTS_PER_PROCESS, cores, office_environment, soffice_path

IDLE_VARIABLE = "MSOKO_OFFICE_IDLE"
DEFAULT_IDLE_SECONDS = 300.0
SOCKET_SECONDS = 60.0
"""From a converter's start to its socket: a Python's start, or the wait for one stopping on the same folder."""
KILL_SECONDS = 30.0
"""A killed converter's processes ending: well under a second, unless the machine is very busy."""
SERVER = Path(__file__).with_name("converter_server.py")
SOCKET_PATH_LIMIT = 107
"""A Unix socket's path is at most 108 bytes with its terminating zero."""


class Unavailable(Exception):
    """No converter can be kept here: the caller converts with a LibreOffice of its own."""


class Failed(Exception):
    """The converter died or could not convert the document."""


class TimedOut(Failed):
    """The converter did not answer in time."""


def idle_seconds() -> float:
    """How long a converter waits for work before it ends; 0: none is kept. An unreadable value: the default."""
    try:
        return max(0.0, float(os.environ.get(IDLE_VARIABLE) or DEFAULT_IDLE_SECONDS))
    except ValueError:
        return DEFAULT_IDLE_SECONDS


def office_pythons() -> list[str]:
    """The Pythons that may import ``uno``: LibreOffice's own (its builds ship one beside soffice), the system's;
    the one that did first in this process alone, once known."""
    if _FOUND:
        return _FOUND[:1]
    soffice = soffice_path()
    beside = [str(Path(os.path.realpath(soffice)).with_name("python"))] if soffice else []
    return [python for python in [*beside, "/usr/bin/python3"] if os.access(python, os.X_OK)]


_FOUND: list[str] = []


@dataclass(frozen=True)
class Converter:
    folder: Path

    @property
    def socket_path(self) -> Path:
        return self.folder / "socket"

    def answers(self) -> bool:
        return answers(self.socket_path)

    def start(self, idle: float) -> None:
        """Started (it detaches itself) and answering on its socket; Unavailable when it cannot be kept."""
        soffice = soffice_path()
        launched = soffice is not None and any(self._launched(python, soffice, idle) for python in office_pythons())
        if not launched:
            raise Unavailable
        deadline = time.monotonic() + SOCKET_SECONDS
        while not self.answers():
            if time.monotonic() > deadline:
                self.kill()
                raise Failed("the converter did not start")
            time.sleep(0.02)

    def _launched(self, python: str, soffice: str, idle: float) -> bool:
        command = [python, "-I", str(SERVER), soffice, str(self.folder), f"{idle:g}"]
        try:
            launcher = subprocess.run(
                command, stdin=subprocess.DEVNULL, capture_output=True, env=office_environment(), timeout=SOCKET_SECONDS
            )
        except (OSError, subprocess.TimeoutExpired):
            return False
        if launcher.returncode == 0 and not _FOUND:
            _FOUND.append(python)
        return launcher.returncode == 0

    def convert(self, source: Path, target: Path, export_filter: str, timeout: float) -> None:
        request = {"source": str(source.resolve()), "target": str(target.resolve()), "filter": export_filter}
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
                connection.settimeout(timeout)
                connection.connect(str(self.socket_path))
                connection.sendall(json.dumps(request).encode() + b"\n")
                reply = json.loads(connection.makefile("rb").readline() or b"{}")
        except TimeoutError as error:
            raise TimedOut(f"no answer in {timeout:g} s") from error
        except (OSError, ValueError) as error:
            raise Failed(str(error) or type(error).__name__) from error
        if not reply.get("ok"):
            raise Failed(reply.get("error", "the converter closed the connection"))

    def kill(self, stopping: bool = False) -> None:
        """Its whole process group killed, if it holds its lock; returns once the lock is free. The group is killed
        again until then, as the pid file names it anew: a converter that took the lock as the last one ended has
        not written its number yet. ``stopping``: the lock file goes too, while this call holds it, so that a
        converter still waiting for it (launched by a command that found the folder busy) ends when it gets it
        instead of starting a LibreOffice after the stop."""
        if not self.folder.is_dir():
            return
        descriptor = os.open(self.folder / "lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            deadline = time.monotonic() + KILL_SECONDS
            while not (free := _locked(descriptor)) and time.monotonic() < deadline:
                kill_group(self.folder)
                time.sleep(0.05)
            if free and stopping:
                (self.folder / "lock").unlink(missing_ok=True)
        finally:
            os.close(descriptor)  # closing it releases the lock if this call took it


def _locked(descriptor: int) -> bool:
    """The lock taken by this descriptor (nothing else holds it)."""
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def converters() -> list[Converter]:
    """One converter a core, in the user's cache folder; Unavailable where there is none, or where the folder is
    too deep for a socket's path."""
    base = user_cache_folder()
    if base is None or idle_seconds() == 0:
        raise Unavailable
    kept = [Converter(base / "office" / str(number)) for number in range(cores())]
    if len(os.fsencode(kept[-1].socket_path)) > SOCKET_PATH_LIMIT:
        raise Unavailable
    return kept


def convert_kept(
    documents: list[Path], target_of: Callable[[Path], Path], export_filter: str, timeout: float
) -> dict[Path, Failed]:
    """Each document converted to ``target_of(document)`` by the kept converters, running or started, as many as
    there are cores and as repay a start (``timeout`` seconds a document); returns the documents that failed twice,
    each with why.

    Raises Unavailable, before converting anything, where no converter can be kept or started."""
    kept = converters()
    wanted = max(1, min(len(kept), math.ceil(len(documents) / DOCUMENTS_PER_PROCESS)))
    working = [converter for number, converter in enumerate(kept) if number < wanted or converter.answers()]
    queue = deque(documents)
    failures: dict[Path, Failed] = {}
    unavailable: list[Converter] = []

    def work(converter: Converter) -> None:
        try:
            if not converter.answers():
                converter.start(idle_seconds())
        except Unavailable:
            unavailable.append(converter)
            return
        except Failed as error:
            failures.update(dict.fromkeys(_drained(queue), error))
            return
        for document in _drained(queue):
            try:
                problem = _converted_once_retried(converter, document, target_of(document), export_filter, timeout)
            except OSError as error:  # the converter's folder in the cache: unwritable, full
                problem = Failed(str(error))
            if problem:
                failures[document] = problem

    threads = [threading.Thread(target=work, args=(converter,)) for converter in working]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if len(unavailable) == len(working):
        raise Unavailable
    return failures


def _drained(queue: deque):
    while True:
        try:
            yield queue.popleft()  # atomic: the converters' threads share the queue
        except IndexError:
            return


def _converted_once_retried(
    converter: Converter, source: Path, target: Path, export_filter: str, timeout: float
) -> Failed | None:
    """None once converted; why not, after a second try on a converter started anew."""
    try:
        converter.convert(source, target, export_filter, timeout)
        return None
    except Failed:
        converter.kill()
    try:
        converter.start(idle_seconds())
        converter.convert(source, target, export_filter, timeout)
    except Failed as error:
        converter.kill()  # a converter stuck on the document again is left to no one
        return error
    except Unavailable:
        return Failed("LibreOffice could not be started again")
    return None


def stop_converters() -> None:
    """Every kept converter of this user (as ``$XDG_CACHE_HOME`` says) killed, none left to start after it: the
    tests' end of session."""
    base = user_cache_folder()
    for folder in sorted((base / "office").glob("*")) if base else []:
        Converter(folder).kill(stopping=True)
