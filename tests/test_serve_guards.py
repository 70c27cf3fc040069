"""``msoko serve`` past the first probe: an Origin of another scheme is another site, no page may be framed by
another site (clickjacking), and the request uvicorn cannot parse is refused in Russian like every other."""

from __future__ import annotations

import socket
import threading
import time

import uvicorn
from starlette.testclient import TestClient

from generator.project import ProjectLayout
from generator.web.app import create_app
from generator.web.protocol import RussianH11Protocol

from .test_web import BASE, client, form_values  # noqa: F401 (a fixture)

SOURCE = "regulations/mechanisms/1.1.yaml"


def test_an_origin_of_another_scheme_is_another_site(client, example):
    before = example.read(SOURCE)
    values = form_values(client.get(f"/source/{SOURCE}").text)
    values["goal"] = "Подменённая цель."
    refused = client.post(f"/source/{SOURCE}", data=values, headers={"origin": "https://127.0.0.1:8000"})
    assert refused.status_code == 403 and "Запрос отклонён" in refused.text
    referred = client.post(f"/source/{SOURCE}", data=values, headers={"referer": "https://127.0.0.1:8000/"})
    assert referred.status_code == 403
    assert example.read(SOURCE) == before
    saved = client.post(f"/source/{SOURCE}", data=values, headers={"origin": BASE})
    assert saved.status_code in (200, 303) and "Подменённая цель." in example.read(SOURCE)


def test_no_response_may_be_framed(client, example):
    responses = [
        client.get("/"),
        client.get(f"/source/{SOURCE}"),
        client.get("/static/style.css"),
        client.get("/нет-такой-страницы"),
        TestClient(create_app(ProjectLayout(example.root)), base_url="http://evil.example").get("/"),
        client.post(f"/source/{SOURCE}", data={}, headers={"origin": "http://evil.example"}),
    ]
    for response in responses:
        assert response.headers["x-frame-options"] == "DENY", response.url
        assert response.headers["content-security-policy"] == "frame-ancestors 'none'", response.url
    assert [r.status_code for r in responses[3:]] == [404, 400, 403]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_request_uvicorn_cannot_parse_is_refused_in_russian(example):
    port = _free_port()
    config = uvicorn.Config(
        create_app(ProjectLayout(example.root), port=port),
        host="127.0.0.1",
        port=port,
        log_level="critical",
        http=RussianH11Protocol,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started
        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            connection.sendall(b"GET /\x01 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            reply = b""
            while chunk := connection.recv(65536):
                reply += chunk
    finally:
        server.should_exit = True
        thread.join(timeout=20)
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"content-type: text/html; charset=utf-8" in head.lower()
    assert b"x-frame-options: deny" in head.lower()
    text = body.decode()
    assert "Неверный запрос" in text and "Запрос не разобран: он пришёл в неверном виде" in text
    assert "Invalid HTTP request" not in text
