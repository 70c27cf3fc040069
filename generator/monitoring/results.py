"""A mechanism's results for a year, from its stored raw values: every indicator per organization and for the
округ, with its points, its target, the change from the year before, the organizations that miss the target and
the risk group, and the total the Положение ranks by. Pure computation (:mod:`.measures` says the rules); the
reading of ``data/`` is :func:`generator.monitoring.load.mechanism_results`'."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import cached_property

from schemas.organizations import Organization
from schemas.regulation import Indicator, MonitoringRegulation, ValueRange

from ..scales.rules import LEVEL_OF_SUBJECT
from ..scales.scoring import Placed, within
from .addressing import Every, Rule, addressing_rules, kept_to_advice, to_every
from .columns import is_fraction
from .measures import Gauge, Measure, decimals, flag, per_unit, rounded, target_range
from .selection import MUNICIPALITY, Respondent, answering, is_municipal, respondent
from .store import Table

MUNICIPAL_TOTAL = "муниципалитет"
"""A total of the Положение summed for the округ as a whole (``total.subject``), not for each organization."""


@dataclass(frozen=True)
class IndicatorResult:
    indicator: Indicator
    expected: tuple[str, ...]
    """The keys of the rows that answer for it: its organizations in the list's order, or the округ's key."""
    by_organization: dict[str, Measure]
    """The organizations that reported it, in the list's order (empty for an indicator of the municipality)."""
    municipality: Measure | None
    """The округ's value; None when nothing was reported."""
    previous_by_organization: dict[str, Measure]
    previous_municipality: Measure | None
    """The same a year before, computed by today's passport; empty or None without that year's data."""
    parts: dict[str, Measure] = field(default_factory=dict)
    """For a share of the округ, the organizations' own parts of it where the data give them by a row of each, in the
    list's order, held against the target: of an indicator counted in organizations («число ОО, в которых …») each
    is 0 or 1 of 1 (whether it is in the numerator); of one counted in people («число выпускников 9 классов,
    получивших аттестат») each has its own share. Empty where the data give the округ's counts alone, or where the
    rows do not add up to them."""
    previous_parts: dict[str, Measure] = field(default_factory=dict)
    """The same parts a year before."""
    rule: Rule | None = None
    """The Положение's own rule for whom it sends рекомендации on the indicator, where its пункт on them names it
    (:mod:`.addressing`)."""

    @property
    def target(self) -> ValueRange | None:
        return target_range(self.indicator)

    @cached_property
    def places(self) -> int:
        """Decimals its values are printed with (read from the scale and the target once: a справка prints
        hundreds of them)."""
        return decimals(self.indicator)

    @property
    def missing(self) -> list[str]:
        """The organizations (or the округ) the indicator applies to that reported nothing."""
        if is_municipal(self.indicator):
            return [] if self.municipality else [MUNICIPALITY]
        return [key for key in self.expected if key not in self.by_organization]

    @property
    def below_target(self) -> list[str]:
        """The organizations whose value misses the target (:mod:`.measures`): the addressees of the
        recommendations. For a share of the округ whose target the округ misses, the organizations whose own part of
        it (:attr:`parts`) misses it too (not among the ДОО with a base level of the РППС where the target is
        100 %): the Положение's recommendation on it is for them."""
        return [key for key in self.parts or self.by_organization if self.missed(key)]

    def missed(self, key: str, previous: bool = False) -> bool:
        """Whether the organization is of :attr:`below_target` (``previous``: by the year before's values)."""
        values = self.previous_by_organization if previous else self.by_organization
        if key in values:
            return values[key].meets_target is False
        part = (self.previous_parts if previous else self.parts).get(key)
        return part is not None and part.meets_target is False and self._held(previous, by_rule=False)

    def _held(self, previous: bool, by_rule: bool = True) -> bool:
        """Whether the organizations' parts of the округ's share are held against its target that year: where the
        округ misses it, or (``by_rule``) where the Положение's пункт on рекомендации names the indicator."""
        whole = self.previous_municipality if previous else self.municipality
        return (by_rule and self.rule is not None) or (whole is not None and whole.meets_target is False)

    @property
    def addressed(self) -> list[str]:
        """The organizations sent адресные рекомендации on it: by the Положение's own rule where its пункт names the
        indicator — those whose value (or own part of the округ's share) lies in the range it gives, or with none
        those that miss the target whatever the округ's value — else those below the target."""
        if self.rule is None:
            return self.below_target
        values = self.parts or self.by_organization
        span = self.rule.within
        if span is None:
            return [key for key, measure in values.items() if measure.meets_target is False]
        return [
            key for key, m in values.items() if m.value is not None and not m.inapplicable and within(span, m.value)
        ]

    def own(self, key: str, previous: bool = False) -> Measure | None:
        """The organization's value (``previous``: the year before's): its own, or its part of a share of the округ."""
        if previous:
            return self.previous_by_organization.get(key) or self.previous_parts.get(key)
        return self.by_organization.get(key) or self.parts.get(key)

    def reached(self, key: str, previous: bool = False) -> bool | None:
        """Whether the organization reached the target on it (``previous``: the year before), as its letter and its
        page say: its own value held against the target; its part of a share of people (its graduates with an
        аттестат of 1.1.3) as well, where the parts are held against it — the округ misses it (:attr:`below_target`)
        or the Положение's пункт on рекомендации names the indicator; None where nothing is: no value, a part of a
        share the округ meets, a value counted as 0 or 1 of 1 (a share of organizations is the округ's: the
        organization has none of its own to miss, it is of those counted or not)."""
        measure = self.own(key, previous)
        if measure is None or flag(measure) is not None:
            return None
        own = key in (self.previous_by_organization if previous else self.by_organization)
        return measure.meets_target if own or self._held(previous) else None

    @property
    def below_two_years(self) -> list[str] | None:
        """The organizations below the target this year that did not reach it the year before either (Положение:
        «выявление ОО с результатами ниже целевых значений два года подряд»), by their own values or their parts
        of the округ's share (:meth:`missed`); None when no organization has last year's value to judge by."""
        before = self.previous_parts if self.parts else self.previous_by_organization
        if not any(measure.meets_target is not None for measure in before.values()):
            return None
        return [key for key in self.below_target if self.missed(key, previous=True)]

    @property
    def risk_group(self) -> list[str]:
        """The organizations whose value earns the scale's least points (when the scale has more than one); none
        where the Положение scores the округ alone, its organizations' values earning no points."""
        points = {band.points for band in self.indicator.scoring}
        if len(points) < 2:
            return []
        return [key for key, measure in self.by_organization.items() if measure.points == min(points)]

    def change(self, key: str | None = None) -> float | None:
        """The value now minus the value a year before (percentage points for a percentage), for the округ or for
        the organization ``key``; None when either is missing."""
        compared = self.compared(key)
        if compared is None:
            return None
        now, before = compared
        return rounded(float(self._exact(now) - self._exact(before)), self.places)

    def compared(self, key: str | None = None) -> tuple[Measure, Measure] | None:
        """This year's and last year's measure of the округ or of the organization ``key`` (its own value or its part
        of the округ's share), both with a value; None for an organization counted as 0 or 1 of 1, which is of those
        counted or not, with no change of a share."""
        now = self.municipality if key is None else self.own(key)
        before = self.previous_municipality if key is None else self.own(key, previous=True)
        if now is None or before is None or now.value is None or before.value is None:
            return None
        return None if key is not None and flag(now) is not None else (now, before)

    def _exact(self, measure: Measure) -> Fraction:
        """A value as computed, before rounding: a share from its counts, since a change of rounded shares is off by
        a tenth (1 of 24 after 2 of 24 is −4,2 п. п., not 4,2 − 8,3 = −4,1)."""
        if measure.numerator is not None and measure.denominator and is_fraction(self.indicator):
            return Fraction(per_unit(self.indicator)) * measure.numerator / measure.denominator
        return Fraction(repr(measure.value))


