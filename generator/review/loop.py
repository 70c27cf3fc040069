"""The lawyer's review loop over the written outputs: approve them, compare with the approved versions
(redlines and a change log), and gather a dated pack for the legal department.

Every step works on outputs that are current: a document that is out of date or was edited by hand is
named and stops the step, so a lawyer never approves or reviews something the sources do not say."""

from __future__ import annotations

import io
from collections.abc import Callable
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from ..build import approvals
from .changelog import DocumentChanges, changelog_text, compare
from ..docx.reader import read_docx
from .. import messages
from ..messages import review as say
from ..errors import MsokoError
from ..build.manifest import digest
from ..build.plan import Target
from ..build.status import status
from .redline import RedlineJob, make_redlines
from ..sources.model import ProjectSources
from ..build.write import atomic_write, write_if_changed

CHANGES_NAME = "changes.txt"


def approve(
    project: ProjectSources, wanted: tuple[str, ...], by: str, now: datetime
) -> tuple[list[approvals.Approval], list[Target]]:
    """Record the current outputs as approved; returns the new approvals and the already approved ones."""
    layout = project.layout
    previous = approvals.latest(layout)
    moment = now.astimezone(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    new, unchanged = [], []
    for target in status(project, wanted).require_current():
        data = (layout.output / target.output).read_bytes()
        approval = approvals.Approval(target.id, target.output, digest(data), by, moment)
        if previous.get(target.id) and previous[target.id].sha256 == approval.sha256:
            unchanged.append(target)
        else:
            new.append((approval, data))
    approvals.record(layout, new)
    return [approval for approval, _ in new], unchanged


@dataclass
class DiffReport:
    changelog: Path
    changed: list[tuple[Target, approvals.Approval, Path, DocumentChanges]] = field(default_factory=list)
    same: list[Target] = field(default_factory=list)
    unapproved: list[Target] = field(default_factory=list)


def diff(
    project: ProjectSources, wanted: tuple[str, ...], progress: Callable[[str], None] = lambda text: None
) -> DiffReport:
    return compare_outputs(project, status(project, wanted).require_current(), progress)


def compare_outputs(
    project: ProjectSources, targets: list[Target], progress: Callable[[str], None] = lambda text: None
) -> DiffReport:
    """Redlines and the change log for ``targets``, outputs already known to be current."""
    layout = project.layout
    approved = approvals.latest(layout)
    if not approved:
        raise MsokoError(
            [Diagnostic.error(Location(layout.display(layout.approved_dir)), messages.NOTHING_APPROVED, code="diff")]
        )
    report = DiffReport(layout.redlines / CHANGES_NAME)
    jobs, documents = [], []
    author = project.valid_profile.model.review.author
    for target in targets:
        approval = approved.get(target.id)
        if approval is None:
            report.unapproved.append(target)
            continue
        current = (layout.output / target.output).read_bytes()
        if digest(current) == approval.sha256:
            report.same.append(target)
            continue
        original = approvals.snapshot(layout, approval)
        jobs.append(RedlineJob(target.id, original, current, author, approval.moment))
        changes = DocumentChanges(target.id, target.title, compare(read_docx(original), read_docx(current)))
        documents.append((target, approval, changes))
    redlines = make_redlines(layout, jobs, progress)
    report.changed = [(t, a, redlines[t.id], c) for t, a, c in documents]
    write_if_changed(
        report.changelog,
        changelog_text([c for *_, c in report.changed], _header(project, report), _footer(report)).encode(),
    )
    return report


def _header(project: ProjectSources, report: DiffReport) -> list[str]:
    lines = [f"{project.valid_profile.model.authority.full_name}."]
    if not report.changed:
        return lines + [say.NOTHING_CHANGED]
    lines.append(say.COMPARED)
    lines += [
        say.COMPARED_DOCUMENT.format(document=t.id, day=a.day, by=a.by, redline=path.name)
        for t, a, path, _ in report.changed
    ]
    return lines


def _footer(report: DiffReport) -> list[str]:
    lines = [say.SAME.format(count=len(report.same))]
    if report.unapproved:
        lines.append(say.UNAPPROVED.format(documents=", ".join(t.id for t in report.unapproved)))
    return lines


@dataclass(frozen=True)
class PackMember:
    name: str
    data: bytes
    description: str


def pack(
    project: ProjectSources, targets: list[Target], day: date, check_report: str, evaluation_report: str
) -> tuple[Path, int]:
    """The dated archive for the legal department; ``targets`` are current and have their PDF copies.

    Returns the archive and how many files it holds."""
    layout = project.layout
    members = [PackMember(f"DOCX/{t.output}", (layout.output / t.output).read_bytes(), t.title) for t in targets]
    for target in targets:
        pdf = layout.pdf / f"{Path(target.output).stem}.pdf"
        members.append(PackMember(f"PDF/{pdf.name}", pdf.read_bytes(), f"{target.title}, PDF"))
    if approvals.latest(layout):
        report = compare_outputs(project, targets)
        members += [
            PackMember(
                say.PACK_REDLINE.format(name=path.name),
                path.read_bytes(),
                say.PACK_REDLINE_DESCRIPTION.format(title=t.title, day=a.day),
            )
            for t, a, path, _ in report.changed
        ]
        members.append(PackMember(say.PACK_CHANGELOG, report.changelog.read_bytes(), say.PACK_CHANGELOG_DESCRIPTION))
    members.append(PackMember(say.PACK_CHECK, (check_report + "\n").encode(), say.PACK_CHECK_DESCRIPTION))
    members.append(
        PackMember(say.PACK_EVALUATION, (evaluation_report + "\n").encode(), say.PACK_EVALUATION_DESCRIPTION)
    )
    inventory = [say.PACK_INVENTORY_TITLE, say.PACK_INVENTORY_SUBTITLE.format(day=f"{day:%d.%m.%Y}"), ""]
    inventory += [f"{m.name} — {m.description}" for m in sorted(members, key=lambda m: m.name)]
    members.append(
        PackMember(say.PACK_INVENTORY, ("\n".join(inventory) + "\n").encode(), say.PACK_INVENTORY_DESCRIPTION)
    )
    archive = layout.output / "pack" / f"msoko-{day:%Y-%m-%d}.zip"
    atomic_write(archive, _zip(members, day))
    return archive, len(members)


def _zip(members: list[PackMember], day: date) -> bytes:
    """Entries sorted and dated ``day``, so that the same members give the same archive."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in sorted(members, key=lambda m: m.name):
            info = zipfile.ZipInfo(member.name, date_time=(day.year, day.month, day.day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, member.data)
    return buffer.getvalue()
