"""The results of a monitoring year against values computed by hand: shares of sums (never means of
percentages), rounding as printed before scoring, points, targets, changes in percentage points, the
organizations that miss the target and the risk group, the totals per ОО and per округ."""

from __future__ import annotations

import pytest

from generator.monitoring.measures import Gauge
from generator.monitoring.results import compute
from generator.monitoring.selection import municipality
from generator.monitoring.store import Table
from schemas.organizations import Organization
from schemas.regulation import Indicator
from tests.conftest import REPO, ExampleProject

SCHOOLS = [
    Organization(
        id=f"sosh-{n}",
        name=f"Школа {n}",
        short_name=f"СОШ № {n}",
        kind="школа",
        levels=["начальное", "основное", "среднее"],
    )
    for n in (1, 2, 3, 4)
]
WHOLE = municipality("Копейский городской округ")


def _rows(values: dict[str, dict[str, tuple[int, int]]]) -> Table:
    """{key: {code: (numerator, denominator)}} as a stored table."""
    return Table(
        {
            key: {
                item: value
                for code, (numerator, denominator) in codes.items()
                for item, value in (((code, "numerator"), numerator), ((code, "denominator"), denominator))
            }
            for key, codes in values.items()
        }
    )


NOW = _rows(
    {
        "sosh-1": {"1.1.2": (450, 500), "1.1.5": (35, 50), "1.1.6": (17, 20)},
        "sosh-2": {"1.1.2": (100, 120), "1.1.5": (30, 50), "1.1.6": (16, 20)},
        "sosh-3": {"1.1.2": (70, 100), "1.1.5": (20, 50), "1.1.6": (0, 0)},
        "sosh-4": {"1.1.2": (1799, 2000), "1.1.5": (61, 80), "1.1.6": (5, 5)},
        "округ": {"1.1.3": (1484, 1520)},
    }
)
BEFORE = _rows(
    {
        "sosh-1": {"1.1.2": (400, 500)},
        "sosh-2": {"1.1.2": (90, 120)},
        "sosh-3": {"1.1.2": (80, 100)},
        "sosh-4": {"1.1.2": (1500, 2000)},
        "округ": {"1.1.3": (1471, 1520)},
    }
)


@pytest.fixture(scope="module")
def results():
    from generator.sources.validate import load_project
    from generator.project import ProjectLayout

    regulation = load_project(ProjectLayout(REPO)).regulation_for("1.1")
    assert regulation is not None
    return compute(
        regulation.model, "Система оценки качества подготовки обучающихся", SCHOOLS, WHOLE, 2024, NOW, BEFORE
    )


def test_an_organizations_share_is_rounded_as_printed_then_scored(results):
    shares = results.indicator("1.1.2").by_organization
    assert [(shares[k].value, shares[k].points, shares[k].meets_target) for k in ("sosh-1", "sosh-2", "sosh-3")] == [
        (90.0, 2, True),
        (83.3, 1, False),
        (70.0, 0, False),
    ]
    # 1799 / 2000 = 89,95 % exactly: half up it prints as 90,0 % and earns the points of 90 %
    assert (shares["sosh-4"].value, shares["sosh-4"].points, shares["sosh-4"].meets_target) == (90.0, 2, True)
    assert results.indicator("1.1.5").by_organization["sosh-4"].value == 76.3  # 61 / 80 = 76,25: half up, not to even


def test_the_municipal_share_is_the_sum_of_numerators_over_the_sum_of_denominators(results):
    whole = results.indicator("1.1.2").municipality
    # (450 + 100 + 70 + 1799) / (500 + 120 + 100 + 2000) = 2419 / 2720 = 88,93… % (the mean of the four shares
    # would be 83,3 %)
    assert (whole.numerator, whole.denominator, whole.value, whole.points, whole.reported) == (2419, 2720, 88.9, 1, 4)
    assert whole.meets_target is False


