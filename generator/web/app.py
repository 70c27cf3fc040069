"""The ASGI application of ``msoko serve``: Starlette routes over one project, server-rendered Jinja pages
(autoescaped), static assets shipped in the package, and every user-facing failure a Russian page."""

from __future__ import annotations

import secrets

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from ..messages import web as say
from ..errors import MsokoError, file_system_error
from ..project import ProjectLayout
from . import handover, monitoring, views
from .forms import FormRefused
from .rendering import HERE, message_page, templates
from .security import ASGIApp, BodyTooLarge, allowed_hosts, guarded, plain_page

ERROR_TEXTS = {
    400: say.BAD_REQUEST,
    404: say.NOT_FOUND,
    405: say.METHOD_NOT_ALLOWED,
    413: say.BODY_TOO_LARGE,
}
"""The text of the page for each error status Starlette raises; any other gets BAD_REQUEST."""


def create_app(
    layout: ProjectLayout, host: str = "127.0.0.1", port: int | None = None, secret: str | None = None
) -> ASGIApp:
    """The app for the project at ``layout``, served on ``host``: a request naming another host (or, given
    ``port``, another port) is refused."""
    app = Starlette(
        routes=[
            *views.ROUTES,
            *handover.ROUTES,
            *monitoring.ROUTES,
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        exception_handlers={
            HTTPException: _http_error,
            MsokoError: _user_error,
            BodyTooLarge: _too_large,
            OSError: _file_system,
            FormRefused: _refused_form,
            Exception: _bug,
        },
    )
    app.state.layout = layout
    app.state.templates = templates()
    app.state.jobs = {}
    app.state.uploads = {}
    return guarded(app, secret or secrets.token_hex(32), allowed_hosts(host), port, plain_page)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    status = error.status_code
    # Starlette's own details are English («Not Found», «Part exceeded maximum size…»): ours are Russian.
    own = status == 404 and error.detail != "Not Found"
    text = error.detail if own else ERROR_TEXTS.get(status, say.BAD_REQUEST)
    return message_page(request, say.ERROR_TITLES.get(status, say.ERROR_OTHER), text, status)


async def _user_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, MsokoError)
    return message_page(request, say.ERROR_TITLES[409], say.FIX_AND_RETRY, 409, error.diagnostics)


async def _refused_form(request: Request, error: Exception) -> Response:
    return message_page(request, say.ERROR_TITLES[400], str(error), 400)


async def _too_large(request: Request, error: Exception) -> Response:
    return message_page(request, say.ERROR_TITLES[413], say.BODY_TOO_LARGE, 413)


async def _file_system(request: Request, error: Exception) -> Response:
    """A full disk or a folder without permission is the user's to fix: the folder, named in Russian."""
    assert isinstance(error, OSError)
    return await _user_error(request, file_system_error(error, request.app.state.layout.display))


async def _bug(request: Request, error: Exception) -> Response:
    return message_page(request, say.ERROR_TITLES[500], say.INTERNAL.format(kind=type(error).__name__), 500)
