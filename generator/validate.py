"""Stage 2, validate: loaded data into models, with every problem located and in Russian."""

from __future__ import annotations

import difflib
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from schemas.catalog import CatalogEdition, Mechanism
from schemas.diagnostics import Diagnostic, Location, Severity
from schemas.profile import ApprovingAct, Project
from schemas.regulation import MonitoringRegulation, MsokoRegulation

from . import messages
from .load import SourceFile, read_source
from .project import ProjectLayout

CATALOGS_DIR = Path(__file__).resolve().parent / "catalogs"
Model = TypeVar("Model", bound=BaseModel)


@dataclass
class Loaded(typing.Generic[Model]):
    """A validated model beside the source it came from."""

    model: Model
    source: SourceFile


@dataclass
class ProjectSources:
    """Everything the later stages need, validated and cross-referenced."""

    layout: ProjectLayout
    profile: Loaded[Project] | None = None
    catalog: Loaded[CatalogEdition] | None = None
    msoko: Loaded[MsokoRegulation] | None = None
    regulations: list[Loaded[MonitoringRegulation]] = field(default_factory=list)
    unvalidated_mechanisms: set[str] = field(default_factory=set)
    """Mechanisms whose Положение exists but failed to load: not reported again as missing."""
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def mechanisms(self) -> dict[str, Mechanism]:
        """The chosen edition's mechanisms plus the local ones, by code."""
        found: dict[str, Mechanism] = {}
        if self.catalog:
            found.update((m.code, m) for m in self.catalog.model.mechanisms)
        if self.profile:
            for mechanism in self.profile.model.local_mechanisms:
                found.setdefault(mechanism.code, mechanism)
        return found

    @property
    def acts(self) -> dict[str, ApprovingAct]:
        return {act.id: act for act in self.profile.model.acts} if self.profile else {}

    def regulation_for(self, code: str) -> Loaded[MonitoringRegulation] | None:
        return next((r for r in self.regulations if r.model.mechanism == code), None)

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


def load_project(layout: ProjectLayout) -> ProjectSources:
    """Read and validate every source of the project; never raises on bad input."""
    project = ProjectSources(layout)
    if not layout.regulations.is_dir():
        project.diagnostics.append(_error(Location(layout.display(layout.regulations)), messages.NO_REGULATIONS_DIR))
        return project
    project.profile = _load_model(project, layout.profile_file, Project)
    if project.profile:
        project.catalog = _load_catalog(project, project.profile)
    project.msoko = _load_model(project, layout.msoko_file, MsokoRegulation)
    for path in layout.mechanism_files():
        loaded = _load_model(project, path, MonitoringRegulation)
        if loaded:
            project.regulations.append(loaded)
        else:
            project.unvalidated_mechanisms.add(path.stem)
    _check_references(project)
    return project


def _load_model(project: ProjectSources, path: Path, model_cls: type[Model]) -> Loaded[Model] | None:
    display = project.layout.display(path)
    if not path.is_file():
        project.diagnostics.append(_error(Location(display), messages.FILE_REQUIRED))
        return None
    source, problems = read_source(path, display)
    project.diagnostics.extend(problems)
    if source is None:
        return None
    model, problems = validate_source(source, model_cls)
    project.diagnostics.extend(problems)
    return Loaded(model, source) if model is not None else None


def validate_source(source: SourceFile, model_cls: type[Model]) -> tuple[Model | None, list[Diagnostic]]:
    """Validate one file's data against a model; every error located, in Russian."""
    if not isinstance(source.data, dict):
        return None, [_error(source.locate(()), messages.ROOT_NOT_MAPPING)]
    try:
        return model_cls.model_validate(source.data), []
    except ValidationError as exc:
        return None, [_translate(error, model_cls, source) for error in exc.errors()]


def _translate(error: Any, model_cls: type[BaseModel], source: SourceFile) -> Diagnostic:
    loc = tuple(error["loc"])
    kind = error["type"]
    ctx = error.get("ctx") or {}
    field_name, owner = _field_and_owner(model_cls, loc)
    template = messages.PYDANTIC.get(kind, messages.PYDANTIC_FALLBACK)
    text = template.format(
        field=_field_label(field_name, owner),
        input=_short(error.get("input")),
        expected=_expected(ctx.get("expected", "")),
        ge=ctx.get("ge", ""),
        le=ctx.get("le", ""),
        suggestion=_suggestion(field_name, owner) if kind == "extra_forbidden" else "",
        pattern_hint=_pattern_hint(ctx.get("pattern", "")),
    )
    location = source.locate(loc, prefer_key=kind == "extra_forbidden")
    return Diagnostic(location, Severity.ERROR, text, code=f"schema.{kind}")


