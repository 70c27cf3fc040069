"""regulations/glossary.yaml: the one list of abbreviations every generated document introduces at
first use («образовательная организация (далее — ОО)») and the Концепция's table of terms shows."""

from __future__ import annotations

from pydantic import Field

from .base import SourceModel, Text


class Term(SourceModel):
    """An abbreviation and its full form."""

    term: Text = Field(title="сокращение", description="Сокращение, как оно пишется в тексте: «ОО», «ВсОШ», «ФИС ОКО».")
    definition: Text = Field(
        title="полная форма",
        description="Полная форма в именительном падеже, со строчной буквы (кроме имён собственных): «образовательная "
        "организация». Склоняется по контексту при первом упоминании.",
    )
    common_names: list[Text] = Field(
        default_factory=list,
        title="как называют в тексте",
        description="Как тексты называют это без полного наименования, в именительном падеже: «муниципальный "
        "методический центр» для ММЦ. Такое упоминание — упоминание сокращения: при первом msoko пишет "
        "полное наименование с «(далее — ММЦ)», дальше — сокращение.",
    )
    variants: list[Text] = Field(
        default_factory=list,
        title="другие названия",
        description="Другие названия того же, которые в документах не употребляются («отдел образования» для УО).",
    )


class Name(SourceModel):
    """One thing with one name across the set: the preferred form and the names it must not go under."""

    preferred: Text = Field(
        title="единое название", description="Как это называется во всех документах: «общественные наблюдатели»."
    )
    variants: list[Text] = Field(
        min_length=1,
        title="другие названия",
        description="Другие названия того же («независимые наблюдатели»), которые msoko check отмечает.",
    )


class Glossary(SourceModel):
    """The project's abbreviations."""

    terms: list[Term] = Field(min_length=1, title="сокращения", description="Сокращения и их полные формы.")
    names: list[Name] = Field(
        default_factory=list,
        title="единые названия",
        description="Чтобы одно и то же везде называлось одинаково: единое название и другие его "
        "формы, которые проверка отметит в тексте документов.",
    )


__all__ = ["Glossary", "Name", "Term"]
