"""The generated body of each kind of document: sections, clauses, lists and tables, as Word elements."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree
from markupsafe import Markup

from schemas.acts import Act
from schemas.concept import Concept
from schemas.cycle import CYCLE_STEPS
from schemas.regulation import Indicator, MonitoringRegulation, MsokoRegulation
from schemas.roadmap import Roadmap

from .docx import blocks
from .docx.blocks import BULLET, CLAUSE, SUBCLAUSE, cell, prose_elements, text_paragraph
from .docx.chart import CHART_CONTENT_TYPE, CHART_RELATIONSHIP, bar_chart_part, chart_paragraph
from .docx.oxml import paragraph, table
from .evaluation.evaluate import EvaluationResult
from .messages import count_word
from .sources.prose import parse_inline, parse_prose
from .report import percent_text
from .sources.model import ProjectSources

Element = etree._Element


@dataclass(frozen=True)
class RelatedPart:
    """A package part the body refers to by relationship id (a chart)."""

    name: str
    data: bytes
    content_type: str
    relationship: str
    relationship_id: str


@dataclass
class Body:
    """The generated part of one document, in the order it is written."""

    width_mm: float
    elements: list[Element] = field(default_factory=list)
    related: list[RelatedPart] = field(default_factory=list)

    def section(self, title: str) -> None:
        self.elements.append(text_paragraph("Heading1", title, keep_next=True))

    def subsection(self, title: str) -> None:
        # Direct numPr: the list's level 2 is linked to the clause style, and LibreOffice
        # numbers a second style on the same level only when the paragraph names the list itself.
        self.elements.append(text_paragraph("Heading2", title, keep_next=True, level=1, num_id=1))

    def prose(self, markdown: str, clause: str = CLAUSE, subclause: str = SUBCLAUSE) -> None:
        self.elements.extend(prose_elements(parse_prose(markdown), self.width_mm, clause, subclause))

    def clauses(self, lines: list[str], style: str = CLAUSE) -> None:
        for line in lines:
            self.elements.append(paragraph(style, blocks.runs(parse_inline(sentence(line)).spans)))

    def listing(self, lead: str, items: list[str]) -> None:
        """«Для достижения … необходимо:» and its bullets, punctuated as a Russian list."""
        self.elements.append(text_paragraph("Text", lead, keep_next=True))
        for line in list_items(items):
            self.elements.append(paragraph(BULLET, blocks.runs(parse_inline(line).spans)))

    def markup(self) -> Markup:
        return Markup("".join(etree.tostring(element, encoding="unicode") for element in self.elements))


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


def msoko_body(project: ProjectSources, msoko: MsokoRegulation, width_mm: float) -> Body:
    body = Body(width_mm)
    body.section("Общие положения")
    body.prose(msoko.general_provisions)
    body.section("Цель муниципальной системы оценки качества образования")
    body.prose(msoko.goal)
    body.section("Задачи муниципальной системы оценки качества образования")
    body.clauses(msoko.tasks)
    body.section("Принципы муниципальной системы оценки качества образования")
    body.clauses([f"**{p.name[:1].upper() + p.name[1:]}**" + (f": {p.description}" if p.description else "")
                  for p in msoko.principles])
    body.section("Структура муниципальной системы оценки качества образования")
    body.prose(msoko.structure)
    body.section("Механизмы управления качеством образования")
    for group_title, codes in _groups(project, msoko.mechanisms):
        body.clauses([f"{group_title}:"])
        lines = []
        for code in codes:
            regulation = project.regulation_for(code)
            document = f" ({regulation.model.title})" if regulation else ""
            lines.append(f"{project.mechanisms[code].title}{document}")
        body.clauses(lines, style=SUBCLAUSE)
    if msoko.final_provisions:
        body.section("Заключительные положения")
        body.prose(msoko.final_provisions)
    return body


def concept_body(project: ProjectSources, concept: Concept, width_mm: float) -> Body:
    body = Body(width_mm)
    if concept.introduction:
        body.section("Общие положения")
        body.prose(concept.introduction)
    body.section("Цель и задачи Концепции")
    body.prose(concept.goal)
    body.clauses(["Задачи Концепции:"])
    body.clauses(concept.tasks, style=SUBCLAUSE)
    if concept.terms:
        body.section("Термины и сокращения, используемые в Концепции")
        body.elements.append(table("MsokoTable", _scaled([35, 135], width_mm), [
            [cell("Сокращение", style="TableHeading"), cell("Значение", style="TableHeading")],
            *([cell(term.term), cell(term.definition)] for term in concept.terms)]))
    targets = {entry.mechanism: entry for entry in concept.mechanisms}
    for group_title, codes in _groups(project, [entry.mechanism for entry in concept.mechanisms]):
        body.section(group_title)
        for code in codes:
            body.subsection(project.mechanisms[code].title)
            regulation = project.regulation_for(code)
            if regulation:
                goal = " ".join(parse_inline(regulation.model.goal).text.split())
                body.clauses([f"Цель мониторинга определена в документе «{regulation.model.title}»: {goal}"],
                             style=SUBCLAUSE)
            body.listing("Целевые ориентиры:", targets[code].targets)
            body.listing("Для достижения целевых ориентиров необходимо:", targets[code].actions)
    return body


def roadmap_body(roadmap: Roadmap, width_mm: float) -> Body:
    body = Body(width_mm)
    widths = _scaled([16, 150, 45, 60], width_mm)
    rows: list = [[cell(title, style="TableHeading") for title in ("№ п/п", "Мероприятия", "Сроки", "Ответственные")]]
    for section in roadmap.sections:
        rows.append([([text_paragraph("RoadmapSection", section.title)], 4)])
        for item in section.items:
            rows.append([[paragraph("RoadmapItem")], _cell_prose(item.activity, width_mm),
                         cell(item.deadline), cell(item.responsible)])
    body.elements.append(table("MsokoTable", widths, rows))
    return body


def act_points(act: Act, appendix_titles: list[str]) -> Body:
    """Point 1 approves the appendices; the act's own points follow; the control point closes."""
    body = Body(0)
    if len(appendix_titles) == 1:
        body.clauses([f"Утвердить {appendix_titles[0]} (приложение)."], style="Point")
    elif appendix_titles:
        body.clauses(["Утвердить:"], style="Point")
        body.clauses(list_items([f"{title} (приложение {number})" for number, title in enumerate(appendix_titles, 1)]),
                     style="Subpoint")
    for point in act.points:
        body.clauses([point.text], style="Point")
        body.clauses(list_items(point.subpoints), style="Subpoint")
    body.clauses([act.control], style="Point")
    return body


