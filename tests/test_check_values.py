"""`msoko check` on values the schema refuses, on bytes that are not a YAML text, and on a list of organizations
that contradicts itself: each problem one Russian message, exact, at its file, line and column."""

from __future__ import annotations

import pytest

from tests.conftest import diagnostic_lines

MECH = "regulations/mechanisms/1.1.yaml"
ORGANIZATIONS = "regulations/organizations.yaml"
ACT = "regulations/acts/prikaz-2021-112.yaml"


def _errors(example) -> list[str]:
    result = example.run("check")
    assert result.exit_code == 1, result.output
    return [line for line in diagnostic_lines(result.output) if ": ошибка: " in line]


def test_a_value_out_of_its_bounds_names_the_bound_and_an_unknown_kind_of_error_is_still_located(example):
    example.replace(MECH, "{lower: 80, points: 2}", "{lower: 80, points: -1}")
    example.replace(MECH, "{lower: 60, upper: 80, points: 1}", "{lower: 60, upper: 80, points: 101}")
    example.replace(MECH, "{upper: 60, points: 0}", "{upper: сорок, points: 0}")
    first = example.line_of(MECH, "points: -1")
    assert _errors(example) == [
        f"{MECH}:{first}:29: ошибка: поле «points» (баллы): значение должно быть не меньше 0",
        f"{MECH}:{first + 1}:40: ошибка: поле «points» (баллы): значение должно быть не больше 100",
        f"{MECH}:{first + 2}:17: ошибка: поле «upper» (до): недопустимое значение",
    ]


def test_a_value_in_the_wrong_format_says_which_format(example):
    example.replace(MECH, 'code: "1.1.2"', 'code: "1.1.второй"')
    example.replace(MECH, "approved_by: prikaz-2021-112", "approved_by: Prikaz-2021-112")
    example.replace(ORGANIZATIONS, "name: Е.П. Соколова", "name: Соколова Е.П.")
    example.replace(ACT, 'number: "112"', 'number: "№ 112"')
    mine = [line for line in _errors(example) if "не подходит по формату" in line]
    assert mine == [
        f"{ACT}:{example.line_of(ACT, '№ 112')}:9: ошибка: поле «number» (номер): значение «№ 112» не подходит "
        "по формату",
        f"{MECH}:{example.line_of(MECH, 'approved_by:')}:14: ошибка: поле «approved_by» (утверждено актом): значение "
        "«Prikaz-2021-112» не подходит по формату (ожидается идентификатор из строчных латинских букв, цифр, точек "
        "и дефисов: «sosh-25», «prikaz-2021-112»)",
        f"{MECH}:{example.line_of(MECH, '1.1.второй')}:11: ошибка: поле «code» (код показателя): значение "
        "«1.1.второй» не подходит по формату (ожидается код из цифр и точек: «1.1», «1.1.3»)",
        f"{ORGANIZATIONS}:{example.line_of(ORGANIZATIONS, 'Соколова Е.П.')}:38: ошибка: поле «name» (инициалы и "
        "фамилия): значение «Соколова Е.П.» не подходит по формату (ожидаются инициалы и фамилия: «А.А. Иванов»)",
    ]


def test_a_long_value_is_cut_after_sixty_characters_and_a_nested_field_is_named_by_its_owner(example):
    sixty, sixty_one = "проценты" + "ы" * 52, "проценты" + "ы" * 53
    text = example.read(MECH)
    example.write(MECH, text.replace("    unit: процент\n", f"    unit: {sixty}\n", 1))
    example.replace(MECH, "    unit: процент\n", f"    unit: {sixty_one}\n")
    example.replace(
        MECH,
        "    calculation:\n      numerator: число выпускников 9 классов, получивших аттестат\n",
        "    calculation: 5\n    x_calc:\n      numerator: число выпускников 9 классов, получивших аттестат\n",
    )
    allowed = "допустимо: «процент», «единица», «балл», «человек», «да/нет»"
    found = [
        (d["line"], d["column"], d["code"], d["message"])
        for d in example.run("check", "--format", "json").json()["diagnostics"]
    ]
    assert found == [
        (
            example.line_of(MECH, sixty),
            11,
            "schema.literal_error",
            f"поле «unit» (единица измерения): недопустимое значение «{sixty}»; {allowed}",
        ),
        (
            example.line_of(MECH, sixty_one),
            11,
            "schema.literal_error",
            f"поле «unit» (единица измерения): недопустимое значение «{sixty_one[:57]}…»; {allowed}",
        ),
        (
            example.line_of(MECH, "calculation: 5"),
            18,
            "schema.model_type",
            "поле «calculation» (расчёт): ожидается набор полей «ключ: значение»",
        ),
        (example.line_of(MECH, "x_calc:"), 5, "schema.extra_forbidden", "неизвестное поле «x_calc»"),
    ]


