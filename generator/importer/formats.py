"""Every file a Положение arrives in, read as one :class:`WordDocument`: a .docx as it is; a .doc, .odt or
.rtf converted to .docx by headless LibreOffice (msoko's office suite already); a PDF through
:mod:`generator.importer.pdf` (its text layer, or tesseract on a scan). The kind is told by the bytes, not
by the name: a .doc renamed .docx is still converted."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import importer as messages
from ..docx.archive import OLE_SIGNATURE
from ..docx.reader import UnreadableDocument, WordDocument, read_docx
from .revisions import revision_notes

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""A Положение with its appendices is a few megabytes even scanned; anything larger is refused unread."""
CONVERT_SECONDS = 120.0
CONVERTED = {"doc": ".doc", "rtf": ".rtf", "odt": ".odt"}


@dataclass
class ReadDocument:
    document: WordDocument
    notes: list[str] = field(default_factory=list)
    """What was done to read it (converted, page furniture removed, recognised from a scan), for the report."""
    recognised: bool = False
    """The text was recognised from images: every paragraph must be checked against the original."""
    printed: bool = False
    """Read from a PDF: its lines are joined into paragraphs already."""


def read_document(path: Path) -> ReadDocument:
    """The document in ``path`` whatever its format; raise :class:`UnreadableDocument` with a Russian reason."""
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise UnreadableDocument(messages.IMPORT_TOO_LARGE.format(limit=MAX_INPUT_BYTES // (1024 * 1024)))
    data = path.read_bytes()
    kind = file_kind(data)
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(data)
    if kind in CONVERTED:
        if kind == "odt":
            read_docx_bounds(data)
        document = read_docx(convert_to_docx(data, CONVERTED[kind]))
        return ReadDocument(
            document, [messages.IMPORT_CONVERTED.format(kind=CONVERTED[kind]), *revision_notes(document)]
        )
    document = read_docx(data)
    return ReadDocument(document, revision_notes(document))


def file_kind(data: bytes) -> str:
    """«pdf», «rtf», «doc» (Word 97–2003, or a .docx under a password), «odt» or «docx» (anything else)."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(OLE_SIGNATURE):
        return "doc"
    if data.startswith(b"PK") and b"mimetypeapplication/vnd.oasis.opendocument.text" in data[:200]:
        return "odt"
    return "docx"


def read_docx_bounds(data: bytes) -> None:
    """An OpenDocument file is a zip too: the same bounds as a .docx before LibreOffice inflates it."""
    import zipfile

    from ..docx.archive import PackageRefused, open_package

    try:
        open_package(data).close()
    except PackageRefused as error:
        raise UnreadableDocument(str(error)) from None
    except zipfile.BadZipFile:
        raise UnreadableDocument(messages.IMPORT_DAMAGED) from None


def convert_to_docx(data: bytes, suffix: str) -> bytes:
    """The bytes of a .doc, .odt or .rtf as .docx, through LibreOffice with a profile of its own."""
    from ..docx.office import convert, soffice_path

    if soffice_path() is None:
        raise UnreadableDocument(messages.IMPORT_LIBREOFFICE_MISSING.format(kind=suffix))
    with tempfile.TemporaryDirectory(prefix="msoko-import-") as folder:
        converted = convert(data, suffix, "docx:MS Word 2007 XML", Path(folder), CONVERT_SECONDS)
    if converted is None:
        raise UnreadableDocument(messages.IMPORT_CONVERT_FAILED.format(kind=suffix))
    return converted
