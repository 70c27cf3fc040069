"""The criteria of the self-assessment as the set publishes them: an appendix of the Положение о МСОКО, the act
that orders the self-assessment, which the self-assessment's results then cite (or, in a set without that
Положение, a section of the results themselves)."""

from __future__ import annotations

from typing import Sequence

from schemas.cycle import CYCLE_STEPS
from schemas.evaluation import CriteriaSet, Criterion

from ..docx.blocks import cell, text_paragraph
from ..docx.elements import Cell, table
from ..russian import bind_last_word
from ..russian.morphology import title_in_sentence
from .body import Body, Element, scaled

SCORING_RULES = (
    "Баллы по каждому механизму управления качеством образования начисляются по его Положению о мониторинге и по "
    "документам, подтверждающим выполнение шагов управленческого цикла в оцениваемом году. Документ, датированный "
    "позже срока, установленного Положением о мониторинге, не учитывается.",
    "Если критерий требует не менее заданного числа задач или показателей либо относится к каждому показателю, "
    "баллы по нему начисляются пропорционально числу задач или показателей, которые ему отвечают, с округлением до "
    "целого балла в меньшую сторону; по остальным критериям баллы начисляются полностью или не начисляются.",
)
"""How ``generator.evaluation`` scores a criterion, said in the appendix that publishes the criteria."""


def criteria_appendix(body: Body, criteria: CriteriaSet, document_title: str) -> None:
    """The appendix on a page of its own: «Приложение / к Положению о …» at the top right (ГОСТ Р 7.0.97: the
    only appendix bears no number, and the text cites it as «(приложение)»), the title, how points are given
    and the table of criteria. Its paragraphs are not numbered clauses: the Положение's numbering ends before
    it."""
    body.elements.append(text_paragraph("Stamp", "Приложение", keep_next=True, page_break_before=True))
    body.elements.append(text_paragraph("Stamp", "к " + title_in_sentence(document_title, "datv"), keep_next=True))
    body.elements.append(text_paragraph("StampGap", "", keep_next=True))
    kind, _, subject = criteria.title.partition(" ")
    body.elements.append(text_paragraph("DocTitle", kind, keep_next=True))
    body.elements.append(text_paragraph("DocSubtitle", bind_last_word(subject), keep_next=True))
    body.elements.extend(text_paragraph("Text", rule) for rule in SCORING_RULES)
    body.elements.append(criteria_table(criteria.criteria, body.width_mm))


def criteria_table(criteria: Sequence[Criterion], width_mm: float) -> Element:
    """A criterion a row, by step of the management cycle, with the document that confirms it, its points and the
    sum for one mechanism: without the document named, «Мероприятия проведены» was scored by a plan."""
    steps = {step.id: step.name for step in CYCLE_STEPS}
    rows: list[list[Cell]] = [
        [
            cell(title, style="TableHeading")
            for title in ("№ п/п", "Шаг управленческого цикла", "Критерий", "Подтверждающий документ", "Баллы")
        ]
    ]
    for number, criterion in enumerate(criteria, 1):
        name = steps[criterion.step]
        rows.append(
            [
                cell(str(number)),
                cell(capitalised(name)),
                cell(criterion.title),
                cell(capitalised(confirming_document(criterion))),
                cell(str(criterion.points)),
            ]
        )
    rows.append(
        [
            (cell("Итого по механизму", style="TableHeading"), 4),
            cell(str(sum(c.points for c in criteria)), style="TableHeading"),
        ]
    )
    return table("MsokoTable", scaled([15, 36, 57, 57, 15], width_mm), rows)


def confirming_document(criterion: Criterion) -> str:
    """What confirms a criterion: as the criteria state it; else the kind of document asked for, or, for a criterion
    scored by the sources, the Положение о мониторинге."""
    return criterion.document or criterion.evidence_kind or "Положение о мониторинге"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
