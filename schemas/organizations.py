"""regulations/organizations.yaml: the organizations of the municipal network that monitoring collects data from,
with what an indicator needs to select them (their kind, the levels of general education they teach, their
marks as a school with low results or in unfavourable social conditions)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Identifier, InitialsAndSurname, SourceModel, Text

OrganizationKind = Literal["школа", "ДОО", "УДО"]
"""A general-education school (СОШ, ООШ, гимназия, лицей), a preschool (ДОО), an organization of additional
education (УДО)."""
EducationLevel = Literal["начальное", "основное", "среднее"]
"""The levels of general education a school teaches: начальное, основное, среднее общее образование."""
SchoolMark = Literal["ШНОР", "ШНСУ"]
"""A school with low results (ШНОР) or functioning in unfavourable social conditions (ШНСУ)."""

HeadPosition = Literal["директор", "заведующий"]
"""The head of a school or an organization of additional education is its директор, of a preschool its заведующий."""

LEVEL_NAMES: dict[str, str] = {
    "начальное": "начального общего",
    "основное": "основного общего",
    "среднее": "среднего общего",
}
"""Each level in the genitive, before «образования»: «программы основного общего образования»."""


class OrganizationHead(SourceModel):
    """Who heads the organization: the addressee of the letters sent to it (адресные рекомендации)."""

    position: HeadPosition = Field(
        title="должность",
        description="«директор» (школа, УДО) или «заведующий» (ДОО), в именительном падеже.",
    )
    name: InitialsAndSurname = Field(
        title="инициалы и фамилия",
        description="Инициалы и фамилия в именительном падеже: «Е.П. Соколова». В адресе письма они склоняются: "
        "«Директору МОУ «СОШ № 1» Е.П. Соколовой».",
    )


class Organization(SourceModel):
    """One organization of the municipal network."""

    id: Identifier = Field(
        title="идентификатор",
        description="Постоянный идентификатор латиницей: «sosh-1», «dou-12». По нему строки книг сбора данных и "
        "собранные "
        "данные относятся к организации; после начала сбора данных его не меняют.",
    )
    name: Text = Field(title="полное наименование", description="Полное наименование по уставу.")
    short_name: Text = Field(title="краткое наименование", description="Краткое наименование: «МОУ «СОШ № 1»».")
    kind: OrganizationKind = Field(
        title="вид организации",
        description="«школа» — общеобразовательная организация; «ДОО» — дошкольная; «УДО» — организация "
        "дополнительного образования.",
    )
    levels: list[EducationLevel] = Field(
        default_factory=list,
        title="уровни общего образования",
        description="Для школы: уровни общего образования, программы которых она реализует (начальное, основное, "
        "среднее). По ним показатели выбирают школы: «4–8 классы» — начальное и основное.",
    )
    marks: list[SchoolMark] = Field(
        default_factory=list,
        title="отметки",
        description="ШНОР — школа с низкими результатами обучения, ШНСУ — школа, функционирующая в неблагоприятных "
        "социальных условиях (по перечню текущего года).",
    )
    head: OrganizationHead | None = Field(
        default=None,
        title="руководитель",
        description="Должность, инициалы и фамилия руководителя: адресат писем организации. Без него письмо "
        "адресуется «Руководителю» организации без фамилии.",
    )


class Organizations(SourceModel):
    """regulations/organizations.yaml: the list of organizations."""

    organizations: list[Organization] = Field(
        min_length=1,
        title="организации",
        description="Организации муниципальной сети, от которых собираются данные.",
    )


__all__ = [
    "EducationLevel",
    "HeadPosition",
    "LEVEL_NAMES",
    "Organization",
    "OrganizationHead",
    "OrganizationKind",
    "Organizations",
    "SchoolMark",
]
