"""Who answers for an indicator: the organizations its level and ``applies_to`` select, or the округ as a whole.

An indicator of level ОО is collected from the schools, of level ДОО from the preschools, unless its
``applies_to`` names other kinds; ``applies_to.levels`` keeps the schools that teach one of the levels, and
``applies_to.marks`` those marked ШНОР or ШНСУ. An indicator of the municipality («Доля ОО, в которых …»,
figures of РИС ГИА) has one row, the округ's, which the УО fills; where it is a share of counts made of
organizations, its ``applies_to`` names them (its kinds too: a municipality has no kind of its own), and their rows
break the округ's counts down (:func:`breakdown`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from schemas.organizations import Organization
from schemas.regulation import Indicator, Selection

from ..russian.organizations import KIND_NAMES, organizations_phrase

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


def is_fraction(indicator: Indicator) -> bool:
    """A share computed from a numerator and a denominator, each collected as a whole number."""
    return bool(indicator.calculation.numerator and indicator.calculation.denominator)


def is_municipal(indicator: Indicator) -> bool:
    return indicator.level == "муниципалитет"


def kinds_of(indicator: Indicator) -> tuple[str, ...]:
    """The kinds an indicator is collected from: those its ``applies_to`` names, else its level's."""
    selection = indicator.applies_to
    return (tuple(selection.kinds) if selection and selection.kinds else None) or KINDS_OF_LEVEL[indicator.level]


def _criteria(indicator: Indicator) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """The kinds an indicator is collected from, and the levels and marks one of which a school must have."""
    selection = indicator.applies_to
    return (
        kinds_of(indicator),
        frozenset(selection.levels if selection else ()),
        frozenset(selection.marks if selection else ()),
    )


def answering(indicator: Indicator, organizations: Sequence[Organization]) -> list[str]:
    """The keys of the rows that answer for ``indicator``: its organizations in the list's order, or the округ's."""
    return [MUNICIPALITY] if is_municipal(indicator) else _selected(indicator, organizations)


def breakdown(indicator: Indicator, organizations: Sequence[Organization]) -> list[str]:
    """The organizations whose rows break a municipal indicator's counts down, in the list's order: those its
    ``applies_to`` names («число ОО, в которых …» over «общее число ОО»); none without it or for a level ОО or ДОО."""
    if not is_municipal(indicator) or indicator.applies_to is None or not is_fraction(indicator):
        return []
    return _selected(indicator, organizations)


def _selected(indicator: Indicator, organizations: Sequence[Organization]) -> list[str]:
    kinds, levels, marks = _criteria(indicator)
    return [
        organization.id
        for organization in organizations
        if organization.kind in kinds
        and (not levels or not levels.isdisjoint(organization.levels))
        and (not marks or not marks.isdisjoint(organization.marks))
    ]


def whom(indicator: Indicator) -> str:
    """Who fills the indicator, in words: «школы, реализующие программы основного общего или среднего общего
    образования», «ДОО», «одна строка по округу в целом»; an indicator broken down by organizations is the УО's,
    in every row: the organizations do not fill it."""
    if is_municipal(indicator):
        if indicator.applies_to is None or not is_fraction(indicator):
            return "одна строка по округу в целом"
        return (
            "управление образования — строку по округу в целом и строки организаций "
            f"({described(indicator, KIND_PLURALS)}); сами организации показатель не заполняют"
        )
    return described(indicator, KIND_PLURALS)


def described(indicator: Indicator, names: Mapping[str, str] = KIND_NAMES) -> str:
    """The organizations ``indicator`` is collected from, in words, each kind by its ``names``: «общеобразовательные
    организации, реализующие программы среднего общего образования» in a Положение."""
    selection = indicator.applies_to or Selection()
    return organizations_phrase(kinds_of(indicator), selection.levels, selection.marks, names)
