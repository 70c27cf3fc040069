"""``msoko serve`` against an attacker: DNS rebinding through a crafted Host header, bodies streamed past
the cap, error pages titled for their status, symlinks planted in output/, a full disk under a save."""

from __future__ import annotations

import asyncio
import errno
import re
import tracemalloc

import pytest
import yaml
from starlette.testclient import TestClient

from generator.project import ProjectLayout
from generator.web.app import create_app
from generator.web.security import MAX_BODY

from .test_web import BASE, ORIGIN, client, form_values, token  # noqa: F401 (a fixture)

SOURCE = "regulations/mechanisms/1.1.yaml"


def title(page: str) -> str:
    return re.search(r"<title>(.*?)</title>", page, re.S).group(1)


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1.evil.example:8000",
        "127.0.0.1.evil.example",
        "localhost.evil.example:8000",
        "127.evil.example:8000",
        "evil.example:8000",
        "127.0.0.2:8000",
    ],
)
def test_dns_rebinding_cannot_read_a_form_or_save(example, host):
    """A hostile page whose name resolves to 127.0.0.1 reaches the server with its own name in Host."""
    before = example.read(SOURCE)
    client = TestClient(create_app(ProjectLayout(example.root)), base_url=f"http://{host}")
    page = client.get(f"/source/{SOURCE}")
    assert page.status_code == 400 and "неизвестный адрес сервера" in page.text and "csrftoken" not in page.text
    honest = TestClient(create_app(ProjectLayout(example.root)), base_url=BASE)
    values = form_values(honest.get(f"/source/{SOURCE}").text)  # even a token of the real page does not help
    values["goal"] = "Подменённая цель."
    client.cookies.update(honest.cookies)
    saved = client.post(f"/source/{SOURCE}", data=values, headers={"origin": f"http://{host}"})
    assert saved.status_code == 400 and example.read(SOURCE) == before
    assert client.get("/download/polozhenie-1.1.docx").status_code == 400


def test_exactly_the_loopback_names_and_the_served_port_are_accepted(example):
    layout = ProjectLayout(example.root)
    for host in ("127.0.0.1:8765", "localhost:8765", "[::1]:8765", "LOCALHOST:8765"):
        response = TestClient(create_app(layout, port=8765), base_url=f"http://{host}").get("/")
        assert response.status_code == 200, host
    for host in ("127.0.0.1:8766", "localhost", "[::2]:8765", "127.0.0.1:8765.evil.example"):
        response = TestClient(create_app(layout, port=8765), base_url=BASE).get("/", headers={"host": host})
        assert response.status_code == 400 and "Запрос отклонён" in response.text, host
    named = create_app(layout, host="msoko.school.local", port=8765)
    assert TestClient(named, base_url="http://msoko.school.local:8765").get("/").status_code == 200
    assert TestClient(named, base_url="http://msoko.school.local.evil.example:8765").get("/").status_code == 400


class Stream:
    """The ``receive`` of an ASGI server handing over a chunked body of ``total`` bytes, counting what
    the app took."""

    def __init__(self, total: int, chunk: int = 64 * 1024) -> None:
        self.left, self.chunk, self.handed = total, chunk, 0

    async def __call__(self) -> dict:
        size = min(self.chunk, self.left)
        self.left -= size
        self.handed += size
        return {"type": "http.request", "body": b"a" * size, "more_body": self.left > 0}


def post_streamed(app, cookie: str, total: int) -> tuple[int, bytes, Stream]:
    stream = Stream(total)
    sent: list[dict] = []

    async def send(event: dict) -> None:
        sent.append(event)

    headers = [
        (b"host", b"127.0.0.1:8000"),
        (b"origin", BASE.encode()),
        (b"transfer-encoding", b"chunked"),
        (b"content-type", b"application/x-www-form-urlencoded"),
        (b"cookie", cookie.encode()),
    ]
    scope = {
        "type": "http",
        "method": "POST",
        "path": f"/source/{SOURCE}",
        "raw_path": f"/source/{SOURCE}".encode(),
        "query_string": b"",
        "headers": headers,
        "http_version": "1.1",
        "scheme": "http",
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 50000),
        "root_path": "",
    }
    asyncio.run(app(scope, stream, send))
    start = next(event for event in sent if event["type"] == "http.response.start")
    return start["status"], b"".join(e.get("body", b"") for e in sent if e["type"] == "http.response.body"), stream


