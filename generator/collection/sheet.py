"""The data sheet of a returned workbook checked cell by cell against its plan: merged cells, the header, data
outside the table, every row's organization (unknown, missing, twice), every cell (blank in a filled row, a
value where the indicator does not apply, text, a formula without a value, an error value, an organization's
part of a count of organizations other than 1 or 0, a numerator above its denominator). Every problem is located at
its cell; the values that read become a :class:`Table`, stored only when the sheet has no problem.

A row left wholly empty is not an error: the workbook goes to every organization, and each returns its own row. The
cells of a municipal share broken down by organization may be blank in a filled row (the УО fills them for all the
organizations at once); :mod:`.breakdown` checks them together, in the same pass, for each indicator whose cells
all read."""

from __future__ import annotations

from dataclasses import dataclass, field

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from schemas.diagnostics import Diagnostic, Location

from ..monitoring.columns import Column, FormPlan, Part, ValueKind
from ..messages.monitoring import (
    BLANK,
    CELL_OF,
    ERROR_NAMED,
    ERROR_VALUE,
    EXCEL_ERRORS,
    EXTRA_COLUMN,
    FORMULA_WITHOUT_VALUE,
    HEADER_CHANGED,
    MERGED,
    NAME_FOR_CODE,
    NO_ORGANIZATION,
    NOT_APPLICABLE,
    NOT_FLAG,
    NUMERATOR_ABOVE,
    ORGANIZATION_ROW_MISSING,
    ORGANIZATION_TWICE,
    PART_WORDS,
    UNKNOWN_ORGANIZATION,
)
from ..monitoring.selection import Respondent
from ..monitoring.store import CellKey, Table, Value
from .cells import cell_value, is_blank
from .forms import (
    DATA_SHEET,
    FIRST_COLUMN,
    FIRST_ROW,
    INDICATOR_ROW,
    KEY_COLUMN,
    KEY_HEADER,
    LABEL_ROW,
    NAME_COLUMN,
    NAME_HEADER,
)
from .workbook import Sheet


@dataclass
class SheetReading:
    """What the data sheet gave: the filled rows, the keys of the rows left empty, and every problem."""

    table: Table = field(default_factory=Table)
    empty: list[str] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)
    """The rows filled beyond the cells of a municipal indicator broken down by organization (:mod:`.breakdown`):
    an organization's own row (or the округ's), which the upload replaces; the other rows in :attr:`table` bring
    those cells alone."""
    rows: dict[str, int] = field(default_factory=dict)
    """The sheet's row (from 0) of each row key found."""
    failed: set[tuple[str, str]] = field(default_factory=set)
    """(row key, indicator code) of each cell with a problem: the indicators :mod:`.breakdown` leaves unchecked."""

    def reads(self, key: str, code: str) -> bool:
        """Whether the row ``key`` was read (empty or not) and its cells of indicator ``code`` all read."""
        return (key in self.table.rows or key in self.empty) and (key, code) not in self.failed


def cell_location(file: str, row: int, column: int, sheet: str = DATA_SHEET) -> Location:
    return Location(file, row + 1, column + 1, sheet, xl_rowcol_to_cell(row, column))


def read_sheet(sheet: Sheet, plan: FormPlan, file: str) -> SheetReading:
    reading = SheetReading()
    reading.problems += [
        Diagnostic.error(
            cell_location(file, *top),
            MERGED.format(cells=f"{xl_rowcol_to_cell(*top)}:{xl_rowcol_to_cell(*bottom)}"),
            code="collect",
        )
        for top, bottom in sheet.merged
    ]
    header = _header_problems(sheet, plan, file)
    if header:
        reading.problems += header  # columns moved: no cell below can be trusted to mean its header
        return reading
    reading.problems += _outside(sheet, plan, file)
    seen: dict[str, int] = {}
    checks = _checks(plan)
    for row in range(FIRST_ROW, len(sheet.rows)):
        _row(sheet, plan, checks, file, row, seen, reading)
    reading.problems += [
        Diagnostic.error(
            Location(file, 0, 0, DATA_SHEET),
            ORGANIZATION_ROW_MISSING.format(name=respondent.short_name),
            code="collect",
        )
        for respondent in plan.rows
        if respondent.key not in seen
    ]
    reading.rows = seen
    return reading


