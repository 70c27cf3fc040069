"""The Положение о мониторинге of one mechanism: six mandatory parts, the indicator table, use of results."""

from __future__ import annotations

import re

from schemas.regulation import Indicator, MonitoringRegulation, Total

from schemas.prose import Span

from ..docx.blocks import SUBCLAUSE, TABLE_TEXT, cell, runs, text_paragraph
from ..docx.elements import paragraph, table
from ..russian import NBSP
from ..russian.scale import band_line, range_wording
from .body import Body, Element, scaled


INDICATORS_INTRO = ("Показатели мониторинга, способы их расчёта, источники данных и шкалы оценивания "
                    "приведены в таблице 1.")
INDICATORS_CAPTION = "Таблица 1"
MAX_POINTS = "Максимальная сумма баллов по показателям мониторинга — {total}."
TOTAL_INDICATORS = "В сумму баллов входят показатели {codes}; максимальная сумма баллов по ним — {total}."
"""Lines a Положение gets from its data, not from prose; ``msoko import`` recognises them by these."""


def regulation_body(regulation: MonitoringRegulation, width_mm: float) -> Body:
    body = Body(width_mm)
    body.part("Общие положения", regulation.general_provisions, optional=True)
    body.part("Цель мониторинга", regulation.goal)
    body.section("Задачи мониторинга")
    body.clauses(regulation.tasks)
    body.section("Показатели мониторинга")
    body.clauses([INDICATORS_INTRO])
    body.elements.append(text_paragraph("TableCaption", INDICATORS_CAPTION))
    body.elements.append(indicator_table(regulation.indicators, width_mm))
    body.part("Методы сбора и обработки информации", regulation.methods)
    body.part("Периодичность и сроки проведения мониторинга", regulation.schedule)
    body.part("Критерии оценивания", regulation.criteria)
    total = regulation.max_total
    if regulation.total and regulation.total.indicators:
        body.clauses([TOTAL_INDICATORS.format(codes=joined(regulation.total.indicators), total=total)])
    elif not states_maximum(regulation.criteria, total):
        body.clauses([MAX_POINTS.format(total=total)])
    if regulation.total and regulation.total.groups:
        body.prose(total_groups(regulation.total))
    body.part("Участники мониторинга и ответственные", regulation.participants, optional=True)
    _use_of_results(body, regulation)
    body.part("Заключительные положения", regulation.final_provisions, optional=True)
    return body


TOTAL_GROUPS_LEAD = {
    "ОО": "По сумме баллов ОО относится к одной из групп:",
    "ДОО": "По сумме баллов ДОО относится к одной из групп:",
    "руководитель": "По сумме баллов руководитель ОО относится к одной из групп:",
    "муниципалитет": "По сумме баллов в целом по округу результаты мониторинга относятся к одной из групп:",
}


def joined(items: list[str]) -> str:
    """«1.1.1, 1.1.4 и 1.1.6»."""
    return ", ".join(items[:-1]) + f" и {items[-1]}" if len(items) > 1 else "".join(items)


def total_groups(total: Total) -> str:
    """The groups by total points as a list: «- **высокий уровень** — 5 баллов и более;»."""
    lines = [f"- **{group.name}**{NBSP}— {range_wording(group, 'балл', whole=True)}" for group in total.groups]
    return TOTAL_GROUPS_LEAD[total.subject] + "\n\n" + ";\n".join(lines) + ".\n"


def states_maximum(criteria: str, total: int) -> bool:
    """Whether the criteria already give the maximum sum («максимальная сумма — 10 баллов»), so that the
    document does not say it twice."""
    return re.search(rf"максимальн[а-яё]*[^.;]*?(?<![0-9]){total}(?![0-9])", criteria, re.IGNORECASE) is not None


USE_OF_RESULTS = (("analysis", "Анализ результатов мониторинга"), ("recommendations", "Адресные рекомендации"),
                  ("measures", "Меры и мероприятия"), ("decisions", "Управленческие решения"),
                  ("effectiveness", "Анализ эффективности принятых мер"))
"""The steps of the use of results, each a пункт of its section when the Положение has its text."""


