"""regulations/roadmap.yaml: the дорожная карта (plan of activities), approved as an order's appendix."""

from __future__ import annotations

from pydantic import Field

from .base import Code, Identifier, Markdown, SourceModel, Text


class RoadmapItem(SourceModel):
    activity: Markdown = Field(title="мероприятие", description="Содержание мероприятия; допускаются списки.")
    deadline: Text = Field(title="сроки", description="«2021 год», «ежегодно».")
    responsible: Text = Field(title="ответственные", description="«УО, образовательные организации».")
    mechanisms: list[Code] = Field(
        default_factory=list,
        title="механизмы",
        description="Коды механизмов, на развитие которых направлено мероприятие, если раздел не отнесён к одному "
        "механизму.",
    )


class RoadmapSection(SourceModel):
    title: Text = Field(
        title="раздел", description="Название раздела: «Система оценки качества подготовки обучающихся»."
    )
    mechanism: Code | None = Field(
        default=None,
        title="механизм",
        description="Код механизма, к которому относится раздел; дорожная карта должна охватывать каждый механизм.",
    )
    items: list[RoadmapItem] = Field(min_length=1, title="мероприятия", description="Мероприятия раздела.")


class Roadmap(SourceModel):
    title: Text = Field(
        default="План мероприятий («дорожная карта») по развитию муниципальной системы оценки качества образования",
        title="название",
        description="Название документа.",
    )
    approved_by: Identifier | None = Field(
        default=None, title="утверждено актом", description="Приказ, которым утверждена дорожная карта."
    )
    sections: list[RoadmapSection] = Field(min_length=1, title="разделы", description="Разделы дорожной карты.")
