"""``msoko new``: a new Положение о мониторинге source with the six parts as placeholders."""

from __future__ import annotations

from pathlib import Path

from schemas.catalog import Mechanism
from schemas.diagnostics import Diagnostic, Location

from .. import messages
from ..errors import MsokoError
from .kinds import REGULATION
from .prose import PLACEHOLDER
from .model import ProjectSources

_TEMPLATE = """\
# yaml-language-server: $schema={schema}
# Положение о мониторинге: механизм {code} «{title}».
# Замените каждую строку «{marker}: …» своим текстом; `msoko check` покажет, что ещё не заполнено.
mechanism: "{code}"
title: "Положение о мониторинге {marker}: предмет мониторинга в предложном падеже"
approved_by: {approved_by}
general_provisions: |
  Настоящее Положение определяет цель, задачи, показатели, методы сбора и обработки информации,
  периодичность и сроки проведения, критерии оценивания мониторинга в рамках механизма
  «{title}».
goal: |
  {marker}: цель мониторинга.
tasks:
  - "{marker}: первая задача мониторинга"
indicators:
  - code: "{code}.1"
    name: "{marker}: наименование показателя («Доля …»)"
    unit: процент
    type: результат
    calculation:
      numerator: "{marker}: что считается в числителе"
      denominator: "{marker}: что считается в знаменателе"
      period: учебный год
    source: "{marker}: источник данных (ФИС ОКО, отчёт ОО …)"
    method: "{marker}: метод сбора информации"
    periodicity: ежегодно
    deadline: "{marker}: срок"
    level: ОО
    responsible: "{marker}: ответственный"
    target: "{marker}: целевое значение"
    scoring:
      - condition: "{marker}: условие для высшего балла"
        points: 2
      - condition: "{marker}: условие для 1 балла"
        points: 1
      - condition: "{marker}: условие для 0 баллов"
        points: 0
    recommendation: "{marker}: что делают ОО (или УО) и кто, если значение показателя не достигает целевого"
methods: |
  {marker}: методы сбора и обработки информации.
schedule: |
  {marker}: периодичность и сроки проведения мониторинга.
criteria: |
  {marker}: критерии оценивания.
participants: |
  {marker}: участники мониторинга и ответственные.
use_of_results:
  analysis: |
    {marker}: как анализируются результаты мониторинга.
  recommendations: |
    {marker}: как готовятся адресные рекомендации.
  measures: |
    {marker}: какие меры и мероприятия принимаются.
  decisions: |
    {marker}: какие управленческие решения принимаются.
  effectiveness: |
    {marker}: как анализируется эффективность принятых мер.
"""


def new_regulation_source(mechanism: Mechanism, approved_by: str | None) -> str:
    return _TEMPLATE.format(
        schema=REGULATION.schema_reference,
        code=mechanism.code,
        title=mechanism.title,
        marker=PLACEHOLDER,
        approved_by=approved_by or "null",
    )


def planned_regulation(project: ProjectSources, code: str) -> tuple[Path, str]:
    """Where the new Положение for mechanism ``code`` goes and its text; an unknown mechanism or one that
    already has its Положение is an error."""
    layout = project.layout
    known = project.mechanisms
    if code not in known:
        where = (
            project.profile.source.locate(("catalog",))
            if project.profile
            else Location(layout.display(layout.profile_file))
        )
        catalog = project.catalog.model.id if project.catalog else ""
        raise MsokoError(
            [Diagnostic.error(where, messages.UNKNOWN_MECHANISM.format(code=code, catalog=catalog), code="cli")]
        )
    target = REGULATION.path(layout, code)
    existing = project.regulation_for(code)
    if existing or target.exists():
        other = existing.source.display if existing else layout.display(target)
        raise MsokoError(
            [
                Diagnostic.error(
                    Location(other), messages.DUPLICATE_REGULATION.format(code=code, other=other), code="cli"
                )
            ]
        )
    approved_by = next((r.model.approved_by for r in project.regulations if r.model.approved_by), None)
    return target, new_regulation_source(known[code], approved_by)
