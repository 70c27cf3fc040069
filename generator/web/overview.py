"""What the dashboard shows, computed by the same stages as the CLI: the completeness matrix of
``check``, the scores of ``evaluate`` and each document's state from the planner and the approvals."""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas.diagnostics import Diagnostic
from schemas.regulation import SIX_PARTS

from ..build.manifest import digest
from ..messages import web as say
from ..build.plan import Action, Target
from ..project import ProjectLayout
from ..build import approvals
from ..sources.completeness import MechanismCoverage, PartStatus
from ..sources.kinds import REGULATION, Per, sourced_kinds
from ..sources.model import ProjectSources
from .actions import checked_project, document_decisions
from .choices import act_name
from .editor import editable, field_anchors


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
    health: tuple[str, str] = ("", "")
    """(css class, words) of the worst problem in the Положение or in what it depends on."""
    score_class: str = ""


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
    health: tuple[str, str] = ("", "")
    approved_current: bool = False
    """Approved in exactly this version: approval need not be asked again."""


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
    diagnostics: list[Diagnostic] = field(default_factory=list)
    evaluation_year: int = 0
    evaluation_lines: list[str] = field(default_factory=list)
    """Where the self-assessment's year is set, which years the monitoring documents msoko made are of, and how to
    have the self-assessment of those."""


def overview(layout: ProjectLayout) -> Overview:
    project, coverage = checked_project(layout)
    profile = project.profile.model if project.profile else None
    result = Overview(
        profile.authority.municipality if profile else "",
        profile.authority.full_name if profile else "",
        project.catalog.model.title if project.catalog else "",
        [name for _, name in SIX_PARTS],
    )
    scores = _scores(project, result)
    result.diagnostics = sorted(project.diagnostics, key=lambda d: (not d.is_error, d.location.file))
    result.errors = [d for d in project.diagnostics if d.is_error]
    result.warnings = sum(1 for d in project.diagnostics if not d.is_error)
    inputs: dict[str, set[str]] = {}
    result.documents = _documents(project, inputs)
    for row in result.documents:
        row.health = health(project.diagnostics, inputs.get(row.id, set()))
    result.rows = [_row(layout, row, scores.get(row.mechanism.code, ("", ""))) for row in coverage]
    for mechanism in result.rows:
        files = inputs.get(REGULATION.id_for(mechanism.code), {mechanism.file} if mechanism.file else set())
        mechanism.health = health(project.diagnostics, files)
    result.sources = _sources(layout, project)
    return result


def health(diagnostics: list[Diagnostic], files: set[str]) -> tuple[str, str]:
    """(css class, words) for what is wrong in ``files``: errors first, then warnings, else nothing."""
    errors = sum(1 for d in diagnostics if d.is_error and d.location.file in files)
    warnings = sum(1 for d in diagnostics if not d.is_error and d.location.file in files)
    if errors:
        words = say.HEALTH_ERRORS.format(errors=errors)
        return "has-errors", words + (say.HEALTH_AND_WARNINGS.format(warnings=warnings) if warnings else "")
    return ("has-warnings", say.HEALTH_WARNINGS.format(warnings=warnings)) if warnings else ("", "")


def _row(layout: ProjectLayout, coverage: MechanismCoverage, score: tuple[str, str]) -> Row:
    code = coverage.mechanism.code
    row = Row(code, coverage.mechanism.title, coverage.file, [], score[0], coverage.complete, score_class=score[1])
    for part, _ in SIX_PARTS:
        status = coverage.parts.get(part)
        if coverage.file is None:
            link = (
                f"/new?mechanism={code}"
                if not coverage.invalid
                else f"/source/{layout.display(REGULATION.path(layout, code))}"
            )
            row.cells.append(
                Cell(
                    "missing" if not coverage.invalid else "empty",
                    say.REGULATION_UNREADABLE if coverage.invalid else say.NO_REGULATION,
                    link,
                )
            )
        else:
            row.cells.append(
                Cell(
                    status.value if status else "empty",
                    say.PART_STATES[(status or PartStatus.EMPTY).value],
                    f"/source/{coverage.file}#f-{part}",
                )
            )
    return row


