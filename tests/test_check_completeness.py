"""`msoko check`'s completeness rules, each on the example made bad in one way: an indicator that cannot be computed,
a placeholder in a passport, text the import left unplaced, a list part left empty, a mechanism missing from the
Положение о МСОКО or without a Положение of its own. Each message exact, at its file, line and column."""

from __future__ import annotations

from tests.conftest import diagnostic_lines

MECH = "regulations/mechanisms/1.1.yaml"
MSOKO = "regulations/msoko.yaml"
PROFILE = "regulations/project.yaml"
NUMERATOR = "      numerator: число ОО, в которых доля обучающихся, подтвердивших отметку, составляет 70 % и более\n"


def _lines(example, *args: str) -> list[str]:
    return diagnostic_lines(example.run("check", *args).output)


def _codes(example, *files: str) -> set[str]:
    """The codes `msoko check --format json` gives its findings (those in ``files``, when named)."""
    found = example.run("check", "--format", "json").json()["diagnostics"]
    return {d["code"] for d in found if not files or d["file"] in files}


def _row(result, code: str) -> list[str]:
    """The marks of a mechanism's row in the coverage table: its six parts and its cycle."""
    return next(line for line in result.stdout.splitlines() if line.startswith(code + " ")).split()[-7:]


def test_a_percentage_without_numerator_is_not_measurable(example):
    example.replace(MECH, NUMERATOR, "")
    result = example.run("check")
    assert result.exit_code == 1
    line = example.line_of(MECH, "denominator: общее число ОО, участвовавших")  # the calculation's first field
    assert diagnostic_lines(result.output) == [
        f"{MECH}:{line}:7: ошибка: показатель 1.1.1 неизмерим: не указан способ расчёта (числитель и знаменатель или "
        "формула)"
    ]
    assert _codes(example) == {"completeness"}


def test_an_indicator_without_a_scale_has_no_scale(example):
    """Completeness names the missing scale; the scale rules add that no value is scored."""
    example.replace(
        MECH, "    scoring:\n      - {lower: 80, points: 2}\n", "    scoring: []\n      - {lower: 80, points: 2}\n"
    )
    example.cut(MECH, "      - {lower: 80, points: 2}\n", "    recommendation: ОО, в которых результаты ВПР")
    line = example.line_of(MECH, "scoring: []")
    assert _lines(example) == [
        f"{MECH}:{line}:14: ошибка: у показателя 1.1.1 нет шкалы оценивания",
        f"{MECH}:{line}:14: ошибка: шкала показателя 1.1.1: значения «от 0 до 100\u00a0% включительно» не оценены — "
        "ни один уровень шкалы их не включает",
    ]
    assert _codes(example, MECH) == {"completeness", "scale-gap"}


def test_a_placeholder_in_a_passport_names_the_field_and_the_indicator(example):
    example.replace(MECH, "    name: Доля ОО, в которых", "    name: ЗАПОЛНИТЕ доля ОО, в которых")
    result = example.run("check")
    assert result.exit_code == 1
    indicators = example.line_of(MECH, 'code: "1.1.1"')  # the list begins at its first item
    assert diagnostic_lines(result.output) == [
        f"{MECH}:{indicators}:3: ошибка: часть «показатели» содержит заглушку «ЗАПОЛНИТЕ»: заполните её",
        f"{MECH}:{indicators}:3: предупреждение: управленческий цикл не замкнут: не описан шаг «показатели» "
        "(часть «показатели»)",
        f"{MECH}:{example.line_of(MECH, 'ЗАПОЛНИТЕ')}:11: ошибка: поле «наименование» показателя 1.1.1 содержит "
        "заглушку «ЗАПОЛНИТЕ»: заполните его",
    ]
    assert _codes(example) == {"completeness"}
    row = next(line for line in result.stdout.splitlines() if line.startswith("1.1 "))
    assert row.count("✓") == 5, row
    assert "Положения: 8 из 9 механизмов заполнены полностью." in result.stdout


