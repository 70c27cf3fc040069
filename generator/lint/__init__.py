"""``msoko lint``: reads any DOCX (generated here, typed by hand, or written by another tool) or a PDF's text
as a lawyer would: ГОСТ Р 7.0.97-2025 layout and requisites, and the text rules (program talk, abbreviations,
numerals, citations, bound pairs, the operative comma, dates, capitals, spelling).

Each finding is located by paragraph (the «line» of ``file:line:col``; a PDF's text line) and carries its
rule's code (``rules.yaml``)."""

from __future__ import annotations

from pathlib import Path

from schemas.diagnostics import Diagnostic, Location


def lint_file(path: Path, display: str) -> list[Diagnostic]:
    # Imported here, not with the package: ``check`` and ``regen`` use ``lint.language`` alone, and the
    # document readers bring in pdfplumber (a fifth of ``check``'s time).
    from ..docx.reader import UnreadableDocument
    from . import abbreviations, citations, layout, numerals, requisites, scales, spelling, text  # noqa: F401  (registers checks)
    from .document import read_document
    from .registry import rules, run_checks

    try:
        document = read_document(path, display)
    except UnreadableDocument as error:
        return [Diagnostic(Location(display), rules()["unreadable"].severity,
                           error.reason, code="unreadable")]
    return run_checks(document)
