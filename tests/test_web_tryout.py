"""What a methodologist new to msoko hit in ``msoko serve`` (issue 24's try-out), in Debian's Chromium: a rebuild
with unsaved edits, the Back button, a finished Положение's steps, the band kinds, the glossary and the overview."""

from __future__ import annotations

from .test_web_browser import browser, page, served  # noqa: F401  (fixtures)
from .test_web_guided import axe_violations

GOAL = "regulations/mechanisms/2.1.yaml"


def test_a_rebuild_with_unsaved_edits_saves_them_first(page, served):
    page.goto(served.url + "/source/" + GOAL + "#f-goal")
    page.locator("#f-goal textarea").click()
    page.keyboard.type(" Дописано перед сборкой.")
    asked = []

    def answer(dialog):
        asked.append(dialog.message)
        dialog.dismiss() if len(asked) == 1 else dialog.accept()

    page.on("dialog", answer)
    page.get_by_role("button", name="Пересобрать документы").click()  # «no»: nothing is built, nothing saved
    assert asked == ["Сохранить изменения и пересобрать?"]
    page.wait_for_timeout(500)
    assert page.locator("#build-result").inner_text() == ""
    assert "Дописано перед сборкой." not in served.example.read(GOAL)
    page.get_by_role("button", name="Пересобрать документы").click()  # «yes»: saved, then built
    page.get_by_text("Сохранено.").wait_for()
    assert "Дописано перед сборкой." in served.example.read(GOAL)
    page.get_by_text("Сборка завершена").wait_for(timeout=180_000)


def test_back_after_leaving_an_edit_shows_the_saved_text(page, served):
    page.goto(served.url + "/source/" + GOAL + "#f-goal")
    saved = page.locator("#f-goal textarea").input_value()
    page.locator("#f-goal textarea").click()
    page.keyboard.type(" Брошенная правка.")
    page.on("dialog", lambda dialog: dialog.accept())  # «leave and lose them»
    page.get_by_role("link", name="К обзору").click()
    page.wait_for_url(served.url + "/")
    page.go_back()
    page.locator("#f-goal textarea").wait_for()
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    value = page.locator("#f-goal textarea").input_value()
    state = page.locator("#save-state").inner_text()
    assert value == saved or state == "Есть несохранённые изменения", (value[-40:], state)
    assert value == saved


def test_a_finished_regulation_keeps_its_steps_and_ctrl_s_stays_in_the_section(page, served):
    page.goto(served.url + "/source/regulations/mechanisms/1.1.yaml")
    steps = page.get_by_role("navigation", name="Шаги составления Положения")
    assert steps.is_visible() and page.locator("#f-goal").is_hidden()
    assert steps.get_by_role("button", name="Показать все разделы сразу").is_visible()
    steps.get_by_role("button", name="Методы").click()
    page.keyboard.press("Control+s")
    page.get_by_text("Сохранено.").wait_for()
    assert page.locator("nav.steps [aria-current=step]").inner_text() == "Методы"
    assert page.locator("#f-methods").is_visible()
    assert axe_violations(page) == [], axe_violations(page)


def test_a_band_is_a_range_an_answer_or_words_chosen_first(page, served):
    page.goto(
        served.url + "/source/regulations/mechanisms/1.1.yaml#f-indicators"
    )  # 1.1.2: 90 % и более / 75–90 % / менее 75 %
    band = page.locator("#f-indicators-1-scoring-1")
    kind = band.get_by_label("Строка шкалы задаёт")
    assert kind.input_value() == "range"
    assert band.locator("[id$='-lower'] input").is_visible() and band.locator("[id$='-upper'] input").is_visible()
    assert (
        band.locator("div.field[id$='-answer']").is_hidden() and band.locator("div.field[id$='-condition']").is_hidden()
    )
    kind.select_option(label="условие словами")
    assert band.locator("[id$='-condition'] input").is_visible() and band.locator("div.field[id$='-lower']").is_hidden()
    assert band.locator("[id$='-lower'] input").input_value() == ""  # one kind only is saved
    line = page.locator("#f-indicators-1-scoring [data-scale-line]")
    page.locator("#f-indicators-1-scoring-2 [id$='-upper'] input").fill("60")
    kind.select_option(label="диапазон значений")
    band.locator("[id$='-lower'] input").fill("75")
    band.locator("[id$='-upper'] input").fill("90")
    line.locator(".scale-gap").wait_for()
    assert line.locator(".scale-summary").inner_text() == "Красная метка — не оценены значения от 60 до 75\u00a0%."
    page.get_by_role("button", name="+ Добавить показатель").click()
    added = page.locator("#f-indicators > .items > .item").last
    added.locator("select[name$='.unit']").select_option("да/нет")
    assert added.locator("select[data-band-kind]").first.input_value() == "answer"
    assert (
        added.locator("div.field[id$='-answer']").first.is_visible()
        and added.locator("div.field[id$='-lower']").first.is_hidden()
    )
    assert axe_violations(page) == [], axe_violations(page)


