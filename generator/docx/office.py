"""Where LibreOffice, msoko's office suite, is installed, and one conversion through it: ``msoko pdf`` converts
documents with it, ``msoko import`` reads .doc, .odt and .rtf through it, ``msoko collect`` .xls and .ods."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, suffix: str, target: str, folder: Path, timeout: float) -> bytes | None:
    """The bytes of a ``suffix`` file (``data``) converted by headless LibreOffice with a profile of its own in
    ``folder`` (``target`` as ``--convert-to`` takes it: «docx:MS Word 2007 XML», «xlsx»); None when LibreOffice
    fails or runs longer than ``timeout`` seconds (then it and its helpers are stopped). LibreOffice must exist
    (:func:`soffice_path`)."""
    soffice = soffice_path()
    assert soffice is not None, "the caller says in Russian that LibreOffice is missing"
    source = folder / f"document{suffix}"
    source.write_bytes(data)
    command = [soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--norestore",
               "--convert-to", target, "--outdir", str(folder / "out"), str(source)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:  # LibreOffice's helpers are in its process group: stop them all
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return None
    converted = folder / "out" / f"document.{target.partition(':')[0]}"
    return converted.read_bytes() if converted.is_file() else None
