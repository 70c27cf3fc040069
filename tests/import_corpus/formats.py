"""Положения in the files municipalities send besides .docx: .doc, .odt and .rtf saved by LibreOffice, PDF
with a text layer (page header «Страница N из M», a table continued across pages), and a scan — the PDF's
pages as images only. Each is typed as a DOCX first and converted the way the office suite would."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import docx

from . import layouts, office, orders, word
from .spec import S11, S12, S13, S14, S15, S21, S24, Spec, WideExpected, expected

STAMPED = "гриф утверждения: приказом управления образования"
SIGNED = "подпись: Начальник управления образования"
GLOSSARY = ("ВПР — всероссийские проверочные работы;", "ГИА — государственная итоговая аттестация;",
            "ЕГЭ — единый государственный экзамен;", "ОГЭ — основной государственный экзамен;",
            "ОО — общеобразовательная организация;", "УО — управление образования администрации Копейского "
            "городского округа;", "ФИС ОКО — федеральная информационная система оценки качества образования;",
            "ШНОР — школа с низкими образовательными результатами;",
            "ШНСУ — школа, функционирующая в неблагоприятных социальных условиях.")
MORE_GENERAL = ("Значения показателей рассчитываются по каждой ОО и по округу в целом по данным за учебный год.",
                "Для показателей, выраженных в процентах, числитель и знаменатель указываются в отчёте ОО.",
                "Показатели, по которым ОО не представила сведения в установленный срок, оцениваются в 0 баллов.",
                "Перечень ШНОР и ШНСУ утверждается приказом УО по результатам идентификации, проводимой ежегодно "
                "по методике регионального центра оценки качества образования.",
                "Целевые значения показателей на очередной учебный год устанавливаются приказом УО.",
                "Значения показателей, выраженных в процентах, округляются до десятых долей процента.")


def converted(path: Path, typed: Callable[[Path], object]) -> None:
    """``typed`` writes a DOCX; LibreOffice saves it as ``path``'s format."""
    with tempfile.TemporaryDirectory(prefix="msoko-typed-") as folder:
        source = Path(folder) / f"{path.stem}.docx"
        typed(source)
        office.convert(source, path)


def stamped_numbered(spec: Spec, indicators: Callable = layouts.bands_in_cell, outline: bool = False):
    """A writer of ``spec`` with a stamp table, bold numbered sections (with outline levels, as LibreOffice
    keeps them, if ``outline``) and a tabbed signature."""
    def typed(path: Path) -> None:
        d = word.new()
        layouts.a4(d)
        word.stamp_table(d)
        layouts.title_pair(d, spec)
        layouts.numbered_body(d, spec, indicators)
        if outline:
            for paragraph in d.paragraphs:
                if paragraph.text[:2] in {f"{n}." for n in range(1, 7)} and paragraph.runs[0].bold:
                    word.outline(paragraph, 0)
        word.para(d)
        word.signature(d)
        d.save(path)
    return typed


def headed(spec: Spec, indicators: Callable = layouts.continued_rows, acquaintance: bool = False):
    def typed(path: Path) -> None:
        d = word.new()
        layouts.a4(d)
        word.stamp_table(d)
        layouts.heading_body(d, spec, indicators)
        if acquaintance:
            word.acquaintance_sheet(d)
        d.save(path)
    return typed


def doc_numbered(path: Path) -> WideExpected:
    """1.4 saved as Word 97 (.doc): stamp table, bold numbered sections, bands in one cell, tabbed signature."""
    converted(path, stamped_numbered(S14))
    return WideExpected([expected(S14)], [STAMPED, SIGNED], ["Ангеловский"])


def doc_headings(path: Path) -> WideExpected:
    """2.1 saved as .doc: heading styles, bands in rows continued below with empty first cells."""
    converted(path, headed(S21))
    return WideExpected([expected(S21)], [STAMPED], ["УТВЕРЖДЕНО"])


def odt_objectivity(path: Path) -> WideExpected:
    """1.5 as LibreOffice Writer keeps it (.odt): outline levels on bold numbered sections, each indicator's bands
    continued in the rows below it with empty first cells; the mechanism named only by «…обеспечения
    объективности проведения оценочных процедур…», never by the catalog's name."""
    converted(path, stamped_numbered(S15, layouts.continued_rows, outline=True))
    return WideExpected([expected(S15)], [STAMPED, SIGNED], ["Ангеловский"])


def odt_headings_sheet(path: Path) -> WideExpected:
    """2.4 as .odt: heading styles, bands in one cell, a qualitative scale, a «Лист ознакомления» at the end."""
    converted(path, headed(S24, layouts.bands_in_cell, acquaintance=True))
    return WideExpected([expected(S24)], [STAMPED, "лист ознакомления"], ["ознакомлены"])


