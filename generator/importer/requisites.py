"""Requisites: the approval stamp, the appendix mark, «Согласовано» and «Принято» on the title page, the
signature block, «Согласовано» and the «Лист ознакомления» after the text. They are recognised, reported
and kept out of the body: msoko writes its own from the project, and none of them is a clause."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..messages import importer as messages
from ..docx.reader import Paragraph, Table
from .text import all_paragraphs, span_of

STAMP = re.compile(
    r"(?P<kind>приказ(?:ом|у)|постановлени(?:ем|ю)|распоряжени(?:ем|ю)|решени(?:ем|ю))\b.*?\bот\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4}"
    r"|[«\"]?\d{1,2}[»\"]?\s+[а-я]+\s+\d{4})(?:\s*г\.)?\s*№\s*(?P<number>[\w/-]+)",
    re.IGNORECASE | re.DOTALL,
)
MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
OPENERS = (
    ("утвержд", "гриф утверждения"),
    ("согласован", "согласовано"),
    ("принят", "принято"),
    ("рассмотрен", "рассмотрено"),
    ("приложение", "отметка о приложении"),
)
"""The first word of a requisite block on the title page, and what the report calls the block."""
PERSON = r"(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)"
SIGNATURE = re.compile(rf"^(?P<position>[^\t]*?[^\s\t])(?:[\t ]*\t| {{3,}})[\t _]*(?P<name>{PERSON})\s*$")
"""«Начальник управления образования<tab><tab>А.А. Ангеловский»: a position, tabs (or a run of spaces),
initials and a surname."""
NAME = re.compile(rf"^[\s_]*(?P<name>{PERSON})\s*$")
CONTENTS = re.compile(r"^\s*(?:содержание|оглавление)\s*$", re.IGNORECASE)
TOC_LINE = re.compile(r"(?:\t|\.{3,}|…)\s*\d+\s*$")
ACQUAINTANCE = re.compile(r"^\s*лист\s+ознакомлени", re.IGNORECASE)
OWN_APPENDIX = re.compile(r"^\s*приложение\s*(?:№\s*)?\d*\s*(?:к\s+(?:настоящему\s+)?положению\b.*)?$", re.IGNORECASE)
"""«Приложение 1» (over «к Положению о …») or «Приложение к Положению …»: the Положение's own appendix."""
AGREED = re.compile(r"^\s*(?:согласовано|согласован[аоы]?)\s*:?\s*$", re.IGNORECASE)


@dataclass
class Act:
    kind: str
    """The act's word as typed: «приказом» on a stamp, «приказу» on an appendix mark."""
    date: date | None
    number: str
    from_appendix_mark: bool


@dataclass
class Requisites:
    act: Act | None = None
    lines: list[str] = field(default_factory=list)
    """One line per requisite for the report: what it is, its text, where it was."""
    leftover: list[Paragraph] = field(default_factory=list)
    """Title-page text that is no requisite (a letterhead, a note): kept for ``unmapped``."""


def title_page(blocks: list) -> Requisites:
    """The blocks before the title: each block opened by «УТВЕРЖДЕНО», «СОГЛАСОВАНО», «ПРИНЯТО» or
    «Приложение № …» runs to a blank line or the end of its table cell or text box."""
    found = Requisites()
    groups: list[tuple[str, list[Paragraph]]] = []
    container = None
    for paragraph in all_paragraphs(blocks):
        text = paragraph.text.strip()
        kind = _opener(text)
        here = (paragraph.table, paragraph.in_textbox)
        if kind:
            groups.append((kind, [paragraph]))
        elif text and groups and here == container and groups[-1][1][-1].text.strip():
            groups[-1][1].append(paragraph)
        elif text:
            found.leftover.append(paragraph)
        container = here
    stamps = []
    for kind, paragraphs in groups:
        joined = " ".join(" ".join(p.text.split()) for p in paragraphs)
        act = STAMP.search(joined)
        if act and kind in ("гриф утверждения", "отметка о приложении"):
            stamps.append((kind, act))
        shown = " ".join(act.group(0).split()) if act and kind == "гриф утверждения" else _without_opener(joined, kind)
        found.lines.append(f"{kind}: {shown} ← {span_of(paragraphs)}")
    # The stamp «УТВЕРЖДЕНО приказом …» over the appendix mark «Приложение 1 к приказу …»: both name the act.
    stamps.sort(key=lambda item: item[0] != "гриф утверждения")
    if stamps:
        kind, act = stamps[0]
        found.act = Act(
            act.group("kind").lower(),
            parse_date(act.group("date")),
            act.group("number"),
            kind == "отметка о приложении",
        )
    return found


