"""The umbrella Положение о МСОКО: goal, tasks, principles, structure and the mechanisms it unites; its appendix
holds the criteria of the self-assessment it orders."""

from __future__ import annotations

import re

from schemas.umbrella import MsokoRegulation

from ..sources.model import ProjectSources
from .body import Body, groups
from .criteria import criteria_appendix


def msoko_body(project: ProjectSources, msoko: MsokoRegulation, width_mm: float) -> Body:
    body = Body(width_mm)
    body.part("Общие положения", msoko.general_provisions)
    goals = "Цели" if re.search(r"^\s*[-*] ", msoko.goal, re.MULTILINE) else "Цель"  # a list states several
    body.part(f"{goals} муниципальной системы оценки качества образования", msoko.goal)
    body.section("Задачи муниципальной системы оценки качества образования")
    body.clauses(msoko.tasks)
    body.section("Принципы муниципальной системы оценки качества образования")
    body.clauses(
        [
            f"**{p.name[:1].upper() + p.name[1:]}**" + (f": {p.description}" if p.description else "")
            for p in msoko.principles
        ]
    )
    body.part("Структура муниципальной системы оценки качества образования", msoko.structure)
    body.part("Функции участников муниципальной системы оценки качества образования", msoko.functions, optional=True)
    body.part("Объекты и процедуры оценки качества образования", msoko.assessment, optional=True)
    body.section("Механизмы управления качеством образования")
    for group_title, codes in groups(project, msoko.mechanisms):
        lines = []
        for code in codes:
            regulation = project.regulation_for(code)
            document = f" ({regulation.model.title})" if regulation else ""
            lines.append(f"{project.mechanisms[code].title}{document}")
        body.items(f"{group_title}:", lines)
    body.part("Открытость результатов оценки качества образования", msoko.publication, optional=True)
    body.part("Заключительные положения", msoko.final_provisions, optional=True)
    criteria_appendix(body, project.valid_criteria.model, msoko.title)
    return body
