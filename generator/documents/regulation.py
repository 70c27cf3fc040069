"""The Положение о мониторинге of one mechanism: six mandatory parts, the indicator table, use of results."""

from __future__ import annotations

import re

from schemas.base import code_sort_key, is_markdown
from schemas.passport import passport_fields
from schemas.regulation import Calculation, Indicator, MonitoringRegulation, Total

from schemas.prose import Span

from ..coherence.cycle import cycle_text
from ..docx.blocks import SUBCLAUSE, TABLE_TEXT, cell, runs, text_paragraph
from ..docx.elements import paragraph, table
from ..monitoring.measures import Aggregation, aggregation
from ..monitoring.selection import described, is_fraction, is_municipal
from ..russian import NBSP, and_joined
from ..russian.scale import band_line, range_wording
from .body import Body, Element, cell_prose, scaled

INDICATORS_INTRO = (
    "Показатели мониторинга, способы их расчёта, источники данных и шкалы оценивания приведены в таблице 1."
)
INDICATORS_CAPTION = "Таблица 1"
MAX_POINTS = "Максимальная сумма баллов по показателям мониторинга — {total}."
TOTAL_INDICATORS = "В сумму баллов входят показатели {codes}; максимальная сумма баллов по ним — {total}."
"""Lines a Положение gets from its data, not from prose; ``msoko import`` recognises them by these."""
MUNICIPAL_VALUE = (
    "Значение показателя уровня {level} в целом по округу рассчитывается как {rule}, представившим данные ({codes})."
)
AGGREGATION_WORDING = {
    Aggregation.RATIO: "отношение суммы числителей к сумме знаменателей по всем {level}",
    Aggregation.YES_SHARE: "доля {level}, ответивших «да», в процентах от числа {level}",
    Aggregation.SUM: "сумма значений по всем {level}",
    Aggregation.MEAN: "среднее арифметическое значений по всем {level}",
}
"""How the округ's value is made from the organizations' (:mod:`generator.monitoring.measures` computes it so):
said where the total is the округ's and sums indicators of organizations, else a reader cannot tell how a
school's share makes the округ's."""
MUNICIPAL_VALUE_LINE = re.compile(
    r"^Значение показателя уровня Д?ОО в целом по округу рассчитывается как .+, "
    r"представившим данные \(показател[ьи] [\d., и]+\)\.$"
)


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
    listed = cycle_text(regulation.cycle_deadlines)
    if listed:
        body.prose(listed)
    body.part("Критерии оценивания", regulation.criteria)
    total = regulation.max_total
    if regulation.total and regulation.total.indicators:
        body.clauses([TOTAL_INDICATORS.format(codes=and_joined(regulation.total.indicators), total=total)])
    elif not states_maximum(regulation.criteria, total):
        body.clauses([MAX_POINTS.format(total=total)])
    body.clauses(municipal_values(regulation))
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


def municipal_values(regulation: MonitoringRegulation) -> list[str]:
    """A sentence per level and rule of the summed indicators of organizations, when the total is the округ's."""
    if not regulation.total or regulation.total.subject != "муниципалитет":
        return []
    rules: dict[tuple[str, Aggregation], list[str]] = {}
    for indicator in regulation.summed_indicators():
        if not is_municipal(indicator):
            rules.setdefault((indicator.level, aggregation(indicator)), []).append(indicator.code)
    return [
        MUNICIPAL_VALUE.format(
            level=level,
            rule=AGGREGATION_WORDING[rule].format(level=level),
            codes=("показатели " if len(codes) > 1 else "показатель ") + and_joined(sorted(codes, key=code_sort_key)),
        )
        for (level, rule), codes in rules.items()
    ]


TOTAL_SHARE_LEAD = (
    "По доле набранных баллов от максимальной суммы баллов по показателям, применимым к {whom} "
    "(показатель, знаменатель которого у {whose} равен нулю, к {whom_short} не применяется), {who} "
    "относится к одной из групп:"
)
MUNICIPAL_SHARE_LEAD = (
    "По доле набранных баллов от максимальной суммы баллов в целом по округу результаты мониторинга "
    "относятся к одной из групп:"
)
SHARE_SUBJECTS = {
    "ОО": ("ОО", "ОО", "ней", "ОО"),
    "ДОО": ("ДОО", "ДОО", "ней", "ДОО"),
    "руководитель": ("ОО", "ОО", "ней", "руководитель ОО"),
}
"""For a total in shares of the maximum: (to whom the indicators apply, whose denominator, «к ней», who is grouped)."""