def test_a_file_not_in_utf8_is_taken_for_windows_1251_only_when_a_twentieth_of_it_reads_as_cyrillic(example):
    """Five letters of 101 bytes read in Windows-1251 as Cyrillic (а, я, Я, ё, Ё: the ends of the alphabet and the
    letter outside it) are a Windows-1251 text, and so is one letter of seven; four of a hundred, among Latin letters
    and a byte Windows-1251 leaves undefined (0x98), are not; a UTF-16 file is told by its byte order mark."""
    short, cyrillic, latin, utf16 = (f"regulations/mechanisms/{code}.yaml" for code in ("2.1", "2.2", "2.3", "2.4"))
    example.path(short).write_bytes("goal: я".encode("cp1251"))
    example.path(cyrillic).write_bytes(b"goal: " + b"x" * 90 + "аяЯёЁ".encode("cp1251"))
    example.path(latin).write_bytes(b"goal: xyz " + b"X" * 85 + b"\x98" + "бббб".encode("cp1251"))
    example.path(utf16).write_bytes("goal: цель".encode("utf-16"))
    mine = [line for line in _errors(example) if line.startswith((short, cyrillic, latin, utf16))]
    hint = " — похоже, он сохранён в Windows-1251"
    assert mine == [
        f"{short}:1:7: ошибка: файл не в кодировке UTF-8 (недопустимый байт 0xFF); сохраните его в UTF-8{hint}",
        f"{cyrillic}:1:97: ошибка: файл не в кодировке UTF-8 (недопустимый байт 0xE0); сохраните его в UTF-8 — "
        "похоже, он сохранён в Windows-1251",
        f"{latin}:1:96: ошибка: файл не в кодировке UTF-8 (недопустимый байт 0x98); сохраните его в UTF-8",
        f"{utf16}:1:1: ошибка: файл в кодировке UTF-16; сохраните его в UTF-8",
    ]


def test_organizations_named_twice_or_with_levels_that_do_not_fit_their_kind(example):
    """A repeated identifier or short name points back to the first organization that has it, at its line (the
    third one too); a school lists its levels, and only a school has levels or marks."""
    example.replace(ORGANIZATIONS, "  - id: sosh-6\n", "  - id: sosh-2\n")
    example.replace(ORGANIZATIONS, "  - id: sosh-7\n", "  - id: sosh-2\n")
    example.replace(ORGANIZATIONS, 'short_name: "МОУ «СОШ № 4»"', 'short_name: "МОУ «СОШ № 3»"')
    levels = "    levels: [начальное, основное, среднее]\n"
    example.replace(ORGANIZATIONS, "name: Е.П. Соколова}\n" + levels, "name: Е.П. Соколова}\n")
    example.replace(ORGANIZATIONS, "name: Л.Н. Павлова}\n", "name: Л.Н. Павлова}\n    marks: [ШНОР]\n")
    example.replace(
        ORGANIZATIONS, "name: Т.Г. Степанова}\n", "name: Т.Г. Степанова}\n    levels: [основное]\n    marks: [ШНОР]\n"
    )
    text = example.read(ORGANIZATIONS).splitlines()
    first, second, third = (number for number, line in enumerate(text, 1) if line == "  - id: sosh-2")
    sokolova = example.line_of(ORGANIZATIONS, "id: sosh-1")
    short_name = example.line_of(ORGANIZATIONS, "id: sosh-4") + 2
    not_school = "уровни общего образования и отметки ШНОР и ШНСУ указываются только для школы, а это ДОО"
    assert _errors(example) == [
        f"{ORGANIZATIONS}:{sokolova + 3}:11: ошибка: у школы не заполнено поле «levels»: уровни общего образования, "
        "программы которых она реализует (начальное, основное, среднее)",
        f"{ORGANIZATIONS}:{short_name}:17: ошибка: краткое наименование МОУ «СОШ № 3» повторяется: оно уже есть у "
        f"организации «sosh-3» (строка {example.line_of(ORGANIZATIONS, 'id: sosh-3')}); по нему организацию узнают "
        "в таблицах",
        f"{ORGANIZATIONS}:{second}:9: ошибка: идентификатор организации «sosh-2» повторяется: он уже есть у "
        f"МОУ «СОШ № 2» (строка {first})",
        f"{ORGANIZATIONS}:{third}:9: ошибка: идентификатор организации «sosh-2» повторяется: он уже есть у "
        f"МОУ «СОШ № 2» (строка {first})",
        f"{ORGANIZATIONS}:{example.line_of(ORGANIZATIONS, 'Павлова') + 1}:12: ошибка: {not_school}",
        f"{ORGANIZATIONS}:{example.line_of(ORGANIZATIONS, 'Степанова') + 1}:13: ошибка: {not_school}",
    ]
    found = example.run("check", "--format", "json").json()["diagnostics"]
    assert {d["code"] for d in found if d["file"] == ORGANIZATIONS} == {"organizations"}


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("- id: sosh-1\n", 1, 1, "файл должен содержать набор полей «ключ: значение»"),
        (
            "organizations: 5\n",
            1,
            16,
            "поле «organizations» (организации): ожидается список (строки, начинающиеся с «- »)",
        ),
        ("organizations:\n  - sosh-1\n", 2, 5, "поле «organizations»: ожидается набор полей «ключ: значение»"),
    ],
)
def test_a_list_of_organizations_of_the_wrong_shape_is_one_located_error(example, text, line, column, message):
    """The checks of the list as a whole read the data as written: a list, a number or a bare name where the
    organizations' fields belong is the schema's to report, once, and nothing else."""
    example.write(ORGANIZATIONS, text)
    assert _errors(example) == [f"{ORGANIZATIONS}:{line}:{column}: ошибка: {message}"]


def test_a_schemas_own_rule_is_told_in_its_own_words(example):
    """A model's validator (a result of a year that names neither its mechanism nor its title) raises its own
    Russian text; it reaches the user as it is, located at the item, not as «недопустимое значение»."""
    evaluation = "regulations/evaluation.yaml"
    example.replace(evaluation, '- {mechanism: "1.2", earned: 0, possible: 49}', "- {earned: 0, possible: 49}")
    line = example.line_of(evaluation, "- {earned: 0, possible: 49}")
    assert _errors(example) == [
        f"{evaluation}:{line}:9: ошибка: укажите код механизма или название системы, которая оценивалась в том году"
    ]
