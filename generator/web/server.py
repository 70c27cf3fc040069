"""``msoko serve``: run the app with uvicorn on loopback and open the browser."""

from __future__ import annotations

import threading
import webbrowser

import click

from schemas.diagnostics import Diagnostic, Location

from .. import messages
from ..messages import web as say
from ..errors import MsokoError
from ..project import ProjectLayout
from .app import create_app
from .security import is_loopback


def serve(layout: ProjectLayout, host: str, port: int, open_browser: bool) -> None:
    import uvicorn

    from .protocol import RussianH11Protocol

    if not layout.regulations.is_dir():
        raise MsokoError(
            [Diagnostic.error(Location(layout.display(layout.regulations)), messages.NO_REGULATIONS_DIR, code="web")]
        )
    loopback = is_loopback(host)
    if not loopback:
        click.echo(say.NOT_LOOPBACK.format(host=host), err=True)
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    click.echo(say.STARTED.format(url=url))
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(
        create_app(layout, host=host, port=port), host=host, port=port, log_level="warning", http=RussianH11Protocol
    )
