"""``msoko serve`` end to end in Debian's Chromium (Playwright): what the methodologist sees and what lands
on disk. The server is uvicorn on a free loopback port over a fresh copy of the example."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
import yaml
from docx import Document

from generator.project import ProjectLayout
from generator.web.app import create_app

from .conftest import REPO, ExampleProject
from .test_web import empty_part

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT = REPO / "docs" / "serve-dashboard.png"
"""The README's picture: rewritten only with MSOKO_UPDATE_SCREENSHOTS=1, so a test run leaves the tree clean."""


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is required in CI (apt-get install -y chromium)")
        pytest.skip("Chromium is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Served:
    """A running ``msoko serve`` over a copy of the example."""

    def __init__(self, example: ExampleProject) -> None:
        import uvicorn

        self.example = example
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(ProjectLayout(example.root)), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def served(example):
    server = Served(example)
    yield server
    server.stop()


@pytest.fixture
def page(browser, served):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="ru-RU", accept_downloads=True)
    opened = context.new_page()
    yield opened
    context.close()


def rebuild(page, served) -> None:
    page.goto(served.url + "/")
    page.get_by_role("button", name="Пересобрать документы").click()
    page.get_by_text("Сборка завершена").wait_for(timeout=60_000)


def test_red_cell_to_field_to_green(page, served, tmp_path):
    example = served.example
    path = "regulations/mechanisms/1.2.yaml"
    empty_part(example, path, "methods", "schedule")
    comments = [line for line in example.read(path).splitlines() if line.lstrip().startswith("#")]
    page.goto(served.url + "/")
    cell = page.locator("#m-1\\.2 td.cell").nth(3)
    assert "empty" in cell.get_attribute("class") and cell.inner_text() == "пусто"
    screenshot = SCREENSHOT if os.environ.get("MSOKO_UPDATE_SCREENSHOTS") else tmp_path / SCREENSHOT.name
    page.screenshot(path=str(screenshot), full_page=False)
    assert screenshot.stat().st_size > 10_000  # a real picture of the page, not a blank one
    cell.locator("a").click()
    assert page.url.endswith("/source/regulations/mechanisms/1.2.yaml#f-methods")
    field = page.locator("#f-methods")
    assert field.locator("label").inner_text() == "Методы сбора и обработки информации"
    assert "метод" in field.locator(".error").first.inner_text()  # check's «часть … не заполнена», beside the field
    field.locator("textarea").fill("Анкетирование руководителей ОО.\n\n**Анализ** данных мониторинга.")
    field.locator(".preview strong").wait_for()  # the live preview rendered the Markdown
    page.get_by_role("button", name="Сохранить").click()
    page.get_by_text("Сохранено.").wait_for()
    page.goto(served.url + "/")
    assert "filled" in page.locator("#m-1\\.2 td.cell").nth(3).get_attribute("class")
    text = example.read(path)
    assert yaml.safe_load(text)["methods"] == "Анкетирование руководителей ОО.\n\n**Анализ** данных мониторинга.\n"
    assert [line for line in text.splitlines() if line.lstrip().startswith("#")] == comments


