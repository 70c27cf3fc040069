"""The Концепция развития муниципальных механизмов управления качеством образования."""

from __future__ import annotations

from schemas.concept import Concept
from schemas.regulation import MonitoringRegulation

from ..docx.blocks import SUBCLAUSE, cell
from ..docx.elements import table
from ..sources.prose import parse_inline
from ..russian import lower_first
from ..russian.morphology import title_in_sentence
from ..sources.model import ProjectSources
from .abbreviations import TERMS_TABLE_HEADING, Abbreviations
from .act import approval_reference
from .body import Body, groups, scaled


def concept_body(project: ProjectSources, concept: Concept, width_mm: float) -> Body:
    body = Body(width_mm)
    body.part("Общие положения", concept.introduction, optional=True)
    terms_at = len(body.elements)
    body.part("Характеристика муниципальной системы образования", concept.network, optional=True)
    body.part("Цель и задачи Концепции", concept.goal)
    body.clauses(["Задачи Концепции:"])
    body.clauses(concept.tasks, style=SUBCLAUSE)
    period = _period(project, concept)
    if period:
        body.clauses([f"Срок реализации Концепции — {period}."])
    glossary = Abbreviations(project.glossary.model.terms if project.glossary else [])
    targets = {entry.mechanism: entry for entry in concept.mechanisms}
    for group_title, codes in groups(project, [entry.mechanism for entry in concept.mechanisms]):
        body.section(group_title)
        for code in codes:
            body.subsection(project.mechanisms[code].title)
            regulation = project.regulation_for(code)
            if regulation:
                goal = lower_first(" ".join(glossary.plain(parse_inline(regulation.model.goal).text).split()))
                cited = _cited(project, regulation.model, concept)
                body.clauses(
                    [f"Цель мониторинга определена {cited}: {goal}" if cited else f"Цель мониторинга: {goal}"],
                    style=SUBCLAUSE,
                )
            body.listing("Целевые ориентиры:", targets[code].targets, style=SUBCLAUSE)
            measured = _target_values(project, code, targets[code].indicators)
            if measured:
                by = f", которые должны быть достигнуты к концу {concept.horizon} года" if concept.horizon else ""
                body.listing(f"Целевые значения показателей{by}:", measured, style=SUBCLAUSE)
            body.listing("Для достижения целевых ориентиров необходимо:", targets[code].actions, style=SUBCLAUSE)
    body.elements[terms_at:terms_at] = _terms_table(project, body, width_mm)
    return body


def _period(project: ProjectSources, concept: Concept) -> str:
    """«2021–2022 годы»: from the year of the approving act (or the horizon's own) to the horizon."""
    if concept.horizon is None:
        return ""
    act = project.acts.get(concept.approved_by or "")
    start = act.date.year if act is not None else concept.horizon
    return f"{concept.horizon} год" if start >= concept.horizon else f"{start}–{concept.horizon} годы"


def _target_values(project: ProjectSources, mechanism: str, codes: list[str]) -> list[str]:
    """«доля обучающихся …, выполнивших ВПР … — не менее 90 %»: each target indicator by its name and target value
    in the mechanism's Положение, where it is measured (``check`` reports a code it lacks). Not by its code: the
    Концепция comes before the Положения, whose codes the управление may renumber without the постановление."""
    regulation = project.regulation_for(mechanism)
    indicators = {indicator.code: indicator for indicator in regulation.model.indicators} if regulation else {}
    return [
        f"{lower_first(indicators[code].name)} — {indicators[code].target}"
        for code in codes
        if code in indicators and indicators[code].target.strip()
    ]


def _cited(project: ProjectSources, regulation: MonitoringRegulation, concept: Concept) -> str | None:
    """«в Положении о мониторинге …, утверждённом приказом УО от 15.03.2021 № 112»: an act cited with its
    approving act's date and number; the issuer by its abbreviation when the glossary has one. None where
    that act comes after the Концепция's own: an act cites only what is in force when it is signed (the
    Положения are approved to carry the Концепция out, not the other way round)."""
    title = title_in_sentence(regulation.title, "loct")
    act = project.acts.get(regulation.approved_by or "")
    if act is None:
        return f"в {title}"
    own = project.acts.get(concept.approved_by or "")
    if own is not None and act.date >= own.date:
        return None
    terms = project.glossary.model.terms if project.glossary else []
    return f"в {title}, утверждённом {approval_reference(project.valid_profile.model, act, terms)}"


def _terms_table(project: ProjectSources, body: Body, width_mm: float) -> list:
    """The glossary's abbreviations that the Концепция uses, as its section of terms."""
    used = Abbreviations(project.glossary.model.terms if project.glossary else []).used(body.elements)
    if not used:
        return []
    section = Body(width_mm)
    section.section("Сокращения, используемые в Концепции")
    section.elements.append(
        table(
            "MsokoTable",
            scaled([35, 135], width_mm),
            [
                [cell(TERMS_TABLE_HEADING, style="TableHeading"), cell("Значение", style="TableHeading")],
                *([cell(term.term), cell(term.definition)] for term in used),
            ],
        )
    )
    return section.elements
