"""A past year keeps the marks it was collected with (issue 28): editing a school's ШНОР or ШНСУ mark in
regulations/organizations.yaml changes the current year's results and documents, never a past year's, which follow
the copy of the list kept beside their data (data/<year>/organizations.yaml); each collection into the current year
renews its copy, one into a past year leaves that year's copy alone."""

from __future__ import annotations

import io
import shutil

import openpyxl

import pytest

from tests.conftest import REPO, ExampleProject
from tests.docx_reader import Docx
from tests.workbooks import fill

LIST = "regulations/organizations.yaml"
SOSH_7_MARK = "    levels: [начальное, основное, среднее]\n    marks: [ШНОР]\n  - id: oosh-8"
"""СОШ № 7's mark, which the edit takes off."""


@pytest.fixture
def years(example: ExampleProject) -> ExampleProject:
    shutil.copytree(REPO / "data", example.root / "data")
    return example


def _expected(project: ExampleProject, year: int) -> list[str]:
    """Who answers for 1.2.1 (the teachers of the ШНОР and ШНСУ) in ``year``, as ``msoko results`` says."""
    result = project.run("results", "1.2", "--year", str(year), "--format", "json")
    assert result.exit_code == 0, result.output
    [mechanism] = result.json()["mechanisms"]
    indicator = next(item for item in mechanism["indicators"] if item["code"] == "1.2.1")
    return [*indicator["organizations"], *indicator["missing"]]


def _unmark_sosh_7(project: ExampleProject) -> None:
    text = project.read(LIST)
    assert SOSH_7_MARK in text
    project.write(LIST, text.replace(SOSH_7_MARK, "    levels: [начальное, основное, среднее]\n  - id: oosh-8"))


def _spravka(project: ExampleProject) -> str:
    assert project.run("regen", "spravka-1.2").exit_code == 0
    document = Docx(project.path("output/spravka-1.2.docx"))
    return "\n".join(p.text for p in document.paragraphs(include_tables=True))


def test_a_mark_edited_today_changes_the_current_year_not_a_past_one(years):
    assert "sosh-7" in _expected(years, 2023) and "sosh-7" in _expected(years, 2024)
    _unmark_sosh_7(years)
    assert "sosh-7" in _expected(years, 2023)  # 2023's copy of the list still marks it
    assert "sosh-7" not in _expected(years, 2024)  # the current year follows the list


def test_a_past_years_spravka_is_not_rewritten_by_todays_marks(years):
    profile = years.read("regulations/project.yaml")
    years.write("regulations/project.yaml", profile.replace("monitoring:\n", "monitoring:\n  year: 2023\n", 1))
    before = _spravka(years)
    assert "СОШ\xa0№\xa07" in before
    _unmark_sosh_7(years)
    assert _spravka(years) == before


def test_the_current_years_copy_is_renewed_by_a_collection_a_past_ones_is_kept(years, tmp_path):
    _unmark_sosh_7(years)
    past = years.read("data/2023/organizations.yaml")
    for year in (2023, 2024):
        assert years.run("collect", "forms", "1.1", "--year", str(year)).exit_code == 0
        form = years.path(f"output/collection/{year}/1.1.xlsx")
        result = years.run("collect", str(fill(form, tmp_path / f"{year}.xlsx", keys={"sosh-1"})))
        assert result.exit_code == 0, result.output
    assert years.read("data/2024/organizations.yaml") == years.read(LIST)
    assert years.read("data/2023/organizations.yaml") == past
    assert "marks: [ШНОР]\n  - id: oosh-8" in past


def test_a_collection_keeps_a_copy_of_the_values_it_replaces(years, tmp_path):
    before = years.read("data/2024/1.1.csv")
    assert years.run("collect", "forms", "1.1", "--year", "2024").exit_code == 0
    form = years.path("output/collection/2024/1.1.xlsx")
    result = years.run("collect", str(fill(form, tmp_path / "1.1.xlsx", keys={"sosh-1"})))
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.stdout.splitlines() if line.startswith("сохранена копия прежних данных: ")]
    assert years.read(line.partition(": ")[2]) == before
    assert years.read("data/2024/1.1.csv") != before


def test_a_past_years_pages_say_and_use_that_years_list(years):
    from starlette.testclient import TestClient

    from generator.project import ProjectLayout
    from generator.web.app import create_app

    _unmark_sosh_7(years)
    client = TestClient(create_app(ProjectLayout(years.root)), base_url="http://127.0.0.1:8000")
    past = client.get("/monitoring/2023").text
    assert "организации из списка 2023&nbsp;года, сохранённого при сборе данных этого года" in past
    assert "организации из списка 2024" not in client.get("/monitoring/2024").text
    rows = {year: _keys(client.get(f"/monitoring/{year}/forms/1.2.xlsx").content) for year in (2023, 2024)}
    assert "sosh-7" in rows[2023] and "sosh-7" not in rows[2024]  # a row of 1.2 in 2023's workbook only
    page = client.get("/monitoring/2023/organizations/sosh-7").text
    assert 'id="m-1.2"' in page and 'id="m-1.2"' not in client.get("/monitoring/2024/organizations/sosh-7").text


def _keys(workbook: bytes) -> list[str]:
    """The keys of a collection workbook's rows."""
    sheet = openpyxl.load_workbook(io.BytesIO(workbook))["Показатели"]
    return [str(row[0].value) for row in sheet.iter_rows(min_row=4)]
