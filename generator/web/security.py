"""The guards in front of the app: the Host header names this server (against DNS rebinding), every
state-changing request comes from its own pages (Origin, else Referer) and carries the CSRF token
(asgi-csrf, as Datasette uses), and request bodies are bounded."""

from __future__ import annotations

import html
from typing import Any, Awaitable, Callable
from urllib.parse import urlsplit

from asgi_csrf import asgi_csrf

from .. import messages

ASGIApp = Callable[[dict, Callable, Callable], Awaitable[None]]
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}
MAX_BODY = 8 * 1024 * 1024
"""A form of the largest Положение is well under 1 MB."""


def is_loopback(host: str) -> bool:
    return host in LOOPBACK_NAMES or host.startswith("127.")


class _Everywhere:
    """asgi-csrf skips requests without cookies unless their path is «always protected»: all are here,
    since a browser sends no cookie with a cross-site POST (SameSite=Lax)."""

    def __contains__(self, path: object) -> bool:
        return True


def guarded(app: ASGIApp, secret: str, loopback_only: bool, page: Callable[[str, str], bytes]) -> ASGIApp:
    """``app`` behind the CSRF check, then behind the host, origin and size checks."""

    async def csrf_failed(scope: dict, send: Callable, message_id: Any) -> None:
        await _refuse(send, 403, page("Запрос отклонён", messages.WEB_CSRF_FAILED))

    protected = asgi_csrf(app, signing_secret=secret, always_protect=_Everywhere(), send_csrf_failed=csrf_failed)

    async def guard(scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await protected(scope, receive, send)
            return
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope.get("headers", [])}
        host = headers.get("host", "")
        if loopback_only and not is_loopback(_hostname(host)):
            await _refuse(send, 400, page("Запрос отклонён", messages.WEB_HOST_REFUSED))
            return
        if scope["method"] not in SAFE_METHODS:
            if not _same_origin(headers, host):
                await _refuse(send, 403, page("Запрос отклонён", messages.WEB_ORIGIN_REFUSED))
                return
            if int(headers.get("content-length") or 0) > MAX_BODY:
                await _refuse(send, 413, page("Запрос отклонён", "Слишком большой объём данных формы."))
                return
        started = False

        async def tracked(event: dict) -> None:
            nonlocal started
            started = True
            await send(event)

        try:
            await protected(scope, receive, tracked)
        except TypeError:
            # asgi-csrf 0.11 compares tokens with secrets.compare_digest, which raises on a non-ASCII
            # (forged) token instead of refusing it.
            if started:
                raise
            await _refuse(send, 403, page("Запрос отклонён", messages.WEB_CSRF_FAILED))

    return guard


def _hostname(host: str) -> str:
    return (urlsplit(f"//{host}").hostname or "").lower()


def _same_origin(headers: dict[str, str], host: str) -> bool:
    """The request names this very server as its origin; a request naming none is refused too."""
    origin = headers.get("origin") or headers.get("referer") or ""
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and bool(host) and parts.netloc.lower() == host.lower()


async def _refuse(send: Callable, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8")]})
    await send({"type": "http.response.body", "body": body})


def plain_page(title: str, text: str) -> bytes:
    """A bare Russian page for refusals made before the app (and its templates) are reached."""
    return (f'<!doctype html><html lang="ru"><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<link rel="stylesheet" href="/static/style.css"><main class="message"><h1>{html.escape(title)}</h1>'
            f'<p>{html.escape(text)}</p><p><a href="/">На главную</a></p></main></html>').encode()
