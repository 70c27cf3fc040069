"""The rules of a scale: every value scored once (no gap, no overlap), no reversed band, one precision, points
that rise or fall along the scale; and of a total: groups the maximum can reach, summed over indicators of
the level the total is for.

A range is laid on a line of positions (value, side): side 0 stands at the value, side 1 just after it, so
that [75; 90) covers positions (75, 0) up to (90, 0) and «от 75 до 89» leaves (89, 1) to (90, 0) unscored.
A count (people, units, a sum of points) takes whole values only: its range covers the whole numbers in it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping, Sequence

from schemas.regulation import ScoringBand, Total, ValueRange

from ..messages import scales as scale_messages
from ..russian.scale import COUNTED_UNITS, number_text, range_wording

Position = tuple[float, int]
INFINITY = math.inf
PERCENT_END: Position = (100.0, 1)
LEVEL_OF_SUBJECT = {"ОО": "ОО", "руководитель": "ОО", "ДОО": "ДОО"}
"""Whose total needs indicators of which level: a руководитель is judged by the values of his ОО."""


@dataclass(frozen=True)
class ScaleFinding:
    code: str
    index: int | None
    """The band (or group) the finding stands at; None for the scale or total as a whole."""
    message: str


def scale_findings(bands: Sequence[ScoringBand], unit: str, owner: str) -> list[ScaleFinding]:
    """Every rule a scale breaks; ``owner`` names it in messages («шкала показателя 1.1.1»)."""
    kinds = [_kind_problem(band, unit) for band in bands]
    found = [
        ScaleFinding("scale-band-kind", index, scale_messages.SCALE_BAND_KIND.format(owner=owner, problem=problem))
        for index, problem in enumerate(kinds)
        if problem
    ]
    if found:
        return found
    if unit == "да/нет":
        return _answers(bands, owner)
    if any(not band.is_range for band in bands):
        return []  # a qualitative scale: its conditions are words, not values
    found = _line_rules(bands, unit in COUNTED_UNITS, unit, owner)
    if any(finding.code == "scale-reversed" for finding in found):
        return found  # an empty band has no place along the scale
    return found + _monotone(bands, unit, owner)


def total_findings(
    total: Total, levels: Mapping[str, str], maxima: Mapping[str, int], owner: str
) -> list[ScaleFinding]:
    """The rules of a total: ``levels`` and ``maxima`` by indicator code (only the indicators summed)."""
    found = []
    needed = LEVEL_OF_SUBJECT.get(total.subject)
    wrong = [code for code, level in levels.items() if needed and level != needed]
    if wrong:
        found.append(
            ScaleFinding(
                "total-level",
                None,
                scale_messages.TOTAL_LEVEL.format(
                    owner=owner, whose=scale_messages.TOTAL_WHOSE[total.subject], codes=", ".join(wrong)
                ),
            )
        )
    # groups in shares of the maximum an organization can reach (its indicators that apply to it): 0–100 %, any
    # organization reaches 100 % whichever indicators apply to it
    maximum = 100.0 if total.share else sum(maxima.values())
    unit, whole = ("процент", False) if total.share else ("балл", True)
    for index, group in enumerate(total.groups):
        if group.lower is not None and (group.lower, 0 if group.lower_inclusive else 1) > (maximum, 0):
            template = scale_messages.TOTAL_SHARE_UNREACHABLE if total.share else scale_messages.TOTAL_UNREACHABLE
            found.append(
                ScaleFinding(
                    "total-unreachable",
                    index,
                    template.format(
                        owner=owner, name=group.name, bound=range_wording(group, unit, whole=whole), maximum=maximum
                    ),
                )
            )
    if not total.groups:
        return found  # a sum without groups ranks nothing yet: nothing to leave unscored
    return found + _line_rules(
        total.groups,
        whole,
        unit,
        scale_messages.TOTAL_GROUPS_OWNER.format(owner=owner),
        end=PERCENT_END if total.share else (maximum + 1.0, 0),
    )


def _kind_problem(band: ScoringBand, unit: str) -> str:
    stated = [
        name
        for name, present in (
            ("range", band.is_range),
            ("answer", band.answer is not None),
            ("condition", bool(band.condition)),
        )
        if present
    ]
    if len(stated) != 1:
        return scale_messages.SCALE_BAND_NONE if not stated else scale_messages.SCALE_BAND_SEVERAL
    if unit == "да/нет" and stated[0] == "range":
        return scale_messages.SCALE_BAND_RANGE_FOR_ANSWER
    if unit != "да/нет" and stated[0] == "answer":
        return scale_messages.SCALE_BAND_ANSWER_FOR_RANGE
    return ""


def _answers(bands: Sequence[ScoringBand], owner: str) -> list[ScaleFinding]:
    found, seen = [], set()
    for index, band in enumerate(bands):
        if band.answer in seen:
            found.append(
                ScaleFinding(
                    "scale-overlap", index, scale_messages.SCALE_ANSWER_TWICE.format(owner=owner, answer=band.answer)
                )
            )
        seen.add(band.answer)
    missing = [answer for answer in ("да", "нет") if answer not in seen and not any(b.condition for b in bands)]
    return found + [
        ScaleFinding("scale-gap", None, scale_messages.SCALE_ANSWER_MISSING.format(owner=owner, answer=answer))
        for answer in missing
    ]


def _line_rules(
    spans: Sequence[ValueRange], whole: bool, unit: str, owner: str, end: Position | None = None
) -> list[ScaleFinding]:
    found: list[ScaleFinding] = []
    placed = []
    for index, span in enumerate(spans):
        start, stop = positions(span, whole)
        if start >= stop:
            found.append(
                ScaleFinding(
                    "scale-reversed",
                    index,
                    scale_messages.SCALE_REVERSED.format(owner=owner, band=range_wording(span, unit, whole)),
                )
            )
        else:
            placed.append((start, stop, index))
    if found:
        return found
    found += _precision(spans, owner)
    domain_end = end or (PERCENT_END if unit == "процент" else (INFINITY, 0))
    cursor: Position = (0.0, 0)
    widest = None
    for start, stop, index in sorted(placed):
        if start < cursor and widest is not None:
            found.append(
                ScaleFinding(
                    "scale-overlap",
                    index,
                    scale_messages.SCALE_OVERLAP.format(
                        owner=owner,
                        values=_wording(start, min(cursor, stop), unit, whole),
                        first=range_wording(spans[widest], unit, whole),
                        second=range_wording(spans[index], unit, whole),
                    ),
                )
            )
        elif start > cursor and cursor < domain_end:
            found.append(
                ScaleFinding(
                    "scale-gap",
                    index if widest is None else widest,
                    scale_messages.SCALE_GAP.format(
                        owner=owner, values=_wording(cursor, min(start, domain_end), unit, whole)
                    ),
                )
            )
        if stop > cursor:
            cursor, widest = stop, index
    if cursor < domain_end:
        found.append(
            ScaleFinding(
                "scale-gap",
                widest,
                scale_messages.SCALE_GAP.format(owner=owner, values=_wording(cursor, domain_end, unit, whole)),
            )
        )
    return found


def positions(span: ValueRange, whole: bool) -> tuple[Position, Position]:
    """Where a range starts and stops on the line; a count's range from its least whole value to just after
    its greatest."""
    lower = -INFINITY if span.lower is None else span.lower
    upper = INFINITY if span.upper is None else span.upper
    if whole:
        low = 0.0 if span.lower is None else float(math.ceil(lower) if span.lower_inclusive else math.floor(lower) + 1)
        if span.upper is None:
            return (max(low, 0.0), 0), (INFINITY, 0)
        high = math.floor(upper) if span.upper_inclusive else math.ceil(upper) - 1
        return (max(low, 0.0), 0), (high + 1.0, 0)
    return ((max(lower, 0.0), 0 if span.lower_inclusive or lower < 0 else 1), (upper, 1 if span.upper_inclusive else 0))


def _wording(start: Position, stop: Position, unit: str, whole: bool) -> str:
    """The values between two positions, in words: «более 89 %, но менее 90 %»."""
    gap = ValueRange(
        lower=start[0],
        lower_inclusive=start[1] == 0,
        upper=None if stop[0] == INFINITY else stop[0],
        upper_inclusive=stop[1] == 1,
    )
    if whole:
        gap = ValueRange(lower=start[0], upper=None if stop[0] == INFINITY else stop[0])
    return range_wording(gap, unit, whole)


def _precision(spans: Sequence[ValueRange], owner: str) -> list[ScaleFinding]:
    """One number of decimals for every bound inside the scale (its ends 0 and 100 aside)."""
    decimals: dict[int, tuple[int, float]] = {}
    for index, span in enumerate(spans):
        for bound in (span.lower, span.upper):
            if bound is not None and bound not in (0, 100):
                places = len(number_text(bound).partition(",")[2])
                decimals.setdefault(places, (index, bound))
    if len(decimals) < 2:
        return []
    (_, (_, coarse)), (_, (index, fine)) = sorted(decimals.items())[:1] + sorted(decimals.items())[-1:]
    return [
        ScaleFinding(
            "scale-precision",
            index,
            scale_messages.SCALE_PRECISION.format(owner=owner, fine=number_text(fine), coarse=number_text(coarse)),
        )
    ]


def _monotone(bands: Sequence[ScoringBand], unit: str, owner: str) -> list[ScaleFinding]:
    """Points rise (or fall) along the scale: a band between two others scores between them."""
    ordered = sorted(range(len(bands)), key=lambda i: positions(bands[i], unit in COUNTED_UNITS))
    points = [bands[i].points for i in ordered]
    steps = [b - a for a, b in zip(points, points[1:])]
    if all(step >= 0 for step in steps) or all(step <= 0 for step in steps):
        return []
    rising = sum(1 for s in steps if s > 0) >= sum(1 for s in steps if s < 0)
    breaking = next(k for k, step in enumerate(steps) if (step < 0 if rising else step > 0)) + 1
    band = bands[ordered[breaking]]
    return [
        ScaleFinding(
            "scale-monotone",
            ordered[breaking],
            scale_messages.SCALE_MONOTONE.format(
                owner=owner,
                band=range_wording(band, unit),
                points=band.points,
                neighbour=range_wording(bands[ordered[breaking - 1]], unit),
                neighbour_points=bands[ordered[breaking - 1]].points,
            ),
        )
    ]
