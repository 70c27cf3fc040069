"""Small lxml helpers for the template's own parts (styles, core properties, page margins) and the chart.
The generated body is built in ``elements``. Nothing outside ``generator/docx`` builds XML."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from schemas.base import XML_FORBIDDEN

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSMAP = {"w": W_NS, "r": R_NS}


TWIPS_PER_MM = 1440 / 25.4


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
    for prefix, name, value in (
        ("dc", "title", title),
        ("dc", "subject", subject),
        ("dc", "creator", creator),
        ("cp", "keywords", keywords),
        ("cp", "lastModifiedBy", creator),
        ("dc", "language", "ru-RU"),
    ):
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
