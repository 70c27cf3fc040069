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


class Glossary(SourceModel):
    """The project's abbreviations."""

    terms: list[Term] = Field(min_length=1, title="сокращения", description="Сокращения и их полные формы.")


__all__ = ["Glossary", "Term"]
