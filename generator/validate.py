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
from schemas.acts import Act
from schemas.concept import Concept
from schemas.evaluation import CriteriaSet, Evaluation
from schemas.glossary import Glossary
from schemas.profile import Project
from schemas.regulation import MonitoringRegulation, MsokoRegulation
from schemas.roadmap import Roadmap

from . import messages
from .load import SourceFile, read_source
from .project import ProjectLayout
from .references import check_references, raw_code

CATALOGS_DIR = Path(__file__).resolve().parent / "catalogs"
DEFAULT_CRITERIA = Path(__file__).resolve().parent / "criteria" / "default-2021.yaml"
Model = TypeVar("Model", bound=BaseModel)


@dataclass
class Loaded(typing.Generic[Model]):
    """A validated model beside the source it came from."""

    model: Model
    source: SourceFile


@dataclass(frozen=True)
class DocumentSource:
    """A document an act can approve, found in the sources whether or not it validated."""

    id: str
    kind: str
    subject: str
    source: SourceFile
    model: BaseModel | None


SINGLE_DOCUMENTS = (("polozhenie-msoko", "msoko", "msoko_file", MsokoRegulation),
                    ("koncepciya", "concept", "concept_file", Concept),
                    ("dorozhnaya-karta", "roadmap", "roadmap_file", Roadmap),
                    ("samoocenka", "evaluation", "evaluation_file", Evaluation))
"""Documents of which a project has one: id, kind, where the layout keeps it, model."""
OPTIONAL_DOCUMENTS = ("concept", "roadmap", "evaluation")


@dataclass
class ProjectSources:
    """Everything the later stages need, validated and cross-referenced."""

    layout: ProjectLayout
    profile: Loaded[Project] | None = None
    catalog: Loaded[CatalogEdition] | None = None
    msoko: Loaded[MsokoRegulation] | None = None
    regulations: list[Loaded[MonitoringRegulation]] = field(default_factory=list)
    mechanism_sources: list[SourceFile] = field(default_factory=list)
    """Every Положение that parsed as YAML, valid or not: references are checked on all of them."""
    msoko_source: SourceFile | None = None
    concept: Loaded[Concept] | None = None
    roadmap: Loaded[Roadmap] | None = None
    evaluation: Loaded[Evaluation] | None = None
    criteria: Loaded[CriteriaSet] | None = None
    glossary: Loaded[Glossary] | None = None
    acts_loaded: dict[str, Loaded[Act]] = field(default_factory=dict)
    act_sources: dict[str, SourceFile] = field(default_factory=dict)
    """Every act that parsed as YAML, by identifier (its file name)."""
    documents: list[DocumentSource] = field(default_factory=list)
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
    def acts(self) -> dict[str, Act]:
        return {act_id: loaded.model for act_id, loaded in self.acts_loaded.items()}

    def document(self, document_id: str) -> DocumentSource | None:
        return next((d for d in self.documents if d.id == document_id), None)

    def regulation_for(self, code: str) -> Loaded[MonitoringRegulation] | None:
        return next((r for r in self.regulations if r.model.mechanism == code), None)

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


def load_project(layout: ProjectLayout) -> ProjectSources:
    """Read and validate every source of the project; never raises on bad input."""
    project = ProjectSources(layout)
    if not layout.regulations.is_dir():
        project.diagnostics.append(Diagnostic.error(Location(layout.display(layout.regulations)), messages.NO_REGULATIONS_DIR, code="validate"))
        return project
    project.profile = _load_model(project, layout.profile_file, Project)[1]
    if project.profile:
        project.catalog = _load_catalog(project, project.profile)
    for path in layout.mechanism_files():
        source, loaded = _load_model(project, path, MonitoringRegulation)
        if source:
            project.mechanism_sources.append(source)
            code = raw_code(source, ("mechanism",)) or path.stem
            project.documents.append(DocumentSource(f"polozhenie-{code}", "regulation", code, source,
                                                    loaded.model if loaded else None))
        if loaded:
            project.regulations.append(loaded)
        else:
            project.unvalidated_mechanisms.add(raw_code(source, ("mechanism",)) if source else path.stem)
    for document_id, kind, where, model_cls in SINGLE_DOCUMENTS:
        path = getattr(layout, where)
        if kind in OPTIONAL_DOCUMENTS and not path.exists():
            continue
        source, loaded = _load_model(project, path, model_cls)
        setattr(project, kind, loaded)
        if kind == "msoko":
            project.msoko_source = source
        if source:
            project.documents.append(DocumentSource(document_id, kind, kind, source, loaded.model if loaded else None))
    criteria_path = layout.criteria_file if layout.criteria_file.exists() else DEFAULT_CRITERIA
    project.criteria = _load_model(project, criteria_path, CriteriaSet)[1]
    if layout.glossary_file.exists():
        project.glossary = _load_model(project, layout.glossary_file, Glossary)[1]
    for path in layout.act_files():
        source, loaded = _load_model(project, path, Act)
        if source:
            project.act_sources[path.stem] = source
        if loaded:
            project.acts_loaded[path.stem] = loaded
    project.diagnostics.extend(check_references(project))
    return project


def _load_model(project: ProjectSources, path: Path, model_cls: type[Model]) -> tuple[SourceFile | None, Loaded[Model] | None]:
    display = project.layout.display(path)
    if not path.is_file():
        project.diagnostics.append(Diagnostic.error(Location(display), messages.FILE_REQUIRED, code="validate"))
        return None, None
    source, problems = read_source(path, display)
    project.diagnostics.extend(problems)
    if source is None:
        return None, None
    model, problems = validate_source(source, model_cls)
    project.diagnostics.extend(problems)
    return source, (Loaded(model, source) if model is not None else None)


def validate_source(source: SourceFile, model_cls: type[Model]) -> tuple[Model | None, list[Diagnostic]]:
    """Validate one file's data against a model; every error located, in Russian."""
    if not isinstance(source.data, dict):
        return None, [Diagnostic.error(source.locate(()), messages.ROOT_NOT_MAPPING, code="validate")]
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
        project.diagnostics.append(Diagnostic.error(location, messages.UNKNOWN_CATALOG.format(value=edition, known=known), code="validate"))
        return None
    return _load_model(project, path, CatalogEdition)[1]

