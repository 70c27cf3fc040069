"""A scoring band in words, one convention for every document: «менее 75 %», «75 % и более, но менее 90 %»,
«90 % и более»; for a count (people, units) «от 5 до 14 человек», which leaves no value out because a count
is whole. Numbers with a decimal comma, a no-break space before «%» and the noun, the noun agreeing."""

from __future__ import annotations

import math
from decimal import Decimal

from schemas.regulation import ScoringBand, ValueRange

from .morphology import number_noun
from .typography import NBSP

UNIT_SIGNS = {"процент": "%"}
"""A unit printed as a sign after the number; the others are nouns that agree with it."""
COUNTED_UNITS = frozenset({"человек", "единица"})
"""Units whose values are whole numbers: a band of them can be said «от 5 до 14» without a gap."""


def number_text(value: float) -> str:
    """«97,9», «75», «0,25»: as written, with a decimal comma."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    return text.replace(".", ",")


def band_wording(band: ScoringBand, unit: str) -> str:
    """The value a band scores: a range, «да»/«нет», or its condition in words."""
    if band.answer is not None:
        return band.answer
    if band.is_range:
        return range_wording(band, unit)
    return band.condition


def band_line(band: ScoringBand, unit: str) -> str:
    """«75 % и более, но менее 90 % — 1 балл»: a band and its points, as a scale prints it."""
    return f"{band_wording(band, unit)}{NBSP}— {band.points}{NBSP}{number_noun(band.points, 'балл')}"


def range_wording(span: ValueRange, unit: str, whole: bool = False) -> str:
    """A range in words; ``whole`` when its values are whole numbers whatever the unit (a sum of points)."""
    lower, upper = span.lower, span.upper
    if whole or unit in COUNTED_UNITS:
        lower, upper = _whole_bounds(span)
        if lower is not None and upper is not None:
            if lower == upper:
                return quantity(lower, unit)
            return f"от {number_text(lower)} до {quantity(upper, unit, genitive=True)}"
        if lower is not None:
            return f"{quantity(lower, unit)} и более"
        if span.upper_inclusive:
            return f"не более {quantity(upper, unit, genitive=True)}"
        return f"менее {quantity(span.upper, unit, genitive=True)}"
    return _continuous(span, unit)


def _continuous(span: ValueRange, unit: str) -> str:
    lower, upper = span.lower, span.upper
    if lower is not None and upper is not None and lower == upper and span.lower_inclusive and span.upper_inclusive:
        return quantity(lower, unit)
    if lower is not None and upper is not None and span.lower_inclusive and span.upper_inclusive:
        return f"от {number_text(lower)} до {quantity(upper, unit, genitive=True)} включительно"
    low = (
        (f"{quantity(lower, unit)} и более" if span.lower_inclusive else f"более {quantity(lower, unit, True)}")
        if lower is not None
        else ""
    )
    high = (
        (f"не более {quantity(upper, unit, True)}" if span.upper_inclusive else f"менее {quantity(upper, unit, True)}")
        if upper is not None
        else ""
    )
    return f"{low}, но {high}" if low and high else low or high


def _whole_bounds(span: ValueRange) -> tuple[float | None, float | None]:
    """The least and greatest whole values of a range: [5, 15) holds 5 to 14."""
    lower = upper = None
    if span.lower is not None:
        lower = float(math.ceil(span.lower) if span.lower_inclusive else math.floor(span.lower) + 1)
    if span.upper is not None:
        upper = float(math.floor(span.upper) if span.upper_inclusive else math.ceil(span.upper) - 1)
    return lower, upper


def quantity(value: float | None, unit: str, genitive: bool = False) -> str:
    assert value is not None
    if not unit:
        return number_text(value)
    sign = UNIT_SIGNS.get(unit)
    noun = sign if sign else number_noun(value, unit, genitive)
    return f"{number_text(value)}{NBSP}{noun}"
