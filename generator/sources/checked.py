"""What "a valid project" means, in one place: every source read and validated, then the rules that
look at the project as a whole (completeness against the catalog, cross-document consistency)."""

from __future__ import annotations

from schemas.diagnostics import Diagnostic
from schemas.organizations import Organizations

from .completeness import MechanismCoverage, check_completeness
from .consistency import check_consistency
from .scales import check_scales
from ..errors import MsokoError
from ..parallel import apart as run_apart, worker_count
from ..project import ProjectLayout
from .model import Loaded, ProjectSources
from .organizations import load_organizations
from .validate import load_project


def check_project(layout: ProjectLayout, apart: bool = False) -> tuple[ProjectSources, list[MechanismCoverage]]:
    """Load the project and run every check; never raises on bad input (the diagnostics say it all). ``apart``: a
    project read on several cores is checked as a whole in a process of its own, whose findings come back: the
    rules' dictionaries (about 20 MB) and what the check leaves behind stay out of a build's process and of its
    render workers."""
    project = load_project(layout, checked=True)
    if not (apart and worker_count(len(project.mechanism_sources)) > 1):
        return project, check_whole(project)
    project.diagnostics, project.organizations, coverage = run_apart(lambda: _whole(project))
    project.alone.clear()  # read by the check alone
    return project, coverage


def _whole(project: ProjectSources) -> tuple[list[Diagnostic], Loaded[Organizations] | None, list[MechanismCoverage]]:
    coverage = check_whole(project)
    return project.diagnostics, project.organizations, coverage


def check_whole(project: ProjectSources) -> list[MechanismCoverage]:
    """The list of organizations; completeness and cross-document rules, once the sources could be read at all."""
    project.organizations, found = load_organizations(project.layout)
    project.diagnostics.extend(found)
    if not (project.profile and project.catalog):
        return []
    coverage = check_completeness(project)
    project.diagnostics.extend(check_consistency(project))
    project.diagnostics.extend(check_scales(project))
    return coverage


def valid_project(layout: ProjectLayout, apart: bool = False) -> ProjectSources:
    """The project, fully checked (``apart`` as :func:`check_project`); :class:`MsokoError` with every error when it
    has any."""
    return raise_errors(check_project(layout, apart)[0])


def raise_errors(project: ProjectSources, only_profile: bool = False) -> ProjectSources:
    """Raise the project's errors, if any; ``only_profile`` ignores the documents' own problems."""
    errors = [d for d in project.diagnostics if d.is_error]
    if only_profile and project.profile and project.catalog:
        errors = [d for d in errors if d.location.file == project.profile.source.display]
    if errors or project.profile is None or project.catalog is None:
        raise MsokoError(errors or project.diagnostics)
    return project
