"""A PDF as a Word document: the printed lines of each page (from the text layer, :mod:`generator.pdf.reader`, or from
tesseract on a scan) with the page furniture removed — running headers and footers, «Страница 3 из 4» —
joined into paragraphs, and the ruled tables as tables, one continued over a page break joined again.

The paragraphs then pass the importer exactly as a .docx's do: headings are found by the same signals (a
short bold line, a clause number), requisites by the same words."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from ..messages import importer as messages
from ..docx.reader import Paragraph, Table, UnreadableDocument, WordDocument
from ..pdf.reader import WORD_GAP, PrintedPage, PrintedTable, UnreadablePdf, printed_pages
from ..russian import count_phrase
from .formats import ReadDocument
from .layout import PAGE_FURNITURE, Line, PageTable, cell_text, is_column_numbers, paragraphs_of

MAX_PDF_PAGES = 150
"""A Положение with its appendices is under fifty pages; a longer PDF is a collection, not one document."""
TAB_GAP = 14.0
"""Points of empty space inside a line that stand for a tab (a signature's position and name, a stamp's columns)."""
RUNNING_SHARE = 0.6
"""A running header or footer is printed on most pages (an appendix mark heads a few pages only)."""
RUNNING_TOLERANCE = 4.0
"""Points a running line may move between pages."""
SAME_HEADER = 0.85
"""How alike two header rows must read to be the same one repeated."""
FURNITURE_DEPTH = 2
"""Lines at a page's top or bottom examined as header or footer: a title line and a page number at most."""


@dataclass
class Page:
    number: int
    items: list[Line | PageTable] = field(default_factory=list)


def read_pdf(data: bytes) -> ReadDocument:
    """The PDF's text as paragraphs and tables; raise :class:`UnreadableDocument` with a Russian reason."""
    try:
        with printed_pages(data) as printed:
            if len(printed) > MAX_PDF_PAGES:
                raise UnreadableDocument(messages.IMPORT_PDF_PAGES.format(pages=len(printed), limit=MAX_PDF_PAGES))
            pages = [Page(number, _text_page(page) if page.has_text else []) for number, page in enumerate(printed, 1)]
            scanned = [number for number, page in enumerate(printed, start=1) if not page.has_text]
            if scanned:
                from .ocr import recognised_pages

                for number, lines in zip(scanned, recognised_pages([printed[n - 1] for n in scanned])):
                    pages[number - 1].items = list(lines)
    except UnreadablePdf as error:
        raise UnreadableDocument(messages.IMPORT_PDF_UNREADABLE.format(reason=error)) from None
    notes = (
        [messages.IMPORT_PDF_READ.format(pages=count_phrase(len(pages), messages.IMPORT_PAGE_NOUN))]
        if len(scanned) < len(pages)
        else []
    )
    removed = _remove_furniture(pages)
    if removed:
        examples = ", ".join(f"«{text}»" for text in list(dict.fromkeys(removed))[:3])
        notes.append(messages.IMPORT_PDF_FURNITURE.format(count=len(removed), examples=examples))
    if scanned:
        notes.append(messages.IMPORT_OCR_READ.format(pages=", ".join(map(str, scanned))))
    blocks = _blocks(pages, notes)
    return ReadDocument(WordDocument(blocks, {}), notes, recognised=bool(scanned), printed=True)


def _text_page(page: PrintedPage) -> list[Line | PageTable]:
    tables = page.tables()
    items: list[Line | PageTable] = [_line(line) for line in page.lines(chars=True) if not _inside(line, tables)]
    items += [PageTable(table.bbox[1], [[cell_text(cell) for cell in row] for row in table.rows]) for table in tables]
    return sorted(items, key=lambda item: item.top)


def _inside(line: dict, tables: list[PrintedTable]) -> bool:
    """The line's middle is in a table (a line grazing a table's border is not in it)."""
    x, y = (line["x0"] + line["x1"]) / 2, (line["top"] + line["bottom"]) / 2
    return any(left <= x <= right and top <= y <= bottom for left, top, right, bottom in (t.bbox for t in tables))


def _line(line: dict) -> Line:
    """The line's text with a tab where a wide gap parts its words (a signature's position from the name)."""
    text: list[str] = []
    previous = None
    for char in line["chars"]:
        gap = char["x0"] - previous["x1"] if previous is not None else 0.0
        if gap > TAB_GAP:
            text.append("\t")
        elif gap > WORD_GAP and char["text"] != " " and text and text[-1] != " ":
            text.append(" ")
        if not (char["text"] == " " and text and text[-1] in " \t"):
            text.append(char["text"])
        previous = char
    letters = [c for c in line["chars"] if c["text"].strip()]
    bold = bool(letters) and all("bold" in c.get("fontname", "").lower() for c in letters)
    return Line(line["top"], line["bottom"], line["x0"], line["x1"], "".join(text).strip(), bold)


