"""Each section of the body into its field of the source."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..messages import importer as messages
from ..sources.kinds import MSOKO, REGULATION, DocumentKind
from ..docx.reader import Paragraph, Table, WordDocument
from .indicator_parts import IndicatorParts
from .indicators import is_indicator_table
from .layout import reflowed, unwrapped
from .report import field_title, ImportedRegulation
from .requisites import body_requisites, own_appendices, title_page
from .sections import SECTIONS
from .structure import NotARegulation, Section, continues_title, has_text, heading_text, is_lead_in, split_sections
from .text import escape, item_kind, item_text, place_of, span_of, strip_typed, to_markdown
from .titles import looked_for, opens_title, recognise, written_opening
from .umbrella import is_criteria_appendix, is_header, mechanism_line, read_principle, umbrella_sections

INLINE_TASKS = re.compile(
    r"^(?:основн\w+\s+)?задач(?:и|ами)(?:\s+(?:мониторинга|мсоко))?(?:\s+явля\w+)?\s*"
    r"(?::|\s[—–-])\s*(?P<items>\S.*;.*)$",
    re.IGNORECASE | re.DOTALL,
)
"""«Задачи мониторинга: получение …; выявление ….» typed as one labelled item."""


def import_regulation(
    document: WordDocument, notes: tuple[str, ...] = (), recognised: bool = False, printed: bool = False
) -> ImportedRegulation:
    """``notes`` say how the file was read (converted, a PDF's page furniture removed); ``recognised`` marks a
    text recognised from a scan, every field of which the report asks to check; ``printed`` says the lines
    were joined into paragraphs already (a PDF), so they are not read as a .docx typed line by line."""
    blocks, joins = reflowed(unwrapped(document.blocks))
    document = dataclasses.replace(document, blocks=blocks)
    paragraphs = [b for b in document.blocks if isinstance(b, Paragraph)]
    if not any(p.text.strip() for p in document.paragraphs()):
        raise NotARegulation(messages.IMPORT_EMPTY)
    title_index = next(
        (
            i
            for i, block in enumerate(document.blocks)
            if isinstance(block, Paragraph) and opens_title(block.text) and not (block.in_table or block.in_textbox)
        ),
        None,
    )
    if title_index is None:
        first = next((p.text.strip() for p in paragraphs if p.text.strip()), "")
        raise NotARegulation(messages.IMPORT_NO_TITLE.format(looked_for=looked_for(), first=first[:60]))
    builder = Builder()
    builder.recognised = recognised
    builder.report.read.extend(notes)
    if joins and not printed:
        builder.report.read.append(messages.IMPORT_REFLOWED.format(count=joins))
    front, rest = document.blocks[:title_index], document.blocks[title_index:]
    requisites = title_page(front)
    body, appendices = own_appendices(builder.title(rest))
    body, tail = body_requisites(body)
    builder.report.requisites.extend(requisites.lines + tail)
    for paragraph in requisites.leftover:
        builder._keep(messages.IMPORT_BEFORE_TITLE.format(where=place_of(paragraph)), paragraph.text)
    kind = recognise(
        builder.data["title"], any(isinstance(b, Table) and is_indicator_table(b) for b in document.blocks)
    )
    builder.model = kind.model
    sections = _split(kind, body)
    if (
        sections
        and sections[0].heading is None
        and "general_provisions" in kind.model.model_fields
        and not any(s.field == "general_provisions" for s in sections)
    ):
        sections[0].field = "general_provisions"  # «Настоящее Положение определяет …» typed before any heading
        builder.report.guessed.append(messages.IMPORT_PREAMBLE)
    for section in sections:
        builder.section(section)
    if kind is MSOKO and is_criteria_appendix(appendices):
        builder.report.mapped.append(
            messages.IMPORT_CRITERIA_APPENDIX.format(where=span_of([b for b in appendices if isinstance(b, Paragraph)]))
        )
    else:
        builder.appendices(appendices)
    builder.finish()
    return ImportedRegulation(
        builder.data, builder.origins, builder.report, requisites.act, kind, builder.mechanism_lines
    )


OWN_SPLIT: dict[str, Callable[[list], list[Section]]] = {
    REGULATION.key: lambda body: split_sections(body, SECTIONS),
    MSOKO.key: umbrella_sections,
}
"""The two Положения are split by the importer's own rules; any other kind at the headings its cue names."""


def _split(kind: DocumentKind, body: list) -> list[Section]:
    split = OWN_SPLIT.get(kind.key)
    return split(body) if split else split_sections(body, kind.import_cue.sections if kind.import_cue else ())


class Builder(IndicatorParts):
    def __init__(self) -> None:
        super().__init__()
        self.mechanism_lines: list[tuple[str, str]] = []

    def title(self, blocks: list) -> list:
        """Read the title into ``data``: «Положение о …» on one line, or «ПОЛОЖЕНИЕ» over «о …» (up to four
        lines; any kind's first words, ``titles``); returns the blocks after it."""
        first = blocks[0]
        words = [" ".join(first.text.split())]
        typed, written = written_opening(words[0])
        if typed.upper() != written.upper():  # «П О Л О Ж Е Н И Е» typed with spaces
            words[0] = written.upper() + words[0][len(typed) :]
        rest = blocks[1:]
        while (
            rest
            and isinstance(rest[0], Paragraph)
            and rest[0].text.strip()
            and len(words) < 4
            and continues_title(rest[0], words)
        ):
            words.append(rest[0].text.strip())
            rest = rest[1:]
        title = " ".join(" ".join(words).split())
        if title.isupper():
            title = title[:1] + title[1:].lower()
            self.report.guessed.append(messages.IMPORT_TITLE_CAPITALS.format(title=title))
        elif title[:1].islower() or title.startswith(written.upper()):
            title = written + title[len(written) :]
        self.data["title"] = title
        self.origins["title"] = place_of(first)
        self.report.mapped.append(messages.IMPORT_TITLE.format(where=place_of(first), title=title))
        return rest

    # The body.

    def section(self, section: Section) -> None:
        name = heading_text(section.heading) if section.heading else messages.IMPORT_BEFORE_FIRST_SECTION
        where = (messages.IMPORT_LEAD_IN_WHERE if section.lead else messages.IMPORT_SECTION_WHERE).format(name=name)
        if section.lowered:
            self.report.guessed.append(messages.IMPORT_TEXT_CAPITALS.format(where=where))
        if section.field is None:
            self._keep(where, to_markdown(section.blocks, section.heading))
            for sub in section.subsections:
                self._keep(
                    messages.IMPORT_SUBSECTION_WHERE.format(where=where, name=heading_text(sub.heading)),
                    to_markdown(sub.blocks, sub.heading),
                )
            return
        handler = getattr(self, f"_{section.field}", None)
        if handler:
            handler(section, where)
        else:
            self._prose(section.field, section.blocks, section.heading, where)

    def _goal_and_tasks(self, section: Section, where: str) -> None:
        lead = next(
            (
                i
                for i, b in enumerate(section.blocks)
                if is_lead_in(b, "задач") or (isinstance(b, Paragraph) and INLINE_TASKS.match(strip_typed(b.text)))
            ),
            None,
        )
        split = messages.IMPORT_SPLIT_BY_LEAD_IN
        if lead is None:
            lead = next(
                (
                    i
                    for i, b in enumerate(section.blocks)
                    if isinstance(b, Paragraph) and item_kind(b, section.heading) != "paragraph"
                ),
                len(section.blocks),
            )
            split = messages.IMPORT_SPLIT_BY_LIST
        self._prose("goal", section.blocks[:lead], section.heading, where)
        self._tasks(Section(section.heading, "tasks", section.blocks[lead:]), where)
        self.report.guessed.append(messages.IMPORT_GOAL_AND_TASKS.format(where=where, split=split))

    def _tasks(self, section: Section, where: str) -> None:
        self._items("tasks", section, where, item_text, lead_stem="задач")

    def _principles(self, section: Section, where: str) -> None:
        """«**Открытость**: …», «открытость — …», «открытость (…)» or just «открытость;», one per paragraph."""
        self._items("principles", section, where, read_principle, lead_stem="принцип")

    def _items(self, key: str, section: Section, where: str, read, lead_stem: str) -> None:
        """A part written as a list, one item per paragraph; its lead-in («Задачи мониторинга:») is omitted."""
        items: list = []
        used: list[Paragraph] = []
        for block in section.blocks:
            if is_lead_in(block, lead_stem):
                self.report.mapped.append(
                    messages.IMPORT_ITEMS_LEAD_IN.format(text=block.text.strip(), field=field_title(key, self.model))
                )
            elif isinstance(block, Paragraph) and (inline := INLINE_TASKS.match(strip_typed(block.text))):
                typed = [
                    re.sub(r"^[а-яa-z\d]\)\s*", "", part.strip()).rstrip(".")
                    for part in inline.group("items").split(";")
                    if part.strip()
                ]
                items.extend(escape(item) for item in typed)
                used.append(block)
                self.report.mapped.append(messages.IMPORT_TASKS_INLINE.format(where=place_of(block), count=len(typed)))
            elif isinstance(block, Paragraph) and block.text.strip():
                items.append(read(block))
                used.append(block)
            elif isinstance(block, Table):
                self._keep(where, to_markdown([block], section.heading))
        if items:
            self.data.setdefault(key, []).extend(items)
            self._origin(key, used, where)

    def _mechanisms(self, section: Section, where: str) -> None:
        """Lines kept as typed: which catalog mechanism each one names is decided with the project's catalog."""
        used = []
        for block in section.blocks:
            rows = (
                [[block]] if isinstance(block, Paragraph) else [[p for cell in row for p in cell] for row in block.rows]
            )
            for number, paragraphs in enumerate(rows):
                line = mechanism_line(paragraphs)
                if line and not (isinstance(block, Table) and number == 0 and is_header(line)):
                    place = (
                        messages.IMPORT_TABLE_ROW_WHERE.format(table=block.number, row=number + 1)
                        if isinstance(block, Table)
                        else place_of(block)
                    )
                    self.mechanism_lines.append((line, f"{where}, {place}"))
                    used.extend(paragraphs)
        self.origins["mechanisms"] = f"{where}, {span_of(used)}"

    def _use_of_results(self, section: Section, where: str) -> None:
        steps = self.data.setdefault("use_of_results", {})
        blocks = self._without_passport_tables(section.blocks, where)
        if any(has_text(b) for b in blocks):
            target = "analysis" if not section.subsections else None
            if target:
                self.report.guessed.append(messages.IMPORT_NO_SUBSECTIONS.format(where=where))
                self._prose(f"use_of_results.{target}", blocks, section.heading, where)
            else:
                self._keep(where, to_markdown(blocks, section.heading))
        for sub in section.subsections:
            name = messages.IMPORT_SUBSECTION_WHERE.format(where=where, name=heading_text(sub.heading))
            self._prose(
                f"use_of_results.{sub.field}", self._without_passport_tables(sub.blocks, name), sub.heading, name
            )
        if not steps:
            self.data.pop("use_of_results")

    def _without_passport_tables(self, blocks: list, where: str) -> list:
        """The blocks but the tables that add to the indicators' passports (the recommendations per indicator)."""
        return [b for b in blocks if not (isinstance(b, Table) and self._passport_table(b, where))]
