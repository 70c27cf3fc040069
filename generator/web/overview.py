"""What the dashboard shows, computed by the same stages as the CLI: the completeness matrix of
``check``, the scores of ``evaluate`` and each document's state from the planner and the approvals."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from schemas.diagnostics import Diagnostic
from schemas.regulation import SIX_PARTS

from ..build.manifest import digest
from ..build.plan import Action, Target
from ..project import ProjectLayout
from ..build import approvals
from ..sources.completeness import MechanismCoverage, PartStatus
from ..sources.model import ProjectSources
from .actions import checked_project, document_decisions
from .choices import act_name
from .editor import editable

CELL_TEXT = {PartStatus.FILLED: "заполнено", PartStatus.EMPTY: "пусто", PartStatus.PLACEHOLDER: "заготовка"}


@dataclass
class Cell:
    status: str
    """filled, empty, placeholder or missing (no Положение)."""
    text: str
    link: str


@dataclass
class Row:
    code: str
    title: str
    file: str | None
    cells: list[Cell]
    score: str = ""
    complete: bool = False


@dataclass
class DocumentRow:
    id: str
    title: str
    file: str
    states: list[tuple[str, str]]
    """(css class, Russian label) pairs: build state, then approval state."""
    exists: bool
    source: str = ""
    """The form of the source the document is made from."""


@dataclass
class Overview:
    municipality: str
    authority: str
    catalog: str
    parts: list[str]
    rows: list[Row] = field(default_factory=list)
    documents: list[DocumentRow] = field(default_factory=list)
    sources: list[tuple[str, str]] = field(default_factory=list)
    """(link, Russian name) of every other editable source."""
    errors: list[Diagnostic] = field(default_factory=list)
    warnings: int = 0
    evaluation_note: str = ""


def overview(layout: ProjectLayout) -> Overview:
    project, coverage = checked_project(layout)
    profile = project.profile.model if project.profile else None
    result = Overview(profile.authority.municipality if profile else "",
                      profile.authority.full_name if profile else "",
                      project.catalog.model.title if project.catalog else "",
                      [name for _, name in SIX_PARTS])
    scores = _scores(project, result)
    result.rows = [_row(layout, row, scores.get(row.mechanism.code, "")) for row in coverage]
    result.errors = [d for d in project.diagnostics if d.is_error]
    result.warnings = sum(1 for d in project.diagnostics if not d.is_error)
    result.documents = _documents(project)
    result.sources = _sources(layout, project)
    return result


def _row(layout: ProjectLayout, coverage: MechanismCoverage, score: str) -> Row:
    code = coverage.mechanism.code
    row = Row(code, coverage.mechanism.title, coverage.file, [], score, coverage.complete)
    for part, _ in SIX_PARTS:
        status = coverage.parts.get(part)
        if coverage.file is None:
            link = f"/new?mechanism={code}" if not coverage.invalid else f"/source/regulations/mechanisms/{code}.yaml"
            row.cells.append(Cell("missing" if not coverage.invalid else "empty",
                                  "ошибка в файле" if coverage.invalid else "нет Положения", link))
        else:
            row.cells.append(Cell(status.value if status else "empty", CELL_TEXT[status] if status else "пусто",
                                  f"/source/{coverage.file}#f-{part}"))
    return row


def _scores(project: ProjectSources, result: Overview) -> dict[str, str]:
    """Self-assessment points per mechanism, when the sources read well enough to score."""
    from ..evaluation.evaluate import evaluate

    unreadable = [d for d in project.diagnostics if d.is_error and d.code in ("load", "validate")]
    if unreadable or project.criteria is None or project.profile is None or project.catalog is None:
        result.evaluation_note = "Самооценка появится, когда источники будут читаться без ошибок."
        return {}
    evaluation = evaluate(project)
    return {score.mechanism.code: f"{score.earned} из {score.possible}" for score in evaluation.mechanisms}


def _documents(project: ProjectSources) -> list[DocumentRow]:
    layout = project.layout
    if project.profile is None or project.catalog is None:
        return []
    approved = approvals.latest(layout)
    rows = []
    for decision in document_decisions(project):
        target = decision.target
        path = layout.output / target.output
        states = [_build_state(decision.action, path.exists())]
        approval = approved.get(target.id)
        if approval is not None:
            same = path.is_file() and digest(path.read_bytes()) == approval.sha256
            states.append(("approved", f"утверждён {approval.day} ({approval.by})") if same else
                          ("changed", f"изменён после утверждения {approval.day}"))
        rows.append(DocumentRow(target.id, target.title, target.output, states, path.exists(), source_of(layout, target)))
    return rows


def source_of(layout: ProjectLayout, target: Target) -> str:
    own = [name for name in target.inputs if name.startswith("regulations/") and Path(name).name != "project.yaml"
           and editable(layout, name) is not None]
    return f"/source/{own[0]}" if own else ""


def _build_state(action: Action, exists: bool) -> tuple[str, str]:
    if action is Action.CONFLICT:
        return "conflict", "изменён вручную"
    if action is Action.UNCHANGED:
        return "current", "актуален"
    return ("stale", "нужно пересобрать") if exists else ("stale", "ещё не собран")


def _sources(layout: ProjectLayout, project: ProjectSources) -> list[tuple[str, str]]:
    found = [(layout.profile_file, "Профиль проекта (орган, руководитель, оформление)"),
             (layout.msoko_file, "Положение о МСОКО"),
             (layout.concept_file, "Концепция"),
             (layout.roadmap_file, "Дорожная карта"),
             (layout.evaluation_file, "Сведения для самооценки")]
    found += [(path, _act_title(project, path.stem)) for path in layout.act_files()]
    return [(f"/source/{layout.display(path)}", name) for path, name in found if path.is_file()]


def _act_title(project: ProjectSources, act_id: str) -> str:
    act = project.acts.get(act_id)
    return act_id if act is None else act_name(act)