BREAKS_WITHOUT_HYPHEN = """cells => cells.flatMap(cell => {
  // Each stretch of letters between the places a line may break (a space, a soft hyphen, a hyphen) must sit on
  // one line: two line boxes mean the browser broke a word where no hyphen shows.
  const found = [], walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/[^\\s\\u00ad\\-\\/]+/g)) {
      // The line a letter sits on: its last box (a rendered hyphen before it may lend it a box on the line above).
      const line = at => { const range = document.createRange(); range.setStart(node, at); range.setEnd(node, at + 1);
                           return Math.round(Array.from(range.getClientRects()).pop().top); };
      if (line(match.index) !== line(match.index + match[0].length - 1)) found.push(match[0]);
    }
  }
  return found;
})"""


def test_the_overview_at_768_px_breaks_words_only_at_a_hyphen(page, served):
    page.set_viewport_size({"width": 768, "height": 900})
    page.goto(served.url + "/")
    headers = page.locator("table.matrix th")
    assert headers.count() > 10
    assert headers.evaluate_all(BREAKS_WITHOUT_HYPHEN) == []
    assert page.locator("table.matrix td.cell a").evaluate_all(BREAKS_WITHOUT_HYPHEN) == []
    assert "\u00ad" in page.locator("table.matrix thead").inner_html()  # broken at syllables, with a hyphen


def test_the_glossary_names_its_entries_filters_them_and_keeps_their_order(page, served):
    import yaml

    page.goto(served.url + "/source/regulations/glossary.yaml")
    assert page.get_by_role("button", name="+ Добавить элемент").count() == 0
    assert (
        "единое название и другие его формы, которые проверка отметит" in page.locator("#f-names > .help").inner_text()
    )
    page.get_by_role("button", name="+ Добавить сокращение").click()
    entry = page.locator("#f-terms > .items > .item").last
    term = entry.locator("[id$='-term'] input")
    term.fill("x")
    term.fill("")
    term.blur()
    entry.locator("[id$='-term'] .error").wait_for()  # the check asks for it…
    term.fill("ППк")
    assert entry.locator("[id$='-term'] .errors").inner_text() == ""  # …and no longer once it is there
    entry.locator("[id$='-definition'] input").fill("психолого-педагогический консилиум")
    assert page.get_by_role("button", name="Удалить сокращение «ППк»").count() == 1
    page.get_by_label("Найти сокращение").fill("всош")
    visible = page.locator("#f-terms > .items > .item:visible")
    assert visible.count() == 1 and visible.locator("[id$='-term'] input").input_value() == "ВсОШ"
    page.get_by_label("Найти сокращение").fill("")
    page.locator("#check-status").get_by_text("Проверка").wait_for()
    assert page.locator("#f-terms-33-term .errors").inner_text() == ""
    assert axe_violations(page) == [], axe_violations(page)
    page.get_by_role("button", name="Сохранить", exact=True).click()
    page.get_by_text("Сохранено.").wait_for()
    terms = yaml.safe_load(served.example.read("regulations/glossary.yaml"))["terms"]
    assert terms[-1] == {"term": "ППк", "definition": "психолого-педагогический консилиум"}  # where it was added
    page.goto(served.url + "/source/regulations/mechanisms/1.1.yaml#f-tasks")
    assert page.get_by_label("Задача 2", exact=True).is_visible()
    assert page.get_by_label("задачи: элемент").count() == 0
