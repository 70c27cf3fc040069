"""uvicorn's HTTP/1.1 protocol (h11) with the one reply it makes by itself in Russian: a request it cannot parse
(a malformed request line, a broken header) is answered before the app sees it, by default in English plain
text («Invalid HTTP request received.»); here with the app's refusal page and its frame headers."""

from __future__ import annotations

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..messages import web as say
from .security import FRAME_HEADERS, plain_page


class RussianH11Protocol(H11Protocol):
    def send_400_response(self, msg: str) -> None:
        body = plain_page(say.ERROR_TITLES[400], say.MALFORMED_REQUEST)
        headers = [
            (b"content-type", b"text/html; charset=utf-8"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
            *FRAME_HEADERS,
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.close()
