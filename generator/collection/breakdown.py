"""The organizations' rows of a municipal indicator broken down by them (its ``applies_to``: «число ОО, в которых …»
of «число ОО, выпускники 11 классов которых сдавали ЕГЭ»), checked together once all their cells read (in the
same pass as the cells of the sheet, so that every problem is named at once):
each row gives both values or neither (where they count organizations, :mod:`.sheet` reads each as 1 or 0); they
are filled for every organization the indicator names or for none; and the округ's row, left empty in the
indicator's cells, becomes their sums, or filled, must equal them. Some of the organizations' rows filled where
the округ's is empty is a school's copy filling its own cells: it is told that the УО fills them. Every problem is
located at its cell."""

from __future__ import annotations

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
from ..monitoring.store import CellKey
from .forms import FIRST_COLUMN
from .sheet import SheetReading, cell_error, cell_location

SHOWN_NAMES = 5
"""The organizations a partial breakdown names before «и ещё N»."""


def check_breakdowns(plan: FormPlan, file: str, reading: SheetReading) -> None:
    """Every indicator of ``plan`` broken down by organization whose cells all read checked in ``reading`` (its
    problems added to it), and the округ's counts of each made the sums of theirs where its row leaves them empty."""
    for code, keys in plan.breakdowns.items():
        if not all(reading.reads(key, code) for key in (*keys, MUNICIPALITY)):
            continue  # a cell of it is named already (or a row of it is missing): its sums would mislead
        cells: tuple[CellKey, CellKey] = ((code, Part.NUMERATOR.value), (code, Part.DENOMINATOR.value))
        places = {
            column.part.value: FIRST_COLUMN + offset
            for offset, column in enumerate(plan.columns)
            if column.code == code
        }
        given = [key for key in keys if _holds(reading, key, cells)]
        if given and len(given) < len(keys) and MUNICIPALITY in reading.empty:
            _not_theirs(plan, file, reading, given, cells, places)
            continue
        found = len(reading.problems)
        _pairs(plan, file, reading, given, cells, places)
        if len(reading.problems) == found:
            _whole(plan, file, reading, keys, given, cells, places)


def _holds(reading: SheetReading, key: str, cells: tuple[CellKey, CellKey]) -> bool:
    row = reading.table.rows.get(key, {})
    return any(cell in row for cell in cells)


def _not_theirs(
    plan: FormPlan,
    file: str,
    reading: SheetReading,
    given: list[str],
    cells: tuple[CellKey, CellKey],
    places: dict[str, int],
) -> None:
    """Some organizations' rows filled where the округ's is empty: a school's copy (its own cells filled, say an old
    copy), not the УО's; each row told at its first cell that the УО fills these cells."""
    for key in given:
        cell = next(cell for cell in cells if cell in reading.table.rows[key])
        location = cell_location(file, reading.rows[key], places[cell[1]])
        reading.problems.append(cell_error(location, plan.by_key[key], cell, BREAKDOWN_NOT_YOURS))


def _pairs(
    plan: FormPlan,
    file: str,
    reading: SheetReading,
    given: list[str],
    cells: tuple[CellKey, CellKey],
    places: dict[str, int],
) -> None:
    """A row that gives one value of the indicator gives the other; the округ's row filled beyond the indicator
    gives both, unless the organizations' rows do."""
    whole = reading.table.rows.get(MUNICIPALITY, {})
    unsummed = not given and MUNICIPALITY in reading.filled and not any(cell in whole for cell in cells)
    for key in [*given, MUNICIPALITY]:
        row = reading.table.rows.get(key, {})
        if key == MUNICIPALITY and unsummed:
            problem = BLANK
        elif any(cell in row for cell in cells):
            problem = HALF_PAIR
        else:
            continue
        for cell in cells:
            if cell not in row:
                location = cell_location(file, reading.rows[key], places[cell[1]])
                reading.problems.append(cell_error(location, plan.by_key[key], cell, problem))


def _whole(
    plan: FormPlan,
    file: str,
    reading: SheetReading,
    keys: tuple[str, ...],
    given: list[str],
    cells: tuple[CellKey, CellKey],
    places: dict[str, int],
) -> None:
    """The organizations' rows filled for all or none; the округ's counts their sums."""
    if not given:
        return
    code = cells[0][0]
    missing = [key for key in keys if key not in given]
    if missing:
        location = cell_location(file, reading.rows[missing[0]], places[Part.NUMERATOR.value])
        problem = BREAKDOWN_PARTIAL.format(code=code, names=_names(plan, missing), count=len(keys))
        reading.problems.append(cell_error(location, plan.by_key[missing[0]], cells[0], problem))
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
        wrong = cells[0] if stated[0] != sums[0] else cells[1]
        location = cell_location(file, reading.rows[MUNICIPALITY], places[wrong[1]])
        problem = BREAKDOWN_SUMS.format(
            numerator=stated[0], denominator=stated[1], numerator_sum=sums[0], denominator_sum=sums[1]
        )
        reading.problems.append(cell_error(location, plan.by_key[MUNICIPALITY], wrong, problem))


def _names(plan: FormPlan, keys: list[str]) -> str:
    names = ", ".join(plan.by_key[key].short_name for key in keys[:SHOWN_NAMES])
    return names if len(keys) <= SHOWN_NAMES else AND_MORE.format(names=names, more=len(keys) - SHOWN_NAMES)