def preamble(act: Act) -> Body:
    body = Body(0)
    body.elements.extend(prose_elements(parse_prose(act.basis), 0, clause="Text"))
    return body


def evaluation_body(result: EvaluationResult, width_mm: float) -> Body:
    """The evaluation appendix: results by mechanism (with earlier years), by cycle step, a chart, advice."""
    body = Body(width_mm)
    per_mechanism = result.mechanisms[0].possible if result.mechanisms else 0
    body.section("Общие положения")
    body.clauses([f"Самооценка механизмов управления качеством образования за {result.year} год проведена по "
                  f"критериям «{result.criteria_title}»: максимум {per_mechanism} баллов по каждому механизму.",
                  "Баллы рассчитаны по Положениям о мониторинге и документам, подтверждающим шаги "
                  "управленческого цикла; результаты прошлых лет приведены по данным внешней оценки."])
    body.section("Результаты по механизмам")
    years = [h.year for h in result.history] + [result.year]
    body.clauses(["Баллы и доля набранных баллов по каждому механизму приведены в таблице 1 и на рисунке 1."])
    body.elements.append(text_paragraph("TableCaption", "Таблица 1"))
    body.elements.append(_results_table(result, years, width_mm))
    body.related.append(RelatedPart("word/charts/chart1.xml", _results_chart(result, years), CHART_CONTENT_TYPE,
                                    CHART_RELATIONSHIP, "rIdMsokoChart1"))
    body.elements.append(chart_paragraph("rIdMsokoChart1", width_mm, 20 + 12 * len(result.mechanisms),
                                         "Доля набранных баллов по механизмам"))
    body.elements.append(text_paragraph("Caption", "Рисунок 1. Доля набранных баллов по механизмам, %"))
    body.section("Результаты по шагам управленческого цикла")
    body.clauses(["Баллы по шагам управленческого цикла приведены в таблице 2."])
    body.elements.append(text_paragraph("TableCaption", "Таблица 2"))
    body.elements.append(_steps_table(result, width_mm))
    advised = [score for score in result.mechanisms if score.advice]
    if advised:
        body.section("Что необходимо сделать")
        for score in advised:
            body.subsection(score.mechanism.title)
            body.clauses(list_items(score.advice), style=SUBCLAUSE)
    return body


