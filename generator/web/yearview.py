"""What the monitoring pages show, worded from the results ``msoko results`` computes (:mod:`generator.monitoring`):
the matrix of organizations × indicators of one mechanism, an organization's page across the mechanisms, and the
year's short list. Values are written by the same helpers as the CLI's summary («94,4 %», «+1,6 п. п.»,
«2 балла»); this module only lays them out and says in words what a cell's colour says."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from schemas.regulation import Indicator

from ..documents.membership import change
from ..monitoring.addressing import kept_to_advice
from ..messages import count_word
from ..messages import web as say
from ..monitoring.measures import Measure, flag
from ..monitoring.results import IndicatorResult, MechanismResults, Total
from ..monitoring.selection import MUNICIPALITY, is_municipal
from ..monitoring.summary import change_text, points_text, value_text
from ..russian import and_joined
from ..russian.typography import typograph_text

TONES = tuple(say.TONES.items())
"""The legend: each tone of a cell and what it means, in words (the cell also says its points)."""


def tone(indicator: Indicator, measure: Measure | None) -> str:
    """The cell's colour by its points on the indicator's scale (see :data:`TONES`)."""
    if measure is None or (measure.value is None and measure.answer is None):
        return "none"
    if measure.points is None:
        return "unscored"
    levels = {band.points for band in indicator.scoring}
    if measure.points >= indicator.max_points:
        return "top"
    return "low" if measure.points <= min(levels) else "mid"


@dataclass(frozen=True)
class Shown:
    """One value as a cell shows it."""

    value: str
    """«94,4 %», «нет данных»; "" where the indicator does not apply."""
    points: str
    """«2 балла»; "" when not scored."""
    tone: str
    missed: bool = False
    """The value misses the target."""
    addressed: bool = False
    """The organization gets адресные рекомендации on the indicator (by the target, or by the Положение's пункт)."""

    @classmethod
    def of(cls, result: IndicatorResult, measure: Measure | None) -> Shown:
        found = tone(result.indicator, measure)
        points = points_text(measure.points) if measure is not None and measure.points is not None else ""
        return cls(value_text(result, measure), points, found, measure is not None and measure.meets_target is False)


NOT_APPLICABLE = Shown("", "", "na")


def own_shown(result: IndicatorResult, key: str) -> Shown:
    """What the organization ``key`` has of an indicator: its value, or its part of a share of the округ the УО gives by
    organization — the part's value (1.1.3's graduates), unscored (the округ's share is scored) —, «входит в
    числитель»/«не входит» where it is counted as 0 or 1 of 1 (2.1.3, 1.5.5); marked «не достигнуто» as its letter
    says it (:meth:`IndicatorResult.reached`), and where it gets рекомендации on it."""
    measure = result.own(key)
    if measure is None:
        return Shown.of(result, None) if key in result.expected else NOT_APPLICABLE
    shown = Shown.of(result, measure) if key in result.by_organization else Shown("", "", "unscored")
    inside = flag(measure)
    value = value_text(result, measure) if inside is None else say.PART_IN if inside else say.PART_OUT
    return replace(shown, value=value, missed=result.reached(key) is False, addressed=key in result.addressed)


def total_text(total: Total | None, reported: bool = True) -> str:
    """«10 из 12 баллов — высокий уровень»; "" when there is no sum, «нет данных» when none of its values was
    reported (not «0 из 6 баллов»: nothing was earned or lost)."""
    if total is None:
        return ""
    if not reported:
        return say.NO_DATA
    text = say.TOTAL.format(points=total.points, maximum=count_word(total.maximum, *say.POINTS_OF_FORMS))
    if total.group:
        return f"{text} — {total.group}"
    return text if total.complete else say.TOTAL_INCOMPLETE.format(total=text)


@dataclass(frozen=True)
class MatrixRow:
    name: str
    link: str
    """The organization's page; "" for the округ's row."""
    cells: list[Shown]
    total: str = ""


@dataclass(frozen=True)
class Line:
    """One indicator in a list: of the округ as a whole, or of one organization."""

    code: str
    name: str
    shown: Shown
    target: str
    verdict: str
    """«достигнуто», «не достигнуто», or "" when there is nothing to hold against the target."""
    change: str
    whole: str = ""
    """The округ's value beside an organization's."""
    risk: bool = False
    part: bool = False
    """No standing of the organization's own against the target (:meth:`IndicatorResult.reached`): its part of a
    share the округ meets, or its being counted (0 or 1 of 1) in a share of organizations, the округ's."""


@dataclass(frozen=True)
class Matrix:
    code: str
    title: str
    year: int
    coverage: str
    columns: list[tuple[str, str, str]]
    """(code, name, target) of each indicator of the organizations."""
    rows: list[MatrixRow]
    whole_row: MatrixRow | None
    """The округ's values of the organizations' indicators (sums of numerators over sums of denominators)."""
    whole: list[Line]
    """The indicators of the округ as a whole."""
    has_total: bool
    """The Положение sums the points of each organization (a column of the matrix)."""
    whole_total: str
    """The округ's sum of points, when the Положение sums the округ's."""
    previous: int | None
    unknown: int = 0
    scored: bool = True
    """The Положение scores each organization; False where it scores the округ alone and keeps each organization's
    values to the рекомендации (:func:`kept_to_advice`): their cells are unscored, the least points no risk group."""

    @property
    def tones(self) -> tuple[tuple[str, str], ...]:
        """The legend's tones: where only the округ is scored, its least points are said without a risk group."""
        return TONES if self.scored else tuple((tone, say.TONES_WHOLE.get(tone, words)) for tone, words in TONES)


def _verdict(reached: bool | None) -> str:
    return "" if reached is None else say.MET if reached else say.NOT_MET


def coverage_text(mechanism: MechanismResults) -> str:
    expected, reported = len(mechanism.organizations_expected), len(mechanism.organizations_reported)
    if not expected:
        return say.WHOLE_ONLY + ("" if mechanism.reported else say.WHOLE_NOT_YET)
    return say.REPORTED.format(reported=reported, expected=count_word(expected, *say.ORGANIZATIONS_OF_FORMS))


def matrix(mechanism: MechanismResults, whole_name: str, link: str) -> Matrix:
    """The matrix of ``mechanism``; ``whole_name`` names the округ's row, ``link`` formats an organization's page
    from its key."""
    own = [result for result in mechanism.indicators if not is_municipal(result.indicator)]
    own += [result for result in mechanism.indicators if is_municipal(result.indicator) and result.parts]
    reported = set(mechanism.reported)
    rows = []
    for key, row in mechanism.respondents.items():
        if key == MUNICIPALITY:
            continue
        cells = [own_shown(result, key) for result in own]
        rows.append(
            MatrixRow(
                typograph_text(row.short_name),
                link.format(key=key),
                cells,
                total_text(mechanism.totals.get(key), key in reported),
            )
        )
    whole_row = (
        MatrixRow(typograph_text(whole_name), "", [Shown.of(result, result.municipality) for result in own])
        if own and rows
        else None
    )
    columns = [
        (r.indicator.code, typograph_text(r.indicator.name), typograph_text(r.indicator.target or "—")) for r in own
    ]
    whole = [_line(result, result.municipality) for result in mechanism.indicators if is_municipal(result.indicator)]
    return Matrix(
        mechanism.regulation.mechanism,
        mechanism.title,
        mechanism.year,
        coverage_text(mechanism),
        columns,
        rows,
        whole_row,
        whole,
        bool(mechanism.totals),
        total_text(mechanism.municipal_total),
        mechanism.year - 1 if mechanism.has_previous else None,
        len(mechanism.unknown),
        not kept_to_advice(mechanism.regulation),
    )


def _line(result: IndicatorResult, measure: Measure | None, key: str | None = None) -> Line:
    """An indicator's line for the округ (``key`` None) or for the organization ``key``, beside the округ's value:
    whether it reached the target as its letter says it (:meth:`IndicatorResult.reached`), a count of 0 or 1 of 1
    changed as the справка says it («без изменений», «включена», «исключена»)."""
    indicator = result.indicator
    if key is None:
        verdict = _verdict(measure.meets_target if measure is not None else None)
        return Line(
            indicator.code,
            typograph_text(indicator.name),
            Shown.of(result, measure),
            typograph_text(indicator.target or "—"),
            verdict,
            change_text(result),
        )
    reached, counted = result.reached(key), flag(measure) is not None
    return Line(
        indicator.code,
        typograph_text(indicator.name),
        own_shown(result, key),
        typograph_text(indicator.target or "—"),
        _verdict(reached),
        (change(measure, result.own(key, previous=True)) or "") if counted else change_text(result, key),
        value_text(result, result.municipality),
        key in result.risk_group,
        reached is None and (counted or key in result.parts),
    )


@dataclass(frozen=True)
class Section:
    """One mechanism on an organization's page."""

    code: str
    title: str
    lines: list[Line]
    total: str
    summary: str
    """How the organization stands against the targets, in a sentence."""


@dataclass
class OrganizationView:
    name: str
    short_name: str
    year: int
    sections: list[Section] = field(default_factory=list)
    previous: int | None = None
    without_data: list[tuple[str, str]] = field(default_factory=list)
    """(code, title) of each mechanism the organization reports for that has no value of it yet: a line each, not
    a table of «нет данных»."""


def organization_view(
    found: list[MechanismResults], key: str, name: str, short_name: str, year: int
) -> OrganizationView:
    """``key``'s values in each mechanism it reports for, beside the округ's."""
    view = OrganizationView(typograph_text(name), typograph_text(short_name), year)
    for mechanism in found:
        if not any(key in result.expected for result in mechanism.indicators):
            continue
        results = [result for result in mechanism.indicators if key in result.expected or key in result.parts]
        lines = [_line(result, result.own(key), key) for result in results]
        if all(line.shown.tone in ("none", "na") for line in lines):
            view.without_data.append((mechanism.regulation.mechanism, mechanism.title))
            continue
        view.sections.append(
            Section(
                mechanism.regulation.mechanism,
                mechanism.title,
                lines,
                total_text(mechanism.totals.get(key)) if key in mechanism.reported else "",
                _standing(lines),
            )
        )
        view.previous = view.previous or (year - 1 if mechanism.has_previous else None)
    return view


def _standing(shown: list[Line]) -> str:
    """«Целевое значение не достигнуто по 2 показателям из 6.», «Все целевые значения достигнуты.»; «Адресные
    рекомендации — по показателю 2.1.4.» where the organization gets them."""
    lines = [line for line in shown if not line.part]
    missed = sum(1 for line in lines if line.verdict == say.NOT_MET)
    held = sum(1 for line in lines if line.verdict)
    unheld = len(lines) - held
    if missed:
        text = say.STANDING_MISSED.format(missed=count_word(missed, *say.INDICATORS_DATIVE_FORMS), total=len(lines))
    elif held:
        text = say.STANDING_ALL_MET if not unheld else say.STANDING_MET_WITH_DATA
    else:
        text = say.STANDING_PARTS if len(lines) < len(shown) else say.STANDING_NO_DATA
    if unheld and held:
        text += say.STANDING_UNHELD.format(unheld=count_word(unheld, *say.INDICATOR_FORMS))
    addressed = [line.code for line in shown if line.shown.addressed]
    if addressed:
        text += say.STANDING_ADDRESSED[len(addressed) > 1].format(codes=and_joined(addressed))
    return text


@dataclass(frozen=True)
class YearLine:
    """One mechanism in the year's list."""

    code: str
    title: str
    coverage: str
    targets: str
    """«по округу не достигнуто 2 целевых значения из 6; организаций, не достигших хотя бы одного: 7»; «все
    достигнуты»; "" without data."""
    has_data: bool


def year_lines(found: list[MechanismResults]) -> list[YearLine]:
    return [
        YearLine(
            mechanism.regulation.mechanism,
            mechanism.title,
            coverage_text(mechanism),
            targets_text(mechanism) if mechanism.reported else "",
            bool(mechanism.reported),
        )
        for mechanism in found
    ]


def targets_text(mechanism: MechanismResults) -> str:
    whole = [result.municipality for result in mechanism.indicators]
    missed = sum(1 for measure in whole if measure is not None and measure.meets_target is False)
    held = sum(1 for measure in whole if measure is not None and measure.meets_target is not None)
    organizations = {key for result in mechanism.indicators for key in result.below_target}
    parts = [say.WHOLE_MISSED.format(missed=count_word(missed, *say.TARGET_FORMS), held=held)] if missed else []
    parts += [say.ORGANIZATIONS_MISSED.format(count=len(organizations))] if organizations else []
    return "; ".join(parts) or say.ALL_MET
