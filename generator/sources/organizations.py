"""regulations/organizations.yaml, the organizations monitoring collects data from: read with the loader's bounds
and validated like every source, then checked as a whole (one identifier and one short name per organization,
levels only for a school), every problem located at its line."""

from __future__ import annotations

from pathlib import Path

from schemas.diagnostics import Diagnostic
from schemas.organizations import Organizations

from ..messages import (
    ORGANIZATION_ID_TWICE,
    ORGANIZATION_LEVELS_NOT_SCHOOL,
    ORGANIZATION_NAME_TWICE,
    SCHOOL_WITHOUT_LEVELS,
)
from ..project import ProjectLayout
from .load import SourceFile, read_source
from .model import Loaded
from .validate import validate_source


def load_organizations(
    layout: ProjectLayout, path: Path | None = None
) -> tuple[Loaded[Organizations] | None, list[Diagnostic]]:
    """The list (``path``, else the project's), when the file exists and is valid; and every problem found in it."""
    path = path or layout.organizations_file
    if not path.is_file():
        return None, []
    source, problems = read_source(path, layout.display(path))
    if source is None:
        return None, problems
    model, invalid = validate_source(source, Organizations)
    if model is None:
        return None, problems + invalid
    return Loaded(model, source), problems + list_findings(model, source)


def list_findings(model: Organizations, source: SourceFile) -> list[Diagnostic]:
    found = []
    first_id: dict[str, int] = {}
    first_name: dict[str, int] = {}
    for index, organization in enumerate(model.organizations):
        path = ("organizations", index)
        if organization.id in first_id:
            first = first_id[organization.id]
            found.append(
                Diagnostic.error(
                    source.locate(path + ("id",)),
                    ORGANIZATION_ID_TWICE.format(
                        id=organization.id, first=model.organizations[first].short_name, line=_line(source, first)
                    ),
                    code="organizations",
                )
            )
        if organization.short_name in first_name:
            first = first_name[organization.short_name]
            found.append(
                Diagnostic.error(
                    source.locate(path + ("short_name",)),
                    ORGANIZATION_NAME_TWICE.format(
                        name=organization.short_name, first=model.organizations[first].id, line=_line(source, first)
                    ),
                    code="organizations",
                )
            )
        first_id.setdefault(organization.id, index)
        first_name.setdefault(organization.short_name, index)
        if organization.kind == "школа" and not organization.levels:
            found.append(Diagnostic.error(source.locate(path + ("kind",)), SCHOOL_WITHOUT_LEVELS, code="organizations"))
        if organization.kind != "школа" and (organization.levels or organization.marks):
            found.append(
                Diagnostic.error(
                    source.locate(path + ("levels" if organization.levels else "marks",)),
                    ORGANIZATION_LEVELS_NOT_SCHOOL.format(kind=organization.kind),
                    code="organizations",
                )
            )
    return found


def _line(source: SourceFile, index: int) -> int:
    """The line of the organization ``index`` (found from the text only when a problem asks for it)."""
    return source.locate(("organizations", index)).line