@dataclass(frozen=True)
class Total:
    """A sum of points the Положение ranks by, for one organization or for the округ."""

    points: int
    maximum: int
    """The points possible over the indicators that apply."""
    complete: bool
    """Every indicator summed was scored; an incomplete sum is given no group."""
    group: str | None
    """The group's name («высокий уровень»); None when incomplete, or when the Положение names no group for it."""


@dataclass(frozen=True)
class MechanismResults:
    regulation: MonitoringRegulation
    title: str
    """The mechanism's title in the catalog («Система оценки качества подготовки обучающихся»)."""
    year: int
    indicators: tuple[IndicatorResult, ...]
    totals: dict[str, Total]
    """By organization, when the Положение's total is an ОО's, a ДОО's or a руководитель's."""
    municipal_total: Total | None
    """When the Положение's total is the округ's."""
    has_previous: bool
    """Whether the year before has data (the changes are then computed)."""
    respondents: dict[str, Respondent]
    """Every row that answers for an indicator of the mechanism, by key, in the list's order, the округ last: the
    names to show."""
    reported: tuple[str, ...]
    """The keys of the rows that reported anything, in the same order (the справка's coverage)."""
    unknown: tuple[str, ...] = ()
    """Rows of the stored data that no organization of the list answers (an identifier since changed)."""
    previous_municipal_total: Total | None = None
    """The округ's total the year before (the Положение's «сумма баллов … и их динамика за два года»)."""
    every: Every | None = None
    """Where the Положение's пункт on рекомендации sends them to every organization it selects («Каждой ШНОР и
    ШНСУ направляются …», :func:`.addressing.to_every`): then each of :attr:`organizations_expected` gets them."""

    def indicator(self, code: str) -> IndicatorResult | None:
        return next((result for result in self.indicators if result.indicator.code == code), None)

    @property
    def organizations_expected(self) -> list[str]:
        return [key for key in self.respondents if key != MUNICIPALITY]

    @property
    def organizations_reported(self) -> list[str]:
        return [key for key in self.reported if key != MUNICIPALITY]

    @property
    def addressees(self) -> list[str]:
        """The organizations sent адресные рекомендации on any indicator (below its target, or as the Положение's
        пункт on them says for an indicator it names), in the list's order; every organization the indicators
        select where the пункт sends them to each («Каждой ШНОР и ШНСУ направляются …»)."""
        if self.every is not None:
            return self.organizations_expected
        below = {key for result in self.indicators for key in result.addressed}
        return [key for key in self.respondents if key in below]

    @property
    def organizations_counted(self) -> list[str]:
        """Those the results speak of: the organizations that reported, and those the data of a share of the округ
        name by a row of each (the УО's breakdown), whether or not they sent values of their own."""
        parted = {key for result in self.indicators for key in result.parts}
        return [key for key in self.organizations_expected if key in parted or key in self.reported]


