"""A value on a scale: the band it falls in and the points it earns, and whether it lies in a range (a target
read as one, a group by total points). Values are placed on the same line of positions as the scale rules
place the bands (:func:`~generator.scales.rules.positions`), so a value is scored by exactly the band the
rules found to cover it once. A :class:`Scale` lays its bands out once, for the thousands of values a year's
data score."""

from __future__ import annotations

from collections.abc import Sequence

from schemas.regulation import ScoringBand, ValueRange

from ..russian.scale import COUNTED_UNITS
from .rules import Position, positions


class Placed:
    """A range laid on the line of positions."""

    __slots__ = ("start", "stop")

    def __init__(self, span: ValueRange, whole: bool = False) -> None:
        self.start: Position
        self.stop: Position
        self.start, self.stop = positions(span, whole)

    def holds(self, value: float) -> bool:
        return self.start <= (value, 0) < self.stop


def within(span: ValueRange, value: float, whole: bool = False) -> bool:
    """Whether ``value`` lies in ``span``; ``whole`` when the values are whole numbers (a count, a sum of points)."""
    return Placed(span, whole).holds(value)


class Scale:
    """An indicator's bands, ready to score values: a number by its range, «да»/«нет» by its answer."""

    def __init__(self, bands: Sequence[ScoringBand], unit: str) -> None:
        whole = unit in COUNTED_UNITS
        self.ranges = [(Placed(band, whole), band) for band in bands if band.is_range]
        self.answers: dict[str, ScoringBand] = {band.answer: band for band in bands if band.answer is not None}

    def band(self, value: float | str) -> ScoringBand | None:
        """The band that scores ``value``; None when no band does (a qualitative scale, a gap the check reports)."""
        if isinstance(value, str):
            return self.answers.get(value)
        position = (value, 0)
        for placed, band in self.ranges:
            if placed.start <= position < placed.stop:
                return band
        return None
