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
    found = page.evaluate("async () => (await axe.run(document)).violations.map("
                          "v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))")
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
    for title in ("цель", "методы сбора и обработки информации", "периодичность и сроки проведения",
                  "критерии оценивания", "участники и ответственные", "анализ результатов",
                  "адресные рекомендации", "меры и мероприятия", "управленческие решения",
                  "анализ эффективности мер"):
        take_typical(page, title)
    page.locator("#f-goal textarea").fill(page.locator("#f-goal textarea").input_value()
                                          + " Особое внимание — профилактике заболеваний.")
    page.get_by_role("button", name="Взять типовые задачи").click()
    indicators = page.locator("#f-indicators")
    for name in ("Доля обучающихся, прошедших профилактический медицинский осмотр",
                 "Доля обучающихся основной группы здоровья"):
        page.get_by_role("button", name="+ Добавить показатель").click()
        item = indicators.locator(":scope > .items > .item").last
        item.locator("[id$='-name'] input").fill(name)
        item.locator("[id$='-numerator'] input").fill("число обучающихся, " + name.split(", ")[-1].lower())
        item.locator("[id$='-denominator'] input").fill("общее число обучающихся")
    codes = [indicators.locator(":scope > .items > .item [id$='-code'] input").nth(i).input_value() for i in range(2)]
    assert codes == ["2.5.1", "2.5.2"]
    assert page.get_by_role("button", name="Удалить показатель 2.5.2").is_visible()
    assert indicators.locator(":scope > .items > .item").last.locator("[id$='-periodicity'] input").input_value() == "ежегодно"
    page.locator("#check-status").get_by_text("Проверка").wait_for()
    assert axe_violations(page) == [], axe_violations(page)
    page.get_by_role("button", name="Сохранить и добавить раздел в дорожную карту").click()
    page.get_by_text("Сохранено.").wait_for()
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
    cells = " ".join(c.text for t in Document(str(saved)).tables for r in t.rows for c in r.cells).replace("\xa0", " ").replace("\xad", "")
    assert "Особое внимание — профилактике заболеваний." in text
    assert "прошедших профилактический медицинский осмотр" in cells and "основной группы здоровья" in cells
    source = yaml.safe_load(example.read("regulations/mechanisms/2.5.yaml"))
    assert source["approved_by"] == "prikaz-2021-112"
    act = yaml.safe_load(example.read("regulations/acts/prikaz-2021-112.yaml"))
    assert act["appendices"][-1] == {"number": 11, "document": "polozhenie-2.5"}
    roadmap = yaml.safe_load(example.read("regulations/roadmap.yaml"))
    assert roadmap["sections"][-1]["mechanism"] == "2.5"
    profile = yaml.safe_load(example.read("regulations/project.yaml"))
    assert {"code": "2.5", "group": 2, "title": "Система мониторинга здоровья обучающихся"} in profile["local_mechanisms"]
