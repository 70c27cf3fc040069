"""`msoko check`: the example is complete; every kind of bad input is located and in Russian."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO, diagnostic_lines

MECH = "regulations/mechanisms/1.1.yaml"


def test_example_is_complete_and_reports_every_mechanism_and_part(example):
    result = example.run("check")
    assert result.exit_code == 0, result.output
    for code in ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4"):
        row = next(line for line in result.stdout.splitlines() if line.startswith(code + " "))
        assert row.count("✓") == 6 and row.rstrip().endswith("9/9"), row
    assert "Положения: 9 из 9 механизмов заполнены полностью." in result.stdout
    assert result.stdout.rstrip().endswith("Итого: 0 ошибок, 0 предупреждений.")


def test_removed_part_is_named_with_its_location(example):
    example.cut(MECH, "criteria: |", "participants:")
    result = example.run("check")
    assert result.exit_code == 1
    assert (
        f"{MECH}:2:1: ошибка: отсутствует обязательное поле «criteria» (критерии оценивания)"
        in result.stderr + result.stdout
    )


def test_empty_part_is_reported_at_its_line(example):
    line = example.line_of(MECH, "goal: |")
    text = example.read(MECH)
    start = text.index("goal: |")
    end = text.index("tasks:")
    example.write(MECH, text[:start] + 'goal: ""\n' + text[end:])
    result = example.run("check")
    assert result.exit_code == 1
    assert f"{MECH}:{line}:7: ошибка: не заполнена часть «цель»" in result.output


def test_empty_parts_of_the_umbrella_regulation_are_errors(example):
    msoko = "regulations/msoko.yaml"
    example.cut(msoko, "principles:", "structure:")
    example.replace(msoko, "structure: |", "principles: []\nstructure: |")
    example.cut(msoko, "structure: |", "mechanisms:")
    example.replace(msoko, "mechanisms:", 'structure: ""\nmechanisms:')
    result = example.run("check")
    assert result.exit_code == 1
    assert [line for line in diagnostic_lines(result.stdout) if line.startswith(msoko)] == [
        f"{msoko}:{example.line_of(msoko, 'principles:')}:13: ошибка: не заполнена часть «принципы»",
        f"{msoko}:{example.line_of(msoko, 'structure:')}:12: ошибка: не заполнена часть «структура»",
    ]
    found = example.run("check", "--format", "json").json()["diagnostics"]
    assert {d["code"] for d in found if d["file"] == msoko} == {"completeness"}


def test_malformed_yaml_line(example):
    line = example.line_of(MECH, "approved_by:")
    example.replace(MECH, "approved_by: prikaz-2021-112", "approved_by: prikaz: 2021: 112")
    result = example.run("check")
    assert result.exit_code == 1
    assert f"{MECH}:{line}:20: ошибка: двоеточие здесь недопустимо" in result.output
    assert "Traceback" not in result.output


def test_unknown_mechanism(example):
    line = example.line_of(MECH, "mechanism:")
    example.replace(MECH, 'mechanism: "1.1"', 'mechanism: "3.7"')
    result = example.run("check")
    assert result.exit_code == 1
    assert (
        f"{MECH}:{line}:12: ошибка: механизм «3.7» отсутствует в каталоге «federal-2021» и среди местных механизмов"
        in result.output
    )
    # 1.1 now has no Положение: reported once, where the catalog is chosen.
    catalog = example.line_of("regulations/project.yaml", "catalog:")
    assert (
        f"regulations/project.yaml:{catalog}:10: ошибка: для механизма 1.1 «Система оценки качества подготовки "
        f"обучающихся» нет Положения" in result.output
    )


def test_duplicated_indicator_code(example):
    first = example.line_of(MECH, 'code: "1.1.3"')
    example.replace(MECH, 'code: "1.1.4"', 'code: "1.1.3"')
    second = example.line_of(MECH, "name: Доля выпускников 11 классов")
    result = example.run("check")
    assert result.exit_code == 1
    assert (
        f"{MECH}:{second - 1}:11: ошибка: код показателя «1.1.3» повторяется (впервые: {MECH}:{first}:11)"
        in result.output
    )


def test_indicators_listed_out_of_code_sort_key_are_a_warning(example):
    """The list orders the справка, the letters, the workbooks' columns and the results: 1.1.1 moved after 1.1.5
    (as the example listed it before the renumbering) is named where it stands."""
    text = example.read(MECH)
    start, end = text.index('  - code: "1.1.1"'), text.index('  - code: "1.1.2"')
    moved = text[:start] + text[end:]
    at = moved.index('  - code: "1.1.6"')
    example.write(MECH, moved[:at] + text[start:end] + moved[at:])
    line = example.line_of(MECH, 'code: "1.1.1"')
    result = example.run("check")
    assert result.exit_code == 0
    assert (
        f"{MECH}:{line}:11: предупреждение: показатель 1.1.1 указан после показателя 1.1.5: перечислите "
        "показатели по порядку кодов (1.1.1, 1.1.2, 1.1.3, 1.1.4, 1.1.5, 1.1.6) — в этом порядке они идут в "
        "аналитической справке, адресных рекомендациях, книгах сбора данных и итогах мониторинга"
    ) in result.output.splitlines()
    assert "Итого: 0 ошибок, 1 предупреждение." in result.output
    assert [d["code"] for d in example.run("check", "--format", "json").json()["diagnostics"]] == ["indicator-order"]
    assert example.run("check", "--strict").exit_code == 1


def test_dangling_reference_to_an_approving_act(example):
    line = example.line_of(MECH, "approved_by:")
    example.replace(MECH, "approved_by: prikaz-2021-112", "approved_by: prikaz-2099-1")
    result = example.run("check")
    assert result.exit_code == 1
    assert (
        f"{MECH}:{line}:14: ошибка: акт «prikaz-2099-1» не найден: нет файла regulations/acts/prikaz-2099-1.yaml"
        in result.output
    )
    assert (
        "regulations/acts/prikaz-2021-112.yaml:10:27: ошибка: документ «polozhenie-1.1» приложен к акту "
        "«prikaz-2021-112», но в его источнике approved_by: prikaz-2099-1"
    ) in result.output


def test_file_in_another_encoding(example):
    path = example.path(MECH)
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.encode("cp1251", errors="replace"))
    result = example.run("check")
    assert result.exit_code == 1
    expected = (
        f"{MECH}:3:8: ошибка: файл не в кодировке UTF-8 (недопустимый байт 0xCF); сохраните его в UTF-8 — похоже, "
        "он сохранён в Windows-1251"
    )
    assert expected in result.output


def test_control_character(example):
    line = example.line_of(MECH, "goal: |")
    example.replace(MECH, "  Повышение качества подготовки", "  Повышение\x01 качества подготовки")
    result = example.run("check")
    assert result.exit_code == 1
    assert (
        f"{MECH}:{line + 1}:12: ошибка: недопустимый символ U+0001 (управляющий символ); удалите его" in result.output
    )


def test_missing_profile_file(example):
    example.path("regulations/project.yaml").unlink()
    result = example.run("check")
    assert result.exit_code == 1
    assert (
        "regulations/project.yaml:1:1: ошибка: нет обязательного файла; создайте его (пример — в README)"
        in result.output
    )


def test_wrong_types_and_unknown_keys_with_suggestion(example):
    example.replace(MECH, "{lower: 90, points: 2}", "{lower: 90, points: два}")
    example.replace(
        MECH, "    periodicity: ежегодно\n    deadline: до 1 июля", "    periodicty: ежегодно\n    deadline: до 1 июля"
    )
    example.replace(MECH, "    unit: процент", "    unit: проценты")
    result = example.run("check")
    assert result.exit_code == 1
    out = result.output
    assert "поле «points» (баллы): ожидается целое число, указано «два»" in out
    assert "неизвестное поле «periodicty»; возможно, имелось в виду «periodicity»" in out
    assert (
        "поле «unit» (единица измерения): недопустимое значение «проценты»; допустимо: «процент», «единица», «балл», "
        "«человек», «да/нет»" in out
    )


def test_every_problem_reported_in_one_run(example):
    example.replace(MECH, 'mechanism: "1.1"', 'mechanism: "3.7"')
    example.replace("regulations/mechanisms/2.2.yaml", 'code: "2.2.4"', 'code: "2.2.3"')
    example.replace("regulations/mechanisms/2.3.yaml", "approved_by: prikaz-2021-112", "approved_by: nowhere")
    example.path("regulations/mechanisms/2.4.yaml").write_bytes("goal: «\xff»".encode("latin-1", errors="replace"))
    result = example.run("check")
    assert result.exit_code == 1
    files = {line.split(":")[0] for line in diagnostic_lines(result.output)}
    assert {
        MECH,
        "regulations/mechanisms/2.2.yaml",
        "regulations/mechanisms/2.3.yaml",
        "regulations/mechanisms/2.4.yaml",
    } <= files


def test_schema_error_does_not_hide_reference_errors_in_the_same_file(example):
    text = example.read(MECH)
    example.write(MECH, text[: text.index("criteria: |")] + text[text.index("participants:") :])
    example.replace(MECH, "approved_by: prikaz-2021-112", "approved_by: prikaz-2099-1")
    example.replace(MECH, 'code: "1.1.4"', 'code: "1.1.3"')
    result = example.run("check")
    assert result.exit_code == 1
    lines = diagnostic_lines(result.output)
    assert any("отсутствует обязательное поле «criteria»" in line for line in lines)
    assert any("акт «prikaz-2099-1» не найден" in line for line in lines)
    assert any("код показателя «1.1.3» повторяется" in line for line in lines)
    assert not any("нет Положения о мониторинге" in line for line in lines)


def test_json_report_matches_text(example):
    example.replace(MECH, "approved_by: prikaz-2021-112", "approved_by: prikaz-2099-1")
    result = example.run("check", "--format", "json")
    assert result.exit_code == 1
    report = result.json()
    assert report["ok"] is False and report["errors"] == 2
    assert report["diagnostics"][1] == {
        "file": MECH,
        "line": example.line_of(MECH, "approved_by:"),
        "column": 14,
        "severity": "error",
        "code": "references",
        "message": "акт «prikaz-2099-1» не найден: нет файла regulations/acts/prikaz-2099-1.yaml",
    }
    assert report["diagnostics"][0]["file"] == "regulations/acts/prikaz-2021-112.yaml"
    assert [row["code"] for row in report["coverage"]] == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "1.5",
        "2.1",
        "2.2",
        "2.3",
        "2.4",
    ]


def test_missing_cycle_step_is_a_warning_naming_it(example):
    example.cut(MECH, "  effectiveness: |", "final_provisions:")
    result = example.run("check")
    assert result.exit_code == 0
    assert (
        "предупреждение: управленческий цикл не замкнут: не описан шаг «анализ эффективности принятых мер» "
        "(часть «порядок использования результатов → анализ эффективности мер»)"
    ) in result.output
    assert example.run("check", "--strict").exit_code == 1


def test_indicator_without_method_periodicity_scoring(example):
    text = example.read(MECH)
    block_start = text.index('  - code: "1.1.6"')
    block = text[block_start : text.index("methods: |")]
    stripped = "\n".join(
        line
        for line in block.splitlines()
        if not line.strip().startswith(("method:", "periodicity:", "scoring:", "- {"))
    )
    example.write(MECH, text[:block_start] + stripped + "\n" + text[text.index("methods: |") :])
    result = example.run("check")
    line = example.line_of(MECH, 'code: "1.1.6"')
    for message in ("не указан метод сбора", "не указана периодичность", "нет шкалы оценивания"):
        assert f"{MECH}:{line}:5: ошибка: у показателя 1.1.6 {message}" in result.output


def test_no_traceback_from_a_real_process(example):
    example.path(MECH).write_text("mechanism: [\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "--project", str(example.root), "check"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr + completed.stdout
    assert f"{MECH}:2:1: ошибка: не найдено значение: не закрыты скобки или кавычки" in completed.stdout


def test_not_a_project(tmp_path):
    from click.testing import CliRunner

    from generator.cli.commands import main

    result = CliRunner().invoke(main, ["--project", str(tmp_path), "check"])
    assert result.exit_code == 1
    assert "ошибка: папка regulations/ не найдена: это не проект msoko (укажите --project)" in result.output


def test_placeholders_and_missing_regulations_are_completeness_errors_at_their_lines(example):
    """What `msoko new` leaves («ЗАПОЛНИТЕ») in a part and in another text is an error at its line, with the code
    `completeness` in JSON; a local mechanism without a Положение is located at its code in the profile, and the
    coverage table lists mechanisms by their numbers (3.2 before 3.10)."""
    example.replace(MECH, "goal: |\n", "goal: |\n  ЗАПОЛНИТЕ: цель мониторинга.\n")
    example.replace(MECH, "  decisions: |\n", "  decisions: |\n    ЗАПОЛНИТЕ.\n")
    profile = "regulations/project.yaml"
    extra = "".join(
        f'  - code: "{code}"\n    group: 3\n    title: Система {title}\n    wordings: [{title}]\n'
        for code, title in (("3.10", "учёта достижений"), ("3.2", "наставничества"))
    )
    example.replace(profile, "local_mechanisms:\n", "local_mechanisms:\n" + extra)
    result = example.run("check", "--format", "json")
    assert result.exit_code == 1
    found = [
        (d["file"], d["line"], d["column"], d["message"])
        for d in result.json()["diagnostics"]
        if d["code"] == "completeness" and d["severity"] == "error"
    ]
    assert found == [
        (MECH, example.line_of(MECH, "goal: |"), 7, "часть «цель» содержит заглушку «ЗАПОЛНИТЕ»: заполните её"),
        (
            MECH,
            example.line_of(MECH, "  decisions: |"),
            14,
            "поле «порядок использования результатов → управленческие решения» содержит заглушку «ЗАПОЛНИТЕ»: "
            "заполните его",
        ),
        (
            profile,
            example.line_of(profile, 'code: "3.10"'),
            11,
            "для механизма 3.10 «Система учёта достижений» нет Положения о мониторинге (создайте: msoko new 3.10)",
        ),
        (
            profile,
            example.line_of(profile, 'code: "3.2"'),
            11,
            "для механизма 3.2 «Система наставничества» нет Положения о мониторинге (создайте: msoko new 3.2)",
        ),
    ]
    assert [row["code"] for row in result.json()["coverage"]][-2:] == ["3.2", "3.10"]
