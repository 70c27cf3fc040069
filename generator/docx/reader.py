"""Read any DOCX back as Word shows it: paragraphs with their style, outline level and the list label Word
would draw (computed from numbering.xml, never trusted from the text), and tables as rows of cells.

The change log of ``msoko diff`` and ``msoko import`` both read documents through this module."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from ..messages import files
from .archive import OLE_SIGNATURE, PackageRefused, open_package, read_parts
from .numbering import Numbering, Styles
from .oxml import w

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


class UnreadableDocument(Exception):
    """The bytes are not a readable Word document; ``reason`` says why, in Russian."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Paragraph:
    index: int
    """1-based position among all paragraphs, tables included (the «line» of located messages)."""
    text: str
    style_id: str
    style_name: str
    outline_level: int | None
    label: str
    """What Word draws before the text from its numbering: «1.1.», «а)», «•»; empty when none."""
    list_level: int | None
    bold: bool
    in_table: bool
    spans: list[tuple[str, bool, bool]] = field(default_factory=list)
    """The text as runs of (text, bold, italic), emphasis set on the run or its character style."""
    node: etree._Element | None = field(default=None, repr=False, compare=False)
    """The ``w:p`` element, for readers of run-level formatting (``docx.typeface``)."""
    number: int = 0
    """Its number among the non-empty paragraphs of the main text; 0 in a table or a text box."""
    table: int = 0
    """The number of the table holding it (tables counted in order), 0 outside tables."""
    in_textbox: bool = False

    @property
    def is_bullet(self) -> bool:
        return bool(self.label) and not any(ch.isalnum() for ch in self.label)


@dataclass
class Table:
    rows: list[list[list[Paragraph]]] = field(default_factory=list)
    merges: list[list[tuple[int, bool]]] = field(default_factory=list)
    """Per cell, as in ``rows``: how many grid columns it spans, and whether it continues a vertical merge."""
    number: int = 0  # 1-based position among the document's tables

    def texts(self) -> list[list[str]]:
        return [["\n".join(p.text for p in cell) for cell in row] for row in self.rows]

    def grid_texts(self) -> list[list[str]]:
        """The texts laid on the table's grid: a merged cell's text in every column and row it covers."""
        grid: list[list[str]] = []
        for row, merges in zip(self.texts(), self.merges):
            line: list[str] = []
            for text, (span, continued) in zip(row, merges):
                for _ in range(span):
                    above = grid[-1][len(line)] if continued and grid and len(line) < len(grid[-1]) else None
                    line.append(above if above is not None else text)
            grid.append(line)
        return grid


Block = Paragraph | Table


@dataclass
class WordDocument:
    blocks: list[Block]
    properties: dict[str, str]
    parts: dict[str, etree._Element] = field(default_factory=dict, repr=False)
    """The parsed XML parts by name (``word/document.xml``, ``word/styles.xml`` …)."""

    def paragraphs(self) -> list[Paragraph]:
        result: list[Paragraph] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                result.append(block)
            else:
                result.extend(p for row in block.rows for cell in row for p in cell)
        return sorted(result, key=lambda p: p.index)


def read_docx(data: bytes) -> WordDocument:
    """Parse DOCX bytes; raise :class:`UnreadableDocument` for anything Word could not open as .docx."""
    if data.startswith(OLE_SIGNATURE):
        raise UnreadableDocument(files.DOCX_OLD_OR_PROTECTED)
    if not data.strip():
        raise UnreadableDocument(files.DOCX_EMPTY)
    try:
        with open_package(data) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                kind = files.DOCX_OPENDOCUMENT if "content.xml" in names else files.DOCX_UNKNOWN_FORMAT
                raise UnreadableDocument(files.DOCX_OTHER_FORMAT.format(kind=kind))
            parts = read_parts(
                archive,
                [
                    name
                    for name in (
                        "word/document.xml",
                        "word/styles.xml",
                        "word/numbering.xml",
                        "docProps/core.xml",
                        "word/comments.xml",
                    )
                    if name in names
                ],
            )
    except PackageRefused as error:
        raise UnreadableDocument(str(error)) from None
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise UnreadableDocument(files.DOCX_DAMAGED) from error
    try:
        trees = {name: etree.fromstring(content) for name, content in parts.items()}
    except etree.XMLSyntaxError as error:
        raise UnreadableDocument(files.DOCX_BAD_XML.format(error=error)) from error
    styles = Styles(trees.get("word/styles.xml"))
    numbering = Numbering(trees.get("word/numbering.xml"), styles)
    body = trees["word/document.xml"].find(w("body"))
    if body is None:
        raise UnreadableDocument(files.DOCX_NO_BODY)
    reader = _BodyReader(styles, numbering)
    return WordDocument(reader.blocks(body), _core_properties(trees.get("docProps/core.xml")), trees)


