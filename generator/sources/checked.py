"""What "a valid project" means, in one place: every source read and validated, then the rules that
look at the project as a whole (completeness against the catalog, cross-document consistency)."""

from __future__ import annotations

from .completeness import MechanismCoverage, check_completeness
from .consistency import check_consistency
from .scales import check_scales
from ..errors import MsokoError
from ..project import ProjectLayout
from .model import ProjectSources
from .organizations import load_organizations
from .validate import load_project


def check_project(layout: ProjectLayout) -> tuple[ProjectSources, list[MechanismCoverage]]:
    """Load the project and run every check; never raises on bad input (the diagnostics say it all)."""
    project = load_project(layout)
    return project, check_whole(project)


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


def valid_project(layout: ProjectLayout) -> ProjectSources:
    """The project, fully checked; :class:`MsokoError` with every error when it has any."""
    return raise_errors(check_project(layout)[0])


def raise_errors(project: ProjectSources, only_profile: bool = False) -> ProjectSources:
    """Raise the project's errors, if any; ``only_profile`` ignores the documents' own problems."""
    errors = [d for d in project.diagnostics if d.is_error]
    if only_profile and project.profile and project.catalog:
        errors = [d for d in errors if d.location.file == project.profile.source.display]
    if errors or project.profile is None or project.catalog is None:
        raise MsokoError(errors or project.diagnostics)
    return project
