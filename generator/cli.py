"""The ``msoko`` command: a thin layer over the pipeline stages."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click

from schemas.diagnostics import Diagnostic, Location

from . import __version__, approvals, cli_ru, messages
from .completeness import check_completeness
from .consistency import check_consistency
from .errors import MsokoError
from .jsonschema import render_schemas
from .project import ProjectLayout
from .plan import Action, decide, not_current, plan_targets, read_manifest, select_targets
from .report import (check_text, coverage_json, diagnostics_json, diagnostics_text, evaluation_json,
                     evaluation_text, format_diagnostic)
from .russian import count_phrase
from .scaffold import new_regulation_source
from .validate import ProjectSources, load_project
from .write import atomic_write, write_if_changed, write_outputs

cli_ru.install()
CONTEXT = {"help_option_names": ["-h", "--help"]}
FORMAT_OPTION = click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="Формат отчёта: текст для человека или JSON для программ.",
)


def user_errors(command):
    """Map the exception tree to exit codes in one place: user errors → 1, bugs → 2, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except MsokoError as error:
            output_format = kwargs.get("output_format", "text")
            text = diagnostics_json(error.diagnostics) if output_format == "json" else diagnostics_text(error.diagnostics)
            click.echo(text, err=output_format != "json")
            sys.exit(1)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # «msoko check | head»: the reader left, nothing to report
            sys.stderr.close()
            sys.exit(1)
        except Exception as error:  # a bug: say so in Russian, keep the trace for developers only
            if os.environ.get("MSOKO_DEBUG"):
                raise
            click.echo(f"внутренняя ошибка msoko ({type(error).__name__}: {error}); "
                       "повторите с MSOKO_DEBUG=1 и сообщите разработчикам", err=True)
            sys.exit(2)

    return wrapper


