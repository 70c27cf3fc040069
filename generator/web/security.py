"""The guards in front of the app: the Host header names this server exactly (against DNS rebinding,
Starlette's ``TrustedHostMiddleware``), every state-changing request comes from its own pages (Origin,
else Referer, with this server's scheme, name and port) and carries the CSRF token (asgi-csrf, as Datasette
uses), request bodies are bounded while they stream in, whatever their framing (``Content-Length`` or
chunked), and no page may be shown in another site's frame (against clickjacking: a hidden frame over a
«Утвердить» button)."""

from __future__ import annotations

import html
import re
from typing import Any, Awaitable, Callable, cast
from urllib.parse import urlsplit

from asgi_csrf import asgi_csrf
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp as StarletteApp, Send

from .. import messages

ASGIApp = Callable[[dict, Callable, Callable], Awaitable[None]]
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
WILDCARD_ADDRESSES = ("0.0.0.0", "::", "")
MAX_BODY = 4 * 1024 * 1024
"""A form of the largest Положение is well under 1 MB; reading is stopped at once past this."""
CSRF_COOKIE = "csrftoken"
FRAME_HEADERS = [(b"x-frame-options", b"DENY"), (b"content-security-policy", b"frame-ancestors 'none'")]
"""On every response: browsers that know CSP read the second, older ones the first."""


def is_loopback(host: str) -> bool:
    return host in LOOPBACK_NAMES


def allowed_hosts(served: str) -> list[str]:
    """The names a Host header may carry: the loopback names, and the one the user served on (an address
    to listen on everywhere is no name a browser sends)."""
    names = [*LOOPBACK_NAMES]
    if served.strip("[]") not in (*WILDCARD_ADDRESSES, *LOOPBACK_NAMES):
        names.append(served.strip("[]").lower())
    return [f"[{name}]" if ":" in name else name for name in names]  # a Host header brackets an IPv6 address


class BodyTooLarge(Exception):
    """The request body went past :data:`MAX_BODY` while it was being read."""


class _Everywhere:
    """asgi-csrf skips requests without cookies unless their path is «always protected»: all are here,
    since a browser sends no cookie with a cross-site POST (SameSite=Lax)."""

    def __contains__(self, path: object) -> bool:
        return True


def guarded(app: ASGIApp, secret: str, hosts: list[str], port: int | None,
            page: Callable[[str, str], bytes]) -> ASGIApp:
    """``app`` behind the CSRF check, then the origin and size checks, then the host check. ``port``: the
    one a Host header must name (None in-process, where there is no socket)."""

    async def csrf_failed(scope: dict, send: Callable, message_id: Any) -> None:
        await _refuse(send, 403, page("Запрос отклонён", messages.WEB_CSRF_FAILED))

    protected = asgi_csrf(app, signing_secret=secret, always_protect=_Everywhere(), send_csrf_failed=csrf_failed)

    async def guard(scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await protected(scope, receive, send)
            return
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope.get("headers", [])}
        host = headers.get("host", "")
        if port is not None and (_port(host) or 80) != port:
            await _refuse(send, 400, page("Запрос отклонён", messages.WEB_HOST_REFUSED))
            return
        if scope["method"] not in SAFE_METHODS:
            refusal = _refusal_before_body(headers, host, scope.get("scheme", "http"))
            if refusal is not None:
                await _refuse(send, refusal[0], page("Запрос отклонён", refusal[1]))
                return
        await _bounded(protected, scope, receive, send, page)

    return _never_framed(_host_checked(guard, hosts, page))


def _never_framed(app: ASGIApp) -> ASGIApp:
    """``app`` with :data:`FRAME_HEADERS` on every response it starts, refusals included."""
    async def framed_never(scope: dict, receive: Callable, send: Callable) -> None:
        async def sending(event: dict) -> None:
            if event["type"] == "http.response.start":
                event = {**event, "headers": [*event.get("headers", []), *FRAME_HEADERS]}
            await send(event)

        await app(scope, receive, sending if scope["type"] == "http" else send)

    return framed_never