class _BodyReader:
    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.index = 0
        self.number = 0
        self.tables = 0
        self.list_numbers: dict[str, list[int]] = {}
        """The counters of each LISTNUM list by level, in document order."""

    def blocks(self, container: etree._Element, in_table: bool = False, in_textbox: bool = False) -> list[Block]:
        """The blocks in document order; a text box's paragraphs come just before the paragraph anchoring it."""
        result: list[Block] = []
        for child in container:
            if child.tag == w("p"):
                for box in _text_boxes(child):
                    result.extend(self.blocks(box, in_table, in_textbox=True))
                result.append(self._paragraph(child, in_table, in_textbox))
            elif child.tag == w("tbl"):
                result.append(self._table(child, in_textbox))
            elif child.tag in (w("sdt"), w("customXml")):  # content controls wrap ordinary blocks
                content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
                if content is not None and not _placeholder(child):
                    result.extend(self.blocks(content, in_table, in_textbox))
        return result

    def _list_number(self, instruction: str) -> str:
        """What Word shows for a LISTNUM field it stored no result for: «1.», «1.2.» by the list's counters
        («\\l» the level, «\\s» a new start); «1)» for the NumberDefault list."""
        words = instruction.split()
        name = next((word for word in words[1:] if not word.startswith("\\") and not word.isdigit()), "LegalDefault")
        level = int(_switch(words, "\\l") or 1)
        counters = self.list_numbers.setdefault(name, [])
        counters[level:] = []
        counters.extend([0] * (level - len(counters)))
        start = _switch(words, "\\s")
        counters[level - 1] = int(start) if start else counters[level - 1] + 1
        if name == "NumberDefault":
            return f"{counters[level - 1]})"
        return ".".join(str(number) for number in counters) + "."

    def _table(self, table: etree._Element, in_textbox: bool) -> Table:
        self.tables += 1
        number = self.tables
        rows, merges = [], []
        for row in _wrapped(table, "tr"):  # a row or a cell may sit in a content control of its own
            cells, spans = [], []
            for cell in _wrapped(row, "tc"):
                paragraphs = [b for b in self.blocks(cell, True, in_textbox) if isinstance(b, Paragraph)]
                for paragraph in paragraphs:
                    paragraph.table = paragraph.table or number
                cells.append(paragraphs)
                span = cell.find(f"{w('tcPr')}/{w('gridSpan')}")
                merge = cell.find(f"{w('tcPr')}/{w('vMerge')}")
                width = span.get(w("val"), "1") if span is not None else "1"
                spans.append(
                    (
                        int(width) if width.isdigit() else 1,
                        merge is not None and merge.get(w("val"), "continue") == "continue",
                    )
                )
            rows.append(cells)
            merges.append(spans)
        return Table(rows, merges, number)

    def _paragraph(self, node: etree._Element, in_table: bool, in_textbox: bool = False) -> Paragraph:
        self.index += 1
        style_node = node.find(f"{w('pPr')}/{w('pStyle')}")
        style_id = style_node.get(w("val"), "") if style_node is not None else self.styles.default_paragraph
        label, list_level = self.numbering.label(node, style_id)
        text = _paragraph_text(node, self._list_number)
        counted = not (in_table or in_textbox) and bool(text.strip())  # numbered as a reader counts paragraphs
        self.number += counted
        number = self.number if counted else 0
        return Paragraph(
            self.index,
            text,
            style_id,
            self.styles.name(style_id),
            self._outline_level(node, style_id),
            label,
            list_level,
            self._bold(node, style_id),
            in_table,
            self._spans(node),
            node=node,
            number=number,
            in_textbox=in_textbox,
        )

    def _outline_level(self, node: etree._Element, style_id: str) -> int | None:
        level = node.find(f"{w('pPr')}/{w('outlineLvl')}")
        if level is None:
            level = self.styles.first(style_id, f"{w('pPr')}/{w('outlineLvl')}")
        if level is not None:
            value = int(level.get(w("val"), "9"))
            return value if value < 9 else None
        name = self.styles.name(style_id).lower()
        if name.startswith("heading ") and name[8:].isdigit():
            return int(name[8:]) - 1
        return None

    def _bold(self, node: etree._Element, style_id: str) -> bool:
        style_bold = _on(self.styles.first(style_id, f"{w('rPr')}/{w('b')}"))
        runs = [r for r in _own_runs(node) if "".join(t.text or "" for t in r.iter(w("t"))).strip()]
        if not runs:
            return False
        return all(
            _on(r.find(f"{w('rPr')}/{w('b')}")) if r.find(f"{w('rPr')}/{w('b')}") is not None else style_bold
            for r in runs
        )

    def _spans(self, node: etree._Element) -> list[tuple[str, bool, bool]]:
        spans: list[tuple[str, bool, bool]] = []
        for run in _own_runs(node):
            text = _paragraph_text(run)
            if not text:
                continue
            properties = run.find(w("rPr"))
            character = properties.find(w("rStyle")) if properties is not None else None
            style_id = character.get(w("val"), "") if character is not None else ""
            bold, italic = (self._emphasis(properties, style_id, tag) for tag in ("b", "i"))
            if spans and spans[-1][1:] == (bold, italic):
                spans[-1] = (spans[-1][0] + text, bold, italic)
            else:
                spans.append((text, bold, italic))
        return spans

    def _emphasis(self, properties: etree._Element | None, style_id: str, tag: str) -> bool:
        """Bold or italic (``tag``) set on the run, else by its character style."""
        direct = properties.find(w(tag)) if properties is not None else None
        return _on(direct) if direct is not None else _on(self.styles.first(style_id, f"{w('rPr')}/{w(tag)}"))