def total_groups(total: Total) -> str:
    """The groups by total points as a list: «- **высокий уровень** — 5 баллов и более;», or, for groups in shares
    of the maximum an organization can reach, «- **высокий уровень** — 80 % и более;» under a lead-in saying so."""
    unit, whole = ("процент", False) if total.share else ("балл", True)
    lines = [f"- **{group.name}**{NBSP}— {range_wording(group, unit, whole=whole)}" for group in total.groups]
    if total.share and total.subject in SHARE_SUBJECTS:
        whom, whose, whom_short, who = SHARE_SUBJECTS[total.subject]
        lead = TOTAL_SHARE_LEAD.format(whom=whom, whose=whose, whom_short=whom_short, who=who)
    elif total.share:
        lead = MUNICIPAL_SHARE_LEAD
    else:
        lead = TOTAL_GROUPS_LEAD[total.subject]
    return lead + "\n\n" + ";\n".join(lines) + ".\n"


def states_maximum(criteria: str, total: int) -> bool:
    """Whether the criteria already give the maximum sum («максимальная сумма — 10 баллов»), so that the
    document does not say it twice."""
    return re.search(rf"максимальн[а-яё]*[^.;]*?(?<![0-9]){total}(?![0-9])", criteria, re.IGNORECASE) is not None


USE_OF_RESULTS = (
    ("analysis", "Анализ результатов мониторинга"),
    ("recommendations", "Адресные рекомендации"),
    ("measures", "Меры и мероприятия"),
    ("decisions", "Управленческие решения"),
    ("effectiveness", "Анализ эффективности принятых мер"),
)
"""The steps of the use of results, each a пункт of its section when the Положение has its text (the addressed
recommendations also when only the indicators state them: their table 2)."""


def _use_of_results(body: Body, regulation: MonitoringRegulation) -> None:
    present = _uses(regulation)
    if not present:
        return
    advised = [indicator for indicator in in_table_order(regulation.indicators) if indicator.recommendation.strip()]
    body.section("Порядок использования результатов мониторинга")
    for step, title, text in present:
        body.subsection(title)
        body.prose(text, clause=SUBCLAUSE)
        if step == "recommendations":
            recommendations(body, advised)


def _uses(regulation: MonitoringRegulation) -> list[tuple[str, str, str]]:
    texts = regulation.use_of_results.model_dump()
    advised = any(indicator.recommendation.strip() for indicator in regulation.indicators)
    return [
        (step, title, texts[step])
        for step, title in USE_OF_RESULTS
        if texts[step].strip() or (step == "recommendations" and advised)
    ]


def use_of_results_clause(regulation: MonitoringRegulation, step: str) -> str | None:
    """The number Word gives the Положение's пункт on a step of the use of results («9.3»), as ``regulation_body``
    lays the sections out (the general provisions and the participants only when filled); None without its text."""
    steps = [found for found, _, _ in _uses(regulation)]
    if step not in steps:
        return None
    section = 7 + bool(regulation.general_provisions.strip()) + bool(regulation.participants.strip())
    return f"{section}.{steps.index(step) + 1}"


PASSPORT = passport_fields(Indicator)
CALCULATION = passport_fields(Calculation)
COLLECTION = "Сбор информации"
INDICATOR_COLUMNS: tuple[tuple[str | tuple[str, ...], float], ...] = (
    ("code", 10),
    ("name", 33),
    ("unit", 16),
    ("calculation", 36),
    (("source", "method", "level", "applies_to", "periodicity", "deadline", "responsible"), 34),
    ("target", 17),
    ("scoring", 24),
)
"""The passport's columns, each a field (titled by its label) or fields sharing a column as labelled lines.
The collection of data (source, method, level, the organizations it is collected from, periodicity, deadline,
responsible) shares one column whose every line names its field. The calculation column holds the longest words of the
table («соответствующими»,
«государственному»): it is wide enough for them, since table text is not hyphenated."""
TYPE_GROUPS = {"условия": "Показатели условий", "процесс": "Показатели процесса", "результат": "Показатели результата"}
"""The groups of the table, in this order in every Положение (conditions, process, result), each once."""
LEVEL_WORDING = {"муниципалитет": "муниципальный"}
"""The level as a regulation says it: «Уровень: муниципальный» (the source's value names the place)."""


def in_table_order(indicators: list[Indicator]) -> list[Indicator]:
    """The indicators grouped by type as table 1 prints them; table 2 follows the same order, so a reader finds
    an indicator in the same place in both (and an imported Положение, read in that order, prints the same)."""
    order = list(TYPE_GROUPS)
    return sorted(indicators, key=lambda item: order.index(item.type))


