"""Structure held in containers a Положение's text is not usually looked for in: headings in one-cell tables,
sections in content controls (w:sdt), numbers made by SEQ fields; indicators typed as paragraphs with their
bands as lists below; drafts with unaccepted tracked changes and comments."""

from __future__ import annotations

from pathlib import Path

from docx.oxml import parse_xml

from . import layouts, office, word
from .spec import S14, S24, Spec, WideExpected, expected

STAMPED = "гриф утверждения: приказом управления образования"


def heading_cell(d, text_xml: str):
    """A heading typed in a one-cell bordered table, bold and shaded, as a template draws section bars."""
    table = word.table(d, [[""]])
    cell = table.cell(0, 0)
    paragraph = cell.paragraphs[0]
    office.append_runs(paragraph, text_xml)
    for run in paragraph.runs:
        run.bold = True
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd xmlns:w="{word.W_NS}" w:val="clear" w:color="auto" '
                                                'w:fill="D9E2F3"/>'))
    return table


def seq(name: str, shown: int, switch: str = "") -> str:
    return office.field_runs(f"SEQ {name}{switch} \\* ARABIC", str(shown))


def one_cell_headings(path: Path) -> WideExpected:
    """1.4: the title and every «Раздел N.» heading in a one-cell table, N by a SEQ field; each section's text in
    a block content control titled by the section; clauses numbered «{SEQ Раздел \\c}.2.», the section's number
    repeated by a field."""
    spec = S14
    d = word.new()
    layouts.a4(d)
    word.stamp_table(d)
    heading_cell(d, office.plain(f"ПОЛОЖЕНИЕ {spec.subject}"))
    sections = [("Общие положения", spec.general), ("Цель мониторинга", (spec.goal,)),
                ("Задачи мониторинга", tuple(f"{t};" for t in spec.tasks)), ("Показатели мониторинга", None),
                ("Методы сбора и обработки информации", spec.methods), ("Периодичность и сроки", (spec.schedule,)),
                ("Критерии оценивания", (spec.criteria,))]
    for n, (title, texts) in enumerate(sections, 1):
        heading_cell(d, office.plain("Раздел ") + seq("Раздел", n) + office.plain(f". {title}"))
        blocks = []
        if texts is None:
            blocks.append(word.para(d, "Перечень показателей и шкала их оценивания:"))
            blocks.append(layouts.bands_in_cell(d, spec, str(n)))
        for k, text in enumerate(texts or (), 1):
            paragraph = word.para(d)
            office.append_runs(paragraph, seq("Раздел", n, " \\c") + office.plain(f".{k}. {text}"))
            blocks.append(paragraph)
        office.content_control(title, blocks)
    d.save(path)
    return WideExpected([expected(spec)], [STAMPED], ["Раздел"])


def template_controls(path: Path) -> WideExpected:
    """2.4 in a municipal template: each section one content control holding its one-cell heading table and text;
    the stamp's date an inline control; an unfilled control showing its placeholder «Место для ввода текста.»;
    the indicators' «№» column numbered by SEQ fields, bands continued in rows below with empty first cells."""
    spec = S24
    d = word.new()
    layouts.a4(d)
    stamp = word.para(d, "УТВЕРЖДЕНО приказом управления образования от ", align="right")
    office.append_runs(stamp, f'<w:sdt><w:sdtPr><w:alias w:val="Дата"/><w:date w:fullDate="2021-03-15T00:00:00Z">'
                              f'<w:dateFormat w:val="dd.MM.yyyy"/></w:date></w:sdtPr><w:sdtContent>'
                              f'{office.plain("15.03.2021")}</w:sdtContent></w:sdt>' + office.plain(" № 112"))
    title = word.para(d, "ПОЛОЖЕНИЕ", bold=True, align="center")
    office.content_control("Название", [title, word.para(d, spec.subject, bold=True, align="center")])
    sections = [("1. Общие положения", spec.general), ("2. Цель мониторинга", (spec.goal,)),
                ("3. Задачи мониторинга", tuple(f"– {t};" for t in spec.tasks)), ("4. Показатели мониторинга", None),
                ("5. Методы сбора и обработки информации", spec.methods),
                ("6. Периодичность и сроки проведения", (spec.schedule,)), ("7. Критерии оценивания", (spec.criteria,)),
                ("8. Участники мониторинга", ())]
    for title_text, texts in sections:
        blocks = [heading_cell(d, office.plain(title_text))]
        if texts is None:
            blocks.append(_seq_table(d, spec))
        blocks += [word.para(d, text) for text in texts or ()]
        if texts == ():
            blocks.append(word.para(d, "Место для ввода текста."))
        office.content_control(title_text[3:], blocks, placeholder=texts == ())
    d.save(path)
    return WideExpected([expected(spec)], [STAMPED], ["Место для ввода текста", "Раздел"])


def _seq_table(d, spec: Spec):
    bands = [["", "", "", text, str(b.points)] for i in spec.indicators for text, b in i.bands]
    table = layouts.fit(word.table(d, [["№", "Показатель", "Ед. изм.", "Критерий", "Баллы"], *bands]),
                        (1.0, 7.0, 1.8, 5.0, 1.7))
    row = 1
    for n, indicator in enumerate(spec.indicators, 1):
        cells = table.rows[row].cells
        office.append_runs(cells[0].paragraphs[0], seq("Показатель", n))
        cells[1].text, cells[2].text = indicator.name, indicator.unit_text
        row += len(indicator.bands)
    return table
