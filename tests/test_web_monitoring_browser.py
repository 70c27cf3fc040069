"""The monitoring year in Debian's Chromium (issue 28): a methodologist downloads a collection workbook, two schools
fill it (one well, one with the mistakes people make), both are uploaded; every bad cell is listed under its
file, nothing is stored; the good one alone is taken and the results matrix and the school's page show its values.
axe-core finds nothing on any of these pages, and a cross-site upload is refused."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import REPO
from tests.workbooks import fill

from .test_web_browser import Served, browser, page  # noqa: F401  (fixtures)
from .test_web_guided import axe_violations

DATA = "data/2024/1.1.csv"
BAD_CELLS = {"E5": "12 чел.", "F5": "412,5", "K5": 500, "L5": 400, "A30": "sosh-99", "E30": 10, "F30": 20}
"""СОШ № 2's row with text in a number, a decimal comma and a numerator above its denominator; a row of an
organization the list does not have."""
BAD_REPORT = [
    "лист «Показатели», ячейка E5 — МОУ «СОШ\xa0№\xa02», показатель 1.1.2 (числитель): текст вместо числа: «12 чел.»; "
    "введите только число",
    "лист «Показатели», ячейка F5 — МОУ «СОШ\xa0№\xa02», показатель 1.1.2 (знаменатель): ожидается целое число, а "
    "указано 412,5",
    "лист «Показатели», ячейка K5 — МОУ «СОШ\xa0№\xa02», показатель 1.1.5 (числитель): числитель (500) больше "
    "знаменателя (400)",
    "лист «Показатели», ячейка A30 — Неизвестная организация «sosh-99»: её нет в списке организаций",
]
GOOD_CELLS = {"E4": 437, "F4": 450, "K4": 70, "L4": 96, "M4": 9, "N4": 12}
"""СОШ № 1's row: 1.1.2 is 97,1 %, 1.1.5 is 72,9 %, 1.1.6 is 75,0 %."""


@pytest.fixture
def served(example):
    """``msoko serve`` over the example with its two years of collected data."""
    shutil.copytree(REPO / "data", example.root / "data")
    server = Served(example)
    yield server
    server.stop()


def shot(page, folder, name: str) -> None:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000  # a real picture of the page, not a blank one


def test_workbooks_downloaded_filled_uploaded_checked_stored_and_shown(page, served, tmp_path):
    example = served.example
    before = example.read(DATA)
    page.goto(served.url + "/")
    page.get_by_role("link", name="Перейти к мониторингу").click()
    page.get_by_role("heading", name="Мониторинг: сбор данных и результаты за 2024 год").wait_for()
    assert axe_violations(page) == []
    shot(page, tmp_path, "monitoring")
    with page.expect_download() as download:
        page.get_by_role("link", name="Скачать книгу механизма 1.1 за 2024 год").click()
    blank = tmp_path / "blank.xlsx"
    download.value.save_as(blank)
    assert download.value.suggested_filename == "сбор-данных-2024-1.1.xlsx"
    good = fill(blank, tmp_path / "СОШ-1.xlsx", keys={"sosh-1"}, cells=GOOD_CELLS)
    bad = fill(blank, tmp_path / "СОШ-2.xlsx", keys={"sosh-2"}, cells=BAD_CELLS)

    page.locator("#workbooks").set_input_files([str(good), str(bad)])
    page.get_by_role("button", name="Загрузить и проверить").click()
    report = page.locator("#report")
    report.get_by_role("heading", name="Данные не приняты").wait_for()
    assert report.locator("h3").all_inner_texts() == ["СОШ-2.xlsx"]  # the good file has nothing to say
    assert report.locator("li").all_inner_texts() == BAD_REPORT
    assert "Найдено ошибок: 4. Ничего не сохранено" in report.inner_text()
    assert "В книге «СОШ-1.xlsx» ошибок нет, но она не сохранена" in report.inner_text()
    assert example.read(DATA) == before  # nothing of either file is stored
    assert axe_violations(page) == []
    shot(page, tmp_path, "upload-rejected")

    page.locator("#workbooks").set_input_files([str(good)])
    page.get_by_role("button", name="Загрузить и проверить").click()
    report.get_by_role("heading", name="Подтвердите замену данных").wait_for()  # СОШ № 1 reported 2024 already
    assert (
        report.locator("ul.accepted > li > strong").inner_text().replace("\xa0", " ")
        == "МОУ «СОШ № 1», 2024 год, механизм 1.1"
    )
    assert "будет изменено 6 значений из 6" in report.inner_text()
    assert example.read(DATA) == before  # nothing replaced without the user's word
    assert axe_violations(page) == []
    shot(page, tmp_path, "upload-confirm")
    page.get_by_role("button", name="Заменить данные").click()
    report.get_by_role("heading", name="Данные приняты").wait_for()
    page.reload()  # F5 after the upload: the same report, nothing sent again
    report.get_by_role("heading", name="Данные приняты").wait_for()
    assert report.locator("p.notice").inner_text() == "Принято: 1 ОО, 6 значений."
    assert "1.1.2, числитель: " in report.inner_text() and "→ 437" in report.inner_text()
    stored = example.read(DATA).splitlines()
    mine = [line for line in stored if line.startswith("sosh-1,")]
    assert mine == [
        "sosh-1,1.1.1,numerator,1",  # the округ's indicator the form does not ask for: kept as stored
        "sosh-1,1.1.1,denominator,1",
        "sosh-1,1.1.2,numerator,437",
        "sosh-1,1.1.2,denominator,450",
        "sosh-1,1.1.3,numerator,64",  # so is 1.1.3's part of the округ
        "sosh-1,1.1.3,denominator,64",
        "sosh-1,1.1.5,numerator,70",
        "sosh-1,1.1.5,denominator,96",
        "sosh-1,1.1.6,numerator,9",
        "sosh-1,1.1.6,denominator,12",
    ]
    assert [line for line in stored if not line.startswith("sosh-1,")] == [
        line for line in before.splitlines() if not line.startswith("sosh-1,")
    ]
    assert axe_violations(page) == []
    shot(page, tmp_path, "upload-accepted")

    report.get_by_role("link", name="результаты механизма 1.1 за 2024 год").click()  # what to do next, said
    row = page.get_by_role("row", name="МОУ «СОШ № 1»", exact=False).first
    cells = [text.replace("\xa0", " ").split("\n") for text in row.locator("td").all_inner_texts()]
    assert cells[:3] == [["97,1 %", "2 балла"], ["72,9 %", "2 балла"], ["75,0 %", "1 балл", "не достигнуто"]]
    assert "tone-mid" in row.locator("td").nth(2).get_attribute("class")
    assert page.locator("tfoot th").inner_text().replace("\xa0", " ") == "Копейский городской округ (в целом)"
    assert axe_violations(page) == []
    shot(page, tmp_path, "results")

    row.get_by_role("link").click()
    page.get_by_role("heading", name="МОУ «СОШ № 1»: результаты мониторинга за 2024 год").wait_for()
    line = page.locator("#m-1\\.1 tbody tr").filter(has_text="1.1.6").inner_text().replace("\xa0", " ")
    assert "75,0 %" in line and "не менее 85 %" in line and "не достигнуто" in line
    assert axe_violations(page) == []
    shot(page, tmp_path, "organization")