def test_unplaced_imported_text_is_counted_in_lines_at_its_field(example):
    example.replace(MECH, "criteria: |", "unmapped: |\n  первая строка\n\n  вторая строка\ncriteria: |")
    example.replace(MSOKO, "mechanisms: [", 'unmapped: "одна строка"\nmechanisms: [')
    result = example.run("check")
    assert result.exit_code == 0
    tail = "в документ не попадает: перенесите его в нужные разделы и удалите поле «unmapped»"
    assert diagnostic_lines(result.output) == [
        f"{MECH}:{example.line_of(MECH, 'unmapped:')}:11: предупреждение: текст, не распознанный при импорте "
        f"(2 строки), {tail}",
        f"{MSOKO}:{example.line_of(MSOKO, 'unmapped:')}:11: предупреждение: текст, не распознанный при импорте "
        f"(1 строка), {tail}",
    ]
    assert _codes(example) == {"completeness"}
    assert example.run("check", "--strict").exit_code == 1


def test_an_empty_list_part_is_empty_and_a_placeholder_item_is_a_placeholder(example):
    start, end = "tasks:\n", "indicators:\n"
    example.cut(MECH, start, end)
    example.replace(MECH, end, "tasks: []\n" + end)
    example.cut("regulations/mechanisms/1.2.yaml", start, end)
    example.replace("regulations/mechanisms/1.2.yaml", end, "tasks:\n  - ЗАПОЛНИТЕ\n" + end)
    result = example.run("check")
    assert result.exit_code == 1
    other = "regulations/mechanisms/1.2.yaml"
    assert diagnostic_lines(result.output) == [
        f"{MECH}:{example.line_of(MECH, 'tasks:')}:8: ошибка: не заполнена часть «задачи»",
        f"{other}:{example.line_of(other, '- ЗАПОЛНИТЕ')}:3: ошибка: часть «задачи» содержит заглушку «ЗАПОЛНИТЕ»: "
        "заполните её",
    ]
    assert _codes(example) == {"completeness"}


def test_a_missing_cycle_step_is_located_at_its_part(example):
    example.cut(MECH, "  effectiveness: |", "final_provisions:")
    example.replace(MECH, "final_provisions:", '  effectiveness: ""\nfinal_provisions:')
    line = example.line_of(MECH, "effectiveness:")
    assert _lines(example) == [
        f"{MECH}:{line}:18: предупреждение: управленческий цикл не замкнут: не описан шаг «анализ эффективности "
        "принятых мер» (часть «порядок использования результатов → анализ эффективности мер»)"
    ]
    assert _codes(example) == {"completeness"}


def test_a_mechanism_left_out_of_the_umbrella_regulation_is_a_warning(example):
    example.replace(MSOKO, '"2.3", "2.4"]', '"2.3"]')
    result = example.run("check")
    assert result.exit_code == 0
    assert diagnostic_lines(result.output) == [
        f"{MSOKO}:{example.line_of(MSOKO, 'mechanisms:')}:13: предупреждение: механизм 2.4 не указан в Положении о "
        "МСОКО (msoko.yaml → mechanisms)"
    ]
    assert _codes(example) == {"completeness"}


def test_a_mechanism_without_its_regulation_is_named_in_the_profile_and_the_umbrella(example):
    example.path("regulations/mechanisms/2.4.yaml").unlink()
    result = example.run("check")
    assert _row(result, "2.4") == ["—"] * 7
    ours = [line for line in diagnostic_lines(result.output) if line.startswith((MSOKO, PROFILE))]
    assert ours == [
        f"{MSOKO}:{example.line_of(MSOKO, 'mechanisms:')}:70: ошибка: механизм «2.4» включён в МСОКО, но его "
        "Положения нет",
        f"{PROFILE}:{example.line_of(PROFILE, 'catalog:')}:10: ошибка: для механизма 2.4 «Система мониторинга "
        "качества дошкольного образования» нет Положения о мониторинге (создайте: msoko new 2.4)",
    ]
    assert _codes(example, MSOKO, PROFILE) == {"completeness"}


def test_a_regulation_that_does_not_load_is_not_reported_missing(example):
    mechanism = "regulations/mechanisms/2.4.yaml"
    example.replace(mechanism, "approved_by:", "whatever: 1\napproved_by:")
    result = example.run("check")
    assert _row(result, "2.4") == ["!"] * 7
    assert diagnostic_lines(result.output) == [
        f"{mechanism}:{example.line_of(mechanism, 'whatever:')}:1: ошибка: неизвестное поле «whatever»"
    ]
