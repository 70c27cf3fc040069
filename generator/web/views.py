"""Pages for authoring: the dashboard, the form of any source, the Markdown preview and a new Положение."""

from __future__ import annotations

import re
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ..messages import web as say
from ..errors import MsokoError
from ..project import ProjectLayout
from . import actions
from .editor import Checked, Editable, candidate, editable, open_source
from .overview import overview, problem_filters
from .guide import companions, guided
from .rendering import markdown_html, render
from .starter import create_catalog_regulation, create_local_mechanism, groups
from .wording import Wording, spoken

MAX_FIELDS = 20_000


def _layout(request: Request) -> ProjectLayout:
    return request.app.state.layout


def dashboard(request: Request) -> Response:
    view = overview(_layout(request))
    return render(
        request,
        "dashboard.html",
        view=view,
        filters=problem_filters(
            _layout(request), view, request.query_params.get("kind", ""), request.query_params.get("doc", "")
        ),
    )


def _source(request: Request):
    source = editable(_layout(request), request.path_params["path"])
    if source is None:
        raise HTTPException(404, say.NO_SOURCE)
    return source


def edit(request: Request) -> Response:
    source = _source(request)
    opened = open_source(_layout(request), source)
    saved = request.query_params.get("saved") == "1"
    return _form_page(request, source, opened.form, opened.digest, opened.placed, notice=say.SAVED if saved else "")


def _form_page(request: Request, source: Editable, form, digest: str, placed, status: int = 200, **context) -> Response:
    context = {"notice": "", "problems": [], "broken": [], "carried": {}, "restored": False, **context}
    return render(
        request,
        "edit.html",
        status,
        source=source,
        form=form,
        digest=digest,
        placed=placed,
        say=Wording.of(form),
        guide=guided(_layout(request), source, form),
        **context,
    )


async def save(request: Request) -> Response:
    source = _source(request)
    fields = await _submitted(request)
    return await run_in_threadpool(_save, request, source, fields)


def _save(request: Request, source: Editable, fields: dict[str, str]) -> Response:
    opened_digest = fields.pop("_digest", "")
    at = fields.pop("_at", "")
    anyway = fields.pop("_anyway", "") == "1"
    carried = {key: fields[key] for key in ("_include", "_roadmap") if fields.get(key)}
    extra = companions(_layout(request), fields)
    checked: Checked = candidate(_layout(request), source, fields, extra)
    problems: list[str] = []
    if checked.blocked:
        problems.append(say.SAVE_BLOCKED)
    elif checked.broken and not anyway:
        return _form_page(
            request, source, checked.form, opened_digest, checked.placed, 409, broken=checked.broken, carried=carried
        )
    else:
        try:
            actions.save_source(_layout(request), source.path, checked.text, opened_digest, source.display, extra)
        except MsokoError as error:
            problems.extend(spoken(d) for d in error.diagnostics)
        else:
            back = f"#{at}" if re.fullmatch(r"f-[\w-]+", at) else ""  # the user stays at the field just edited
            return RedirectResponse(f"/source/{quote(source.display)}?saved=1{back}", status_code=303)
    return _form_page(
        request,
        source,
        checked.form,
        opened_digest,
        checked.placed,
        409 if not checked.blocked else 422,
        problems=problems,
    )


async def restore(request: Request) -> Response:
    """A draft kept in the browser (closed tab, crash) shown in the form again, checked, not yet saved."""
    source = _source(request)
    fields = await _submitted(request)
    opened_digest = fields.pop("_digest", "")
    checked = await run_in_threadpool(candidate, _layout(request), source, fields)
    return _form_page(
        request,
        source,
        checked.form,
        opened_digest,
        checked.placed,
        restored=True,
        notice=say.RESTORED,
    )


async def check(request: Request) -> Response:
    """Validation as you type: the status line, and every field's errors swapped in place (htmx)."""
    source = _source(request)
    fields = await _submitted(request)
    checked = await run_in_threadpool(candidate, _layout(request), source, fields)
    errors = [d for d in checked.diagnostics if d.is_error]
    anchors = ["f-top", *(f.anchor for f in checked.form.walk() if f.path)]
    return render(
        request,
        "check.html",
        anchors=anchors,
        placed=checked.placed,
        say=Wording.of(checked.form),
        counts={"errors": len(errors), "blocking": checked.blocked, "broken": len(checked.broken)},
    )


async def _submitted(request: Request) -> dict[str, str]:
    submitted = await request.form(max_fields=MAX_FIELDS)
    fields = {key: value for key, value in submitted.multi_items() if isinstance(value, str)}
    fields.pop("csrftoken", None)
    return fields


async def preview(request: Request) -> Response:
    """The Markdown of the field that triggered the request (htmx names it), rendered as HTML."""
    submitted = await request.form(max_fields=MAX_FIELDS)
    name = request.headers.get("hx-trigger-name", "")
    value = submitted.get(name, "")
    return HTMLResponse(markdown_html(value if isinstance(value, str) else ""))


def new_page(request: Request) -> Response:
    view = overview(_layout(request))
    missing = [row for row in view.rows if row.file is None]
    project, _ = actions.checked_project(_layout(request))
    return render(
        request, "new.html", missing=missing, chosen=request.query_params.get("mechanism", ""), groups=groups(project)
    )


async def create(request: Request) -> Response:
    submitted = await request.form()
    code = str(submitted.get("mechanism", ""))
    target = await run_in_threadpool(create_catalog_regulation, _layout(request), code)
    return RedirectResponse(f"/source/{quote(_layout(request).display(target))}", status_code=303)


async def create_local(request: Request) -> Response:
    submitted = await request.form()
    target = await run_in_threadpool(
        create_local_mechanism, _layout(request), str(submitted.get("group", "")), str(submitted.get("title", ""))
    )
    return RedirectResponse(f"/source/{quote(_layout(request).display(target))}", status_code=303)


ROUTES = [
    Route("/", dashboard),
    Route("/source/{path:path}", edit, methods=["GET"]),
    Route("/source/{path:path}", save, methods=["POST"]),
    Route("/check/{path:path}", check, methods=["POST"]),
    Route("/draft/{path:path}", restore, methods=["POST"]),
    Route("/preview", preview, methods=["POST"]),
    Route("/new", new_page, methods=["GET"]),
    Route("/new", create, methods=["POST"]),
    Route("/new/local", create_local, methods=["POST"]),
]
