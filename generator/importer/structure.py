"""The document's structure: which paragraphs are headings, at which level, and the sections they open."""

from __future__ import annotations

from dataclasses import dataclass, field
import re

from ..documents import INDICATORS_CAPTION, INDICATORS_INTRO, MAX_POINTS
from ..docx.reader import Paragraph, Table
from .sections import INLINE_LEAD, SECTIONS, STEPS, UMBRELLA_SECTIONS, section_for


TYPED_NUMBER = re.compile(r"^\s*(?:(?i:раздел|глава)\s+)?(?P<label>\d+(?:\.\d+)+\.?|\d+[.)]|[IVXLC]+\.|[а-яa-z]\))\s+")


ROMAN_DIGITS = "IVXLC"


TYPED_BULLET = re.compile(r"^\s*[-–—•·▪●]\s*")


TITLE = re.compile(r"^\s*положение\b", re.IGNORECASE)


GENERATED_LINES = tuple(re.compile("^" + re.sub(r"\d+", r"\\d+", re.escape(line.replace("{total}", "0"))) + "$")
                        for line in (INDICATORS_INTRO, INDICATORS_CAPTION, MAX_POINTS))
"""Lines msoko writes by itself from the data: importing them would only duplicate them."""


@dataclass
class Section:
    heading: Paragraph | None
    field: str | None
    blocks: list = field(default_factory=list)
    subsections: list["Section"] = field(default_factory=list)
    lead: bool = False
    """Opened by a lead-in line such as «Основные задачи МСОКО:» rather than by a heading."""
    lowered: bool = False
    """The text after an inline lead-in («ЦЕЛЬ: …») was typed in capitals and is written in lower case."""


class NotARegulation(Exception):
    """The document is not a Положение; the message says what was found instead."""


def split_sections(blocks: list, rules) -> list[Section]:
    """Split the body at its headings: level 1 opens a section, level 2 a subsection."""
    sections = [Section(None, None)]
    for block in blocks:
        level = _heading_level(block, rules) if isinstance(block, Paragraph) else None
        if level == 1:
            sections.append(Section(block, section_for(rules, heading_text(block))))
        elif level == 2 and sections[-1].field == "use_of_results" and (step := section_for(STEPS, heading_text(block))):
            sections[-1].subsections.append(Section(block, step))
        elif sections[-1].subsections:
            sections[-1].subsections[-1].blocks.append(block)
        else:
            sections[-1].blocks.append(block)
    return [s for s in sections if s.heading is not None or any(has_text(b) for b in s.blocks)]


def _heading_level(paragraph: Paragraph, rules=SECTIONS) -> int | None:
    text = paragraph.text.strip()
    if paragraph.in_table or not text:
        return None
    if paragraph.outline_level is not None:
        return min(paragraph.outline_level + 1, 2)
    typed = TYPED_NUMBER.match(text)
    depth = label_depth(typed.group("label")) if typed and is_clause_number(typed.group("label")) else 0
    words = heading_text(paragraph)
    looks_like_heading = len(words) <= 100 and not words.endswith((":", ";", ","))
    emphasised = paragraph.bold or (words.isupper() and len(words) > 3)
    if rules is UMBRELLA_SECTIONS and INLINE_LEAD.match(words):  # «ЦЕЛЬ: …» opens a part, it is no heading
        return None
    if looks_like_heading and (emphasised or (depth == 1 and section_for(rules, words))):
        return 2 if depth >= 2 else 1
    return None


def heading_text(paragraph: Paragraph) -> str:
    return TYPED_NUMBER.sub("", paragraph.text.strip(), count=1).strip().rstrip(".")


def has_text(block) -> bool:
    return isinstance(block, Table) or bool(block.text.strip())


def is_lead_in(block, stem: str) -> bool:
    """«Мониторинг проводится по следующим показателям:» introduces a list msoko writes in its own way."""
    return isinstance(block, Paragraph) and block.text.strip().endswith(":") and stem in block.text.lower()


def is_generated(block) -> bool:
    return isinstance(block, Paragraph) and any(p.match(" ".join(block.text.split())) for p in GENERATED_LINES)


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
    if len(words) == 1 and words[0].lower() == "положение":
        return re.match(r"^(о|об)\s", text, re.IGNORECASE) is not None
    return _heading_level(paragraph) is None and (text[:1].islower() or (text.isupper() and len(text) < 150))
