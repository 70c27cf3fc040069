"""The Концепция развития муниципальных механизмов управления качеством образования."""

from __future__ import annotations

from schemas.concept import Concept

from ..docx.blocks import SUBCLAUSE, cell
from ..docx.oxml import table
from ..prose import parse_inline
from ..validate import ProjectSources
from .body import Body, groups, scaled


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
        body.elements.append(table("MsokoTable", scaled([35, 135], width_mm), [
            [cell("Сокращение", style="TableHeading"), cell("Значение", style="TableHeading")],
            *([cell(term.term), cell(term.definition)] for term in concept.terms)]))
    targets = {entry.mechanism: entry for entry in concept.mechanisms}
    for group_title, codes in groups(project, [entry.mechanism for entry in concept.mechanisms]):
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
