"""Stage 4, plan: which documents exist, what each depends on, and which need rebuilding (as Sphinx's
``get_outdated_docs``): a document is rebuilt when the hash of any input changed, and a file that was
edited by hand since msoko wrote it is a conflict, never silently overwritten."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any

from schemas.acts import Act
from schemas.base import code_sort_key
from schemas.diagnostics import Diagnostic, Location

from .. import messages
from ..documents import ACT_TEMPLATES, RENDERING
from ..evaluation.evaluate import EvaluationResult, evaluate
from ..monitoring.year import DerivedDocument, MonitoringYear, made_in, monitoring_year, requisites
from ..project import ProjectLayout
from ..sources.kinds import KINDS, DocumentModel, Per, Reads, YearDocument
from ..sources.model import DocumentSource, Loaded, ProjectSources
from .fresh import generator_fingerprint
from .manifest import Manifest, ManifestEntry, file_digest

GENERATOR_INPUT = messages.INPUT_GENERATOR
EVALUATION_KEY = "evaluation"
ACT = "act"
"""The kind of a target that is an act: acts approve the documents and are no document kind themselves."""


@dataclass(frozen=True)
class Target:
    """One document msoko generates."""

    id: str
    kind: str
    """The key of its kind of document, or «act» for an act."""
    subject: str
    title: str
    output: str
    template: Path
    inputs: dict[str, str] = field(compare=False)
    made_from: DocumentModel | Act | Loaded[Any] = field(compare=False, repr=False)
    """The validated source the document is made from (an act for an act), or what the planner made for a kind
    without a source: the renderer needs no search. A source's document keeps its :class:`Loaded`, whose model a
    Положение's makes again when read: the targets of a thousand would hold all their models."""
    computed: Any = field(default=None, compare=False, repr=False)
    """What the document shows that the planner computed (the self-assessment's scores, the monitoring year's
    results): rendering lays it out, never computes it."""
    approving: Act | None = field(default=None, compare=False, repr=False)
    """The act whose appendix the document is (its stamp and mark give the act's date and number)."""

    @property
    def model(self) -> DocumentModel | Act:
        return self.made_from.model if isinstance(self.made_from, Loaded) else self.made_from


class Action(str, Enum):
    BUILD = "build"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"
    VERIFY = "verify"
    """The manifest is missing or damaged: render, and adopt the file if it holds exactly those bytes."""


class Ownership(Enum):
    """Whose bytes the output file holds now; the one place that decides "edited by hand"."""

    ABSENT = "absent"
    OURS = "ours"
    EDITED = "edited"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class OutputState:
    """An output file as found on disk before the build: read and hashed once per run."""

    path: Path
    sha256: str | None
    """None when there is no file."""

    @classmethod
    def read(cls, path: Path) -> "OutputState":
        try:
            return cls(path, file_digest(path))
        except FileNotFoundError:
            return cls(path, None)


def ownership(state: OutputState, file_name: str, entry: ManifestEntry | None) -> Ownership:
    """The hand-edit rule: a file is msoko's while its bytes are what the manifest says msoko wrote."""
    if state.sha256 is None:
        return Ownership.ABSENT
    if entry is None or entry.file != file_name:
        return Ownership.FOREIGN
    return Ownership.OURS if state.sha256 == entry.sha256 else Ownership.EDITED


@dataclass(frozen=True)
class Decision:
    target: Target
    action: Action
    reason: str
    on_disk: OutputState
    owner: Ownership
    keep_in: int | None = None
    """The year whose document the file holds when the target is of another (its mechanism's year moved on): the
    file is kept in that year's folder of output/ before the new one is written."""

    @property
    def stale(self) -> bool:
        """Missing, or behind its sources (or not vouched for by the manifest): a ``regen`` makes it."""
        return self.action in (Action.BUILD, Action.VERIFY)


