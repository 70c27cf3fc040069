"""Stage 2, validate: loaded data into models, with every problem located and in Russian."""

from __future__ import annotations

import difflib
import re
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from schemas.catalog import CatalogEdition
from schemas.diagnostics import Diagnostic, Location, Severity
from schemas.acts import Act
from schemas.evaluation import CriteriaSet
from schemas.citations import Citations
from schemas.glossary import Glossary
from schemas.profile import Project
from schemas.regulation import MonitoringRegulation

from .. import messages
from ..parallel import in_order, worker_count
from ..project import ProjectLayout
from ..russian.morphology import analyzer
from ..confined import link_out_of
from .load import SourceFile, read_source
from .kinds import DocumentKind, Per, sourced_kinds
from .model import DocumentSource, Loaded, Model, ProjectSources
from .alone import Alone, alone
from .consistency import text_rule_findings
from .references import check_references, raw_code

CATALOGS_DIR = Path(__file__).resolve().parent.parent / "catalogs"
DEFAULT_CRITERIA = Path(__file__).resolve().parent.parent / "evaluation" / "criteria" / "default-2021.yaml"


def load_project(layout: ProjectLayout, text_rules: bool = True, checked: bool = False) -> ProjectSources:
    """Read and validate every source of the project; never raises on bad input. Without ``text_rules`` the
    Положения are not read by the lint's text rules, whose findings are only warnings: a command that needs the
    valid models and nothing else (the monitoring year's) is spared their cost and the lint's import. ``checked``:
    each Положение is also checked alone as it is read (:mod:`.alone`), for the check of the whole project."""
    project = ProjectSources(layout)
    if not layout.regulations.is_dir():
        project.diagnostics.append(
            Diagnostic.error(Location(layout.display(layout.regulations)), messages.NO_REGULATIONS_DIR, code="validate")
        )
        return project
    project.profile = _load_model(project, layout.profile_file, Project)[1]
    if project.profile:
        project.catalog = _load_catalog(project, project.profile)
    cited = _load_cited(project)
    for kind in sourced_kinds():
        if kind.per is Per.MECHANISM:
            _load_per_mechanism(project, kind, text_rules, checked)
        else:
            _load_single(project, kind)
    criteria_path = layout.criteria_file if layout.criteria_file.exists() else DEFAULT_CRITERIA
    project.criteria = _load_model(project, criteria_path, CriteriaSet)[1]
    project.diagnostics.extend(cited)
    project.diagnostics.extend(check_references(project))
    return project


def _load_cited(project: ProjectSources) -> list[Diagnostic]:
    """The glossary, the list of cited acts and the acts, read before the Положения, whose check names, cites and
    dates by them; their problems, returned, are reported after the documents', as they always were."""
    problems: list[Diagnostic] = []
    layout = project.layout

    def load(path: Path, model_cls: type[Model]) -> tuple[SourceFile | None, Loaded[Model] | None]:
        source, model, found = _read_validated(layout, path, model_cls)
        problems.extend(found)
        return source, (Loaded(model, source) if source is not None and model is not None else None)

    if layout.glossary_file.exists():
        project.glossary = load(layout.glossary_file, Glossary)[1]
    if layout.citations_file.exists():
        project.citations = load(layout.citations_file, Citations)[1]
    for path in layout.act_files():
        act_source, act = load(path, Act)
        if act_source:
            project.act_sources[path.stem] = act_source
        if act:
            project.acts_loaded[path.stem] = act
    return problems


def _load_per_mechanism(project: ProjectSources, kind: DocumentKind, text_rules: bool, checked: bool) -> None:
    """Every source of a kind with one per mechanism (the Положения о мониторинге, which the later stages find in
    ``project.regulations``) read, validated and checked by the text rules that look at one file alone, on every
    core when there are many. Only the source comes back, its data packed, and whether it validated: its model is
    made again where it is read (:meth:`Loaded.remade`), so that the models of a thousand are never held at once."""
    layout = project.layout
    paths = kind.files(layout)
    if text_rules and worker_count(len(paths)) > 1:
        analyzer()  # the text rules' dictionary, loaded once here and not by each worker (nor each later one)
    for path, read in zip(paths, in_order(lambda path: _read_checked(project, path, kind, text_rules, checked), paths)):
        source = read.source
        project.diagnostics.extend(read.problems)
        if source is not None and text_rules:  # without them, none found is not none there: a later check runs them
            project.text_findings[source.display] = read.text_findings
        if source is not None and read.alone is not None:
            project.alone[source.display] = read.alone
        code = read.code or path.stem
        if source and code != path.stem:
            project.diagnostics.append(
                Diagnostic(
                    source.locate(("mechanism",)),
                    Severity.WARNING,
                    messages.MECHANISM_FILE_NAME.format(code=code),
                    code="load",
                )
            )
        loaded = Loaded.remade(kind.model, source) if source is not None and read.valid else None
        if source:
            project.mechanism_sources.append(source)
            project.documents.append(DocumentSource(kind.id_for(code), kind, code, source, loaded))
        if loaded:  # the kind with a source per mechanism is the Положение о мониторинге
            project.regulations.append(typing.cast(Loaded[MonitoringRegulation], loaded))
        else:
            project.unvalidated_mechanisms.add(code)


