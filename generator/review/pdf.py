"""PDF copies through LibreOffice: sent to the LibreOffices kept running between commands
(:mod:`generator.docx.converters`), or, where none can be kept, a batch of files in one headless LibreOffice each
(:mod:`generator.docx.office`), on every core, each process with a private profile.

LibreOffice spends about a second on its first document (loading Writer and the fonts) and a seventh of a second
on each one after it: a batch is one call, not a call a document; on two cores the batch is split between two
processes. A kept LibreOffice has paid its start already.

The longest documents go first (:func:`longest_first`): a LibreOffice that takes the longest one last leaves the
other cores idle while it works on it alone (the example's self-assessment takes a fifth of the set's time)."""

from __future__ import annotations

import json
import math
import zipfile
from collections.abc import Callable
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from .. import messages
from ..build.manifest import file_digest
from ..build.scratch import scratch_folder
from ..build.write import write_if_changed
from ..docx import converters
from ..docx.office import DOCUMENTS_PER_PROCESS, cores, finished, soffice_path, start_conversion
from ..errors import MsokoError
from ..project import ProjectLayout

PDF_CACHE_NAME = "pdf.json"
TIMEOUT_SECONDS = 600.0
"""One batch of conversions in LibreOffices started for it; LibreOffice takes about 2 s a document here."""
DOCUMENT_TIMEOUT_SECONDS = 120.0
"""One document on a kept LibreOffice, its start included: past it the LibreOffice is killed, the document tried
once more on a new one."""
PDF_FILTER = "writer_pdf_Export"


def convert_to_pdf(documents: list[Path], target: Path, timeout: float | None = None) -> list[Path]:
    """Convert ``documents`` into ``target``; returns the PDF paths in the same order."""
    if soffice_path() is None:
        raise MsokoError(
            [Diagnostic.error(Location(messages.LOCATION_ENVIRONMENT), messages.LIBREOFFICE_MISSING, code="pdf")]
        )
    target.mkdir(parents=True, exist_ok=True)
    with scratch_folder("pdf", target) as staging:
        try:
            failures = converters.convert_kept(
                longest_first(documents), lambda doc: staging / f"{doc.stem}.pdf", PDF_FILTER, DOCUMENT_TIMEOUT_SECONDS
            )
        except converters.Unavailable:
            failed = _convert_fresh(documents, staging, TIMEOUT_SECONDS if timeout is None else timeout)
        else:
            if any(isinstance(failure, converters.TimedOut) for failure in failures.values()):
                _timed_out(DOCUMENT_TIMEOUT_SECONDS)
            failed = bool(failures)
        produced = [staging / f"{doc.stem}.pdf" for doc in documents]
        missing = [doc for doc, pdf in zip(documents, produced) if not pdf.is_file()]
        if failed or missing:
            names = ", ".join(doc.name for doc in missing) or messages.ALL_DOCUMENTS
            raise MsokoError(
                [
                    Diagnostic.error(
                        Location("<LibreOffice>"), messages.LIBREOFFICE_FAILED.format(names=names), code="pdf"
                    )
                ]
            )
        results = []
        for pdf in produced:
            final = target / pdf.name
            pdf.replace(final)  # same folder: an atomic rename
            results.append(final)
    return results


def _convert_fresh(documents: list[Path], staging: Path, limit: float) -> bool:
    """The documents converted into ``staging`` by LibreOffices started for them, one a core; True when one of
    them failed."""
    with scratch_folder("lo") as profiles:
        returncodes = finished(
            [
                start_conversion(batch, "pdf", staging, profiles / str(number))
                for number, batch in enumerate(batches(longest_first(documents)))
            ],
            limit,
        )
    if returncodes is None:
        _timed_out(limit)
    return any(returncodes or ())


def _timed_out(limit: float) -> None:
    raise MsokoError(
        [
            Diagnostic.error(
                Location("<LibreOffice>"), messages.LIBREOFFICE_TIMEOUT.format(seconds=f"{limit:g}"), code="pdf"
            )
        ]
    )


def longest_first(documents: list[Path]) -> list[Path]:
    """The documents from the most text to the least: LibreOffice's time on a document (reading it, laying it out,
    writing the PDF) follows its body's XML, whose size the zip's directory gives without inflating it."""
    return sorted(documents, key=_body_size, reverse=True)


def _body_size(document: Path) -> int:
    try:
        with zipfile.ZipFile(document) as archive:
            return archive.getinfo("word/document.xml").file_size
    except (OSError, KeyError, zipfile.BadZipFile):
        return 0  # not a DOCX msoko wrote: LibreOffice says what it makes of it


def batches(documents: list[Path]) -> list[list[Path]]:
    """The documents dealt out to as many LibreOffice processes as there are cores and as repay their start,
    in turn (a long document and its neighbours go to different processes); the same documents, the same split."""
    count = max(1, min(cores(), math.ceil(len(documents) / DOCUMENTS_PER_PROCESS)))
    return [documents[start::count] for start in range(count) if documents[start::count]]


def export_pdfs(
    layout: ProjectLayout, files: list[str], progress: Callable[[str], None] = lambda text: None
) -> tuple[list[Path], list[Path]]:
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
        progress(messages.PROGRESS_PDF.format(documents=messages.count_word(len(stale), *messages.DOCUMENT_FORMS)))
        convert_to_pdf([layout.output / name for name in stale], layout.pdf)
        cache.update({name: digests[name] for name in stale})
        write_if_changed(cache_path, (json.dumps(dict(sorted(cache.items())), indent=2) + "\n").encode())
    return [pdfs[n] for n in stale], [pdfs[n] for n in files if n not in stale]