def _refusal_before_body(headers: dict[str, str], host: str, scheme: str) -> tuple[int, str] | None:
    """Why a state-changing request is refused on its headers alone, before a byte of its body is read."""
    if not _same_origin(headers, host, scheme):
        return 403, messages.WEB_ORIGIN_REFUSED
    if not re.search(rf"(?:^|;)\s*{CSRF_COOKIE}=", headers.get("cookie", "")):
        return 403, messages.WEB_CSRF_FAILED  # no token to compare the form's with: the form is not ours
    try:
        declared = int(headers.get("content-length") or 0)
    except ValueError:
        declared = MAX_BODY + 1
    if declared > MAX_BODY:
        return 413, messages.WEB_BODY_TOO_LARGE
    return None


async def _bounded(app: ASGIApp, scope: dict, receive: Callable, send: Callable,
                   page: Callable[[str, str], bytes]) -> None:
    """Run ``app`` with a ``receive`` that stops the request once its body passes :data:`MAX_BODY`."""
    received = 0
    started = False

    async def counted() -> dict:
        nonlocal received
        event = await receive()
        received += len(event.get("body", b""))
        if received > MAX_BODY:
            raise BodyTooLarge
        return event

    async def tracked(event: dict) -> None:
        nonlocal started
        started = started or event["type"] == "http.response.start"
        await send(event)

    try:
        await app(scope, counted, tracked)
    except BodyTooLarge:
        if started:
            raise
        await _refuse(send, 413, page("Запрос отклонён", messages.WEB_BODY_TOO_LARGE))
    except TypeError:
        # asgi-csrf 0.11 compares tokens with secrets.compare_digest, which raises on a non-ASCII
        # (forged) token instead of refusing it.
        if started:
            raise
        await _refuse(send, 403, page("Запрос отклонён", messages.WEB_CSRF_FAILED))


def _host_checked(app: ASGIApp, hosts: list[str], page: Callable[[str, str], bytes]) -> ASGIApp:
    """``app`` behind ``TrustedHostMiddleware`` (exact names, no wildcard), its English refusal replaced
    by a Russian page."""
    reached = "msoko.host_trusted"

    async def trusted(scope: dict, receive: Callable, send: Callable) -> None:
        scope[reached] = True
        await app(scope, receive, send)

    middleware = TrustedHostMiddleware(cast(StarletteApp, trusted), allowed_hosts=hosts, www_redirect=False)

    async def checked(scope: dict, receive: Callable, send: Callable) -> None:
        async def refused_in_russian(event: dict) -> None:
            if scope.get(reached):
                await send(event)
            elif event["type"] == "http.response.start":
                await _refuse(send, 400, page("Запрос отклонён", messages.WEB_HOST_REFUSED))

        await middleware(scope, receive, cast(Send, refused_in_russian))

    return checked


def _port(host: str) -> int | None:
    try:
        return urlsplit(f"//{host}").port
    except ValueError:
        return None


def _same_origin(headers: dict[str, str], host: str, scheme: str) -> bool:
    """The request names this very server as its origin, scheme included (a page served over https elsewhere
    under this name is another origin); a request naming none is refused too."""
    origin = headers.get("origin") or headers.get("referer") or ""
    parts = urlsplit(origin)
    return parts.scheme == scheme and bool(host) and parts.netloc.lower() == host.lower()


async def _refuse(send: Callable, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8"), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def plain_page(title: str, text: str) -> bytes:
    """A bare Russian page for refusals made before the app (and its templates) are reached."""
    return (f'<!doctype html><html lang="ru"><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<link rel="stylesheet" href="/static/style.css"><main class="message"><h1>{html.escape(title)}</h1>'
            f'<p>{html.escape(text)}</p><p><a href="/">На главную</a></p></main></html>').encode()
