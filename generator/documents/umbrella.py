"""The umbrella Положение о МСОКО: goal, tasks, principles, structure and the mechanisms it unites."""

from __future__ import annotations

from schemas.regulation import MsokoRegulation

from ..docx.blocks import SUBCLAUSE
from ..validate import ProjectSources
from .body import Body, groups


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
    for group_title, codes in groups(project, msoko.mechanisms):
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
