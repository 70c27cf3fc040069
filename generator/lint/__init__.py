"""``msoko lint``: reads any DOCX (generated here, typed by hand, or written by another tool) or a PDF's text
as a lawyer would: ГОСТ Р 7.0.97-2025 layout and requisites, and the text rules (program talk, abbreviations,
numerals, citations, bound pairs, the operative comma, dates, capitals, spelling).

Each finding is located by paragraph (the «line» of ``file:line:col``; a PDF's text line) and carries its
rule's code (``rules.yaml``)."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from schemas.diagnostics import Diagnostic, Location


def lint_files(paths: Sequence[Path], confirmed: set[tuple[str, str]] | None = None,
               project: Path | None = None) -> list[Diagnostic]:
    """Each file by every rule, then the documents read together by the rules across a set (:mod:`.across`).
    ``confirmed``: the cited acts the project (folder ``project``) has checked or accepted, as (date, number),
    when it keeps such a list: its own documents (the files inside its folder) cite no others."""
    # Imported here, not with the package: ``check`` and ``regen`` use ``lint.language`` alone, and the
    # document readers bring in pdfplumber (a fifth of ``check``'s time).
    from ..docx.reader import UnreadableDocument
    from . import abbreviations, citations, coherence, layout, numerals, requisites, scales, spelling, text  # noqa: F401  (registers checks)
    from .across import across, unconfirmed
    from .document import LintDocument, read_document
    from .registry import diagnostic, rules, run_checks

    found: list[Diagnostic] = []
    documents = []
    inside: list[LintDocument] = []
    for path in paths:
        try:
            documents.append(read_document(path, str(path)))
            if project is not None and path.resolve().is_relative_to(project.resolve()):
                inside.append(documents[-1])
        except UnreadableDocument as error:
            found.append(Diagnostic(Location(str(path)), rules()["unreadable"].severity, error.reason, code="unreadable"))
            continue
        found.extend(run_checks(documents[-1]))
    found.extend(diagnostic(document, finding) for document, finding in across(documents))
    if confirmed is not None:
        found.extend(diagnostic(document, finding) for document, finding in unconfirmed(inside, confirmed))
    return found
