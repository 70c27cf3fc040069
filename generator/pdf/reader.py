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
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .objects import Font, Fonts, page_chars, page_paths
from .text import BOTTOM, TOP, X0, X1, Char, text, text_lines

if TYPE_CHECKING:
    from pdfplumber.page import Page

PDFIUM = threading.Lock()
"""pdfium is not thread-safe: the web app serves on threads, and two imports may read at once."""
WORD_GAP = 1.0
"""Points between two letters that make a space: a tab may leave a gap of little more (LibreOffice draws no space
for it), kerning leaves less."""


CHAR_KEYS = ("text", "fontname", "x0", "x1", "top", "bottom", "upright")
"""A character's fields as pdfplumber names them, in the order of :data:`.text.Char`."""
_CHAR_FIELDS = itemgetter(*CHAR_KEYS)
EDGES = ("line", "rect", "curve")
"""pdfplumber's objects whose edges rule a table."""


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
        self._chars: list[Char] | None = None
        self._tables: list[Any] | None = None

    @property
    def chars(self) -> list[Char]:
        """The page's characters (:data:`.text.Char`)."""
        if self._chars is None:
            self._chars = self._read()
        return self._chars

    def _read(self) -> list[Char]:
        """The page's characters, read by pdfium where it places them as pdfminer does, by pdfminer (through
        pdfplumber) otherwise; the ruled lines pdfium reads go to pdfplumber's page, whose table finder works on
        the objects it keeps in ``_objects``."""
        page = self._page
        if self._document is None or hasattr(page, "_objects") or not _placed_alike(page):
            return [_CHAR_FIELDS(char) for char in page.chars]
        fonts = _fonts(page, self._fonts)
        with PDFIUM:
            handle = self._document[page.page_number - 1]
            textpage = handle.get_textpage()
            try:
                page._objects = page_paths(handle.raw, self.height, float(page.initial_doctop))
                return page_chars(textpage.raw, fonts, self.height)
            finally:
                textpage.close()
                handle.close()

    @property
    def has_text(self) -> bool:
        return bool(self.chars)

    def tables(self) -> list[PrintedTable]:
        """Each table's cells, each cell's text from the characters whose middle is in it, as pdfplumber's
        ``Table.extract`` reads them; but each character's middle is found once, and a row's characters by
        bisection, not by testing every character of the page against every row and cell of every table
        (pdfplumber's way cost a tenth of a second a page of tables)."""
        found_tables = self._found_tables()
        if not found_tables:
            return []
        middles = _Middles(self.chars)
        found = []
        for table in found_tables:
            rows = []
            for row in table.rows:
                in_row = middles.inside(row.bbox)
                rows.append([None if cell is None else _cell_text(_inside(in_row, cell)) for cell in row.cells])
            found.append(PrintedTable(table.bbox, rows))
        return found

    def lines(self, outside_tables: bool = False, chars: bool = False) -> list[dict[str, Any]]:
        """The page's text lines as pdfplumber groups them (``text``, ``x0``, ``x1``, ``top``, ``bottom``, with
        ``chars`` their characters as pdfplumber's dictionaries of ``text``, ``fontname``, ``x0``, ``x1``, ``top``
        and ``bottom``), blank ones left out; with ``outside_tables`` only the characters wholly outside every
        table count."""
        page_chars = self.chars
        if outside_tables:
            for box in [table.bbox for table in self._found_tables()]:  # pdfplumber works a table's box out anew
                page_chars = _outside(page_chars, box)
        lines = [line for line in text_lines(page_chars, WORD_GAP) if line["text"].strip()]
        for line in lines:
            own = line.pop("chars")
            if chars:
                line["chars"] = [dict(zip(CHAR_KEYS, char)) for char in own]
        return lines

    def image(self, resolution: int) -> Any:
        """The page rendered (a PIL image), for a page that has no text layer."""
        with PDFIUM:
            return self._page.to_image(resolution=resolution).original

    def _found_tables(self) -> list[Any]:
        """pdfplumber's tables, found from the page's ruled lines (none to look for on a page without any)."""
        if self._tables is None:
            if self._chars is None:  # the ruled lines are read with the characters
                self._chars = self._read()
            objects = self._page.objects
            self._tables = self._page.find_tables() if any(objects.get(k) for k in EDGES) else []
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


def page_count(path: Path) -> int:
    """The PDF's pages as its page tree counts them (pdfium reads the tree alone); none when it cannot be read."""
    import pypdfium2

    with PDFIUM:
        try:
            document = pypdfium2.PdfDocument(path)
        except (pypdfium2.PdfiumError, OSError):
            return 0
        try:
            return len(document)
        finally:
            document.close()


Placed = list[tuple[float, float, Char]]
Box = tuple[float, float, float, float]


class _Middles:
    """A page's characters with their middles (as pdfplumber finds a cell's characters), sorted by the middle's
    height: the characters of a row of a table are found by bisection."""

    def __init__(self, chars: list[Char]) -> None:
        placed = sorted(
            ((char[TOP] + char[BOTTOM]) / 2, index, (char[X0] + char[X1]) / 2, char) for index, char in enumerate(chars)
        )
        self._heights = [height for height, *_ in placed]
        self._placed = placed

    def inside(self, box: Box) -> Placed:
        """The characters whose middle is in the box, in the page's order (see :func:`_inside`)."""
        left, top, right, bottom = box
        band = self._placed[bisect_left(self._heights, top) : bisect_left(self._heights, bottom)]
        return [(x, y, char) for y, _, x, char in sorted(band, key=itemgetter(1)) if left <= x < right]


def _inside(placed: Placed, box: Box) -> Placed:
    """The characters (each with its middle) whose middle is in the box as pdfplumber tests it in a cell: the
    left and top edges in, the right and bottom edges out; in the page's order."""
    left, top, right, bottom = box
    return [item for item in placed if left <= item[0] < right and top <= item[1] < bottom]


def _cell_text(placed: Placed) -> str:
    return text([char for *_, char in placed], WORD_GAP)


def _outside(chars: list[Char], box: Box) -> list[Char]:
    """The characters whose box shares no point with the other box, as pdfplumber's ``outside_bbox`` tests it
    (most characters are above or below the table: the first two tests settle them). One loop, no call a
    character: this ran for every character of a page once a table."""
    left, top, right, bottom = box
    kept = []
    for char in chars:
        if char[BOTTOM] < top or char[TOP] > bottom or char[X1] < left or char[X0] > right:
            kept.append(char)
            continue
        width = min(char[X1], right) - max(char[X0], left)
        height = min(char[BOTTOM], bottom) - max(char[TOP], top)
        if not (width >= 0 and height >= 0 and width + height > 0):
            kept.append(char)
    return kept


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
