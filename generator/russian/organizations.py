"""The organizations an indicator's data are collected from, in words: «общеобразовательные организации,
реализующие программы среднего общего образования», «…, отнесённые к ШНОР или ШНСУ». The marks stay
abbreviations: the glossary spells them out at their first use in a document."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from schemas.organizations import LEVEL_NAMES

KIND_NAMES: dict[str, str] = {
    "школа": "общеобразовательные организации",
    "ДОО": "ДОО",
    "УДО": "организации дополнительного образования",
}
"""Each kind in the plural, as an official document names it (Федеральный закон № 273-ФЗ, ст. 23)."""
SERVING = "реализующие программы"
MARKED = "отнесённые к"
"""The words before the levels and before the marks: ``msoko import`` finds each part of the phrase by them."""
COUNTED = re.compile(r"^(?:общее\s+)?число\s+((?:ОО|ДОО|ШНОР|ШНСУ)\b.*)$")
"""A count of organizations as a Положение's calculation states it: «общее число ОО, участвовавших в ВПР»."""


def organizations_phrase(
    kinds: Iterable[str], levels: Iterable[str], marks: Iterable[str], names: Mapping[str, str] = KIND_NAMES
) -> str:
    """The kinds by their ``names`` joined by «и»; the schools that teach one of the levels; those with one of
    the marks: a school with any one of them is selected, hence «или»."""
    words = " и ".join(names[kind] for kind in kinds)
    if levels := list(levels):
        words += f", {SERVING} {' или '.join(LEVEL_NAMES[level] for level in levels)} образования"
    if marks := list(marks):
        words += f", {MARKED} {' или '.join(marks)}"
    return words


__all__ = ["COUNTED", "KIND_NAMES", "MARKED", "SERVING", "organizations_phrase"]