def _scores(project: ProjectSources, result: Overview) -> dict[str, tuple[str, str]]:
    """Self-assessment points per mechanism with the class of its share of the possible (the colour scale:
    80 % and more, 50 % and more, less), when the sources read well enough to score."""
    from ..evaluation.evaluate import evaluate

    unreadable = [d for d in project.diagnostics if d.is_error and d.code in ("load", "validate")]
    if unreadable or project.criteria is None or project.profile is None or project.catalog is None:
        result.evaluation_note = say.EVALUATION_PENDING
        return {}
    evaluation = evaluate(project)
    result.evaluation_year = evaluation.year
    result.evaluation_lines = evaluation.year_lines()
    return {
        score.mechanism.code: (
            say.SCORE.format(earned=score.earned, possible=score.possible),
            "score-high" if score.percent >= 80 else "score-mid" if score.percent >= 50 else "score-low",
        )
        for score in evaluation.mechanisms
    }


def _documents(project: ProjectSources, inputs: dict[str, set[str]]) -> list[DocumentRow]:
    """The documents' rows; ``inputs`` gets, by document, the sources it is made from."""
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
        same = False
        if approval is not None:
            same = path.is_file() and digest(path.read_bytes()) == approval.sha256
            states.append(
                ("approved", say.APPROVED_STATE.format(day=approval.day, by=approval.by))
                if same
                else ("changed", say.CHANGED_SINCE_APPROVAL.format(day=approval.day))
            )
        inputs[target.id] = {name for name in target.inputs if name.startswith("regulations/")}
        rows.append(
            DocumentRow(
                target.id,
                target.title,
                target.output,
                states,
                path.exists(),
                source_of(layout, target),
                approved_current=same,
            )
        )
    return rows


def source_of(layout: ProjectLayout, target: Target) -> str:
    shared = {layout.display(layout.profile_file), layout.display(layout.glossary_file)}  # inputs of every document
    own = [
        name
        for name in target.inputs
        if name.startswith("regulations/") and name not in shared and editable(layout, name) is not None
    ]
    return f"/source/{own[0]}" if own else ""


def _build_state(action: Action, exists: bool) -> tuple[str, str]:
    if action is Action.CONFLICT:
        return "conflict", say.EDITED_BY_HAND
    if action is Action.UNCHANGED:
        return "current", say.CURRENT
    return "stale", say.STALE if exists else say.NOT_BUILT


def _sources(layout: ProjectLayout, project: ProjectSources) -> list[tuple[str, str]]:
    found = [
        (layout.profile_file, say.PROFILE_LISTED),
        *((kind.path(layout), kind.source_name) for kind in sourced_kinds() if kind.per is Per.PROJECT),
        (layout.glossary_file, say.GLOSSARY_LISTED),
        (layout.organizations_file, say.ORGANIZATIONS_LISTED),
    ]
    found += [(path, _act_title(project, path.stem)) for path in layout.act_files()]
    return [(f"/source/{layout.display(path)}", name) for path, name in found if path.is_file()]


def _act_title(project: ProjectSources, act_id: str) -> str:
    act = project.acts.get(act_id)
    return act_id if act is None else act_name(act)


@dataclass
class Filters:
    """The dashboard's list of problems narrowed as asked, with each choice's count (facets)."""

    kind: str
    doc: str
    kinds: list[tuple[str, str]]
    documents: list[tuple[str, str]]
    shown: list[Diagnostic]
    anchors: list[str] = field(default_factory=list)
    """«#f-…» of each shown problem's field in its form, or ""."""


def problem_filters(layout: ProjectLayout, view: Overview, kind: str, doc: str) -> Filters:
    from .wording import source_name

    everything = view.diagnostics
    errors = sum(1 for d in everything if d.is_error)
    kinds = [
        ("", say.FILTER_ALL.format(count=len(everything))),
        ("errors", say.FILTER_ERRORS.format(count=errors)),
        ("warnings", say.FILTER_WARNINGS.format(count=len(everything) - errors)),
    ]
    by_file: dict[str, int] = {}
    for diagnostic in everything:
        by_file[diagnostic.location.file] = by_file.get(diagnostic.location.file, 0) + 1
    documents = [("", say.FILTER_ALL_DOCUMENTS)]
    for file, count in by_file.items():
        named = source_name(layout, file)
        documents.append((file, f"{named[1] if named else say.FILTER_OTHER} ({count})"))
    shown = [
        d
        for d in everything
        if (kind != "errors" or d.is_error)
        and (kind != "warnings" or not d.is_error)
        and (not doc or d.location.file == doc)
    ]
    return Filters(kind, doc, kinds, documents, shown, field_anchors(layout, shown))
