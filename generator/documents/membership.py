"""An indicator of organizations that counts them (0 or 1 of 1 each: «число ОО, включённых ФГБУ «ФИОКО» в перечень
…»), as the справка says it: each organization is of them or not («да»/«нет», not a share of 100 % or a change of
−100 п. п.), the округ keeps its share; which organizations were of them each year; and where those of the year
before stand in the indicators of the округ that count organizations by name (whether the ОО listed in 2023 had
their ВПР of 2024 re-checked, indicator 1.5.3: the main fact for the analysis of the measures' effectiveness)."""

from __future__ import annotations

from ..monitoring.measures import Measure, flag
from ..monitoring.results import IndicatorResult, MechanismResults
from ..monitoring.selection import is_municipal
from ..russian.organizations import COUNTED
from .year_text import organizations_phrase

YES, NO = "да", "нет"


def is_membership(result: IndicatorResult) -> bool:
    """An indicator of organizations whose numerator counts organizations, each of them reported as 0 or 1 of 1."""
    calculation = result.indicator.calculation
    measures = [*result.by_organization.values(), *result.previous_by_organization.values()]
    return (
        not is_municipal(result.indicator)
        and calculation is not None
        and COUNTED.match(calculation.numerator or "") is not None
        and bool(measures)
        and all(flag(measure) is not None for measure in measures)
    )


def answer(measure: Measure | None) -> str | None:
    """«да» when the organization is of those counted, «нет» when not; None without a value."""
    counted = flag(measure)
    return None if counted is None else (YES if counted else NO)


def members_lines(results: MechanismResults, result: IndicatorResult, table: int) -> list[str]:
    """What the table of a membership indicator shows, which organizations were counted each year, and where the
    year before's stand in the округ's counts by name."""
    calculation = result.indicator.calculation
    assert calculation is not None and calculation.numerator
    counted = COUNTED.match(calculation.numerator)
    assert counted is not None
    whom = counted.group(1)
    years = [
        (results.year - 1, _members(result.previous_by_organization)),
        (results.year, _members(result.by_organization)),
    ]
    listed = [f"в {year} году — {organizations_phrase(results, keys) if keys else 'ни одной'}" for year, keys in years]
    before = years[0][1]
    lines = [
        f"Для каждой {term_of(whom)} в таблице {table} указано, относится ли она к числу {whom} («{YES}» или «{NO}»); "
        "по округу в целом — доля таких организаций.",
        f"К числу {whom}{',' if ',' in whom else ''} относились: " + "; ".join(listed) + ".",
    ]
    if before and result.previous_by_organization:
        lines += [_followed(results, other, before, results.year - 1, whom) for other in _named_counts(results)]
    return lines


def change(measure: Measure | None, before: Measure | None) -> str | None:
    """«без изменений», «включена», «исключена» (the organization into the count or out of it, short for a narrow
    cell); None where either year has no value."""
    now, then = flag(measure), flag(before)
    if now is None or then is None:
        return None
    return "без изменений" if now == then else ("включена" if now else "исключена")


def term_of(whom: str) -> str:
    """«ОО» of «ОО, включённых …»: the organizations' abbreviation, which reads in any case."""
    return whom.split(",")[0].split()[0]


def _followed(results: MechanismResults, other: IndicatorResult, keys: list[str], year: int, whom: str) -> str:
    """«Из ОО, относившихся в 2023 году к числу ОО, включённых …, в числитель показателя 1.5.3 (число ОО, работы
    которых перепроверены) вошли МОУ «СОШ № 21» и МОУ «СОШ № 43»; не вошли …»."""
    calculation = other.indicator.calculation
    numerator = f" ({calculation.numerator})" if calculation is not None and calculation.numerator else ""
    inside = [key for key in keys if key in other.parts and other.parts[key].numerator]
    outside = [key for key in keys if key not in inside]
    said = [
        f"вошл{'а' if len(inside) == 1 else 'и'} {organizations_phrase(results, inside)}" if inside else "",
        f"не вошл{'а' if len(outside) == 1 else 'и'} {organizations_phrase(results, outside)}" if outside else "",
    ]
    return (
        f"Из {term_of(whom)}, относившихся в {year} году к числу {whom}, в числитель показателя "
        f"{other.indicator.code}{numerator} в {results.year} году " + "; ".join(part for part in said if part) + "."
    )


def _named_counts(results: MechanismResults) -> list[IndicatorResult]:
    """The indicators of the округ counted in organizations whose data name each organization counted (0 or 1
    of 1)."""
    return [
        r
        for r in results.indicators
        if r.parts
        and r.parts.keys() <= results.respondents.keys()
        and all(flag(measure) is not None for measure in r.parts.values())
    ]


def _members(measures: dict[str, Measure]) -> list[str]:
    return [key for key, measure in measures.items() if flag(measure)]
