"""What is current, what is stale, what is edited by hand: the one query the web app, the review loop and
the CLI ask of the build, so that none of them assembles the plan, the manifest and the decisions itself.

It reads and decides; it never renders or writes (``build`` does, from the same decisions)."""

from __future__ import annotations

from dataclasses import dataclass

from schemas.diagnostics import Diagnostic

from ..errors import MsokoError
from ..project import ProjectLayout
from ..sources.checked import raise_errors
from ..sources.model import ProjectSources
from . import approvals
from .manifest import read_manifest
from .plan import Action, Decision, Target, decide, not_current, plan_targets, select_targets


@dataclass(frozen=True)
class ProjectStatus:
    layout: ProjectLayout
    decisions: list[Decision]
    """One per document asked for, in plan order: what a ``regen`` would do with it now."""
    unknown: list[Diagnostic]
    """Names asked for that name no document."""
    approved: dict[str, approvals.Approval]
    """The latest approval of each document that has one."""

    @property
    def current(self) -> list[Target]:
        """Documents whose output holds exactly what the sources give now."""
        return [d.target for d in self.decisions if d.action is Action.UNCHANGED]

    @property
    def stale(self) -> list[Decision]:
        """Missing, or behind their sources (or not vouched for by the manifest): a ``regen`` makes them."""
        return [d for d in self.decisions if d.stale]

    @property
    def edited(self) -> list[Decision]:
        """Edited by hand since msoko wrote them (or written by someone else): a ``regen`` refuses them."""
        return [d for d in self.decisions if d.action is Action.CONFLICT]

    def problems(self) -> list[Diagnostic]:
        """Why the documents asked for cannot be taken as they are: unknown names, then each one not current."""
        return self.unknown + [
            not_current(self.layout, d, self.approved.get(d.target.id))
            for d in self.decisions
            if d.action is not Action.UNCHANGED
        ]

    def require_current(self) -> list[Target]:
        """The documents asked for, provided each output is exactly what the sources give now (approving,
        comparing, exporting and packing take nothing else); else every reason at once."""
        problems = self.problems()
        if problems:
            raise MsokoError(problems)
        return self.current


def status(project: ProjectSources, wanted: tuple[str, ...] = ()) -> ProjectStatus:
    """The state of every document (or of those ``wanted``: ids, mechanism codes, «msoko», «all»)."""
    layout = project.layout
    if project.profile is None or project.catalog is None:  # no plan without them: said, not asserted
        raise_errors(project)
    targets, unknown = select_targets(plan_targets(project), wanted)
    decisions = decide(targets, read_manifest(layout), layout.output, force=False)
    return ProjectStatus(layout, decisions, unknown, approvals.latest(layout))
