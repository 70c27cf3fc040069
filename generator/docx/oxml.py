"""Small WordprocessingML element helpers. Nothing outside ``generator/docx`` builds XML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Sequence

import pyphen
from lxml import etree

from schemas.base import XML_FORBIDDEN

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSMAP = {"w": W_NS, "r": R_NS}


TWIPS_PER_MM = 1440 / 25.4
SOFT_HYPHEN = "\u00ad"
CELL_PADDING_MM = 3.8
"""Word's default cell margins, 1.9 mm each side."""
TABLE_LETTER_MM = 1.9
"""An average Cyrillic letter of the 11 pt table text in Times New Roman, measured in LibreOffice's PDFs."""
LONG_WORD_SHARE = 0.8
"""A word longer than this share of a cell's line may not fit it: it gets soft hyphens."""


_TAGS: dict[str, str] = {}


def w(tag: str) -> str:
    try:
        return _TAGS[tag]
    except KeyError:
        return _TAGS.setdefault(tag, f"{{{W_NS}}}{tag}")


def xml_safe(text: str) -> str:
    return XML_FORBIDDEN.sub("", text)


def element(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    node = etree.Element(w(tag), nsmap=NSMAP)
    for name, value in (attrs or {}).items():
        node.set(w(name), str(value))
    node.extend(children)
    return node


def sub(parent: etree._Element, tag: str, attrs: dict[str, str] | None = None) -> etree._Element:
    node = etree.SubElement(parent, w(tag))
    for name, value in (attrs or {}).items():
        node.set(w(name), str(value))
    return node


def run(text: str, style: str | None = None, italic: bool = False) -> etree._Element:
    node = element("r")
    if style or italic:
        properties = sub(node, "rPr")
        if style:
            sub(properties, "rStyle", {"val": style})
        if italic:
            sub(properties, "i")
    text = xml_safe(text)
    for index, part in enumerate(_SPECIAL.split(text) if "\t" in text or "\u2011" in text else (text,)):
        if index % 2:
            sub(node, SPECIAL_CHARACTERS[part])
        elif part:
            text_node = sub(node, "t")
            text_node.text = part
            if part != part.strip():
                text_node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return node


SPECIAL_CHARACTERS = {"\t": "tab", "\u2011": "noBreakHyphen"}
_SPECIAL = re.compile(r"([\t\u2011])")
"""Characters Word writes as elements of their own: a tab, and the non-breaking hyphen (which LibreOffice
and Word both keep on one line with its neighbours)."""


def paragraph(style: str, runs: Iterable[etree._Element] = (), *, level: int | None = None,
              num_id: int | None = None, keep_next: bool = False) -> etree._Element:
    node = element("p")
    properties = sub(node, "pPr")
    sub(properties, "pStyle", {"val": style})
    if keep_next:
        sub(properties, "keepNext")
    if level is not None or num_id is not None:
        numbering = sub(properties, "numPr")
        if level is not None:
            sub(numbering, "ilvl", {"val": str(level)})
        if num_id is not None:
            sub(numbering, "numId", {"val": str(num_id)})
    node.extend(runs)
    return node


Cell = list[etree._Element] | tuple[list[etree._Element], int]
"""A table cell: its paragraphs, or its paragraphs and how many grid columns it spans."""


def table(style: str, widths_mm: Sequence[float], rows: Sequence[Sequence[Cell]], header_rows: int = 1) -> etree._Element:
    """A table whose cells are lists of paragraphs; header rows repeat, no row splits across pages."""
    widths = [round(width * TWIPS_PER_MM) for width in widths_mm]
    node = element("tbl")
    properties = sub(node, "tblPr")
    sub(properties, "tblStyle", {"val": style})
    sub(properties, "tblW", {"w": str(sum(widths)), "type": "dxa"})
    sub(properties, "tblLayout", {"type": "fixed"})
    sub(properties, "tblLook", {"val": "04A0", "firstRow": "1", "lastRow": "0", "firstColumn": "0",
                                "lastColumn": "0", "noHBand": "0", "noVBand": "1"})
    grid = sub(node, "tblGrid")
    for width in widths:
        sub(grid, "gridCol", {"w": str(width)})
    # The header, the first row and the last two stay together: no header or row alone on a page.
    kept = set(range(header_rows + 1)) | ({len(rows) - 2} if len(rows) > header_rows + 2 else set())
    for index, cells in enumerate(rows):
        row = sub(node, "tr")
        row_properties = sub(row, "trPr")
        sub(row_properties, "cantSplit")
        if index < header_rows:
            sub(row_properties, "tblHeader")
        column = 0
        for content in cells:
            content, span = content if isinstance(content, tuple) else (content, 1)
            cell = sub(row, "tc")
            cell_properties = sub(cell, "tcPr")
            sub(cell_properties, "tcW", {"w": str(sum(widths[column:column + span])), "type": "dxa"})
            if span > 1:
                sub(cell_properties, "gridSpan", {"val": str(span)})
            cell.extend(content or [paragraph("TableText")])
            if index in kept:
                _keep_with_next(cell)
            column += span
    return node


def hyphenate_tables(elements: Iterable[etree._Element]) -> None:
    """Soft hyphens in the words of table cells too long for their column, at the syllables Russian hyphenation
    allows (pyphen's ru_RU patterns): LibreOffice with no hyphenation dictionary breaks such a word anywhere and
    with no hyphen («профориентационн ⏎ ыми»); a soft hyphen shows only where the line breaks. Run on the
    finished text, after abbreviations are introduced."""
    for element in elements:
        for cell in element.iter(w("tc")):
            width = cell.find(f"{w('tcPr')}/{w('tcW')}")
            if width is None or not width.get(w("w"), "").isdigit():
                continue
            line_mm = int(width.get(w("w"), "0")) / TWIPS_PER_MM - CELL_PADDING_MM
            longest = int(LONG_WORD_SHARE * line_mm / TABLE_LETTER_MM)
            for text in cell.iter(w("t")):
                if text.text:
                    text.text = re.sub(rf"[А-Яа-яЁё]{{{longest + 1},}}",
                                       lambda m: _syllables().inserted(m.group(0), SOFT_HYPHEN), text.text)


@cache
def _syllables() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="ru_RU")