def _results_table(result: EvaluationResult, years: list[int], width_mm: float) -> Element:
    past = {h.year: {r.mechanism: r for r in h.results} for h in result.history}
    widths = _scaled([90] + [26] * len(years), width_mm)
    rows = [[cell("Механизм", style="TableHeading"), *(cell(f"{year} год", style="TableHeading") for year in years)]]
    for score in result.mechanisms:
        row = [cell(f"{score.mechanism.code}. {score.mechanism.title}")]
        for year in years[:-1]:
            recorded = past[year].get(score.mechanism.code)
            row.append(cell(f"{recorded.earned}/{recorded.possible}", percent_text(100 * recorded.earned / recorded.possible))
                       if recorded else cell("—"))
        row.append(cell(f"{score.earned}/{score.possible}", percent_text(score.percent)))
        rows.append(row)
    return table("MsokoTable", widths, rows)


def _steps_table(result: EvaluationResult, width_mm: float) -> Element:
    codes = [score.mechanism.code for score in result.mechanisms]
    widths = _scaled([52] + [13] * len(codes), width_mm)
    rows = [[cell("Шаг управленческого цикла", style="TableHeading"), *(cell(code, style="TableHeading") for code in codes)]]
    for index, step in enumerate(CYCLE_STEPS):
        row = [cell(step.name[:1].upper() + step.name[1:])]
        for score in result.mechanisms:
            step_score = score.steps[index]
            row.append(cell(f"{step_score.earned}/{step_score.possible}"))
        rows.append(row)
    return table("MsokoTable", widths, rows)


def _results_chart(result: EvaluationResult, years: list[int]) -> bytes:
    codes = [score.mechanism.code for score in result.mechanisms]
    series = []
    for history in result.history:
        recorded = {r.mechanism: 100 * r.earned / r.possible for r in history.results}
        series.append((f"{history.year} год", [recorded.get(code) for code in codes]))
    series.append((f"{result.year} год", [score.percent for score in result.mechanisms]))
    return bar_chart_part(codes, series)


INDICATOR_COLUMNS = (("Код", 14), ("Показатель", 42), ("Ед. изм.", 17), ("Расчёт", 38),
                     ("Источник, метод, сроки", 32), ("Шкала оценивания", 27))


def indicator_table(indicators: list[Indicator], width_mm: float) -> Element:
    """Indicator passports: one row each, the header repeated on every page."""
    widths = _scaled([width for _, width in INDICATOR_COLUMNS], width_mm)
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


def _cell_prose(markdown: str, width_mm: float) -> list[Element]:
    return prose_elements(parse_prose(markdown), width_mm, clause="TableText", subclause="TableText",
                          bullet="TableBullet")


def _groups(project: ProjectSources, codes: list[str]) -> list[tuple[str, list[str]]]:
    """Codes grouped under the catalog's group titles, in the catalog's group order."""
    mechanisms = project.mechanisms
    titles = {group.number: group.title for group in project.catalog.model.groups}
    grouped = []
    for number, title in sorted(titles.items()):
        members = [code for code in codes if code in mechanisms and mechanisms[code].group == number]
        if members:
            grouped.append((title, members))
    return grouped


def _scaled(widths: list[float], width_mm: float) -> list[float]:
    scale = width_mm / sum(widths)
    return [width * scale for width in widths]


def sentence(text: str) -> str:
    """A list line as a clause: capital first letter, a full stop (or the colon it has) at the end."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".:;!?" else text + "."


def list_items(items: list[str]) -> list[str]:
    """Items of a Russian list: each ends with «;», the last with «.», unless the author punctuated it."""
    result = []
    for index, item in enumerate(items):
        item = item.strip()
        if item and item[-1] not in ".;:!?":
            item += "." if index == len(items) - 1 else ";"
        result.append(item)
    return result
