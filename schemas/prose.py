"""The small document tree that Markdown prose is parsed into."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A run of text with emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class ListItem:
    blocks: tuple["Block", ...]


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[ListItem, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[Paragraph, ...]
    rows: tuple[tuple[Paragraph, ...], ...] = field(default=())


Block = Paragraph | ListBlock | Table


def plain_text(blocks: tuple[Block, ...]) -> str:
    """All text of a block tree, one block a line; for emptiness checks and tests."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, ListBlock):
            for item in block.items:
                lines.append(plain_text(item.blocks))
        else:
            for row in (block.header, *block.rows):
                lines.append(" | ".join(cell.text for cell in row))
    return "\n".join(lines)