def compute(
    regulation: MonitoringRegulation,
    title: str,
    organizations: Sequence[Organization],
    whole: Respondent,
    year: int,
    table: Table,
    previous: Table | None = None,
) -> MechanismResults:
    """The results of ``regulation`` (its mechanism named ``title``) for ``year`` from ``table`` (and ``previous``,
    the year before)."""
    rules = addressing_rules(regulation.use_of_results.recommendations)
    scored = not kept_to_advice(regulation)
    results = tuple(
        _indicator(indicator, organizations, table, previous, rules.get(indicator.code), scored)
        for indicator in regulation.indicators
    )
    known = {organization.id for organization in organizations} | {whole.key}
    totals, municipal = _totals(regulation, organizations, results)
    expected = {key for result in results for key in result.expected}
    respondents = {row.key: row for row in [respondent(o) for o in organizations] + [whole] if row.key in expected}
    answered = {key for result in results for key in result.by_organization}
    answered |= {MUNICIPALITY for result in results if is_municipal(result.indicator) and result.municipality}
    return MechanismResults(
        regulation,
        title,
        year,
        results,
        totals,
        municipal,
        previous is not None and bool(previous.rows),
        respondents,
        tuple(key for key in respondents if key in answered),
        tuple(sorted(set(table.rows) - known)),
        _previous_total(regulation, results),
        to_every(regulation.use_of_results.recommendations),
    )


def _indicator(
    indicator: Indicator,
    organizations: Sequence[Organization],
    table: Table,
    previous: Table | None,
    rule: Rule | None,
    scored: bool,
) -> IndicatorResult:
    """One indicator's results; ``scored`` False where the Положение scores the округ alone (:func:`kept_to_advice`):
    the organizations' values earn no points, the округ's, made of them, does."""
    expected = tuple(answering(indicator, organizations))
    gauge = Gauge(indicator)
    now, now_whole = _measures(gauge, expected, table)
    before, before_whole = _measures(gauge, expected, previous) if previous else ({}, None)
    if not scored:
        now, before = ({key: replace(m, points=None) for key, m in found.items()} for found in (now, before))
    return IndicatorResult(
        indicator,
        expected,
        now,
        now_whole,
        before,
        before_whole,
        _parts(gauge, organizations, table, now_whole),
        _parts(gauge, organizations, previous, before_whole) if previous else {},
        rule,
    )