def _placeholder(control: etree._Element) -> bool:
    """A content control showing its template's prompt («Место для ввода текста.»), not text typed into it."""
    return control.find(f"{w('sdtPr')}/{w('showingPlcHdr')}") is not None


def _wrapped(parent: etree._Element, tag: str) -> list[etree._Element]:
    """The ``tag`` children of ``parent``, also those inside content controls (``w:sdt``) or custom XML."""
    found: list[etree._Element] = []
    for child in parent:
        if child.tag == w(tag):
            found.append(child)
        elif child.tag == w("sdt") and not _placeholder(child):
            content = child.find(w("sdtContent"))
            found.extend(_wrapped(content, tag) if content is not None else [])
        elif child.tag == w("customXml"):
            found.extend(_wrapped(child, tag))
    return found


def _text_boxes(paragraph: etree._Element) -> list[etree._Element]:
    """The text boxes anchored in a paragraph, once each: Word stores a box twice (the drawing and its VML
    fallback in ``mc:AlternateContent``); a box inside a box is read with its box."""
    return [
        box
        for box in paragraph.iter(w("txbxContent"))
        if not any(a.tag in (f"{{{MC}}}Fallback", w("txbxContent")) for a in _ancestors_within(box, paragraph))
    ]


def _ancestors_within(element: etree._Element, top: etree._Element):
    for ancestor in element.iterancestors():
        if ancestor is top:
            return
        yield ancestor


def _own_runs(node: etree._Element) -> list[etree._Element]:  # not those of a text box anchored in it
    return [
        run for run in node.iter(w("r")) if not any(a.tag == w("txbxContent") for a in _ancestors_within(run, node))
    ]


def _switch(words: list[str], name: str) -> str:
    found = words.index(name) if name in words else -1
    return words[found + 1] if 0 <= found < len(words) - 1 and words[found + 1].isdigit() else ""


def _paragraph_text(node: etree._Element, list_number: Callable[[str], str] | None = None) -> str:
    """The text as Word shows it; ``list_number`` gives a LISTNUM field Word stored no result for its number."""
    parts = []
    field: list[str] | None = None  # the instruction of the complex field being read, until its result starts
    for element in node.iter(
        w("t"), w("tab"), w("br"), w("cr"), w("noBreakHyphen"), w("fldChar"), w("instrText"), w("fldSimple")
    ):
        if element.tag == w("fldChar"):
            kind = element.get(w("fldCharType"))
            if kind == "begin":
                field = []
            elif kind in ("separate", "end") and field is not None:
                instruction = " ".join(field).strip()
                if (
                    list_number
                    and instruction.upper().startswith("LISTNUM")
                    and (kind == "end" or _empty_result(element))
                ):
                    parts.append(list_number(instruction) + " ")
                field = None
            continue
        if element.tag == w("instrText"):
            if field is not None:
                field.append(element.text or "")
            continue
        if element.tag == w("fldSimple"):
            instruction = element.get(w("instr"), "").strip()
            if (
                list_number
                and instruction.upper().startswith("LISTNUM")
                and not "".join(t.text or "" for t in element.iter(w("t"))).strip()
            ):
                parts.append(list_number(instruction) + " ")
            continue
        if any(
            a.tag in (w("del"), w("moveFrom")) or (a.tag == w("sdt") and _placeholder(a))
            for a in element.iterancestors()
        ) or any(a.tag == w("txbxContent") for a in _ancestors_within(element, node)):
            continue  # deleted text, or the text of a text box anchored here
        if element.tag == w("t"):
            parts.append((element.text or "").replace("\u00ad", ""))  # a soft hyphen is no text
        elif element.tag == w("tab"):
            parent = element.getparent()
            if parent is not None and parent.tag == w("r"):  # a tab stop definition is not text
                parts.append("\t")
        elif element.tag == w("noBreakHyphen"):
            parts.append("\u2011")
        else:
            parts.append("\n")
    return "".join(parts)


def _empty_result(separate: etree._Element) -> bool:
    """The field whose «separate» mark this is stored no text before its end."""
    run_of_mark = separate.getparent()
    for run in run_of_mark.itersiblings() if run_of_mark is not None else ():
        for element in run.iter(w("t"), w("fldChar")):
            if element.tag == w("fldChar"):
                return True
            if (element.text or "").strip():
                return False
    return True


def _on(node: etree._Element | None) -> bool:
    return node is not None and node.get(w("val"), "true") not in ("0", "false", "off")


def _core_properties(root: etree._Element | None) -> dict[str, str]:
    if root is None:
        return {}
    return {etree.QName(node).localname: node.text for node in root if node.text}
