"""LibreOffice, msoko's office suite, started in one place: ``msoko pdf`` converts documents with it (a batch a
process, see :mod:`generator.review.pdf`), ``msoko import`` reads .doc, .odt and .rtf through it, ``msoko collect``
.xls and .ods.

Every start is headless, with a profile of its own (two LibreOffices on one profile would hand their work to each
other or refuse it), in a process group of its own (a timeout stops it and every helper it started), and with
glibc told to keep its heap: by default LibreOffice maps, faults in and unmaps fresh memory for every large block it
allocates (a third of its time went to the kernel), and it lives for one batch, so nothing needs returning. Neither
changes a byte of what LibreOffice writes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

MALLOC_TUNING = (
    "glibc.malloc.mmap_threshold=268435456:glibc.malloc.trim_threshold=1073741824:glibc.malloc.top_pad=67108864"
)
"""Large blocks from the heap, and the heap kept for the batch."""
DOCUMENTS_PER_PROCESS = 6
"""Fewer documents than this per extra LibreOffice do not repay its start (about a second of one core)."""


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def start_conversion(files: Sequence[Path], target: str, outdir: Path, profile: Path) -> subprocess.Popen:
    """One LibreOffice converting ``files`` (one process start for all of them) into ``outdir`` as ``target``
    («pdf», «xlsx», «docx:MS Word 2007 XML»), its profile in the folder ``profile``. LibreOffice must exist
    (:func:`soffice_path`): the caller says in Russian that it is missing."""
    soffice = soffice_path()
    assert soffice is not None, "the caller says in Russian that LibreOffice is missing"
    command = [
        soffice,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        target,
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    return subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env=office_environment(),
    )


def office_environment() -> dict[str, str]:
    """This process's environment with glibc told to keep LibreOffice's heap."""
    tunables = ":".join(filter(None, (os.environ.get("GLIBC_TUNABLES"), MALLOC_TUNING)))
    return {**os.environ, "GLIBC_TUNABLES": tunables}


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def finished(processes: Sequence[subprocess.Popen], timeout: float) -> list[int] | None:
    """The return codes of LibreOffices started together, once all have ended; None when they are still at work
    after ``timeout`` seconds: then every one of them and its helpers are stopped."""
    deadline = time.monotonic() + timeout
    try:
        return [process.wait(timeout=max(0.0, deadline - time.monotonic())) for process in processes]
    except subprocess.TimeoutExpired:
        return None
    finally:
        for process in processes:
            if process.poll() is None:
                _stop(process)


def _stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)  # LibreOffice's helpers are in its process group
    except ProcessLookupError:
        pass
    process.wait()


def convert(data: bytes, suffix: str, target: str, folder: Path, timeout: float) -> bytes | None:
    """The bytes of a ``suffix`` file (``data``) converted by LibreOffice with a profile of its own in ``folder``
    (``target`` as ``--convert-to`` takes it); None when LibreOffice fails or runs longer than ``timeout`` seconds."""
    source = folder / f"document{suffix}"
    source.write_bytes(data)
    if finished([start_conversion([source], target, folder / "out", folder / "profile")], timeout) is None:
        return None
    converted = folder / "out" / f"document.{target.partition(':')[0]}"
    return converted.read_bytes() if converted.is_file() else None
