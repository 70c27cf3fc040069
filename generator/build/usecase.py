"""The build use case: validate → plan → render → write, the one entry point of the CLI and the web app.

It holds the project lock for its whole run, reports progress through a callback and returns what it
did; it never prints."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from schemas.diagnostics import Diagnostic

from ..errors import MsokoError
from .plan import Action, Decision, Target, decide, not_current, plan_targets, read_manifest, select_targets
from ..project import ProjectLayout
from ..sources.checked import valid_project
from .write import write_outputs
from .lock import project_lock

Progress = Callable[[int, int, Target], None]
"""Called before each document is rendered: (its number from 1, how many will be rendered, the target)."""


@dataclass
class BuildResult:
    """What one build did, for the CLI to print and the web app to show."""

    decisions: list[Decision]
    """Every selected document with what was decided and why (``Decision.reason``), in plan order."""
    written: list[Target] = field(default_factory=list)
    """Documents whose file got new bytes."""
    backups: list[Path] = field(default_factory=list)
    """Copies of hand-edited files replaced under ``force``."""
    warnings: list[Diagnostic] = field(default_factory=list)

    @property
    def unchanged(self) -> list[Target]:
        return [d.target for d in self.decisions if d.target not in self.written]


def build(layout: ProjectLayout, wanted: Sequence[str] = (), *, force: bool = False,
          progress: Progress | None = None) -> BuildResult:
    """Bring ``output/`` up to date with the sources for the ``wanted`` documents (all when empty or «all»).

    Raises :class:`MsokoError` with every problem (invalid sources, unknown documents, hand-edited
    outputs without ``force``, a busy project) before anything is written."""
    with project_lock(layout):
        project = valid_project(layout)
        targets, problems = select_targets(plan_targets(project), tuple(wanted))
        if problems:
            raise MsokoError(problems)
        manifest = read_manifest(layout)
        decisions = decide(targets, manifest, layout.output, force)
        conflicts = [d for d in decisions if d.action is Action.CONFLICT]
        if conflicts:
            from ..review import approvals  # the review loop builds on this stage; only a conflict looks back

            approved = approvals.latest(layout)
            raise MsokoError([not_current(layout, d, approved.get(d.target.id)) for d in conflicts])
        to_build = [d for d in decisions if d.action is Action.BUILD]
        rendered: list[bytes] = []
        if to_build:
            from .render import render_all  # lxml, Jinja, docxtpl: only when something is to be rendered

            report = progress or (lambda index, total, target: None)
            rendered = render_all(project, [d.target for d in to_build],
                                  progress=lambda index, target: report(index, len(to_build), target))
        written, backups = write_outputs(layout, list(zip(to_build, rendered)), manifest)
        return BuildResult(decisions, written, backups, [d for d in project.diagnostics if not d.is_error])
