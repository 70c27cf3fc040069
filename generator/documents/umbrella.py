"""The umbrella Положение о МСОКО: goal, tasks, principles, structure and the mechanisms it unites."""

from __future__ import annotations

from schemas.regulation import MsokoRegulation

from ..validate import ProjectSources
from .body import Body, groups


def _optional(body: Body, title: str, markdown: str) -> None:
    if markdown.strip():
        body.section(title)
        body.prose(markdown)


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
    _optional(body, "Функции участников муниципальной системы оценки качества образования", msoko.functions)
    _optional(body, "Объекты и процедуры оценки качества образования", msoko.assessment)
    body.section("Механизмы управления качеством образования")
    for group_title, codes in groups(project, msoko.mechanisms):
        lines = []
        for code in codes:
            regulation = project.regulation_for(code)
            document = f" ({regulation.model.title})" if regulation else ""
            lines.append(f"{project.mechanisms[code].title}{document}")
        body.items(f"{group_title}:", lines)
    _optional(body, "Открытость результатов оценки качества образования", msoko.publication)
    if msoko.final_provisions:
        body.section("Заключительные положения")
        body.prose(msoko.final_provisions)
    return body
