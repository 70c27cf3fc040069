"""A municipal share counted over organizations (``applies_to`` on a municipal indicator: 2.1.4 «число ОО, в которых …»
of «число ОО, выпускники 11 классов которых сдавали ЕГЭ») broken down by them in the workbook: their rows open and
validated as 1 or 0, the instruction saying how, the округ's row their sums when left empty or checked against them
when filled, a partial breakdown refused, and the example's data collected back byte for byte."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from tests.conftest import REPO, ExampleProject
from tests.test_collect import _run_in
from tests.workbooks import fill, stored

FORM = "output/collection/2024/2.1.xlsx"
DATA = "data/2024/2.1.csv"
SHY = "\u00ad"
WHOLE_ROW = 28
"""The округ's row of the 2.1 workbook; the schools are rows 4 to 27 (МОУ «ООШ № 8» row 10, МОУ «ООШ № 19» row 15)."""
SCHOOLS = range(4, WHOLE_ROW)
SECONDARY = [row for row in SCHOOLS if row not in (10, 15)]
"""The 22 schools teaching СОО: the organizations of 2.1.4 (columns I and J)."""


@pytest.fixture
def forms(example: ExampleProject) -> ExampleProject:
    result = example.run("collect", "forms", "2.1", "--year", "2024")
    assert result.exit_code == 0, result.output
    return example


def _breakdown(numerators: dict[int, int], whole: tuple[int, int] | None = None) -> dict[str, object]:
    """2.1.4's cells: each school teaching СОО 1 of 1 unless ``numerators`` says 0; the округ's, or none."""
    cells: dict[str, object] = {}
    for row in SECONDARY:
        cells[f"I{row}"], cells[f"J{row}"] = numerators.get(row, 1), 1
    cells[f"I{WHOLE_ROW}"], cells[f"J{WHOLE_ROW}"] = whole if whole else (None, None)
    return cells


def _refused(forms: ExampleProject, cells: dict[str, object], name: str = "uo.xlsx", key: str = "округ") -> list[str]:
    """The lines `msoko collect` refuses the workbook filled in the row of ``key`` with ``cells``."""
    fill(forms.path(FORM), forms.root / name, keys={key}, cells=cells)
    result = _run_in(forms, "collect", name)
    assert result.exit_code == 1
    return result.stderr.splitlines()


def test_the_schools_rows_of_2_1_4_are_open_and_take_1_or_0(forms):
    book = openpyxl.load_workbook(forms.path(FORM))
    sheet = book["Показатели"]
    assert str(sheet["I2"].value).startswith("2.1.4. ")
    assert not sheet["I4"].protection.locked and not sheet["J4"].protection.locked  # МОУ «СОШ № 1»
    assert sheet["I10"].protection.locked and sheet["J10"].protection.locked  # МОУ «ООШ № 8»: no СОО
    assert not sheet[f"I{WHOLE_ROW}"].protection.locked  # the округ's row stays
    rules = {str(rule.sqref): rule for rule in sheet.data_validations.dataValidation}
    numerator, denominator = rules["I4:I27"], rules["J4:J27"]
    assert (numerator.type, numerator.formula1, numerator.formula2) == ("whole", "0", 'IF(J4="",1,J4)')
    assert (denominator.type, denominator.formula1, denominator.formula2) == ("whole", 'IF(I4="",0,I4)', "1")
    assert numerator.error == (
        "Введите 1 или 0: 1 — организация входит в это число, 0 — не входит; числитель не больше знаменателя."
    )
    assert (
        (numerator.promptTitle, numerator.prompt)
        == (denominator.promptTitle, denominator.prompt)
        == (
            "1 или 0",
            "1 — организация входит в число, 0 — не входит. Заполняет управление образования.",
        )
    )
    assert numerator.showInputMessage
    assert rules["I28"].formula2 == 'IF(J28="",1E+15,J28)'  # the округ's count
    assert rules["I28"].prompt is None
    lines = [row[0].value for row in book["Инструкция"].iter_rows(max_row=10)]
    assert lines[2:5] == [
        "Заполните на листе «Показатели» строку своей организации.",
        "Строку «Копейский городской округ (в целом)» заполняет управление образования по данным округа в целом.",
        "Столбцы показателей 2.1.3, 2.1.4 и 2.1.5 заполняет управление образования в своей книге: в строках всех "
        "организаций и в строке «Копейский городской округ (в целом)». Организации эти столбцы не заполняют.",
    ]
    assert lines[5] == (
        "По показателям 2.1.3, 2.1.4 и 2.1.5 в строке каждой организации — 1 или 0. В числителе 1 — организация "
        "входит в число, названное в числителе, иначе 0; в знаменателе 1 — входит в число, названное в знаменателе, "
        "иначе 0; у организации, не входящей в знаменатель, — 0 и 0."
    )
    assert lines[6] == (
        "Строки организаций по такому показателю заполняются все или ни одной. В строке «Копейский городской округ "
        "(в целом)» ячейки такого показателя можно оставить пустыми: тогда числитель и знаменатель по округу — суммы "
        "по строкам организаций; если они заполнены, то должны быть равны этим суммам."
    )
    who = [row[1].value for row in book["Инструкция"].iter_rows() if row[0].value == "Кто заполняет"]
    assert who[3] == (
        "управление образования — строку по округу в целом и строки организаций (школы, реализующие программы "
        "среднего общего образования); сами организации показатель не заполняют"
    )


