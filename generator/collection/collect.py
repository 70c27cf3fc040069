"""``msoko collect ФАЙЛ…``: returned workbooks checked (every problem of every file at once, located at its
sheet and cell) and, only when none has any, their rows stored in ``data/<year>/<mechanism>.csv`` — each
organization's own row replaced whole (its part of a municipal share broken down by organization replaced only by
a workbook that brings that breakdown), every other row kept, each file written atomically.

A workbook says what it is by its stamp (the very hidden sheet «msoko»): the mechanism, the year and the
digest of what of the passports decides its columns and rows (each indicator's too); a stamp that does not match
today's passports for that year (or the year asked for) stops the workbook before its cells are read, since its
columns may mean something else — and says by which indicators."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from ..build.write import atomic_write, backup_path, write_if_changed
from ..errors import MsokoError, file_system_error
from ..monitoring.columns import FormPlan, Part
from ..monitoring.load import MonitoringSources, read_year
from ..monitoring.roster import is_current, roster_path
from ..monitoring.selection import MUNICIPALITY, is_municipal
from ..messages import count_word
from ..messages.monitoring import (
    BREAKDOWN_ACCEPTED,
    BREAKDOWN_OTHER_FILE,
    EXTRA_SHEET,
    NO_DATA_SHEET,
    RENAMED_DATA_SHEET,
    NO_STAMP,
    NOTHING_FILLED,
    ORGANIZATION_FORMS,
    ORGANIZATION_OTHER_FILE,
    STAMP_DAMAGED,
    INDICATORS_ADDED,
    INDICATORS_CHANGED,
    INDICATORS_REMOVED,
    STAMP_CHANGED,
    STAMP_OTHER_PASSPORT,
    STAMP_OTHER_YEAR,
    STAMP_UNKNOWN_MECHANISM,
)
from ..monitoring.store import Change, Table, table_bytes, table_path
from ..project import ProjectLayout
from ..russian.morphology import and_joined
from .forms import DATA_SHEET, INSTRUCTION_SHEET, STAMP_SHEET
from .breakdown import check_breakdowns
from .instruction import STAMP_KEYS
from .sheet import header_matches, read_sheet
from .workbook import UnreadableWorkbook, Workbook, read_workbook

NUMERATOR = Part.NUMERATOR.value


@dataclass(frozen=True)
class Upload:
    """What one checked workbook brings: the rows its organizations filled."""

    file: str
    mechanism: str
    year: int
    table: Table
    empty: tuple[str, ...]
    """Rows left wholly empty (the organizations that did not fill this copy)."""
    filled: tuple[str, ...] = ()
    """The rows it replaces whole (:attr:`.sheet.SheetReading.filled`); of the others in :attr:`table` it brings the
    cells of the indicators broken down by organization alone."""
    broken_down: tuple[str, ...] = ()
    """The indicators whose organizations' rows it fills (all of them, or the file was refused)."""

    def breakdown_words(self) -> str:
        """«по показателям 2.1.3, 2.1.4 и 2.1.5 — значения 24 организаций, заполненные управлением образования»: what
        it brings besides the rows it fills (:attr:`filled`), which a report counts apart; "" for none."""
        codes = self.broken_down
        if not codes:
            return ""
        organizations = count_word(len(self.broken_down_rows), *ORGANIZATION_FORMS)
        return BREAKDOWN_ACCEPTED[len(codes) > 1].format(codes=and_joined(codes), organizations=organizations)

    @property
    def broken_down_rows(self) -> list[str]:
        """The organizations whose cells of the :attr:`broken_down` indicators it brings (the УО's, not theirs)."""
        codes = self.broken_down
        return [
            key
            for key, cells in self.table.rows.items()
            if key != MUNICIPALITY and any(code in codes for code, _ in cells)
        ]


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
    backup: Path | None = None
    """Where the table was kept before the uploads replaced a value of it."""
    digest: str = ""
    """The sha256 of the table's bytes as the collection left them (to tell a later change of it)."""


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
    plan = sources.plan(code, stamped_year)
    extra = [sheet.name for sheet in book.sheets if sheet.name not in (DATA_SHEET, INSTRUCTION_SHEET, STAMP_SHEET)]
    data = book.sheet(DATA_SHEET)
    if data is None and len(extra) == 1 and _is_data_sheet(path, extra[0], plan):
        return None, [
            Diagnostic.error(
                Location(file, 0, 0, extra[0]), RENAMED_DATA_SHEET.format(sheet=DATA_SHEET), code="collect"
            )
        ]
    problems = [
        Diagnostic.error(Location(file, 0, 0, name), EXTRA_SHEET.format(sheet=DATA_SHEET), code="collect")
        for name in extra
    ]
    if data is None:
        return None, problems + [_whole(file, NO_DATA_SHEET.format(sheet=DATA_SHEET))]
    reading = read_sheet(data, plan, file)
    check_breakdowns(plan, file, reading)
    problems += reading.problems
    if not problems and not reading.table.rows:
        problems.append(_whole(file, NOTHING_FILLED))
    if problems:
        return None, problems
    broken = tuple(
        code for code, keys in plan.breakdowns.items() if (code, NUMERATOR) in reading.table.rows.get(keys[0], {})
    )
    return Upload(file, code, stamped_year, reading.table, tuple(reading.empty), tuple(reading.filled), broken), []


