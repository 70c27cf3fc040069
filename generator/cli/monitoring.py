"""``msoko collect`` and ``msoko results``: the monitoring year's data, out to the organizations and back."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

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


@main.command(help="Сбор данных мониторинга: книги Excel для организаций и приём заполненных книг. «msoko collect forms [МЕХАНИЗМ]... --year 2024» — сформировать книги "
                   "Excel для сбора данных (по одной на механизм: столбцы — числители, знаменатели и ответы "
                   "показателей, строки — организации, проверка ввода, инструкция с паспортами показателей) в "
                   "output/collection/ГОД/. «msoko collect ФАЙЛ.xlsx...» — прочитать заполненные книги (.xlsx, "
                   ".xls, .ods), проверить каждую ячейку и записать данные в data/ГОД/МЕХАНИЗМ.csv: строки "
                   "организаций из книг заменяются, остальные сохраняются; при любой ошибке ничего не "
                   "записывается.")
@click.argument("arguments", nargs=-1, required=True, metavar="forms [МЕХАНИЗМ]... | ФАЙЛ...")
@click.option("--year", type=YEAR, default=None, metavar="ГОД",
              help="Год мониторинга: для книг — обязателен; при сборе — книги другого года отклоняются.")
@click.option("--force", is_flag=True, help="Перезаписать книги, которые отличаются от формируемых (копия "
                                            "сохраняется в output/.msoko/backup/).")
@FORMAT_OPTION
@click.pass_obj
@user_errors
def collect(layout: ProjectLayout, arguments: tuple[str, ...], year: int | None, force: bool, output_format: str) -> None:
    if arguments[0] == "forms":
        _forms(layout, arguments[1:], year, force, output_format)
    else:
        _collect(layout, [Path(argument) for argument in arguments], year, output_format)


def _forms(layout: ProjectLayout, codes: tuple[str, ...], year: int | None, force: bool, output_format: str) -> None:
    from schemas.diagnostics import Diagnostic, Location

    from ..collection.usecase import issue_forms
    from ..errors import MsokoError
    from ..monitoring.messages import YEAR_REQUIRED
    from ..report import diagnostics_json

    if year is None:
        raise MsokoError([Diagnostic.error(Location("--year", 0, 0), YEAR_REQUIRED, code="forms")])
    issued = issue_forms(layout, codes, year, force)
    if output_format == "json":
        click.echo(diagnostics_json([], forms=[{"mechanism": f.mechanism, "file": layout.display(f.path),
                                                "rows": f.rows, "written": f.written} for f in issued]))
        return
    for form in issued:
        click.echo(f"{'записана' if form.written else 'без изменений'}: {layout.display(form.path)} "
                   f"(механизм {form.mechanism}, строк: {form.rows})")
        if form.backup:
            click.echo(f"сохранена копия прежней книги: {layout.display(form.backup)}")
    click.echo(f"Итого: книг {len(issued)}, записано {sum(f.written for f in issued)}.")


def _collect(layout: ProjectLayout, files: list[Path], year: int | None, output_format: str) -> None:
    from ..collection.usecase import collect_files
    from ..report import diagnostics_json

    with collector_paused():
        collected = collect_files(layout, files, year)
    if output_format == "json":
        click.echo(diagnostics_json([], uploads=[
            {"file": u.file, "mechanism": u.mechanism, "year": u.year, "organizations": list(u.table.rows),
             "empty": list(u.empty)} for u in collected.uploads],
            stored=[{"file": layout.display(s.path), "mechanism": s.mechanism, "year": s.year,
                     "organizations": list(s.organizations), "changed": s.changed,
                     "changes": [{"organization": c.key, "indicator": c.code, "part": c.part, "before": c.before,
                                  "after": c.after} for c in s.changes]} for s in collected.stored]))
        return
    for upload in collected.uploads:
        click.echo(f"принята: {upload.file} — механизм {upload.mechanism}, {upload.year} год: заполнено строк "
                   f"{len(upload.table.rows)}, пустых {len(upload.empty)}")
    for stored in collected.stored:
        click.echo(f"{'записан' if stored.changed else 'без изменений'}: {layout.display(stored.path)}")
    click.echo(f"Итого: книг {len(collected.uploads)}, файлов данных записано "
               f"{sum(s.changed for s in collected.stored)}.")


@main.command(help="Итоги мониторинга за год по собранным данным: значение каждого показателя по округу (доля — "
                   "сумма числителей к сумме знаменателей), баллы по шкале Положения, целевое значение, изменение к "
                   "прошлому году, организации ниже целевого значения и в группе риска, суммы баллов.")
@click.argument("mechanisms", nargs=-1, metavar="[МЕХАНИЗМ]...")
@click.option("--year", type=YEAR, default=None, metavar="ГОД", help="Год мониторинга; по умолчанию — последний в data/.")
@FORMAT_OPTION
@click.pass_obj
@user_errors
def results(layout: ProjectLayout, mechanisms: tuple[str, ...], year: int | None, output_format: str) -> None:
    from schemas.diagnostics import Diagnostic, Location

    from ..errors import MsokoError
    from ..monitoring.load import monitoring_sources, year_results
    from ..monitoring.messages import NO_DATA_YEAR, UNKNOWN_ROWS
    from ..monitoring.store import stored_years
    from ..monitoring.summary import results_json, results_text
    from ..report import format_diagnostic

    years = stored_years(layout)
    if year is None and not years:
        raise MsokoError([Diagnostic.error(Location(layout.display(layout.data_dir), 0, 0), NO_DATA_YEAR, code="results")])
    with collector_paused():
        found, problems = year_results(monitoring_sources(layout), year or years[-1], mechanisms)
    if any(problem.is_error for problem in problems):
        raise MsokoError(problems)
    click.echo(results_json(found) if output_format == "json" else results_text(found))
    for mechanism in found:
        if mechanism.unknown:
            warning = Diagnostic.warning(Location(layout.display(layout.data_dir), 0, 0), UNKNOWN_ROWS.format(
                keys=", ".join(mechanism.unknown)), code="results")
            click.echo(format_diagnostic(warning), err=True)
