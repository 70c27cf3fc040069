"""Editing one source through its form: which files may be edited (and nothing outside regulations/),
the candidate text a submitted form gives, and the diagnostics ``check`` reports on it, each placed at
the form field its YAML path belongs to."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from schemas.acts import Act
from schemas.base import code_sort_key
from schemas.diagnostics import Diagnostic, Location
from schemas.glossary import Glossary
from schemas.organizations import Organizations
from schemas.profile import Project

from ..build.manifest import digest
from ..build.scratch import scratch_folder
from ..errors import MsokoError
from ..messages import web as say
from ..messages.monitoring import ORPHANED_ROWS
from ..monitoring.store import stored_rows
from ..sources.kinds import DocumentKind, source_kind
from ..sources.load import SourceFile, read_source
from ..sources.model import ProjectSources
from ..project import ProjectLayout
from . import sourcefile
from .actions import checked_project
from .choices import offer_choices
from .forms import FormField, build_form, read_form

KEY_NAMED = re.compile(r"«([a-z_][a-z0-9_]*)»")
"""A key the message names («отсутствует обязательное поле «name»»): the error belongs beside that field
of the object it points at, even when the key is missing from the file."""

BLOCKING = ("load", "validate", "schema", "references", "organizations")
"""Diagnostics that stop a save: the file would no longer read as its model or would point nowhere, or the list of
organizations would stop the collection (a school without levels, an identifier twice). Gaps in content
(``completeness``) are shown but saved, so a draft can be filled in over days."""


OTHER_SOURCES: dict[tuple[str, ...], tuple[type[BaseModel], str]] = {
    ("project.yaml",): (Project, say.PROFILE),
    ("glossary.yaml",): (Glossary, say.GLOSSARY),
    ("organizations.yaml",): (Organizations, say.ORGANIZATIONS),
}
"""The editable sources besides the documents' own (``sources/kinds.py``) and the acts."""


@dataclass(frozen=True)
class Editable:
    path: Path
    display: str
    model: type[BaseModel]
    kind: str
    """What the file is, in Russian: «Положение о мониторинге», «Профиль проекта»…"""
    document: DocumentKind | None = None
    """The kind of document it is the source of, if any."""


def editable(layout: ProjectLayout, relative: str) -> Editable | None:
    """The source at ``relative`` if it is one the app edits; anything else (outside the project,
    another file type, a path with «..») is None."""
    regulations = layout.regulations.resolve()
    if ".." in Path(relative).parts:
        return None  # resolving would collapse it: a path that climbs is refused, even one landing inside
    try:
        path = (layout.root / relative).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if not path.is_relative_to(regulations) or not path.is_file() or path.suffix != ".yaml":
        return None
    inside = path.relative_to(regulations).parts
    own = source_kind(layout, layout.regulations / Path(*inside))
    if own is not None:
        return Editable(path, layout.display(path), own.model, own.source_name, own)
    if inside in OTHER_SOURCES:
        model, kind = OTHER_SOURCES[inside]
    elif len(inside) == 2 and inside[0] == "acts":
        model, kind = Act, say.ACT
    else:
        return None
    return Editable(path, layout.display(path), model, kind)


@dataclass
class Opened:
    """A source as the form shows it, with what ``check`` says about it now."""

    text: str
    digest: str
    form: FormField
    placed: dict[str, list[Diagnostic]]


def _bounded_text(source: Editable) -> str:
    """The file's text once the loader has accepted it (size, encoding, syntax, YAML aliases): the form
    reader would otherwise expand a «billion laughs» file without limit."""
    located, problems = read_source(source.path, source.display)
    if located is None:
        raise MsokoError(problems)
    return located.text


def open_source(layout: ProjectLayout, source: Editable) -> Opened:
    text = _bounded_text(source)
    raw = source.path.read_bytes()
    form = build_form(source.model, sourcefile.plain(sourcefile.parse(text)))
    project, _ = checked_project(layout)
    offer_choices(form, project)
    fix_mechanism(form)
    found = sorted(d for d in project.diagnostics if d.location.file == source.display)
    return Opened(text, digest(raw), form, place(found, text, source.display, form))


@dataclass
class Checked:
    """A submitted form: the text it would write and what ``check`` says about it."""

    text: str
    form: FormField
    diagnostics: list[Diagnostic] = field(default_factory=list)
    placed: dict[str, list[Diagnostic]] = field(default_factory=dict)
    """Diagnostics by the anchor of the field they concern."""
    broken: list[Diagnostic] = field(default_factory=list)
    """Errors the save would cause in other sources (an act dated after the documents that cite it…)."""

    @property
    def blocked(self) -> bool:
        return any(d.is_error and d.code.split(".")[0] in BLOCKING for d in self.diagnostics)


def candidate(
    layout: ProjectLayout, source: Editable, submitted: dict[str, str], companions: dict[Path, str] | None = None
) -> Checked:
    """Merge the form into the file's YAML (comments kept) and check the project as it would be, with the
    ``companions`` (other sources the same save rewrites) in place too."""
    document = sourcefile.parse(_bounded_text(source))
    original = sourcefile.plain(document)
    empty_form = build_form(source.model, original)
    data = read_form(empty_form, submitted)
    text = sourcefile.dump(sourcefile.merged(document, empty_form, data))
    form = build_form(source.model, sourcefile.plain(sourcefile.parse(text)))
    others = {layout.display(path): other for path, other in (companions or {}).items()}
    diagnostics, project = diagnose(layout, source, text, others)
    offer_choices(form, project)
    fix_mechanism(form)
    checked = Checked(text, form, [d for d in diagnostics if d.location.file == source.display])
    before = {(d.location.file, d.message) for d in checked_project(layout)[0].diagnostics if d.is_error}
    checked.broken = [
        d
        for d in diagnostics
        if d.is_error and d.location.file != source.display and (d.location.file, d.message) not in before
    ]
    if source.model is Organizations:
        checked.broken += orphaned_data(layout, original, data)
    checked.placed = place(checked.diagnostics, text, source.display, form)
    return checked


