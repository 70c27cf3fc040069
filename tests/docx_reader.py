"""Read a generated DOCX back from its XML, the way Word would see it."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class Para:
    style: str
    text: str
    element: etree._Element


class Docx:
    def __init__(self, path: Path | bytes) -> None:
        data = path if isinstance(path, bytes) else Path(path).read_bytes()
        import io

        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.parts = {name: archive.read(name) for name in archive.namelist()}
        self.document = etree.fromstring(self.parts["word/document.xml"])
        self.styles = etree.fromstring(self.parts["word/styles.xml"])
        self.numbering = etree.fromstring(self.parts["word/numbering.xml"])
        self.core = etree.fromstring(self.parts["docProps/core.xml"])

    @property
    def body(self) -> etree._Element:
        return self.document.find(q("body"))

    def paragraphs(self, include_tables: bool = False) -> list[Para]:
        nodes = self.body.iter(q("p")) if include_tables else self.body.findall(q("p"))
        return [Para(_style(p), _text(p), p) for p in nodes]

    def texts(self, style: str) -> list[str]:
        return [p.text for p in self.paragraphs() if p.style == style]

    def tables(self) -> list[list[list[str]]]:
        return [
            [
                ["\n".join(_text(p) for p in tc.findall(q("p"))) for tc in tr.findall(q("tc"))]
                for tr in tbl.findall(q("tr"))
            ]
            for tbl in self.body.findall(q("tbl"))
        ]

    def style(self, style_id: str) -> etree._Element:
        return self.styles.xpath(f"w:style[@w:styleId='{style_id}']", namespaces=NS)[0]

    def style_numbering(self, style_id: str) -> tuple[int, int] | None:
        """(numId, ilvl) a paragraph style links to."""
        num = self.style(style_id).find(f"{q('pPr')}/{q('numPr')}")
        if num is None:
            return None
        return int(num.find(q("numId")).get(q("val"))), int(num.find(q("ilvl")).get(q("val")))

    def level_text(self, num_id: int, ilvl: int) -> tuple[str, str]:
        """(lvlText, multiLevelType) of the abstract numbering behind a w:num."""
        num = self.numbering.xpath(f"w:num[@w:numId='{num_id}']", namespaces=NS)[0]
        abstract_id = num.find(q("abstractNumId")).get(q("val"))
        abstract = self.numbering.xpath(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", namespaces=NS)[0]
        level = abstract.xpath(f"w:lvl[@w:ilvl='{ilvl}']", namespaces=NS)[0]
        return level.find(q("lvlText")).get(q("val")), abstract.find(q("multiLevelType")).get(q("val"))

    def section(self) -> etree._Element:
        return self.body.find(q("sectPr"))

    def core_value(self, name: str) -> str:
        for node in self.core:
            if etree.QName(node).localname == name:
                return node.text
        raise KeyError(name)


def _style(paragraph: etree._Element) -> str:
    node = paragraph.find(f"{q('pPr')}/{q('pStyle')}")
    return node.get(q("val")) if node is not None else "Normal"


def _text(paragraph: etree._Element) -> str:
    out = []
    for node in paragraph.iter(q("t"), q("tab"), q("noBreakHyphen")):
        out.append({q("tab"): "\t", q("noBreakHyphen"): "\u2011"}.get(node.tag, node.text or ""))
    return "".join(out).replace("\u00ad", "")  # a soft hyphen shows only where a line breaks