def _is_data_sheet(path: Path, name: str, plan: FormPlan) -> bool:
    """Whether the sheet ``name`` has the data sheet's header: the data sheet renamed, to be named back, not deleted."""
    sheet = read_workbook(path, name, frozenset({name})).sheet(name)
    return sheet is not None and header_matches(sheet, plan)


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
    plan = sources.plan(code, made_for)
    if digest not in (plan.stamp, plan.former_stamp):
        stamped = {key: value for key, value in pairs.items() if key not in STAMP_KEYS}
        return _whole(file, other_passports(code, stamped, plan.indicator_stamps))
    return code, made_for


def other_passports(code: str, stamped: dict[str, str], current: dict[str, str]) -> str:
    """Why a workbook's stamp is not today's, by indicator when the workbook lists its indicators' stamps (those
    made before it did are told only that the passports changed)."""
    groups = (
        (INDICATORS_CHANGED, [key for key, value in current.items() if key in stamped and stamped[key] != value]),
        (INDICATORS_ADDED, [key for key in current if key not in stamped]),
        (INDICATORS_REMOVED, [key for key in stamped if key not in current]),
    )
    changes = [forms[len(codes) > 1].format(codes=", ".join(codes)) for forms, codes in groups if codes]
    if not stamped or not changes:
        return STAMP_OTHER_PASSPORT.format(code=code)
    return STAMP_CHANGED.format(code=code, changes=", ".join(changes))


def _across_files(sources: MonitoringSources, uploads: list[Upload]) -> list[Diagnostic]:
    """An organization's own row for one mechanism and year comes from one file, and so do the organizations' rows
    of an indicator broken down by them."""
    found = []
    first: dict[tuple[str, int, str, str], str] = {}
    for upload in uploads:
        plan = sources.plan(upload.mechanism, upload.year)
        for key in upload.filled:
            other = first.setdefault((upload.mechanism, upload.year, "row", key), upload.file)
            if other != upload.file:
                name = plan.by_key[key].short_name
                message = ORGANIZATION_OTHER_FILE.format(
                    name=name, year=upload.year, code=upload.mechanism, other=other
                )
                found.append(_whole(upload.file, message))
        for code in upload.broken_down:
            other = first.setdefault((upload.mechanism, upload.year, "breakdown", code), upload.file)
            if other != upload.file:
                found.append(_whole(upload.file, BREAKDOWN_OTHER_FILE.format(code=code, year=upload.year, other=other)))
    return found