def header_matches(sheet: Sheet, plan: FormPlan) -> bool:
    return not _header_problems(sheet, plan, "")


def _header_problems(sheet: Sheet, plan: FormPlan, file: str) -> list[Diagnostic]:
    expected = {(INDICATOR_ROW, KEY_COLUMN): KEY_HEADER, (INDICATOR_ROW, NAME_COLUMN): NAME_HEADER}
    for offset, column in enumerate(plan.columns):
        expected[(INDICATOR_ROW, FIRST_COLUMN + offset)] = column.title
        expected[(LABEL_ROW, FIRST_COLUMN + offset)] = column.label
    return [
        Diagnostic.error(cell_location(file, *cell), HEADER_CHANGED.format(expected=text), code="collect")
        for cell, text in expected.items()
        if str(sheet.value(*cell)).strip() != text
    ]


def _outside(sheet: Sheet, plan: FormPlan, file: str) -> list[Diagnostic]:
    """One problem for each column right of the table that holds anything below the title."""
    found = []
    width = max((len(cells) for cells in sheet.rows), default=0)
    for column in range(FIRST_COLUMN + len(plan.columns), width):
        row = next((r for r in range(INDICATOR_ROW, len(sheet.rows)) if not is_blank(sheet.value(r, column))), None)
        if row is not None:
            found.append(
                Diagnostic.error(
                    cell_location(file, row, column), EXTRA_COLUMN.format(column=xl_col_to_name(column)), code="collect"
                )
            )
    return found


def _row(
    sheet: Sheet,
    plan: FormPlan,
    checks: tuple[list[_Check], list[tuple[CellKey, CellKey, int]]],
    file: str,
    row: int,
    seen: dict[str, int],
    reading: SheetReading,
) -> None:
    raw_key = sheet.value(row, KEY_COLUMN)
    typed = (f"{raw_key:g}" if isinstance(raw_key, float) else str(raw_key)).strip()
    filled = {
        place
        for place in range(FIRST_COLUMN, FIRST_COLUMN + len(plan.columns))
        if not is_blank(sheet.value(row, place)) or (row, place) in sheet.unread
    }
    empty = not filled
    respondent, by_name = plan.find(typed)
    key = respondent.key if respondent is not None else typed
    if not key:
        if not empty:
            reading.problems.append(
                Diagnostic.error(cell_location(file, row, KEY_COLUMN), NO_ORGANIZATION, code="collect")
            )
    elif respondent is not None and by_name and key not in seen:
        seen[key] = row  # its row is there, under its name: not «missing» too
        reading.problems.append(
            Diagnostic.error(
                cell_location(file, row, KEY_COLUMN),
                NAME_FOR_CODE.format(name=respondent.short_name, text=typed, key=key),
                code="collect",
            )
        )
    elif respondent is None:
        reading.problems.append(
            Diagnostic.error(cell_location(file, row, KEY_COLUMN), UNKNOWN_ORGANIZATION.format(key=key), code="collect")
        )
    elif key in seen:
        reading.problems.append(
            Diagnostic.error(
                cell_location(file, row, KEY_COLUMN),
                ORGANIZATION_TWICE.format(name=respondent.short_name, row=seen[key] + 1),
                code="collect",
            )
        )
    else:
        seen[key] = row
        if empty:
            reading.empty.append(key)
        else:
            own = any(key not in check.optional for check in checks[0] if check.place in filled)
            reading.filled += [key] if own else []
            _values(sheet, checks, file, row, respondent, reading, own)


@dataclass(frozen=True)
class _Check:
    """One column as the row loop needs it, worked out once a sheet."""

    column: Column
    place: int
    key: CellKey
    kind: ValueKind
    answering: frozenset[str]
    whole: bool
    """A count: a float cell that is a whole number of 0 or more is the usual case, taken without the general path."""
    optional: frozenset[str]
    """The rows whose cell may be blank in a filled row: of a municipal indicator broken down by organization, theirs
    and the округ's (:mod:`.breakdown` checks them together)."""
    flags: frozenset[str]
    """The rows whose cell is 1 or 0: the organizations' of an indicator broken down by them that counts them
    (:attr:`FormPlan.counted`)."""


