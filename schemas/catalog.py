"""The mechanism catalog: editions of the list of quality-management mechanisms."""

from __future__ import annotations

from pydantic import Field

from .base import Code, Identifier, SourceModel, Text


class MechanismGroup(SourceModel):
    """A group of mechanisms, e.g. «Механизмы управления качеством образовательных результатов»."""

    number: int = Field(ge=1, title="номер группы", description="Номер группы механизмов: 1, 2, …")
    title: Text = Field(title="название группы", description="Название группы механизмов.")


class Mechanism(SourceModel):
    """One quality-management mechanism («система …»)."""

    code: Code = Field(title="код механизма", description="Код механизма: «1.1», «2.4».")
    group: int = Field(ge=1, title="группа", description="Номер группы, к которой относится механизм.")
    title: Text = Field(
        title="название механизма",
        description="Полное название механизма: «Система оценки качества подготовки обучающихся».",
    )
    wordings: list[Text] = Field(
        default_factory=list,
        title="формулировки",
        description="Как механизм называют в заголовках Положений о мониторинге («объективности проведения "
        "оценочных процедур»): по ним «msoko import» узнаёт механизм.",
    )


class CatalogEdition(SourceModel):
    """An edition of the mechanism catalog, e.g. the federal 4+4 list."""

    id: Identifier = Field(title="идентификатор редакции", description="Идентификатор редакции каталога.")
    title: Text = Field(title="название редакции", description="Название редакции каталога.")
    basis: str = Field(default="", title="основание", description="Документ или источник, из которого взят перечень.")
    groups: list[MechanismGroup] = Field(title="группы механизмов", description="Группы механизмов.")
    mechanisms: list[Mechanism] = Field(title="механизмы", description="Механизмы редакции.")
