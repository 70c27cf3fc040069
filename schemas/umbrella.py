"""regulations/msoko.yaml: the umbrella Положение о МСОКО, which lists the mechanisms whose Положения follow it."""

from __future__ import annotations

from pydantic import Field

from .base import Code, Identifier, Markdown, SourceModel, Text
from .regulation import UNMAPPED_DESCRIPTION

UMBRELLA_PARTS: tuple[tuple[str, str], ...] = (
    ("general_provisions", "общие положения"),
    ("goal", "цель"),
    ("tasks", "задачи"),
    ("principles", "принципы"),
    ("structure", "структура"),
)
"""The parts the Положение о МСОКО cannot do without, besides its list of mechanisms."""


class Principle(SourceModel):
    """A principle of the municipal quality-assessment system."""

    name: Text = Field(title="принцип", description="Краткое название принципа.")
    description: str = Field(default="", title="пояснение", description="Что принцип означает.")


class MsokoRegulation(SourceModel):
    """regulations/msoko.yaml: the umbrella Положение о МСОКО."""

    title: Text = Field(
        default="Положение о муниципальной системе оценки качества образования",
        title="название положения",
        description="Название документа.",
    )
    approved_by: Identifier | None = Field(
        default=None, title="утверждено актом", description="Приказ, которым утверждено Положение."
    )
    general_provisions: Markdown = Field(title="общие положения", description="Понятие МСОКО, нормативная основа.")
    goal: Markdown = Field(title="цель", description="Цель МСОКО.")
    tasks: list[str] = Field(title="задачи", description="Задачи МСОКО.")
    principles: list[Principle] = Field(title="принципы", description="Принципы МСОКО.")
    structure: Markdown = Field(title="структура", description="Организационная структура МСОКО.")
    functions: Markdown = Field(
        default="",
        title="функции участников",
        description="Функции управления образования, методической службы и образовательных организаций в МСОКО.",
    )
    assessment: Markdown = Field(
        default="",
        title="объекты и процедуры оценки",
        description="Что оценивается (результаты, условия, процессы) и какими процедурами.",
    )
    publication: Markdown = Field(
        default="",
        title="открытость результатов",
        description="Как и где публикуются результаты оценки качества образования.",
    )
    mechanisms: list[Code] = Field(
        title="механизмы", description="Коды механизмов, входящих в МСОКО; для каждого нужно своё Положение."
    )
    final_provisions: Markdown = Field(
        default="", title="заключительные положения", description="Заключительные положения."
    )
    unmapped: Markdown = Field(
        default="",
        title="не распознано при импорте",
        description=UNMAPPED_DESCRIPTION,
    )
