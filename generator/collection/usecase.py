"""The two use cases of the collection, called by the CLI and by the web app: issue the workbooks (or, for a
download, make one's bytes), and collect the returned ones. Each holds the project's lock while it writes."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from ..build.lock import project_lock
from ..build.write import atomic_write, backup_path, keep_backup
from ..errors import MsokoError
from ..monitoring.load import MonitoringSources, monitoring_sources
from ..messages.monitoring import NO_ROWS, WORKBOOK_CHANGED
from ..project import ProjectLayout
from ..monitoring.roster import is_current
from .collect import Planned, Stored, Upload, check_files, plan_uploads, store_planned
from .forms import workbook_bytes


@dataclass(frozen=True)
class IssuedForm:
    path: Path
    mechanism: str
    rows: int
    written: bool
    """False when the file already held these bytes."""
    backup: Path | None = None
    """Where the file it replaced (``--force``) was kept."""


def form_path(layout: ProjectLayout, year: int, code: str) -> Path:
    return layout.collection / str(year) / f"{code}.xlsx"


def issue_forms(layout: ProjectLayout, codes: Sequence[str], year: int, force: bool = False) -> list[IssuedForm]:
    """The workbooks of ``codes`` (every mechanism with a Положение when empty) for ``year``, in
    output/collection/<year>/. A workbook that differs from what msoko would write now (filled in, or made from
    other passports) is never replaced silently: every one is named and nothing is written, unless ``force``,
    which keeps a copy first."""
    with project_lock(layout):
        sources = monitoring_sources(layout)
        planned = [_planned(sources, code, year) for code in codes or sources.codes()]
        conflicts = [path for path, data, _ in planned if path.is_file() and path.read_bytes() != data]
        if conflicts and not force:
            raise MsokoError(
                [
                    Diagnostic.error(Location(layout.display(path), 0, 0), WORKBOOK_CHANGED, code="forms")
                    for path in conflicts
                ]
            )
        issued = []
        for path, data, (code, rows) in planned:
            backup = keep_backup(layout.output, path) if path in conflicts else None
            same = path.is_file() and path.read_bytes() == data
            if not same:
                atomic_write(path, data)
            issued.append(IssuedForm(path, code, rows, not same, backup))
        return issued


def _planned(sources: MonitoringSources, code: str, year: int) -> tuple[Path, bytes, tuple[str, int]]:
    data, rows = form_bytes(sources, code, year)
    return form_path(sources.layout, year, code), data, (code, rows)


def form_bytes(sources: MonitoringSources, code: str, year: int) -> tuple[bytes, int]:
    """The workbook of mechanism ``code`` for ``year`` and its number of rows: the very bytes
    ``msoko collect forms`` writes, for the web page to hand out without writing them."""
    plan = sources.plan(code, year)
    if not plan.rows:
        raise MsokoError(
            [
                Diagnostic.error(
                    Location(sources.layout.display(sources.layout.organizations_file), 0, 0),
                    NO_ROWS.format(code=code),
                    code="forms",
                )
            ]
        )
    authority = sources.project.valid_profile.model.authority.full_name
    return workbook_bytes(plan, authority), len(plan.rows)


@dataclass(frozen=True)
class Collected:
    uploads: list[Upload]
    stored: list[Stored]
    """The tables written; when ``asked``, the tables as they would be written (nothing is)."""
    asked: str = ""
    """When the uploads replace data collected before and the caller has not confirmed it: the fingerprint of the
    replacement, which the confirmation gives back (:func:`collect_files`)."""


def collect_files(
    layout: ProjectLayout,
    files: Sequence[Path],
    year: int | None = None,
    names: Sequence[str] = (),
    confirmed: str | None = None,
) -> Collected:
    """Check every workbook (:class:`MsokoError` with every problem of all of them) and store their rows;
    ``names`` are what the problems call the files (see :func:`.collect.check_files`). A table whose values are
    replaced is kept in ``output/.msoko/backup/`` first.

    ``confirmed`` None stores whatever the files bring (``msoko collect``). A page passes what its user confirmed:
    "" at first, then the fingerprint it was asked to confirm. The rows are stored only when they replace nothing
    collected before (and add nothing to a past year), or when ``confirmed`` is the fingerprint of this very
    replacement of the data as they are now; else nothing is written and the result is ``asked``."""
    with project_lock(layout):
        sources = monitoring_sources(layout)
        uploads = check_files(sources, files, year, names)
        planned = plan_uploads(sources, uploads)
        if confirmed is not None and _needs_confirmation(layout, planned):
            asked = _fingerprint(layout, planned)
            if asked != confirmed:
                return Collected(uploads, [entry.stored(entry.data != entry.before) for entry in planned], asked)
        return Collected(uploads, store_planned(layout, planned))


def _needs_confirmation(layout: ProjectLayout, planned: Sequence[Planned]) -> bool:
    """Whether the uploads alter or drop a value collected before, or change a past year's data at all."""
    return any(entry.replaces or (entry.changes and not is_current(layout, entry.year)) for entry in planned)


def _fingerprint(layout: ProjectLayout, planned: Sequence[Planned]) -> str:
    """What a confirmation agrees to: these tables, from these bytes to those."""
    hasher = hashlib.sha256()
    for entry in planned:
        for part in (layout.display(entry.path).encode(), entry.before or b"", entry.data):
            hasher.update(hashlib.sha256(part).digest())
    return hasher.hexdigest()


@dataclass(frozen=True)
class Replaced:
    """A table a collection replaced: where, the copy of its former bytes, and the digest of what it wrote."""

    path: Path
    backup: Path
    digest: str


def restore_replaced(layout: ProjectLayout, replaced: Sequence[Replaced]) -> bool:
    """Put back the tables a collection replaced, each kept as it is now first; False, and nothing written, when any
    of them changed since (a later upload, an edit), since putting it back would lose that change too."""
    with project_lock(layout):
        if any(
            not entry.path.is_file() or hashlib.sha256(entry.path.read_bytes()).hexdigest() != entry.digest
            for entry in replaced
        ):
            return False
        for entry in replaced:
            now = entry.path.read_bytes()
            atomic_write(backup_path(layout.output, f"{entry.path.parent.name}-{entry.path.name}", now), now)
            atomic_write(entry.path, entry.backup.read_bytes())
        return True
