"""Pages for hand-over: rebuild with progress, page images and downloads of each document, approval,
the change log since approval with its redlines, and the lawyers' pack."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..messages import web as say
from ..build.plan import Decision, Target
from ..build.write import year_folder
from ..confined import read_confined
from ..project import ProjectLayout
from ..sources.kinds import year_mechanism
from . import actions
from .overview import overview, source_of
from .pages import page_images
from .rendering import render

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PACK_NAME = re.compile(r"^msoko-\d{4}-\d{2}-\d{2}\.zip$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
PAGE_NAME = re.compile(r"^page-\d{1,4}\.png$")
BACK_PATH = re.compile(r"/(?:monitoring|documents)(?:/[\w-][\w.-]*)*")
"""Where a rebuild may send the user back to: a page of this server's, by a path of plain segments (no «//», no «..», no
scheme, no query) — never another site."""


def _layout(request: Request) -> ProjectLayout:
    return request.app.state.layout


def _served(
    request: Request, path: Path, media_type: str, filename: str | None = None, missing: str = say.NO_DOCUMENT
) -> Response:
    """The file at ``path`` in the project, never through a symbolic link: a link (to /etc/passwd, say) is
    as if the file were not there."""
    headers = attachment(filename) if filename is not None else {}
    return Response(_confined_bytes(request, path, missing), media_type=media_type, headers=headers)


def attachment(filename: str) -> dict[str, str]:
    """The header that saves a response as ``filename`` (a Russian name encoded as RFC 6266 says)."""
    quoted = quote(filename)
    return {
        "content-disposition": f'attachment; filename="{filename}"'
        if quoted == filename
        else f"attachment; filename*=utf-8''{quoted}"
    }


def _confined_bytes(request: Request, path: Path, missing: str) -> bytes:
    try:
        return read_confined(_layout(request).root, path)
    except OSError:
        raise HTTPException(404, missing) from None


def _target(request: Request) -> Target:
    return _decision(request).target


def _decision(request: Request) -> Decision:
    """A document the sources describe, by its identifier (nothing else can be named), and what a rebuild would
    do with it now."""
    project, _ = actions.checked_project(_layout(request))
    wanted = request.path_params["document"]
    for decision in actions.document_decisions(project):
        if decision.target.id == wanted:
            return decision
    raise HTTPException(404, say.NO_DOCUMENT)


async def start_build(request: Request) -> Response:
    submitted = await request.form()
    back = str(submitted.get("back", ""))
    job = actions.BuildJob(back=back if BACK_PATH.fullmatch(back) else "")
    request.app.state.jobs["build"] = job
    force = submitted.get("force") == "1"
    threading.Thread(target=actions.rebuild, args=(_layout(request), force, job), daemon=True).start()
    if request.headers.get("hx-request"):  # started from a form's page: the progress shows in place
        return render(request, "build_progress.html", job=job)
    return RedirectResponse("/build", status_code=303)


def build_page(request: Request) -> Response:
    return render(request, "build.html", job=request.app.state.jobs.get("build"))


def build_progress(request: Request) -> Response:
    return render(request, "build_progress.html", job=request.app.state.jobs.get("build"))


def document_page(request: Request) -> Response:
    decision = _decision(request)
    target = decision.target
    document = _confined_bytes(request, _layout(request).output / target.output, say.NO_DOCUMENT)
    pages = page_images(_layout(request), document)
    redline = (_layout(request).redlines / target.output).is_file()
    return render(
        request,
        "document.html",
        target=target,
        stale=decision.stale,
        redline=redline,
        source=source_of(_layout(request), target),
        pages=[(f"/pages/{p.parent.name}/{p.name}", *_png_size(request, p)) for p in pages],
    )


def _png_size(request: Request, path: Path) -> tuple[int, int]:
    """Width and height from the PNG header, so the page keeps its place (and a landscape page its shape)
    before the image arrives."""
    header = _confined_bytes(request, path, say.NOT_FOUND)[16:24]
    return int.from_bytes(header[:4], "big"), int.from_bytes(header[4:], "big")


def page_image(request: Request) -> Response:
    """A cached page image, named by the DOCX's sha256 and the page number: nothing else can be named."""
    digest, name = request.path_params["digest"], request.path_params["name"]
    path = _layout(request).state / "pages" / digest / name
    if not (SHA256.match(digest) and PAGE_NAME.match(name)):
        raise HTTPException(404, say.NOT_FOUND)
    return _served(request, path, "image/png", missing=say.NOT_FOUND)


def download(request: Request) -> Response:
    target = _target(request)
    return _served(request, _layout(request).output / target.output, DOCX_TYPE, target.output)


def download_kept(request: Request) -> Response:
    """A document of a monitoring year kept in its year's folder of output/ (:func:`.yeardocs.kept`)."""
    name, year = request.path_params["name"], request.path_params["year"]
    if not (name.endswith(".docx") and year_mechanism(name.removesuffix(".docx"))):
        raise HTTPException(404, say.NO_DOCUMENT)
    return _served(request, year_folder(_layout(request), year) / name, DOCX_TYPE, name)


def download_redline(request: Request) -> Response:
    target = _target(request)
    return _served(
        request,
        _layout(request).redlines / target.output,
        DOCX_TYPE,
        say.REDLINE_FILE.format(name=target.output),
        say.NO_REDLINE,
    )


def review_page(request: Request) -> Response:
    return render(request, "review.html", view=overview(_layout(request)), approved=None, report=None, archive=None)


async def approve(request: Request) -> Response:
    submitted = await request.form()
    chosen = tuple(str(value) for value in submitted.getlist("document"))
    approved, unchanged = await run_in_threadpool(
        actions.approve, _layout(request), str(submitted.get("by", "")), chosen, submitted.get("confirm") == "1"
    )
    view = await run_in_threadpool(overview, _layout(request))
    return render(
        request,
        "review.html",
        view=view,
        approved=(approved, unchanged),
        report=None,
        archive=None,
        titles={d.id: d.title for d in view.documents},
    )


def changes(request: Request) -> Response:
    report = actions.compare_with_approved(_layout(request))
    return render(request, "review.html", view=overview(_layout(request)), approved=None, report=report, archive=None)


def make_pack(request: Request) -> Response:
    archive = actions.make_pack(_layout(request))
    return render(
        request, "review.html", view=overview(_layout(request)), approved=None, report=None, archive=archive.name
    )


def download_pack(request: Request) -> Response:
    name = request.path_params["name"]
    path = _layout(request).output / "pack" / name
    if not PACK_NAME.match(name):
        raise HTTPException(404, say.NOT_FOUND)
    return _served(request, path, "application/zip", name, say.NOT_FOUND)


ROUTES = [
    Route("/build", start_build, methods=["POST"]),
    Route("/build", build_page, methods=["GET"]),
    Route("/build/progress", build_progress, methods=["GET"]),
    Route("/documents/{document}", document_page, methods=["GET"]),
    Route("/pages/{digest}/{name}", page_image, methods=["GET"]),
    Route("/download/{document}.docx", download, methods=["GET"]),
    Route("/download/redline/{document}.docx", download_redline, methods=["GET"]),
    Route("/download/{year:int}/{name}", download_kept, methods=["GET"]),
    Route("/download/pack/{name}", download_pack, methods=["GET"]),
    Route("/review", review_page, methods=["GET"]),
    Route("/approve", approve, methods=["POST"]),
    Route("/changes", changes, methods=["POST"]),
    Route("/pack", make_pack, methods=["POST"]),
]
