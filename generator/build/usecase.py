"""The build use case: validate → plan → render → write, the one entry point of the CLI and the web app.

It holds the project lock for its whole run, reports progress through a callback and returns what it
did; it never prints."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from .. import messages
from ..errors import MsokoError, file_system_error
from ..monitoring.year import MonitoringYear, made_in, monitoring_year
from ..parallel import give_back_freed_memory, worker_count
from ..project import ProjectLayout
from ..sources.checked import valid_project
from ..sources.kinds import year_mechanism
from ..sources.model import ProjectSources
from .lock import project_lock
from . import fresh
from .manifest import MANIFEST_NAME, Manifest, read_manifest
from .plan import Action, Decision, OutputState, Target, decide, not_current, plan_targets, select_targets
from .write import Kept, Orphan, Staged, discard, stage, write_outputs, year_folder

Progress = Callable[[int, int, Target], None]
"""Called as each document is rendered, in plan order: (its number from 1, how many will be rendered, the target)."""


@dataclass
class BuildResult:
    """What one build did, for the CLI to print and the web app to show."""

    decisions: list[Decision]
    """Every selected document with what was decided and why (``Decision.reason``), in plan order."""
    written: list[Target] = field(default_factory=list)
    """Documents whose file got new bytes."""
    backups: list[Path] = field(default_factory=list)
    """Copies of hand-edited files replaced under ``force`` or retired under ``prune``."""
    retired: list[Path] = field(default_factory=list)
    """Outputs of deleted sources removed under ``prune``."""
    kept: list[str] = field(default_factory=list)
    """Which documents of a monitoring year were kept in the year's folder of output/ as their mechanism's
    documents moved to another year, a line per year and mechanism."""
    warnings: list[Diagnostic] = field(default_factory=list)
    """The sources' warnings, and every output whose source was deleted (without ``prune``)."""
    notes: list[str] = field(default_factory=list)
    """What the user is told beside them, nothing to act on: which mechanisms' documents of the monitoring year are
    of an earlier year than the latest with data."""

    def is_written(self, target: Target) -> bool:
        return target in self._written

    @property
    def unchanged(self) -> list[Target]:
        return [d.target for d in self.decisions if d.target not in self._written]

    @cached_property
    def _written(self) -> frozenset[Target]:
        return frozenset(self.written)  # a thousand documents: a set, not a list, to look each one up


def build(
    layout: ProjectLayout,
    wanted: Sequence[str] = (),
    *,
    force: bool = False,
    prune: bool = False,
    progress: Progress | None = None,
) -> BuildResult:
    """Bring ``output/`` up to date with the sources for the ``wanted`` documents (all when empty or «all»).

    Raises :class:`MsokoError` with every problem (invalid sources, unknown documents, hand-edited
    outputs without ``force``, a busy project) before anything is written. ``prune`` removes the
    outputs (and manifest entries) of documents whose source was deleted."""
    with project_lock(layout):
        project = valid_project(layout, apart=True)  # the check's rules stay out of the process that renders
        for source in project.mechanism_sources:  # the bulk of a large project; the models stay
            source.release()
        if worker_count(len(project.mechanism_sources)) > 1:  # a large project: its data as it was before compressed
            give_back_freed_memory()
        if layout.output.exists() and not layout.output.is_dir():
            raise MsokoError(
                [
                    Diagnostic.error(
                        Location(layout.display(layout.output)),
                        messages.OUTPUT_NOT_A_FOLDER.format(name=layout.display(layout.output)),
                        code="write",
                    )
                ]
            )
        try:
            return _build(layout, project, wanted, force, prune, progress)
        except OSError as error:
            raise file_system_error(error, layout.display) from None


