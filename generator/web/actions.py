"""Everything the web app changes on disk goes through here, under the project lock the CLI holds
(``project_lock``), so a page and a command never write at once: saving a source, a new Положение, the
build use case, an approval, the comparison with approved versions and the lawyers' pack."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from schemas.diagnostics import Diagnostic, Location

from ..messages import web as say
from ..build import build, project_lock
from ..build.manifest import digest
from ..build.plan import Decision, Target
from ..build.status import status
from ..build.write import atomic_write
from ..errors import MsokoError, file_system_error
from ..project import ProjectLayout
from ..report import check_text, evaluation_text
from ..build import approvals
from ..sources.checked import check_project, raise_errors, valid_project
from ..sources.model import ProjectSources

checked_project = check_project
"""The sources as ``msoko check`` sees them: validated, complete or not, cross-checked."""


def save_source(
    layout: ProjectLayout,
    path: Path,
    text: str,
    opened_digest: str,
    display: str,
    companions: dict[Path, str] | None = None,
) -> None:
    """Write an edited source (and the ``companions`` the same save rewrites: the approving act, the roadmap)
    unless it changed on disk since the form was opened."""
    with project_lock(layout):
        current = digest(path.read_bytes()) if path.exists() else ""
        if current != opened_digest:
            raise MsokoError([Diagnostic.error(Location(display), say.CHANGED_ON_DISK, code="web")])
        try:
            for other, written in (companions or {}).items():
                atomic_write(other, written.encode("utf-8"))
            atomic_write(path, text.encode("utf-8"))
        except OSError as error:  # a full disk, a folder without permission: said at the form, the text kept
            raise file_system_error(error, layout.display) from None


@dataclass
class BuildJob:
    """A rebuild running in the background; the page polls it for progress."""

    total: int = 0
    done: int = 0
    current: str = ""
    finished: bool = False
    written: list[tuple[str, str]] = field(default_factory=list)
    """(identifier, title) of each document written."""
    unchanged: int = 0
    backups: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    """What the build says of a year's documents it kept in the year's folder of output/."""
    problems: list[Diagnostic] = field(default_factory=list)
    back: str = ""
    """The page of this server the rebuild was started from (a path), to go back to; "" from the overview."""


def rebuild(layout: ProjectLayout, force: bool, job: BuildJob) -> None:
    """The build use case of ``msoko regen all`` (``--force`` when asked), reporting into ``job``.

    It runs in a fresh process of its own: the web app serves requests on threads, and only a process with
    a single thread may fork the workers that render on every core, as ``regen`` does."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_build_for_web, args=(layout, force, sending))  # not a daemon: it forks workers
    child.start()
    sending.close()  # the child holds the only writing end: its exit ends the reading
    try:
        while not job.finished:
            _follow(job, receiving.recv())
    except EOFError:
        job.problems = [Diagnostic.error(Location(layout.display(layout.output)), say.BUILD_LOST, code="web")]
    finally:
        receiving.close()
        child.join()
        job.done = job.total
        job.finished = True


def _follow(job: BuildJob, message: tuple[str, Any]) -> None:
    kind, payload = message
    if kind == "progress":
        job.total, job.done, job.current = payload
    elif kind == "result":
        job.written, job.unchanged, job.backups, job.kept = payload
        job.finished = True
    else:
        job.problems = payload
        job.finished = True


def _build_for_web(layout: ProjectLayout, force: bool, report: Connection) -> None:
    """In the build's own process: the build, its progress and its outcome sent back as plain data."""

    def advance(index: int, total: int, target: Target) -> None:
        report.send(("progress", (total, index - 1, target.title)))

    try:
        result = build(layout, force=force, progress=advance)
        report.send(
            (
                "result",
                (
                    [(target.id, target.title) for target in result.written],
                    len(result.unchanged),
                    [layout.display(backup) for backup in result.backups],
                    result.kept,
                ),
            )
        )
    except MsokoError as error:
        report.send(("problems", error.diagnostics))
    finally:
        report.close()


def document_decisions(project: ProjectSources) -> list[Decision]:
    return status(project).decisions


def approve(
    layout: ProjectLayout, approver: str, chosen: tuple[str, ...], confirmed: bool
) -> tuple[list[approvals.Approval], list[Target]]:
    """Record the ``chosen`` documents as approved by ``approver``, once the user has confirmed."""
    from ..review.loop import approve as record_approval

    refusals = [
        text
        for text, wrong in (
            (say.APPROVER_MISSING, not approver.strip()),
            (say.NOTHING_CHOSEN, not chosen),
            (say.NOT_CONFIRMED, not confirmed),
        )
        if wrong
    ]
    if refusals:
        raise MsokoError(
            [Diagnostic.error(Location(layout.display(layout.approved_dir)), text, code="web") for text in refusals]
        )
    with project_lock(layout):
        return record_approval(valid_project(layout), chosen, approver.strip(), datetime.now(timezone.utc))


def compare_with_approved(layout: ProjectLayout):
    """Redlines in output/redlines/ and the change log, as ``msoko diff``."""
    from ..review.loop import diff

    with project_lock(layout):
        return diff(valid_project(layout), ())


def make_pack(layout: ProjectLayout) -> Path:
    """The dated archive for the legal department, as ``msoko pack``."""
    from ..evaluation.evaluate import evaluate
    from ..review.loop import pack
    from ..review.pdf import export_pdfs

    with project_lock(layout):
        project, coverage = check_project(layout)
        authority = project.profile.model.authority.full_name if project.profile else ""
        report = check_text(
            authority, coverage, project.catalog.model.title if project.catalog else "", project.diagnostics
        )
        raise_errors(project)
        targets = status(project).require_current()
        export_pdfs(layout, [t.output for t in targets])
        archive, _ = pack(project, targets, date.today(), report, evaluation_text(evaluate(project)))
    return archive
