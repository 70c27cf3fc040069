"""One reader of a PDF's printed pages for ``lint`` and ``import``: each page's ruled tables, cell by cell, and
its text lines, as pdfplumber finds them, on characters and rules that pdfium reads (:mod:`.objects`).

pdfplumber (over pdfminer.six) reads a table by its ruled borders and each cell on its own, where ``pdftotext``
interleaves columns; but pdfminer parses a page's content in pure Python, a tenth of a second a page. Here
pdfminer reads only the document's structure and the fonts' descriptors; pdfium, which pdfplumber already
brings for page images, reads the content. A page pdfium would place otherwise than pdfminer (turned, or a
media box away from the origin) is read by pdfminer as before."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .objects import Font, Fonts, page_objects

if TYPE_CHECKING:
    from pdfplumber.page import Page

PDFIUM = threading.Lock()
"""pdfium is not thread-safe: the web app serves on threads, and two imports may read at once."""
WORD_GAP = 1.0
"""Points between two letters that make a space: a tab may leave a gap of little more (LibreOffice draws no space
for it), kerning leaves less."""


class UnreadablePdf(Exception):
    """The file is no PDF that can be parsed: damaged or protected."""


@dataclass
class PrintedTable:
    """A ruled table as printed on one page: its box (left, top, right, bottom) and its cells' texts, row by row;
    a cell merged into its neighbour reads as None."""

    bbox: tuple[float, float, float, float]
    rows: list[list[str | None]]


class PrintedPage:
    """One page: its size, whether it has a text layer, its tables and its text lines."""

    def __init__(self, page: Page, document: Any, fonts: dict[Any, Font | None]) -> None:
        self.height = float(page.height)
        self._page = page
        self._document = document
        self._fonts = fonts
        self._tables: list[Any] | None = None

    @property
    def page(self) -> Page:
        """pdfplumber's page, its objects read by pdfium where it places them as pdfminer does: pdfplumber keeps
        a page's objects in ``_objects`` once parsed, so objects put there are the ones it works on."""
        page = self._page
        if self._document is not None and not hasattr(page, "_objects") and _placed_alike(page):
            fonts = _fonts(page, self._fonts)
            with PDFIUM:
                handle = self._document[page.page_number - 1]
                textpage = handle.get_textpage()
                try:
                    page._objects = page_objects(
                        handle.raw, textpage.raw, fonts, self.height, float(page.initial_doctop)
                    )
                finally:
                    textpage.close()
                    handle.close()
        return page

    @property
    def has_text(self) -> bool:
        return bool(self.page.chars)

    def tables(self) -> list[PrintedTable]:
        """Each table's cells, each cell's text from the characters whose middle is in it, as pdfplumber's
        ``Table.extract`` reads them; but each character's middle is found once, not once a row and once a cell
        of every table (pdfplumber's way cost a tenth of a second a page of tables)."""
        placed = [((char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2, char) for char in self.page.chars]
        found = []
        for table in self._found_tables():
            rows = []
            for row in table.rows:
                in_row = _inside(placed, row.bbox)
                rows.append([None if cell is None else _cell_text(_inside(in_row, cell)) for cell in row.cells])
            found.append(PrintedTable(table.bbox, rows))
        return found

    def lines(self, outside_tables: bool = False, chars: bool = False) -> list[dict[str, Any]]:
        """The page's text lines as pdfplumber groups them (``text``, ``x0``, ``x1``, ``top``, ``bottom``, with
        ``chars`` their characters), blank ones left out; with ``outside_tables`` only the characters wholly
        outside every table count."""
        page = self.page
        if outside_tables:
            for table in self._found_tables():
                page = page.outside_bbox(table.bbox)
        return [
            line for line in page.extract_text_lines(x_tolerance=WORD_GAP, return_chars=chars) if line["text"].strip()
        ]

    def image(self, resolution: int) -> Any:
        """The page rendered (a PIL image), for a page that has no text layer."""
        with PDFIUM:
            return self._page.to_image(resolution=resolution).original

    def _found_tables(self) -> list[Any]:
        if self._tables is None:
            self._tables = self.page.find_tables()
        return self._tables


@contextmanager
def printed_pages(source: Path | bytes) -> Iterator[list[PrintedPage]]:
    """The PDF's pages, read when first asked for; raise :class:`UnreadablePdf` when the file cannot be parsed."""
    import pdfplumber
    import pypdfium2
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    data = source.read_bytes() if isinstance(source, Path) else source
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            with PDFIUM:
                document = pypdfium2.PdfDocument(data)
            try:
                fonts: dict[Any, Font | None] = {}  # pdfminer's reading of each font, once a document
                yield [PrintedPage(page, document, fonts) for page in pdf.pages]
            finally:
                with PDFIUM:
                    document.close()
    except (PdfminerException, PDFSyntaxError, PSException, pypdfium2.PdfiumError) as error:
        raise UnreadablePdf(str(error)) from error


Placed = list[tuple[float, float, dict[str, Any]]]


def _inside(placed: Placed, box: tuple[float, float, float, float]) -> Placed:
    """The characters (each with its middle) whose middle is in the box as pdfplumber tests it in a cell: the
    left and top edges in, the right and bottom edges out; in the page's order."""
    left, top, right, bottom = box
    return [item for item in placed if left <= item[0] < right and top <= item[1] < bottom]


def _cell_text(placed: Placed) -> str:
    from pdfplumber.utils import extract_text

    return extract_text([char for *_, char in placed], x_tolerance=WORD_GAP) if placed else ""


def _placed_alike(page: Page) -> bool:
    """pdfium and pdfminer put a page's objects at the same places: the page is not turned and its media box
    starts at the origin and is the page."""
    return not page.rotation % 360 and tuple(page.mediabox[:2]) == (0, 0) and tuple(page.bbox) == tuple(page.mediabox)


def _fonts(page: Any, read: dict[Any, Font | None]) -> Fonts:
    """pdfminer's reading of each font the page's resources (and its forms' resources) name; ``read`` keeps each
    font read by its object's number, for the other pages."""
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdftypes import PDFObjRef, PDFStream, dict_value, resolve1
    from pdfminer.psparser import PSLiteral, literal_name

    manager = PDFResourceManager(caching=True)
    fonts: Fonts = {}
    seen: set[int] = set()

    def visit(resources: Any) -> None:
        resources = resolve1(resources)
        if not isinstance(resources, dict) or id(resources) in seen:
            return
        seen.add(id(resources))
        for reference in (resolve1(resources.get("Font")) or {}).values():
            spec = dict_value(reference)
            base = spec.get("BaseFont")
            if isinstance(base, PSLiteral):
                objid = reference.objid if isinstance(reference, PDFObjRef) else id(spec)
                if objid not in read:
                    read[objid] = _pdfminer_font(manager, objid, spec)
                font = read[objid]
                if font is not None:
                    fonts[literal_name(base).rpartition("+")[2]] = font
        for xobject in (resolve1(resources.get("XObject")) or {}).values():
            stream = resolve1(xobject)
            if isinstance(stream, PDFStream) and literal_name(stream.get("Subtype")) == "Form":
                visit(stream.get("Resources"))

    visit(page.page_obj.resources)
    return fonts


def _pdfminer_font(manager: Any, objid: int | None, spec: dict[str, Any]) -> Font | None:
    from pdfminer.pdfexceptions import PDFException
    from pdfminer.psparser import PSLiteral, literal_name

    try:
        font = manager.get_font(objid, spec)
    except (PDFException, KeyError, TypeError, ValueError):
        return None
    advances: dict[str, float] = {}
    for cid in [*font.widths, *getattr(font, "cid2unicode", {})]:  # a simple font's encoding names the rest
        try:
            advances.setdefault(font.to_unichr(int(cid)), font.char_width(int(cid)))
        except (PDFException, KeyError, TypeError, ValueError):
            continue
    name = font.fontname
    return Font(literal_name(name) if isinstance(name, PSLiteral) else str(name), font.get_descent(), advances)