def _checks(plan: FormPlan) -> tuple[list[_Check], list[tuple[CellKey, CellKey, int]]]:
    """The columns; and each numerator's key, its denominator's key and its place."""
    checks = [
        _Check(
            column,
            FIRST_COLUMN + offset,
            (column.code, column.part.value),
            column.kind,
            plan.answering[column.code],
            column.kind is ValueKind.COUNT,
            plan.answering[column.code] if column.code in plan.breakdowns else frozenset(),
            frozenset(plan.breakdowns[column.code]) if column.code in plan.counted else frozenset(),
        )
        for offset, column in enumerate(plan.columns)
    ]
    pairs = [
        (check.key, (check.column.code, Part.DENOMINATOR.value), check.place)
        for check in checks
        if check.column.part is Part.NUMERATOR
    ]
    return checks, pairs


def _values(
    sheet: Sheet,
    checks: tuple[list[_Check], list[tuple[CellKey, CellKey, int]]],
    file: str,
    row: int,
    respondent: Respondent,
    reading: SheetReading,
    own: bool,
) -> None:
    """The row's values; ``own``: whether it is filled beyond the cells that may be blank in it (else every blank
    cell of it is left so)."""
    values: dict[CellKey, Value] = {}
    cells, unread, key = sheet.rows[row], sheet.unread, respondent.key
    width = len(cells)
    for check in checks[0]:
        raw = cells[check.place] if check.place < width else ""
        if (
            check.whole
            and type(raw) is float
            and raw >= 0
            and raw.is_integer()
            and (raw <= 1 or key not in check.flags)
            and key in check.answering
            and not (unread and (row, check.place) in unread)
        ):
            values[check.key] = int(raw)
            continue
        message = _cell_problem(sheet, check, respondent, raw, row, values, own)
        if message:
            reading.problems.append(cell_error(cell_location(file, row, check.place), respondent, check.key, message))
            reading.failed.add((key, check.column.code))
    for numerator_key, denominator_key, place in checks[1]:
        numerator, denominator = values.get(numerator_key), values.get(denominator_key)
        if isinstance(numerator, int) and isinstance(denominator, int) and numerator > denominator:
            reading.problems.append(
                cell_error(
                    cell_location(file, row, place),
                    respondent,
                    numerator_key,
                    NUMERATOR_ABOVE.format(numerator=numerator, denominator=denominator),
                )
            )
            reading.failed.add((key, numerator_key[0]))
    reading.table.rows[key] = values


def _error_value(stored: str) -> str:
    named = EXCEL_ERRORS.get(stored.strip().upper())
    return ERROR_NAMED.format(text=named[0], meaning=named[1]) if named else ERROR_VALUE.format(text=stored)


def cell_error(location: Location, respondent: Respondent, key: CellKey, problem: str) -> Diagnostic:
    """A cell's problem said with the organization of its row and the indicator and value of its column."""
    code, part = key
    message = CELL_OF.format(name=respondent.short_name, code=code, part=PART_WORDS[part], problem=problem)
    return Diagnostic.error(location, message, code="collect")


def _cell_problem(
    sheet: Sheet,
    check: _Check,
    respondent: Respondent,
    raw: object,
    row: int,
    values: dict[CellKey, Value],
    own: bool,
) -> str:
    """The problem of one cell, or "" (its value, if any, put into ``values``)."""
    if (row, check.place) in sheet.unread:
        shown = sheet.unread[(row, check.place)]
        return _error_value(shown) if shown else FORMULA_WITHOUT_VALUE
    if respondent.key not in check.answering:
        return "" if is_blank(raw) else NOT_APPLICABLE
    value, message = cell_value(check.kind, raw)
    if message:
        return message
    if value is None:
        return BLANK if own and respondent.key not in check.optional else ""
    if respondent.key in check.flags and isinstance(value, int) and value > 1:
        return NOT_FLAG.format(value=value)  # said before, and instead of, a numerator above its denominator
    values[check.key] = value
    return ""