def test_an_empty_whole_row_becomes_the_sums_of_the_schools(forms):
    filled = fill(forms.path(FORM), forms.root / "uo.xlsx", keys={"округ"}, cells=_breakdown({4: 0, 5: 0}))
    result = _run_in(forms, "collect", "uo.xlsx")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (  # the 22 schools' rows are the УО's breakdown, not rows they sent
        "принята: uo.xlsx — механизм 2.1, 2024 год: заполнено строк 1, пустых 2; по показателю 2.1.4 — значения 22 "
        "организаций, заполненные управлением образования"
    )
    lines = forms.read(DATA).splitlines()
    assert "sosh-1,2.1.4,numerator,0" in lines and "sosh-3,2.1.4,numerator,1" in lines
    assert "oosh-8,2.1.4,numerator,0" not in lines
    assert [line for line in lines if line.startswith("округ,2.1.4,")] == [
        "округ,2.1.4,numerator,20",
        "округ,2.1.4,denominator,22",
    ]
    assert filled.is_file()


def test_the_json_report_tells_the_rows_filled_from_the_breakdown(forms):
    fill(forms.path(FORM), forms.root / "uo.xlsx", keys={"округ"}, cells=_breakdown({4: 0}))
    upload = _run_in(forms, "collect", "uo.xlsx", "--format", "json").json()["uploads"][0]
    assert upload["organizations"] == ["округ"]  # the one row the УО's book fills whole, as the text report counts
    assert upload["breakdown"]["indicators"] == ["2.1.4"]
    assert len(upload["breakdown"]["organizations"]) == 22
    assert {"sosh-1", "sosh-3"} <= set(upload["breakdown"]["organizations"])
    assert "oosh-8" not in upload["breakdown"]["organizations"]


def test_a_whole_row_that_is_not_the_sums_is_named_at_its_cell(forms):
    lines = _refused(forms, _breakdown({4: 0}, whole=(12, 22)))
    assert lines[0] == (
        "uo.xlsx: лист «Показатели», ячейка I28: ошибка: Копейский городской округ (в целом), показатель 2.1.4 "
        "(числитель): числитель и знаменатель по округу (12 и 22) не равны суммам по строкам организаций (21 и 22): "
        "исправьте их или очистите эти ячейки строки по округу — тогда в них будут суммы"
    )
    assert not forms.path(DATA).exists()


def test_a_partial_breakdown_is_refused(forms):
    cells = {**_breakdown({}, whole=(20, 22)), "I7": None, "J7": None, "I9": None, "J9": None}
    lines = _refused(forms, cells)
    assert lines[0] == (
        "uo.xlsx: лист «Показатели», ячейка I7: ошибка: МОУ «СОШ № 4», показатель 2.1.4 (числитель): строки "
        "организаций по показателю 2.1.4 заполнены не все: нет значений у МОУ «СОШ № 4», МОУ «СОШ № 7»; заполните "
        "строки всех организаций, к которым относится показатель (22), или оставьте пустыми все"
    )
    assert not forms.path(DATA).exists()


def test_a_school_is_1_or_0_in_a_count_of_schools(forms):
    lines = _refused(forms, {**_breakdown({}), "J6": 3, "I6": 2})
    assert lines[:2] == [
        "uo.xlsx: лист «Показатели», ячейка I6: ошибка: МОУ «СОШ № 3», показатель 2.1.4 (числитель): организация "
        "либо входит в это число, либо нет: введите 1 или 0, а не 2",
        "uo.xlsx: лист «Показатели», ячейка J6: ошибка: МОУ «СОШ № 3», показатель 2.1.4 (знаменатель): организация "
        "либо входит в это число, либо нет: введите 1 или 0, а не 3",
    ]