def body_requisites(blocks: list) -> tuple[list, list[str]]:
    """The blocks of the body without the requisites typed after the text, and the report's lines on them."""
    lines: list[str] = []
    contents = _contents(blocks)
    if contents:  # Word's table of contents repeats the headings with page numbers
        lines.append(messages.IMPORT_CONTENTS.format(where=span_of(contents)))
        blocks = [b for b in blocks if not any(b is c for c in contents)]
    sheet = next((i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and ACQUAINTANCE.match(b.text)), None)
    if sheet is not None:
        tail = blocks[sheet:]
        lines.append(messages.IMPORT_ACQUAINTANCE.format(where=span_of(all_paragraphs(tail))))
        blocks = blocks[:sheet]
    kept: list = []
    agreed: list[Paragraph] = []
    for block in blocks:
        if agreed and isinstance(block, Paragraph) and block.text.strip() and len(agreed) < 4:  # position, name, date
            agreed.append(block)
            continue
        if agreed:
            lines.append(_agreed_line(agreed))
            agreed = []
        if isinstance(block, Paragraph) and AGREED.match(block.text.split("\n")[0]):
            agreed = [block]
        elif isinstance(block, Table) and (signed := _signature_table(block)):
            lines.append(messages.IMPORT_SIGNATURE.format(signed=signed, where=span_of(all_paragraphs([block]))))
        elif isinstance(block, Paragraph) and (signed_at := SIGNATURE.match(block.text.strip())):
            position = _position_above(kept) + [signed_at.group("position")]
            where = span_of([p for p in kept[len(kept) - len(position) + 1 :] if isinstance(p, Paragraph)] + [block])
            del kept[len(kept) - len(position) + 1 :]
            signed = f"{' '.join(' '.join(position).split())} {signed_at.group('name')}"
            lines.append(messages.IMPORT_SIGNATURE.format(signed=signed, where=where))
        else:
            kept.append(block)
    if agreed:
        lines.append(_agreed_line(agreed))
    return kept, lines


def own_appendices(blocks: list) -> tuple[list, list]:
    """The body up to the Положение's own first appendix («Приложение 1 к Положению»: a scale, a form), and
    the appendices."""
    for index, block in enumerate(blocks):
        if not isinstance(block, Paragraph) or not OWN_APPENDIX.match(block.text):
            continue
        following = " ".join(b.text for b in blocks[index : index + 2] if isinstance(b, Paragraph)).lower()
        if re.search(r"\bк\s+(?:настоящему\s+)?положению\b", following):
            return blocks[:index], blocks[index:]
    return blocks, []


def _contents(blocks: list) -> list[Paragraph]:
    """Word's table of contents (styles «toc N»), or «Содержание» over lines ending in page numbers."""
    found: list[Paragraph] = []
    listing = False
    for block in blocks:
        if not isinstance(block, Paragraph):
            listing = False
            continue
        entry = block.style_name.lower().startswith("toc") or (
            listing and (TOC_LINE.search(block.text) or not block.text.strip())
        )
        if CONTENTS.match(block.text) or entry:
            found.append(block)
        listing = bool(CONTENTS.match(block.text)) or (listing and bool(entry))
    return found


def _opener(text: str) -> str | None:
    first = text.lower().split("\n")[0]
    if first.startswith("приложение") and not re.match(r"^приложение\s*(№\s*)?\d*\s*(к\s|$)", first):
        return None  # «Приложение к Положению содержит …» is a sentence, not a mark
    return next((kind for stem, kind in OPENERS if first.startswith(stem)), None)


def _without_opener(text: str, kind: str) -> str:
    if kind == "отметка о приложении":
        return text
    return re.sub(r"^\S+\s*:?\s*", "", text, count=1) or text


def _agreed_line(paragraphs: list[Paragraph]) -> str:
    lines = [" ".join(line.split()) for p in paragraphs for line in p.text.split("\n") if line.strip()]
    return messages.IMPORT_AGREED.format(text=", ".join(lines[1:]), where=span_of(paragraphs))


def _position_above(kept: list) -> list[str]:
    """«Начальник» typed on the line above «управления образования<tab>А.А. Ангеловский»: short lines with no
    full stop, just above, belong to the position."""
    above: list[str] = []
    for block in reversed(kept[-2:]):
        text = block.text.strip() if isinstance(block, Paragraph) else ""
        if not text or len(text.split()) > 5 or text.endswith((".", ";", ":")) or block.label:
            break
        above.insert(0, text)
    return above


def _signature_table(table: Table) -> str | None:
    """A table of one or two rows, a position in the first cell and initials with a surname in the last."""
    texts = [[" ".join(cell.split()) for cell in row if cell.strip()] for row in table.texts()]
    if not 1 <= len(texts) <= 2 or any(len(row) < 2 for row in texts):
        return None
    names = [NAME.match(row[-1]) for row in texts]
    if all(names) and not any(ch.isdigit() for row in texts for ch in row[0]):
        return "; ".join(f"{row[0]} {name.group('name')}" for row, name in zip(texts, names) if name)
    return None


def parse_date(text: str) -> date | None:
    numeric = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", text.strip())
    try:
        if numeric:
            return date(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
        day, month, year = text.split()
        return date(int(year), MONTHS.index(month.lower()) + 1, int(day.strip('«»"')))
    except ValueError:
        return None
