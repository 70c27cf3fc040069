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
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp as StarletteApp, Send

from ..messages import web as say

ASGIApp = Callable[[dict, Callable, Callable], Awaitable[None]]
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
WILDCARD_ADDRESSES = ("0.0.0.0", "::", "")
MAX_BODY = 4 * 1024 * 1024
"""A form of the largest Положение is well under 1 MB; reading is stopped at once past this."""
CSRF_COOKIE = "csrftoken"
CSRF_HEADER = b"x-csrftoken"
"""The header asgi-csrf takes the token from (htmx sends it, and an upload's token is moved into it)."""
UPLOAD_PATH = re.compile(r"/monitoring/(\d{4})/upload")
"""The form that sends workbooks: refused for its size, it is told so, with the way back."""
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


def guarded(app: ASGIApp, secret: str, hosts: list[str], port: int | None, page: Callable[..., bytes]) -> ASGIApp:
    """``app`` behind the CSRF check, then the origin and size checks, then the host check. ``port``: the
    one a Host header must name (None in-process, where there is no socket)."""

    async def csrf_failed(scope: dict, send: Callable, message_id: Any) -> None:
        await _refuse(send, 403, page(say.REFUSED, say.CSRF_FAILED))

    protected = _form_token_as_header(
        asgi_csrf(app, signing_secret=secret, always_protect=_Everywhere(), send_csrf_failed=csrf_failed), page
    )

    async def guard(scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await protected(scope, receive, send)
            return
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope.get("headers", [])}
        host = headers.get("host", "")
        if port is not None and (_port(host) or 80) != port:
            await _refuse(send, 400, page(say.REFUSED, say.HOST_REFUSED))
            return
        if scope["method"] not in SAFE_METHODS:
            refusal = _refusal_before_body(headers, host, scope.get("scheme", "http"))
            if refusal is not None and refusal[0] == 413:
                await _refuse(send, 413, page(say.REFUSED, *_too_large(scope["path"], _declared(headers))))
                return
            if refusal is not None:
                await _refuse(send, refusal[0], page(say.REFUSED, refusal[1]))
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
        return 403, say.ORIGIN_REFUSED
    if not re.search(rf"(?:^|;)\s*{CSRF_COOKIE}=", headers.get("cookie", "")):
        return 403, say.CSRF_FAILED  # no token to compare the form's with: the form is not ours
    if _declared(headers) > MAX_BODY:
        return 413, say.BODY_TOO_LARGE
    return None


def _declared(headers: dict[str, str]) -> int:
    try:
        return int(headers.get("content-length") or 0)
    except ValueError:
        return MAX_BODY + 1


def _too_large(path: str, declared: int) -> tuple[str, tuple[str, str] | None]:
    """What a body past :data:`MAX_BODY` is told, and where to go back to: the workbooks of an upload are told
    their size against the limit, with the way back to the year's monitoring page they were sent from."""
    upload = UPLOAD_PATH.fullmatch(path)
    if upload is None:
        return say.BODY_TOO_LARGE, None
    size = say.UPLOAD_SIZE.format(size=f"{declared / 2**20:.1f}".replace(".", ",")) if declared > MAX_BODY else ""
    year = upload.group(1)
    return (
        say.UPLOAD_TOO_LARGE.format(size=size, limit=MAX_BODY >> 20),
        (f"/monitoring/{year}#upload-title", say.BACK_TO_MONITORING.format(year=year)),
    )


async def _bounded(app: ASGIApp, scope: dict, receive: Callable, send: Callable, page: Callable[..., bytes]) -> None:
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
        await _refuse(send, 413, page(say.REFUSED, *_too_large(scope["path"], 0)))
    except TypeError:
        # asgi-csrf 0.11 compares tokens with secrets.compare_digest, which raises on a non-ASCII
        # (forged) token instead of refusing it.
        if started:
            raise
        await _refuse(send, 403, page(say.REFUSED, say.CSRF_FAILED))


