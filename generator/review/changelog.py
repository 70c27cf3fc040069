"""What changed between an approved and a current DOCX, said in Russian the way a lawyer cites it:
«п. 4.1», «показатель 1.1.2 «…», графа «Шкала оценивания»», «мероприятие 2.3».

Both documents are read back through :mod:`generator.docx.reader`, so clause numbers are the ones Word
draws, and the comparison is structural: paragraphs by text, table rows keyed by their code."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..docx.reader import Paragraph, Table, WordDocument
from ..messages import review as say

ROW_CODE = re.compile(r"^\d+(\.\d+)*\.?$")
TOKEN = re.compile(r"\w+|[^\w\s]|\s+")
ROW_NOUNS = (
    ("показател", "показатель"),
    ("мероприят", "мероприятие"),
    ("механизм", "механизм"),
    ("критери", "критерий"),
    ("термин", "термин"),
)
QUOTE_LIMIT = 90


@dataclass(frozen=True)
class Unit:
    """One comparable piece of a document: a paragraph outside tables, or a table row."""

    where: str
    text: str
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    indicator: str = ""
    """The indicator code when the row is a line of an indicator table."""


@dataclass
class Change:
    where: str
    details: list[str]
    indicator: str = ""


@dataclass
class DocumentChanges:
    document: str
    title: str
    changes: list[Change] = field(default_factory=list)


def compare(approved: WordDocument, current: WordDocument) -> list[Change]:
    old, new = units(approved), units(current)
    matcher = SequenceMatcher(None, [u.text for u in old], [u.text for u in new], autojunk=False)
    changes: list[Change] = []
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if operation == "equal":
            continue
        changes.extend(_pair(old[old_start:old_end], new[new_start:new_end]))
    return changes


def units(document: WordDocument) -> list[Unit]:
    result: list[Unit] = []
    last_clause = ""
    table_number = 0
    for block in document.blocks:
        if isinstance(block, Table):
            table_number += 1
            result.extend(_rows(block, table_number))
            continue
        if not block.text.strip():
            continue
        where = _paragraph_place(block, last_clause)
        if block.label and not block.is_bullet:
            last_clause = block.label.rstrip(".")
        result.append(Unit(where, block.text))
    return result


def _paragraph_place(paragraph: Paragraph, last_clause: str) -> str:
    number = paragraph.label.rstrip(".")
    if number and not paragraph.is_bullet:
        return (say.SECTION if paragraph.outline_level == 0 else say.CLAUSE).format(number=number)
    if paragraph.is_bullet:
        return say.LISTING_IN_CLAUSE.format(clause=last_clause) if last_clause else say.LISTING
    return say.PARAGRAPH.format(index=paragraph.index, style=paragraph.style_name)


def _rows(table: Table, table_number: int) -> list[Unit]:
    texts = table.texts()
    if not texts:
        return []
    header = tuple(texts[0])
    noun = next((name for stem, name in ROW_NOUNS if any(stem in cell.lower() for cell in header)), say.ROW_NOUN)
    result = []
    for position, (row, cells) in enumerate(zip(table.rows, texts)):
        first_label = row[0][0].label if row and row[0] else ""
        code = (first_label or (cells[0] if cells else "")).strip().rstrip(".")
        keyed = bool(code) and ROW_CODE.match(code) is not None
        if keyed:
            name = next((line for cell in cells[1:] for line in cell.splitlines() if line.strip()), "")
            where = (
                say.KEYED_ROW_NAMED.format(noun=noun, code=code, name=_short(name, 60))
                if name
                else say.KEYED_ROW.format(noun=noun, code=code)
            )
        else:
            where = say.TABLE_HEADER if position == 0 else say.TABLE_ROW.format(row=position + 1)
            where = say.IN_TABLE.format(table=table_number, where=where)
        indicator = code if keyed and noun == "показатель" else ""
        result.append(Unit(where, " | ".join(cells), tuple(cells), header, indicator))
    return result


def _pair(old: list[Unit], new: list[Unit]) -> list[Change]:
    """Match the units of one differing stretch: same place first, then by position, the rest added/removed."""
    changes: list[Change] = []
    unmatched_new = list(new)
    for before in old:
        after = next((u for u in unmatched_new if u.where == before.where), None)
        if after is None and len(old) == len(new):
            after = unmatched_new[0] if unmatched_new else None
        if after is None:
            changes.append(Change(before.where, [say.ROW_REMOVED.format(text=_short(before.text))], before.indicator))
            continue
        unmatched_new.remove(after)
        changes.append(Change(after.where, _details(before, after), after.indicator or before.indicator))
    changes.extend(Change(u.where, [say.ROW_ADDED.format(text=_short(u.text))], u.indicator) for u in unmatched_new)
    return changes


def _details(before: Unit, after: Unit) -> list[str]:
    if before.cells and after.cells and len(before.cells) == len(after.cells):
        details: list[str] = []
        for column, (old, new) in enumerate(zip(before.cells, after.cells)):
            if old != new:
                name = after.header[column] if column < len(after.header) else str(column + 1)
                details.extend(
                    say.COLUMN_CHANGED.format(column=name, change=fragment) for fragment in word_changes(old, new)
                )
        return details
    return word_changes(before.text, after.text)


def word_changes(old: str, new: str) -> list[str]:
    """The changed words only: «дефицитов» → «затруднений», not the whole clause twice."""
    old_tokens, new_tokens = TOKEN.findall(old), TOKEN.findall(new)
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    fragments = []
    for _, old_start, old_end, new_start, new_end in _merged(matcher.get_opcodes(), old_tokens):
        removed = "".join(old_tokens[old_start:old_end]).strip()
        added = "".join(new_tokens[new_start:new_end]).strip()
        if removed and added:
            fragments.append(say.WORDS_REPLACED.format(removed=_short(removed), added=_short(added)))
        elif removed:
            fragments.append(say.WORDS_REMOVED.format(removed=_short(removed)))
        elif added:
            fragments.append(say.WORDS_ADDED.format(added=_short(added)))
    return fragments or [say.FORMATTING_CHANGED]


def _merged(opcodes, old_tokens: list[str]):
    """Join differences separated only by blanks or punctuation, so one edited phrase is one fragment."""
    merged: list[list] = []
    for operation, old_start, old_end, new_start, new_end in opcodes:
        if operation == "equal":
            continue
        if merged and all(
            not token.strip() or not any(ch.isalnum() for ch in token)
            for token in old_tokens[merged[-1][2] : old_start]
        ):
            merged[-1][2], merged[-1][4] = old_end, new_end
        else:
            merged.append([operation, old_start, old_end, new_start, new_end])
    return [tuple(item) for item in merged]


def _short(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def changelog_text(documents: list[DocumentChanges], header: list[str], footer: list[str]) -> str:
    """The Russian change log: changed indicators with the documents they reached, then each document."""
    lines = [say.CHANGELOG_TITLE, say.CHANGELOG_SUBTITLE, "", *header]
    reached: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for document in documents:
        for change in document.changes:
            if change.indicator:
                names.setdefault(change.indicator, change.where)
                if document.document not in reached.setdefault(change.indicator, []):
                    reached[change.indicator].append(document.document)
    if reached:
        lines += ["", say.CHANGED_INDICATORS]
        lines += [f"  — {names[code]}: {', '.join(docs)}" for code, docs in reached.items()]
    for document in documents:
        lines += ["", f"{document.title} ({document.document}):"]
        for change in document.changes:
            lines += [f"  — {change.where}: {detail}" for detail in change.details]
    lines += ["", *footer]
    return "\n".join(lines).rstrip() + "\n"
