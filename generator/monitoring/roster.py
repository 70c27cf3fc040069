"""The list of organizations as it held in a monitoring year.

An indicator selects its organizations by their kind, levels and marks (ШНОР, ШНСУ), and the marks change from year
to year: the lists of schools with low results and in unfavourable conditions are published every year. So each
collection into a year keeps, beside the year's data, the list it was made against: ``data/<year>/organizations.yaml``,
a copy of ``regulations/organizations.yaml``. The current year — the latest with data, or any later one — follows the
project's list, and each collection into it renews its copy; an earlier year follows its own copy, so that a mark
edited today does not rewrite the results and the documents of a year already closed. A year collected before copies
were kept has none and follows the project's list."""

from __future__ import annotations

from pathlib import Path

from schemas.diagnostics import Diagnostic
from schemas.organizations import Organization

from ..project import ProjectLayout
from ..sources.organizations import load_organizations
from .store import stored_years

ROSTER = "organizations.yaml"


def roster_path(layout: ProjectLayout, year: int) -> Path:
    return layout.data_dir / str(year) / ROSTER


def is_current(layout: ProjectLayout, year: int) -> bool:
    """Whether ``year`` follows the project's list: no later year holds data."""
    return all(stored <= year for stored in stored_years(layout))


def year_roster(
    layout: ProjectLayout, year: int, listed: tuple[Organization, ...]
) -> tuple[tuple[Organization, ...], Path | None, list[Diagnostic]]:
    """The organizations of ``year`` — ``listed`` (the project's) for the current year or a year without a copy,
    else the year's copy —, the copy read (None when it is not), and every problem of the copy (``listed`` stands in
    for a copy that does not read)."""
    path = roster_path(layout, year)
    if is_current(layout, year) or not path.is_file():
        return listed, None, []
    loaded, problems = load_organizations(layout, path)
    if loaded is None or any(problem.is_error for problem in problems):
        return listed, path, problems
    return tuple(loaded.model.organizations), path, problems