def _use_of_results(body: Body, regulation: MonitoringRegulation) -> None:
    present = _uses(regulation)
    if not present:
        return
    body.section("Порядок использования результатов мониторинга")
    for _, title, text in present:
        body.subsection(title)
        body.prose(text, clause=SUBCLAUSE)


def _uses(regulation: MonitoringRegulation) -> list[tuple[str, str, str]]:
    texts = regulation.use_of_results.model_dump()
    return [(step, title, texts[step]) for step, title in USE_OF_RESULTS if texts[step].strip()]


def use_of_results_clause(regulation: MonitoringRegulation, step: str) -> str | None:
    """The number Word gives the Положение's пункт on a step of the use of results («9.3»), as ``regulation_body``
    lays the sections out (the general provisions and the participants only when filled); None without its text."""
    steps = [found for found, _, _ in _uses(regulation)]
    if step not in steps:
        return None
    section = 7 + bool(regulation.general_provisions.strip()) + bool(regulation.participants.strip())
    return f"{section}.{steps.index(step) + 1}"


SHY = "\u00ad"
INDICATOR_COLUMNS = (("№", 10), ("Показатель", 33), (f"Едини{SHY}ца изме{SHY}рения", 16), ("Способ расчёта", 36),
                     ("Сбор информации", 34), (f"Целе{SHY}вое значе{SHY}ние", 17), (f"Шкала оцени{SHY}вания", 24))
"""Labelled columns (soft hyphens let a narrow title break as a word breaks); the collection of data
(source, method, level, periodicity, deadline, responsible) shares one column whose every line
names its field. The calculation column holds the longest words of the table («соответствующими»,
«государственному»): it is wide enough for them, since table text is not hyphenated."""
TYPE_GROUPS = {"результат": "Показатели результата", "процесс": "Показатели процесса", "условия": "Показатели условий"}
LEVEL_WORDING = {"муниципалитет": "муниципальный"}
"""The level as a regulation says it: «Уровень: муниципальный» (the source's value names the place)."""
COLLECTION_LABELS = (("source", "Источник данных"), ("method", "Метод сбора"), ("level", "Уровень"),
                     ("periodicity", "Периодичность"), ("deadline", "Срок"), ("responsible", "Ответственный"))


def indicator_table(indicators: list[Indicator], width_mm: float) -> Element:
    """Indicator passports: one row each under a row naming their type, the header repeated on every page."""
    widths = scaled([width for _, width in INDICATOR_COLUMNS], width_mm)
    rows: list = [[cell(title, style="TableHeading") for title, _ in INDICATOR_COLUMNS]]
    group = None
    for indicator in indicators:
        if indicator.type != group:
            group = indicator.type
            rows.append([([text_paragraph("TableHeading", TYPE_GROUPS[group])], len(INDICATOR_COLUMNS))])
        rows.append([
            cell(indicator.code),
            cell(indicator.name),
            cell(indicator.unit),
            _calculation_lines(indicator),
            [_labelled(label, LEVEL_WORDING.get(value, value)) for field, label in COLLECTION_LABELS
             if (value := getattr(indicator, field))],
            cell(indicator.target or "—"),
            cell(*_scale_lines(indicator)),
        ])
    return table("MsokoTable", widths, rows)


def _scale_lines(indicator: Indicator) -> list[str]:
    """A band a paragraph, ended as items of a list are («;», the last «.»): a band wrapped in the narrow
    column stays apart from the next."""
    lines = [band_line(band, indicator.unit) for band in indicator.scoring]
    return [line + (";" if number < len(lines) else ".") for number, line in enumerate(lines, start=1)]


def _calculation_lines(indicator: Indicator) -> list[Element]:
    calculation = indicator.calculation
    return [_labelled(label, value) if label else paragraph(TABLE_TEXT, runs([Span(value)]))
            for label, value in (("Числитель", calculation.numerator), ("Знаменатель", calculation.denominator),
                                 ("", calculation.formula), ("Период", calculation.period)) if value]


def _labelled(label: str, value: str) -> Element:
    """«Источник данных: ФИС ОКО» with the label in italics, so that each line of a cell names its field."""
    return paragraph(TABLE_TEXT, runs([Span(f"{label}: ", italic=True), Span(value)]))