def test_the_change_from_the_year_before_in_percentage_points(results):
    result = results.indicator("1.1.2")
    # 2023: 2070 / 2720 = 76,10… → 76,1 %; 88,9 − 76,1 = 12,8
    assert result.previous_municipality.value == 76.1
    assert result.change() == 12.8
    assert (result.change("sosh-1"), result.change("sosh-3")) == (10.0, -10.0)
    assert results.indicator("1.1.5").change() is None  # no data the year before
    assert results.has_previous


def test_below_target_risk_group_and_missing(results):
    result = results.indicator("1.1.2")
    assert result.below_target == ["sosh-2", "sosh-3"]
    assert result.risk_group == ["sosh-3"]
    assert result.missing == []
    assert results.indicator("1.1.6").by_organization["sosh-3"].value is None  # a denominator of 0: no value
    assert results.indicator("1.1.6").below_target == ["sosh-2"]  # 80,0 % against «не менее 85 %»; sosh-3 has no value


def test_an_indicator_of_the_municipality_has_one_value(results):
    result = results.indicator("1.1.3")
    # 1484 / 1520 = 97,63 % → 1 балл (95–98), below «не менее 98 %»; 2023: 1471 / 1520 = 96,78 → 96,8
    assert (result.municipality.value, result.municipality.points, result.municipality.meets_target) == (97.6, 1, False)
    assert result.by_organization == {} and result.change() == 0.9  # 1484/1520 − 1471/1520, not 97,6 − 96,8
    assert results.indicator("1.1.4").missing == ["округ"]


def test_the_total_of_each_organization_and_its_group(results):
    totals = results.totals
    assert (totals["sosh-1"].points, totals["sosh-1"].maximum, totals["sosh-1"].group) == (6, 6, "высокий уровень")
    assert (totals["sosh-2"].points, totals["sosh-2"].group) == (3, "средний уровень")
    # 1.1.6's denominator is 0 at sosh-3 (no pupils with ОВЗ): it does not apply there, and the groups are shares of
    # the maximum of what does (the lawyer's P11-1), so 0 points of 4 rank it
    assert (totals["sosh-3"].points, totals["sosh-3"].maximum, totals["sosh-3"].complete, totals["sosh-3"].group) == (
        0,
        4,
        True,
        "низкий уровень",
    )
    assert results.municipal_total is None
    assert results.organizations_reported == ["sosh-1", "sosh-2", "sosh-3", "sosh-4"]


def _indicator(**fields) -> Indicator:
    return Indicator.model_validate({"code": "9.9.1", "name": "Показатель", "type": "результат", **fields})


def test_yes_no_answers_and_their_share_for_the_municipality():
    indicator = _indicator(
        unit="да/нет", target="да", scoring=[{"answer": "да", "points": 1}, {"answer": "нет", "points": 0}]
    )
    gauge = Gauge(indicator)
    rows = [gauge.row({("9.9.1", "value"): answer}) for answer in ("да", "нет", "да")]
    assert [(m.answer, m.points, m.meets_target) for m in rows] == [("да", 1, True), ("нет", 0, False), ("да", 1, True)]
    whole = gauge.municipal(rows)
    assert (whole.value, whole.points, whole.numerator, whole.denominator) == (66.7, None, 2, 3)


def test_a_count_is_summed_for_the_municipality_and_a_target_in_words_falls_back_to_the_scale():
    indicator = _indicator(
        unit="единица",
        target="нарушений нет",
        scoring=[
            {"lower": 0, "upper": 0, "upper_inclusive": True, "points": 2},
            {"lower": 1, "upper": 3, "points": 1},
            {"lower": 3, "points": 0},
        ],
    )
    gauge = Gauge(indicator)
    rows = [gauge.row({("9.9.1", "value"): count}) for count in (0, 2, 5)]
    assert [(m.value, m.points, m.meets_target) for m in rows] == [(0.0, 2, True), (2.0, 1, False), (5.0, 0, False)]
    whole = gauge.municipal(rows)
    assert (whole.value, whole.points) == (7.0, None)