def _form_token_as_header(app: ASGIApp, page: Callable[..., bytes]) -> ASGIApp:
    """asgi-csrf 0.11 reads the token of a multipart form (an upload) through an argument python-multipart 0.0.26
    removed (simonw/asgi-csrf#38), and fails every upload. The token is read here instead, by the same rule —
    the field «csrftoken» before any file — and handed to asgi-csrf as the header it checks against the cookie in
    its own way; the body is replayed untouched. A form without the token is refused here."""

    async def reading(scope: dict, receive: Callable, send: Callable) -> None:
        headers = dict(scope.get("headers", []))
        kind, options = parse_options_header(headers.get(b"content-type", b""))
        if scope["method"] in SAFE_METHODS or kind != b"multipart/form-data" or CSRF_HEADER in headers:
            await app(scope, receive, send)
            return
        token, replay = await _form_token(options.get(b"boundary", b""), receive)
        if token is None or not token.isascii():
            await _refuse(send, 403, page(say.REFUSED, say.CSRF_FAILED))
            return
        await app({**scope, "headers": [*scope["headers"], (CSRF_HEADER, token)]}, replay, send)

    return reading


class _TokenRead(Exception):
    """The form's parts up to its token (or to a file before any token) are read: the rest need not be."""


async def _form_token(boundary: bytes, receive: Callable) -> tuple[bytes | None, Callable]:
    """The value of the multipart field «csrftoken» met before any file, and a ``receive`` that replays the body."""
    received: list[dict] = []
    part: dict[str, Any] = {"field": b"", "value": b"", "headers": {}, "token": None, "found": None}

    def header_end() -> None:  # a header's name and value may each come in several pieces
        part["headers"][part["field"].strip().lower()] = part["value"].strip()
        part.update(field=b"", value=b"")

    def headers_finished() -> None:
        _, options = parse_options_header(part["headers"].pop(b"content-disposition", b""))
        if b"filename" in options:
            raise _TokenRead
        part["token"] = [] if options.get(b"name") == CSRF_COOKIE.encode() else None

    def data(chunk: bytes, start: int, end: int) -> None:
        if part["token"] is not None:
            part["token"].append(chunk[start:end])

    def part_end() -> None:
        if part["token"] is not None:
            part["found"] = b"".join(part["token"])
            raise _TokenRead

    parser = MultipartParser(
        boundary,
        cast(
            Any,
            {
                "on_header_field": lambda chunk, start, end: part.update(field=part["field"] + chunk[start:end]),
                "on_header_value": lambda chunk, start, end: part.update(value=part["value"] + chunk[start:end]),
                "on_header_end": header_end,
                "on_headers_finished": headers_finished,
                "on_part_data": data,
                "on_part_end": part_end,
            },
        ),
    )
    try:
        more = bool(boundary)
        while more:
            event = await receive()
            received.append(event)
            parser.write(event.get("body", b""))
            more = event.get("more_body", False)
    except (_TokenRead, MultipartParseError):
        pass

    async def replay() -> dict:
        return received.pop(0) if received else await receive()

    return part["found"], replay


def _host_checked(app: ASGIApp, hosts: list[str], page: Callable[..., bytes]) -> ASGIApp:
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
                await _refuse(send, 400, page(say.REFUSED, say.HOST_REFUSED))

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
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/html; charset=utf-8"), (b"connection", b"close")],
        }
    )
    await send({"type": "http.response.body", "body": body})


def plain_page(title: str, text: str, back: tuple[str, str] | None = None) -> bytes:
    """A bare Russian page for refusals made before the app (and its templates) are reached; ``back``: the page
    to return to (its address and the link's words), besides the home page."""
    link = f'<a href="{html.escape(back[0])}">{html.escape(back[1])}</a> · ' if back else ""
    return (
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<link rel="stylesheet" href="/static/style.css"></head><body><main class="message">'
        f'<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p><p>{link}<a href="/">{say.HOME}</a></p>'
        "</main></body></html>"
    ).encode()
