"""One indicator's value for one organization or for the округ, from the raw values: computed, rounded as it is
printed, scored on the Положение's scale and held against the target. Pure: no files, no clock.

- A share is its numerator over its denominator; the округ's share is the sum of the numerators over the sum
  of the denominators of the organizations that reported both (never a mean of percentages). A denominator of
  0 gives no value (the school has no pupils with ОВЗ): the row is not scored and not counted as missing.
- A percentage is rounded to one decimal (more when a bound of the scale or the target has more), half up, and
  scored as rounded: «89,96 %» prints as «90,0 %» and earns the points of 90 %, as a reader of the справка
  checks it.
- For an indicator of organizations stated as a single value, the округ's value is the sum of a count
  (people, units: not scored, the scale is one organization's), the mean of points or of a percentage
  (scored), or the share of «да» answers in percent for a yes/no indicator (not scored).
- The **target** is read as a range by the scale reader (:func:`generator.scales.reading.value_range`):
  «не менее 90 %» is [90; ∞), «не более 1 %» is [0; 1], «100 %» is exactly 100. A value outside it
  **misses the target**; this is the threshold below which an ОО gets адресные рекомендации. A target in words
  («нарушений нет») falls back to the scale: a value misses it when it earns less than the scale's maximum.
- The **risk group** of an indicator are the organizations whose value earns the scale's least points."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from schemas.regulation import Indicator, ValueRange

from ..russian.scale import COUNTED_UNITS, number_text
from ..scales.reading import value_range
from ..scales.scoring import Placed, Scale
from .columns import KIND_OF_UNIT, Part, ValueKind, is_fraction
from .store import CellKey, Value


@dataclass(slots=True)
class Measure:
    """An indicator's value for one organization or for the округ."""

    value: float | None
    """On the indicator's unit (a percentage 0–100), rounded as printed; None when it cannot be computed (a
    denominator of 0) or for a yes/no answer."""
    points: int | None
    """On the Положение's scale; None when not scored."""
    numerator: int | None = None
    denominator: int | None = None
    answer: str | None = None
    """«да» or «нет», for a yes/no indicator of one organization."""
    meets_target: bool | None = None
    """None when there is nothing to hold against the target."""
    reported: int = 1
    """How many rows the value is made of (the округ's: the organizations that reported)."""

    @property
    def inapplicable(self) -> bool:
        """A share whose denominator is 0 (a school without pupils with ОВЗ): the indicator does not apply to the row,
        which reported it — neither scored nor held against the target, unlike a row that did not report."""
        return self.denominator == 0


def flag(measure: Measure | None) -> bool | None:
    """Whether an organization reported as 0 or 1 of 1 is of those counted («число ОО, в которых …»); None for any
    other value."""
    if measure is None or measure.denominator != 1 or measure.numerator not in (0, 1):
        return None
    return bool(measure.numerator)


class Aggregation(str, Enum):
    """How the округ's value of an indicator of organizations is made from theirs (the module's rules); the
    Положение states the same rule in words (:func:`generator.documents.regulation.municipal_values`)."""

    RATIO = "ratio"
    """The sum of the numerators over the sum of the denominators."""
    YES_SHARE = "yes_share"
    """The share of «да» answers, in percent."""
    SUM = "sum"
    """The sum of a count."""
    MEAN = "mean"
    """The mean of points or of a percentage stated as a value."""


def aggregation(indicator: Indicator) -> Aggregation:
    if is_fraction(indicator):
        return Aggregation.RATIO
    kind = KIND_OF_UNIT[indicator.unit]
    if kind is ValueKind.ANSWER:
        return Aggregation.YES_SHARE
    return Aggregation.SUM if kind is ValueKind.COUNT else Aggregation.MEAN


def target_range(indicator: Indicator) -> ValueRange | None:
    """The target as a range («не менее 90 %»), or None when it is in words or a yes/no answer."""
    found = value_range(indicator.target) if indicator.target else None
    return ValueRange(**found) if found and "answer" not in found else None


def target_answer(indicator: Indicator) -> str | None:
    found = value_range(indicator.target) if indicator.target else None
    return found.get("answer") if found else None


def decimals(indicator: Indicator) -> int:
    """Decimals a value is rounded to: none for a count, else one, or as many as the scale's or target's finest
    bound."""
    if indicator.unit in COUNTED_UNITS:
        return 0
    spans: list[ValueRange] = [band for band in indicator.scoring if band.is_range]
    target = target_range(indicator)
    spans += [target] if target else []
    bounds = [bound for span in spans for bound in (span.lower, span.upper) if bound is not None]
    return max([1] + [len(number_text(bound).partition(",")[2]) for bound in bounds])


def per_unit(indicator: Indicator) -> int:
    """What a share numerator / denominator is multiplied by on the indicator's unit: 100 for a percentage."""
    return 100 if indicator.unit == "процент" else 1


def rounded(value: float, places: int) -> float:
    """Half up, as the decimal written: 76,25 → 76,3 (Python's round() would give 76,2)."""
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


