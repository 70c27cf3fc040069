"""Prose back to Markdown: list items, emphasis, tables; and the places paragraphs are named by in the report."""

from __future__ import annotations

import re

from ..docx.reader import Paragraph, Table
from ..messages import importer as messages
from ..docx.typed import strip_typed as strip_typed
from .structure import TYPED_BULLET, TYPED_NUMBER, is_clause_number, label_depth, typed_depth, typed_label


def to_markdown(blocks: list, heading: Paragraph | None) -> str:
    chunks: list[str] = []
    previous_kind = None
    for block in blocks:
        if isinstance(block, Table):
            chunks.append(("\n\n" if chunks else "") + _markdown_table(block))
            previous_kind = "table"
            continue
        if not block.text.strip():
            continue
        kind = item_kind(block, heading)
        line = item_text(block)
        if kind == "bullet":
            indent = "  " * min(block.list_level or 0, 1) if block.label else ""
            text = f"{indent}- {line}"
        elif kind == "ordered":
            text = f"1. {line}"
        else:
            text = line
        joined = kind in ("bullet", "ordered") and previous_kind == kind
        chunks.append(("\n" if joined else "\n\n") + text if chunks else text)
        previous_kind = kind
    return "".join(chunks).strip()


def item_kind(paragraph: Paragraph, heading: Paragraph | None) -> str:
    if paragraph.is_bullet or (not paragraph.label and TYPED_BULLET.match(paragraph.text)):
        return "bullet"
    base = label_depth(heading.label) if heading is not None and heading.label else typed_depth(heading)
    label = paragraph.label or (typed_label(paragraph.text) or "")
    if not label:
        return "paragraph"
    if not is_clause_number(label) or label.endswith(")"):
        return "ordered"
    return "ordered" if label_depth(label) > base + 1 else "paragraph"


def item_text(paragraph: Paragraph) -> str:
    """The paragraph as inline Markdown, without the number or dash typed before it."""
    if TYPED_NUMBER.match(paragraph.text) or TYPED_BULLET.match(paragraph.text):
        return escape(strip_typed(paragraph.text))
    return _inline(paragraph)


def _inline(paragraph: Paragraph) -> str:
    parts = []
    for text, bold, italic in paragraph.spans or [(paragraph.text, False, False)]:
        escaped = escape(text)
        core = escaped.strip()
        if not core or not (bold or italic):
            parts.append(escaped)
            continue
        mark = "***" if bold and italic else "**" if bold else "*"
        lead, trail = escaped[: len(escaped) - len(escaped.lstrip())], escaped[len(escaped.rstrip()) :]
        parts.append(f"{lead}{mark}{core}{mark}{trail}")
    return "".join(parts).replace("\n", " ").strip()


def escape(text: str) -> str:
    text = re.sub(r"([\\*_`\[\]<>])", r"\\\1", text)
    return re.sub(r"^(\s*)([#>+-]|\d+[.)])(\s)", r"\1\\\2\3", text)


def _markdown_table(table: Table) -> str:
    rows = [[" ".join(escape(cell).replace("|", "\\|").split()) for cell in row] for row in table.texts()]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def all_paragraphs(blocks: list) -> list[Paragraph]:
    result = []
    for block in blocks:
        if isinstance(block, Paragraph):
            result.append(block)
        else:
            result.extend(p for row in block.rows for cell in row for p in cell)
    return result


def span_of(paragraphs: list[Paragraph]) -> str:
    """Where paragraphs are, as a reader finds them: «абзацы 3–5» counts the non-empty paragraphs of the main
    text as Word's statistics do, with the document's own clause numbers when it has them («(пп. 2.1–2.3)»);
    a table is named by its number among the tables, a text box as such."""
    body = sorted((p for p in paragraphs if p.number), key=lambda p: p.number)
    places = []
    if body:
        first, last = body[0], body[-1]
        clauses = [_clause(first), _clause(last)]
        if first is last:
            places.append(
                messages.IMPORT_PARAGRAPH.format(number=first.number)
                + (messages.IMPORT_PARAGRAPH_CLAUSE.format(clause=clauses[0]) if clauses[0] else "")
            )
        else:
            places.append(
                messages.IMPORT_PARAGRAPHS.format(first=first.number, last=last.number)
                + (messages.IMPORT_PARAGRAPHS_CLAUSES.format(first=clauses[0], last=clauses[1]) if all(clauses) else "")
            )
    places += list(dict.fromkeys(messages.IMPORT_TABLE.format(table=p.table) for p in paragraphs if p.table))
    if any(p.in_textbox and not p.table for p in paragraphs):
        places.append(messages.IMPORT_TEXT_BOX)
    return ", ".join(places)


def _clause(paragraph: Paragraph) -> str:
    """The clause number the document gives the paragraph («2.2»), by Word's numbering or typed."""
    label = paragraph.label or typed_label(paragraph.text) or ""
    return label.rstrip(".") if is_clause_number(label) and not label.endswith(")") else ""


def place_of(paragraph: Paragraph) -> str:
    return span_of([paragraph])


def shortened(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
