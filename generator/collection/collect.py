"""``msoko collect ФАЙЛ…``: returned workbooks checked (every problem of every file at once, located at its
sheet and cell) and, only when none has any, their rows stored in ``data/<year>/<mechanism>.csv`` — each
organization's rows replaced whole, every other row kept, each file written atomically.

A workbook says what it is by its stamp (the very hidden sheet «msoko»): the mechanism, the year and the
digest of the passports it was made from; a stamp that does not match today's passports for that year (or the
year asked for) stops the workbook before its cells are read, since its columns may mean something else."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from ..build.write import write_if_changed
from ..errors import MsokoError, file_system_error
from ..monitoring.load import MonitoringSources, read_year
from ..messages.monitoring import (
    EXTRA_SHEET,
    NO_DATA_SHEET,
    NO_STAMP,
    NOTHING_FILLED,
    ORGANIZATION_OTHER_FILE,
    STAMP_DAMAGED,
    STAMP_OTHER_PASSPORT,
    STAMP_OTHER_YEAR,
    STAMP_UNKNOWN_MECHANISM,
)
from ..monitoring.store import Change, Table, table_bytes, table_path
from .forms import DATA_SHEET, INSTRUCTION_SHEET, STAMP_SHEET
from .instruction import STAMP_KEYS
from .sheet import read_sheet
from .workbook import UnreadableWorkbook, Workbook, read_workbook


@dataclass(frozen=True)
class Upload:
    """What one checked workbook brings: the rows its organizations filled."""

    file: str
    mechanism: str
    year: int
    table: Table
    empty: tuple[str, ...]
    """Rows left wholly empty (the organizations that did not fill this copy)."""


@dataclass(frozen=True)
class Stored:
    """One data file after the collection: where, and whether its bytes changed."""

    path: Path
    mechanism: str
    year: int
    organizations: tuple[str, ...]
    """The rows the uploads replaced."""
    changed: bool
    changes: tuple[Change, ...] = ()
    """Each value the uploads added, altered or dropped in those rows."""


def check_files(
    sources: MonitoringSources, files: Sequence[Path], year: int | None, names: Sequence[str] = ()
) -> list[Upload]:
    """Every workbook checked; :class:`MsokoError` with every problem of every one when any has one. ``names``:
    what to call each file in the problems (the name an uploaded file had on the user's computer), else its path."""
    uploads, problems = [], []
    for index, path in enumerate(files):
        upload, found = check_workbook(sources, path, names[index] if names else str(path), year)
        problems += found
        if upload is not None:
            uploads.append(upload)
    problems += _across_files(sources, uploads)
    if problems:
        raise MsokoError(problems)
    return uploads


def check_workbook(
    sources: MonitoringSources, path: Path, file: str, year: int | None
) -> tuple[Upload | None, list[Diagnostic]]:
    """One workbook: its rows, or None; and every problem found in it."""
    try:
        book = read_workbook(path, DATA_SHEET, frozenset({DATA_SHEET, STAMP_SHEET}))
    except UnreadableWorkbook as error:
        return None, [_whole(file, str(error))]
    except OSError as error:  # no such file, a folder, no permission: named with the others, not alone
        return None, file_system_error(error).diagnostics
    stamped = _stamp(book, sources, file, year)
    if isinstance(stamped, Diagnostic):
        return None, [stamped]
    code, stamped_year = stamped
    problems = [
        Diagnostic.error(Location(file, 0, 0, sheet.name), EXTRA_SHEET.format(sheet=DATA_SHEET), code="collect")
        for sheet in book.sheets
        if sheet.name not in (DATA_SHEET, INSTRUCTION_SHEET, STAMP_SHEET)
    ]
    data = book.sheet(DATA_SHEET)
    if data is None:
        return None, problems + [_whole(file, NO_DATA_SHEET.format(sheet=DATA_SHEET))]
    reading = read_sheet(data, sources.plan(code, stamped_year), file)
    problems += reading.problems
    if not problems and not reading.table.rows:
        problems.append(_whole(file, NOTHING_FILLED))
    if problems:
        return None, problems
    return Upload(file, code, stamped_year, reading.table, tuple(reading.empty)), []


def _whole(file: str, message: str) -> Diagnostic:
    return Diagnostic.error(Location(file, 0, 0), message, code="collect")


def _stamp(book: Workbook, sources: MonitoringSources, file: str, year: int | None) -> tuple[str, int] | Diagnostic:
    """The mechanism and year the workbook was made for, when its stamp matches today's passports."""
    sheet = book.sheet(STAMP_SHEET)
    if sheet is None:
        return _whole(file, NO_STAMP)
    pairs = {str(cells[0]).strip(): str(cells[1]).strip() for cells in sheet.rows[1:] if len(cells) > 1}
    code, stamped_year, digest = (pairs.get(key, "") for key in STAMP_KEYS)
    if not (code and digest and stamped_year.removesuffix(".0").isdigit()):
        return _whole(file, STAMP_DAMAGED)
    made_for = int(stamped_year.removesuffix(".0"))
    if code not in sources.codes():
        return _whole(file, STAMP_UNKNOWN_MECHANISM.format(code=code))
    if year is not None and made_for != year:
        return _whole(file, STAMP_OTHER_YEAR.format(stamped=made_for, year=year))
    if sources.plan(code, made_for).stamp != digest:
        return _whole(file, STAMP_OTHER_PASSPORT.format(code=code))
    return code, made_for


def _across_files(sources: MonitoringSources, uploads: list[Upload]) -> list[Diagnostic]:
    """An organization's rows for one mechanism and year come from one file."""
    found = []
    first: dict[tuple[str, int, str], str] = {}
    for upload in uploads:
        names = sources.plan(upload.mechanism, upload.year).by_key
        for key in upload.table.rows:
            other = first.setdefault((upload.mechanism, upload.year, key), upload.file)
            if other != upload.file:
                found.append(
                    _whole(
                        upload.file,
                        ORGANIZATION_OTHER_FILE.format(
                            name=names[key].short_name, year=upload.year, code=upload.mechanism, other=other
                        ),
                    )
                )
    return found


def store_uploads(sources: MonitoringSources, uploads: Sequence[Upload]) -> list[Stored]:
    """Each year's and mechanism's stored table with the uploaded rows replaced, written atomically; the stored
    tables are all read (and any damage reported) before the first is written. The caller holds the lock."""
    merged: dict[tuple[int, str], Table] = {}
    for upload in uploads:
        key = (upload.year, upload.mechanism)
        merged[key] = merged.get(key, Table()).replaced(upload.table)
    problems, planned = [], []
    for (year, code), brought in sorted(merged.items()):
        stored, found = read_year(sources, year, code)
        problems += found
        planned.append((year, code, brought, table_bytes(stored.replaced(brought)), stored.changes(brought)))
    if problems:
        raise MsokoError(problems)
    written = []
    for year, code, brought, data, changes in planned:
        path = table_path(sources.layout, year, code)
        written.append(Stored(path, code, year, tuple(brought.rows), write_if_changed(path, data), tuple(changes)))
    return written
