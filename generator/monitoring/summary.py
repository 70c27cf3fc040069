"""``msoko results``: a year's results in short, for a person (Russian text) or a program (JSON). Values are
written as the documents will write them: «86,3 %», «+2,1 п. п.», «12 человек»."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..messages import count_word
from ..messages.scales import TOTAL_WHOSE
from ..messages import monitoring as say
from ..russian.scale import quantity
from ..russian.typography import NBSP
from .measures import Measure
from .results import IndicatorResult, MechanismResults, Total
from .selection import MUNICIPALITY

NAMED = 5
"""Organizations named in a line of the summary; the rest are counted."""


def value_text(result: IndicatorResult, measure: Measure | None) -> str:
    """«86,3 %», «12 человек», «да»; «нет данных» when there is no value."""
    if measure is None or (measure.value is None and measure.answer is None):
        return "нет данных"
    if measure.answer is not None:
        return measure.answer
    assert measure.value is not None
    unit = result.indicator.unit
    if unit in ("процент", "да/нет"):
        return f"{measure.value:.{result.places}f}".replace(".", ",") + f"{NBSP}%"
    return quantity(measure.value, unit)


def change_text(result: IndicatorResult, key: str | None = None) -> str:
    """«+2,1 п. п.», «−3 человека», «без изменений»; "" when either year has no value."""
    change = result.change(key)
    if change is None:
        return ""
    if change == 0:
        return "без изменений"
    sign = "+" if change > 0 else "−"
    unit = result.indicator.unit
    if unit in ("процент", "да/нет"):
        return f"{sign}{abs(change):.{result.places}f}".replace(".", ",") + f"{NBSP}п.{NBSP}п."
    return sign + quantity(abs(change), unit)


def points_text(points: int | None) -> str:
    return "без баллов" if points is None else count_word(points, "балл", "балла", "баллов")


def results_text(results: Sequence[MechanismResults]) -> str:
    lines: list[str] = []
    for mechanism in results:
        year = mechanism.year
        title = f"{mechanism.regulation.mechanism} {mechanism.title}"
        expected, reported = len(mechanism.organizations_expected), len(mechanism.organizations_reported)
        coverage = (
            say.RESULTS_REPORTED.format(reported=reported, expected=count_word(expected, *say.ORGANIZATION_FORMS))
            if expected
            else say.RESULTS_MUNICIPAL_ONLY
        )
        lines += ["", title, say.RESULTS_YEAR.format(year=year, coverage=coverage)]
        for result in mechanism.indicators:
            lines += _indicator_lines(mechanism, result)
        lines += _total_lines(mechanism)
    return "\n".join(lines).lstrip("\n")


def _indicator_lines(mechanism: MechanismResults, result: IndicatorResult) -> list[str]:
    municipality = result.municipality
    head = say.RESULTS_INDICATOR.format(code=result.indicator.code, value=value_text(result, municipality))
    if municipality is not None and municipality.points is not None:
        head += f" — {points_text(municipality.points)}"
    if result.indicator.target:
        head += say.RESULTS_TARGET.format(target=result.indicator.target)
    change = change_text(result)
    if change:
        head += say.RESULTS_CHANGE.format(year=mechanism.year - 1, change=change)
    lines = [head]
    for label, keys in (
        (say.RESULTS_BELOW_TARGET, result.below_target),
        (say.RESULTS_RISK_GROUP, result.risk_group),
        (say.RESULTS_MISSING, [k for k in result.missing if k != MUNICIPALITY]),
    ):
        if keys:
            lines.append(f"        {label}: {len(keys)} — {_names(mechanism, keys)}")
    return lines


def _names(mechanism: MechanismResults, keys: Sequence[str]) -> str:
    names = [mechanism.respondents[key].short_name for key in keys[:NAMED]]
    return ", ".join(names) + (say.RESULTS_AND_MORE.format(count=len(keys) - NAMED) if len(keys) > NAMED else "")


def _total_lines(mechanism: MechanismResults) -> list[str]:
    total = mechanism.regulation.total
    if total is None:
        return []
    if mechanism.municipal_total is not None:
        found = mechanism.municipal_total
        group = f" — {found.group}" if found.group else ("" if found.complete else say.RESULTS_TOTAL_INCOMPLETE)
        return [say.RESULTS_MUNICIPAL_TOTAL.format(points=found.points, maximum=found.maximum, group=group)]
    groups = [group.name for group in total.groups]
    counts = {name: sum(1 for t in mechanism.totals.values() if t.group == name) for name in groups}
    incomplete = sum(1 for t in mechanism.totals.values() if not t.complete)
    parts = [f"{name} — {counts[name]}" for name in groups] + (
        [say.RESULTS_GROUPS_INCOMPLETE.format(count=incomplete)] if incomplete else []
    )
    return [say.RESULTS_GROUPS.format(whose=TOTAL_WHOSE[total.subject]) + "; ".join(parts)]


def _measure_json(measure: Measure | None) -> dict | None:
    if measure is None:
        return None
    return {
        "value": measure.value,
        "points": measure.points,
        "numerator": measure.numerator,
        "denominator": measure.denominator,
        "answer": measure.answer,
        "meets_target": measure.meets_target,
        "reported": measure.reported,
    }


def _total_json(total: Total | None) -> dict | None:
    return (
        None
        if total is None
        else {"points": total.points, "maximum": total.maximum, "complete": total.complete, "group": total.group}
    )


def results_json(results: Sequence[MechanismResults]) -> str:
    return json.dumps(
        {
            "mechanisms": [
                {
                    "code": m.regulation.mechanism,
                    "title": m.title,
                    "year": m.year,
                    "has_previous": m.has_previous,
                    "expected": m.organizations_expected,
                    "reported": m.organizations_reported,
                    "unknown": list(m.unknown),
                    "names": {key: row.short_name for key, row in m.respondents.items()},
                    "addressees": m.addressees,
                    "indicators": [
                        {
                            "code": r.indicator.code,
                            "name": r.indicator.name,
                            "unit": r.indicator.unit,
                            "level": r.indicator.level,
                            "target": r.indicator.target,
                            "municipality": _measure_json(r.municipality),
                            "previous_municipality": _measure_json(r.previous_municipality),
                            "change": r.change(),
                            "organizations": {
                                key: _measure_json(measure) for key, measure in r.by_organization.items()
                            },
                            "below_target": r.below_target,
                            "addressed": r.addressed,
                            "risk_group": r.risk_group,
                            "missing": r.missing,
                        }
                        for r in m.indicators
                    ],
                    "totals": {key: _total_json(total) for key, total in m.totals.items()},
                    "municipal_total": _total_json(m.municipal_total),
                }
                for m in results
            ]
        },
        ensure_ascii=False,
        indent=2,
    )
