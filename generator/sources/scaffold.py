"""``msoko new``: a new Положение о мониторинге source with the six parts as placeholders."""

from __future__ import annotations

from schemas.catalog import Mechanism

from .prose import PLACEHOLDER

_TEMPLATE = """\
# yaml-language-server: $schema=../.schema/regulation.schema.json
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
        code=mechanism.code,
        title=mechanism.title,
        marker=PLACEHOLDER,
        approved_by=approved_by or "null",
    )
