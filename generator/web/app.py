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

from .. import messages
from ..errors import MsokoError
from ..project import ProjectLayout
from . import handover, views
from .rendering import HERE, message_page, templates
from .security import ASGIApp, guarded, plain_page

def create_app(layout: ProjectLayout, loopback_only: bool = True, secret: str | None = None) -> ASGIApp:
    """The app for the project at ``layout``; ``loopback_only`` refuses requests naming another host."""
    app = Starlette(
        routes=[*views.ROUTES, *handover.ROUTES,
                Mount("/static", StaticFiles(directory=HERE / "static"), name="static")],
        exception_handlers={HTTPException: _http_error, MsokoError: _user_error,
                            Exception: _bug},
    )
    app.state.layout = layout
    app.state.templates = templates()
    app.state.jobs = {}
    return guarded(app, secret or secrets.token_hex(32), loopback_only, plain_page)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if error.status_code == 405:
        return message_page(request, "Недопустимое действие", messages.WEB_METHOD_NOT_ALLOWED, 405)
    text = error.detail if error.status_code == 404 and error.detail != "Not Found" else messages.WEB_NOT_FOUND
    return message_page(request, "Не найдено", text, error.status_code)


async def _user_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, MsokoError)
    return message_page(request, "Не получилось", "Исправьте и повторите:", 409,
                        error.diagnostics)


async def _bug(request: Request, error: Exception) -> Response:
    return message_page(request, "Внутренняя ошибка", messages.WEB_INTERNAL.format(kind=type(error).__name__), 500)
