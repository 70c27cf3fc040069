"""The list of organizations in ``msoko serve`` (issue 28), in Debian's Chromium: a methodologist adds a school,
is told beside each field what is wrong (in Russian, no field keys), ticks its levels and marks, saves; the YAML keeps
its comments and changes by the new lines only. Taking off the list a school whose data were collected asks first.
The form is made from the schema's fields, like every source's form; axe-core finds nothing on it."""

from __future__ import annotations

from .test_web_browser import browser, page, post_from_another_site  # noqa: F401  (fixtures)
from .test_web_guided import axe_violations
from .test_web_monitoring_browser import served  # noqa: F401  (the example with its collected data)

SOURCE = "regulations/organizations.yaml"
NEW_SCHOOL = (
    "  - id: sosh-25\n"
    "    name: Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 25»\n"
    "    short_name: МОУ «СОШ № 25»\n"
    "    kind: школа\n"
    "    levels: [начальное, основное]\n"
    "    marks: [ШНСУ]\n"
)
SCHOOL_3 = (
    "  - id: sosh-3\n"
    '    name: "Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 3» Копейского '
    'городского округа"\n'
    '    short_name: "МОУ «СОШ № 3»"\n'
    "    kind: школа\n"
    "    head: {position: директор, name: Н.С. Лебедева}\n"
    "    levels: [начальное, основное, среднее]\n"
)


def _items(page):
    return page.locator("fieldset.list-organizations > .items > [data-item]")


def _save(page) -> None:
    page.get_by_role("button", name="Сохранить", exact=True).click()
    page.wait_for_load_state()


def test_a_school_is_added_with_russian_errors_beside_its_fields(page, served):
    example = served.example
    before = example.read(SOURCE)
    page.goto(served.url + "/")
    page.get_by_role("link", name="Организации (от них собираются данные мониторинга)").click()
    page.get_by_role("heading", name="Организации", exact=True).wait_for()
    assert axe_violations(page) == []
    page.get_by_role("button", name="+ Добавить организацию").click()
    school = _items(page).last
    assert "латиницей" in school.locator(".help").first.inner_text()  # a new item explains its fields
    school.get_by_label("Идентификатор").fill("СОШ 25")
    school.get_by_label("Полное наименование").fill(
        "Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 25»"
    )
    school.get_by_label("Краткое наименование").fill("МОУ «СОШ № 25»")
    _save(page)
    school = _items(page).last
    assert page.locator("p.problem").inner_text() == "Не сохранено: исправьте ошибки, отмеченные у полей."
    assert school.locator("[id$='-id'] .error").inner_text() == (
        "Поле «Идентификатор»: значение «СОШ 25» не подходит по формату (ожидается идентификатор из строчных "
        "латинских букв, цифр, точек и дефисов: «sosh-25», «prikaz-2021-112»)"
    )
    levels = school.get_by_role("group", name="Уровни общего образования")
    assert levels.locator(".error").inner_text() == (  # every error at once, not one a save
        "У школы не заполнено поле «Уровни общего образования»: уровни общего образования, программы которых она "
        "реализует (начальное, основное, среднее)"
    )
    assert example.read(SOURCE) == before
    assert axe_violations(page) == []

    school.get_by_label("Идентификатор").fill("sosh-25")

    levels.get_by_label("начальное").check()
    levels.get_by_label("основное").check()
    school.get_by_role("group", name="Отметки").get_by_label("ШНСУ").check()
    _save(page)
    assert page.get_by_role("status").inner_text() == "Сохранено."
    assert example.read(SOURCE) == before + NEW_SCHOOL  # the comments and every other line as they were
    assert _items(page).last.get_by_role("group", name="Отметки").get_by_label("ШНСУ").is_checked()


def test_taking_off_a_school_with_collected_data_asks_first(page, served):
    example = served.example
    before = example.read(SOURCE)
    page.goto(served.url + f"/source/{SOURCE}")
    page.get_by_role("button", name="Удалить организацию «МОУ «СОШ № 3»»").click()
    _save(page)
    dialog = page.get_by_role("alertdialog", name="Собранные данные перестанут учитываться")
    assert dialog.locator("li").inner_text().replace("\xa0", " ") == (
        "У организации МОУ «СОШ № 3» есть собранные данные (за 2023 и 2024 годы по механизмам 1.1, 1.3, 1.4, 1.5, "
        "2.1, 2.2, 2.3): пока её нет в списке, они не учитываются в результатах и документах мониторинга"
    )
    assert example.read(SOURCE) == before
    assert axe_violations(page) == []
    dialog.get_by_role("button", name="Всё равно сохранить").click()
    page.wait_for_load_state()
    assert page.get_by_role("status").inner_text() == "Сохранено."
    assert example.read(SOURCE) == before.replace(SCHOOL_3, "")


def test_a_cross_site_save_of_the_list_is_refused(page, served):
    example = served.example
    before = example.read(SOURCE)
    post_from_another_site(page, served, f"/source/{SOURCE}", '<input name="organizations.0.id" value="evil">')
    assert example.read(SOURCE) == before
