"""Stage 4, plan: which documents exist, what each depends on, and which need rebuilding (as Sphinx's
``get_outdated_docs``): a document is rebuilt when the hash of any input changed, and a file that was
edited by hand since msoko wrote it is a conflict, never silently overwritten."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path

from schemas.base import code_sort_key
from schemas.diagnostics import Diagnostic, Location, Severity

from .documents import ACT_TEMPLATES, KINDS
from .project import ProjectLayout
from .validate import ProjectSources

GENERATOR_INPUT = "программа msoko"
MANIFEST_NAME = ".msoko/manifest.json"


@dataclass(frozen=True)
class Target:
    """One document msoko generates."""

    id: str
    kind: str
    subject: str
    title: str
    output: str
    template: Path
    inputs: dict[str, str] = field(compare=False)


class Action(str, Enum):
    BUILD = "build"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class Decision:
    target: Target
    action: Action
    reason: str


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    sha256: str
    inputs: dict[str, str]


def plan_targets(project: ProjectSources) -> list[Target]:
    """Every document the sources describe, with the hashes of everything it is made from."""
    layout = project.layout
    common = {
        project.profile.source.display: project.profile.source.digest,
        f"каталог {project.catalog.model.id}": project.catalog.source.digest,
        GENERATOR_INPUT: generator_fingerprint(),
    }
    if project.glossary:  # every document introduces its abbreviations from it
        common[project.glossary.source.display] = project.glossary.source.digest
    regulations = {r.source.display: r.source.digest for r in project.regulations}
    targets = []
    for document in sorted(project.documents, key=_document_order):
        if document.model is None:
            continue
        inputs = {**common, document.source.display: document.source.digest}
        act_source = project.act_sources.get(document.model.approved_by or "")
        if act_source:
            inputs[act_source.display] = act_source.digest
        kind = KINDS[document.kind]
        if kind.reads_regulations:
            inputs.update(regulations)
        if kind.reads_criteria:
            inputs[project.criteria.source.display] = project.criteria.source.digest
        targets.append(_target(layout, document.id, document.kind, document.subject, document.model.title,
                               kind.template, inputs))
    for act_id, loaded in sorted(project.acts_loaded.items()):
        inputs = {**common, loaded.source.display: loaded.source.digest}
        for appendix in loaded.model.appendices:
            appended = project.document(appendix.document)
            if appended:
                inputs[appended.source.display] = appended.source.digest
        title = f"{loaded.model.kind.capitalize()} от {loaded.model.date:%d.%m.%Y} № {loaded.model.number}"
        targets.append(_target(layout, act_id, "act", act_id, title, ACT_TEMPLATES[loaded.model.kind], inputs))
    return targets


def _target(layout: ProjectLayout, document_id: str, kind: str, subject: str, title: str, template_name: str,
            inputs: dict[str, str]) -> Target:
    template = layout.template(template_name)
    inputs = {**inputs, layout.display(template): file_digest(template) if template.is_file() else "нет файла"}
    return Target(document_id, kind, subject, title, f"{document_id}.docx", template, inputs)


def _document_order(document) -> tuple:
    return (KINDS[document.kind].order, code_sort_key(document.subject) if document.kind == "regulation" else ())


def select_targets(targets: list[Target], wanted: tuple[str, ...]) -> tuple[list[Target], list[Diagnostic]]:
    """``all`` or ids; a mechanism code («1.1») or «msoko» also names its Положение."""
    if not wanted or "all" in wanted:
        return targets, []
    chosen: list[Target] = []
    problems: list[Diagnostic] = []
    for name in wanted:
        match = next((t for t in targets if name in (t.id, t.subject)), None)
        if match is None:
            known = ", ".join(t.id for t in targets)
            problems.append(Diagnostic(Location("<командная строка>"), Severity.ERROR,
                                       f"неизвестный документ «{name}»; доступны: all, {known}", code="plan"))
        elif match not in chosen:
            chosen.append(match)
    return chosen, problems


def decide(targets: list[Target], manifest: dict[str, ManifestEntry], output: Path, force: bool) -> list[Decision]:
    return [_decide(target, manifest.get(target.id), output / target.output, force) for target in targets]


def _decide(target: Target, entry: ManifestEntry | None, path: Path, force: bool) -> Decision:
    if not path.exists():
        return Decision(target, Action.BUILD, "новый документ")
    if entry is None or entry.file != target.output:
        if force:
            return Decision(target, Action.BUILD, "файл не создан msoko; перезапись по --force (копия сохранена)")
        return Decision(target, Action.CONFLICT, "файл не создан msoko")
    if file_digest(path) != entry.sha256:
        if force:
            return Decision(target, Action.BUILD, "файл изменён вручную; перезапись по --force (копия сохранена)")
        return Decision(target, Action.CONFLICT, "файл изменён вручную после последней генерации")
    changed = sorted(name for name in target.inputs.keys() | entry.inputs.keys()
                     if target.inputs.get(name) != entry.inputs.get(name))
    if changed:
        return Decision(target, Action.BUILD, "изменились: " + ", ".join(changed))
    return Decision(target, Action.UNCHANGED, "входные данные не менялись")


def not_current(layout: ProjectLayout, decision: Decision, approval=None) -> Diagnostic:
    """Why an output cannot be used as it is: edited by hand (a conflict) or behind its sources."""
    path = layout.display(layout.output / decision.target.output)
    if decision.action is Action.CONFLICT:
        since = f" (утверждённая {approval.day} версия сохранена)" if approval else ""
        message = (f"{decision.reason}{since}; msoko не перезапишет его. Перенесите правки в источники или "
                   "запустите «msoko regen --force» (будет сохранена копия)")
    else:
        message = f"документ не соответствует источникам ({decision.reason}); запустите «msoko regen all»"
    return Diagnostic(Location(path), Severity.ERROR, message, code="plan")


def read_manifest(layout: ProjectLayout) -> dict[str, ManifestEntry]:
    path = layout.output / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {name: ManifestEntry(**entry) for name, entry in data["documents"].items()}
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        return {}


def manifest_bytes(entries: dict[str, ManifestEntry]) -> bytes:
    documents = {name: {"file": e.file, "sha256": e.sha256, "inputs": dict(sorted(e.inputs.items()))}
                 for name, e in sorted(entries.items())}
    return (json.dumps({"version": 1, "documents": documents}, ensure_ascii=False, indent=2) + "\n").encode()


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str:
    return digest(path.read_bytes())


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """A change to msoko's own code or catalogs rebuilds everything, as Sphinx's .buildinfo does."""
    root = Path(__file__).resolve().parent.parent
    hasher = hashlib.sha256()
    for folder in ("generator", "schemas"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
                hasher.update(path.relative_to(root).as_posix().encode())
                hasher.update(path.read_bytes())
    return hasher.hexdigest()