def _field_and_owner(model_cls: type[BaseModel], loc: tuple) -> tuple[str, type[BaseModel] | None]:
    """The last named key of ``loc`` and the model that declares (or rejects) it."""
    owner: type[BaseModel] | None = model_cls
    name = ""
    for part in loc:
        if isinstance(part, int):
            continue
        name = str(part)
        if owner is None or name not in owner.model_fields:
            break
        annotation = owner.model_fields[name].annotation
        next_owner = _nested_model(annotation)
        if part is loc[-1] or next_owner is None:
            break
        owner = next_owner
    return name, owner


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, (types.UnionType, typing._GenericAlias)) or typing.get_origin(annotation):
        for arg in typing.get_args(annotation):
            found = _nested_model(arg)
            if found:
                return found
    return None


def _field_label(name: str, owner: type[BaseModel] | None) -> str:
    if owner is not None and name in owner.model_fields and owner.model_fields[name].title:
        return f"«{name}» ({owner.model_fields[name].title})"
    return f"«{name}»"


def _suggestion(name: str, owner: type[BaseModel] | None) -> str:
    if owner is None:
        return ""
    close = difflib.get_close_matches(name, list(owner.model_fields), n=1)
    return f"; возможно, имелось в виду «{close[0]}»" if close else ""


def _pattern_hint(pattern: str) -> str:
    if pattern in messages.PATTERN_HINTS:
        return messages.PATTERN_HINTS[pattern]
    return messages.NAME_PATTERN_HINT if "А-ЯЁ" in pattern else ""


def _expected(expected: str) -> str:
    values = re.findall(r"'([^']*)'", expected)
    return ", ".join(f"«{value}»" for value in values) if values else expected


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _load_catalog(project: ProjectSources, profile: Loaded[Project]) -> Loaded[CatalogEdition] | None:
    edition = profile.model.catalog
    path = CATALOGS_DIR / f"{edition}.yaml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in CATALOGS_DIR.glob("*.yaml")))
        location = profile.source.locate(("catalog",))
        project.diagnostics.append(_error(location, messages.UNKNOWN_CATALOG.format(value=edition, known=known)))
        return None
    return _load_model(project, path, CatalogEdition)


def _check_references(project: ProjectSources) -> None:
    report = project.diagnostics.append
    known = project.mechanisms
    acts = project.acts
    if project.profile and project.catalog:
        catalog_codes = {m.code for m in project.catalog.model.mechanisms}
        for index, local in enumerate(project.profile.model.local_mechanisms):
            if local.code in catalog_codes:
                where = project.profile.source.locate(("local_mechanisms", index, "code"))
                report(_error(where, messages.DUPLICATE_MECHANISM_CODE.format(code=local.code, catalog=project.catalog.model.id)))
        seen_acts: set[str] = set()
        for index, act in enumerate(project.profile.model.acts):
            if act.id in seen_acts:
                report(_error(project.profile.source.locate(("acts", index, "id")), messages.DUPLICATE_ACT.format(value=act.id)))
            seen_acts.add(act.id)
    documents = [r for r in project.regulations] + ([project.msoko] if project.msoko else [])
    for loaded in documents:
        act_id = loaded.model.approved_by
        if act_id and project.profile and act_id not in acts:
            report(_error(loaded.source.locate(("approved_by",)), messages.UNKNOWN_ACT.format(value=act_id)))
    if project.catalog is None:
        return
    catalog_id = project.catalog.model.id
    seen_regulations: dict[str, str] = {}
    seen_indicators: dict[str, str] = {}
    for loaded in project.regulations:
        regulation, source = loaded.model, loaded.source
        if regulation.mechanism not in known:
            report(_error(source.locate(("mechanism",)), messages.UNKNOWN_MECHANISM.format(code=regulation.mechanism, catalog=catalog_id)))
        elif regulation.mechanism in seen_regulations:
            report(_error(source.locate(("mechanism",)), messages.DUPLICATE_REGULATION.format(code=regulation.mechanism, other=seen_regulations[regulation.mechanism])))
        else:
            seen_regulations[regulation.mechanism] = source.display
        for index, indicator in enumerate(regulation.indicators):
            where = source.locate(("indicators", index, "code"))
            if indicator.code in seen_indicators:
                report(_error(where, messages.DUPLICATE_INDICATOR.format(code=indicator.code, other=seen_indicators[indicator.code])))
                continue
            seen_indicators[indicator.code] = str(where)
            if not indicator.code.startswith(regulation.mechanism + "."):
                report(_error(where, messages.INDICATOR_OUTSIDE_MECHANISM.format(code=indicator.code, mechanism=regulation.mechanism)))
    if project.msoko:
        listed: set[str] = set()
        for index, code in enumerate(project.msoko.model.mechanisms):
            where = project.msoko.source.locate(("mechanisms", index))
            if code not in known:
                report(_error(where, messages.UNKNOWN_MECHANISM.format(code=code, catalog=catalog_id)))
            elif code in listed:
                report(_error(where, messages.DUPLICATE_IN_LIST.format(code=code)))
            listed.add(code)


def _error(location: Location, message: str) -> Diagnostic:
    return Diagnostic(location, Severity.ERROR, message, code="validate")
