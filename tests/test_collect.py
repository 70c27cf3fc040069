"""``msoko collect ФАЙЛ…``: workbooks filled as organizations fill them, with every kind of mistake, read back;
every problem named at its sheet and cell in Russian, nothing written on any; good rows stored as sorted CSV,
an organization's rows replaced by its next upload and every other row kept."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, ExampleProject
from tests.workbooks import fill

FORM = "output/collection/2024/1.1.xlsx"
DATA = "data/2024/1.1.csv"


@pytest.fixture
def forms(example: ExampleProject) -> ExampleProject:
    result = example.run("collect", "forms", "1.1", "1.5", "--year", "2024")
    assert result.exit_code == 0, result.output
    return example


def _bad_workbook(book) -> None:
    book["Показатели"].merge_cells("E16:F16")
    book.create_sheet("Лист1")


BAD_CELLS = {
    "E4": "12 чел.",
    "F5": "412,5",
    "E6": "=F6*2",
    "E7": 500,
    "F7": 400,
    "K8": -3,
    "L9": 12.5,
    "M10": None,
    "I11": 5,
    "M12": True,
    "N13": datetime.date(2024, 5, 1),
    "A14": "sosh-99",
    "A15": "sosh-1",
    "E17": "#DIV/0!",
    "P5": "примечание",
    "E30": 7,
}
"""Each cell a mistake people make: text in a number, a decimal comma, a formula Excel never computed, a
numerator above its denominator, a negative number, a fraction in a count, a blank in a filled row, a value
where the indicator does not apply, a logical value, a date, an unknown and a repeated organization, an error
value, data right of the table and a row without its organization (and E16:F16 merged, a sheet added)."""

BAD_REPORT = """\
bad.xlsx: лист «Лист1»: ошибка: лишний лист: удалите его (данные принимаются только с листа «Показатели»)
bad.xlsx: лист «Показатели»: ошибка: нет строки организации МОУ «ООШ № 19»: не удаляйте строки
bad.xlsx: лист «Показатели»: ошибка: нет строки организации МОУ «СОШ № 16»: не удаляйте строки
bad.xlsx: лист «Показатели», ячейка E4: ошибка: МОУ «СОШ № 1», показатель 1.1.2 (числитель): текст вместо числа: «12 чел.»; введите только число
bad.xlsx: лист «Показатели», ячейка F5: ошибка: МОУ «СОШ № 2», показатель 1.1.2 (знаменатель): ожидается целое число, а указано 412,5
bad.xlsx: лист «Показатели», ячейка P5: ошибка: данные вне таблицы: столбец P не относится ни к одному показателю
bad.xlsx: лист «Показатели», ячейка E6: ошибка: МОУ «СОШ № 3», показатель 1.1.2 (числитель): формула без вычисленного значения: откройте книгу в Excel или LibreOffice и сохраните её либо введите число
bad.xlsx: лист «Показатели», ячейка E7: ошибка: МОУ «СОШ № 4», показатель 1.1.2 (числитель): числитель (500) больше знаменателя (400)
bad.xlsx: лист «Показатели», ячейка K8: ошибка: МОУ «СОШ № 6», показатель 1.1.5 (числитель): число не может быть отрицательным: -3
bad.xlsx: лист «Показатели», ячейка L9: ошибка: МОУ «СОШ № 7», показатель 1.1.5 (знаменатель): ожидается целое число, а указано 12,5
bad.xlsx: лист «Показатели», ячейка M10: ошибка: МОУ «ООШ № 8», показатель 1.1.6 (числитель): ячейка не заполнена, а остальные ячейки строки заполнены
bad.xlsx: лист «Показатели», ячейка I11: ошибка: МОУ «СОШ № 9», показатель 1.1.4 (числитель): показатель к этой организации не относится: очистите ячейку
bad.xlsx: лист «Показатели», ячейка M12: ошибка: МОУ «СОШ № 13», показатель 1.1.6 (числитель): логическое значение вместо числа: введите число
bad.xlsx: лист «Показатели», ячейка N13: ошибка: МОУ «СОШ № 15», показатель 1.1.6 (знаменатель): дата вместо числа (01.05.2024): введите число, формат ячейки — «Числовой»
bad.xlsx: лист «Показатели», ячейка A14: ошибка: неизвестная организация «sosh-99»: её нет в списке организаций
bad.xlsx: лист «Показатели», ячейка A15: ошибка: строка организации МОУ «СОШ № 1» повторяется (впервые — в строке 4)
bad.xlsx: лист «Показатели», ячейка E16: ошибка: объединённые ячейки E16:F16: разъедините их
bad.xlsx: лист «Показатели», ячейка F16: ошибка: МОУ «СОШ № 21», показатель 1.1.2 (знаменатель): ячейка не заполнена, а остальные ячейки строки заполнены
bad.xlsx: лист «Показатели», ячейка E17: ошибка: МОУ «СОШ № 23», показатель 1.1.2 (числитель): в ячейке ошибка вычисления «#ДЕЛ/0!» (деление на ноль): введите число
bad.xlsx: лист «Показатели», ячейка A30: ошибка: не указан код организации, а в строке есть данные
Итого: 20 ошибок, 0 предупреждений."""  # noqa: E501 (the report as printed)


def test_every_bad_cell_is_named_at_once_and_nothing_is_written(forms):
    bad = fill(forms.path(FORM), forms.root / "bad.xlsx", cells=BAD_CELLS, edit=_bad_workbook)
    result = _run_in(forms, "collect", bad.name)
    assert result.exit_code == 1
    assert result.stderr.strip() == BAD_REPORT
    assert not forms.path("data").exists()
    assert bad.is_file()


def _run_in(project: ExampleProject, *args: str):
    """Run msoko with the project as the current folder, so the files are named as the user typed them."""
    here = os.getcwd()
    os.chdir(project.root)
    try:
        return project.run(*args)
    finally:
        os.chdir(here)


def test_the_same_problems_for_machines(forms):
    fill(forms.path(FORM), forms.root / "bad.xlsx", cells={"E4": "12 чел.", "E7": 500, "F7": 400})
    report = _run_in(forms, "collect", "bad.xlsx", "--format", "json").json()
    assert report["ok"] is False and report["errors"] == 2
    assert report["diagnostics"][0] == {
        "file": "bad.xlsx",
        "line": 4,
        "column": 5,
        "sheet": "Показатели",
        "cell": "E4",
        "severity": "error",
        "code": "collect",
        "message": "МОУ «СОШ № 1», показатель 1.1.2 (числитель): текст вместо числа: «12 чел.»; введите только число",
    }
    assert report["diagnostics"][1]["cell"] == "E7"
    assert report["diagnostics"][1]["message"] == (
        "МОУ «СОШ № 4», показатель 1.1.2 (числитель): числитель (500) больше знаменателя (400)"
    )


def test_good_rows_are_stored_sorted_and_the_empty_ones_skipped(forms):
    filled = fill(
        forms.path(FORM), forms.root / "one.xlsx", keys={"sosh-1", "sosh-2", "округ"}, cells={"E4": 412, "F4": 450}
    )
    result = _run_in(forms, "collect", "one.xlsx", "--year", "2024")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "принята: one.xlsx — механизм 1.1, 2024 год: заполнено строк 3, пустых 22",
        "записан: data/2024/1.1.csv",
        "Итого: книг 1, файлов данных записано 1.",
    ]
    lines = forms.read(DATA).splitlines()
    assert lines[0] == "organization,indicator,part,value"
    assert lines[1:5] == [
        "sosh-1,1.1.2,numerator,412",
        "sosh-1,1.1.2,denominator,450",
        "sosh-1,1.1.5,numerator,62",
        "sosh-1,1.1.5,denominator,100",
    ]  # tests/workbooks.py
    assert [line.split(",")[0] for line in lines[1:]] == ["sosh-1"] * 6 + ["sosh-2"] * 6 + ["округ"] * 6
    assert filled.is_file()


def test_an_upload_replaces_only_its_organizations_rows(forms):
    fill(forms.path(FORM), forms.root / "first.xlsx", keys={"sosh-1", "sosh-2"})
    assert _run_in(forms, "collect", "first.xlsx").exit_code == 0
    before = forms.read(DATA)
    fill(forms.path(FORM), forms.root / "again.xlsx", keys={"sosh-2"}, cells={"E5": 77, "F5": 80})
    assert _run_in(forms, "collect", "again.xlsx").exit_code == 0
    after = forms.read(DATA)
    changed = [(old, new) for old, new in zip(before.splitlines(), after.splitlines()) if old != new]
    assert changed == [
        ("sosh-2,1.1.2,numerator,60", "sosh-2,1.1.2,numerator,77"),
        ("sosh-2,1.1.2,denominator,115", "sosh-2,1.1.2,denominator,80"),
    ]
    again = _run_in(forms, "collect", "again.xlsx")
    assert again.stdout.splitlines()[1] == "без изменений: data/2024/1.1.csv"


def test_one_organization_in_two_files_is_refused(forms):
    fill(forms.path(FORM), forms.root / "a.xlsx", keys={"sosh-1"})
    fill(forms.path(FORM), forms.root / "b.xlsx", keys={"sosh-1", "sosh-2"})
    result = _run_in(forms, "collect", "a.xlsx", "b.xlsx")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "b.xlsx: ошибка: данные организации МОУ «СОШ № 1» за 2024 год по "
        "механизму 1.1 есть и в файле a.xlsx: оставьте один из файлов"
    )
    assert not forms.path("data").exists()


def test_a_workbook_of_another_year_is_refused(forms):
    fill(forms.path(FORM), forms.root / "filled.xlsx")
    result = _run_in(forms, "collect", "filled.xlsx", "--year", "2025")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "filled.xlsx: ошибка: книга сформирована для сбора данных за 2024 год, а собираются данные за 2025 год"
    )


def test_a_workbook_of_other_passports_is_refused(forms):
    fill(forms.path(FORM), forms.root / "filled.xlsx")
    forms.replace(
        "regulations/mechanisms/1.1.yaml", "число участников диагностики", "число участников диагностики 8–9 классов"
    )
    result = _run_in(forms, "collect", "filled.xlsx")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "filled.xlsx: ошибка: книга сформирована по другой редакции паспортов показателей механизма 1.1: после того, "
        "как книга была сформирована, по показателю 1.1.5 изменились наименование, единица измерения, способ "
        "расчёта или организации, от которых собираются данные (столбцы или строки книги); сформируйте книгу заново "
        "и перенесите в неё данные"
    )


def test_a_workbook_of_the_former_stamp_is_taken_while_its_passports_are_as_they_were(forms):
    """The workbooks handed out before the stamp left the passports' prose out carry the digest of the whole
    passports and no indicator rows: they stay usable until a passport changes, and are then refused as before."""
    from generator.monitoring.columns import former_stamp
    from generator.monitoring.load import monitoring_sources
    from generator.project import ProjectLayout

    regulation = monitoring_sources(ProjectLayout(forms.root)).regulation("1.1")

    def formerly_stamped(book) -> None:
        stamp = book["msoko"]
        stamp["B4"] = former_stamp(regulation, 2024)
        stamp.delete_rows(5, stamp.max_row)

    fill(forms.path(FORM), forms.root / "filled.xlsx", edit=formerly_stamped)
    assert _run_in(forms, "collect", "filled.xlsx").exit_code == 0
    forms.replace("regulations/mechanisms/1.1.yaml", "    source: отчёт ОО\n", "    source: отчёт организации\n")
    refused = _run_in(forms, "collect", "filled.xlsx")
    assert refused.exit_code == 1 and "(их изменили после того, как книга была сформирована)" in refused.stderr


def test_a_workbook_msoko_did_not_make_is_refused(forms):
    fill(forms.path(FORM), forms.root / "foreign.xlsx", edit=lambda book: book.remove(book["msoko"]))
    (forms.root / "notes.xlsx").write_bytes(b"not a workbook at all")
    empty = fill(forms.path(FORM), forms.root / "empty.xlsx", keys=set())
    result = _run_in(forms, "collect", "foreign.xlsx", "notes.xlsx", empty.name)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:3] == [
        "empty.xlsx: ошибка: в книге не заполнена ни одна строка",
        "foreign.xlsx: ошибка: в книге нет служебного листа msoko: она сформирована не командой «msoko collect forms» "
        "или лист удалён; заполните книгу, которую сформировал msoko",
        "notes.xlsx: ошибка: файл не читается как книга Excel (.xlsx, .xls) или OpenDocument (.ods): он повреждён "
        "или это файл другого формата",
    ]


def test_a_missing_file_is_named_with_the_others(forms):
    fill(forms.path(FORM), forms.root / "bad.xlsx", keys={"sosh-1"}, cells={"E4": "много"})
    result = _run_in(forms, "collect", "bad.xlsx", "nowhere.xlsx")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:2] == [
        "bad.xlsx: лист «Показатели», ячейка E4: ошибка: МОУ «СОШ № 1», показатель 1.1.2 (числитель): текст вместо "
        "числа: «много»; введите только число",
        "nowhere.xlsx:1:1: ошибка: не удаётся обратиться к файлу в папке «.»: нет такого файла или папки",
    ]


def test_a_changed_header_stops_the_cells(forms):
    fill(forms.path(FORM), forms.root / "moved.xlsx", edit=lambda book: book["Показатели"].insert_cols(5))
    result = _run_in(forms, "collect", "moved.xlsx")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(
        "moved.xlsx: лист «Показатели», ячейка E2: ошибка: заголовок изменён: ожидается "
        "«1.1.2. Доля обучающихся 4–8 классов"
    )
    cells = [line.split("ячейка ")[1].split(":")[0] for line in lines[:-1]]
    # F2 holds what E2 held, the same indicator's title; the cells below the header are not read
    assert cells == ["E2", "G2", "I2", "K2", "M2", "E3", "F3", "G3", "H3", "I3", "J3", "K3", "L3", "M3", "N3"]


def test_the_municipality_fills_its_own_workbook(forms):
    form = forms.path("output/collection/2024/1.5.xlsx")
    fill(form, forms.root / "1.5.xlsx", cells={"I28": 0})  # the округ last, after its 24 ОО
    assert _run_in(forms, "collect", "1.5.xlsx").exit_code == 0
    assert "округ,1.5.4,value,0" in forms.read("data/2024/1.5.csv").splitlines()


@pytest.mark.usefixtures("calc")
@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_ods_and_xls_are_read_through_libreoffice(forms, tmp_path, kind):
    filled = fill(forms.path(FORM), tmp_path / "filled.xlsx", keys={"sosh-1"}, cells={"E4": "12 чел."})
    profile = tmp_path / "profile"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            kind,
            "--outdir",
            str(forms.root),
            str(filled),
        ],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = _run_in(forms, "collect", f"filled.{kind}")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"filled.{kind}: лист «Показатели», ячейка E4: ошибка: МОУ «СОШ № 1», показатель 1.1.2 (числитель): текст "
        "вместо числа: «12 чел.»; введите только число"
    )


def test_a_damaged_data_file_stops_the_collection(forms):
    fill(forms.path(FORM), forms.root / "filled.xlsx", keys={"sosh-1"})
    forms.path("data/2024").mkdir(parents=True)
    forms.path(DATA).write_text("organization,indicator,part,value\nsosh-3,1.1.2,numerator,много\n", encoding="utf-8")
    result = _run_in(forms, "collect", "filled.xlsx")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "data/2024/1.1.csv:2:4: ошибка: значение «много» не читается: ожидается "
        "число не меньше 0 (с точкой перед дробной частью) или «да»/«нет»"
    )
    assert "много" in forms.read(DATA)


def test_collect_reports_json_of_what_it_stored(forms):
    fill(forms.path(FORM), forms.root / "filled.xlsx", keys={"sosh-1"})
    report = _run_in(forms, "collect", "filled.xlsx", "--format", "json").json()
    assert report["uploads"] == [
        {
            "file": "filled.xlsx",
            "mechanism": "1.1",
            "year": 2024,
            "organizations": ["sosh-1"],
            "empty": report["uploads"][0]["empty"],
            "breakdown": {"indicators": [], "organizations": []},
        }
    ]
    changes = report["stored"][0].pop("changes")
    assert report["stored"] == [
        {"file": DATA, "mechanism": "1.1", "year": 2024, "organizations": ["sosh-1"], "changed": True}
    ]
    stored = forms.read(DATA).splitlines()[1:]  # sosh-1's six values: a new row, nothing before
    assert [(c["organization"], c["indicator"], c["part"], c["before"], c["after"]) for c in changes] == [
        (*line.split(",")[:3], None, int(line.split(",")[3])) for line in stored
    ]
    assert json.loads(json.dumps(report))["ok"] is True


def test_the_example_data_say_they_are_invented():
    assert "Данные примера выдуманы" in (REPO / "data" / "README.md").read_text(encoding="utf-8")


def test_a_failure_while_storing_leaves_each_file_old_or_new(forms, monkeypatch):
    fill(forms.path(FORM), forms.root / "1.1.xlsx", keys={"sosh-1"})
    fill(forms.path("output/collection/2024/1.5.xlsx"), forms.root / "1.5.xlsx")
    assert _run_in(forms, "collect", "1.1.xlsx", "1.5.xlsx").exit_code == 0
    before = {name: forms.read(f"data/2024/{name}") for name in ("1.1.csv", "1.5.csv")}
    fill(forms.path(FORM), forms.root / "1.1.xlsx", keys={"sosh-1"}, cells={"E4": 1, "F4": 2})
    fill(forms.path("output/collection/2024/1.5.xlsx"), forms.root / "1.5.xlsx", cells={"I28": 9})
    replace = os.replace
    calls = []

    def full_disk_on_the_second(source, target):
        calls.extend(["data"] if "data" in Path(target).parts else [])  # the copies kept in output/: not counted
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(target))
        replace(source, target)

    monkeypatch.setattr("generator.build.write.os.replace", full_disk_on_the_second)
    result = _run_in(forms, "collect", "1.1.xlsx", "1.5.xlsx")
    assert result.exit_code == 1
    assert "на диске нет места" in result.stderr
    assert "sosh-1,1.1.2,numerator,1" in forms.read("data/2024/1.1.csv")  # written before the disk filled
    assert forms.read("data/2024/1.5.csv") == before["1.5.csv"]  # never half written
    assert sorted(p.name for p in forms.path("data/2024").iterdir()) == ["1.1.csv", "1.5.csv", "organizations.yaml"]


def test_a_decimal_comma_is_told_what_the_cell_takes():
    """A count takes a whole number: «412,5» there is no number to retype, as it is in a percentage's cell."""
    from generator.collection.cells import cell_value
    from generator.monitoring.columns import ValueKind

    assert cell_value(ValueKind.COUNT, "412,5") == (None, "ожидается целое число, а указано 412,5")
    assert cell_value(ValueKind.PERCENT, "12,5") == (
        None,
        "число записано текстом с десятичной запятой: «12,5»; введите его как число",
    )
