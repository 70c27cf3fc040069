"""The prose tree and plain lines as Word paragraphs, lists and tables (styles from the template)."""

from __future__ import annotations

from schemas.prose import Block, ListBlock, Paragraph, Span, Table

from ..russian.typography import typograph
from .elements import Block as Element, Cell, Run, paragraph, run, table

CLAUSE, SUBCLAUSE, BULLET = "Clause", "Subclause", "ListBullet"
TABLE_STYLE, TABLE_TEXT, TABLE_HEADING = "MsokoTable", "TableText", "TableHeading"


def runs(spans: tuple[Span, ...] | list[Span]) -> list[Run]:
    texts = typograph([span.text for span in spans])
    return [run(text, "Strong" if span.bold else None, italic=span.italic) for span, text in zip(spans, texts)]


def text_paragraph(style: str, text: str, **kwargs) -> Element:
    return paragraph(style, runs([Span(text)]), **kwargs)


def prose_elements(
    blocks: tuple[Block, ...], width_mm: float, clause: str = CLAUSE, subclause: str = SUBCLAUSE, bullet: str = BULLET
) -> list[Element]:
    """Top-level paragraphs become numbered clauses, ordered lists sub-clauses, bullets Word bullets."""
    elements: list[Element] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            elements.append(paragraph(clause, runs(block.spans)))
        elif isinstance(block, ListBlock):
            elements.extend(_list(block, subclause if block.ordered else None, depth=0, bullet=bullet))
        else:
            elements.append(prose_table(block, width_mm))
    return elements


def _list(block: ListBlock, numbered_style: str | None, depth: int, bullet: str = BULLET) -> list[Element]:
    elements: list[Element] = []
    for item in block.items:
        first, *rest = item.blocks or (Paragraph(()),)
        spans = first.spans if isinstance(first, Paragraph) else ()
        if numbered_style:
            elements.append(paragraph(numbered_style, runs(spans)))
        else:
            elements.append(paragraph(bullet, runs(spans), level=min(depth, 1)))
        for nested in rest:
            if isinstance(nested, ListBlock):
                elements.extend(_list(nested, None, depth + 1, bullet))
            elif isinstance(nested, Paragraph):
                elements.append(paragraph("Text", runs(nested.spans)))
    return elements


def prose_table(block: Table, width_mm: float) -> Element:
    columns = max([len(block.header), *(len(row) for row in block.rows)] or [1])
    widths = [width_mm / columns] * columns
    rows: list[list[Cell]] = [[[paragraph(TABLE_HEADING, runs(cell.spans))] for cell in _pad(block.header, columns)]]
    rows += [[[paragraph(TABLE_TEXT, runs(cell.spans))] for cell in _pad(row, columns)] for row in block.rows]
    return table(TABLE_STYLE, widths, rows)


def _pad(cells: tuple[Paragraph, ...], columns: int) -> list[Paragraph]:
    return list(cells) + [Paragraph(())] * (columns - len(cells))


def cell(*lines: str, style: str = TABLE_TEXT) -> list[Element]:
    return [text_paragraph(style, line) for line in lines if line]