def _build(
    layout: ProjectLayout,
    project: ProjectSources,
    wanted: Sequence[str],
    force: bool,
    prune: bool,
    progress: Progress | None,
) -> BuildResult:
    planned = plan_targets(project)
    unreadable = [d for d in project.diagnostics if d.is_error]  # the year's data, read by the planner
    if unreadable:
        raise MsokoError(unreadable)
    targets, problems = select_targets(planned, tuple(wanted))
    if problems:
        raise MsokoError(problems)
    manifest = read_manifest(layout)
    decisions = decide(targets, manifest, layout.output, force)
    _raise_conflicts(layout, [d for d in decisions if d.action is Action.CONFLICT])
    staged: list[Staged] = []
    try:
        _render(project, [d for d in decisions if d.action in (Action.BUILD, Action.VERIFY)], progress, staged)
        _raise_conflicts(
            layout, [s.decision for s in staged if s.decision.action is Action.VERIFY and s.temp is not None], manifest
        )
        year = monitoring_year(project)
        keep = _of_another_year(year, orphans := _orphans(layout, manifest, planned))
        orphans = [o for o in orphans if o.document not in {k.document for k in keep}]
        written, backups = write_outputs(layout, staged, manifest, orphans if prune else [], keep)
    finally:
        discard(staged)  # what was not put in place: a failed build leaves output/ as it was
    moved = [Kept(d.target.id, d.on_disk, d.keep_in) for d in decisions if d.keep_in and d.target in written]
    warnings = [d for d in project.diagnostics if not d.is_error] + _manifest_warnings(layout, manifest, orphans, prune)
    notes = year.notes() if year else []
    if targets == planned and not manifest.problem and (layout.output / MANIFEST_NAME).is_file():
        from ..report import format_diagnostic

        fresh.record(
            layout,
            [fresh.FreshDocument(t.id, t.output, t.title) for t in planned],
            [format_diagnostic(w) for w in warnings],
            notes,
        )
    retired = [o.state.path for o in orphans] if prune else []
    return BuildResult(decisions, written, backups, retired, _kept_lines(layout, [*moved, *keep]), warnings, notes)


def _manifest_warnings(
    layout: ProjectLayout, manifest: Manifest, orphans: list[Orphan], prune: bool
) -> list[Diagnostic]:
    warnings = []
    if manifest.problem and manifest.path:
        warnings.append(
            Diagnostic.warning(
                Location(layout.display(manifest.path)),
                messages.MANIFEST_REBUILT.format(problem=manifest.problem),
                code="plan",
            )
        )
    if not prune:
        warnings += [
            Diagnostic.warning(
                Location(layout.display(o.state.path)),
                (messages.YEAR_DOCUMENT_GONE if year_mechanism(o.document) else messages.SOURCE_REMOVED).format(
                    document=o.document
                ),
                code="plan",
            )
            for o in orphans
        ]
    return warnings


def _render(
    project: ProjectSources, decisions: list[Decision], progress: Progress | None, staged: list[Staged]
) -> None:
    """Render the decided documents into ``staged`` (a temporary copy for each that changes)."""
    if not decisions:
        return
    from .render import render_all  # lxml, Jinja, docxtpl: only when something is to be rendered

    for index, (decision, data) in enumerate(zip(decisions, render_all(project, [d.target for d in decisions])), 1):
        if progress:
            progress(index, len(decisions), decision.target)
        staged.append(stage(decision, data))


def _raise_conflicts(layout: ProjectLayout, conflicts: list[Decision], manifest: Manifest | None = None) -> None:
    if not conflicts:
        return
    from . import approvals  # the review loop records them; a conflict names the approved version

    approved = approvals.latest(layout)
    if manifest is not None:  # files the damaged manifest cannot vouch for, and that differ from the build
        reason = messages.FOREIGN_UNVERIFIED.format(
            manifest=layout.display(manifest.path or layout.state), problem=manifest.problem
        )
        conflicts = [Decision(d.target, Action.CONFLICT, reason, d.on_disk, d.owner) for d in conflicts]
    raise MsokoError([not_current(layout, d, approved.get(d.target.id)) for d in conflicts])


def _orphans(layout: ProjectLayout, manifest: Manifest, planned: list[Target]) -> list[Orphan]:
    """Manifest entries of documents the sources no longer describe."""
    known = {t.id for t in planned}
    return [
        Orphan(name, entry, OutputState.read(layout.output / entry.file))
        for name, entry in sorted(manifest.entries.items())
        if name not in known
    ]


def _of_another_year(year: MonitoringYear | None, orphans: list[Orphan]) -> list[Kept]:
    """The outputs no longer made (a letter to an organization not addressed in the new year) of a mechanism whose
    documents are now of another year than theirs: kept in their year's folder with the others of it."""
    now = {code: results.year for code, results in year.results.items()} if year else {}
    found = ((o, made_in(o.entry.inputs), now.get(year_mechanism(o.document) or "")) for o in orphans)
    return [Kept(o.document, o.state, made) for o, made, current in found if made and current and made != current]


def _kept_lines(layout: ProjectLayout, kept: list[Kept]) -> list[str]:
    """What a build says of the documents it kept in their years' folders: a line per year and mechanism."""
    moved = sorted({(k.year, year_mechanism(k.document) or "") for k in kept if k.state.sha256 is not None})
    return [
        messages.YEAR_DOCUMENTS_KEPT.format(year=year, mechanism=code, folder=layout.display(year_folder(layout, year)))
        for year, code in moved
    ]
