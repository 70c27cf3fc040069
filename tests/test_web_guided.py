"""``msoko serve`` for a methodologist who has never seen YAML (issue 24), in Debian's Chromium: a new local
mechanism's Положение from start to DOCX on one page, the whole-project check before a save, unsaved work
kept, and axe-core's accessibility rules on every page visited."""

from __future__ import annotations

import os

import pytest
import yaml
from docx import Document

from .conftest import REPO
from .test_web_browser import browser, page, served  # noqa: F401  (fixtures)

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page) -> list[str]:
    """axe-core's violations on the page as it is now: «rule: element» lines, empty when it passes."""
    if not AXE.is_file():
        if os.environ.get("CI"):
            pytest.fail("axe-core is required in CI (.ci/run installs it with npm)")
        pytest.skip("axe-core is not installed (npm install axe-core)")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate(
        "async () => (await axe.run(document)).violations.map("
        "v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))"
    )
    return found


def no_overflow(page) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"the page is {width} px wide"


def take_typical(page, title: str) -> None:
    page.get_by_role("button", name=f"Взять типовой текст: {title}", exact=True).click()


def test_local_mechanism_regulation_from_start_to_docx_on_one_page(page, served, tmp_path):
    example = served.example
    page.goto(served.url + "/")
    assert axe_violations(page) == [], axe_violations(page)
    page.get_by_role("link", name="Новое Положение").click()
    assert axe_violations(page) == [], axe_violations(page)
    page.get_by_label("Название механизма").fill("Система мониторинга здоровья обучающихся")
    page.get_by_label("Механизмы управления качеством образовательной деятельности").check()
    page.get_by_role("button", name="Добавить механизм и начать Положение").click()
    assert page.url.endswith("/source/regulations/mechanisms/2.5.yaml")
    assert "ЗАПОЛНИТЕ" not in page.content()
    assert axe_violations(page) == [], axe_violations(page)

    def next_step(name: str) -> None:
        page.get_by_role("button", name=f"Далее: {name} →").click()
        assert page.locator("nav.steps [aria-current=step]").inner_text() == name

    assert page.locator("#f-goal").is_hidden()  # one section at a time: the title first
    next_step("Цель")
    take_typical(page, "цель")
    page.locator("#f-goal textarea").fill(
        page.locator("#f-goal textarea").input_value() + " Особое внимание — профилактике заболеваний."
    )
    next_step("Задачи")
    page.get_by_role("button", name="Взять типовые задачи").click()
    next_step("Показатели")
    indicators = page.locator("#f-indicators")
    for name in (
        "Доля обучающихся, прошедших профилактический медицинский осмотр",
        "Доля обучающихся основной группы здоровья",
    ):
        page.get_by_role("button", name="+ Добавить показатель (показатели)", exact=True).click()
        item = indicators.locator(":scope > .items > .item").last
        item.locator("[id$='-name'] input").fill(name)
        item.locator("[id$='-numerator'] input").fill("число обучающихся, " + name.split(", ")[-1].lower())
        item.locator("[id$='-denominator'] input").fill("общее число обучающихся")
    codes = [indicators.locator(":scope > .items > .item [id$='-code'] input").nth(i).input_value() for i in range(2)]
    assert codes == ["2.5.1", "2.5.2"]
    assert page.get_by_role("button", name="Удалить показатель 2.5.2").is_visible()
    assert (
        indicators.locator(":scope > .items > .item").last.locator("[id$='-periodicity'] input").input_value()
        == "ежегодно"
    )
    page.locator("#check-status").get_by_text("Проверка").wait_for()
    assert axe_violations(page) == [], axe_violations(page)
    for step, parts in (
        ("Методы", ["методы сбора и обработки информации"]),
        ("Сроки", ["периодичность и сроки проведения"]),
        ("Критерии", ["критерии оценивания"]),
        (
            "Использование результатов",
            [
                "участники и ответственные",
                "анализ результатов",
                "адресные рекомендации",
                "меры и мероприятия",
                "управленческие решения",
                "анализ эффективности мер",
            ],
        ),
    ):
        next_step(step)
        for title in parts:
            take_typical(page, title)
    next_step("Утверждение")
    page.get_by_role("button", name="Сохранить и добавить раздел в дорожную карту").click()
    page.get_by_text("Сохранено.").wait_for()
    assert page.locator("nav.steps [aria-current=step]").inner_text() == "Утверждение"  # back where the user was
    page.get_by_role("button", name="Сохранить и включить в приказ от 15.03.2021 № 112").click()
    page.get_by_text("Сохранено.").wait_for()
    page.get_by_role("button", name="Пересобрать документы").click()
    page.get_by_text("Сборка завершена").wait_for(timeout=120_000)
    with page.expect_download() as download:
        page.locator("#build-result a[href='/download/polozhenie-2.5.docx']").click()
    saved = tmp_path / "polozhenie-2.5.docx"
    download.value.save_as(saved)
    assert axe_violations(page) == [], axe_violations(page)
    text = "\n".join(p.text for p in Document(str(saved)).paragraphs).replace("\xa0", " ")
    cells = (
        " ".join(c.text for t in Document(str(saved)).tables for r in t.rows for c in r.cells)
        .replace("\xa0", " ")
        .replace("\xad", "")
    )
    assert "Особое внимание — профилактике заболеваний." in text
    assert "прошедших профилактический медицинский осмотр" in cells and "основной группы здоровья" in cells
    source = yaml.safe_load(example.read("regulations/mechanisms/2.5.yaml"))
    assert source["approved_by"] == "prikaz-2021-112"
    act = yaml.safe_load(example.read("regulations/acts/prikaz-2021-112.yaml"))
    assert act["appendices"][-1] == {"number": 11, "document": "polozhenie-2.5"}
    roadmap = yaml.safe_load(example.read("regulations/roadmap.yaml"))
    assert roadmap["sections"][-1]["mechanism"] == "2.5"
    profile = yaml.safe_load(example.read("regulations/project.yaml"))
    assert {"code": "2.5", "group": 2, "title": "Система мониторинга здоровья обучающихся"} in profile[
        "local_mechanisms"
    ]


