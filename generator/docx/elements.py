"""The generated body as plain objects — paragraphs of runs, tables of cells — written out as WordprocessingML.

A document's body is built, its abbreviations introduced and its narrow cells hyphenated on these
objects, and only then is it written as XML text, once. Plain objects cost a fraction of lxml elements
to make and to walk (a Положение holds a few thousand of them), and what a pass reads or changes is
an attribute, not a path of tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence, Union

from markupsafe import Markup

from ..russian.hyphens import hyphenated
from .oxml import TWIPS_PER_MM, xml_safe

CELL_PADDING_MM = 3.8
"""Word's default cell margins, 1.9 mm each side."""
TABLE_LETTER_MM = 1.9
"""An average Cyrillic letter of the 11 pt table text in Times New Roman, measured in LibreOffice's PDFs."""
LONG_WORD_SHARE = 0.8
"""A word longer than this share of a cell's line may not fit it: it gets soft hyphens."""


@dataclass(slots=True)
class Run:
    """Text of one character style. A tab and a non-breaking hyphen (U+2011) stay in the text: they are
    written as the elements Word keeps for them (``w:tab``, ``w:noBreakHyphen``, which LibreOffice and
    Word both keep on one line with their neighbours)."""

    text: str
    style: str | None = None
    italic: bool = False


@dataclass(slots=True)
class Paragraph:
    style: str
    runs: list[Run] = field(default_factory=list)
    level: int | None = None
    num_id: int | None = None
    keep_next: bool = False
    page_break_before: bool = False
    """Begins a page: an appendix after the document's text."""
    at_page_foot: bool = False
    """Set at the foot of its page, flush left, whatever the text above leaves free: a letter's executor mark (ГОСТ Р
    7.0.97-2025, п. 5.26). A frame anchored to the text area's bottom, which Word and LibreOffice both place there."""

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(slots=True)
class TableCell:
    blocks: list[Block]
    width: int
    """Twips."""
    span: int = 1


@dataclass(slots=True)
class TableRow:
    cells: list[TableCell]
    header: bool = False


@dataclass(slots=True)
class Table:
    style: str
    widths: list[int]
    """Twips, a grid column each."""
    rows: list[TableRow]


@dataclass(frozen=True, slots=True)
class RawXml:
    """A paragraph made as XML elsewhere (a chart's drawing): written as it is, holding no text of ours."""

    xml: str


Block = Union[Paragraph, Table, RawXml]
Cell = list[Block] | tuple[list[Block], int]
"""A table cell as given to :func:`table`: its paragraphs, or its paragraphs and how many grid columns it spans."""


def run(text: str, style: str | None = None, italic: bool = False) -> Run:
    return Run(xml_safe(text), style, italic)


def paragraph(
    style: str,
    runs: Iterable[Run] = (),
    *,
    level: int | None = None,
    num_id: int | None = None,
    keep_next: bool = False,
    page_break_before: bool = False,
    at_page_foot: bool = False,
) -> Paragraph:
    return Paragraph(style, list(runs), level, num_id, keep_next, page_break_before, at_page_foot)


def table(
    style: str,
    widths_mm: Sequence[float],
    rows: Sequence[Sequence[Cell]],
    header_rows: int = 1,
    keep_last: bool = True,
    keep_together: bool = False,
) -> Table:
    """A table whose cells are lists of paragraphs; header rows repeat, no row splits across pages. ``keep_last``:
    the last row is not left alone on a page (a short row would be); rows a third of a page tall each stand well
    alone, and two of them carried over together leave half a page empty. ``keep_together``: a short table of
    short rows (scores with their «Итого») is never split, so its total never stands apart from it."""
    widths = [round(width * TWIPS_PER_MM) for width in widths_mm]
    # The header, the first row and the last two stay together: no header or row alone on a page.
    last = {len(rows) - 2} if keep_last and len(rows) > header_rows + 2 else set()
    kept = set(range(len(rows) - 1)) if keep_together else set(range(header_rows + 1)) | last
    built = []
    for index, cells in enumerate(rows):
        row = TableRow([], header=index < header_rows)
        column = 0
        for content in cells:
            content, span = content if isinstance(content, tuple) else (content, 1)
            blocks = list(content) or [Paragraph("TableText")]
            if index in kept:
                for block in blocks:
                    if isinstance(block, Paragraph):
                        block.keep_next = True
            row.cells.append(TableCell(blocks, sum(widths[column : column + span]), span))
            column += span
        built.append(row)
    return Table(style, widths, built)