def indicator_table(indicators: list[Indicator], width_mm: float) -> Element:
    """Indicator passports: one row each under a row naming their type, the header repeated on every page. The
    indicators of a type stand together under one such row, in the order of their sources, whatever order the
    sources list the types in: a group named twice reads as two lists."""
    widths = scaled([width for _, width in INDICATOR_COLUMNS], width_mm)
    rows: list = [[cell(_title(column), style="TableHeading") for column, _ in INDICATOR_COLUMNS]]
    group = None
    for indicator in in_table_order(indicators):
        if indicator.type != group:
            group = indicator.type
            rows.append([([text_paragraph("TableHeading", TYPE_GROUPS[group])], len(INDICATOR_COLUMNS))])
        rows.append([_passport_cell(indicator, column, width) for (column, _), width in zip(INDICATOR_COLUMNS, widths)])
    return table("MsokoTable", widths, rows, keep_last=False)  # a passport row is tall: the last stands alone well


def _title(column: str | tuple[str, ...]) -> str:
    return COLLECTION if isinstance(column, tuple) else PASSPORT[column].label


def _passport_cell(indicator: Indicator, column: str | tuple[str, ...], width_mm: float) -> list[Element]:
    if isinstance(column, tuple):
        return [
            _labelled(PASSPORT[field].label, value)
            for field in column
            if (value := _collection_value(indicator, field))
        ]
    if column == "calculation":
        return _calculation_lines(indicator)
    if column == "scoring":
        return cell(*_scale_lines(indicator))
    if is_markdown(Indicator.model_fields[column]):
        return cell_prose(getattr(indicator, column), width_mm)
    return cell(getattr(indicator, column) or "—")


def _collection_value(indicator: Indicator, field: str) -> str:
    """A line of «Сбор информации» as the Положение says it; the organizations only where ``applies_to`` names them:
    those an indicator of ОО or ДОО is collected from, or those whose counts make a municipal share (a municipal
    indicator that is not one has the округ's row alone, whatever it names)."""
    if field == "applies_to":
        named = indicator.applies_to and (not is_municipal(indicator) or is_fraction(indicator))
        return described(indicator) if named else ""
    value = getattr(indicator, field)
    return LEVEL_WORDING.get(value, value)


RECOMMENDATIONS_INTRO = "Рекомендации при недостижении целевого значения показателя приведены в таблице 2."
RECOMMENDATIONS_CAPTION = "Таблица 2"
RECOMMENDATION_COLUMNS = (("code", 10), ("name", 45), ("target", 20), ("recommendation", 95))
"""What an ОО (for a municipal indicator, the УО) does when the value falls short of the target: printed
under «Адресные рекомендации», the step of the cycle they serve, not in table 1, whose seven columns leave
no room for a paragraph per indicator; the target stands beside each, since «falls short» may mean above
(«не более 1 %»)."""


def recommendations(body: Body, advised: list[Indicator]) -> None:
    """The lead-in and table 2: the indicators that state a recommendation, each with its target beside it."""
    if not advised:
        return
    body.elements.append(text_paragraph(SUBCLAUSE, RECOMMENDATIONS_INTRO, keep_next=True))
    body.elements.append(text_paragraph("TableCaption", RECOMMENDATIONS_CAPTION))
    widths = scaled([width for _, width in RECOMMENDATION_COLUMNS], body.width_mm)
    rows: list = [[cell(PASSPORT[field].label, style="TableHeading") for field, _ in RECOMMENDATION_COLUMNS]]
    rows += [
        [_passport_cell(indicator, field, width) for (field, _), width in zip(RECOMMENDATION_COLUMNS, widths)]
        for indicator in advised
    ]
    body.elements.append(table("MsokoTable", widths, rows))


def _scale_lines(indicator: Indicator) -> list[str]:
    """A band a paragraph, ended as items of a list are («;», the last «.»): a band wrapped in the narrow
    column stays apart from the next."""
    lines = [band_line(band, indicator.unit) for band in indicator.scoring]
    return [line + (";" if number < len(lines) else ".") for number, line in enumerate(lines, start=1)]


def _calculation_lines(indicator: Indicator) -> list[Element]:
    """A labelled line per part of the calculation; the formula reads as it stands."""
    calculation = indicator.calculation
    return [
        paragraph(TABLE_TEXT, runs([Span(value)])) if field == "formula" else _labelled(mark.label, value)
        for field, mark in CALCULATION.items()
        if (value := getattr(calculation, field))
    ]


def _labelled(label: str, value: str) -> Element:
    """«Источник данных: ФИС ОКО» with the label in italics, so that each line of a cell names its field."""
    return paragraph(TABLE_TEXT, runs([Span(f"{label}: ", italic=True), Span(value)]))
