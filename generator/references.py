"""Cross-file references: mechanisms, approving acts and indicator codes resolve and are unique.

The checks read the raw data of every source that parsed, so a Положение with a schema error
still has its references checked, and every problem is reported in the same run."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from schemas.base import code_text
from schemas.diagnostics import Diagnostic, Location, Severity

from . import messages
from .load import SourceFile, YamlPath

if TYPE_CHECKING:
    from .validate import ProjectSources


def raw(source: SourceFile, path: YamlPath) -> Any:
    """The value at ``path`` in a source's data, or None where the path does not exist."""
    value = source.data
    for part in path:
        if isinstance(part, int) and isinstance(value, list) and part < len(value):
            value = value[part]
        elif isinstance(part, str) and isinstance(value, dict):
            value = value.get(part)
        else:
            return None
    return value


def raw_code(source: SourceFile, path: YamlPath) -> str | None:
    value = code_text(raw(source, path))
    return value if isinstance(value, str) else None


def raw_list(source: SourceFile, path: YamlPath) -> list:
    value = raw(source, path)
    return value if isinstance(value, list) else []


def check_references(project: ProjectSources) -> list[Diagnostic]:
    found = _profile_uniqueness(project) + _approving_acts(project)
    if project.catalog is not None:
        found += _regulations(project) + _umbrella_list(project)
    return found


def _profile_uniqueness(project: ProjectSources) -> list[Diagnostic]:
    if project.profile is None:
        return []
    found = []
    profile, source = project.profile.model, project.profile.source
    if project.catalog is not None:
        catalog_codes = {m.code for m in project.catalog.model.mechanisms}
        for index, local in enumerate(profile.local_mechanisms):
            if local.code in catalog_codes:
                found.append(_error(source.locate(("local_mechanisms", index, "code")),
                                    messages.DUPLICATE_MECHANISM_CODE.format(code=local.code, catalog=project.catalog.model.id)))
    seen: set[str] = set()
    for index, act in enumerate(profile.acts):
        if act.id in seen:
            found.append(_error(source.locate(("acts", index, "id")), messages.DUPLICATE_ACT.format(value=act.id)))
        seen.add(act.id)
    return found


def _approving_acts(project: ProjectSources) -> list[Diagnostic]:
    if project.profile is None:
        return []
    acts = project.acts
    documents = project.mechanism_sources + ([project.msoko_source] if project.msoko_source else [])
    found = []
    for source in documents:
        act_id = raw(source, ("approved_by",))
        if isinstance(act_id, str) and act_id not in acts:
            found.append(_error(source.locate(("approved_by",)), messages.UNKNOWN_ACT.format(value=act_id)))
    return found


def _regulations(project: ProjectSources) -> list[Diagnostic]:
    known = project.mechanisms
    catalog_id = project.catalog.model.id
    found = []
    seen_regulations: dict[str, str] = {}
    seen_indicators: dict[str, str] = {}
    for source in project.mechanism_sources:
        code = raw_code(source, ("mechanism",))
        where = source.locate(("mechanism",))
        if code is None:
            continue
        if code not in known:
            found.append(_error(where, messages.UNKNOWN_MECHANISM.format(code=code, catalog=catalog_id)))
        elif code in seen_regulations:
            found.append(_error(where, messages.DUPLICATE_REGULATION.format(code=code, other=seen_regulations[code])))
        else:
            seen_regulations[code] = source.display
        found += _indicator_codes(source, code, seen_indicators)
    return found


def _indicator_codes(source: SourceFile, mechanism: str, seen: dict[str, str]) -> list[Diagnostic]:
    found = []
    for index in range(len(raw_list(source, ("indicators",)))):
        code = raw_code(source, ("indicators", index, "code"))
        if code is None:
            continue
        where = source.locate(("indicators", index, "code"))
        if code in seen:
            found.append(_error(where, messages.DUPLICATE_INDICATOR.format(code=code, other=seen[code])))
            continue
        seen[code] = str(where)
        if not code.startswith(mechanism + "."):
            found.append(_error(where, messages.INDICATOR_OUTSIDE_MECHANISM.format(code=code, mechanism=mechanism)))
    return found


def _umbrella_list(project: ProjectSources) -> list[Diagnostic]:
    source = project.msoko_source
    if source is None:
        return []
    known = project.mechanisms
    found = []
    listed: set[str] = set()
    for index in range(len(raw_list(source, ("mechanisms",)))):
        code = raw_code(source, ("mechanisms", index))
        where = source.locate(("mechanisms", index))
        if code is None:
            continue
        if code not in known:
            found.append(_error(where, messages.UNKNOWN_MECHANISM.format(code=code, catalog=project.catalog.model.id)))
        elif code in listed:
            found.append(_error(where, messages.DUPLICATE_IN_LIST.format(code=code)))
        listed.add(code)
    return found


def _error(location: Location, message: str) -> Diagnostic:
    return Diagnostic(location, Severity.ERROR, message, code="references")
