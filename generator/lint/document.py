"""The document as the lint rules read it: numbered passages of text (DOCX paragraphs; a PDF's paragraphs and
table cells in reading order), with the page setup and typefaces when the source is a DOCX.

One DOCX reader serves the whole project (:mod:`generator.docx.reader`); a PDF is read by :mod:`.pdf`, whose
printed lines are kept for the rules that look at line breaks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages
from ..messages import lint as say

if TYPE_CHECKING:  # the readers (lxml) are imported when a document is read: ``check`` uses the rules alone
    from ..docx.typeface import PageSetup, Typeface

PDF_SIGNATURE = b"%PDF-"


def _plain() -> Typeface:
    from ..docx.typeface import Typeface

    return Typeface(frozenset(), frozenset())


@dataclass
class Passage:
    number: int
    """The «line» of located findings: the paragraph number in a DOCX; in a PDF, the number of the passage's first
    printed line, counting in reading order."""
    text: str
    in_table: bool = False
    first_cell: bool = False
    """The paragraph opens a table row (its first cell): where a terms table names what it defines."""
    typeface: Typeface = field(default_factory=_plain)
    lines: list[str] = field(default_factory=list)
    """A PDF passage's lines as printed, numbered on from ``number`` (empty for a DOCX)."""


@dataclass
class LintDocument:
    display: str
    passages: list[Passage]
    pages: list[PageSetup] | None = None
    """Section page setups; None for a PDF, whose layout the rules do not judge."""

    @property
    def is_pdf(self) -> bool:
        return self.pages is None

    @property
    def unit(self) -> str:
        return say.LINE if self.is_pdf else say.PARAGRAPH

    @property
    def unit_in(self) -> str:
        return say.IN_LINE if self.is_pdf else say.IN_PARAGRAPH


def read_document(path: Path, display: str) -> LintDocument:
    """Read a DOCX or a PDF; raise UnreadableDocument / PdfTextUnavailable with a Russian reason."""
    from ..docx.reader import UnreadableDocument

    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise UnreadableDocument(messages.FILE_MISSING) from error
    except OSError as error:
        raise UnreadableDocument(say.UNREADABLE.format(reason=error.strerror)) from error
    if data.startswith(PDF_SIGNATURE):
        return _from_pdf(path, display)
    return _from_docx(data, display)


def _from_docx(data: bytes, display: str) -> LintDocument:
    from ..docx.reader import Table, read_docx
    from ..docx.typeface import Typefaces, page_setups

    word = read_docx(data)
    typefaces = Typefaces(word)
    first_cells = {
        id(row[0][0]) for block in word.blocks if isinstance(block, Table) for row in block.rows if row and row[0]
    }
    passages = [Passage(p.index, p.text, p.in_table, id(p) in first_cells, typefaces.of(p)) for p in word.paragraphs()]
    return LintDocument(display, passages, page_setups(word))


def _from_pdf(path: Path, display: str) -> LintDocument:
    from ..docx.reader import UnreadableDocument
    from .pdf import UnreadablePdf, joined, read_pdf_blocks  # pdfium and pdfplumber: ``check`` never reads a PDF

    try:
        blocks = read_pdf_blocks(path)
    except UnreadablePdf as error:
        raise UnreadableDocument(say.PDF_UNREADABLE) from error
    passages: list[Passage] = []
    number = 1
    for block in blocks:
        passages.append(Passage(number, joined(block.lines), block.in_table, block.first_cell, lines=block.lines))
        number += len(block.lines)
    return LintDocument(display, passages, None)
