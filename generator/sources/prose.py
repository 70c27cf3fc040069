"""Markdown prose → the small document tree of ``schemas.prose`` (markdown-it-py)."""

from __future__ import annotations

import re
from functools import lru_cache

from typing import TYPE_CHECKING

from schemas.prose import Block, ListBlock, ListItem, Paragraph, Span, Table, plain_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MAX_NESTING = 100
"""markdown-it's nesting bound (commonmark's 20 silently drops list levels 9 and deeper); a list may nest
about half as deep, and :func:`too_deep` lets ``check`` refuse deeper ones rather than lose them."""


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    """The parser, made when prose is first parsed: ``check`` seldom needs one (see :func:`is_blank`)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "maxNesting": MAX_NESTING}).enable("table")


PLACEHOLDER = "ЗАПОЛНИТЕ"
"""The marker ``msoko new`` puts in every part; ``check`` treats text holding it as unfilled."""


@lru_cache(maxsize=4096)
def parse_prose(text: str) -> tuple[Block, ...]:
    """Parse Markdown into paragraphs, lists and tables; nothing the author wrote is dropped."""
    tokens = _markdown().parse(text or "")
    blocks, _ = _blocks(tokens, 0, closing=None)
    return tuple(blocks)


def parse_inline(text: str) -> Paragraph:
    """One line of Markdown (a task, a table cell) as a single paragraph."""
    blocks = parse_prose(text)
    spans: list[Span] = []
    for block in blocks:
        if spans:
            spans.append(Span(" "))
        spans.extend(block.spans if isinstance(block, Paragraph) else (Span(_flatten(block)),))
    return Paragraph(tuple(spans))


def too_deep(text: str) -> bool:
    """True when the text nests so deep that markdown-it would stop reading it."""
    if _deepest_prefix(text) < MAX_NESTING // 2:
        return False  # the usual prose, told apart without parsing it
    return any(token.level >= MAX_NESTING - 2 for token in _markdown().parse(text))


_CELL_BORDER = re.compile(r"(?<!\\)\|")
"""A cell border in a table row: a «|» not escaped as «\\|»."""


def overflowing_rows(text: str) -> list[tuple[int, int, int]]:
    """Rows of a Markdown table with more cells than its header: (the row's line in ``text`` from 0, its cells,
    the header's cells). markdown-it drops such cells without a word, and with them the author's text."""
    if "|" not in text:
        return []
    lines = text.split("\n")
    found = []
    header, in_head = 0, False
    for token in _markdown().parse(text):
        if token.type in ("thead_open", "thead_close"):
            in_head, header = token.type == "thead_open", header if token.type == "thead_close" else 0
        elif token.type == "th_open":
            header += 1
        elif token.type == "tr_open" and not in_head and token.map:
            cells = len(_CELL_BORDER.split(lines[token.map[0]].strip().removeprefix("|").removesuffix("|")))
            if cells > header:
                found.append((token.map[0], cells, header))
    return found


_CONTAINER_PREFIX = re.compile(r"^[ \t>*+\-0-9.)]+", re.MULTILINE)


def _deepest_prefix(text: str) -> int:
    """The widest run of indentation and list or quote markers that opens a line, in columns (a tab as four).
    Each level of nesting costs at least one column of it: a quote takes one level a «>», a list two (the
    list and its item) at least two columns, so a text whose prefixes are all narrower than half of
    markdown-it's bound cannot reach it."""
    return max((len(prefix) + 3 * prefix.count("\t") for prefix in _CONTAINER_PREFIX.findall(text)), default=0)


def is_blank(text: str) -> bool:
    if _SHOWN_AS_WRITTEN.search(text) and not _MAY_HIDE_TEXT.search(text):
        return False  # a letter outside the constructs that can hide it is kept by the parser
    return not any(_flatten(block).strip() for block in parse_prose(text))


_SHOWN_AS_WRITTEN = re.compile(r"[A-Za-zА-Яа-яЁё]")
"""Letters, not digits: «1.» alone is an empty list item."""
_MAY_HIDE_TEXT = re.compile(r"[\[`~&]")
"""A link reference definition («[x]: …»), a fence's info string («```текст»), an entity («&nbsp;»): the
only Markdown in which letters can stand and yet no text be read."""


def _flatten(block: Block) -> str:
    return plain_text((block,))


def _blocks(tokens: list[Token], index: int, closing: str | None) -> tuple[list[Block], int]:
    blocks: list[Block] = []
    while index < len(tokens):
        token = tokens[index]
        if closing and token.type == closing:
            return blocks, index + 1
        if token.type in ("paragraph_open", "heading_open"):
            blocks.append(_paragraph(tokens[index + 1], bold=token.type == "heading_open"))
            index += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            listed, index = _list(tokens, index)
            blocks.append(listed)
        elif token.type == "table_open":
            table, index = _table(tokens, index)
            blocks.append(table)
        elif token.type in ("fence", "code_block", "html_block"):
            blocks.append(Paragraph((Span(token.content.rstrip("\n")),)))
            index += 1
        else:  # blockquote and hr frames: their content is kept, the frame is not
            index += 1
    return blocks, index


def _list(tokens: list[Token], index: int) -> tuple[ListBlock, int]:
    opening = tokens[index]
    closing = opening.type.replace("_open", "_close")
    items: list[ListItem] = []
    index += 1
    while tokens[index].type != closing:
        item_blocks, index = _blocks(tokens, index + 1, closing="list_item_close")
        items.append(ListItem(tuple(item_blocks)))
    return ListBlock(ordered=opening.type == "ordered_list_open", items=tuple(items)), index + 1


def _table(tokens: list[Token], index: int) -> tuple[Table, int]:
    rows: list[tuple[Paragraph, ...]] = []
    cells: list[Paragraph] = []
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "inline":
            cells.append(_paragraph(token))
        elif token.type == "tr_close":
            rows.append(tuple(cells))
            cells = []
        index += 1
    header, *body = rows or [()]
    return Table(header=header, rows=tuple(body)), index + 1


def _paragraph(inline: Token, bold: bool = False) -> Paragraph:
    spans: list[Span] = []
    strong = 1 if bold else 0
    emphasis = 0
    for child in inline.children or ():
        kind = child.type
        if kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            emphasis += 1
        elif kind == "em_close":
            emphasis -= 1
        elif kind in ("text", "code_inline", "html_inline"):
            _append(spans, Span(child.content, bold=strong > 0, italic=emphasis > 0))
        elif kind in ("softbreak", "hardbreak"):
            _append(spans, Span(" ", bold=strong > 0, italic=emphasis > 0))
        elif kind == "image":
            _append(spans, Span(child.content, bold=strong > 0, italic=emphasis > 0))
    return Paragraph(tuple(spans))


def _append(spans: list[Span], span: Span) -> None:
    # Adjacent text of the same emphasis becomes one run, as Word would store it.
    if spans and (spans[-1].bold, spans[-1].italic) == (span.bold, span.italic):
        spans[-1] = Span(spans[-1].text + span.text, span.bold, span.italic)
    elif span.text:
        spans.append(span)