def test_a_save_that_breaks_other_documents_asks_first(page, served):
    example = served.example
    path = "regulations/acts/prikaz-2021-112.yaml"
    before = example.read(path)
    page.goto(served.url + "/source/" + path)
    page.locator("#f-date input").fill("2099-01-01")
    page.get_by_role("button", name="Сохранить", exact=True).click()
    warning = page.get_by_role("alertdialog", name="Сохранение нарушит другие документы")
    warning.wait_for()
    assert (
        "Положение о мониторинге 1.1: Акт № 112 указан с датой 15.03.2021, а сам акт датирован 01.01.2099"
        in warning.inner_text()
    )
    assert "regulations/" not in warning.inner_text()
    assert example.read(path) == before
    assert axe_violations(page) == [], axe_violations(page)
    warning.get_by_role("link", name="Вернуться к правке").click()
    assert page.locator("#f-date input").input_value() == "2099-01-01"  # what was typed is still there
    page.get_by_role("button", name="Сохранить", exact=True).click()
    page.get_by_role("button", name="Сохранить как черновик").click()
    page.get_by_text("Сохранено.").wait_for()
    assert "date: 2099-01-01" in example.read(path)
    page.goto(served.url + "/")
    assert page.locator("#m-1\\.1").get_attribute("class") == "has-errors"


