"""The Положение о мониторинге of one mechanism: six mandatory parts, the indicator table, use of results."""

from __future__ import annotations

from schemas.regulation import Indicator, MonitoringRegulation

from ..docx.blocks import SUBCLAUSE, cell, text_paragraph
from ..docx.oxml import table
from ..messages import count_word
from .body import Body, Element, scaled


INDICATORS_INTRO = ("Показатели мониторинга, способы их расчёта, источники данных и шкалы оценивания "
                    "приведены в таблице 1.")
INDICATORS_CAPTION = "Таблица 1"
MAX_POINTS = "Максимальная сумма баллов по показателям мониторинга — {total}."
"""Lines a Положение gets from its data, not from prose; ``msoko import`` recognises them by these."""


def regulation_body(regulation: MonitoringRegulation, width_mm: float) -> Body:
    body = Body(width_mm)
    if regulation.general_provisions:
        body.section("Общие положения")
        body.prose(regulation.general_provisions)
    body.section("Цель мониторинга")
    body.prose(regulation.goal)
    body.section("Задачи мониторинга")
    body.clauses(regulation.tasks)
    body.section("Показатели мониторинга")
    body.clauses([INDICATORS_INTRO])
    body.elements.append(text_paragraph("TableCaption", INDICATORS_CAPTION))
    body.elements.append(indicator_table(regulation.indicators, width_mm))
    body.section("Методы сбора и обработки информации")
    body.prose(regulation.methods)
    body.section("Периодичность и сроки проведения мониторинга")
    body.prose(regulation.schedule)
    body.section("Критерии оценивания")
    body.prose(regulation.criteria)
    total = sum(indicator.max_points for indicator in regulation.indicators)
    body.clauses([MAX_POINTS.format(total=total)])
    if regulation.participants:
        body.section("Участники мониторинга и ответственные")
        body.prose(regulation.participants)
    _use_of_results(body, regulation)
    if regulation.final_provisions:
        body.section("Заключительные положения")
        body.prose(regulation.final_provisions)
    return body


def _use_of_results(body: Body, regulation: MonitoringRegulation) -> None:
    steps = regulation.use_of_results
    parts = [("Анализ результатов мониторинга", steps.analysis),
             ("Адресные рекомендации", steps.recommendations),
             ("Меры и мероприятия", steps.measures),
             ("Управленческие решения", steps.decisions),
             ("Анализ эффективности принятых мер", steps.effectiveness)]
    present = [(title, text) for title, text in parts if text.strip()]
    if not present:
        return
    body.section("Порядок использования результатов мониторинга")
    for title, text in present:
        body.subsection(title)
        body.prose(text, clause=SUBCLAUSE)


INDICATOR_COLUMNS = (("Код", 14), ("Показатель", 42), ("Ед. изм.", 17), ("Расчёт", 38),
                     ("Источник, метод, сроки", 32), ("Шкала оценивания", 27))


def indicator_table(indicators: list[Indicator], width_mm: float) -> Element:
    """Indicator passports: one row each, the header repeated on every page."""
    widths = scaled([width for _, width in INDICATOR_COLUMNS], width_mm)
    rows = [[cell(title, style="TableHeading") for title, _ in INDICATOR_COLUMNS]]
    for indicator in indicators:
        rows.append([
            cell(indicator.code),
            cell(indicator.name, _passport_line(indicator)),
            cell(indicator.unit),
            cell(*_calculation_lines(indicator)),
            cell(indicator.source, indicator.method, _when(indicator), indicator.responsible),
            cell(*(f"{band.condition} — {count_word(band.points, 'балл', 'балла', 'баллов')}" for band in indicator.scoring)),
        ])
    return table("MsokoTable", widths, rows)


def _passport_line(indicator: Indicator) -> str:
    parts = [f"тип: {indicator.type}", f"уровень: {indicator.level}"]
    if indicator.target:
        parts.append(f"целевое значение: {indicator.target}")
    return "(" + "; ".join(parts) + ")"


def _calculation_lines(indicator: Indicator) -> list[str]:
    calculation = indicator.calculation
    lines = []
    if calculation.numerator:
        lines.append(f"Числитель: {calculation.numerator}")
    if calculation.denominator:
        lines.append(f"Знаменатель: {calculation.denominator}")
    if calculation.formula:
        lines.append(calculation.formula)
    if calculation.period:
        lines.append(f"Период: {calculation.period}")
    return lines


def _when(indicator: Indicator) -> str:
    return ", ".join(part for part in (indicator.periodicity, indicator.deadline) if part)