def _remove_furniture(pages: list[Page]) -> list[str]:
    """Running headers and footers (a line at the top or bottom of pages that repeats, digits aside) and page
    numbers go; their texts are returned for the report."""

    def key(line: Line) -> tuple[str, int]:  # the words, digits aside, and the height on the page
        return re.sub(r"\d+", "#", " ".join(line.text.lower().split())), round(line.top / RUNNING_TOLERANCE)

    edges: dict[tuple[str, int], int] = {}
    for page in pages:
        for line in _edge_lines(page):
            edges[key(line)] = edges.get(key(line), 0) + 1
    removed = []
    for page in pages:
        for line in _edge_lines(page):
            if PAGE_FURNITURE.match(line.text) or (len(pages) > 1 and edges[key(line)] >= RUNNING_SHARE * len(pages)):
                page.items.remove(line)
                removed.append(" ".join(line.text.split()))
    return removed


def _edge_lines(page: Page) -> list[Line]:
    lines = [item for item in page.items if isinstance(item, Line)]
    first = [item for item in page.items[:FURNITURE_DEPTH] if isinstance(item, Line)]
    last = [item for item in page.items[-FURNITURE_DEPTH:] if isinstance(item, Line)]
    return [line for line in lines if any(line is edge for edge in first + last)]


def _blocks(pages: list[Page], notes: list[str]) -> list:
    """Paragraphs and tables in reading order, a table continued at the top of the next page joined."""
    sequence: list[list[Line] | PageTable] = []
    for page in pages:
        for index, item in enumerate(page.items):
            if isinstance(item, PageTable):
                previous = sequence[-1] if sequence else None
                continued = index == 0 and isinstance(previous, PageTable) and _same_columns(previous, item)
                if continued and isinstance(previous, PageTable):
                    rows = [row for row in item.rows if not _same_row(row, previous.rows[0])]
                    if rows and _split_row(previous.rows[0], previous.rows[-1], rows[0]):  # a row broken by the page
                        previous.rows[-1] = [_glued(a, b) for a, b in zip(previous.rows[-1], rows.pop(0))]
                    previous.rows.extend(rows)
                    notes.append(
                        messages.IMPORT_PDF_TABLE_JOINED.format(table=sum(isinstance(s, PageTable) for s in sequence))
                    )
                else:
                    sequence.append(PageTable(item.top, list(item.rows)))
            elif sequence and isinstance(sequence[-1], list):
                sequence[-1].append(item)
            else:
                sequence.append([item])
    return _as_word(sequence, notes)


def _same_row(row: list[str], header: list[str]) -> bool:
    """The header row repeated atop a continued table, read again (by tesseract perhaps with a slip)."""

    def letters(cells: list[str]) -> str:
        return "".join(re.findall(r"\w", " ".join(cell or "" for cell in cells).lower()))

    return difflib.SequenceMatcher(None, letters(row), letters(header)).ratio() >= SAME_HEADER


def _split_row(header: list[str], last: list[str], first: list[str]) -> bool:
    """The first row on a page goes on with the last row of the page before: no number of its own, and its
    name (the column headed «Наименование», «Показатель», else the longest) goes on where the last row's
    name stopped short of a full stop («… набравших по ⏎ ЕГЭ не менее 70 баллов …»)."""
    if not last or not first or (first[0] or "").strip():
        return False
    titled = [i for i, title in enumerate(header) if re.search(r"наименован|показател", (title or "").lower())]
    name = titled[0] if titled else max(range(len(last)), key=lambda i: len(last[i] or ""))
    tail = (first[name] or "").strip() if name < len(first) else ""
    return bool(tail) and not (last[name] or "").rstrip().endswith((".", ";"))


def _glued(above: str, below: str) -> str:
    """The two parts of a cell a page broke, read again as one cell."""
    return cell_text("\n".join(part for part in ((above or "").strip(), (below or "").strip()) if part))


def _same_columns(first: PageTable, second: PageTable) -> bool:
    return bool(first.rows and second.rows) and len(first.rows[0]) == len(second.rows[0])


def _as_word(sequence: list, notes: list[str]) -> list:
    blocks: list = []
    counter = {"index": 0, "number": 0, "table": 0}

    def paragraph(text: str, bold: bool, table: int = 0) -> Paragraph:
        counter["index"] += 1
        counter["number"] += not table
        return Paragraph(
            counter["index"],
            text,
            "",
            "",
            None,
            "",
            None,
            bold,
            bool(table),
            [(text, bold, False)],
            number=0 if table else counter["number"],
            table=table,
        )

    for item in sequence:
        if isinstance(item, list):
            blocks.extend(paragraph(text, bold) for text, bold in paragraphs_of(item))
            continue
        counter["table"] += 1
        rows = []
        for row in item.rows:
            if is_column_numbers(row):
                notes.append(messages.IMPORT_PDF_COLUMN_NUMBERS.format(text=" ".join(row), table=counter["table"]))
                continue
            rows.append(
                [
                    [paragraph(line, False, counter["table"]) for line in (cell.split("\n") if cell else [""])]
                    for cell in row
                ]
            )
        blocks.append(Table(rows, [[(1, False)] * len(row) for row in rows], counter["table"]))
    return blocks
