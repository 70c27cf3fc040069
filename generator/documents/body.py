"""What every document body is made of: the Body being written, and helpers the kinds share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from markupsafe import Markup

from ..docx import blocks
from ..docx.blocks import BULLET, CLAUSE, SUBCLAUSE, prose_elements, text_paragraph
from ..docx.elements import Block as Element, BodyXml, Paragraph, hyphenate_tables, paragraph, write_body
from ..sources.prose import parse_inline, parse_prose
from ..russian import lower_first
from ..sources.model import ProjectSources


@dataclass(frozen=True)
class RelatedPart:
    """A package part the body refers to by relationship id (a chart)."""

    name: str
    data: bytes
    content_type: str
    relationship: str
    relationship_id: str


@dataclass
class Body:
    """The generated part of one document, in the order it is written."""

    width_mm: float
    elements: list[Element] = field(default_factory=list)
    related: list[RelatedPart] = field(default_factory=list)

    def section(self, title: str) -> None:
        self.elements.append(text_paragraph("Heading1", title, keep_next=True))

    def subsection(self, title: str) -> None:
        # Direct numPr: the list's level 2 is linked to the clause style, and LibreOffice
        # numbers a second style on the same level only when the paragraph names the list itself.
        self.elements.append(text_paragraph("Heading2", title, keep_next=True, level=1, num_id=1))

    def part(self, title: str, markdown: str, optional: bool = False) -> None:
        """A section and its prose; an optional part is left out while its text is empty."""
        if optional and not markdown.strip():
            return
        self.section(title)
        self.prose(markdown)

    def prose(self, markdown: str, clause: str = CLAUSE, subclause: str = SUBCLAUSE) -> None:
        self.elements.extend(kept_with_next(prose_elements(parse_prose(markdown), self.width_mm, clause, subclause)))

    def clauses(self, lines: list[str], style: str = CLAUSE) -> None:
        for line in lines:
            self.elements.append(
                paragraph(style, blocks.runs(parse_inline(sentence(line)).spans), keep_next=is_lead_in(line))
            )

    def items(self, lead: str, items: list[str], style: str = CLAUSE, item_style: str = SUBCLAUSE) -> None:
        """«Руководителям ОО:» and its items, which continue the sentence: «обеспечить …;», «… .»."""
        self.clauses([lead], style=style)
        for item in list_items([lower_first(item) for item in items]):
            self.elements.append(paragraph(item_style, blocks.runs(parse_inline(item).spans)))

    def listing(self, lead: str, items: list[str], style: str = "Text") -> None:
        """«Для достижения … необходимо:» (a numbered clause in ``style``) and its bullets, punctuated
        as a Russian list."""
        self.elements.append(text_paragraph(style, lead, keep_next=True))
        for line in list_items(items):
            self.elements.append(paragraph(BULLET, blocks.runs(parse_inline(line).spans)))

    def written(self) -> BodyXml:
        """The body's XML, written once: its elements are let go as they are written (a whole project's document,
        the self-assessment of a thousand mechanisms, holds tens of thousands of them)."""
        hyphenate_tables(self.elements)
        elements, self.elements = self.elements, []
        return write_body(elements)

    def markup(self) -> Markup:
        """The body's XML as text, for a template to print where it likes (an act's preamble and points)."""
        return self.written().markup()


def is_lead_in(text: str) -> bool:
    """«Руководителям ОО:», «Объектами оценки являются:»: a line the list after it continues."""
    return text.rstrip().endswith(":")


def kept_with_next(elements: list[Element]) -> list[Element]:
    """A lead-in kept on the page of its list's first item: it never stands alone at a page's foot."""
    for element in elements:
        if isinstance(element, Paragraph) and is_lead_in(element.text):
            element.keep_next = True
    return elements


def cell_prose(markdown: str, width_mm: float) -> list[Element]:
    return prose_elements(
        parse_prose(markdown), width_mm, clause="TableText", subclause="TableText", bullet="TableBullet"
    )


def groups(project: ProjectSources, codes: list[str]) -> list[tuple[str, list[str]]]:
    """Codes grouped under the catalog's group titles, in the catalog's group order."""
    if project.catalog is None:
        return []
    mechanisms = project.mechanisms
    titles = {group.number: group.title for group in project.catalog.model.groups}
    grouped = []
    for number, title in sorted(titles.items()):
        members = [code for code in codes if code in mechanisms and mechanisms[code].group == number]
        if members:
            grouped.append((title, members))
    return grouped


def scaled(widths: Sequence[float], width_mm: float) -> list[float]:
    scale = width_mm / sum(widths)
    return [width * scale for width in widths]


def sentence(text: str) -> str:
    """A list line as a clause: capital first letter, a full stop (or the colon it has) at the end."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".:;!?" else text + "."


def list_items(items: list[str]) -> list[str]:
    """Items of a Russian list: each ends with «;», the last with «.», unless the author punctuated it."""
    result = []
    for index, item in enumerate(items):
        item = item.strip()
        if item and item[-1] not in ".;:!?":
            item += "." if index == len(items) - 1 else ";"
        result.append(item)
    return result