def _parts(
    gauge: Gauge, organizations: Sequence[Organization], table: Table, whole: Measure | None
) -> dict[str, Measure]:
    """Each organization's part of a share of the округ, where the data give it by a row of each and the rows add up
    to the округ's numerator and denominator (a partial list names no one); one not in its denominator (0 of 0: a
    school whose graduates did not sit the ЕГЭ) has none."""
    if not is_municipal(gauge.indicator) or not gauge.fraction or whole is None:
        return {}
    rows = {organization.id: gauge.row(table.rows.get(organization.id)) for organization in organizations}
    parts = {key: row for key, row in rows.items() if row is not None and not row.inapplicable}
    sums = [sum(getattr(row, part) or 0 for row in parts.values()) for part in ("numerator", "denominator")]
    return parts if parts and sums == [whole.numerator, whole.denominator] else {}


def _measures(gauge: Gauge, expected: tuple[str, ...], table: Table) -> tuple[dict[str, Measure], Measure | None]:
    if is_municipal(gauge.indicator):
        return {}, gauge.row(table.rows.get(MUNICIPALITY))
    found = gauge.rows(table.rows, expected)
    return found, gauge.municipal(found.values())


def _previous_total(regulation: MonitoringRegulation, results: tuple[IndicatorResult, ...]) -> Total | None:
    """The округ's total of the year before, when the Положение's total is the округ's and every summed indicator
    has last year's points."""
    if regulation.total is None or regulation.total.subject != MUNICIPAL_TOTAL:
        return None
    groups, counted = _summed(regulation, results)
    found = _total([(r.previous_municipality, most) for r, most in counted], groups)
    return found if found.complete else None


def _summed(
    regulation: MonitoringRegulation, results: tuple[IndicatorResult, ...]
) -> tuple[list[tuple[Placed, str]], list[tuple[IndicatorResult, int]]]:
    """The Положение's groups of a total, and the results it sums with the points each may earn."""
    total = regulation.total
    groups = [(Placed(group, whole=not total.share), group.name) for group in total.groups] if total else []
    summed = {indicator.code for indicator in regulation.summed_indicators()}
    return groups, [(result, result.indicator.max_points) for result in results if result.indicator.code in summed]


def _totals(
    regulation: MonitoringRegulation, organizations: Sequence[Organization], results: tuple[IndicatorResult, ...]
) -> tuple[dict[str, Total], Total | None]:
    total = regulation.total
    if total is None:
        return {}, None
    groups, counted = _summed(regulation, results)
    if total.subject == MUNICIPAL_TOTAL:
        return {}, _total([(r.municipality, most) for r, most in counted], groups)
    level = LEVEL_OF_SUBJECT[total.subject]
    expected = [
        (result, most, frozenset(result.expected)) for result, most in counted if result.indicator.level == level
    ]
    by_organization = {}
    for organization in organizations:
        scores = [
            (r.by_organization.get(organization.id), most) for r, most, keys in expected if organization.id in keys
        ]
        if total.share:  # an indicator whose denominator is nil at an organization does not apply to it
            scores = [(measure, most) for measure, most in scores if measure is None or not measure.inapplicable]
        if scores:
            by_organization[organization.id] = _total(scores, groups, total.share)
    return by_organization, None


def _total(scores: list[tuple[Measure | None, int]], groups: list[tuple[Placed, str]], share: bool = False) -> Total:
    """The sum of (measure, the points possible) and its group: by the sum, or by its share of the points possible."""
    points = [measure.points if measure is not None else None for measure, _ in scores]
    earned = sum(p for p in points if p is not None)
    maximum = sum(most for _, most in scores)
    complete = None not in points
    ranked = 100 * earned / maximum if share and maximum else earned
    group = next((name for placed, name in groups if placed.holds(ranked)), None) if complete else None
    return Total(earned, maximum, complete, group)
