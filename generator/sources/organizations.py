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
    """The list (``path``, else the project's), when the file exists and is valid; and every problem found in it —
    the checks of the list as a whole too when a field of it is not valid, so that a form shows them all at once."""
    path = path or layout.organizations_file
    if not path.is_file():
        return None, []
    source, problems = read_source(path, layout.display(path))
    if source is None:
        return None, problems
    model, invalid = validate_source(source, Organizations)
    return (Loaded(model, source) if model is not None else None), problems + invalid + list_findings(source)


def list_findings(source: SourceFile) -> list[Diagnostic]:
    """The checks of the list as a whole, on the data as written (each organization a mapping; anything else is
    the schema's to report)."""
    listed = source.data.get("organizations") if isinstance(source.data, dict) else None
    items = [item if isinstance(item, dict) else {} for item in listed] if isinstance(listed, list) else []
    found = []
    first_id: dict[str, int] = {}
    first_name: dict[str, int] = {}
    for index, item in enumerate(items):
        path = ("organizations", index)
        key, name, kind = (item.get(field) for field in ("id", "short_name", "kind"))
        if isinstance(key, str) and key in first_id:
            first = items[first_id[key]].get("short_name")
            found.append(
                Diagnostic.error(
                    source.locate(path + ("id",)),
                    ORGANIZATION_ID_TWICE.format(id=key, first=first, line=_line(source, first_id[key])),
                    code="organizations",
                )
            )
        if isinstance(name, str) and name in first_name:
            found.append(
                Diagnostic.error(
                    source.locate(path + ("short_name",)),
                    ORGANIZATION_NAME_TWICE.format(
                        name=name, first=items[first_name[name]].get("id"), line=_line(source, first_name[name])
                    ),
                    code="organizations",
                )
            )
        if isinstance(key, str):
            first_id.setdefault(key, index)
        if isinstance(name, str):
            first_name.setdefault(name, index)
        found += _kind_findings(source, path, item, kind)
    return found


def _kind_findings(source: SourceFile, path: tuple, item: dict, kind: object) -> list[Diagnostic]:
    """Levels a school must have, and a kind other than a school may not."""
    if kind == "школа" and not item.get("levels"):
        return [Diagnostic.error(source.locate(path + ("kind",)), SCHOOL_WITHOUT_LEVELS, code="organizations")]
    if kind != "школа" and isinstance(kind, str) and (item.get("levels") or item.get("marks")):
        return [
            Diagnostic.error(
                source.locate(path + ("levels" if item.get("levels") else "marks",)),
                ORGANIZATION_LEVELS_NOT_SCHOOL.format(kind=kind),
                code="organizations",
            )
        ]
    return []


def _line(source: SourceFile, index: int) -> int:
    """The line of the organization ``index`` (found from the text only when a problem asks for it)."""
    return source.locate(("organizations", index)).line