def plan_targets(project: ProjectSources) -> list[Target]:
    """Every document the sources describe, with the hashes of everything it is made from."""
    layout = project.layout
    common = {
        project.valid_profile.source.display: project.valid_profile.source.digest,
        messages.INPUT_CATALOG.format(id=project.valid_catalog.model.id): project.valid_catalog.source.digest,
        GENERATOR_INPUT: generator_fingerprint(),
    }
    if project.glossary:  # every document introduces its abbreviations from it
        common[project.glossary.source.display] = project.glossary.source.digest
    year = monitoring_year(project)
    regulations = _regulation_inputs(project)
    templates = _Templates()
    targets = [
        _document_target(project, document, common, year, regulations, templates)
        for document in sorted(project.documents, key=_document_order)
        if document.loaded is not None
    ]
    if year is not None:
        targets += [_derived_target(project, document, common, year, templates) for document in year.documents]
    for act_id, loaded in sorted(project.acts_loaded.items()):
        inputs = {**common, loaded.source.display: loaded.source.digest}
        for appendix in loaded.model.appendices:
            appended = project.document(appendix.document)
            if appended:
                inputs[appended.source.display] = appended.source.digest
        title = messages.ACT_TITLE.format(
            kind=loaded.model.kind.capitalize(), date=f"{loaded.model.date:%d.%m.%Y}", number=loaded.model.number
        )
        targets.append(
            _target(
                layout, act_id, ACT, act_id, title, ACT_TEMPLATES[loaded.model.kind], inputs, loaded.model, templates
            )
        )
    return targets


def _regulation_inputs(project: ProjectSources) -> dict[str, str]:
    """Every Положение with the act that approves it: what a kind reading them all depends on (the Концепция cites
    the acts' dates and numbers)."""
    inputs = {r.source.display: r.source.digest for r in project.regulations}
    approving = [project.act_sources.get(r.model.approved_by or "") for r in project.regulations]
    inputs.update({source.display: source.digest for source in approving if source})
    return inputs


def _document_target(
    project: ProjectSources,
    document: DocumentSource,
    common: dict[str, str],
    year: MonitoringYear | None,
    regulations: dict[str, str],
    templates: _Templates,
) -> Target:
    """A document of a source: its own, its approving act's and what its kind reads besides (``regulations``: the
    inputs of a kind that reads every Положение)."""
    model, loaded = document.model, document.loaded
    assert model is not None and loaded is not None
    inputs = {**common, document.source.display: document.source.digest}
    act_source = project.act_sources.get(model.approved_by or "")
    if act_source:
        inputs[act_source.display] = act_source.digest
    reads = document.kind.reads
    if Reads.REGULATIONS in reads:
        inputs.update(regulations)
    computed = None
    if Reads.CRITERIA in reads:  # a project's own criteria of the self-assessment change what it prints
        inputs[project.valid_criteria.source.display] = project.valid_criteria.source.digest
        computed = _evaluation(project)
    if Reads.DATA in reads and year is not None:  # the documents of the self-assessment's year: it cites them
        inputs.update(_files(year.files(computed.year if computed else None)))
    target = _target(
        project.layout,
        document.id,
        document.kind.key,
        document.subject,
        model.title,
        RENDERING[document.kind.key].template,
        inputs,
        loaded,
        templates,
    )
    return replace(target, computed=computed, approving=project.acts.get(model.approved_by or ""))


def _evaluation(project: ProjectSources) -> EvaluationResult:
    """The self-assessment's scores, computed once for the documents that show them (the self-assessment and the
    Положение о МСОКО, whose appendix gives the criteria): a thousand mechanisms' scores read every Положение."""
    if EVALUATION_KEY not in project.computed:
        project.computed[EVALUATION_KEY] = evaluate(project)
    return project.computed[EVALUATION_KEY]


def _derived_target(
    project: ProjectSources,
    document: DerivedDocument,
    common: dict[str, str],
    year: MonitoringYear,
    templates: _Templates,
) -> Target:
    """A document of a kind without a source: made from its mechanism's Положение (with its approving act) and
    the year's data."""
    regulation = project.regulation_for(document.model.mechanism)
    assert regulation is not None
    inputs = {**common, regulation.source.display: regulation.source.digest, **_files(document.files)}
    act_source = project.act_sources.get(regulation.model.approved_by or "")
    if act_source:
        inputs[act_source.display] = act_source.digest
    approving = year.document(document.model.approved_by or "")
    target = _target(
        project.layout,
        document.id,
        document.kind.key,
        document.subject,
        document.model.title,
        RENDERING[document.kind.key].template,
        inputs,
        document.model,
        templates,
    )
    return replace(target, computed=year, approving=requisites(approving) if approving else None)


