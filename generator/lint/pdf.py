"""A PDF's text in reading order (:mod:`generator.pdf.reader`): the text outside tables as paragraphs, each table
cell whole (its lines joined), in the order a reader meets them on each page.

``pdftotext`` gives a table either as interleaved lines of its columns (``-layout``) or as columns mixed in an
order of its own: the pieces of one cell («(далее — ФИС ⏎ ОКО)») fall apart and the pieces of two columns
join («4 семей»). The reader finds a table by its ruled borders and reads each cell on its own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..pdf.reader import PrintedPage, UnreadablePdf, printed_pages
from .language import in_word_list, is_known

__all__ = ["PdfBlock", "UnreadablePdf", "joined", "read_pdf_blocks"]

PARAGRAPH_GAP = 0.5
"""A vertical gap above a line larger than this share of its height starts a new paragraph."""
SHORT_LINE = 0.85
"""A line ending before this share of the text's width ends its paragraph."""
PAGE_NUMBER_ZONE = 0.1
"""The top share of a page where a line holding only a number is the page's number."""
HYPHEN_BREAK = "\u0000"
"""Marks a hyphen at a line's end while a passage's lines are joined, until its word is read whole."""
_WORD_HYPHEN = re.compile(r"\w-$")
_BEFORE_DIGIT = re.compile(r"(?:\w-|\d–)$")
TAIL = 3
"""The end of a text these patterns can match: two characters, and a line break ``$`` may stand before."""
_HYPHENATED = re.compile(rf"\w+(?:{HYPHEN_BREAK}\w+)+")


@dataclass
class PdfBlock:
    """A paragraph outside tables or one table cell: its lines as printed."""

    lines: list[str]
    in_table: bool = False
    first_cell: bool = False


def read_pdf_blocks(path: Path) -> list[PdfBlock]:
    with printed_pages(path) as pages:
        return [block for page in pages for block in _page_blocks(page)]


def _page_blocks(page: PrintedPage) -> list[PdfBlock]:
    placed: list[tuple[float, list[PdfBlock]]] = [(top, [block]) for top, block in _paragraphs(page)]
    placed.extend((table.bbox[1], _cells(table.rows)) for table in page.tables())
    return [block for _, blocks in sorted(placed, key=lambda item: item[0]) for block in blocks]


def _paragraphs(page: PrintedPage) -> list[tuple[float, PdfBlock]]:
    """Lines outside tables grouped into paragraphs: a line after a gap, or after a line that ends short of the
    right edge, opens a new one. Paragraphs that run on without either merge, which the text rules allow."""
    lines = page.lines(outside_tables=True)
    if lines and _is_page_number(lines[0], page.height):
        lines = lines[1:]  # not a paragraph: read as one, it would close the section its page breaks
    if not lines:
        return []
    left, right = min(line["x0"] for line in lines), max(line["x1"] for line in lines)
    paragraphs: list[tuple[float, PdfBlock]] = []
    previous: dict[str, Any] | None = None
    for line in lines:
        height = line["bottom"] - line["top"]
        if (
            previous is None
            or line["top"] - previous["bottom"] > PARAGRAPH_GAP * height
            or previous["x1"] - left < SHORT_LINE * (right - left)
        ):
            paragraphs.append((line["top"], PdfBlock([])))
        paragraphs[-1][1].lines.append(line["text"].strip())
        previous = line
    return paragraphs


def _is_page_number(line: dict[str, Any], page_height: float) -> bool:
    """The page's number in its top margin («4» over the text from page 2 on)."""
    return line["text"].strip().isdigit() and line["bottom"] < PAGE_NUMBER_ZONE * page_height


def _cells(rows: list[list[str | None]]) -> list[PdfBlock]:
    """Each cell of a table whole, row by row; a cell merged into its neighbour reads as None."""
    return [
        PdfBlock([line.strip() for line in cell.splitlines() if line.strip()], True, index == 0)
        for row in rows
        for index, cell in enumerate(row)
        if cell and cell.strip()
    ]


def joined(lines: list[str]) -> str:
    """A passage's printed lines as one text. A word hyphenated at a line's end, perhaps more than once in a narrow
    cell («про- ⏎ фориентацион- ⏎ ных»), is whole again unless the whole is no word and its last part is one
    («онлайн- ⏎ опрос», «психолого- ⏎ педагогические»); a hyphen before a digit («ГИА- ⏎ 9») or a range's dash
    («7– ⏎ 11») stays, with no space after it. A word broken with no hyphen stays broken: the reader sees it so."""
    text = lines[0] if lines else ""
    for line in lines[1:]:
        end = text[-TAIL:]  # what the patterns can see: searched whole, a long passage took time squared
        if _WORD_HYPHEN.search(end) and line[:1].islower():
            text = text[:-1] + HYPHEN_BREAK + line
        elif _BEFORE_DIGIT.search(end) and line[:1].isdigit():
            text += line
        else:
            text += " " + line
    return _HYPHENATED.sub(_dehyphenated, text) if HYPHEN_BREAK in text else text


def _dehyphenated(match: re.Match[str]) -> str:
    parts = match.group(0).split(HYPHEN_BREAK)
    whole = "".join(parts)
    compound = not (is_known(whole) or in_word_list(whole)) and is_known(parts[-1])
    return "-".join(parts) if compound else whole
