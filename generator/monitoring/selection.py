"""Who answers for an indicator: the organizations its level and ``applies_to`` select, or the округ as a whole.

An indicator of level ОО is collected from the schools, of level ДОО from the preschools, unless its
``applies_to`` names other kinds; ``applies_to.levels`` keeps the schools that teach one of the levels, and
``applies_to.marks`` those marked ШНОР or ШНСУ. An indicator of the municipality («Доля ОО, в которых …»,
figures of РИС ГИА) has one row, the округ's, which the УО fills."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from schemas.organizations import LEVEL_NAMES, Organization
from schemas.regulation import Indicator

MUNICIPALITY = "округ"
"""The key of the округ's own row, in the workbooks and in data/<year>/*.csv; an organization's identifier is
Latin, so no organization can take it."""
KINDS_OF_LEVEL = {"ОО": ("школа",), "ДОО": ("ДОО",), "муниципалитет": ()}
KIND_PLURALS = {"школа": "школы", "ДОО": "ДОО", "УДО": "организации дополнительного образования"}


@dataclass(frozen=True)
class Respondent:
    """A row of a collection workbook and of the stored data: an organization, or the округ."""

    key: str
    short_name: str
    name: str
    organization: Organization | None = None
    """None for the округ's row."""

    @property
    def is_municipality(self) -> bool:
        return self.organization is None


def municipality(name: str) -> Respondent:
    """The округ's row, named as the profile names the municipality."""
    return Respondent(MUNICIPALITY, f"{name} (в целом)", name)


def respondent(organization: Organization) -> Respondent:
    return Respondent(organization.id, organization.short_name, organization.name, organization)


def is_municipal(indicator: Indicator) -> bool:
    return indicator.level == "муниципалитет"


def _criteria(indicator: Indicator) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """The kinds an indicator is collected from, and the levels and marks one of which a school must have."""
    selection = indicator.applies_to
    kinds = (tuple(selection.kinds) if selection and selection.kinds else None) or KINDS_OF_LEVEL[indicator.level]
    return (kinds, frozenset(selection.levels if selection else ()), frozenset(selection.marks if selection else ()))


def applies(indicator: Indicator, organization: Organization) -> bool:
    """Whether ``organization`` reports ``indicator`` (never for an indicator of the municipality)."""
    return organization.id in answering(indicator, [organization])


def answering(indicator: Indicator, organizations: Sequence[Organization]) -> list[str]:
    """The keys of the rows that answer for ``indicator``: its organizations in the list's order, or the округ's."""
    if is_municipal(indicator):
        return [MUNICIPALITY]
    kinds, levels, marks = _criteria(indicator)
    return [organization.id for organization in organizations if organization.kind in kinds
            and (not levels or not levels.isdisjoint(organization.levels))
            and (not marks or not marks.isdisjoint(organization.marks))]


def whom(indicator: Indicator) -> str:
    """Who fills the indicator, in words: «школы, реализующие программы основного общего или среднего общего
    образования», «ДОО», «одна строка по округу в целом»."""
    if is_municipal(indicator):
        return "одна строка по округу в целом"
    selection = indicator.applies_to
    words = ", ".join(KIND_PLURALS[kind] for kind in _criteria(indicator)[0])
    if selection and selection.levels:
        levels = " или ".join(LEVEL_NAMES[level] for level in selection.levels)
        words += f", реализующие программы {levels} образования"
    if selection and selection.marks:
        words += f", отнесённые к {' или '.join(selection.marks)}"
    return words
