"""Shared building blocks of the source models."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic.fields import FieldInfo


class SourceModel(BaseModel):
    """A source concept: unknown keys are errors, strings are stripped, «target: 0» reads as text."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, coerce_numbers_to_str=True)


def code_text(value: Any) -> Any:
    # YAML reads an unquoted «1.1» as a number; the loader keeps the text it
    # was written as (``source_text``), so «1.10» stays «1.10».
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return getattr(value, "source_text", str(value))
    return value


Code = Annotated[
    str,
    BeforeValidator(code_text),
    StringConstraints(pattern=r"^[0-9]+(\.[0-9]+)*$"),
]
"""A dotted code such as «1.1» or «1.1.3»."""


def code_sort_key(code: str) -> tuple[int, ...]:
    """«1.10» after «1.9»: codes sort by their numbers (anything else last)."""
    return tuple(int(part) if part.isdigit() else 10**9 for part in code.split("."))


Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$")]
"""A latin identifier that is safe as a file name: «prikaz-2021-112»."""

Text = Annotated[str, StringConstraints(min_length=1)]
"""A non-empty line of text."""

InitialsAndSurname = Annotated[
    str, StringConstraints(pattern=r"^[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?$")
]
"""A person as documents name him: initials and surname in the nominative, «О.В. Кузнецова»."""

MARKDOWN_MEDIA_TYPE = "text/markdown"
Markdown = Annotated[str, Field(json_schema_extra={"contentMediaType": MARKDOWN_MEDIA_TYPE})]
"""Prose in Markdown: paragraphs, emphasis, lists, tables. The media type tells editors (and the web
form) that the field is prose, not a line of text."""


def is_markdown(info: FieldInfo) -> bool:
    """Whether a model's field is prose (:data:`Markdown`), not a line of text."""
    return (
        isinstance(info.json_schema_extra, dict)
        and info.json_schema_extra.get("contentMediaType") == MARKDOWN_MEDIA_TYPE
    )


XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 (and so Word) cannot hold; a quoted YAML string may still carry them ("\\x01")."""