def _keep_with_next(cell: etree._Element) -> None:
    for properties in cell.iterfind(f"{w('p')}/{w('pPr')}"):
        if properties.find(w("keepNext")) is None:
            style = properties.find(w("pStyle"))
            properties.insert(0 if style is None else 1, element("keepNext"))


@dataclass(frozen=True)
class PageMargins:
    """Page margins in millimetres."""

    left: float
    right: float
    top: float
    bottom: float


def set_page_margins(section: etree._Element, margins: PageMargins) -> None:
    node = section.find(w("pgMar"))
    assert node is not None
    for name in ("left", "right", "top", "bottom"):
        node.set(w(name), str(round(getattr(margins, name) * TWIPS_PER_MM)))


def serialize(node: etree._Element) -> bytes:
    return etree.tostring(node, xml_declaration=True, encoding="UTF-8", standalone=True)


_CORE_NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}


def core_properties(*, title: str, subject: str, creator: str, keywords: str, date: str) -> bytes:
    """docProps/core.xml from the sources; ``date`` is the approving act's, so output stays stable."""
    root = etree.Element(f"{{{_CORE_NS['cp']}}}coreProperties", nsmap=_CORE_NS)
    for prefix, name, value in (("dc", "title", title), ("dc", "subject", subject), ("dc", "creator", creator),
                                ("cp", "keywords", keywords), ("cp", "lastModifiedBy", creator),
                                ("dc", "language", "ru-RU")):
        etree.SubElement(root, f"{{{_CORE_NS[prefix]}}}{name}").text = xml_safe(value)
    for name in ("created", "modified"):
        stamp = etree.SubElement(root, f"{{{_CORE_NS['dcterms']}}}{name}")
        stamp.set(f"{{{_CORE_NS['xsi']}}}type", "dcterms:W3CDTF")
        stamp.text = f"{date}T00:00:00Z"
    return serialize(root)


def set_base_font_size(styles: etree._Element, points: int) -> None:
    """The project's body size (12–14 pt) on the document defaults and the Normal style."""
    for run_properties in styles.iterfind(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}"):
        _set_size(run_properties, points)
    for style in styles.iterfind(w("style")):
        properties = style.find(w("rPr"))
        if style.get(w("styleId")) == "Normal" and properties is not None:
            _set_size(properties, points)


def _set_size(run_properties: etree._Element, points: int) -> None:
    for tag in ("sz", "szCs"):
        node = run_properties.find(w(tag))
        if node is not None:
            node.set(w("val"), str(points * 2))


def set_right_tabs(styles: etree._Element, style_ids: tuple[str, ...], position_twips: int) -> None:
    """Move the right tab stop of signature and date lines to the project's text width."""
    for style in styles.iterfind(w("style")):
        if style.get(w("styleId")) in style_ids:
            for tab in style.iterfind(f"{w('pPr')}/{w('tabs')}/{w('tab')}"):
                if tab.get(w("val")) == "right":
                    tab.set(w("pos"), str(position_twips))


STAMP_WIDTH_MM = 80
"""The approval stamp and appendix mark take the right 80 mm of the text width, on any page."""


def set_stamp_indent(styles: etree._Element, style_ids: tuple[str, ...], text_width_mm: float) -> None:
    indent = str(round((text_width_mm - STAMP_WIDTH_MM) * TWIPS_PER_MM))
    for style in styles.iterfind(w("style")):
        if style.get(w("styleId")) in style_ids:
            for node in style.iterfind(f"{w('pPr')}/{w('ind')}"):
                node.set(w("left"), indent)