def test_a_target_of_at_most_reads_the_other_way():
    indicator = _indicator(
        unit="процент",
        target="не более 1 %",
        calculation={"numerator": "a", "denominator": "b"},
        scoring=[
            {"upper": 1, "upper_inclusive": True, "points": 2},
            {"lower": 1, "lower_inclusive": False, "upper": 2, "upper_inclusive": True, "points": 1},
            {"lower": 2, "lower_inclusive": False, "points": 0},
        ],
    )
    gauge = Gauge(indicator)
    on, over = (gauge.row({("9.9.1", "numerator"): n, ("9.9.1", "denominator"): 1000}) for n in (10, 11))
    assert (on.value, on.points, on.meets_target) == (1.0, 2, True)
    assert (over.value, over.points, over.meets_target) == (1.1, 1, False)


def test_msoko_results_prints_the_example_year(example: ExampleProject):
    import shutil

    shutil.copytree(REPO / "data", example.path("data"))
    result = example.run("results", "1.2")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "1.2 Система работы со школами с низкими результатами обучения и (или) школами, "
        "функционирующими в неблагоприятных социальных условиях"
    )
    assert lines[1] == "  данные за 2024 год: представили 6 из 6 организаций"
    assert lines[4] == (
        "  1.2.2  по округу: 100,0\u00a0% — 2 балла; целевое значение: 100 %; к 2023 году: +16,7\u00a0п.\u00a0п."
    )
    assert [line.split()[0] for line in lines if line.startswith("  1.2.")] == [
        "1.2.1",
        "1.2.2",
        "1.2.3",
        "1.2.4",
        "1.2.5",
    ]  # in code order
    assert lines[-1] == "  сумма баллов округа: 8 из 10 — работа результативна"
    report = example.run("results", "1.1", "--year", "2023", "--format", "json").json()
    first = report["mechanisms"][0]
    assert first["year"] == 2023 and first["has_previous"] is False
    assert first["indicators"][0]["municipality"]["points"] in (0, 1, 2)


def test_results_without_data_say_so(example: ExampleProject):
    result = example.run("results")
    assert result.exit_code == 1
    assert result.stderr.startswith("data: ошибка: нет собранных данных")


STORED = Table(
    {
        "sosh-1": {("1.1.1", "numerator"): 450, ("1.1.1", "denominator"): 500, ("1.1.3", "value"): 97.5},
        "sosh-2": {("1.1.5", "value"): "да", ("1.1.10", "numerator"): 0},
    }
)


def test_a_stored_year_reads_back_as_written_and_a_hand_edited_one_the_same(tmp_path):
    """msoko's own file is read column by column, anything else line by line: both give the same table, and what
    does not read is located at its line either way."""
    from generator.monitoring.store import read_table, table_bytes

    written = table_bytes(STORED)
    assert written.decode().splitlines()[1:4] == [
        "sosh-1,1.1.1,numerator,450",
        "sosh-1,1.1.1,denominator,500",
        "sosh-1,1.1.3,value,97.5",
    ]
    lines = written.decode().splitlines()
    edited = {
        "own.csv": written.decode(),
        "crlf.csv": "\r\n".join(lines) + "\r\n",  # saved by Excel
        "apart.csv": "\n".join([lines[0], lines[1], lines[4], *lines[2:4], *lines[5:]]) + "\n",  # sosh-1 split
        "quoted.csv": "\n".join([lines[0], *(f'"{line.split(",")[0]}",{line.split(",", 1)[1]}' for line in lines[1:])])
        + "\n",
    }
    for name, text in edited.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert read_table(tmp_path / name, name) == (STORED, []), name
    twice = tmp_path / "twice.csv"
    twice.write_text(written.decode() + "sosh-1,1.1.1,numerator,451\nsosh-2,1.1.5,part,1\n", encoding="utf-8")
    table, problems = read_table(twice, "data/2024/1.1.csv")
    assert table == STORED
    assert [(p.location.line, p.location.column, p.message) for p in problems] == [
        (7, 1, "значение numerator показателя 1.1.1 организации «sosh-1» повторяется"),
        (8, 3, "неизвестная величина «part»; допустимо: numerator, denominator, value"),
    ]
