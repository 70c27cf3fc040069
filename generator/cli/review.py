"""``msoko approve``, ``diff``, ``pdf`` and ``pack``: the review loop, from an approved version to the lawyer's pack."""

from __future__ import annotations

import click

from ..messages import cli as say
from ..project import ProjectLayout
from .commands import FORMAT_OPTION, main
from .shell import check_report, export_pdfs_echoed, progress_printer, user_errors


@main.command(help=say.HELP_APPROVE)
@click.argument("documents", nargs=-1, metavar=say.DOCUMENTS_METAVAR)
@click.option("--by", "approver", required=True, metavar=say.NAME_METAVAR, help=say.HELP_APPROVER)
@FORMAT_OPTION
@click.pass_obj
@user_errors
def approve(layout: ProjectLayout, documents: tuple[str, ...], approver: str, output_format: str) -> None:
    from datetime import datetime, timezone

    from ..build import project_lock
    from ..report import diagnostics_json
    from ..review.loop import approve as record_approval
    from ..sources.checked import valid_project

    with project_lock(layout):
        approved, unchanged = record_approval(valid_project(layout), documents, approver, datetime.now(timezone.utc))
    if output_format == "json":
        click.echo(diagnostics_json([], approved=[a.document for a in approved], unchanged=[t.id for t in unchanged]))
        return
    for approval in approved:
        click.echo(say.APPROVED.format(document=approval.document, file=approval.file, sha256=approval.sha256[:12]))
    for target in unchanged:
        click.echo(say.ALREADY_APPROVED.format(document=target.id))
    click.echo(
        say.APPROVE_TOTAL.format(
            approved=len(approved), unchanged=len(unchanged), folder=layout.display(layout.approved_dir)
        )
    )


@main.command(help=say.HELP_DIFF)
@click.argument("documents", nargs=-1, metavar=say.DOCUMENTS_METAVAR)
@FORMAT_OPTION
@click.pass_obj
@user_errors
def diff(layout: ProjectLayout, documents: tuple[str, ...], output_format: str) -> None:
    from ..build import project_lock
    from ..report import diagnostics_json
    from ..review.loop import diff as compare_with_approved
    from ..sources.checked import valid_project

    with project_lock(layout):
        report = compare_with_approved(valid_project(layout), documents, progress_printer(output_format))
    if output_format == "json":
        click.echo(
            diagnostics_json(
                [],
                changed=[
                    {
                        "document": t.id,
                        "redline": layout.display(path),
                        "approved_at": a.at,
                        "changes": [{"where": c.where, "details": c.details} for c in changes.changes],
                    }
                    for t, a, path, changes in report.changed
                ],
                same=[t.id for t in report.same],
                unapproved=[t.id for t in report.unapproved],
                changelog=layout.display(report.changelog),
            )
        )
        return
    click.echo(report.changelog.read_text(encoding="utf-8"))
    for _, _, path, _ in report.changed:
        click.echo(say.REDLINE_WRITTEN.format(path=layout.display(path)))
    click.echo(say.CHANGELOG_WRITTEN.format(path=layout.display(report.changelog)))


@main.command(help=say.HELP_PDF)
@click.argument("documents", nargs=-1, metavar=say.DOCUMENTS_METAVAR)
@FORMAT_OPTION
@click.pass_obj
@user_errors
def pdf(layout: ProjectLayout, documents: tuple[str, ...], output_format: str) -> None:
    from ..build import project_lock
    from ..build.fresh import unchanged as proven_current

    with project_lock(layout):
        fresh = proven_current(layout)
        chosen = fresh.chosen(documents) if fresh else None
        targets = _checked_current(layout, documents) if chosen is None else chosen
        converted, unchanged = export_pdfs_echoed(layout, targets, quiet=output_format == "json")
    if output_format == "json":
        from ..report import (
            diagnostics_json,
        )  # only here: its imports (the sources' models) took most of the command's own time

        click.echo(
            diagnostics_json(
                [], written=[layout.display(p) for p in converted], unchanged=[layout.display(p) for p in unchanged]
            )
        )


def _checked_current(layout: ProjectLayout, documents: tuple[str, ...]):
    """The documents asked for, each current, where the last full build does not prove it: the sources checked,
    each document's state read."""
    from ..build.status import status
    from ..sources.checked import valid_project

    return status(valid_project(layout), documents).require_current()


@main.command(help=say.HELP_PACK)
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d", "%d.%m.%Y"]), default=None, help=say.HELP_PACK_DATE)
@click.pass_obj
@user_errors
def pack(layout: ProjectLayout, day) -> None:
    from datetime import date

    from ..build import project_lock
    from ..evaluation.evaluate import evaluate as score
    from ..report import evaluation_text
    from ..build.status import status
    from ..review.loop import pack as write_pack
    from ..russian import count_phrase
    from ..sources.checked import check_project, raise_errors

    with project_lock(layout):
        project, coverage = check_project(layout)
        report = check_report(project, coverage)
        raise_errors(project)
        targets = status(project).require_current()
        export_pdfs_echoed(layout, targets)
        archive, count = write_pack(
            project, targets, day.date() if day else date.today(), report, evaluation_text(score(project))
        )
    click.echo(say.PACK_WRITTEN.format(path=layout.display(archive), files=count_phrase(count, say.FILE_NOUN)))
