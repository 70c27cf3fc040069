"""The organizations' rows of a municipal indicator broken down by them (its ``applies_to``: «число ОО, в которых …»
of «число ОО, выпускники 11 классов которых сдавали ЕГЭ»), checked together once all their cells read (in the
same pass as the cells of the sheet, so that every problem is named at once):
each row gives both values or neither (where they count organizations, :mod:`.sheet` reads each as 1 or 0); they
are filled for every organization the indicator names or for none; and the округ's row, left empty in the
indicator's cells, becomes their sums, or filled, must equal them. Some of the organizations' rows filled where
the округ's is empty is a school's copy filling its own cells: it is told that the УО fills them. Every problem is
located at its cell."""

from __future__ import annotations

from dataclasses import dataclass

from ..messages.monitoring import (
    AND_MORE,
    BLANK,
    BREAKDOWN_NOT_YOURS,
    BREAKDOWN_PARTIAL,
    BREAKDOWN_SUMS,
    HALF_PAIR,
)
from ..monitoring.columns import FormPlan, Part
from ..monitoring.selection import MUNICIPALITY
from ..monitoring.store import CellKey, Value
from .forms import FIRST_COLUMN
from .sheet import SheetReading, cell_error, cell_location

SHOWN_NAMES = 5
"""The organizations a partial breakdown names before «и ещё N»."""


@dataclass(frozen=True)
class _Breakdown:
    """One indicator's breakdown in one workbook: where its cells are, and where its problems go."""

    plan: FormPlan
    file: str
    reading: SheetReading
    keys: tuple[str, ...]
    """The organizations the indicator names, in the list's order."""
    cells: tuple[CellKey, CellKey]
    """The numerator's and the denominator's cells of a row."""
    places: dict[str, int]
    """The column of each part, by the part's key."""

    def row(self, key: str) -> dict[CellKey, Value]:
        return self.reading.table.rows.get(key, {})

    def holds(self, key: str) -> bool:
        return any(cell in self.row(key) for cell in self.cells)

    def report(self, key: str, cell: CellKey, problem: str) -> None:
        location = cell_location(self.file, self.reading.rows[key], self.places[cell[1]])
        self.reading.problems.append(cell_error(location, self.plan.by_key[key], cell, problem))


def check_breakdowns(plan: FormPlan, file: str, reading: SheetReading) -> None:
    """Every indicator of ``plan`` broken down by organization whose cells all read checked in ``reading`` (its
    problems added to it), and the округ's counts of each made the sums of theirs where its row leaves them empty."""
    for code, keys in plan.breakdowns.items():
        if not all(reading.reads(key, code) for key in (*keys, MUNICIPALITY)):
            continue  # a cell of it is named already (or a row of it is missing): its sums would mislead
        places = {
            column.part.value: FIRST_COLUMN + offset
            for offset, column in enumerate(plan.columns)
            if column.code == code
        }
        breakdown = _Breakdown(
            plan, file, reading, keys, ((code, Part.NUMERATOR.value), (code, Part.DENOMINATOR.value)), places
        )
        given = [key for key in keys if breakdown.holds(key)]
        if given and len(given) < len(keys) and MUNICIPALITY in reading.empty:
            _not_theirs(breakdown, given)
            continue
        found = len(reading.problems)
        _pairs(breakdown, given)
        if len(reading.problems) == found:
            _whole(breakdown, given)


def _not_theirs(breakdown: _Breakdown, given: list[str]) -> None:
    """Some organizations' rows filled where the округ's is empty: a school's copy (its own cells filled, say an old
    copy), not the УО's; each row told at its first cell that the УО fills these cells."""
    for key in given:
        breakdown.report(key, next(cell for cell in breakdown.cells if cell in breakdown.row(key)), BREAKDOWN_NOT_YOURS)


def _pairs(breakdown: _Breakdown, given: list[str]) -> None:
    """A row that gives one value of the indicator gives the other; the округ's row filled beyond the indicator
    gives both, unless the organizations' rows do."""
    unsummed = not given and MUNICIPALITY in breakdown.reading.filled and not breakdown.holds(MUNICIPALITY)
    for key in [*given, MUNICIPALITY]:
        if key == MUNICIPALITY and unsummed:
            problem = BLANK
        elif breakdown.holds(key):
            problem = HALF_PAIR
        else:
            continue
        for cell in breakdown.cells:
            if cell not in breakdown.row(key):
                breakdown.report(key, cell, problem)


def _whole(breakdown: _Breakdown, given: list[str]) -> None:
    """The organizations' rows filled for all or none; the округ's counts their sums."""
    if not given:
        return
    cells, reading, keys = breakdown.cells, breakdown.reading, breakdown.keys
    missing = [key for key in keys if key not in given]
    if missing:
        problem = BREAKDOWN_PARTIAL.format(code=cells[0][0], names=_names(breakdown.plan, missing), count=len(keys))
        breakdown.report(missing[0], cells[0], problem)
        return
    sums = [sum(int(reading.table.rows[key][cell]) for key in given) for cell in cells]
    whole = reading.table.rows.setdefault(MUNICIPALITY, {})
    if cells[0] not in whole:
        whole.update(zip(cells, sums))
        if MUNICIPALITY in reading.empty:
            reading.empty.remove(MUNICIPALITY)
        return
    stated = [whole[cell] for cell in cells]
    if stated != sums:
        problem = BREAKDOWN_SUMS.format(
            numerator=stated[0], denominator=stated[1], numerator_sum=sums[0], denominator_sum=sums[1]
        )
        breakdown.report(MUNICIPALITY, cells[0] if stated[0] != sums[0] else cells[1], problem)


def _names(plan: FormPlan, keys: list[str]) -> str:
    names = ", ".join(plan.by_key[key].short_name for key in keys[:SHOWN_NAMES])
    return names if len(keys) <= SHOWN_NAMES else AND_MORE.format(names=names, more=len(keys) - SHOWN_NAMES)
