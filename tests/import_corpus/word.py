"""The ways people type a Положение in Word, as python-docx calls: heading styles, custom styles with an
outline level, direct formatting, Word numbering, tables with merged cells, text boxes, tabs."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STAMP = ("УТВЕРЖДЕНО", "приказом управления образования администрации Копейского городского округа",
         "от 15.03.2021 № 112")
APPENDIX_MARK = ("Приложение № 3", "к приказу управления образования администрации Копейского городского округа",
                 "от 15.03.2021 № 112")
HEAD = ("Начальник управления образования", "А.А. Ангеловский")


def new() -> docx.document.Document:
    return docx.Document()


def para(document, text: str = "", style: str | None = None, bold: bool = False, align: str = ""):
    paragraph = document.add_paragraph(style=style)
    if text:
        paragraph.add_run(text).bold = bold or None
    if align:
        paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    return paragraph


def lines(document, texts, style: str | None = None) -> None:
    for text in texts:
        para(document, text, style)


def outline(paragraph, level: int):
    """An outline level set on the paragraph itself, as LibreOffice and «Абзац → Уровень» write it."""
    properties = paragraph._p.get_or_add_pPr()
    element = OxmlElement("w:outlineLvl")
    element.set(qn("w:val"), str(level))
    properties.append(element)
    return paragraph


def custom_style(document, name: str, outline_level: int | None, bold: bool = False, caps: bool = False):
    """A style of the user's own («Раздел Положения»), based on Normal, with an outline level in it."""
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.bold = bold
    style.font.all_caps = caps
    if outline_level is not None:
        element = OxmlElement("w:outlineLvl")
        element.set(qn("w:val"), str(outline_level))
        style.element.get_or_add_pPr().append(element)
    return style


def numbering(document, formats: tuple[str, ...] = ("%1.", "%1.%2.")) -> str:
    """A multilevel list («1.», «1.1.») in numbering.xml; returns its numId for :func:`numbered`."""
    part = document.part.numbering_part.element
    abstract_id = str(90 + len(part.findall(qn("w:abstractNum"))))
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{text}"/>'
                     f'<w:lvlJc w:val="left"/></w:lvl>' for i, text in enumerate(formats))
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    first_num = part.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        part.append(abstract)
    num_id = str(90 + len(part.findall(qn("w:num"))))
    part.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def numbered(paragraph, num_id: str, level: int = 0):
    properties = paragraph._p.get_or_add_pPr()
    properties.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def table(document, rows: list[list[str]], merges: tuple[tuple[int, int, int, int], ...] = ()):
    """A bordered table; ``merges`` are (row, column, to row, to column) rectangles merged into one cell."""
    result = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    result.style = document.styles["Table Grid"]
    for row, values in zip(result.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    for top, left, bottom, right in merges:
        text = result.cell(top, left).text
        merged = result.cell(top, left).merge(result.cell(bottom, right))
        merged.text = text
    return result


def stamp_table(document, right: tuple[str, ...] = STAMP, left: tuple[str, ...] = ()) -> None:
    """The stamp typed in the right cell of a borderless two-cell table; «СОГЛАСОВАНО» in the left one, if any."""
    cells = document.add_table(rows=1, cols=2).rows[0].cells
    cells[1].text = "\n".join(right)
    cells[0].text = "\n".join(left)


def text_box(document, texts: tuple[str, ...], anchor_text: str = "") -> None:
    """A text box as Word 2010+ saves it: a DrawingML shape with the VML copy as the fallback."""
    inner = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>" for t in texts)
    xml = (f'<w:r xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml">'
           '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" '
           'distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           '<wp:extent cx="2700000" cy="900000"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Надпись 1"/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
           '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           f'<mc:Fallback><w:pict><v:shape style="width:212pt;height:70pt"><v:textbox><w:txbxContent>{inner}'
           '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    anchor = para(document, anchor_text)
    anchor._p.append(parse_xml(xml))


def signature(document, position: str = HEAD[0], name: str = HEAD[1], tabs: int = 3):
    """«Начальник управления образования<tab><tab><tab>А.А. Ангеловский», the way a signature is typed."""
    return para(document, position + "\t" * tabs + name)


def acquaintance_sheet(document) -> None:
    """«Лист ознакомления» on its own page: a heading and a table to sign."""
    document.add_page_break()
    para(document, "Лист ознакомления", bold=True, align="center")
    para(document, "с Положением ознакомлены:")
    table(document, [["№ п/п", "Ф.И.О.", "Должность", "Дата", "Подпись"], ["1", "", "", "", ""], ["2", "", "", "", ""]])
