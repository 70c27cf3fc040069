"""The umbrella Положение о МСОКО: parts typed together and split at lead-ins, principles, the list of mechanisms."""

from __future__ import annotations

from dataclasses import replace
import re

from ..docx.reader import Paragraph
from .indicators import CODE
from .sections import INLINE_LEAD, UMBRELLA_PARTS, UMBRELLA_SECTIONS, fits, section_for
from .structure import Section, TYPED_NUMBER, has_text, heading_text, split_sections
from .text import escape, strip_typed


PRINCIPLE = (
    re.compile(r"^(?P<name>[^:(—–]+?)\s*(?::|\s[—–-])\s*(?P<description>\S.*)$", re.DOTALL),
    re.compile(r"^(?P<name>[^(]+?)\s*\((?P<description>.+)\)$", re.DOTALL),
)


CRITERIA_APPENDIX = re.compile(r"\bкритери\w*\s+самооценки\b", re.IGNORECASE)
APPENDIX_HEAD = 6
"""The paragraphs of an appendix searched for its title: the mark's two to four lines, then the title."""


def is_criteria_appendix(blocks: list) -> bool:
    """The umbrella's appendix «Критерии самооценки …», which msoko writes from its criteria of the
    self-assessment (its own, or the project's ``regulations/criteria.yaml``), not from the Положение's text."""
    head = " ".join(b.text for b in blocks[:APPENDIX_HEAD] if isinstance(b, Paragraph))
    return bool(CRITERIA_APPENDIX.search(" ".join(head.split())))


def umbrella_sections(blocks: list) -> list[Section]:
    """The umbrella's sections, further split at lead-in lines («Основные задачи МСОКО:», «ЦЕЛЬ: …»).

    A heading that names several parts («Цели, задачи и принципы») keeps, before its first lead-in, the
    part no lead-in names; when every named part has its own lead-in, that text is general provisions."""
    sections: list[Section] = []
    for section in split_sections(blocks, UMBRELLA_SECTIONS):
        named = _named_parts(section.heading)
        sections.append(section)
        first_lead = len(sections)
        pending, section.blocks = section.blocks, []
        for block in pending:
            lead = _lead(block) if isinstance(block, Paragraph) else None
            if lead:
                sections.append(lead)
            else:
                sections[-1].blocks.append(block)
        if len(named) > 1:
            led = {s.field for s in sections[first_lead:]}
            section.field = next((part for part in named if part not in led), "general_provisions")
    return [s for s in sections if s.heading is not None or any(has_text(b) for b in s.blocks)]


def _named_parts(heading: Paragraph | None) -> list[str]:
    """The parts a heading names, in document order: «Цели, задачи и принципы» names all three."""
    text = heading_text(heading).lower() if heading is not None else ""
    return [name for name, variants in UMBRELLA_PARTS[::-1] if fits(variants, text)]


def _lead(paragraph: Paragraph) -> Section | None:
    """A lead-in line opens a part; the text typed after its colon, if any, is the part's first paragraph."""
    if paragraph.in_table:
        return None
    text = strip_typed(paragraph.text)
    inline = INLINE_LEAD.match(text)
    if inline:
        rest = inline.group("rest").strip()
        lowered = rest.isupper()
        if lowered:
            rest = rest[:1] + rest[1:].lower()
        return Section(
            paragraph,
            section_for(UMBRELLA_PARTS, inline.group("name")),
            [replace(paragraph, text=rest, spans=[], label="")],
            lead=True,
            lowered=lowered,
        )
    if text.endswith(":") and len(text.split()) <= 15 and (part := section_for(UMBRELLA_PARTS, text)):
        return Section(paragraph, part, lead=True)
    return None


def read_principle(paragraph: Paragraph) -> dict[str, str]:
    spans = [(text, bold) for text, bold, _ in paragraph.spans if text.strip()]
    if spans and spans[0][1] and not TYPED_NUMBER.match(paragraph.text):
        name, rest = escape(spans[0][0]), escape("".join(text for text, _ in spans[1:]))
        rest = re.sub(r"^\s*[:—–-]\s*", "", rest)
    else:
        text = escape(strip_typed(paragraph.text).rstrip(";."))
        match = next((m for pattern in PRINCIPLE if (m := pattern.match(text))), None)
        name, rest = (match.group("name"), match.group("description")) if match else (text, "")
    name = " ".join(name.split()).rstrip(":;.")
    principle = {"name": name[:1].lower() + name[1:] if not name[1:2].isupper() else name}
    if rest.strip():
        principle["description"] = " ".join(rest.split()).rstrip(";.")
    return principle


def mechanism_line(paragraphs: list[Paragraph]) -> str:
    """A paragraph, or a table row as «code title» with the numbering cells («№», «1.») left out."""
    texts = [strip_typed(p.text) if len(paragraphs) == 1 else " ".join(p.text.split()) for p in paragraphs]
    code = next((t.rstrip(".") for t in texts if CODE.match(t) and "." in t.rstrip(".")), "")
    words = [t for t in texts if t and not re.match(r"^№?[\d.\s]*(п/п)?$", t)]
    return " ".join(filter(None, [code, max(words, key=len, default="")]))


def is_header(line: str) -> bool:
    """A table's first row names its columns («№ п/п | Механизм»), it is no mechanism."""
    return len(line.split()) <= 3 and not line[:1].isdigit()