def test_a_cross_site_upload_is_refused(page, served, tmp_path):
    example = served.example
    before = example.read(DATA)
    page.goto(served.url + "/monitoring/2024")  # the browser holds this server's CSRF cookie, as a user's would
    workbook = tmp_path / "any.xlsx"
    workbook.write_bytes(b"PK not really a workbook")
    form = (
        f'<form method="post" action="{served.url}/monitoring/2024/upload" enctype="multipart/form-data">'
        '<input type="file" name="workbooks"><button>go</button></form>'
    )
    page.route("http://other-site.test/**", lambda route: route.fulfill(body=form, content_type="text/html"))
    page.goto("http://other-site.test/")
    page.locator("input[type=file]").set_input_files(str(workbook))
    page.get_by_role("button", name="go").click()
    page.get_by_role("heading", name="Запрос отклонён").wait_for()
    assert "изменять проект можно только со страниц самого msoko" in page.content()
    assert example.read(DATA) == before


def test_a_new_year_a_workbook_of_another_year_and_the_schools_yet_to_report(page, served, tmp_path):
    """A year without data: a workbook made for 2025 uploaded on 2024's page says where it belongs; once one school
    reported, the others' sums read «нет данных», not «0 из 6 баллов», and a school's own page says only that."""
    page.goto(served.url + "/monitoring/2024")
    page.get_by_label("Другой год").fill("2025")
    page.get_by_role("button", name="Открыть").click()
    page.get_by_role("heading", name="Мониторинг: сбор данных и результаты за 2025 год").wait_for()
    with page.expect_download() as download:
        page.get_by_role("link", name="Скачать книгу механизма 1.1 за 2025 год").click()
    blank = tmp_path / "blank.xlsx"
    download.value.save_as(blank)
    good = fill(blank, tmp_path / "СОШ-1.xlsx", keys={"sosh-1"}, cells=GOOD_CELLS)

    page.goto(served.url + "/monitoring/2024")
    page.locator("#workbooks").set_input_files([str(good)])
    page.get_by_role("button", name="Загрузить и проверить").click()
    page.locator("#report").get_by_role("heading", name="Данные не приняты").wait_for()
    assert page.locator("#report li").inner_text() == (
        "вся книга — Книга сформирована для сбора данных за 2025\xa0год, а на этой странице принимаются данные за "
        "2024\xa0год: загрузите её на странице мониторинга за 2025\xa0год"
    )
    assert page.locator("#report li a").get_attribute("href") == "/monitoring/2025"  # the page it names, a click away

    page.get_by_label("Другой год").fill("2025")
    page.get_by_role("button", name="Открыть").click()
    page.locator("#workbooks").set_input_files([str(good)])
    page.get_by_role("button", name="Загрузить и проверить").click()
    page.locator("#report").get_by_role("link", name="результаты механизма 1.1 за 2025 год").click()
    assert (
        page.get_by_role("row", name="МОУ «СОШ № 1»", exact=False).first.locator("td.total").inner_text()
        == "5 из 6 баллов — высокий уровень"
    )
    silent = page.get_by_role("row", name="МОУ «СОШ № 2»", exact=False).first
    assert silent.locator("td.total").inner_text() == "нет данных"
    assert axe_violations(page) == []
    silent.get_by_role("link").click()
    assert page.locator("#without-data li").first.inner_text() == "1.1. Система оценки качества подготовки обучающихся"
    assert page.locator("#m-1\\.1").count() == 0  # a line, not a table of «нет данных»