def _files(paths: dict[str, Path]) -> dict[str, str]:
    return {name: file_digest(path) for name, path in paths.items()}


def _target(
    layout: ProjectLayout,
    document_id: str,
    kind: str,
    subject: str,
    title: str,
    template_name: str,
    inputs: dict[str, str],
    model: DocumentModel | Act | Loaded[Any],
    templates: _Templates,
) -> Target:
    template = layout.template(template_name)
    inputs = {**inputs, layout.display(template): templates[template]}
    return Target(document_id, kind, subject, title, f"{document_id}.docx", template, inputs, model)


class _Templates(dict[Path, str]):
    """The templates' hashes, each read once a plan: a thousand Положения share one template, which was read and
    hashed for each."""

    def __missing__(self, template: Path) -> str:
        self[template] = file_digest(template) if template.is_file() else messages.INPUT_NO_FILE
        return self[template]


def _document_order(document: DocumentSource) -> tuple:
    """The registry's order of kinds, and mechanisms by their codes within a kind."""
    return (
        list(KINDS).index(document.kind.key),
        code_sort_key(document.subject) if document.kind.per is Per.MECHANISM else (),
    )


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
            problems.append(
                Diagnostic.error(
                    Location(messages.LOCATION_COMMAND_LINE),
                    messages.UNKNOWN_DOCUMENT_ID.format(name=name, known=known),
                    code="plan",
                )
            )
        elif match not in chosen:
            chosen.append(match)
    return chosen, problems


def decide(targets: list[Target], manifest: Manifest, output: Path, force: bool) -> list[Decision]:
    return [
        _decide(
            target, manifest.entries.get(target.id), OutputState.read(output / target.output), force, manifest.problem
        )
        for target in targets
    ]


def _decide(
    target: Target, entry: ManifestEntry | None, state: OutputState, force: bool, manifest_problem: str | None
) -> Decision:
    owner = ownership(state, target.output, entry)

    def decision(action: Action, reason: str) -> Decision:
        return Decision(target, action, reason, state, owner)

    if owner is Ownership.ABSENT:
        return decision(Action.BUILD, messages.REASON_NEW)
    kept = _made_for_another_year(target, entry) if owner is not Ownership.FOREIGN else None
    if kept is not None:  # the record of its year, edited by hand or not: kept as it is, never overwritten
        return Decision(target, Action.BUILD, messages.REASON_NEW_YEAR.format(kept=kept), state, owner, kept)
    if owner in (Ownership.FOREIGN, Ownership.EDITED):
        what = messages.REASON_FOREIGN if owner is Ownership.FOREIGN else messages.REASON_EDITED
        if force:
            return decision(Action.BUILD, messages.REASON_FORCED.format(what=what))
        if owner is Ownership.FOREIGN and manifest_problem:
            return decision(Action.VERIFY, messages.VERIFY_PENDING.format(problem=manifest_problem))
        return decision(Action.CONFLICT, what if owner is Ownership.FOREIGN else messages.REASON_EDITED_SINCE)
    assert entry is not None
    changed = sorted(
        name for name in target.inputs.keys() | entry.inputs.keys() if target.inputs.get(name) != entry.inputs.get(name)
    )
    if changed:
        return decision(Action.BUILD, messages.REASON_CHANGED.format(inputs=", ".join(changed)))
    return decision(Action.UNCHANGED, messages.REASON_UNCHANGED)


def _made_for_another_year(target: Target, entry: ManifestEntry | None) -> int | None:
    """The year the document in the file was made for, when the target is of the monitoring year and of another."""
    model = target.made_from
    if entry is None or not isinstance(model, YearDocument):
        return None
    made = made_in(entry.inputs)
    return made if made is not None and made != model.year else None


def not_current(layout: ProjectLayout, decision: Decision, approval: Any = None) -> Diagnostic:
    """Why an output cannot be used as it is: edited by hand (a conflict) or behind its sources."""
    path = layout.display(layout.output / decision.target.output)
    if decision.action is Action.CONFLICT:
        since = messages.APPROVED_KEPT.format(day=approval.day) if approval else ""
        message = messages.NOT_OVERWRITTEN.format(reason=decision.reason, since=since)
    else:
        message = messages.OUT_OF_DATE.format(reason=decision.reason)
    return Diagnostic.error(Location(path), message, code="plan")
