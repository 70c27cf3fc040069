"""A spec typed into a python-docx document in the ways the wide corpus needs: the title pair, bold numbered
sections, and the indicator table with its bands in one cell, in rows continued below with empty first
cells, or left out for a separate table."""

from __future__ import annotations

from collections.abc import Callable

from docx.shared import Cm

from . import word
from .spec import Spec, bands_text, points_text

SECTIONS = ("Общие положения", "Цель и задачи мониторинга", "Показатели мониторинга",
            "Методы сбора и обработки информации", "Периодичность и сроки проведения мониторинга",
            "Критерии оценивания")


def title_pair(d, spec: Spec, bold: bool = True) -> None:
    word.para(d, "ПОЛОЖЕНИЕ", bold=bold, align="center")
    word.para(d, spec.subject, bold=bold, align="center")


def a4(d) -> None:
    """The page of a Russian official document (ГОСТ Р 7.0.97): A4, margins 3 cm left, 1.5 cm right, 2 cm
    top and bottom — python-docx's blank template is US Letter."""
    for section in d.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin, section.right_margin = Cm(3), Cm(1.5)
        section.top_margin = section.bottom_margin = Cm(2)


def fit(table, widths: tuple[float, ...]):
    """Column widths in centimetres, in the grid LibreOffice reads and in every cell Word reads."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    return table


def label(section: str, n: int) -> str:
    """An indicator's number in the table: «3.2» under section 3, «2» where the table stands alone."""
    return f"{section}.{n}" if section else str(n)


def bands_in_cell(d, spec: Spec, number: str = "3"):
    """«№ | Наименование | Ед. изм. | Источник | Критерии (баллы)», every band of an indicator in its one cell."""
    rows = [["№ п/п", "Наименование показателя", "Ед. изм.", "Источник информации", "Критерии оценивания (баллы)"]]
    rows += [[label(number, n) + ".", i.name, i.unit_text, "отчёт ОО, ФИС ОКО", bands_text(i)]
             for n, i in enumerate(spec.indicators, 1)]
    return fit(word.table(d, rows), (1.3, 6.0, 1.7, 2.8, 4.7))


def continued_rows(d, spec: Spec, number: str = "3"):
    """One row per band: the indicator's number, name and unit in its first row only, the rows below it
    continued with empty first cells (no merge), as LibreOffice users type it."""
    rows = [["№", "Показатель", "Единица измерения", "Значение показателя", "Баллы"]]
    for n, indicator in enumerate(spec.indicators, 1):
        for k, (text, band) in enumerate(indicator.bands):
            head = [label(number, n), indicator.name, indicator.unit_text] if k == 0 else ["", "", ""]
            rows.append(head + [text, str(band.points)])
    return fit(word.table(d, rows), (1.0, 6.6, 2.7, 3.4, 1.8))


def without_bands(d, spec: Spec, number: str = "3"):
    rows = [["№ п/п", "Наименование показателя", "Ед. изм.", "Источник информации", "Периодичность"]]
    rows += [[label(number, n), i.name, i.unit_text, "отчёт ОО", "ежегодно"] for n, i in enumerate(spec.indicators, 1)]
    return fit(word.table(d, rows), (1.3, 8.5, 1.7, 2.5, 2.5))


def bands_as_lines(spec: Spec) -> list[str]:
    """«3.1. По показателю 3.1: …» — criteria spelled per indicator, for a body without a table."""
    return [f"По показателю {n}: " + "; ".join(f"{text} — {points_text(b.points)}" for text, b in i.bands) + "."
            for n, i in enumerate(spec.indicators, 1)]


HEADINGS = ("Общие положения", "Цель мониторинга", "Задачи мониторинга", "Показатели мониторинга",
            "Методы сбора и обработки информации", "Периодичность и сроки", "Критерии оценивания")


def heading_body(d, spec: Spec, indicators: Callable = bands_in_cell, criteria: tuple[str, ...] = ()) -> None:
    """Heading 2 sections without numbers under a Heading 1 title; ``criteria`` follow the common rule."""
    d.add_heading(spec.title, 1)
    texts = (spec.general, (spec.goal,), tuple(f"{t};" for t in spec.tasks), None, spec.methods, (spec.schedule,),
             (spec.criteria, *criteria))
    for heading, paragraphs in zip(HEADINGS, texts):
        d.add_heading(heading, 2)
        if paragraphs is None:
            indicators(d, spec)
        else:
            word.lines(d, paragraphs, "List Bullet" if heading == "Задачи мониторинга" else None)


def numbered_body(d, spec: Spec, indicators: Callable = bands_in_cell, bold: bool = True) -> None:
    """Sections «1. Общие положения» … «6. Критерии оценивания» in bold, clauses «1.1.» typed."""
    def section(n: int) -> None:
        word.para(d, f"{n}. {SECTIONS[n - 1]}", bold=bold)

    section(1)
    word.lines(d, [f"1.{n}. {text}" for n, text in enumerate(spec.general, 1)])
    section(2)
    word.para(d, f"2.1. Цель мониторинга: {spec.goal[:1].lower()}{spec.goal[1:]}")
    word.para(d, "2.2. Задачи мониторинга:")
    word.lines(d, [f"– {task};" for task in spec.tasks])
    section(3)
    word.para(d, "Мониторинг проводится по показателям, приведённым в таблице:")
    indicators(d, spec)
    section(4)
    word.lines(d, [f"4.{n}. {text}" for n, text in enumerate(spec.methods, 1)])
    section(5)
    word.para(d, f"5.1. {spec.schedule}")
    section(6)
    word.para(d, f"6.1. {spec.criteria}")