def paragraphs(blocks: Iterable[Block]) -> Iterator[Paragraph]:
    """Every paragraph of the blocks in reading order, those in table cells included."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield from paragraphs(cell.blocks)


def _cells(blocks: Iterable[Block]) -> Iterator[TableCell]:
    """Every table cell in reading order, a cell before the cells of a table inside it."""
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield cell
                    yield from _cells(cell.blocks)


def hyphenate_tables(blocks: Iterable[Block]) -> None:
    """Soft hyphens in the words of table cells too long for their column, at the syllables Russian hyphenation
    allows (pyphen's ru_RU patterns): LibreOffice with no hyphenation dictionary breaks such a word anywhere and
    with no hyphen («профориентационн ⏎ ыми»); a soft hyphen shows only where the line breaks. Run on the
    finished text, after abbreviations are introduced."""
    for cell in _cells(blocks):
        line_mm = cell.width / TWIPS_PER_MM - CELL_PADDING_MM
        letters = int(LONG_WORD_SHARE * line_mm / TABLE_LETTER_MM) + 1
        for paragraph_ in paragraphs(cell.blocks):
            for text_run in paragraph_.runs:
                if text_run.text:
                    text_run.text = hyphenated(text_run.text, letters)


# Writing: the XML text of each block, without namespace declarations (the template's body declares them).


PAGE_FOOT_FRAME = (
    '<w:framePr w:wrap="notBeside" w:vAnchor="margin" w:hAnchor="margin" w:xAlign="left" w:yAlign="bottom"/>'
)
"""A frame as wide as its text, at the bottom left of the text area, with no text beside it."""


def to_xml(block: Block) -> str:
    return "".join(xml_pieces(block))


def xml_pieces(block: Block) -> Iterator[str]:
    """The XML text of a block in pieces, a table's a row at a time: a table of thousands of cells (the
    self-assessment's of a thousand mechanisms) is never all text, nor a list of its tags' strings, at once."""
    if isinstance(block, Paragraph):
        yield _paragraph_xml(block)
    elif isinstance(block, Table):
        yield from _table_xml(block)
    else:
        yield block.xml


@dataclass(frozen=True)
class BodyXml:
    """A body's XML written out as UTF-8, a block or a table row a piece (:func:`write_body`): put into a document
    as it is, it is never one string of text, whose Cyrillic takes two bytes a character, nor copied whole."""

    pieces: list[bytes]

    def markup(self) -> Markup:
        return Markup(b"".join(self.pieces).decode("utf-8"))


def write_body(blocks: list[Block]) -> BodyXml:
    """The blocks' XML, each let go as it is written (``blocks`` is emptied)."""
    blocks.reverse()
    pieces: list[bytes] = []
    while blocks:
        pieces.extend(piece.encode("utf-8") for piece in xml_pieces(blocks.pop()) if piece)
    return BodyXml(pieces)


def _paragraph_xml(node: Paragraph) -> str:
    parts = ['<w:p><w:pPr><w:pStyle w:val="', _attribute(node.style), '"/>']
    if node.keep_next:
        parts.append("<w:keepNext/>")
    if node.page_break_before:
        parts.append("<w:pageBreakBefore/>")
    if node.at_page_foot:
        parts.append(PAGE_FOOT_FRAME)
    if node.level is not None or node.num_id is not None:
        parts.append("<w:numPr>")
        if node.level is not None:
            parts.append(f'<w:ilvl w:val="{node.level}"/>')
        if node.num_id is not None:
            parts.append(f'<w:numId w:val="{node.num_id}"/>')
        parts.append("</w:numPr>")
    parts.append("</w:pPr>")
    parts.extend(_run_xml(text_run) for text_run in node.runs)
    parts.append("</w:p>")
    return "".join(parts)


_SPECIAL = re.compile(r"([\t\u2011])")
_SPECIAL_XML = {"\t": "<w:tab/>", "\u2011": "<w:noBreakHyphen/>"}


def _run_xml(node: Run) -> str:
    parts = ["<w:r>"]
    if node.style or node.italic:
        parts.append("<w:rPr>")
        if node.style:
            parts.append(f'<w:rStyle w:val="{_attribute(node.style)}"/>')
        if node.italic:
            parts.append("<w:i/>")
        parts.append("</w:rPr>")
    text = node.text
    for index, part in enumerate(_SPECIAL.split(text) if "\t" in text or "\u2011" in text else (text,)):
        if index % 2:
            parts.append(_SPECIAL_XML[part])
        elif part:
            # Word drops a space that opens or closes a w:t unless told to keep it.
            parts.append('<w:t xml:space="preserve">' if part != part.strip() else "<w:t>")
            parts.append(_text(part))
            parts.append("</w:t>")
    parts.append("</w:r>")
    return "".join(parts)


_TABLE_LOOK = (
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
    'w:noHBand="0" w:noVBand="1"/>'
)


def _table_xml(node: Table) -> Iterator[str]:
    yield "".join(
        [
            '<w:tbl><w:tblPr><w:tblStyle w:val="',
            _attribute(node.style),
            '"/>',
            f'<w:tblW w:w="{sum(node.widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>',
            _TABLE_LOOK,
            "</w:tblPr><w:tblGrid>",
            *(f'<w:gridCol w:w="{width}"/>' for width in node.widths),
            "</w:tblGrid>",
        ]
    )
    for row in node.rows:
        yield _row_xml(row)
    yield "</w:tbl>"


def _row_xml(row: TableRow) -> str:
    parts = [
        "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if row.header else "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
    ]
    for cell in row.cells:
        parts.append(f'<w:tc><w:tcPr><w:tcW w:w="{cell.width}" w:type="dxa"/>')
        if cell.span > 1:
            parts.append(f'<w:gridSpan w:val="{cell.span}"/>')
        parts.append("</w:tcPr>")
        parts.extend(to_xml(block) for block in cell.blocks)
        parts.append("</w:tc>")
    parts.append("</w:tr>")
    return "".join(parts)


def _text(value: str) -> str:
    if "&" in value or "<" in value or ">" in value or "\r" in value:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return value


def _attribute(value: str) -> str:
    return _text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
