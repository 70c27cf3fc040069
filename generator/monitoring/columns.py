"""What a collection workbook asks for, drawn from the indicator passports: one column per raw value (a
numerator, a denominator, a single value or a yes/no answer), one row per organization an indicator applies to
(and the округ's row for the indicators of the municipality; a municipal share broken down by organization opens
their rows too, :func:`.selection.breakdown`), and the stamp that ties the workbook to the
passports and the year it was made for. The writer and the reader of workbooks share this one plan."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from schemas.organizations import Organization
from schemas.regulation import Indicator, MonitoringRegulation

from ..russian.organizations import COUNTED
from .selection import Respondent, answering, breakdown, is_fraction, respondent

FORM_FORMAT = 1
"""The layout of the workbooks; a workbook of another layout is refused (it is part of the stamp)."""


class Part(str, Enum):
    """Which raw value of an indicator a column holds; the values are the passport's own keys."""

    NUMERATOR = "numerator"
    DENOMINATOR = "denominator"
    VALUE = "value"


class ValueKind(str, Enum):
    COUNT = "count"
    """A whole number, 0 or more: a numerator, a denominator, a number of people or units."""
    NUMBER = "number"
    """A number, 0 or more, with decimals: points."""
    PERCENT = "percent"
    """A percentage stated as it is (0 to 100), for an indicator computed by a formula."""
    ANSWER = "answer"
    """«да» or «нет»."""


VALUE_LABELS = {
    "процент": "Значение, %",
    "человек": "Число человек",
    "единица": "Число единиц",
    "балл": "Значение в баллах",
    "да/нет": "Да или нет",
}
KIND_OF_UNIT = {
    "процент": ValueKind.PERCENT,
    "человек": ValueKind.COUNT,
    "единица": ValueKind.COUNT,
    "балл": ValueKind.NUMBER,
    "да/нет": ValueKind.ANSWER,
}


@dataclass(frozen=True)
class Column:
    indicator: Indicator
    part: Part
    kind: ValueKind

    @property
    def code(self) -> str:
        return self.indicator.code

    @property
    def title(self) -> str:
        """The first header line: the indicator («1.1.1. Доля обучающихся …»)."""
        return f"{self.indicator.code}. {self.indicator.name}"

    @property
    def label(self) -> str:
        """The second header line: what the column holds («Числитель: число обучающихся …»)."""
        calculation = self.indicator.calculation
        if self.part is Part.NUMERATOR:
            return f"Числитель: {calculation.numerator}"
        if self.part is Part.DENOMINATOR:
            return f"Знаменатель: {calculation.denominator}"
        label = VALUE_LABELS[self.indicator.unit]
        return f"{label}: {calculation.formula}" if calculation.formula else label


def indicator_columns(indicator: Indicator) -> list[Column]:
    if is_fraction(indicator):
        return [
            Column(indicator, Part.NUMERATOR, ValueKind.COUNT),
            Column(indicator, Part.DENOMINATOR, ValueKind.COUNT),
        ]
    return [Column(indicator, Part.VALUE, KIND_OF_UNIT[indicator.unit])]


STAMPED_FIELDS = {"code", "name", "unit", "calculation", "level", "applies_to"}
"""What of a passport decides a workbook's columns (the header names the indicator and its numerator and
denominator), its rows (the level, the organizations it is collected from) and what a raw value means (the
unit, the calculation). Its prose besides (the source, the method, the deadline, the target, the scale, the
recommendations) may change under a workbook already handed out."""


def indicator_stamp(indicator: Indicator) -> str:
    """The digest of what of ``indicator`` a workbook holds (as written: defaults left out, so a field msoko adds
    later does not change it)."""
    payload = indicator.model_dump(mode="json", exclude_defaults=True, include=STAMPED_FIELDS)
    return _digest(payload)[:16]


def passport_stamp(regulation: MonitoringRegulation, year: int) -> str:
    """The indicators' stamps with the mechanism, the year and the layout: a workbook stamped otherwise was made
    for another year, or its columns or rows are not today's."""
    return _digest(
        {
            "format": FORM_FORMAT,
            "mechanism": regulation.mechanism,
            "year": year,
            "indicators": [indicator_stamp(indicator) for indicator in regulation.indicators],
        }
    )


