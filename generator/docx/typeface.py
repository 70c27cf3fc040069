"""What a reader of the printed page sees beyond the text: each section's page size and margins, and the
effective font and size of each run through the style chain down to the document defaults.

Built on :mod:`generator.docx.reader`: it walks the paragraphs the reader returns (their ``node``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from lxml import etree

from .numbering import Styles
from .oxml import w
from .reader import Paragraph, WordDocument

LETTER_TWIPS = (12240, 15840)
WORD_DEFAULT_MARGIN_TWIPS = 1440
WORD_DEFAULT_SIZE = 10.0


@dataclass(frozen=True)
class PageSetup:
    width: int
    height: int
    margins: dict[str, int] = field(default_factory=dict)
    """Twips by side (``left``, ``right``, ``top``, ``bottom``); empty when the section sets none."""


@dataclass(frozen=True)
class Typeface:
    sizes: frozenset[float]
    fonts: frozenset[str]


def page_setups(document: WordDocument) -> list[PageSetup]:
    """One entry per ``w:sectPr`` in the body, in order; a missing ``w:pgSz`` reads as Word's Letter."""
    root = document.parts.get("word/document.xml")
    result: list[PageSetup] = []
    for section in root.iter(w("sectPr")) if root is not None else ():
        size = section.find(w("pgSz"))
        width, height = (int(size.get(w("w"), 0)), int(size.get(w("h"), 0))) if size is not None else LETTER_TWIPS
        margins = section.find(w("pgMar"))
        sides = (
            {side: int(margins.get(w(side), 0)) for side in ("left", "right", "top", "bottom")}
            if margins is not None
            else {}
        )
        result.append(PageSetup(width, height, sides))
    return result


class Typefaces:
    """Effective run fonts and sizes of a document's paragraphs."""

    def __init__(self, document: WordDocument) -> None:
        styles_root = document.parts.get("word/styles.xml")
        self.styles = Styles(styles_root)
        defaults = (
            styles_root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}") if styles_root is not None else None
        )
        self.default_size = _size(defaults) or WORD_DEFAULT_SIZE
        self.default_font = _font(defaults)

    def of(self, paragraph: Paragraph) -> Typeface:
        sizes: set[float] = set()
        fonts: set[str] = set()
        if paragraph.node is None:
            return Typeface(frozenset(), frozenset())
        style = paragraph.style_id
        for run in paragraph.node.iter(w("r")):
            if not "".join(t.text or "" for t in run.iter(w("t"))).strip():
                continue
            properties = run.find(w("rPr"))
            character_node = properties.find(w("rStyle")) if properties is not None else None
            character = character_node.get(w("val"), "") if character_node is not None else ""
            sizes.add(
                _size(properties) or self._resolve(character, _size) or self._resolve(style, _size) or self.default_size
            )
            font = (
                _font(properties) or self._resolve(character, _font) or self._resolve(style, _font) or self.default_font
            )
            if font:
                fonts.add(font)
        return Typeface(frozenset(sizes), frozenset(fonts))

    def _resolve(self, style_id: str, attribute: Callable[[etree._Element | None], float | str | None]):
        for node in self.styles.chain(style_id):
            value = attribute(node.find(w("rPr")))
            if value:
                return value
        return None


def _size(run_properties: etree._Element | None) -> float | None:
    node = run_properties.find(w("sz")) if run_properties is not None else None
    value = node.get(w("val")) if node is not None else None
    return int(value) / 2 if value and value.isdigit() else None


def _font(run_properties: etree._Element | None) -> str | None:
    node = run_properties.find(w("rFonts")) if run_properties is not None else None
    return node.get(w("ascii")) if node is not None else None