class _Command(click.Command):
    """A subcommand whose usage line names its options in Russian."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("options_metavar", "[ПАРАМЕТРЫ]")
        super().__init__(*args, **kwargs)


@click.group(context_settings=CONTEXT, options_metavar="[ПАРАМЕТРЫ]", subcommand_metavar="КОМАНДА [АРГУМЕНТЫ]...", help="msoko — нормативные документы муниципальной системы оценки качества образования.")
@click.version_option(__version__, "-V", "--version", message="msoko %(version)s")
@click.option("--project", "project_dir", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="Папка проекта (с подпапкой regulations/).")
@click.pass_context
def main(ctx: click.Context, project_dir: Path) -> None:
    ctx.obj = ProjectLayout(project_dir.resolve())


main.command_class = _Command


@main.command(help="Проверить источники: схему, ссылки, полноту положений и управленческий цикл.")
@FORMAT_OPTION
@click.option("--strict", is_flag=True, help="Считать предупреждения ошибками.")
@click.pass_obj
@user_errors
def check(layout: ProjectLayout, output_format: str, strict: bool) -> None:
    project = load_project(layout)
    coverage = _check_whole(project)
    diagnostics = project.diagnostics
    failed = project.has_errors or (strict and bool(diagnostics))
    if output_format == "json":
        click.echo(diagnostics_json(diagnostics, coverage=coverage_json(coverage)))
    else:
        click.echo(_check_report(project, coverage))
    sys.exit(1 if failed else 0)


@main.command(help="Создать источник нового Положения о мониторинге для механизма с кодом КОД из каталога: «msoko new 1.1».")
@click.argument("mechanism", metavar="КОД")
@FORMAT_OPTION
@click.pass_obj
@user_errors
def new(layout: ProjectLayout, mechanism: str, output_format: str) -> None:
    project = _validated(load_project(layout), only_profile=True)
    known = project.mechanisms
    if mechanism not in known:
        where = project.profile.source.locate(("catalog",))
        raise MsokoError([Diagnostic.error(where, messages.UNKNOWN_MECHANISM.format(code=mechanism, catalog=project.catalog.model.id), code="cli")])
    target = layout.mechanisms_dir / f"{mechanism}.yaml"
    existing = project.regulation_for(mechanism)
    if existing or target.exists():
        other = existing.source.display if existing else layout.display(target)
        raise MsokoError([Diagnostic.error(Location(other), messages.DUPLICATE_REGULATION.format(code=mechanism, other=other), code="cli")])
    approved_by = next((r.model.approved_by for r in project.regulations if r.model.approved_by), None)
    atomic_write(target, new_regulation_source(known[mechanism], approved_by).encode())
    click.echo(f"Создан {layout.display(target)}: заполните шесть частей и запустите «msoko check».")


@main.command(help="Записать JSON Schema источников (для подсказок в редакторе) в regulations/.schema/.")
@click.option("--output", "output_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Папка для схем (по умолчанию regulations/.schema/).")
@click.pass_obj
@user_errors
def schema(layout: ProjectLayout, output_dir: Path | None) -> None:
    target = output_dir or layout.schema_dir
    for name, data in render_schemas().items():
        changed = write_if_changed(target / name, data)
        click.echo(f"{'записан' if changed else 'без изменений'}: {layout.display(target / name)}")


@main.command(help="Сгенерировать документы в output/: «all» — все, или перечислите идентификаторы (polozhenie-1.1) либо коды механизмов (1.1, msoko).")
@click.argument("documents", nargs=-1, metavar="[ДОКУМЕНТЫ]...")
@click.option("--force", is_flag=True, help="Перезаписать файлы, изменённые вручную (копия сохраняется в output/.msoko/backup/).")
@click.option("-v", "--verbose", is_flag=True, help="Показать причину пересборки каждого документа.")
@click.option("--pdf", "with_pdf", is_flag=True, help="Затем сделать PDF-копии в output/pdf/ (нужен LibreOffice).")
@FORMAT_OPTION
@click.pass_obj
@user_errors
def regen(layout: ProjectLayout, documents: tuple[str, ...], force: bool, verbose: bool, with_pdf: bool,
          output_format: str) -> None:
    project = _valid_project(layout)
    targets, problems = select_targets(plan_targets(project), documents)
    if problems:
        raise MsokoError(problems)
    manifest = read_manifest(layout)
    decisions = decide(targets, manifest, layout.output, force)
    conflicts = [d for d in decisions if d.action is Action.CONFLICT]
    if conflicts:
        approved = approvals.latest(layout)
        raise MsokoError([not_current(layout, d, approved.get(d.target.id)) for d in conflicts])
    to_build = [d for d in decisions if d.action is Action.BUILD]
    rendered = []
    if to_build:
        from .render import render_all  # lxml, Jinja, docxtpl: only when something is to be rendered

        say = (lambda text: None) if output_format == "json" else click.echo
        rendered = render_all(project, [d.target for d in to_build],
                              progress=lambda index, target: say(f"[{index}/{len(to_build)}] {target.id}: {target.title}"))
    written, backups = write_outputs(layout, rendered, manifest)
    warnings = [d for d in project.diagnostics if not d.is_error]
    if output_format == "json":
        pdfs = _export_pdfs(layout, [d.target for d in decisions], quiet=True)[0] if with_pdf else []
        click.echo(diagnostics_json(warnings, written=[t.output for t in written],
                                    unchanged=[d.target.output for d in decisions if d.action is Action.UNCHANGED],
                                    backups=[layout.display(b) for b in backups],
                                    pdf=[layout.display(p) for p in pdfs]))
        return
    for decision in decisions:
        state = "записан" if decision.target in written else "без изменений"
        line = f"{state}: {layout.display(layout.output / decision.target.output)}"
        click.echo(line + (f" — {decision.reason}" if verbose else ""))
    for backup in backups:
        click.echo(f"сохранена копия изменённого вручную файла: {layout.display(backup)}")
    for warning in warnings:
        click.echo(format_diagnostic(warning), err=True)
    click.echo(f"Итого: записано {len(written)}, без изменений {len(decisions) - len(written)}.")
    if with_pdf:
        _export_pdfs(layout, [d.target for d in decisions])


@main.command(help="Самооценка: баллы каждого механизма по шагам управленческого цикла, слабые шаги и советы.")
@FORMAT_OPTION
@click.pass_obj
@user_errors
def evaluate(layout: ProjectLayout, output_format: str) -> None:
    from .evaluate import evaluate as score

    # Completeness gaps are what lower the score, so only unreadable sources stop the evaluation.
    project = load_project(layout)
    _validated(project)
    result = score(project)
    click.echo(evaluation_json(result) if output_format == "json" else evaluation_text(result))


@main.command(help="Проверить DOCX-файлы на соответствие ГОСТ Р 7.0.97-2025: формат, поля, шрифты, заголовок, "
                   "дата и номер, гриф утверждения, отметка о приложении, подпись. Строка в отчёте — номер абзаца.")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False), metavar="ФАЙЛ.docx...")
@FORMAT_OPTION
@user_errors
def lint(files: tuple[Path, ...], output_format: str) -> None:
    from .lint import lint_file

    findings = [finding for path in files for finding in lint_file(path, str(path))]
    if output_format == "json":
        click.echo(diagnostics_json(findings, files=[str(path) for path in files]))
    else:
        for path in files:
            if not any(f.location.file == str(path) for f in findings):
                click.echo(f"{path}: замечаний нет")
        click.echo(diagnostics_text(findings))
    sys.exit(1 if any(f.is_error for f in findings) else 0)


@main.command(help="Утвердить текущие документы (все или перечисленные): их копии сохраняются в "
                   "regulations/approved/ с отметкой, кто и когда утвердил; с ними сравнивает «msoko diff».")
@click.argument("documents", nargs=-1, metavar="[ДОКУМЕНТЫ]...")
@click.option("--by", "approver", required=True, metavar="ИМЯ", help="Кто утверждает: «Юрист Е.В. Смирнова».")
@FORMAT_OPTION
@click.pass_obj
@user_errors
def approve(layout: ProjectLayout, documents: tuple[str, ...], approver: str, output_format: str) -> None:
    from datetime import datetime, timezone

    from .review import approve as record_approval

    project = _valid_project(layout)
    approved, unchanged = record_approval(project, documents, approver, datetime.now(timezone.utc))
    if output_format == "json":
        click.echo(diagnostics_json([], approved=[a.document for a in approved], unchanged=[t.id for t in unchanged]))
        return
    for approval in approved:
        click.echo(f"утверждён: {approval.document} ({approval.file}, sha256 {approval.sha256[:12]}…)")
    for target in unchanged:
        click.echo(f"уже утверждён в этой редакции: {target.id}")
    click.echo(f"Итого: утверждено {len(approved)}, без изменений {len(unchanged)}. "
               f"Копии: {layout.display(layout.approved_dir)}/")


@main.command(help="Сравнить документы с утверждёнными версиями: для каждого изменённого — копия с исправлениями "
                   "в режиме рецензирования в output/redlines/ и перечень изменений output/redlines/changes.txt.")
@click.argument("documents", nargs=-1, metavar="[ДОКУМЕНТЫ]...")
@FORMAT_OPTION
@click.pass_obj
@user_errors
def diff(layout: ProjectLayout, documents: tuple[str, ...], output_format: str) -> None:
    from .review import diff as compare_with_approved

    report = compare_with_approved(_valid_project(layout), documents)
    if output_format == "json":
        click.echo(diagnostics_json(
            [], changed=[{"document": t.id, "redline": layout.display(path), "approved_at": a.at,
                          "changes": [{"where": c.where, "details": c.details} for c in changes.changes]}
                         for t, a, path, changes in report.changed],
            same=[t.id for t in report.same], unapproved=[t.id for t in report.unapproved],
            changelog=layout.display(report.changelog)))
        return
    click.echo(report.changelog.read_text(encoding="utf-8"))
    for target, _, path, _ in report.changed:
        click.echo(f"исправления: {layout.display(path)}")
    click.echo(f"Перечень изменений: {layout.display(report.changelog)}")


@main.command(help="PDF-копии документов в output/pdf/ через LibreOffice (все или перечисленные).")
@click.argument("documents", nargs=-1, metavar="[ДОКУМЕНТЫ]...")
@FORMAT_OPTION
@click.pass_obj
@user_errors
def pdf(layout: ProjectLayout, documents: tuple[str, ...], output_format: str) -> None:
    from .review import current_outputs

    converted, unchanged = _export_pdfs(layout, current_outputs(_valid_project(layout), documents),
                                        quiet=output_format == "json")
    if output_format == "json":
        click.echo(diagnostics_json([], written=[layout.display(p) for p in converted],
                                    unchanged=[layout.display(p) for p in unchanged]))


@main.command(help="Собрать для юристов один архив output/pack/msoko-ДАТА.zip: DOCX, PDF, исправления, "
                   "перечень изменений, отчёт проверки и самооценку.")
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d", "%d.%m.%Y"]), default=None,
              help="Дата комплекта (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ); по умолчанию — сегодня.")
@click.pass_obj
@user_errors
def pack(layout: ProjectLayout, day) -> None:
    from datetime import date

    from .evaluate import evaluate as score
    from .review import current_outputs, pack as write_pack

    project = load_project(layout)
    coverage = _check_whole(project)
    check_report = _check_report(project, coverage)
    _validated(project)
    targets = current_outputs(project, ())
    _export_pdfs(layout, targets)
    archive, count = write_pack(project, targets, day.date() if day else date.today(), check_report,
                                evaluation_text(score(project)))
    click.echo(f"Комплект: {layout.display(archive)} ({count_phrase(count, 'файл')})")


@main.command("import", help="Перенести Положения из Word (.docx) в источники: Положения о мониторинге — в "
                             "regulations/mechanisms/ (части, таблица показателей, гриф утверждения), Положение о МСОКО "
                             "— в regulations/msoko.yaml (цель, задачи, принципы, структура, перечень механизмов); "
                             "нераспознанный текст сохраняется в поле «unmapped», которое отмечает «msoko check».")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="ФАЙЛ.docx...")
@click.option("--mechanism", default=None, metavar="КОД", help="Код механизма, если его не удаётся определить по документу.")
@click.option("--fill-from-sections", "fill", is_flag=True,
              help="Записать в показатели без метода, периодичности или срока общие, названные в разделах документа.")
@FORMAT_OPTION
@click.pass_obj
@user_errors
def import_(layout: ProjectLayout, files: tuple[Path, ...], mechanism: str | None, fill: bool,
            output_format: str) -> None:
    from .importer import plan_imports

    planned = plan_imports(_validated(load_project(layout), only_profile=True), list(files), mechanism, fill)
    for item in planned:
        atomic_write(item.target, item.text.encode())
    if output_format == "json":
        click.echo(diagnostics_json([], imported=[
            {"file": i.file, "source": layout.display(i.target), "mechanism": i.code, "recognised": i.how,
             **{key: lines for key, _, lines in i.report.parts()}} for i in planned]))
        return
    for item in planned:
        click.echo(f"{item.file} → {layout.display(item.target)} ({item.how})")
        for _, title, lines in item.report.parts():
            if lines:
                click.echo(f"  {title}:")
                click.echo("\n".join(f"    — {line}" for line in lines))
    click.echo(f"Импортировано: {count_phrase(len(planned), 'документ')}. Запустите «msoko check»: он покажет, "
               "что осталось заполнить.")


def _export_pdfs(layout: ProjectLayout, targets, quiet: bool = False):
    from .pdf import export_pdfs

    converted, unchanged = export_pdfs(layout, [t.output for t in targets])
    if not quiet:
        for path in converted:
            click.echo(f"записан: {layout.display(path)}")
        click.echo(f"PDF: записано {len(converted)}, без изменений {len(unchanged)}.")
    return converted, unchanged


def _valid_project(layout: ProjectLayout) -> ProjectSources:
    project = load_project(layout)
    _check_whole(project)
    return _validated(project)


def _check_report(project: ProjectSources, coverage: list) -> str:
    authority = project.profile.model.authority.full_name if project.profile else ""
    catalog = project.catalog.model.title if project.catalog else ""
    return check_text(authority, coverage, catalog, project.diagnostics)


def _check_whole(project: ProjectSources) -> list:
    """Completeness and cross-document rules, once the sources could be read at all."""
    if not (project.profile and project.catalog):
        return []
    coverage = check_completeness(project)
    project.diagnostics.extend(check_consistency(project))
    return coverage


def _validated(project: ProjectSources, only_profile: bool = False) -> ProjectSources:
    """Raise the project's errors, if any; ``only_profile`` ignores the documents' own problems."""
    errors = [d for d in project.diagnostics if d.is_error]
    if only_profile and project.profile and project.catalog:
        errors = [d for d in errors if d.location.file == project.profile.source.display]
    if errors or project.profile is None or project.catalog is None:
        raise MsokoError(errors or project.diagnostics)
    return project

