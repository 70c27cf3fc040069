"""``msoko collect`` and ``msoko results``: the monitoring year's data, out to the organizations and back."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from ..messages import cli as say
from ..project import ProjectLayout
from .commands import FORMAT_OPTION, main
from .shell import user_errors

YEAR = click.IntRange(2000, 2100)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a year's 10⁵ values are read and computed: they make no cycles, and the
    collector, woken by every few hundred of them, would walk the whole project each time (a fifth of the work).
    Switched back on after, since the CLI's tests run the commands inside pytest's own process."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@main.command(help=say.HELP_COLLECT)
@click.argument("arguments", nargs=-1, required=True, metavar=say.COLLECT_METAVAR)
@click.option("--year", type=YEAR, default=None, metavar=say.YEAR_METAVAR, help=say.HELP_COLLECT_YEAR)
@click.option("--force", is_flag=True, help=say.HELP_COLLECT_FORCE)
@FORMAT_OPTION
@click.pass_obj
@user_errors
def collect(
    layout: ProjectLayout, arguments: tuple[str, ...], year: int | None, force: bool, output_format: str
) -> None:
    if arguments[0] == "forms":
        _forms(layout, arguments[1:], year, force, output_format)
    else:
        _collect(layout, [Path(argument) for argument in arguments], year, output_format)


def _forms(layout: ProjectLayout, codes: tuple[str, ...], year: int | None, force: bool, output_format: str) -> None:
    from schemas.diagnostics import Diagnostic, Location

    from ..collection.usecase import issue_forms
    from ..errors import MsokoError
    from ..messages.monitoring import YEAR_REQUIRED
    from ..report import diagnostics_json

    if year is None:
        raise MsokoError([Diagnostic.error(Location("--year", 0, 0), YEAR_REQUIRED, code="forms")])
    issued = issue_forms(layout, codes, year, force)
    if output_format == "json":
        click.echo(
            diagnostics_json(
                [],
                forms=[
                    {"mechanism": f.mechanism, "file": layout.display(f.path), "rows": f.rows, "written": f.written}
                    for f in issued
                ],
            )
        )
        return
    for form in issued:
        click.echo(
            say.WORKBOOK_ISSUED.format(
                state=say.WORKBOOK_WRITTEN if form.written else say.UNCHANGED,
                path=layout.display(form.path),
                mechanism=form.mechanism,
                rows=form.rows,
            )
        )
        if form.backup:
            click.echo(say.WORKBOOK_BACKUP.format(path=layout.display(form.backup)))
    click.echo(say.FORMS_TOTAL.format(workbooks=len(issued), written=sum(f.written for f in issued)))


def _collect(layout: ProjectLayout, files: list[Path], year: int | None, output_format: str) -> None:
    from ..collection.usecase import collect_files
    from ..report import diagnostics_json

    with collector_paused():
        collected = collect_files(layout, files, year)
    if output_format == "json":
        click.echo(
            diagnostics_json(
                [],
                uploads=[
                    {
                        "file": u.file,
                        "mechanism": u.mechanism,
                        "year": u.year,
                        "organizations": list(u.filled),
                        "empty": list(u.empty),
                        "breakdown": {"indicators": list(u.broken_down), "organizations": u.broken_down_rows},
                    }
                    for u in collected.uploads
                ],
                stored=[
                    {
                        "file": layout.display(s.path),
                        "mechanism": s.mechanism,
                        "year": s.year,
                        "organizations": list(s.organizations),
                        "changed": s.changed,
                        "changes": [
                            {
                                "organization": c.key,
                                "indicator": c.code,
                                "part": c.part,
                                "before": c.before,
                                "after": c.after,
                            }
                            for c in s.changes
                        ],
                    }
                    for s in collected.stored
                ],
            )
        )
        return
    for upload in collected.uploads:
        click.echo(
            say.WORKBOOK_ACCEPTED.format(
                file=upload.file,
                mechanism=upload.mechanism,
                year=upload.year,
                rows=len(upload.filled),
                empty=len(upload.empty),
                breakdown=say.WORKBOOK_BREAKDOWN.format(words=words) if (words := upload.breakdown_words()) else "",
            )
        )
    for stored in collected.stored:
        click.echo(
            say.FILE_STATE.format(
                state=say.WRITTEN if stored.changed else say.UNCHANGED, path=layout.display(stored.path)
            )
        )
        if stored.backup:
            click.echo(say.DATA_BACKUP.format(path=layout.display(stored.backup)))
    click.echo(
        say.COLLECT_TOTAL.format(workbooks=len(collected.uploads), written=sum(s.changed for s in collected.stored))
    )


@main.command(help=say.HELP_RESULTS)
@click.argument("mechanisms", nargs=-1, metavar=say.MECHANISMS_METAVAR)
@click.option("--year", type=YEAR, default=None, metavar=say.YEAR_METAVAR, help=say.HELP_RESULTS_YEAR)
@FORMAT_OPTION
@click.pass_obj
@user_errors
def results(layout: ProjectLayout, mechanisms: tuple[str, ...], year: int | None, output_format: str) -> None:
    from schemas.diagnostics import Diagnostic, Location

    from ..errors import MsokoError
    from ..monitoring.load import monitoring_sources, year_results
    from ..messages.monitoring import NO_DATA_YEAR, UNKNOWN_ROWS
    from ..monitoring.store import stored_years
    from ..monitoring.summary import results_json, results_text
    from ..report import format_diagnostic

    years = stored_years(layout)
    if year is None and not years:
        raise MsokoError(
            [Diagnostic.error(Location(layout.display(layout.data_dir), 0, 0), NO_DATA_YEAR, code="results")]
        )
    with collector_paused():
        found, problems = year_results(monitoring_sources(layout), year or years[-1], mechanisms)
    if any(problem.is_error for problem in problems):
        raise MsokoError(problems)
    click.echo(results_json(found) if output_format == "json" else results_text(found))
    for mechanism in found:
        if mechanism.unknown:
            warning = Diagnostic.warning(
                Location(layout.display(layout.data_dir), 0, 0),
                UNKNOWN_ROWS.format(keys=", ".join(mechanism.unknown)),
                code="results",
            )
            click.echo(format_diagnostic(warning), err=True)
