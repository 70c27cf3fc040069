"""``msoko collect forms``: one workbook per mechanism from the passports, read back as Excel and LibreOffice
read it — sheets, protection, validation, the stamp, the instruction — and the list of organizations it draws
its rows from."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import openpyxl
import pytest

from tests.conftest import REPO, ExampleProject
from tests.workbooks import fill

FORM = "output/collection/2024/1.1.xlsx"


@pytest.fixture
def forms(example: ExampleProject) -> ExampleProject:
    result = example.run("collect", "forms", "--year", "2024")
    assert result.exit_code == 0, result.output
    return example


def test_one_workbook_a_mechanism_with_its_rows(forms):
    result = forms.run("collect", "forms", "--year", "2024")
    lines = result.stdout.splitlines()
    assert lines[0] == "без изменений: output/collection/2024/1.1.xlsx (механизм 1.1, строк: 25)"
    assert "без изменений: output/collection/2024/1.5.xlsx (механизм 1.5, строк: 25)" in lines  # 1.5.5 of 24 ОО
    assert "без изменений: output/collection/2024/2.4.xlsx (механизм 2.4, строк: 15)" in lines  # 14 ДОО and the округ
    assert lines[-1] == "Итого: книг 9, записано 0."


def test_the_data_sheet_asks_for_each_raw_value_of_each_organization(forms):
    book = openpyxl.load_workbook(forms.path(FORM))
    assert book.sheetnames == ["Показатели", "Инструкция", "msoko"]
    sheet = book["Показатели"]
    assert sheet["A1"].value == (
        "Сбор данных мониторинга за 2024 год. Механизм 1.1 «Система оценки качества подготовки обучающихся»."
    )
    assert [sheet.cell(2, c).value for c in (1, 2, 5, 6)] == [
        "Код организации",
        "Организация",
        "1.1.2. Доля обучающихся 4–8 классов, выполнивших ВПР по русскому языку и математике на базовом уровне и выше",
        "1.1.2. Доля обучающихся 4–8 классов, выполнивших ВПР по русскому языку и математике на базовом уровне и выше",
    ]
    assert sheet["E3"].value.startswith("Числитель: число обучающихся 4–8 классов, получивших отметку")
    assert sheet["F3"].value.startswith("Знаменатель: число обучающихся 4–8 классов, выполнявших ВПР")
    assert [str(sheet.cell(2, c).value).partition(". ")[0] for c in range(3, 15, 2)] == [  # in code order
        "1.1.1",
        "1.1.2",
        "1.1.3",
        "1.1.4",
        "1.1.5",
        "1.1.6",
    ]
    assert [sheet.cell(row, 1).value for row in (4, 10, 27, 28)] == ["sosh-1", "oosh-8", "licey-1", "округ"]
    assert sheet["B28"].value == "Копейский городской округ (в целом)"
    assert sheet.max_column == 14  # six indicators, each a numerator and a denominator


def test_only_the_cells_a_row_fills_are_open(forms):
    sheet = openpyxl.load_workbook(forms.path(FORM))["Показатели"]
    assert sheet.protection.sheet and sheet.freeze_panes == "C4"
    assert not sheet["E4"].protection.locked  # СОШ № 1, 1.1.2
    assert sheet["I4"].protection.locked  # СОШ № 1, 1.1.4: the округ's indicator
    assert not sheet["I28"].protection.locked  # the округ, 1.1.4
    assert sheet["E28"].protection.locked  # the округ, 1.1.2: the schools'
    assert not sheet["G4"].protection.locked and not sheet["G28"].protection.locked  # 1.1.3: the округ's, by school
    assert sheet["A4"].protection.locked and sheet["C2"].protection.locked
    assert sheet["I4"].fill.fgColor.rgb == "FFBFBFBF"


def test_validation_whole_numbers_and_a_numerator_within_its_denominator(forms):
    sheet = openpyxl.load_workbook(forms.path(FORM))["Показатели"]
    rules = {str(rule.sqref): rule for rule in sheet.data_validations.dataValidation}
    numerator, denominator = rules["E4:E28"], rules["F4:F28"]
    assert (numerator.type, numerator.operator, numerator.formula1, numerator.formula2) == (
        "whole",
        None,
        "0",
        'IF(F4="",1E+15,F4)',
    )  # between 0 and the denominator (any, until one is typed)
    assert (denominator.type, denominator.operator, denominator.formula1) == (
        "whole",
        "greaterThanOrEqual",
        'IF(E4="",0,E4)',
    )
    assert numerator.showErrorMessage and numerator.error == "Введите целое число не меньше 0 и не больше знаменателя."
    assert len(rules) == 14  # one a column, C to N; 1.1.1's two (the schools' 1 or 0, the округ's count)


def test_a_yes_no_indicator_gets_a_drop_down(example):
    example.replace("regulations/mechanisms/1.5.yaml", "    unit: единица\n", "    unit: да/нет\n")
    example.replace(
        "regulations/mechanisms/1.5.yaml",
        "      formula: количество нарушений по актам общественных наблюдателей и жюри\n",
        "",
    )
    example.cut(
        "regulations/mechanisms/1.5.yaml",
        "      - {lower: 0, upper: 0, upper_inclusive: true, points: 2}\n      - {lower: 1, upper: 3",
        "methods:",
    )
    example.replace(
        "regulations/mechanisms/1.5.yaml",
        "methods:",
        "      - {answer: нет, points: 2}\n      - {answer: да, points: 0}\nmethods:",
    )
    assert example.run("collect", "forms", "1.5", "--year", "2024").exit_code == 0
    sheet = openpyxl.load_workbook(example.path("output/collection/2024/1.5.xlsx"))["Показатели"]
    rule = next(r for r in sheet.data_validations.dataValidation if str(r.sqref) == "I4:I28")  # 1.5.3's rows of ОО
    assert (rule.type, rule.formula1) == ("list", '"да,нет"')
    assert sheet["I3"].value == "Да или нет"


def test_the_stamp_is_very_hidden_and_names_mechanism_year_and_passports(forms):
    stamp = openpyxl.load_workbook(forms.path(FORM))["msoko"]
    assert stamp.sheet_state == "veryHidden" and stamp.protection.sheet
    pairs = {row[0].value: row[1].value for row in stamp.iter_rows(min_row=2)}
    assert pairs["механизм"] == "1.1" and pairs["год"] == "2024"
    assert len(pairs["паспорта показателей"]) == 64
    other_year = openpyxl.load_workbook(_form_of(forms, 2023))["msoko"]
    assert {row[0].value: row[1].value for row in other_year.iter_rows(min_row=2)}["паспорта показателей"] != pairs[
        "паспорта показателей"
    ]


def _form_of(project: ExampleProject, year: int):
    assert project.run("collect", "forms", "1.1", "--year", str(year)).exit_code == 0
    return project.path(f"output/collection/{year}/1.1.xlsx")


def test_the_instruction_carries_each_passport(forms):
    sheet = openpyxl.load_workbook(forms.path(FORM))["Инструкция"]
    rows = [(row[0].value, row[1].value) for row in sheet.iter_rows()]
    assert rows[0][0] == "Инструкция по заполнению"
    assert (
        "Показатель 1.1.5. Доля обучающихся 8–9 классов, достигших базового уровня функциональной грамотности",
        None,
    ) in rows
    assert ("Кто заполняет", "школы, реализующие программы основного общего образования") in rows
    assert ("Срок", "до 1 декабря") in rows
    assert (
        "Шкала оценивания",
        "70\u00a0% и более\u00a0— 2\u00a0балла; 50\u00a0% и более, но менее 70\u00a0%\u00a0— "
        "1\u00a0балл; менее 50\u00a0%\u00a0— 0\u00a0баллов",
    ) in rows
    assert ("Кто заполняет", "одна строка по округу в целом") in rows


def test_same_sources_same_bytes(forms, tmp_path):
    first = hashlib.sha256(forms.path(FORM).read_bytes()).hexdigest()
    shutil.rmtree(forms.path("output"))
    assert forms.run("collect", "forms", "1.1", "--year", "2024").exit_code == 0
    assert hashlib.sha256(forms.path(FORM).read_bytes()).hexdigest() == first


def test_a_filled_workbook_is_not_overwritten_without_force(forms):
    fill(forms.path(FORM), forms.path(FORM))
    filled = forms.path(FORM).read_bytes()
    refused = forms.run("collect", "forms", "--year", "2024")
    assert refused.exit_code == 1
    assert refused.stderr.startswith(
        "output/collection/2024/1.1.xlsx: ошибка: книга уже есть и отличается от той, что msoko сформирует сейчас"
    )
    assert forms.path(FORM).read_bytes() == filled
    forced = forms.run("collect", "forms", "1.1", "--year", "2024", "--force")
    assert forced.exit_code == 0, forced.output
    backups = list(forms.path("output/.msoko/backup").glob("1.1.*.xlsx"))
    assert [b.read_bytes() for b in backups] == [filled]
    assert "сохранена копия прежней книги: output/.msoko/backup/" in forced.stdout


def test_forms_need_the_year_and_the_list_of_organizations(example):
    missing_year = example.run("collect", "forms")
    assert missing_year.exit_code == 1
    assert missing_year.stderr.startswith("--year: ошибка: укажите год мониторинга")
    example.path("regulations/organizations.yaml").unlink()
    no_list = example.run("collect", "forms", "--year", "2024")
    assert no_list.exit_code == 1
    assert "regulations/organizations.yaml:1:1: ошибка: нет списка организаций" in no_list.stderr
    assert not example.path("output/collection").exists()


def test_an_unknown_mechanism_is_named(example):
    result = example.run("collect", "forms", "3.7", "--year", "2024")
    assert result.exit_code == 1
    assert "ошибка: нет Положения о мониторинге механизма «3.7»; есть: 1.1, 1.2" in result.stderr


def test_the_list_of_organizations_is_checked_with_located_errors(example):
    example.replace("regulations/organizations.yaml", "  - id: sosh-2\n", "  - id: sosh-1\n")
    example.replace("regulations/organizations.yaml", "    kind: ДОО\n", "    kind: ДОО\n    levels: [начальное]\n")
    example.replace("regulations/organizations.yaml", "    levels: [начальное, основное, среднее]\n", "", count=1)
    result = example.run("check")
    assert result.exit_code == 1
    preschool = example.line_of("regulations/organizations.yaml", "levels: [начальное]")
    assert [text for text in result.stdout.splitlines() if text.startswith("regulations/organizations.yaml")] == [
        "regulations/organizations.yaml:9:11: ошибка: у школы не заполнено поле «levels»: уровни общего образования, "
        "программы которых она реализует (начальное, основное, среднее)",
        "regulations/organizations.yaml:11:9: ошибка: идентификатор организации «sosh-1» повторяется: он уже есть у "
        "МОУ «СОШ № 1» (строка 6)",
        f"regulations/organizations.yaml:{preschool}:13: ошибка: уровни общего образования и отметки ШНОР и ШНСУ "
        "указываются только для школы, а это ДОО",
    ]


@pytest.mark.usefixtures("calc")
def test_libreoffice_opens_the_workbook(forms, tmp_path):
    profile = tmp_path / "profile"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(forms.path(FORM)),
        ],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "1.1.csv").read_text(encoding="utf-8", errors="replace")
    assert "sosh-1" in text and "Копейский городской округ (в целом)" in text


def test_the_example_list_says_it_is_illustrative():
    head = (REPO / "regulations" / "organizations.yaml").read_text(encoding="utf-8").splitlines()[:4]
    assert any("для иллюстрации" in line for line in head)
