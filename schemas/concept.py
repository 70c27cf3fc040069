"""regulations/concept.yaml: the Концепция развития муниципальных механизмов управления качеством образования."""

from __future__ import annotations

from pydantic import Field

from .base import Code, Identifier, Markdown, SourceModel, Text


class MechanismTargets(SourceModel):
    """What the concept sets for one mechanism."""

    mechanism: Code = Field(title="механизм", description="Код механизма: «1.1».")
    targets: list[Text] = Field(min_length=1, title="целевые ориентиры", description="Целевые ориентиры механизма.")
    actions: list[Text] = Field(
        min_length=1, title="что необходимо", description="«Для достижения целевых ориентиров необходимо: …»."
    )
    indicators: list[Code] = Field(
        default_factory=list,
        title="целевые показатели",
        description="Коды показателей Положения о мониторинге механизма, которыми измеряются целевые ориентиры: "
        "Концепция приводит их наименования и целевые значения из Положения («1.1.1»).",
    )


class Concept(SourceModel):
    title: Text = Field(
        default="Концепция развития муниципальных механизмов управления качеством образования",
        title="название",
        description="Название документа.",
    )
    approved_by: Identifier | None = Field(
        default=None, title="утверждено актом", description="Постановление или приказ, которым утверждена Концепция."
    )
    introduction: Markdown = Field(default="", title="общие положения", description="Вводная часть.")
    goal: Markdown = Field(title="цель", description="Цель развития муниципальных механизмов.")
    network: Markdown = Field(
        default="",
        title="муниципальная система образования",
        description="Характеристика муниципальной сети: образовательные организации, контингент, кадры.",
    )
    tasks: list[Text] = Field(min_length=1, title="задачи", description="Задачи Концепции.")
    horizon: int | None = Field(
        default=None,
        ge=2000,
        le=2100,
        title="срок реализации",
        description="Год, к концу которого достигаются целевые значения показателей; Концепция реализуется с года её "
        "утверждения по этот год.",
    )
    mechanisms: list[MechanismTargets] = Field(
        min_length=1, title="механизмы", description="Целевые ориентиры по каждому механизму."
    )