class Gauge:
    """What measuring one indicator needs, worked out once for all the rows of a year: its raw values' keys, the
    rounding, the scale laid out, the target read."""

    def __init__(self, indicator: Indicator) -> None:
        self.indicator = indicator
        self.fraction = is_fraction(indicator)
        self.aggregation = aggregation(indicator)
        self.places = decimals(indicator)
        self.scale = Scale(indicator.scoring, indicator.unit)
        target = target_range(indicator)
        self.target = Placed(target, indicator.unit in COUNTED_UNITS) if target else None
        self.answer = target_answer(indicator)
        self.keys = tuple((indicator.code, part.value) for part in (Part.NUMERATOR, Part.DENOMINATOR, Part.VALUE))
        self.scaled = per_unit(indicator) * 10**self.places
        """A share times this, rounded half up to a whole number, is the share as printed times 10 ** places."""
        self.graded: dict[float | str, tuple[int | None, bool | None]] = {}
        """Points and target met, by printed value: a year's thousands of shares take a few hundred values."""

    def scored(
        self,
        shown: float | None = None,
        answer: str | None = None,
        numerator: int | None = None,
        denominator: int | None = None,
        reported: int = 1,
    ) -> Measure:
        """The measure of a value rounded as printed (or of an answer): its points and whether it meets the target."""
        subject = answer if answer is not None else shown
        if subject is None:
            return Measure(shown, None, numerator, denominator, answer, None, reported)
        points, meets = self.graded.get(subject) or self._graded(subject, shown, answer)
        return Measure(shown, points, numerator, denominator, answer, meets, reported)

    def _graded(self, subject: float | str, shown: float | None, answer: str | None) -> tuple[int | None, bool | None]:
        """The points and the target met of a value (or an answer) not graded before, kept for the next."""
        band = self.scale.band(subject)
        points = band.points if band else None
        graded = self.graded[subject] = (points, self._meets(shown, answer, points))
        return graded

    def _meets(self, value: float | None, answer: str | None, points: int | None) -> bool | None:
        if answer is not None and self.answer is not None:
            return answer == self.answer
        if value is not None and self.target is not None:
            return self.target.holds(value)
        return None if points is None else points >= self.indicator.max_points

    def share(self, numerator: int, denominator: int, reported: int = 1) -> Measure:
        return self.shares([(numerator, denominator)], reported)[0]

    def shares(self, pairs: Iterable[tuple[int, int]], reported: int = 1) -> list[Measure]:
        """The measure of each (numerator, denominator), in one loop: a year has 10⁵ shares, and a call for each
        would cost as much as computing it."""
        graded, doubled, power = self.graded, 2 * self.scaled, 10**self.places
        found = []
        for numerator, denominator in pairs:
            if denominator == 0:
                found.append(Measure(None, None, numerator, denominator, reported=reported))
                continue
            # in whole numbers, exactly: 1799 / 2000 is 89,95 and prints 90,0, where a float would hold 89,9499…
            shown = (doubled * numerator + denominator) // (2 * denominator) / power
            points, meets = graded.get(shown) or self._graded(shown, shown, None)
            found.append(Measure(shown, points, numerator, denominator, None, meets, reported))
        return found

    def rows(self, table: dict[str, dict[CellKey, Value]], keys: Iterable[str]) -> dict[str, Measure]:
        """The measure of each row of ``keys`` that holds the indicator's values, in the order of ``keys``."""
        if not self.fraction:
            measured = ((key, self.row(table.get(key))) for key in keys)
            return {key: measure for key, measure in measured if measure is not None}
        numerator_key, denominator_key = self.keys[0], self.keys[1]
        held, pairs = [], []
        for key in keys:
            values = table.get(key)
            if values:
                numerator, denominator = values.get(numerator_key), values.get(denominator_key)
                if isinstance(numerator, int) and isinstance(denominator, int):
                    held.append(key)
                    pairs.append((numerator, denominator))
        return dict(zip(held, self.shares(pairs)))

    def row(self, values: dict[CellKey, Value] | None) -> Measure | None:
        """One row's measure; None when the row holds none of the indicator's values."""
        if not values:
            return None
        if self.fraction:
            return self.rows({"": values}, ("",)).get("")
        value = values.get(self.keys[2])
        if value is None:
            return None
        return self.scored(answer=value) if isinstance(value, str) else self.scored(rounded(value, self.places))

    def municipal(self, measures: Iterable[Measure]) -> Measure | None:
        """The округ's measure from its organizations' (see the module's rules); None when none reported."""
        rows = list(measures)
        if not rows:
            return None
        if self.aggregation is Aggregation.RATIO:
            return self.share(sum(m.numerator or 0 for m in rows), sum(m.denominator or 0 for m in rows), len(rows))
        if self.aggregation is Aggregation.YES_SHARE:
            yes = sum(1 for m in rows if m.answer == "да")
            return Measure(rounded(100 * yes / len(rows), self.places), None, yes, len(rows), reported=len(rows))
        values = [m.value for m in rows if m.value is not None]
        if self.aggregation is Aggregation.SUM:
            return Measure(float(sum(values)), None, reported=len(rows))
        return self.scored(rounded(sum(values) / len(values), self.places), reported=len(rows)) if values else None
