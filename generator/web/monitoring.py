"""Pages of the monitoring year (DOMAIN.md §11, issue 28): the collection workbooks to download, the returned ones
to upload, and the results — the matrix of organizations × indicators of a mechanism and each organization's
page. Everything is done by the use cases ``msoko collect`` and ``msoko results`` run; a page only asks and shows."""

from __future__ import annotations

import io
import zipfile
from datetime import date

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..messages import web as say
from ..collection.usecase import form_bytes
from ..monitoring.load import MonitoringSources, monitoring_sources, year_results
from ..monitoring.store import stored_years
from ..project import ProjectLayout
from .handover import attachment
from .rendering import render
from .uploads import Received, Report, collect_uploaded, grouped_problems, received_names
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
    return {
        "year": year,
        "years": sorted({*stored_years(layout), year}),
        "forms": forms,
        "organizations": f"/source/{layout.display(layout.organizations_file)}",
        "lines": year_lines(found),
        "problems": grouped_problems(layout, [], problems),
    }


def year_page(request: Request) -> Response:
    return render(request, "monitoring.html", **_year_context(_layout(request), _year(request)), report=None)


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
    """Returned workbooks, checked and stored as ``msoko collect --year`` does; the year's page with the report."""
    year = _year(request)
    submitted = await request.form(max_files=MAX_FILES, max_fields=10)
    files = [item for item in submitted.getlist("workbooks") if isinstance(item, UploadFile) and item.filename]
    names = received_names([item.filename or "" for item in files])
    received = [Received(name, await item.read()) for name, item in zip(names, files)]
    layout = _layout(request)
    report = await run_in_threadpool(collect_uploaded, layout, received, year) if received else None
    context = await run_in_threadpool(_year_context, layout, year)
    status = 422 if report is None or report.rejected else 200
    return render(
        request,
        "monitoring.html",
        status,
        **context,
        report=report or Report(),
        no_files="" if received else say.NO_FILES,
    )


def results_page(request: Request) -> Response:
    year = _year(request)
    layout = _layout(request)
    sources = monitoring_sources(layout)
    code = _mechanism(sources, request)
    (found,), problems = year_results(sources, year, [code])
    view = matrix(found, sources.whole.short_name, f"/monitoring/{year}/organizations/{{key}}#m-{code}")
    return render(
        request,
        "results.html",
        view=view,
        tones=TONES,
        not_met=say.NOT_MET,
        problems=grouped_problems(layout, [], problems),
    )


def organization_page(request: Request) -> Response:
    year = _year(request)
    layout = _layout(request)
    sources = monitoring_sources(layout)
    key = request.path_params["key"]
    organization = next((found for found in sources.organizations if found.id == key), None)
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
    Route("/monitoring/{year:int}/results/{code}", results_page, methods=["GET"]),
    Route("/monitoring/{year:int}/organizations/{key}", organization_page, methods=["GET"]),
]
