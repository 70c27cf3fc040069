"""The two use cases of the collection, called by the CLI and by the web app: issue the workbooks (or, for a
download, make one's bytes), and collect the returned ones. Each holds the project's lock while it writes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from ..build.lock import project_lock
from ..build.write import atomic_write, keep_backup
from ..errors import MsokoError
from ..monitoring.load import MonitoringSources, monitoring_sources
from ..messages.monitoring import NO_ROWS, WORKBOOK_CHANGED
from ..project import ProjectLayout
from .collect import Stored, Upload, check_files, store_uploads
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


def collect_files(
    layout: ProjectLayout, files: Sequence[Path], year: int | None = None, names: Sequence[str] = ()
) -> Collected:
    """Check every workbook (:class:`MsokoError` with every problem of all of them) and store their rows;
    ``names`` are what the problems call the files (see :func:`.collect.check_files`)."""
    with project_lock(layout):
        sources = monitoring_sources(layout)
        uploads = check_files(sources, files, year, names)
        return Collected(uploads, store_uploads(sources, uploads))