def orphaned_data(layout: ProjectLayout, before: object, after: dict) -> list[Diagnostic]:
    """An organization taken off the list (or given another identifier) whose rows the collected data hold: the save
    would leave them out of the results, so it is asked about first."""

    def named(data: object) -> dict[str, str]:
        listed = data.get("organizations") if isinstance(data, dict) else None
        return {
            str(item.get("id")): str(item.get("short_name") or item.get("id"))
            for item in listed or []
            if isinstance(item, dict)
        }

    gone = named(before).keys() - named(after).keys()
    if not gone:
        return []
    stored = stored_rows(layout)
    return [
        Diagnostic.error(
            Location(layout.display(layout.data_dir)),
            ORPHANED_ROWS.format(name=named(before)[key], where=_years_and_mechanisms(stored[key])),
            code="orphaned-data",
        )
        for key in sorted(gone)
        if key in stored
    ]


def _years_and_mechanisms(tables: list[tuple[int, str]]) -> str:
    """«за 2024 год по механизму 1.1», «за 2023 и 2024 годы по механизмам 1.1, 1.2»."""
    years = sorted({year for year, _ in tables})
    codes = sorted({code for _, code in tables}, key=code_sort_key)
    said_years = (
        say.ONE_YEAR.format(year=years[0])
        if len(years) == 1
        else say.SEVERAL_YEARS.format(years=", ".join(map(str, years[:-1])), last=years[-1])
    )
    said_codes = (
        say.ONE_MECHANISM.format(code=codes[0])
        if len(codes) == 1
        else say.SEVERAL_MECHANISMS.format(codes=", ".join(codes))
    )
    return say.YEARS_AND_MECHANISMS.format(years=said_years, mechanisms=said_codes)


def fix_mechanism(form: FormField) -> None:
    """A Положение's mechanism is chosen when it is created: the form shows it and does not change it."""
    for control in form.children:
        if control.path == ("mechanism",):
            control.readonly = True


def diagnose(
    layout: ProjectLayout, source: Editable, text: str, others: dict[str, str] | None = None
) -> tuple[list[Diagnostic], ProjectSources]:
    """``check``'s diagnostics across the project with ``text`` in place of this file (and ``others``, by
    display path, in place of theirs): the sources are copied to a scratch folder, so the project itself is
    not touched."""
    with scratch_folder("web") as root:
        shutil.copytree(
            layout.regulations, root / "regulations", ignore=shutil.ignore_patterns("approved", ".schema", ".*.tmp")
        )
        for display, written in {**(others or {}), source.display: text}.items():
            (root / display).write_text(written, encoding="utf-8")
        project, _ = checked_project(ProjectLayout(root))
    return sorted(project.diagnostics), project


def place(diagnostics: list[Diagnostic], text: str, display: str, form: FormField) -> dict[str, list[Diagnostic]]:
    """Each diagnostic at the form field whose YAML node stands where the diagnostic points, or at its
    nearest enclosing field; what points at no field goes to the top of the form."""
    located, _ = read_source_text(text, display)
    at: dict[tuple[int, int], tuple] = {}
    if located is not None:
        for path, mark in located.keys.items():
            at.setdefault(mark, path)
        at.update({mark: path for path, mark in located.values.items()})
    anchors = {f.path: f.anchor for f in form.walk()}
    placed: dict[str, list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        path = at.get((diagnostic.location.line, diagnostic.location.column), ())
        while path and path not in anchors:
            path = path[:-1]
        key = tuple(KEY_NAMED.findall(diagnostic.message)[:1])
        named = next((at for at in (path + key, path[:-1] + key) if key and at in anchors), path)
        path = named  # the field named, in the object pointed at or beside the field pointed at
        placed.setdefault(anchors.get(path, "f-top"), []).append(diagnostic)
    return placed


def read_source_text(text: str, display: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    with scratch_folder("web") as scratch:
        path = scratch / "source.yaml"
        path.write_text(text, encoding="utf-8")
        return read_source(path, display)


def field_anchors(layout: ProjectLayout, diagnostics: list[Diagnostic]) -> list[str]:
    """For each diagnostic, «#f-…»: the field of its source's form it stands at, as the form itself places it
    (the overview's list then opens the form there); "" where the file is not a form or no field matches."""
    placed_at: dict[int, str] = {}
    for display in sorted({d.location.file for d in diagnostics}):
        source = editable(layout, display)
        if source is None:
            continue
        try:
            text = _bounded_text(source)
            form = build_form(source.model, sourcefile.plain(sourcefile.parse(text)))
        except (MsokoError, ValueError):  # an unreadable file opens at its top
            continue
        own = [d for d in diagnostics if d.location.file == display]
        for anchor, found in place(own, text, display, form).items():
            placed_at.update({id(d): anchor for d in found if anchor != "f-top"})
    return [f"#{placed_at[id(d)]}" if id(d) in placed_at else "" for d in diagnostics]