def test_indicator_added_in_the_grid_reaches_the_docx(page, served):
    example = served.example
    page.goto(served.url + "/source/regulations/mechanisms/1.1.yaml" + "#f-indicators")
    indicators = page.locator("#f-indicators")
    before = indicators.locator(":scope > .items > .item").count()
    indicators.locator(":scope > button[data-add]").click()
    item = indicators.locator(":scope > .items > .item").last
    item.locator("[id$='-code'] input").fill("1.1.9")
    item.locator("[id$='-name'] input").fill("Доля обучающихся, охваченных диагностикой читательской грамотности")
    item.locator("[id$='-unit'] select").select_option("процент")
    item.locator("[id$='-type'] select").select_option("результат")
    item.locator("[id$='-numerator'] input").fill("число обучающихся, прошедших диагностику")
    item.locator("[id$='-denominator'] input").fill("общее число обучающихся 5–9 классов")
    item.locator("[id$='-source'] input").fill("отчёт ОО")
    item.locator("[id$='-method'] input").fill("диагностическая работа")
    item.locator("[id$='-periodicity'] input").fill("ежегодно")
    scoring = item.locator("fieldset.list-scoring")
    page.get_by_role("button", name="Удалить строку шкалы 3").last.click()  # a new indicator starts with three bands
    for index, (lower, upper, points) in enumerate((("80", "", "2"), ("", "80", "0"))):
        band = scoring.locator(":scope > .items > .item").nth(index)
        band.locator("[id$='-lower'] input").fill(lower)
        band.locator("[id$='-upper'] input").fill(upper)
        band.locator("[id$='-points'] input").fill(points)
    item.locator("button[data-up]").first.click()  # reorder: the new indicator goes before the last old one
    page.get_by_role("button", name="Сохранить").click()
    page.get_by_text("Сохранено.").wait_for()
    data = yaml.safe_load(example.read("regulations/mechanisms/1.1.yaml"))
    assert len(data["indicators"]) == before + 1
    assert data["indicators"][-2]["code"] == "1.1.9"
    assert data["indicators"][-2]["scoring"] == [{"lower": 80, "points": 2}, {"upper": 80, "points": 0}]
    rebuild(page, served)
    cells = [
        cell.text.replace("\xa0", " ")
        for table in Document(str(example.root / "output" / "polozhenie-1.1.docx")).tables
        for row in table.rows
        for cell in row.cells
    ]
    assert any("охваченных диагностикой читательской грамотности" in text for text in cells)
    assert any("80 % и более" in text for text in cells)


def test_invalid_save_shows_the_located_error_and_writes_nothing(page, served):
    example = served.example
    path = "regulations/mechanisms/1.3.yaml"
    before = example.read(path)
    page.goto(served.url + "/source/" + path + "#f-indicators")
    points = page.locator("#f-indicators-0-scoring-0-points")
    points.locator("input").fill("два")
    points.locator("input").blur()  # validation as you type: the error appears before any save
    points.locator(".error").wait_for()
    assert "сохранить пока нельзя" in page.locator("#check-status").inner_text()
    assert example.read(path) == before
    page.get_by_role("button", name="Сохранить").click()
    page.get_by_text("Не сохранено: исправьте ошибки").wait_for()
    error = page.locator("#f-indicators-0-scoring-0-points .error")
    assert error.inner_text() == "Поле «Баллы»: ожидается целое число, указано «два»"
    assert page.locator("#f-indicators-0-scoring-0-points input").input_value() == "два"  # the input is kept
    assert example.read(path) == before


def test_concurrent_change_on_disk_is_detected(page, served):
    example = served.example
    path = "regulations/mechanisms/2.1.yaml"
    page.goto(served.url + "/source/" + path + "#f-goal")
    example.replace(path, "mechanism:", "# правка в другом редакторе\nmechanism:")
    page.locator("#f-goal textarea").fill("Цель, написанная в браузере.")
    page.get_by_role("button", name="Сохранить").click()
    page.get_by_text("Файл изменился на диске").wait_for()
    text = example.read(path)
    assert "# правка в другом редакторе" in text and "Цель, написанная в браузере." not in text


def test_approve_edit_rebuild_changelog_and_redline(page, served, tmp_path):
    rebuild(page, served)
    page.goto(served.url + "/review")
    page.get_by_label("Кто утверждает").fill("Юрист Е.В. Смирнова")
    page.get_by_label("Документы проверены, утвердить").check()  # every document is preselected
    page.get_by_role("button", name="Утвердить").click()
    page.get_by_text("Итого утверждено: 17").wait_for()
    page.goto(served.url + "/source/regulations/mechanisms/1.4.yaml" + "#f-indicators")
    page.locator("#f-indicators-0-target input").fill("не менее 95 %")
    page.get_by_role("button", name="Сохранить").click()
    page.get_by_text("Сохранено.").wait_for()
    page.goto(served.url + "/")
    assert "изменён после утверждения" not in page.locator("#d-polozhenie-1\\.4").inner_text()
    rebuild(page, served)
    page.goto(served.url + "/")
    assert "изменён после утверждения" in page.locator("#d-polozhenie-1\\.4").inner_text()
    page.goto(served.url + "/review")
    page.get_by_role("button", name="Показать изменения").click()
    log = page.locator("section.changelog")
    log.wait_for()
    assert "заменено на «95»" in log.inner_text() and "Юрист Е.В. Смирнова" in log.inner_text()
    with page.expect_download() as download:
        log.get_by_text("Скачать исправления").first.click()
    saved = tmp_path / "redline.docx"
    download.value.save_as(saved)
    body = Document(str(saved)).element.body
    inserted = "".join(body.xpath(".//w:ins//w:t/text()"))
    assert "95" in inserted


