"""Build the default Word templates reproducibly: ``python templates/build.py``.

The templates hold what a user may restyle in Word: styles, multi-level numbering, page setup,
the page-number header and the requisites' layout with docxtpl tags. The output is byte-stable.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from generator.docx.package import write_package  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FONT = "Times New Roman"
TEXT_WIDTH = 9638  # twips: A4 less the default 30 and 10 mm margins; the renderer resets it to the project's

CONTENT_TYPES = DECL + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>
<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

ROOT_RELS = DECL + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCUMENT_RELS = DECL + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>
</Relationships>"""


def _style(kind: str, style_id: str, name: str, ppr: str = "", rpr: str = "", based_on: str = "Normal",
           next_style: str = "", extra: str = "") -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    following = f'<w:next w:val="{next_style}"/>' if next_style else ""
    return (f'<w:style w:type="{kind}" w:customStyle="1" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'{based}{following}<w:qFormat/>{extra}'
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:style>")


def styles() -> str:
    fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    lang = '<w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/>'
    size = lambda half_points: f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'  # noqa: E731
    table_borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                            for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    parts = [
        f'<w:docDefaults><w:rPrDefault><w:rPr>{fonts}{size(28)}{lang}</w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
        f'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        f'<w:pPr><w:jc w:val="both"/></w:pPr><w:rPr>{fonts}{size(28)}{lang}</w:rPr></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>',
        _style("paragraph", "Text", "Текст документа", '<w:ind w:firstLine="709"/><w:jc w:val="both"/>'),
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Clause"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" w:after="120"/>'
        '<w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Subclause"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
        '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="120" w:after="60"/>'
        '<w:ind w:firstLine="709"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
        _style("paragraph", "Clause", "Пункт", '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
               '<w:ind w:firstLine="709"/><w:jc w:val="both"/>', next_style="Clause"),
        _style("paragraph", "Subclause", "Подпункт", '<w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>'
               '<w:ind w:firstLine="709"/><w:jc w:val="both"/>', next_style="Subclause"),
        _style("paragraph", "ListBullet", "Маркированный список", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
               '<w:ind w:firstLine="709"/><w:jc w:val="both"/>', next_style="ListBullet"),
        _style("paragraph", "DocTitle", "Заголовок документа", '<w:keepNext/><w:spacing w:before="240"/><w:jc w:val="center"/>',
               "<w:b/><w:bCs/><w:caps/>"),
        _style("paragraph", "DocSubtitle", "Подзаголовок документа", '<w:keepNext/><w:spacing w:after="240"/><w:jc w:val="center"/>',
               "<w:b/><w:bCs/>"),
        _style("paragraph", "Stamp", "Гриф утверждения", '<w:ind w:left="5103"/><w:jc w:val="left"/>'),
        _style("paragraph", "StampGap", "Интервал между реквизитами", '<w:spacing w:after="240"/><w:ind w:left="5103"/>'),
        _style("paragraph", "Letterhead", "Бланк: наименование органа", '<w:jc w:val="center"/>', "<w:b/><w:bCs/>"),
        _style("paragraph", "LetterContacts", "Бланк: справочные данные", '<w:jc w:val="center"/>', size(24)),
        _style("paragraph", "LetterHeading", "Заголовок к тексту письма",
               '<w:keepNext/><w:spacing w:before="240" w:after="240"/><w:ind w:right="3969"/><w:jc w:val="left"/>'),
        _style("paragraph", "LetterNumber", "Дата и номер письма",
               '<w:pBdr><w:top w:val="single" w:sz="8" w:space="6" w:color="000000"/></w:pBdr>'
               '<w:spacing w:before="120" w:after="360"/><w:jc w:val="left"/>'),
        _style("paragraph", "ActKind", "Вид документа", '<w:spacing w:before="360" w:after="360"/><w:jc w:val="center"/>',
               "<w:b/><w:bCs/>"),
        _style("paragraph", "DateLine", "Дата и номер", f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
               '<w:jc w:val="left"/>'),
        _style("paragraph", "Place", "Место издания", '<w:spacing w:after="240"/><w:jc w:val="center"/>', size(24)),
        _style("paragraph", "ActTitle", "Заголовок к тексту", '<w:keepNext/><w:spacing w:after="240"/><w:jc w:val="center"/>',
               "<w:b/><w:bCs/>"),
        _style("paragraph", "Resolve", "Распорядительная часть", '<w:keepNext/><w:spacing w:before="120" w:after="120"/>'
               '<w:jc w:val="left"/>'),
        _style("paragraph", "Point", "Пункт приказа", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>'
               '<w:ind w:firstLine="709"/><w:jc w:val="both"/>', next_style="Point"),
        _style("paragraph", "Subpoint", "Подпункт приказа", '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>'
               '<w:ind w:firstLine="709"/><w:jc w:val="both"/>', next_style="Subpoint"),
        _style("paragraph", "Signature", "Подпись", f'<w:keepLines/><w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
               '<w:spacing w:before="720"/><w:jc w:val="left"/>'),
        _style("paragraph", "RoadmapSection", "Раздел дорожной карты", '<w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/>'
               '</w:numPr><w:jc w:val="left"/>', "<w:b/><w:bCs/>" + size(22)),
        _style("paragraph", "RoadmapItem", "Пункт дорожной карты", '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr>'
               '<w:jc w:val="left"/>', size(22)),
        _style("paragraph", "TableBullet", "Список в таблице", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
               '<w:ind w:left="0" w:firstLine="0"/><w:jc w:val="left"/>', size(22)),
        _style("paragraph", "TableText", "Текст таблицы", '<w:jc w:val="left"/>', size(22)),
        _style("paragraph", "TableHeading", "Заголовок таблицы", '<w:keepNext/><w:jc w:val="center"/>', "<w:b/><w:bCs/>" + size(22)),
        '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:before="60" w:after="240"/><w:jc w:val="center"/></w:pPr></w:style>',
        _style("paragraph", "TableCaption", "Название таблицы", '<w:keepNext/><w:spacing w:before="120" w:after="120"/><w:jc w:val="right"/>'),
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
        f'<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr>{size(24)}</w:rPr></w:style>',
        _style("character", "Strong", "Strong", rpr="<w:b/><w:bCs/>", based_on="DefaultParagraphFont"),
        _style("character", "Emphasis", "Emphasis", rpr="<w:i/><w:iCs/>", based_on="DefaultParagraphFont"),
        f'<w:style w:type="table" w:customStyle="1" w:styleId="MsokoTable"><w:name w:val="Таблица МСОКО"/>'
        f'<w:basedOn w:val="TableNormal"/><w:qFormat/><w:pPr><w:jc w:val="left"/></w:pPr><w:rPr>{size(24)}</w:rPr>'
        f'<w:tblPr><w:tblBorders>{table_borders}</w:tblBorders><w:tblCellMar><w:left w:w="57" w:type="dxa"/>'
        '<w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    ]
    return DECL + f"<w:styles {W}>" + "".join(parts) + "</w:styles>"


def _level(level: int, fmt: str, text: str, style: str | None, indent: str) -> str:
    link = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{link}'
            f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>{indent}</w:pPr></w:lvl>')


def _abstract_list(number: int, name: str, *levels: str) -> str:
    """One multi-level list; its nsid is fixed so that the templates build to the same bytes."""
    return (f'<w:abstractNum w:abstractNumId="{number}"><w:nsid w:val="4D534B3{number + 1}"/>'
            f'<w:multiLevelType w:val="multilevel"/><w:name w:val="{name}"/>' + "".join(levels) + "</w:abstractNum>")


def numbering() -> str:
    clause_indent = '<w:ind w:left="0" w:firstLine="709"/>'
    flush = '<w:ind w:left="0" w:firstLine="0"/>'
    lists = [
        _abstract_list(0, "Пункты положения", _level(0, "decimal", "%1.", "Heading1", flush),
                       _level(1, "decimal", "%1.%2.", "Clause", clause_indent),
                       _level(2, "decimal", "%1.%2.%3.", "Subclause", clause_indent)),
        _abstract_list(1, "Маркированный список", _level(0, "bullet", "–", "ListBullet", clause_indent),
                       _level(1, "bullet", "–", None, '<w:ind w:left="709" w:firstLine="709"/>')),
        _abstract_list(2, "Пункты приказа", _level(0, "decimal", "%1.", "Point", clause_indent),
                       _level(1, "decimal", "%1.%2.", "Subpoint", clause_indent)),
        _abstract_list(3, "Пункты дорожной карты", _level(0, "decimal", "%1.", "RoadmapSection", flush),
                       _level(1, "decimal", "%1.%2.", "RoadmapItem", flush)),
    ]
    nums = "".join(f'<w:num w:numId="{n + 1}"><w:abstractNumId w:val="{n}"/></w:num>' for n in range(len(lists)))
    return DECL + f"<w:numbering {W}>{''.join(lists)}{nums}</w:numbering>"


SETTINGS = DECL + f"""<w:settings {W}><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/><w:autoHyphenation/>\
<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" \
w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="ru-RU"/></w:settings>"""

FONT_TABLE = DECL + f"""<w:fonts {W}><w:font w:name="{FONT}"><w:panose1 w:val="02020603050405020304"/>\
<w:charset w:val="CC"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>"""

PAGE_HEADER = DECL + f"""<w:hdr {W} {R}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>\
<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>"""

FIRST_PAGE_HEADER = DECL + f"""<w:hdr {W} {R}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>"""

def theme() -> str:
    """A plain Office theme whose fonts are the document's, so theme-font text stays Times New Roman."""
    colors = (("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'), ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
              ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
              ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
              ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
              ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
              ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>'))
    scheme = "".join(f"<a:{name}>{value}</a:{name}>" for name, value in colors)
    font = f'<a:latin typeface="{FONT}"/><a:ea typeface=""/><a:cs typeface=""/>'
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="6350">{fill}</a:ln>'
    return (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="msoko">'
            f'<a:themeElements><a:clrScheme name="msoko">{scheme}</a:clrScheme>'
            f'<a:fontScheme name="msoko"><a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont></a:fontScheme>'
            f'<a:fmtScheme name="msoko"><a:fillStyleLst>{fill * 3}</a:fillStyleLst><a:lnStyleLst>{line * 3}</a:lnStyleLst>'
            f'<a:effectStyleLst>{"<a:effectStyle><a:effectLst/></a:effectStyle>" * 3}</a:effectStyleLst>'
            f'<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')


CORE = DECL + """<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Шаблон msoko</dc:title><dc:creator>msoko</dc:creator>\
<dc:language>ru-RU</dc:language></cp:coreProperties>"""

APP = DECL + """<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
<Application>msoko</Application></Properties>"""


def _p(style: str, text: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _tag(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _tabbed(style: str, left: str, right: str) -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{left}</w:t></w:r>'
            f'<w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">{right}</w:t></w:r></w:p>')


SECTION = ('<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:headerReference w:type="first" r:id="rId6"/>'
           '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1701" '
           'w:header="709" w:footer="709" w:gutter="0"/><w:cols w:space="708"/><w:titlePg/>'
           '<w:docGrid w:linePitch="360"/></w:sectPr>')


LANDSCAPE_SECTION = SECTION.replace('<w:pgSz w:w="11906" w:h="16838"/>',
                                    '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')

REQUISITES = [
    _tag("{%p if appendix %}"),
    _p("Stamp", "{{ appendix.label }}"),
    _p("Stamp", "{{ appendix.to }}"),
    _p("Stamp", "от {{ appendix.date }} {{ appendix.sign }}"),
    _p("StampGap", ""),
    _tag("{%p endif %}"),
    _tag("{%p if stamp %}"),
        _p("Stamp", "{{ stamp.word }}"),
        _p("Stamp", "{{ stamp.approver }}"),
    _p("Stamp", "от {{ stamp.date }} {{ stamp.number }}"),
    _tag("{%p if stamp.appendix %}"),
    _p("Stamp", "{{ stamp.appendix }}"),
    _tag("{%p endif %}"),
    _tag("{%p endif %}"),
    _p("DocTitle", "{{ title.kind }}"),
    _p("DocSubtitle", "{{ title.subject }}"),
]
"""Top right: the appendix mark and the approval stamp (ГОСТ Р 7.0.97-2025); then the document's title. A letter
has a form of its own (``letter_document``)."""


def _document(body: list[str], section: str) -> str:
    return DECL + f"<w:document {W} {R}><w:body>{''.join(body)}{section}</w:body></w:document>"


def approved_document() -> str:
    """A Положение or the Концепция: requisites, title, then the generated clauses."""
    return _document(REQUISITES + [_tag("{{p body }}")], SECTION)


def roadmap_document() -> str:
    """The дорожная карта: the same requisites on a landscape page, then the table."""
    return _document(REQUISITES + [_tag("{{p body }}")], LANDSCAPE_SECTION)


def letter_document() -> str:
    """A letter on the authority's form (ГОСТ Р 7.0.97-2025): the name of the authority and of the service that
    writes, the contacts, a rule, the date and registration number; the addressee top right; the heading to the text
    at the left, «Об адресных рекомендациях …»; the text, which ends with the signature."""
    return _document([
        _tag("{%p for line in letterhead %}"),
        _p("Letterhead", "{{ line }}"),
        _tag("{%p endfor %}"),
        _tag("{%p for line in contacts %}"),
        _p("LetterContacts", "{{ line }}"),
        _tag("{%p endfor %}"),
        _p("LetterNumber", "{{ letter.date }} {{ letter.number }}"),
        _tag("{%p for line in addressee %}"),
        _p("Stamp", "{{ line }}"),
        _tag("{%p endfor %}"),
        _p("StampGap", ""),
        _p("LetterHeading", "{{ title.about }}"),
        _tag("{{p body }}"),
    ], SECTION)


def act_document(kind_spaced: str, resolves: str | None) -> str:
    """A приказ or постановление on the authority's letterhead (ГОСТ Р 7.0.97-2025). A приказ sets
    «п р и к а з ы в а ю:» on its own line; a постановление's operative words close the preamble. The executor mark,
    where the act has one, closes it at the foot of the last page."""
    return _document([
        _tag("{%p for line in letterhead %}"),
        _p("Letterhead", "{{ line }}"),
        _tag("{%p endfor %}"),
        _p("ActKind", kind_spaced),
        _tabbed("DateLine", "{{ act.date }}", "{{ act.number }}"),
        _p("Place", "{{ act.place }}"),
        _p("ActTitle", "{{ act.title }}"),
        _tag("{{p preamble }}"),
        *([_p("Resolve", resolves)] if resolves else []),
        _tag("{{p points }}"),
        _tabbed("Signature", "{{ signatory.position }}", "{{ signatory.name }}"),
        _tag("{{p executor }}"),
    ], SECTION)


def template_parts(document: str) -> dict[str, bytes]:
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "docProps/app.xml": APP,
        "docProps/core.xml": CORE,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/document.xml": document,
        "word/fontTable.xml": FONT_TABLE,
        "word/header1.xml": PAGE_HEADER,
        "word/header2.xml": FIRST_PAGE_HEADER,
        "word/numbering.xml": numbering(),
        "word/settings.xml": SETTINGS,
        "word/styles.xml": styles(),
        "word/theme/theme1.xml": theme(),
    }
    return {name: text.encode("utf-8") for name, text in parts.items()}


TEMPLATES = {
    "document.docx": approved_document,
    "roadmap.docx": roadmap_document,
    "pismo.docx": letter_document,
    "prikaz.docx": lambda: act_document("П Р И К А З", "п р и к а з ы в а ю:"),
    "postanovlenie.docx": lambda: act_document("П О С Т А Н О В Л Е Н И Е", None),
}


def main() -> None:
    for name, document in TEMPLATES.items():
        (HERE / name).write_bytes(write_package(template_parts(document())))
        print(f"записан: templates/{name}")


if __name__ == "__main__":
    main()
