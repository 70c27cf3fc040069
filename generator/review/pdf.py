"""PDF copies through headless LibreOffice: all files in one process, with a private profile."""

from __future__ import annotations

import json
from collections.abc import Callable
import os
import signal
import subprocess
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from .. import messages
from ..docx.office import soffice_path
from ..errors import MsokoError
from ..build.manifest import file_digest
from ..project import ProjectLayout
from ..build.scratch import scratch_folder
from ..build.write import write_if_changed

PDF_CACHE_NAME = "pdf.json"
TIMEOUT_SECONDS = 600.0
"""One batch of conversions; LibreOffice takes about 2 s a document here."""


def convert_to_pdf(documents: list[Path], target: Path, timeout: float | None = None) -> list[Path]:
    """Convert ``documents`` into ``target``; returns the PDF paths in the same order."""
    soffice = soffice_path()
    if soffice is None:
        raise MsokoError([Diagnostic.error(Location("<окружение>"), messages.LIBREOFFICE_MISSING, code="pdf")])
    target.mkdir(parents=True, exist_ok=True)
    with scratch_folder("lo") as profile, scratch_folder("pdf", target) as staging:
        command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(staging), *map(str, documents)]
        returncode = _run(command, timeout)
        produced = [staging / f"{doc.stem}.pdf" for doc in documents]
        missing = [doc for doc, pdf in zip(documents, produced) if not pdf.is_file()]
        if returncode != 0 or missing:
            names = ", ".join(doc.name for doc in missing) or "все"
            raise MsokoError([Diagnostic.error(Location("<LibreOffice>"), messages.LIBREOFFICE_FAILED.format(names=names),
                                               code="pdf")])
        results = []
        for pdf in produced:
            final = target / pdf.name
            pdf.replace(final)  # same folder: an atomic rename
            results.append(final)
    return results


def _run(command: list[str], timeout: float | None) -> int:
    """Run LibreOffice in its own process group, so a timeout stops it and every helper it started."""
    limit = TIMEOUT_SECONDS if timeout is None else timeout
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        return process.wait(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise MsokoError([Diagnostic.error(Location("<LibreOffice>"), messages.LIBREOFFICE_TIMEOUT.format(
            seconds=f"{limit:g}"), code="pdf")]) from None


def export_pdfs(layout: ProjectLayout, files: list[str],
                progress: Callable[[str], None] = lambda text: None) -> tuple[list[Path], list[Path]]:
    """PDF copies of ``output/<file>`` in ``output/pdf/``; a copy whose DOCX did not change is kept.

    Returns (converted, unchanged)."""
    cache_path = layout.state / PDF_CACHE_NAME
    try:
        cache = json.loads(cache_path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        cache = {}
    digests = {name: file_digest(layout.output / name) for name in files}
    pdfs = {name: layout.pdf / f"{Path(name).stem}.pdf" for name in files}
    stale = [name for name in files if cache.get(name) != digests[name] or not pdfs[name].is_file()]
    if stale:
        progress(messages.PROGRESS_PDF.format(documents=messages.count_word(len(stale), "документ", "документа", "документов")))
        convert_to_pdf([layout.output / name for name in stale], layout.pdf)
        cache.update({name: digests[name] for name in stale})
        write_if_changed(cache_path, (json.dumps(dict(sorted(cache.items())), indent=2) + "\n").encode())
    return [pdfs[n] for n in stale], [pdfs[n] for n in files if n not in stale]
