"""Everything the web app changes on disk goes through here, one writer at a time: saving a source, a new
Положение, a rebuild, an approval, the comparison with approved versions and the lawyers' pack.

The steps are the CLI's own (plan, render, write_outputs, review); this module only sequences them for
a page and holds the writer lock, so that the switch to the engine's build use case and project lock is
a change here and nowhere else."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator

from schemas.diagnostics import Diagnostic, Location

from .. import approvals, messages
from ..completeness import check_completeness
from ..consistency import check_consistency
from ..errors import MsokoError
from ..plan import Action, Decision, decide, digest, not_current, plan_targets, read_manifest
from ..project import ProjectLayout
from ..report import check_text, evaluation_text
from ..scaffold import planned_regulation
from ..validate import ProjectSources, load_project
from ..write import atomic_write, write_outputs

_WRITER = threading.Lock()


class Busy(Exception):
    """Another change is being written; the user is asked to try again."""


@contextmanager
def one_writer() -> Iterator[None]:
    if not _WRITER.acquire(timeout=30):
        raise Busy(messages.WEB_BUSY)
    try:
        yield
    finally:
        _WRITER.release()


def checked_project(layout: ProjectLayout) -> tuple[ProjectSources, list]:
    """The sources as ``msoko check`` sees them: validated, complete or not, cross-checked."""
    project = load_project(layout)
    coverage = []
    if project.profile and project.catalog:
        coverage = check_completeness(project)
        project.diagnostics.extend(check_consistency(project))
    return project, coverage


def valid_project(layout: ProjectLayout) -> ProjectSources:
    project, _ = checked_project(layout)
    errors = [d for d in project.diagnostics if d.is_error]
    if errors or project.profile is None or project.catalog is None:
        raise MsokoError(errors or project.diagnostics)
    return project


def save_source(path: Path, text: str, opened_digest: str, display: str) -> None:
    """Write an edited source unless it changed on disk since the form was opened."""
    with one_writer():
        current = digest(path.read_bytes()) if path.exists() else ""
        if current != opened_digest:
            raise MsokoError([Diagnostic.error(Location(display), messages.WEB_CHANGED_ON_DISK, code="web")])
        atomic_write(path, text.encode("utf-8"))


def create_regulation(layout: ProjectLayout, code: str) -> Path:
    """What ``msoko new`` writes: the scaffold of a Положение for a catalog mechanism without one."""
    with one_writer():
        target, text = planned_regulation(load_project(layout), code)
        atomic_write(target, text.encode())
    return target


@dataclass
class BuildJob:
    """A rebuild running in the background; the page polls it for progress."""

    total: int = 0
    done: int = 0
    current: str = ""
    finished: bool = False
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    backups: list[str] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)


def rebuild(layout: ProjectLayout, force: bool, job: BuildJob) -> None:
    """``msoko regen all`` (``--force`` when asked), reporting progress into ``job``."""
    try:
        with one_writer():
            project = valid_project(layout)
            decisions = decide(plan_targets(project), read_manifest(layout), layout.output, force)
            conflicts = [d for d in decisions if d.action is Action.CONFLICT]
            if conflicts:
                approved = approvals.latest(layout)
                raise MsokoError([not_current(layout, d, approved.get(d.target.id)) for d in conflicts])
            to_build = [d.target for d in decisions if d.action is Action.BUILD]
            job.total = len(to_build)
            rendered = []
            if to_build:
                from ..render import render_all

                rendered = render_all(project, to_build, progress=lambda index, target: _advance(job, index, target.title))
            written, backups = write_outputs(layout, rendered, read_manifest(layout))
            job.written = [target.title for target in written]
            job.unchanged = len(decisions) - len(written)
            job.backups = [layout.display(backup) for backup in backups]
    except MsokoError as error:
        job.problems = error.diagnostics
    except Busy as busy:
        job.problems = [Diagnostic.error(Location(layout.display(layout.output)), str(busy), code="web")]
    finally:
        job.done = job.total
        job.finished = True


def _advance(job: BuildJob, index: int, title: str) -> None:
    job.done = index - 1
    job.current = title


def document_decisions(project: ProjectSources) -> list[Decision]:
    layout = project.layout
    return decide(plan_targets(project), read_manifest(layout), layout.output, force=False)


def approve(layout: ProjectLayout, approver: str) -> tuple[list[approvals.Approval], list]:
    from ..review import approve as record_approval

    if not approver.strip():
        raise MsokoError([Diagnostic.error(Location(layout.display(layout.approved_dir)), messages.WEB_APPROVER_MISSING,
                                           code="web")])
    with one_writer():
        return record_approval(valid_project(layout), (), approver.strip(), datetime.now(timezone.utc))


def compare_with_approved(layout: ProjectLayout):
    """Redlines in output/redlines/ and the change log, as ``msoko diff``."""
    from ..review import diff

    with one_writer():
        return diff(valid_project(layout), ())


def make_pack(layout: ProjectLayout) -> Path:
    """The dated archive for the legal department, as ``msoko pack``."""
    from ..evaluate import evaluate
    from ..pdf import export_pdfs
    from ..review import current_outputs, pack

    with one_writer():
        project, coverage = checked_project(layout)
        authority = project.profile.model.authority.full_name if project.profile else ""
        report = check_text(authority, coverage, project.catalog.model.title if project.catalog else "",
                            project.diagnostics)
        project = valid_project(layout)
        targets = current_outputs(project, ())
        export_pdfs(layout, [t.output for t in targets])
        archive, _ = pack(project, targets, date.today(), report, evaluation_text(evaluate(project)))
    return archive
