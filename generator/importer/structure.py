"""The document's structure: which paragraphs are headings, at which level, and the sections they open."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
import re

from ..documents import INDICATORS_CAPTION, INDICATORS_INTRO, MAX_POINTS
from ..documents.regulation import MUNICIPAL_VALUE_LINE, RECOMMENDATIONS_INTRO
from ..docx.reader import Paragraph, Table
from ..docx.typed import TYPED_BULLET as TYPED_BULLET, TYPED_NUMBER as TYPED_NUMBER
from .sections import INLINE_LEAD, SECTIONS, STEPS, UMBRELLA_SECTIONS, section_for
from .titles import goes_on


ROMAN_DIGITS = "IVXLC"


GENERATED_LINES = tuple(
    re.compile("^" + re.sub(r"\d+", r"\\d+", re.escape(line.replace("{total}", "0"))) + "$")
    for line in (INDICATORS_INTRO, INDICATORS_CAPTION, MAX_POINTS, RECOMMENDATIONS_INTRO)
)
"""Lines msoko writes by itself from the data: importing them would only duplicate them."""


@dataclass
class Section:
    heading: Paragraph | None
    field: str | None
    blocks: list = dataclasses.field(default_factory=list)
    subsections: list["Section"] = dataclasses.field(default_factory=list)
    lead: bool = False
    """Opened by a lead-in line such as «Основные задачи МСОКО:» rather than by a heading."""
    lowered: bool = False
    """The text after an inline lead-in («ЦЕЛЬ: …») was typed in capitals and is written in lower case."""


class NotARegulation(Exception):
    """The document is not a Положение; the message says what was found instead."""


def split_sections(blocks: list, rules) -> list[Section]:
    """Split the body at its headings, whatever marks them (see :func:`heading_signal`).

    The headings that carry a section's name decide which signal the document uses and at which level
    its sections stand: Heading 2 sections under a Heading 1 title, «1.» under «Раздел I», or bold lines.
    A heading one level deeper opens a step of «Использование результатов», else it stays in the text."""
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    signals = {id(p): signal for p in paragraphs if (signal := heading_signal(p))}
    named = [signals[id(p)] for p in paragraphs if id(p) in signals and section_for(rules, heading_text(p))]
    order = ("outline", "numbered", "emphasis")
    counts = {kind: sum(k == kind for k, _ in named) for kind in order}
    chosen = max(order, key=lambda kind: (counts[kind], -order.index(kind)))  # the signal most sections use
    kinds = {chosen} | ({"emphasis"} if chosen == "numbered" else set()) if counts[chosen] else {"emphasis"}
    levels = [level for kind, level in named if kind in kinds]
    section_level = min(levels, default=0)
    sections = [Section(None, None)]
    for block in blocks:
        kind, level = signals.get(id(block), ("", -1))
        if kind not in kinds or (
            kind == "emphasis" and "numbered" in kinds and not section_for(rules, heading_text(block))
        ):
            level = -1
        if 0 <= level <= section_level:
            sections.append(Section(block, section_for(rules, heading_text(block))))
        elif (
            level == section_level + 1
            and sections[-1].field == "use_of_results"
            and (step := section_for(STEPS, heading_text(block)))
        ):
            sections[-1].subsections.append(Section(block, step))
        elif sections[-1].subsections:
            sections[-1].subsections[-1].blocks.append(block)
        else:
            sections[-1].blocks.append(block)
    return [s for s in sections if s.heading is not None or any(has_text(b) for b in s.blocks)]


def heading_signal(paragraph: Paragraph) -> tuple[str, int] | None:
    """How Word marks the paragraph as a heading, and at which depth (0 is the top):

    ``outline`` — a heading style at any level or an outline level, on the style (also a custom one) or the
    paragraph; ``numbered`` — a clause number, drawn by Word's numbering or typed, on a short line that is
    bold, in capitals or a section's name; ``emphasis`` — a short line in bold or capitals, unnumbered."""
    text = paragraph.text.strip()
    if paragraph.in_table or paragraph.in_textbox or not text:
        return None
    words = heading_text(paragraph)
    if INLINE_LEAD.match(words) or len(words) > 150:  # «ЦЕЛЬ: …» opens a part, it is no heading
        return None
    if paragraph.outline_level is not None:
        return "outline", paragraph.outline_level
    if len(words) > 100 or words.endswith((":", ";", ",")):
        return None
    word_numbered = is_clause_number(paragraph.label)
    label = paragraph.label if word_numbered else (typed_label(text) or "")
    emphasised = paragraph.bold or (words.isupper() and len(words) > 3)
    if is_clause_number(label):
        depth = (paragraph.list_level or 0) + 1 if word_numbered else label_depth(label)
        short = len(words.split()) <= 12 and not words.endswith(".")
        if emphasised or (depth == 1 and short and section_for(SECTIONS + UMBRELLA_SECTIONS, words)):
            return "numbered", depth - 1
        return None
    if emphasised and not paragraph.label:
        return "emphasis", 0
    return None


def heading_text(paragraph: Paragraph | None) -> str:
    """The heading's words without the number typed before them; empty for the part before any heading."""
    if paragraph is None:
        return ""
    return TYPED_NUMBER.sub("", paragraph.text.strip(), count=1).strip().rstrip(".")


def has_text(block) -> bool:
    return isinstance(block, Table) or bool(block.text.strip())


def is_lead_in(block, stem: str) -> bool:
    """«Мониторинг проводится по следующим показателям:» introduces a list msoko writes in its own way."""
    return isinstance(block, Paragraph) and block.text.strip().endswith(":") and stem in block.text.lower()


def is_generated(block) -> bool:
    return isinstance(block, Paragraph) and any(
        p.match(" ".join(block.text.split())) for p in (*GENERATED_LINES, MUNICIPAL_VALUE_LINE)
    )


def label_depth(label: str) -> int:
    """«2.» and «II.» are 1, «2.1.» is 2."""
    return label.rstrip(".").count(".") + 1


def is_clause_number(label: str) -> bool:
    """A clause number («2.1.», «II.»), not a list letter («а)») or bullet."""
    return bool(label) and (label[0].isdigit() or label[0] in ROMAN_DIGITS)


def typed_label(text: str) -> str | None:
    typed = TYPED_NUMBER.match(text)
    return typed.group("label") if typed else None


def typed_depth(heading: Paragraph | None) -> int:
    label = typed_label(heading.text) if heading is not None else None
    return label_depth(label) if label and is_clause_number(label) else 1


def continues_title(paragraph: Paragraph, words: list[str]) -> bool:
    """«ПОЛОЖЕНИЕ» on one line and «о мониторинге …» on the next (often bold, like a heading) make one title."""
    text = paragraph.text.strip()
    if len(words) == 1 and (going_on := goes_on(words[0], text)) is not None:
        return going_on
    if typed_label(text) or section_for(SECTIONS, heading_text(paragraph)):
        return False
    return text[:1].islower() or (text.isupper() and len(text) < 150)
