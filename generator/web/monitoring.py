"""Pages of the monitoring year (DOMAIN.md §11, issue 28): the collection workbooks to download, the returned ones
to upload, and the results — the matrix of organizations × indicators of a mechanism and each organization's
page. Everything is done by the use cases ``msoko collect`` and ``msoko results`` run; a page only asks and shows."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..messages import web as say
from ..monitoring.load import MonitoringSources, monitoring_sources, year_results
from ..monitoring.store import stored_years
from ..project import ProjectLayout
from .handover import attachment
from .rendering import render
from ..collection.usecase import form_bytes, restore_replaced
from .uploads import PageUpload, Received, Report, collect_uploaded, grouped_problems, received_names, remember
from .yeardocs import year_documents
from .yearview import TONES, matrix, organization_view, year_lines

FIRST_YEAR, LAST_YEAR = 2000, 2100
"""The years a page may name, as ``--year`` takes them."""
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_FILES = 100
"""Workbooks one upload may carry (their bytes are bounded anyway by the body's cap)."""


def _layout(request: Request) -> ProjectLayout:
    return request.app.state.layout


def _year(request: Request) -> int:
    year = request.path_params["year"]
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise HTTPException(404, say.NOT_FOUND)
    return year


def _mechanism(sources: MonitoringSources, request: Request) -> str:
    code = request.path_params["code"]
    if code not in sources.codes():
        raise HTTPException(404, say.NO_MECHANISM)
    return code


def start(request: Request) -> Response:
    """The year asked for (the form «Другой год»), else the last with data, else this one."""
    asked = request.query_params.get("year", "")
    years = stored_years(_layout(request))
    year = (
        int(asked)
        if asked.isdigit() and FIRST_YEAR <= int(asked) <= LAST_YEAR
        else (years[-1] if years else date.today().year)
    )
    return RedirectResponse(f"/monitoring/{year}", status_code=303)


def _year_context(layout: ProjectLayout, year: int) -> dict:
    sources = monitoring_sources(layout)
    forms = [(code, sources.title(code), len(sources.plan(code, year).rows)) for code in sources.codes()]
    found, problems = year_results(sources, year)
    documents = year_documents(sources.project, year)
    return {
        "own_list": sources.roster(year) is not sources.organizations,
        "documents": documents,
        "documents_elsewhere": say.DOCUMENTS_OF_ANOTHER_YEAR.format(year=year, made_for=documents.fixed)
        if documents.fixed not in (None, year)
        else "",
        "documents_how": say.DOCUMENTS_OF_THE_YEAR.format(year=year) if documents.elsewhere else "",
        "year": year,
        "years": sorted({*stored_years(layout), year}),
        "forms": forms,
        "organizations": f"/source/{layout.display(layout.organizations_file)}",
        "lines": year_lines(found),
        "problems": grouped_problems(layout, [], problems),
    }


def year_page(request: Request) -> Response:
    return render(
        request, "monitoring.html", **_year_context(_layout(request), _year(request)), report=None, upload_key=""
    )


def download_form(request: Request) -> Response:
    """One mechanism's workbook: the bytes ``msoko collect forms`` writes, made now, written nowhere."""
    year = _year(request)
    sources = monitoring_sources(_layout(request))
    code = _mechanism(sources, request)
    data, _ = form_bytes(sources, code, year)
    return Response(data, media_type=XLSX_TYPE, headers=attachment(say.FORM_FILE.format(year=year, code=code)))


def download_forms(request: Request) -> Response:
    """Every mechanism's workbook in one archive, each named as in output/collection/<year>/."""
    year = _year(request)
    sources = monitoring_sources(_layout(request))
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for code in sources.codes():
            if sources.plan(code, year).rows:
                entry = zipfile.ZipInfo(f"{code}.xlsx", date_time=(year, 1, 1, 0, 0, 0))
                archive.writestr(entry, form_bytes(sources, code, year)[0], zipfile.ZIP_DEFLATED)
    return Response(
        stream.getvalue(), media_type="application/zip", headers=attachment(say.FORMS_ARCHIVE.format(year=year))
    )


async def upload(request: Request) -> Response:
    """Returned workbooks, checked and stored as ``msoko collect --year`` does, unless they replace data collected
    before: then kept, unstored, until the user confirms. Either way the answer is a redirection to the upload's
    own page, which a reload shows again rather than sending the files twice."""
    year = _year(request)
    submitted = await request.form(max_files=MAX_FILES, max_fields=10)
    files = [item for item in submitted.getlist("workbooks") if isinstance(item, UploadFile) and item.filename]
    names = received_names([item.filename or "" for item in files])
    received = [Received(name, await item.read()) for name, item in zip(names, files)]
    report = await run_in_threadpool(collect_uploaded, _layout(request), received, year) if received else None
    kept = received if report is not None and report.asked else []
    return _shown(request, year, remember(request.app.state.uploads, PageUpload(year, kept, report)))


def _shown(request: Request, year: int, key: str) -> Response:
    return RedirectResponse(f"/monitoring/{year}/uploads/{key}#report", status_code=303)


def _upload(request: Request) -> tuple[int, str, PageUpload]:
    year, key = _year(request), request.path_params["key"]
    found = request.app.state.uploads.get(key)
    if found is None or found.year != year:
        raise HTTPException(404, say.UPLOAD_GONE)
    return year, key, found


async def upload_page(request: Request) -> Response:
    year, key, found = _upload(request)
    context = await run_in_threadpool(_year_context, _layout(request), year)
    return render(
        request,
        "monitoring.html",
        **context,
        report=found.report or Report(),
        no_files="" if found.report is not None else say.NO_FILES,
        upload_key=key,
        notice=found.notice,
    )


async def confirm(request: Request) -> Response:
    """The replacement the user was shown, stored; asked again when the data changed meanwhile."""
    year, key, found = _upload(request)
    submitted = await request.form()
    if found.files:
        asked = str(submitted.get("replacement", ""))
        found.report = await run_in_threadpool(collect_uploaded, _layout(request), found.files, year, asked)
        found.notice = say.DATA_CHANGED_MEANWHILE if found.report.asked else ""
        found.files = found.files if found.report.asked else []
    return _shown(request, year, key)


async def cancel(request: Request) -> Response:
    year, key, found = _upload(request)
    await request.form()
    if found.files:
        found.files, found.report, found.notice = [], Report(), say.UPLOAD_CANCELLED
    return _shown(request, year, key)


async def restore(request: Request) -> Response:
    """The tables the upload replaced values of, put back as they were (unless changed since)."""
    year, key, found = _upload(request)
    await request.form()
    if found.report is not None and found.report.replaced:
        restored = await run_in_threadpool(restore_replaced, _layout(request), found.report.replaced)
        found.notice = say.DATA_RESTORED if restored else say.DATA_NOT_RESTORED
        found.report = Report() if restored else found.report
        found.report.replaced = []
    return _shown(request, year, key)


def results_page(request: Request) -> Response:
    year = _year(request)
    layout = _layout(request)
    sources = monitoring_sources(layout)
    code = _mechanism(sources, request)
    (found,), problems = year_results(sources, year, [code])
    view = matrix(found, sources.whole.short_name, f"/monitoring/{year}/organizations/{{key}}#m-{code}")
    missing = [row for row in view.rows if any(shown.missed or shown.addressed for shown in row.cells)]
    only_missed = request.query_params.get("only") == "missed"
    return render(
        request,
        "results.html",
        view=replace(view, rows=missing) if only_missed else view,
        all_rows=len(view.rows),
        missed_rows=len(missing),
        only_missed=only_missed,
        documents=year_documents(sources.project, year).of(code),
        tones=view.tones,
        unscored=say.UNSCORED_ORGANIZATIONS,
        not_met=say.NOT_MET,
        problems=grouped_problems(layout, [], problems),
    )


def organization_page(request: Request) -> Response:
    year = _year(request)
    layout = _layout(request)
    sources = monitoring_sources(layout)
    key = request.path_params["key"]
    organization = next((found for found in sources.roster(year) if found.id == key), None)
    if organization is None:
        raise HTTPException(404, say.NO_ORGANIZATION)
    found, problems = year_results(sources, year)
    view = organization_view(found, key, organization.name, organization.short_name, year)
    return render(
        request,
        "organization.html",
        view=view,
        tones=TONES,
        not_met=say.NOT_MET,
        problems=grouped_problems(layout, [], problems),
    )


ROUTES = [
    Route("/monitoring", start, methods=["GET"]),
    Route("/monitoring/{year:int}", year_page, methods=["GET"]),
    Route("/monitoring/{year:int}/forms.zip", download_forms, methods=["GET"]),
    Route("/monitoring/{year:int}/forms/{code}.xlsx", download_form, methods=["GET"]),
    Route("/monitoring/{year:int}/upload", upload, methods=["POST"]),
    Route("/monitoring/{year:int}/uploads/{key}", upload_page, methods=["GET"]),
    Route("/monitoring/{year:int}/uploads/{key}/confirm", confirm, methods=["POST"]),
    Route("/monitoring/{year:int}/uploads/{key}/cancel", cancel, methods=["POST"]),
    Route("/monitoring/{year:int}/uploads/{key}/restore", restore, methods=["POST"]),
    Route("/monitoring/{year:int}/results/{code}", results_page, methods=["GET"]),
    Route("/monitoring/{year:int}/organizations/{key}", organization_page, methods=["GET"]),
]