def test_a_2_against_a_denominator_of_1_is_told_the_1_or_0_rule(forms):
    lines = _refused(forms, {**_breakdown({}), "I6": 2})
    assert lines[:-1] == [
        "uo.xlsx: лист «Показатели», ячейка I6: ошибка: МОУ «СОШ № 3», показатель 2.1.4 (числитель): организация "
        "либо входит в это число, либо нет: введите 1 или 0, а не 2"
    ]


def test_the_breakdowns_problems_come_with_the_cells_in_one_pass(forms):
    """The округ's 2.1.4 against the sums beside a text in the округ's 2.1.1; 2.1.5, whose K13 does not read, is not
    also told that its other rows are empty."""
    cells = {**_breakdown({4: 0}, whole=(12, 22)), "C28": "5 чел.", "K13": 2, "L13": 1}
    lines = _refused(forms, cells)
    assert [line.partition(": ошибка: ")[0] for line in lines] == [
        "uo.xlsx: лист «Показатели», ячейка K13",
        "uo.xlsx: лист «Показатели», ячейка C28",
        "uo.xlsx: лист «Показатели», ячейка I28",
        "Итого: 3 ошибки, 0 предупреждений.",
    ]


def test_a_schools_copy_filling_its_own_breakdown_cells_is_told_the_uo_fills_them(forms):
    """МОУ «СОШ № 4» (row 7) types 1 and 1 into its 2.1.4 in its copy: told at its own cells, not at the others'."""
    lines = _refused(forms, {"I7": 1, "J7": 1}, "school.xlsx", "sosh-4")
    assert lines[:-1] == [
        "school.xlsx: лист «Показатели», ячейка I7: ошибка: МОУ «СОШ № 4», показатель 2.1.4 (числитель): эти ячейки "
        "заполняет управление образования в своей книге вместе со строкой по округу, а не сама организация: "
        "очистите их"
    ]
    assert not forms.path(DATA).exists()


def test_a_schools_own_copy_and_the_uos_each_keep_their_cells(forms):
    school = fill(forms.path(FORM), forms.root / "school.xlsx", keys={"sosh-1"})
    uo = fill(forms.path(FORM), forms.root / "uo.xlsx", keys={"округ"}, cells=_breakdown({4: 0}))
    result = _run_in(forms, "collect", school.name, uo.name)
    assert result.exit_code == 0, result.output
    sosh_1 = [line for line in forms.read(DATA).splitlines() if line.startswith("sosh-1,")]
    assert [line.split(",")[1] for line in sosh_1] == ["2.1.4"] * 2 + ["2.1.6"] * 2  # the УО's, the school's
    again = _run_in(forms, "collect", school.name)  # the school's next copy keeps the УО's 1 or 0
    assert again.exit_code == 0, again.output
    assert "sosh-1,2.1.4,denominator,1" in forms.read(DATA).splitlines()


def test_the_example_data_collect_back_byte_for_byte(example):
    before = (REPO / DATA).read_text(encoding="utf-8")
    assert example.run("collect", "forms", "2.1", "--year", "2024").exit_code == 0
    returned = fill(example.path(FORM), example.root / "2.1.xlsx", stored(before), breakdowns=True)
    result = example.run("collect", str(returned))
    assert result.exit_code == 0, result.output
    assert example.read(DATA) == before
    assert "sosh-13,2.1.4,numerator,0" in before.splitlines()  # the schools' rows are there to be collected


def test_the_regulation_names_the_organizations_of_a_share_of_the_okrug(example):
    assert example.run("regen", "polozhenie-2.1").exit_code == 0
    rows = {
        row.cells[0].text: row.cells[4].text.replace(SHY, "")
        for table in docx.Document(str(example.path("output/polozhenie-2.1.docx"))).tables
        for row in table.rows
        if len(row.cells) > 4
    }
    assert (
        "Уровень: муниципальный\nОрганизации: общеобразовательные организации, реализующие программы среднего общего "
        "образования\nПериодичность: ежегодно"
    ) in rows["2.1.4"]
    assert "Организации: общеобразовательные организации\nПериодичность" in rows["2.1.3"]
    assert "Организации" not in rows["2.1.1"]  # the округ's own count of heads trained