def test_unsaved_edits_are_guarded_and_a_closed_tab_leaves_a_draft(page, served, browser):
    path = "regulations/mechanisms/2.1.yaml"
    page.goto(served.url + "/source/" + path + "#f-goal")
    page.locator("#f-goal textarea").click()
    page.keyboard.type(" Дописано перед закрытием.")
    assert page.locator("#save-state").inner_text() == "Есть несохранённые изменения"
    asked = []

    def dismiss(dialog):
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.get_by_role("link", name="Обзор", exact=True).click()  # an in-app link asks first; «no» keeps the page
    assert asked == ["confirm"] and "/source/" in page.url
    page.close(run_before_unload=True)
    deadline = 50
    while "beforeunload" not in asked and deadline:
        page.wait_for_timeout(100) if not page.is_closed() else None
        deadline -= 1
        if page.is_closed():
            break
    assert "beforeunload" in asked
    reopened = page.context.new_page()
    reopened.goto(served.url + "/source/" + path)
    reopened.get_by_role("button", name="Восстановить правки").click()
    reopened.get_by_text("Восстановлены несохранённые правки").wait_for()
    assert "Дописано перед закрытием." in reopened.locator("#f-goal textarea").input_value()
    reopened.keyboard.press("Control+s")  # the shortcut saves
    reopened.get_by_text("Сохранено.").wait_for()
    assert "Дописано перед закрытием." in served.example.read(path)
    reopened.goto(served.url + "/source/" + path)
    assert reopened.get_by_role("button", name="Восстановить правки").count() == 0  # the draft went with the save


def test_a_second_new_indicator_has_its_errors_in_place(page, served):
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(served.url + "/source/regulations/mechanisms/1.3.yaml" + "#f-indicators")
    for _ in range(2):
        page.get_by_role("button", name="+ Добавить показатель (показатели)", exact=True).click()
    last = page.locator("#f-indicators > .items > .item").last
    code = last.locator("[id$='-code'] input").input_value()
    last.locator("[id$='-name'] input").fill("x")
    last.locator("[id$='-name'] input").fill("")
    last.locator("[id$='-name'] input").blur()
    last.locator("[id$='-name'] .error").wait_for()
    assert "Наименование" in last.locator("[id$='-name'] .error").inner_text()
    assert not [text for text in console if "oobErrorNoTarget" in text]
    assert page.get_by_role("button", name=f"Удалить показатель {code}").count() == 1
    page.locator(".statusbar summary").click()  # «Замечания: N» opens the list
    problems = page.locator(".statusbar #problem-links a")
    assert problems.count() >= 2
    problems.first.click()
    assert page.url.split("#")[1].startswith("f-indicators-")


@pytest.mark.parametrize("width", [768, 1280])
def test_pages_hold_from_768_px_and_pass_axe(page, served, width, tmp_path):
    page.set_viewport_size({"width": width, "height": 900})
    for address in (
        "/",
        "/new",
        "/review",
        "/source/regulations/mechanisms/1.1.yaml",
        "/source/regulations/project.yaml",
        "/source/regulations/glossary.yaml",
        "/source/regulations/evaluation.yaml",
    ):
        page.goto(served.url + address)
        no_overflow(page)
        assert axe_violations(page) == [], (address, axe_violations(page))
        if os.environ.get("MSOKO_SCREENSHOTS"):
            name = address.strip("/").replace("/", "_") or "dashboard"
            page.screenshot(path=f"{os.environ['MSOKO_SCREENSHOTS']}/{width}-{name}.png", full_page=True)
    if width == 1280:  # the pages a rebuild leads to: its progress and a document's page images
        page.goto(served.url + "/")
        page.get_by_role("button", name="Пересобрать документы").click()
        page.get_by_text("Сборка завершена").wait_for(timeout=120_000)
        assert axe_violations(page) == [], ("/build", axe_violations(page))
        page.goto(served.url + "/documents/polozhenie-1.1")
        page.locator(".pages img").first.wait_for()
        assert axe_violations(page) == [], ("/documents", axe_violations(page))
    page.goto(served.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Перейти к содержанию")
    assert skip.evaluate("element => element === document.activeElement")
