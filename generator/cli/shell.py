"""What every ``msoko`` subcommand shares: the exit-code policy, Russian usage lines, ``--project`` anywhere."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from ..errors import MsokoError, file_system_error
from ..messages import cli as say
from ..project import ProjectLayout

if TYPE_CHECKING:
    from ..sources.model import ProjectSources


def user_errors(command):
    """Map the exception tree to exit codes in one place: user errors → 1, bugs → 2, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            try:
                return command(*args, **kwargs)
            except BrokenPipeError:  # «msoko check | head»: the reader left, nothing to report
                sys.stderr.close()
                sys.exit(1)
            except OSError as error:  # permissions, a full disk, a file where a folder should be: the user's to fix
                layout = click.get_current_context().find_object(ProjectLayout)
                raise file_system_error(error, layout.display if layout else str) from None
        except MsokoError as error:
            from ..report import diagnostics_json, diagnostics_text

            output_format = kwargs.get("output_format", "text")
            text = (
                diagnostics_json(error.diagnostics) if output_format == "json" else diagnostics_text(error.diagnostics)
            )
            click.echo(text, err=output_format != "json")
            sys.exit(1)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except Exception as error:  # a bug: say so in Russian, keep the trace for developers only
            if os.environ.get("MSOKO_DEBUG"):
                raise
            click.echo(say.INTERNAL_ERROR.format(kind=type(error).__name__, error=error), err=True)
            sys.exit(2)

    return wrapper


class Command(click.Command):
    """A subcommand whose usage line names its options in Russian."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("options_metavar", say.OPTIONS_METAVAR)
        super().__init__(*args, **kwargs)


class Group(click.Group):
    """The ``msoko`` group: ``--project DIR`` is accepted before or after the subcommand."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, project_first(args))


def project_first(args: list[str]) -> list[str]:
    """«msoko regen all --project DIR» → «msoko --project DIR regen all» (the last one given wins)."""
    moved: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(args):
        argument = args[index]
        if argument == "--":
            rest += args[index:]
            break
        if argument == "--project" and index + 1 < len(args):
            moved, index = ["--project", args[index + 1]], index + 2
            continue
        if argument.startswith("--project="):
            moved = [argument]
        else:
            rest.append(argument)
        index += 1
    return moved + rest


def progress_printer(output_format: str) -> Callable[[str], None]:
    """Progress lines for long work, on a terminal only (never in JSON or in a pipe), on stderr."""
    if output_format == "json" or not sys.stdout.isatty():
        return lambda text: None
    return lambda text: click.echo(text, err=True)


def export_pdfs_echoed(layout: ProjectLayout, targets, quiet: bool = False):
    """The PDFs of the targets written, each file and the totals echoed unless the output is JSON."""
    from ..review.pdf import export_pdfs

    converted, unchanged = export_pdfs(
        layout, [t.output for t in targets], progress_printer("json" if quiet else "text")
    )
    if not quiet:
        for path in converted:
            click.echo(say.FILE_STATE.format(state=say.WRITTEN, path=layout.display(path)))
        click.echo(say.PDF_TOTAL.format(written=len(converted), unchanged=len(unchanged)))
    return converted, unchanged


def check_report(project: ProjectSources, coverage: list) -> str:
    """The text report of a check: the authority, the coverage of the catalog, every finding."""
    from ..report import check_text

    authority = project.profile.model.authority.full_name if project.profile else ""
    catalog = project.catalog.model.title if project.catalog else ""
    return check_text(authority, coverage, catalog, project.diagnostics)
