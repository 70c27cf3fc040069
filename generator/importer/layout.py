"""Printed lines back into paragraphs: a PDF's lines, and a .docx converted from PDF where every printed line
became a paragraph of its own («неблагоприя- ⏎ тных», «Страница 3 из 4» between two halves of a sentence).

A line opens a new paragraph after a gap, after a line that ends short of the right margin, when it is
indented (a first-line indent, a centred heading), numbered or bulleted, or when its boldness differs."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace

from ..docx.reader import Paragraph, Table
from ..lint.pdf import joined
from ..scales.reading import band_of
from .structure import TYPED_BULLET, TYPED_NUMBER

PARAGRAPH_GAP = 0.6
"""A vertical gap above a line larger than this share of its height starts a new paragraph."""
INDENT = 8.0
"""Points to the right of the text's left edge that make a first-line indent."""
REFLOW_SHARE = 0.25
"""A .docx is read as printed lines when at least this share of its paragraphs break off mid-sentence."""
REFLOW_MINIMUM = 6
LINE_LABEL = re.compile(
    r"^\s*(?:(?i:раздел|глава)\s+)?(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[а-яa-z]\)|[IVXLC]+\.)\s"
)
"""A clause number opening a line: «2.1.», «3)», «IV.» — never a date («29.12.2012») a line happens to start with."""
PAGE_FURNITURE = re.compile(
    r"^\s*(?:(?:страница|стр\.?)\s*)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*(?:из|/)\s*\d{1,3})?\s*$", re.IGNORECASE
)
"""A page number as printed: «3», «- 3 -», «Страница 3 из 4», «стр. 3»."""


@dataclass
class Line:
    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    bold: bool


@dataclass
class PageTable:
    """A ruled table as printed on one page: its top and its cells' texts, row by row."""

    top: float
    rows: list[list[str]]


def paragraphs_of(lines: list[Line]) -> list[tuple[str, bool]]:
    """The lines' paragraphs as (text, bold)."""
    if not lines:
        return []
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    height = statistics.median(line.bottom - line.top for line in lines)
    groups: list[list[Line]] = []
    previous: Line | None = None
    for line in lines:
        if previous is None or _opens(line, previous, left, right, height):
            groups.append([])
        groups[-1].append(line)
        previous = line
    return [(joined([line.text for line in group]), all(line.bold for line in group)) for group in groups]


def _opens(line: Line, previous: Line, left: float, right: float, height: float) -> bool:
    """``height`` is the usual line's: a line without ascenders is no reason to see a gap."""
    height = max(height, 1.0)
    same_page = line.top > previous.top
    centred = (
        line.x0 > left + INDENT
        and previous.x0 > left + INDENT
        and abs((line.x0 + line.x1) - (previous.x0 + previous.x1)) < 2 * INDENT
        and line.bold == previous.bold
    )
    if centred and same_page and line.top - previous.bottom <= PARAGRAPH_GAP * height:
        return bool(LINE_LABEL.match(line.text))  # a centred heading over two lines stays one
    return (
        (same_page and line.top - previous.bottom > PARAGRAPH_GAP * height)
        or _ends_short(previous, line, right)
        or "\t" in previous.text
        or line.x0 > left + INDENT
        or line.bold != previous.bold
        or bool(LINE_LABEL.match(line.text) or TYPED_BULLET.match(line.text))
    )


def _ends_short(previous: Line, line: Line, right: float) -> bool:
    """The previous line stopped though the next line's first word would have fitted after it: its paragraph
    ended there (ragged-right text wraps only a word that does not fit)."""
    words = line.text.split()
    per_char = (previous.x1 - previous.x0) / max(len(previous.text), 1)
    return bool(words) and previous.x1 + per_char * (len(words[0]) + 1) < right - per_char


def reflowed(blocks: list) -> tuple[list, int]:
    """The body with paragraphs that only continue a printed line joined to the one before, and page furniture
    («Страница 3 из 4», a bare page number) dropped — when the document was typed line by line; else as it is.
    Returns the blocks and how many joins were made."""
    paragraphs = [b for b in blocks if isinstance(b, Paragraph) and b.text.strip()]
    breaks = sum(_continues(b, a) for a, b in zip(paragraphs, paragraphs[1:]))
    if breaks < REFLOW_MINIMUM or breaks < REFLOW_SHARE * len(paragraphs):
        return blocks, 0
    result: list = []
    joins = 0
    for block in blocks:
        if isinstance(block, Paragraph) and PAGE_FURNITURE.match(block.text):
            continue
        if isinstance(block, Paragraph) and not block.text.strip():
            continue  # a blank line between printed lines is a page's spacing, not a paragraph
        last = result[-1] if result else None
        if isinstance(block, Paragraph) and isinstance(last, Paragraph) and _continues(block, last):
            result[-1] = replace(
                last,
                text=joined([last.text.rstrip(), block.text.strip()]),
                spans=[(joined([last.text.rstrip(), block.text.strip()]), last.bold, False)],
            )
            joins += 1
        elif isinstance(block, Table) and isinstance(last, Table) and _same_width(last, block):
            result[-1] = _joined_tables(last, _rewrapped(block))
        else:
            result.append(_rewrapped(block) if isinstance(block, Table) else block)
    return result, joins


