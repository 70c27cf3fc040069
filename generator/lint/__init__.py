"""``msoko lint``: reads any DOCX (generated here, typed by hand, or written by another tool) or a PDF's text
as a lawyer would: ГОСТ Р 7.0.97-2025 layout and requisites, and the text rules (program talk, abbreviations,
numerals, citations, bound pairs, the operative comma, dates, capitals, spelling).

Each finding is located by paragraph (the «line» of ``file:line:col``; a PDF's text line) and carries its
rule's code (``rules.yaml``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Sequence

from schemas.diagnostics import Diagnostic, Location


PDFS_PER_WORKER = 2
"""PDFs that repay a forked process (pdfplumber reads each in tenths of a second); DOCX files only many."""


def lint_files(
    paths: Sequence[Path],
    confirmed: Callable[[], set[tuple[str, str]] | None] | None = None,
    project: Path | None = None,
) -> list[Diagnostic]:
    """Each file by every rule (on every core when PDFs are among them), then the documents read together by
    the rules across a set (:mod:`.across`). ``confirmed`` reads the cited acts the project (folder ``project``)
    has checked or accepted, as (date, number), when it keeps such a list: its own documents (the files inside its
    folder) cite no others. It is read once the first file is checked, while the workers go on with the others."""
    from ..parallel import in_order, worker_count
    from .across import across, unconfirmed
    from .registry import diagnostic

    pdfs = sum(path.suffix.lower() == ".pdf" for path in paths)
    workers = worker_count(len(paths), per_worker=PDFS_PER_WORKER) if pdfs else 1
    longest: list[int] = []
    if workers > 1:
        _prepare()  # once, before the workers fork: each starts with the rules and dictionaries in memory
        # The longest files first, one at a time: the workers then end together.
        weights = [_weight(path) for path in paths]
        longest = sorted(range(len(paths)), key=lambda index: -weights[index])
    found: list[Diagnostic] = []
    documents, inside = [], []
    cited: set[tuple[str, str]] | None = None
    checked = in_order(_read_and_check, paths, workers, first=longest, chunk=1)
    for number, (path, (document, findings)) in enumerate(zip(paths, checked)):
        if number == 0 and confirmed is not None:
            cited = confirmed()
        found.extend(findings)
        if document is None:
            continue
        documents.append(document)
        if project is not None and path.resolve().is_relative_to(project.resolve()):
            inside.append(document)
    found.extend(diagnostic(document, finding) for document, finding in across(documents))
    if cited is not None:
        found.extend(diagnostic(document, finding) for document, finding in unconfirmed(inside, cited))
    return found


def _prepare() -> None:
    """What every file's reading and checking loads first: the rules, the PDF reader, the dictionaries."""
    from ..docx import reader as docx_reader  # noqa: F401  (its UnreadableDocument: each file's reading needs it)
    from ..pdf import reader  # noqa: F401  (pdfplumber, pdfminer and pdfium)
    from ..russian.morphology import analyzer
    from . import abbreviations, citations, coherence, layout, numerals, requisites, scales, spelling, text  # noqa: F401
    from .document import read_document  # noqa: F401

    analyzer()
    try:
        spelling.dictionary()
    except spelling.DictionaryMissing:
        pass  # said once per file by the spelling rule


def _weight(path: Path) -> int:
    """What reading and checking the file costs, roughly: a PDF's pages (most of the work is reading them); a
    page for any other file."""
    from ..pdf.reader import page_count

    return page_count(path) if path.suffix.lower() == ".pdf" else 1


def _read_and_check(path: Path) -> tuple[Any, list[Diagnostic]]:
    """One file read and run through every rule: (the document, or None when unreadable; its findings)."""
    # Imported here, not with the package: ``check`` and ``regen`` use ``lint.language`` alone, and the
    # document readers bring in pdfplumber (a fifth of ``check``'s time).
    from ..docx.reader import UnreadableDocument
    from . import abbreviations, citations, coherence, layout, numerals, requisites, scales, spelling, text  # noqa: F401  (registers checks)
    from .document import read_document
    from .registry import rules, run_checks

    try:
        document = read_document(path, str(path))
    except UnreadableDocument as error:
        return None, [Diagnostic(Location(str(path)), rules()["unreadable"].severity, error.reason, code="unreadable")]
    return document, run_checks(document)
