"""Stage 5, render: each planned document through its Word template into DOCX bytes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from markupsafe import Markup

from schemas.diagnostics import Diagnostic, Location, Severity
from schemas.profile import ApprovingAct, Project
from schemas.regulation import Indicator, MonitoringRegulation, MsokoRegulation

from .docx import blocks
from .docx.blocks import CLAUSE, SUBCLAUSE, cell, prose_elements, text_paragraph
from .docx.oxml import core_properties, paragraph, serialize, set_base_font_size, table
from .docx.package import TemplateProblem, WordTemplate
from .errors import MsokoError
from .messages import count_word
from .plan import Target
from .prose import parse_inline, parse_prose
from .russian import approval_word, approving_act_phrase, format_document_date, number_sign
from .typography import typograph_text
from .validate import ProjectSources

A4_WIDTH_MM = 210
Element = etree._Element


@dataclass
class Body:
    """The generated clauses of one document, section by section."""

    width_mm: float
    elements: list[Element]

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
            self.elements.append(paragraph(style, blocks.runs(parse_inline(_sentence(line)).spans)))

    def markup(self) -> Markup:
        return Markup("".join(etree.tostring(element, encoding="unicode") for element in self.elements))


class Renderer:
    """Renders targets of one project; templates are read and compiled once per run."""

    def __init__(self, project: ProjectSources) -> None:
        self.project = project
        self.profile: Project = project.profile.model
        margins = self.profile.layout.margins
        self.margins = (margins.left, margins.right, margins.top, margins.bottom)
        self.width_mm = A4_WIDTH_MM - margins.left - margins.right
        self._templates: dict[Path, WordTemplate] = {}

    def render(self, target: Target) -> bytes:
        template = self._template(target.template)
        if target.kind == "regulation":
            model = self.project.regulation_for(target.subject).model
            body = self._regulation_body(model)
            subject = self.project.mechanisms[model.mechanism].title
        else:
            model = self.project.msoko.model
            body = self._msoko_body(model)
            subject = f"Муниципальная система оценки качества образования: {self.profile.authority.municipality}"
        act = self.project.acts.get(model.approved_by) if model.approved_by else None
        context = self._context(model.title, act, body)
        try:
            rendered = template.render(context, margins=self.margins,
                                       extra_parts=self._extra_parts(template, model.title, subject, act))
        except TemplateProblem as problem:
            raise _template_error(self.project, target.template, problem) from None
        return rendered.to_bytes()

    def _template(self, path: Path) -> WordTemplate:
        if path not in self._templates:
            try:
                self._templates[path] = WordTemplate(path)
            except TemplateProblem as problem:
                raise _template_error(self.project, path, problem) from None
        return self._templates[path]

    def _context(self, title: str, act: ApprovingAct | None, body: Body) -> dict:
        kind, _, subject = title.partition(" ")
        authority = self.profile.authority
        stamp = None
        if act is not None:
            stamp = {
                "word": approval_word(kind),
                "approver": typograph_text(approving_act_phrase(act.kind, authority.full_name)),
                "date": format_document_date(act.date, self.profile.layout.date_format),
                "number": number_sign(act.number),
            }
        return {
            "stamp": stamp,
            "title": {"kind": kind, "subject": typograph_text(subject), "full": typograph_text(title)},
            "authority": authority.model_dump(),
            "head": {"position": self.profile.head.position, "name": typograph_text(self.profile.head.name)},
            "body": body.markup(),
        }

    def _extra_parts(self, template: WordTemplate, title: str, subject: str, act: ApprovingAct | None) -> dict[str, bytes]:
        styles = etree.fromstring(template.parts["word/styles.xml"])
        set_base_font_size(styles, self.profile.layout.font_size)
        date = act.date.isoformat() if act else "2000-01-01"
        return {
            "word/styles.xml": serialize(styles),
            "docProps/core.xml": core_properties(title=title, subject=subject, creator=self.profile.authority.full_name,
                                                 keywords="МСОКО", date=date),
        }

    def _regulation_body(self, regulation: MonitoringRegulation) -> Body:
        body = Body(self.width_mm, [])
        if regulation.general_provisions:
            body.section("Общие положения")
            body.prose(regulation.general_provisions)
        body.section("Цель мониторинга")
        body.prose(regulation.goal)
        body.section("Задачи мониторинга")
        body.clauses(regulation.tasks)
        body.section("Показатели мониторинга")
        body.clauses(["Показатели мониторинга, способы их расчёта, источники данных и шкалы оценивания "
                      "приведены в таблице 1."])
        body.elements.append(text_paragraph("TableCaption", "Таблица 1"))
        body.elements.append(indicator_table(regulation.indicators, self.width_mm))
        body.section("Методы сбора и обработки информации")
        body.prose(regulation.methods)
        body.section("Периодичность и сроки проведения мониторинга")
        body.prose(regulation.schedule)
        body.section("Критерии оценивания")
        body.prose(regulation.criteria)
        total = sum(indicator.max_points for indicator in regulation.indicators)
        body.clauses([f"Максимальная сумма баллов по показателям мониторинга — {total}."])
        if regulation.participants:
            body.section("Участники мониторинга и ответственные")
            body.prose(regulation.participants)
        self._use_of_results(body, regulation)
        if regulation.final_provisions:
            body.section("Заключительные положения")
            body.prose(regulation.final_provisions)
        return body

    @staticmethod
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

    def _msoko_body(self, msoko: MsokoRegulation) -> Body:
        body = Body(self.width_mm, [])
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
        self._mechanism_list(body, msoko)
        if msoko.final_provisions:
            body.section("Заключительные положения")
            body.prose(msoko.final_provisions)
        return body

    def _mechanism_list(self, body: Body, msoko: MsokoRegulation) -> None:
        mechanisms = self.project.mechanisms
        groups = {group.number: group.title for group in self.project.catalog.model.groups}
        for number, group_title in sorted(groups.items()):
            codes = [code for code in msoko.mechanisms if code in mechanisms and mechanisms[code].group == number]
            if not codes:
                continue
            body.clauses([f"{group_title}:"])
            lines = []
            for code in codes:
                regulation = self.project.regulation_for(code)
                document = f" ({regulation.model.title})" if regulation else ""
                lines.append(f"{mechanisms[code].title}{document}")
            body.clauses(lines, style=SUBCLAUSE)


INDICATOR_COLUMNS = (("Код", 14), ("Показатель", 42), ("Ед. изм.", 17), ("Расчёт", 38),
                     ("Источник, метод, сроки", 32), ("Шкала оценивания", 27))


def indicator_table(indicators: list[Indicator], width_mm: float) -> Element:
    """Indicator passports: one row each, the header repeated on every page."""
    scale = width_mm / sum(width for _, width in INDICATOR_COLUMNS)
    widths = [width * scale for _, width in INDICATOR_COLUMNS]
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


def _sentence(text: str) -> str:
    """A list line as a clause: capital first letter, a full stop (or the colon it has) at the end."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".:;!?" else text + "."


def _template_error(project: ProjectSources, path: Path, problem: TemplateProblem) -> MsokoError:
    location = Location(project.layout.display(path))
    return MsokoError([Diagnostic(location, Severity.ERROR, f"шаблон не годится: {problem}", code="template")])


def render_all(project: ProjectSources, targets: list[Target], progress) -> list[tuple[Target, bytes]]:
    """Render every target in memory first, so a failure leaves output/ untouched."""
    renderer = Renderer(project)
    rendered = []
    for index, target in enumerate(targets, start=1):
        progress(index, target)
        rendered.append((target, renderer.render(target)))
    return rendered