def test_a_long_matrix_keeps_its_heads_in_view_and_shows_the_schools_below_target(page, served, tmp_path):
    """24 schools × the indicators: scrolled down and right, the indicators' heads stay on top of the box and the
    schools' names on its left; one link leaves only the schools that miss a target."""
    page.set_viewport_size({"width": 900, "height": 700})
    page.goto(served.url + "/monitoring/2024/results/1.1")
    box = page.get_by_role("region", name="Матрица: организации и показатели")
    box.evaluate("element => { element.scrollTop = 600; element.scrollLeft = 300; }")
    frame = box.bounding_box()
    head = page.locator("table.results thead th").nth(1).bounding_box()
    name = page.get_by_role("row", name="МОУ «СОШ № 44»", exact=False).locator("th").bounding_box()
    assert frame and head and name
    assert abs(head["y"] - frame["y"]) < 2, (head, frame)  # the heads stuck to the box's top
    assert abs(name["x"] - frame["x"]) < 2, (name, frame)  # the name stuck to its left
    assert axe_violations(page) == []
    shot(page, tmp_path, "results-scrolled")

    page.get_by_role(
        "link", name="Только не достигшие целевых значений или получающие адресные рекомендации (11)"
    ).click()
    names = page.locator(".matrix-box tbody th").all_inner_texts()
    assert len(names) == 11 and "МОУ «СОШ № 4»" in [n.replace("\xa0", " ") for n in names]
    assert "МОУ «СОШ № 2»" not in [n.replace("\xa0", " ") for n in names]  # every target met
    assert axe_violations(page) == []


def test_a_past_years_workbook_waits_for_the_users_word_and_can_be_taken_back(page, served, tmp_path):
    """2023 is closed (2024 holds data): a corrected 2023 workbook of СОШ № 2 says what it would change and that
    2023's documents would change with it; cancelled, nothing moves; confirmed, the values are stored and the former
    ones can be put back."""
    example = served.example
    before = example.read("data/2023/1.1.csv")
    page.goto(served.url + "/monitoring/2023")
    with page.expect_download() as download:
        page.get_by_role("link", name="Скачать книгу механизма 1.1 за 2023 год").click()
    blank = tmp_path / "blank.xlsx"
    download.value.save_as(blank)
    corrected = fill(blank, tmp_path / "СОШ-2-2023.xlsx", keys={"sosh-2"}, cells=dict.fromkeys(("E5", "F5"), 300))
    report = page.locator("#report")
    for answer in ("Отменить загрузку", "Заменить данные"):
        page.locator("#workbooks").set_input_files([str(corrected)])
        page.get_by_role("button", name="Загрузить и проверить").click()
        report.get_by_role("heading", name="Подтвердите замену данных").wait_for()
        text = report.inner_text().replace("\xa0", " ")
        assert "МОУ «СОШ № 2», 2023 год, механизм 1.1 — будет изменено" in text
        assert "2023 год уже закрыт: за ним собраны данные 2024 года." in text
        assert example.read("data/2023/1.1.csv") == before
        if answer == "Отменить загрузку":
            assert axe_violations(page) == []
            shot(page, tmp_path, "past-year-confirm")
        page.get_by_role("button", name=answer).click()
        page.wait_for_load_state()
        if answer == "Отменить загрузку":
            page.get_by_role("status").filter(has_text="Загрузка отменена: собранные данные не изменились.").wait_for()
            assert example.read("data/2023/1.1.csv") == before
            assert report.get_by_role("heading").count() == 0  # the notice alone, no empty «Загрузка книг»
            assert axe_violations(page) == []
    report.get_by_role("heading", name="Данные приняты").wait_for()
    assert "sosh-2,1.1.2,numerator,300" in example.read("data/2023/1.1.csv").splitlines()
    page.get_by_role("button", name="Вернуть прежние данные").click()
    page.get_by_role("status").filter(has_text="Прежние данные возвращены.").wait_for()
    assert example.read("data/2023/1.1.csv") == before
    assert report.get_by_role("heading").count() == 0
    assert axe_violations(page) == []