def former_stamp(regulation: MonitoringRegulation, year: int) -> str:
    """The stamp of the workbooks made before it left the passports' prose out (the whole passports): such a
    workbook is still taken while its passports are exactly as they were."""
    return _digest(
        {
            "format": FORM_FORMAT,
            "mechanism": regulation.mechanism,
            "year": year,
            "indicators": [
                indicator.model_dump(mode="json", exclude_defaults=True) for indicator in regulation.indicators
            ],
        }
    )


def _digest(payload: object) -> str:
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class FormPlan:
    """One mechanism's workbook for one year: its columns, its rows, which cells each row fills."""

    mechanism: str
    title: str
    """The mechanism's title in the catalog."""
    year: int
    stamp: str
    former_stamp: str
    """What a workbook of the former stamp says, when these are still its passports."""
    indicator_stamps: dict[str, str]
    """Each indicator's stamp by its code, as the workbook lists them: what changed, when the stamp differs."""
    columns: tuple[Column, ...]
    rows: tuple[Respondent, ...]
    answering: dict[str, frozenset[str]]
    """For each indicator code, the keys of the rows that answer for it (of a municipal indicator broken down by
    organization, the округ's and theirs)."""
    breakdowns: dict[str, tuple[str, ...]]
    """For each municipal indicator broken down by organization (:func:`.selection.breakdown`), their keys."""
    counted: frozenset[str]
    """The indicators broken down whose numerator and denominator both count organizations («число ОО, …»): each
    organization's row is 0 or 1 of 0 or 1."""

    def applicable(self, row: Respondent, column: Column) -> bool:
        return row.key in self.answering[column.code]

    @cached_property
    def by_key(self) -> dict[str, Respondent]:
        return {row.key: row for row in self.rows}

    def find(self, typed: str) -> tuple[Respondent | None, bool]:
        """The row whose code was typed in the code column (in any case, spaces around), else the one whose full or
        short name was typed there instead: (the row, whether it was named by its name)."""
        folded = folded_name(typed)
        by_code = self._folded_keys.get(folded)
        if by_code is not None:
            return by_code, False
        by_name = self._folded_names.get(folded)
        return by_name, by_name is not None

    @cached_property
    def _folded_keys(self) -> dict[str, Respondent]:
        return {folded_name(row.key): row for row in self.rows}

    @cached_property
    def _folded_names(self) -> dict[str, Respondent]:
        return {folded_name(name): row for row in self.rows for name in (row.name, row.short_name)}


def folded_name(text: str) -> str:
    """A code or a name as typed, compared: case, quotes of any kind and runs of spaces (no-break too) left out."""
    return " ".join(re.sub(r"[«»\"“”„']", " ", text).split()).casefold()


def plan_form(
    regulation: MonitoringRegulation, title: str, organizations: Sequence[Organization], whole: Respondent, year: int
) -> FormPlan:
    """The workbook of ``regulation`` for ``year``: the organizations in the list's order, the округ last."""
    answering_keys: dict[str, frozenset[str]] = {}
    keys: set[str] = set()
    broken: dict[str, tuple[str, ...]] = {}
    for indicator in regulation.indicators:
        if parts := breakdown(indicator, organizations):
            broken[indicator.code] = tuple(parts)
        answering_keys[indicator.code] = frozenset([*answering(indicator, organizations), *parts])
        keys |= answering_keys[indicator.code]
    rows = [respondent(organization) for organization in organizations if organization.id in keys]
    rows += [whole] if whole.key in keys else []
    columns = tuple(column for indicator in regulation.indicators for column in indicator_columns(indicator))
    return FormPlan(
        regulation.mechanism,
        title,
        year,
        passport_stamp(regulation, year),
        former_stamp(regulation, year),
        {indicator.code: indicator_stamp(indicator) for indicator in regulation.indicators},
        columns,
        tuple(rows),
        answering_keys,
        broken,
        frozenset(i.code for i in regulation.indicators if i.code in broken and counts_organizations(i)),
    )


def counts_organizations(indicator: Indicator) -> bool:
    """A share whose numerator and denominator both count organizations: «число ОО, в которых …» of «общее число
    ОО»."""
    calculation = indicator.calculation
    return all(COUNTED.match(part or "") for part in (calculation.numerator, calculation.denominator))