def post_from_another_site(page, served: Served, path: str, fields: str) -> None:
    """Submit a form of another site to ``path`` of this server, from a browser that holds this server's CSRF cookie
    (it opened ``path`` first, as a user's would); the refusal page is awaited."""
    page.goto(served.url + path)
    form = f'<form method="post" action="{served.url}{path}">{fields}<button>go</button></form>'
    page.route("http://other-site.test/**", lambda route: route.fulfill(body=form, content_type="text/html"))
    page.goto("http://other-site.test/")
    page.get_by_role("button", name="go").click()
    page.get_by_role("heading", name="Запрос отклонён").wait_for()


def test_cross_site_post_and_traversal_are_refused(page, served):
    example = served.example
    post_from_another_site(page, served, "/approve", '<input name="by" value="Злоумышленник">')
    assert "изменять проект можно только со страниц самого msoko" in page.content()
    assert not (example.root / "regulations" / "approved").exists()
    page.goto(served.url + "/source/..%2F..%2F..%2Fetc%2Fpasswd")
    assert "Такого источника в проекте нет" in page.content()
    assert "root:" not in page.content()


def test_band_edited_as_two_numbers_with_the_scale_drawn_and_checked_live(page, served):
    """A band is «от»/«до» with each bound included or not; the scale's line marks a gap as it is typed, and the
    check's error stands beside the band; a reversed range is said the same way; nothing is saved meanwhile."""
    example = served.example
    path = "regulations/mechanisms/1.1.yaml"
    before = example.read(path)
    page.goto(served.url + "/source/" + path + "#f-indicators")  # 1.1.2: 90 % и более / 75–90 % / менее 75 %
    scoring = page.locator("#f-indicators-1-scoring")
    line = scoring.locator("[data-scale-line]")
    assert line.locator(".scale-band").count() == 3
    assert line.locator(".scale-summary").inner_text() == "Каждое значение оценено один раз."
    middle = page.locator("#f-indicators-1-scoring-1")
    assert middle.locator("[id$='-lower'] input").input_value() == "75"
    assert middle.locator("[id$='-upper'] input").input_value() == "90"
    assert not middle.locator("[id$='-upper_inclusive'] input").is_checked()
    middle.locator("[id$='-upper'] input").fill("89")
    middle.locator("[id$='-upper_inclusive'] input").check()
    line.locator(".scale-gap").wait_for()
    assert (
        line.locator(".scale-summary").inner_text()
        == "Красная метка — не оценены значения более 89, но менее 90\u00a0%."
    )
    error = page.locator("#e-f-indicators-1-scoring-1 .error")
    error.wait_for()
    assert "значения «более 89\u00a0%, но менее 90\u00a0%» не оценены" in error.inner_text()
    middle.locator("[id$='-lower'] input").fill("99")
    middle.locator("[id$='-upper'] input").fill("10")
    middle.locator("[id$='-upper'] input").blur()
    line.locator(".scale-reversed").wait_for()
    page.locator("#e-f-indicators-1-scoring-1 .error", has_text="нет ни одного значения").wait_for()
    assert example.read(path) == before


def test_a_school_s_part_in_words_stays_inside_its_cell(browser, example):
    """The stranger методист's shot 08: «входит в числитель» of 1.1.1 on a school's page ran over into «Целевое
    значение» (the table's columns are fixed; the words did not wrap)."""
    import shutil

    shutil.copytree(REPO / "data", example.root / "data")
    server = Served(example)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    try:
        page = context.new_page()
        page.goto(server.url + "/monitoring/2024/organizations/sosh-1")
        cells = page.locator("table.lines td.value", has_text="входит в числитель")
        assert cells.count() >= 1
        for index in range(cells.count()):
            overflow = cells.nth(index).evaluate("cell => cell.querySelector('.v').scrollWidth - cell.clientWidth")
            assert overflow <= 0, overflow
    finally:
        context.close()
        server.stop()
