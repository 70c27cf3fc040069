"""What a letter of адресные рекомендации found on one indicator, with both numbers of every comparison: the
organization's value — a share with what it is made of («84,8 % (167 из 197)»), or its being of the organizations a
share of the округ counts — and what it is held against: the target, the округ's value, and, where the Положение
counts organizations by another indicator's value for the округ («не ниже значения показателя 1.1.4 в целом по
округу»), that value («(24,1 %)»)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..monitoring.measures import Measure, flag
from ..monitoring.results import IndicatorResult
from ..monitoring.selection import is_fraction
from ..monitoring.summary import value_text
from ..russian import lower_first
from ..russian.morphology import past_agreed
from ..russian.organizations import COUNTED
from .year_text import of

NUMBER_LIKE = re.compile(r"\d")
NOT_BELOW = re.compile(r"^(?:ОО|ДОО), получивших (.+?) не ниже (.+)$")
"""«ДОО, получивших по … оценку не ниже базового уровня»: those counted by a result at a level or above it."""
IN_WHICH_NOT_BELOW = re.compile(r"^(?:ОО|ДОО), в которых (.+?) не ниже (.+)$")
"""«ОО, в которых доля выпускников … не ниже значения … по округу»: those counted by a value at a level or above."""
OTHER_MUNICIPAL = re.compile(r"значени[яеюй]\s+показателя\s+(\d+(?:\.\d+)+)\s+(?:в\s+целом\s+)?по\s+округу")
"""«значения показателя 1.1.4 в целом по округу»: a bound that is another indicator's value for the округ."""


def finding(
    result: IndicatorResult, key: str, short: str, year: int, name: str, others: Mapping[str, IndicatorResult]
) -> str:
    """«По показателю 1.1.1 доля обучающихся …, выполнивших …, в МОУ «СОШ № 7» составила 84,8 % (167 из 197; в
    2023 году — 85,6 %) при целевом значении не менее 90 %; по округу — 94,4 %.»; ``others`` are the year's
    indicators by code, whose values for the округ a bound may name."""
    indicator = result.indicator
    measure, before = result.own(key), result.own(key, previous=True)  # or its place in a count of the округ
    earlier = f"в {year - 1} году — {value_text(result, before)}" if _known(before) else ""
    target = indicator.target.strip()
    against = f" при целевом значении {target if NUMBER_LIKE.search(target) else f'«{target}»'}" if target else ""
    whole = f"; по округу — {value_text(result, result.municipality)}"
    counted = _counted_in(result, measure, short, before, year - 1, name)
    if counted:  # the округ's value is the indicator's, a share of organizations: said as the indicator's
        whole = f"; значение показателя по округу — {value_text(result, result.municipality)}"
        counted = _bound_valued(counted, others)
        return f"По показателю {indicator.code} «{indicator.name}» {counted}{whole}{against}."  # the округ's target
    if measure is not None and measure.answer is not None:  # a yes/no answer is stated, not «составил»
        return (
            f"По показателю {indicator.code} «{indicator.name}» в {short} — «{measure.answer}»"
            f"{f' ({earlier})' if earlier else ''}{against}{whole}."
        )
    closed = "," if "," in indicator.name else ""  # a participial or relative clause ends before the predicate
    return (
        f"По показателю {indicator.code} {lower_first(indicator.name)}{closed} в {short} "
        f"{past_agreed('составил', indicator.name)} {_own_value(result, measure, earlier)}{against}{whole}."
    )


def _own_value(result: IndicatorResult, measure: Measure | None, earlier: str) -> str:
    """«84,8 % (167 из 197; в 2023 году — 85,6 %)»: a share with the counts it is made of, which the organization
    reported, and ``earlier``, the year before's value, in one bracket; any other value as the справка prints it."""
    noted = [earlier] if earlier else []
    if measure is not None and measure.value is not None and is_fraction(result.indicator):
        if measure.numerator is not None and measure.denominator:
            noted.insert(0, of(measure.numerator, measure.denominator))
    bracket = f" ({'; '.join(noted)})" if noted else ""
    return f"{value_text(result, measure)}{bracket}"


def _bound_valued(said: str, others: Mapping[str, IndicatorResult]) -> str:
    """«… ниже значения показателя 1.1.4 в целом по округу (24,1 %)»: the bound's number after it, where the year
    has that indicator's value for the округ."""

    def valued(found: re.Match[str]) -> str:
        other = others.get(found.group(1))
        known = other is not None and _known(other.municipality)
        return f"{found.group(0)} ({value_text(other, other.municipality)})" if known and other else found.group(0)

    return OTHER_MUNICIPAL.sub(valued, said)


def _counted_in(
    result: IndicatorResult, measure: Measure | None, short: str, before: Measure | None, previous: int, name: str
) -> str | None:
    """An organization counted in a share of organizations as 0 or 1 of 1 («число ОО, включённых ФГБУ «ФИОКО» в
    перечень …») is said to be of them or not, not to have a share of 100 %: «МОУ «СОШ № 43» относится к числу ОО,
    включённых … (как и в 2023 году)», one not among those with a result «не ниже» a level said to have its own
    («МДОУ «ДС № 10» получило … оценку ниже базового уровня»); None for any other value."""
    calculation = result.indicator.calculation
    counted = COUNTED.match(calculation.numerator or "") if calculation else None
    now, then = flag(measure), flag(before)
    if counted is None or now is None:
        return None
    said = f"{short} {'' if now else 'не '}относится к числу {counted.group(1)}"
    below = NOT_BELOW.match(counted.group(1))
    if not now and below:  # «не относится к числу ДОО, получивших … не ниже …»: its own result, not a double negative
        said = f"{short} {past_agreed('получил', name)} {below.group(1)} ниже {below.group(2)}"
    elif not now and (value := IN_WHICH_NOT_BELOW.match(counted.group(1))):  # «в МОУ «СОШ № 3» доля … ниже …»
        said = f"в {short} {value.group(1)} ниже {value.group(2)}"
    if then is None:
        return said
    return f"{said} ({f'как и в {previous} году' if then == now else f'в отличие от {previous} года'})"


def _known(measure: Measure | None) -> bool:
    return measure is not None and (measure.value is not None or measure.answer is not None)