def _rewrapped(table: Table) -> Table:
    """A table typed line by line: each cell's printed lines joined as a PDF cell's are (:func:`cell_text`)."""
    rows = []
    for row in table.rows:
        cells = []
        for cell in row:
            text = cell_text("\n".join(p.text for p in cell)) if cell else ""
            cells.append(
                [replace(cell[0], text=line, spans=[(line, cell[0].bold, False)]) for line in text.split("\n")]
                if cell
                else cell
            )
        rows.append(cells)
    return Table(rows, table.merges, table.number)


def _continues(line: Paragraph, previous: Paragraph) -> bool:
    """The line goes on with the sentence the previous one broke off: no clause number or bullet, it begins
    in lower case, and the previous line ends in no full stop, colon or semicolon."""
    text, before = line.text.strip(), previous.text.rstrip()
    if not text or not before or line.label or previous.in_table or line.in_table or line.bold != previous.bold:
        return False
    if TYPED_NUMBER.match(text) or TYPED_BULLET.match(text) or before.endswith((".", ":", ";", "!", "?")):
        return False
    return text[:1].islower() or before.endswith(("-", ","))


def _same_width(first: Table, second: Table) -> bool:
    return bool(first.rows and second.rows) and len(first.rows[0]) == len(second.rows[0])


def _joined_tables(first: Table, second: Table) -> Table:
    """A table broken by a page: the second part's repeated header row dropped."""
    header = first.texts()[0] if first.rows else []
    pairs = [(row, merges) for row, merges, texts in zip(second.rows, second.merges, second.texts()) if texts != header]
    return Table(first.rows + [row for row, _ in pairs], first.merges + [merges for _, merges in pairs], first.number)


def is_column_numbers(row: list[str]) -> bool:
    """«1 | 2 | 3 | 4»: the numbers of the columns printed under the header, no data."""
    cells = [cell.strip() for cell in row if cell and cell.strip()]
    return len(cells) >= 3 and cells == [str(n) for n in range(1, len(cells) + 1)]


def unwrapped(blocks: list) -> list:
    """A table of one cell is a frame drawn round text (a template's bar behind a heading, a boxed title):
    its paragraphs are read as the body's, so a heading in it opens its section."""
    result: list = []
    for block in blocks:
        cells = [cell for row in block.rows for cell in row] if isinstance(block, Table) else []
        if isinstance(block, Table) and len(cells) == 1:
            result.extend(replace(p, in_table=False) for p in cells[0])
        else:
            result.append(block)
    return result


def cell_text(text: str | None) -> str:
    """A cell's printed lines, joined where a line only wraps; a line that is a whole band stays a line of its
    own, as the bands of a scale are one to a line. A word a narrow column broke with no
    hyphen («Соответстви ⏎ е») is whole again when only the whole is a word."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    result: list[list[str]] = []
    for line in lines:
        previous = joined(result[-1]) if result else ""
        ends = bool(band_of(previous)) and ";" not in previous.rstrip(";") and not POINTS_WORD.match(line)
        if result and not ends:
            result[-1].append(line)
        else:
            result.append([line])
    texts = [joined(unbroken(group)) for group in result]
    if any(";" in text.rstrip(";") for text in texts):  # bands typed in a row, «…; …»: one line, as typed
        return " ".join(texts)
    return "\n".join(texts)


SHORT_WORDS = frozenset("в и с к у о а я по на из от до за не ни об во со ко же ли бы".split())
"""Words of one or two letters a line may well begin with: «… регионально ⏎ го» is one word, «… ДОО ⏎ в» two."""
POINTS_WORD = re.compile(r"^(?:балл\w*|б\.)", re.IGNORECASE)


def unbroken(lines: list[str]) -> list[str]:
    """Lines with a word broken over two of them with no hyphen glued back: only when the whole is a word
    and its first part is none («Соответстви ⏎ е развивающе ⏎ й»)."""
    from ..lint.language import is_known

    result = lines[:1]
    for line in lines[1:]:
        head = re.search(r"([А-Яа-яЁё]+)$", result[-1])
        tail = re.match(r"^([а-яё]+)", line)
        if (
            head
            and tail
            and is_known(head.group(1) + tail.group(1))
            and not (is_known(head.group(1)) and (tail.group(1) in SHORT_WORDS or len(tail.group(1)) > 2))
        ):
            result[-1] += line
        else:
            result.append(line)
    return result