@dataclass(frozen=True)
class Planned:
    """One data file as a collection would leave it."""

    path: Path
    mechanism: str
    year: int
    organizations: tuple[str, ...]
    data: bytes
    """The table's new bytes."""
    before: bytes | None
    """Its bytes now (None when there is no file yet)."""
    changes: tuple[Change, ...]

    @property
    def replaces(self) -> bool:
        """Whether it alters or drops a value collected before."""
        return any(change.before is not None for change in self.changes)

    def stored(self, changed: bool, backup: Path | None = None, digest: str = "") -> Stored:
        """What the collection reports of this table once written (or, unwritten, what writing it would change)."""
        return Stored(self.path, self.mechanism, self.year, self.organizations, changed, self.changes, backup, digest)


def plan_uploads(sources: MonitoringSources, uploads: Sequence[Upload]) -> list[Planned]:
    """Each year's and mechanism's stored table with the uploaded rows replaced, nothing written; the stored tables
    are all read (and any damage reported) before the first is planned. The caller holds the lock."""
    merged: dict[tuple[int, str], list[Upload]] = {}
    for upload in uploads:
        merged.setdefault((upload.year, upload.mechanism), []).append(upload)
    problems, planned = [], []
    for (year, code), brings in sorted(merged.items()):
        stored, found = read_year(sources, year, code)
        problems += found
        municipal = {indicator.code for indicator in sources.regulation(code).indicators if is_municipal(indicator)}
        brought = Table()
        for upload in brings:
            brought = brought.replaced(_beyond_forms(municipal, stored.replaced(brought), upload))
        path = table_path(sources.layout, year, code)
        planned.append(
            Planned(
                path,
                code,
                year,
                tuple(brought.rows),
                table_bytes(stored.replaced(brought)),
                path.read_bytes() if path.is_file() else None,
                tuple(stored.changes(brought)),
            )
        )
    if problems:
        raise MsokoError(problems)
    return planned


def _beyond_forms(municipal: set[str], stored: Table, upload: Upload) -> Table:
    """The uploaded rows, each with what the upload does not bring kept from the stored row: of a row it fills (an
    organization's own, or the округ's), its organization's part of a municipal indicator broken down by
    organization, which another copy of the workbook may bring (the УО's, with the округ's row); of a row it brings
    that part alone, the rest of the row."""
    rows = {}
    for key, cells in upload.table.rows.items():
        kept = stored.rows.get(key, {})
        if key in upload.filled:
            kept = {} if key == MUNICIPALITY else {cell: value for cell, value in kept.items() if cell[0] in municipal}
        brought = {code for code, _ in cells}
        rows[key] = {**{cell: value for cell, value in kept.items() if cell[0] not in brought}, **cells}
    return Table(rows)


def store_planned(layout: ProjectLayout, planned: Sequence[Planned]) -> list[Stored]:
    """The planned tables written, each atomically, a copy of each one whose values they replace kept first (in
    ``output/.msoko/backup/``); the year's list of organizations copied beside its data (:mod:`..monitoring.roster`).
    The caller holds the lock."""
    kept = [year for year in sorted({entry.year for entry in planned}) if _keeps_roster(layout, year)]
    written = []
    for entry in planned:
        backup = None
        if entry.replaces and entry.before is not None:
            backup = backup_path(layout.output, f"{entry.year}-{entry.path.name}", entry.before)
            atomic_write(backup, entry.before)
        changed = write_if_changed(entry.path, entry.data)
        digest = hashlib.sha256(entry.data).hexdigest()
        written.append(entry.stored(changed, backup, digest))
    for year in kept:
        write_if_changed(roster_path(layout, year), layout.organizations_file.read_bytes())
    return written


def _keeps_roster(layout: ProjectLayout, year: int) -> bool:
    """Whether a collection into ``year`` copies the project's list beside its data (:mod:`..monitoring.roster`):
    into the current year, which follows the list; into a past year only when it has no copy yet."""
    return is_current(layout, year) or not roster_path(layout, year).is_file()
