"""The ``msoko`` command: a thin layer over the pipeline stages."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import __version__, messages
from ..messages import cli as say
from . import ru as cli_ru
from ..project import ProjectLayout
from .shell import (  # noqa: F401 (tests import project_first here)
    Command,
    Group,
    check_report,
    export_pdfs_echoed,
    progress_printer,
    project_first,
    user_errors,
)

if TYPE_CHECKING:
    from ..build import BuildResult

# Each command imports the pipeline stages it needs (pydantic, lxml, Jinja, pymorphy3) inside itself,
# so that «msoko --help» and a mistyped option cost little more than starting Python.

cli_ru.install()
CONTEXT = {"help_option_names": ["-h", "--help"]}
FORMAT_OPTION = click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help=say.HELP_FORMAT,
)


@click.group(
    cls=Group,
    context_settings=CONTEXT,
    options_metavar=say.OPTIONS_METAVAR,
    subcommand_metavar=say.COMMAND_METAVAR,
    help=say.HELP_MSOKO,
)
@click.version_option(__version__, "-V", "--version", message="msoko %(version)s")
@click.option(
    "--project",
    "project_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=".",
    show_default=True,
    help=say.HELP_PROJECT,
)
@click.pass_context
def main(ctx: click.Context, project_dir: Path) -> None:
    ctx.obj = ProjectLayout(project_dir.resolve())


main.command_class = Command


@main.command(help=say.HELP_CHECK)
@FORMAT_OPTION
@click.option("--strict", is_flag=True, help=say.HELP_STRICT)
@click.pass_obj
@user_errors
def check(layout: ProjectLayout, output_format: str, strict: bool) -> None:
    from ..report import coverage_json, diagnostics_json
    from ..sources.checked import check_project

    project, coverage = check_project(layout)
    diagnostics = project.diagnostics
    failed = project.has_errors or (strict and bool(diagnostics))
    if output_format == "json":
        click.echo(diagnostics_json(diagnostics, coverage=coverage_json(coverage)))
    else:
        click.echo(check_report(project, coverage))
    sys.exit(1 if failed else 0)


@main.command(help=say.HELP_NEW)
@click.argument("mechanism", metavar=say.MECHANISM_METAVAR)
@FORMAT_OPTION
@click.pass_obj
@user_errors
def new(layout: ProjectLayout, mechanism: str, output_format: str) -> None:
    from ..build import project_lock
    from ..build.write import atomic_write
    from ..sources.checked import raise_errors
    from ..sources.scaffold import planned_regulation
    from ..sources.validate import load_project

    with project_lock(layout):
        target, text = planned_regulation(raise_errors(load_project(layout), only_profile=True), mechanism)
        atomic_write(target, text.encode())
    click.echo(say.CREATED.format(path=layout.display(target)))


@main.command(help=say.HELP_SCHEMA)
@click.option(
    "--output",
    "output_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help=say.HELP_SCHEMA_OUTPUT,
)
@click.pass_obj
@user_errors
def schema(layout: ProjectLayout, output_dir: Path | None) -> None:
    from ..build import project_lock
    from ..build.write import write_if_changed
    from ..sources.jsonschema import render_schemas

    target = output_dir or layout.schema_dir
    with project_lock(layout):
        for name, data in render_schemas().items():
            changed = write_if_changed(target / name, data)
            click.echo(
                say.FILE_STATE.format(
                    state=say.WRITTEN if changed else say.UNCHANGED, path=layout.display(target / name)
                )
            )


@main.command(help=say.HELP_REGEN)
@click.argument("documents", nargs=-1, metavar=say.DOCUMENTS_METAVAR)
@click.option("--force", is_flag=True, help=say.HELP_FORCE)
@click.option("--prune", is_flag=True, help=say.HELP_PRUNE)
@click.option("-v", "--verbose", is_flag=True, help=say.HELP_VERBOSE)
@click.option("--pdf", "with_pdf", is_flag=True, help=say.HELP_WITH_PDF)
@FORMAT_OPTION
@click.pass_obj
@user_errors
def regen(
    layout: ProjectLayout,
    documents: tuple[str, ...],
    force: bool,
    prune: bool,
    verbose: bool,
    with_pdf: bool,
    output_format: str,
) -> None:
    from ..build import project_lock

    if not (force or prune or with_pdf) and output_format == "text" and set(documents) <= {"all"}:
        from ..build.fresh import unchanged

        with project_lock(layout):
            fresh = unchanged(layout)
        if fresh is not None:  # proven current: no sources loaded, nothing rendered
            for document in fresh.documents:
                _echo_document(layout, document.output, False, messages.REASON_UNCHANGED, verbose)
            _echo_rest(layout, [], [], fresh.warnings, fresh.notes, 0, len(fresh.documents))
            return
    from ..build import build

    echo = (lambda text: None) if output_format == "json" else click.echo
    with project_lock(layout):
        result = build(
            layout,
            documents,
            force=force,
            prune=prune,
            progress=lambda index, total, target: echo(
                say.BUILD_PROGRESS.format(index=index, total=total, document=target.id, title=target.title)
            ),
        )
        pdfs = (
            export_pdfs_echoed(layout, [d.target for d in result.decisions], quiet=output_format == "json")[0]
            if with_pdf
            else []
        )
    _print_build(layout, result, verbose, output_format, pdfs)


def _print_build(
    layout: ProjectLayout, result: BuildResult, verbose: bool, output_format: str, pdfs: list[Path]
) -> None:
    from ..report import diagnostics_json, format_diagnostic

    if output_format == "json":
        click.echo(
            diagnostics_json(
                result.warnings,
                written=[t.output for t in result.written],
                unchanged=[t.output for t in result.unchanged],
                backups=[layout.display(b) for b in result.backups],
                retired=[layout.display(r) for r in result.retired],
                kept=result.kept,
                pdf=[layout.display(p) for p in pdfs],
                notes=result.notes,
            )
        )
        return
    for decision in result.decisions:
        _echo_document(layout, decision.target.output, result.is_written(decision.target), decision.reason, verbose)
    for line in result.kept:
        click.echo(say.BUILD_NOTE.format(note=line[:1].upper() + line[1:]))
    _echo_rest(
        layout,
        result.retired,
        result.backups,
        [format_diagnostic(w) for w in result.warnings],
        result.notes,
        len(result.written),
        len(result.unchanged),
    )


def _echo_document(layout: ProjectLayout, output: str, written: bool, reason: str, verbose: bool) -> None:
    line = say.FILE_STATE.format(
        state=say.WRITTEN if written else say.UNCHANGED, path=layout.display(layout.output / output)
    )
    click.echo(say.WITH_REASON.format(line=line, reason=reason) if verbose else line)


def _echo_rest(
    layout: ProjectLayout,
    retired: list[Path],
    backups: list[Path],
    warnings: list[str],
    notes: list[str],
    written: int,
    unchanged: int,
) -> None:
    for path in retired:
        click.echo(say.RETIRED.format(path=layout.display(path)))
    for backup in backups:
        click.echo(say.BACKUP.format(path=layout.display(backup)))
    for warning in warnings:
        click.echo(warning, err=True)
    for note in notes:
        click.echo(say.BUILD_NOTE.format(note=note[:1].upper() + note[1:]))
    click.echo(say.BUILD_TOTAL.format(written=written, unchanged=unchanged))


@main.command(help=say.HELP_EVALUATE)
@FORMAT_OPTION
@click.pass_obj
@user_errors
def evaluate(layout: ProjectLayout, output_format: str) -> None:
    from ..evaluation.evaluate import evaluate as score
    from ..report import evaluation_json, evaluation_text
    from ..sources.checked import raise_errors
    from ..sources.validate import load_project

    # Completeness gaps are what lower the score, so only unreadable sources stop the evaluation.
    result = score(raise_errors(load_project(layout)))
    click.echo(evaluation_json(result) if output_format == "json" else evaluation_text(result))


@main.command(help=say.HELP_LINT)
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False), metavar=say.LINT_FILES_METAVAR
)
@FORMAT_OPTION
@click.pass_obj
@user_errors
def lint(layout: ProjectLayout, files: tuple[Path, ...], output_format: str) -> None:
    from ..lint import lint_files

    def confirmed() -> set[tuple[str, str]] | None:
        from ..sources.coherence import confirmed_citations

        return confirmed_citations(layout)

    # The project's list of cited acts and the report (both bring the sources' models, which the workers do not
    # use) are loaded once the workers have forked: before, they kept a core idle (a twentieth of the command).
    findings = lint_files(files, confirmed, layout.root)
    from ..report import diagnostics_json, diagnostics_text

    if output_format == "json":
        click.echo(diagnostics_json(findings, files=[str(path) for path in files]))
    else:
        for path in files:
            if not any(f.location.file == str(path) for f in findings):
                click.echo(say.LINT_CLEAN.format(file=path))
        click.echo(diagnostics_text(findings))
    sys.exit(1 if any(f.is_error for f in findings) else 0)


@main.command("import", help=say.HELP_IMPORT)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar=say.FILES_METAVAR)
@click.option("--mechanism", default=None, metavar=say.MECHANISM_METAVAR, help=say.HELP_IMPORT_MECHANISM)
@click.option("--fill-from-sections", "fill", is_flag=True, help=say.HELP_FILL)
@FORMAT_OPTION
@click.pass_obj
@user_errors
def import_(
    layout: ProjectLayout, files: tuple[Path, ...], mechanism: str | None, fill: bool, output_format: str
) -> None:
    from ..build import project_lock
    from ..build.write import atomic_write
    from ..importer import plan_imports
    from ..report import diagnostics_json
    from ..russian import count_phrase
    from ..sources.checked import raise_errors
    from ..sources.validate import load_project

    with project_lock(layout):
        planned = plan_imports(raise_errors(load_project(layout), only_profile=True), list(files), mechanism, fill)
        for item in planned:
            atomic_write(item.target, item.text.encode())
    if output_format == "json":
        click.echo(
            diagnostics_json(
                [],
                imported=[
                    {
                        "file": i.file,
                        "source": layout.display(i.target),
                        "mechanism": i.code,
                        "recognised": i.how,
                        **{key: lines for key, _, lines in i.report.parts()},
                    }
                    for i in planned
                ],
            )
        )
        return
    for item in planned:
        click.echo(say.IMPORTED_FILE.format(file=item.file, source=layout.display(item.target), how=item.how))
        for _, title, lines in item.report.parts():
            if lines:
                click.echo(f"  {title}:")
                click.echo("\n".join(f"    — {line}" for line in lines))
    click.echo(say.IMPORT_TOTAL.format(documents=count_phrase(len(planned), say.DOCUMENT_NOUN)))


@main.command(help=say.HELP_SERVE)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(1, 65535),
    metavar=say.PORT_METAVAR,
    help=say.HELP_PORT,
)
@click.option("--host", default="127.0.0.1", show_default=True, metavar=say.HOST_METAVAR, help=say.HELP_HOST)
@click.option("--no-browser", is_flag=True, help=say.HELP_NO_BROWSER)
@click.pass_obj
@user_errors
def serve(layout: ProjectLayout, port: int, host: str, no_browser: bool) -> None:
    from ..web.server import serve as run_server

    run_server(layout, host, port, open_browser=not no_browser and not os.environ.get("CI"))