def rtf_numbered(path: Path) -> WideExpected:
    """1.3 saved as .rtf: bold numbered sections, bands continued in rows, a count («чел.») whose lowest band
    is «0»."""
    converted(path, stamped_numbered(S13, layouts.continued_rows))
    return WideExpected([expected(S13)], [STAMPED, SIGNED], ["Ангеловский"])


def rtf_headings(path: Path) -> WideExpected:
    """1.1 saved as .rtf: heading styles, bands in one cell, «100 %» and «15 % и более, но менее 30 %» bands."""
    converted(path, headed(S11, layouts.bands_in_cell))
    return WideExpected([expected(S11)], [STAMPED], ["УТВЕРЖДЕНО"])


def paged_glossary(spec: Spec):
    """A writer of ``spec`` spread over pages: «Страница N из M» in the header, a glossary filling page 1, the
    general provisions continued after a page break, so the table starts low on page 2 and continues on
    page 3 under its repeated header row."""
    def typed(path: Path) -> None:
        d = word.new()
        layouts.a4(d)
        office.page_header(d)
        word.stamp_table(d)
        layouts.title_pair(d, spec)
        word.para(d, "1. Общие положения", bold=True)
        word.lines(d, [f"1.{n}. {t}" for n, t in enumerate(spec.general, 1)])
        word.para(d, "1.3. В настоящем Положении используются следующие сокращения:")
        word.lines(d, GLOSSARY)
        d.add_page_break()
        word.lines(d, [f"1.{n}. {text}" for n, text in enumerate(MORE_GENERAL, 4)])
        word.para(d, "2. Цель и задачи мониторинга", bold=True)
        word.para(d, f"2.1. Цель мониторинга: {spec.goal[:1].lower()}{spec.goal[1:]}")
        word.para(d, "2.2. Задачи мониторинга:")
        word.lines(d, [f"– {task};" for task in spec.tasks])
        word.para(d, "3. Показатели мониторинга", bold=True)
        word.para(d, "Показатели мониторинга и шкала их оценивания приведены в таблице:")
        office.repeat_header_row(layouts.continued_rows(d, spec))
        for n, (title, texts) in enumerate((("Методы сбора и обработки информации", spec.methods),
                                            ("Периодичность и сроки проведения мониторинга", (spec.schedule,)),
                                            ("Критерии оценивания", (spec.criteria,))), 4):
            word.para(d, f"{n}. {title}", bold=True)
            word.lines(d, [f"{n}.{k}. {t}" for k, t in enumerate(texts, 1)])
        word.para(d)
        word.signature(d)
        d.save(path)
    return typed


def pdf_paged(path: Path) -> WideExpected:
    """1.2 printed to PDF by LibreOffice: «Страница N из M» atop every page, a page break before section 2, the
    indicator table continued from page 2 to page 3 under its repeated header row."""
    converted(path, paged_glossary(S12))
    return WideExpected([expected(S12)], [STAMPED, SIGNED], ["Страница", "Ангеловский"],
                        ["функционирующая в неблагоприятных социальных условиях"])


def pdf_order(path: Path) -> WideExpected:
    """The приказ with 1.1, 1.2, 1.3 as appendices 1–3, printed to PDF with page numbers in the footer: the
    приказ's page and each appendix from a new page."""
    with tempfile.TemporaryDirectory(prefix="msoko-typed-") as folder:
        source = Path(folder) / f"{path.stem}.docx"
        result = orders.order_three_spaced(source)
        d = docx.Document(str(source))
        footer = d.sections[0].footer.paragraphs[0]
        footer.alignment = 1
        office.append_runs(footer, office.field_runs("PAGE", "1"))
        d.save(str(source))
        office.convert(source, path)
    return result


def scan_numbered(path: Path) -> WideExpected:
    """1.4 signed and scanned: the LibreOffice PDF's pages rendered at 300 dpi and bound back as images only."""
    with tempfile.TemporaryDirectory(prefix="msoko-scan-") as folder:
        pdf = Path(folder) / "printed.pdf"
        converted(pdf, stamped_numbered(S14))
        office.scan(pdf, path)
    return WideExpected([expected(S14)], [STAMPED, SIGNED], ["Ангеловский"], scanned=True)


def scan_gray_skewed(path: Path) -> WideExpected:
    """1.2 with page headers, scanned in grayscale and lying 0.4° crooked on the glass."""
    with tempfile.TemporaryDirectory(prefix="msoko-scan-") as folder:
        pdf = Path(folder) / "printed.pdf"
        converted(pdf, paged_glossary(S12))
        office.scan(pdf, path, gray=True, skew=0.4)
    return WideExpected([expected(S12)], [STAMPED, SIGNED], ["Страница", "Ангеловский"], scanned=True)