class _Read(typing.NamedTuple):
    source: SourceFile | None
    """Its data packed."""
    problems: list[Diagnostic]
    """Found in reading and validating it."""
    text_findings: list[Diagnostic]
    valid: bool
    code: str | None
    """The mechanism's code it gives, as written."""
    alone: Alone | None
    """The check's findings on it alone, when asked."""


def _read_checked(project: ProjectSources, path: Path, kind: DocumentKind, text_rules: bool, checked: bool) -> _Read:
    """A source read and validated, with the text rules' findings on it (none when not asked) and the check's."""
    source, problems = _read(project.layout, path)
    if source is None:
        return _Read(None, problems, [], False, None, None)
    model, invalid = validate_source(source, kind.model)
    findings = text_rule_findings(source) if text_rules else []
    found = alone(project, source, typing.cast(MonitoringRegulation | None, model)) if checked else None
    code = raw_code(source.data, ("mechanism",))
    source.pack()
    return _Read(source, problems + invalid, findings, model is not None, code, found)


def _load_single(project: ProjectSources, kind: DocumentKind) -> None:
    path = kind.path(project.layout)
    if kind.optional and not path.exists():
        return
    source, loaded = _load_model(project, path, kind.model)
    if loaded:
        project.singles[kind.key] = loaded
    if source:
        project.documents.append(DocumentSource(kind.id_for(), kind, kind.key, source, loaded))


def _load_model(
    project: ProjectSources, path: Path, model_cls: type[Model]
) -> tuple[SourceFile | None, Loaded[Model] | None]:
    source, model, problems = _read_validated(project.layout, path, model_cls)
    project.diagnostics.extend(problems)
    return source, (Loaded(model, source) if source is not None and model is not None else None)


def _read_validated(
    layout: ProjectLayout, path: Path, model_cls: type[Model]
) -> tuple[SourceFile | None, Model | None, list[Diagnostic]]:
    source, problems = _read(layout, path)
    if source is None:
        return None, None, problems
    model, invalid = validate_source(source, model_cls)
    return source, model, problems + invalid


def _read(layout: ProjectLayout, path: Path) -> tuple[SourceFile | None, list[Diagnostic]]:
    display = layout.display(path)
    if not path.is_file():
        return None, [Diagnostic.error(Location(display), messages.FILE_REQUIRED, code="validate")]
    source, problems = read_source(path, display)
    outside = link_out_of(layout.root, path)
    if outside is not None:
        problems.append(
            Diagnostic(
                Location(display), Severity.WARNING, messages.SOURCE_LINK_OUTSIDE.format(target=outside), code="load"
            )
        )
    return source, problems


def validate_source(source: SourceFile, model_cls: type[Model]) -> tuple[Model | None, list[Diagnostic]]:
    """Validate one file's data against a model; every error located, in Russian."""
    data = source.data
    if not isinstance(data, dict):
        return None, [Diagnostic.error(source.locate(()), messages.ROOT_NOT_MAPPING, code="validate")]
    try:
        return model_cls.model_validate(data), []
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
        reason=ctx.get("error", ""),  # a schema's own validator says what is wrong, in Russian
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
    if typing.get_origin(annotation):  # Optional[X], X | None, list[X]: look inside
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
    return messages.SUGGESTION.format(name=close[0]) if close else ""


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
        project.diagnostics.append(
            Diagnostic.error(location, messages.UNKNOWN_CATALOG.format(value=edition, known=known), code="validate")
        )
        return None
    return _load_model(project, path, CatalogEdition)[1]