def test_a_chunked_body_past_the_cap_is_refused_while_it_streams(example):
    app = create_app(ProjectLayout(example.root))
    client = TestClient(app, base_url=BASE)
    client.get("/")
    cookie = f"csrftoken={client.cookies['csrftoken']}"
    tracemalloc.start()
    try:
        status, body, stream = post_streamed(app, cookie, 100 * 1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert status == 413 and "слишком большой объём данных" in body.decode()
    assert stream.handed <= MAX_BODY + stream.chunk  # the rest of the 100 MB was never read
    assert peak < 20 * 1024 * 1024
    status, body, stream = post_streamed(app, "", 100 * 1024 * 1024)  # no token to compare with: not a byte read
    assert status == 403 and stream.handed == 0


def test_every_error_status_has_its_own_title(client):
    csrf = token(client)
    many = client.post("/preview", data={f"f{i}": "x" for i in range(30_000)} | {"csrftoken": csrf}, headers=ORIGIN)
    long = client.post("/preview", files={"goal": (None, "я" * 700_000)}, headers={"x-csrftoken": csrf, **ORIGIN})
    for response in (many, long):
        assert response.status_code == 400
        assert title(response.text).startswith("Неверный запрос") and "Такой страницы нет" not in response.text
    missing = client.get("/nowhere")
    assert missing.status_code == 404 and title(missing.text).startswith("Не найдено")
    wrong = client.delete("/", headers=ORIGIN)
    assert wrong.status_code in (403, 405) and not title(wrong.text).startswith("Не найдено")
    method = client.get("/pack")
    assert method.status_code == 405 and title(method.text).startswith("Недопустимое действие")


@pytest.mark.parametrize(
    "planted, url",
    [
        ("output/polozhenie-1.1.docx", "/download/polozhenie-1.1.docx"),
        ("output/polozhenie-1.1.docx", "/documents/polozhenie-1.1"),
        ("output/redlines/polozhenie-1.1.docx", "/download/redline/polozhenie-1.1.docx"),
        ("output/pack/msoko-2026-01-01.zip", "/download/pack/msoko-2026-01-01.zip"),
        ("output/.msoko/pages/" + "0" * 64 + "/page-1.png", "/pages/" + "0" * 64 + "/page-1.png"),
    ],
)
def test_a_symlink_in_output_is_never_followed(client, example, planted, url):
    link = example.root / planted
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to("/etc/passwd")
    response = client.get(url)
    assert response.status_code == 404 and "root:" not in response.text


def test_a_symlinked_folder_on_the_way_is_not_followed_either(client, example, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "polozhenie-1.1.docx").write_bytes(b"PK secret")
    (example.root / "output").mkdir()
    (example.root / "output" / "redlines").symlink_to(elsewhere)
    response = client.get("/download/redline/polozhenie-1.1.docx")
    assert response.status_code == 404 and "secret" not in response.text


@pytest.mark.parametrize(
    "code, reason",
    [
        (errno.ENOSPC, "на диске нет места"),
        (errno.EACCES, "нет прав доступа"),
        (errno.EROFS, "файловая система доступна только для чтения"),
    ],
)
def test_a_save_on_a_full_disk_is_a_russian_message_naming_the_folder(client, example, monkeypatch, code, reason):
    from .test_faults import fail_writes

    before = example.read(SOURCE)
    values = form_values(client.get(f"/source/{SOURCE}").text)
    values["goal"] = "Новая цель мониторинга."
    fail_writes(monkeypatch, code)
    response = client.post(f"/source/{SOURCE}", data=values, headers=ORIGIN)
    assert response.status_code == 409 and "Внутренняя ошибка" not in response.text
    assert f"в папке «regulations/mechanisms»: {reason}" in response.text
    assert "Новая цель мониторинга." in response.text  # what was typed is still in the form
    assert example.read(SOURCE) == before
    approve = client.post(
        "/approve",
        data={"by": "Юрист", "document": "polozhenie-1.1", "confirm": "1", "csrftoken": token(client)},
        headers=ORIGIN,
    )
    assert approve.status_code != 500 and "Внутренняя ошибка" not in approve.text


def test_a_form_of_thousands_of_list_items_is_refused_at_once(client, example):
    """Sparse indices («indicators.100.name», «indicators.101.name»…) once made the server check and render
    every one of them: 2000 took 57 s and 372 MB. A form no page of the app sends is refused whole."""
    before = example.read(SOURCE)
    values = form_values(client.get(f"/source/{SOURCE}").text)
    values.update({f"indicators.{100 + index}.name": "x" for index in range(1000)})
    response = client.post(f"/source/{SOURCE}", data=values, headers=ORIGIN)
    assert response.status_code == 400 and title(response.text).startswith("Неверный запрос")
    assert "больше 200 элементов одного списка" in response.text and example.read(SOURCE) == before


def test_control_characters_typed_into_a_field_are_dropped_not_a_500(client, example):
    values = form_values(client.get(f"/source/{SOURCE}").text)
    values["goal"] = "Повышение\x00 качества\x01 подготовки\x7f\ufffe обучающихся."
    response = client.post(f"/source/{SOURCE}", data=values, headers=ORIGIN)
    assert response.status_code in (200, 303), response.text[-2000:]
    assert yaml.safe_load(example.read(SOURCE))["goal"].strip() == "Повышение качества подготовки обучающихся."


def test_a_path_that_climbs_is_not_a_source_even_when_it_lands_inside(client):
    for path in ("regulations/acts/..%2fmsoko.yaml", "regulations/mechanisms/1.1.yaml/..%2f..%2fproject.yaml"):
        assert client.get(f"/source/{path}").status_code == 404, path


def test_an_unknown_catalog_is_a_russian_message_on_every_document_page(client, example):
    example.replace("regulations/project.yaml", "catalog: federal-2021", "catalog: nonexistent")
    for url in ("/documents/polozhenie-1.1", "/download/polozhenie-1.1.docx"):
        response = client.get(url)
        assert response.status_code == 409 and "каталога «nonexistent»" in response.text, url
