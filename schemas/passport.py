"""What a field of an indicator passport declares once, on the field itself: how the Положение labels it,
by which words ``msoko import`` recognises it, and what ``msoko check`` demands of it.

A field carries its mark as metadata of its type, ``source: Annotated[str, Passport(...)]``; pydantic keeps the
mark in ``FieldInfo.metadata`` and leaves it out of the JSON Schema. The renderer, the importer and the
completeness check read the marks (:func:`passport_fields`); nothing here reads them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from pydantic import BaseModel

SHY = "\u00ad"
"""A soft hyphen: where a word of a label may break in a narrow column, and only there."""


class Check(str, Enum):
    """What completeness demands of a passport field (besides the placeholder rule every field obeys)."""

    REQUIRED = "required"
    """An error while the field is empty: a passport without it cannot be collected or scored."""
    MEASURABLE = "measurable"
    """An error while a percentage has neither a formula nor both a numerator and a denominator."""
    OPTIONAL = "optional"
    """The field may stay empty."""


@dataclass(frozen=True)
class Passport:
    """The mark of one passport field."""

    label: str
    """How the Положение names the field: the title of its column, or the label of its line in a cell it
    shares («Источник данных: ФИС ОКО»). A soft hyphen (:data:`SHY`) marks where a narrow column may break."""
    stems: tuple[str, ...]
    """Word stems, in lower case, by which ``msoko import`` recognises a column's title or a line's label as
    this field: «источник» finds «Источник данных» and «Источники информации»."""
    check: Check
    """What ``msoko check`` demands of the field."""

    @property
    def words(self) -> str:
        """The label as words, without its soft hyphens."""
        return self.label.replace(SHY, "")


def passport_fields(model: type[BaseModel]) -> dict[str, Passport]:
    """Each field of ``model`` that carries a passport mark, and its mark, in the model's order."""
    return {
        name: mark for name, info in model.model_fields.items() for mark in info.metadata if isinstance(mark, Passport)
    }


__all__ = ["Check", "Passport", "SHY", "passport_fields"]
