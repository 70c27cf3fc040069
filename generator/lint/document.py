"""The document as the lint rules read it: numbered passages of text (DOCX paragraphs, or blocks of a PDF's
text), with the page setup and typefaces when the source is a DOCX.

One DOCX reader serves the whole project (:mod:`generator.docx.reader`); a PDF is read through
``pdftotext -layout`` (poppler-utils), whose lines are kept for the rules that look at line breaks."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ..docx.reader import Table, UnreadableDocument, read_docx
from ..docx.typeface import PageSetup, Typeface, Typefaces, page_setups

PDF_SIGNATURE = b"%PDF-"
PDFTOTEXT_SECONDS = 60


@dataclass
class Passage:
    number: int
    """The «line» of located findings: the paragraph number in a DOCX, the line number in a PDF's text."""
    text: str
    in_table: bool = False
    first_cell: bool = False
    """The paragraph opens a table row (its first cell): where a terms table names what it defines."""
    typeface: Typeface = field(default_factory=lambda: Typeface(frozenset(), frozenset()))


@dataclass
class LintDocument:
    display: str
    passages: list[Passage]
    pages: list[PageSetup] | None = None
    """Section page setups; None for a PDF, whose layout the rules do not judge."""
    lines: list[str] = field(default_factory=list)
    """A PDF's text lines as the reader sees them (empty for a DOCX)."""

    @property
    def is_pdf(self) -> bool:
        return self.pages is None

    def prose(self) -> list[Passage]:
        """Passages whole enough to read as sentences: all of a DOCX; a PDF's text outside table rows, whose
        cells ``pdftotext`` gives as broken pieces."""
        return [p for p in self.passages if not (self.is_pdf and p.in_table)]

    @property
    def unit(self) -> str:
        return "строка" if self.is_pdf else "абзац"

    @property
    def unit_in(self) -> str:
        return "строке" if self.is_pdf else "абзаце"


class PdfTextUnavailable(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_document(path: Path, display: str) -> LintDocument:
    """Read a DOCX or a PDF; raise UnreadableDocument / PdfTextUnavailable with a Russian reason."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise UnreadableDocument("файл не найден") from error
    except OSError as error:
        raise UnreadableDocument(f"файл не читается ({error.strerror})") from error
    if data.startswith(PDF_SIGNATURE):
        return _from_pdf(path, display)
    return _from_docx(data, display)


def _from_docx(data: bytes, display: str) -> LintDocument:
    word = read_docx(data)
    typefaces = Typefaces(word)
    first_cells = {id(row[0][0]) for block in word.blocks if isinstance(block, Table) for row in block.rows
                   if row and row[0]}
    passages = [Passage(p.index, p.text, p.in_table, id(p) in first_cells, typefaces.of(p)) for p in word.paragraphs()]
    return LintDocument(display, passages, page_setups(word))


def _from_pdf(path: Path, display: str) -> LintDocument:
    program = shutil.which("pdftotext")
    if program is None:
        raise PdfTextUnavailable("не найдена программа pdftotext: установите пакет poppler-utils "
                                 "(sudo apt-get install poppler-utils)")
    try:
        completed = subprocess.run([program, "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                                   timeout=PDFTOTEXT_SECONDS, check=False)
    except subprocess.TimeoutExpired as error:
        raise PdfTextUnavailable(f"pdftotext не прочитал файл за {PDFTOTEXT_SECONDS} с") from error
    if completed.returncode != 0:
        raise UnreadableDocument("PDF повреждён или защищён: pdftotext не смог извлечь текст")
    lines = completed.stdout.decode("utf-8", errors="replace").replace("\f", "\n").splitlines()
    return LintDocument(display, _blocks(lines), None, lines)


def _blocks(lines: list[str]) -> list[Passage]:
    """Lines between blank lines make one passage, numbered by its first line. A line with wide gaps is a table
    row as ``-layout`` draws it: each of its cells' pieces is a passage of its own, the first one a first cell."""
    passages: list[Passage] = []
    start, gathered = 0, list[str]()
    for number, line in enumerate([*lines, ""], start=1):
        cells = re.split(r"\s{3,}", line.strip())
        if line.strip() and len(cells) == 1:
            if not gathered:
                start = number
            gathered.append(line.strip())
            continue
        if gathered:
            passages.append(Passage(start, re.sub(r"\s{2,}", " ", " ".join(gathered))))
            gathered = []
        if len(cells) > 1:
            passages.extend(Passage(number, cell, in_table=True, first_cell=index == 0) for index, cell in enumerate(cells))
    return passages
