"""The monitoring year's documents (issue #28), made by `msoko regen all` from the Положения and the year's data:
the аналитическая справка and the приказ «Об итогах мониторинга …» of each mechanism, read back as a lawyer and a
методист read them — numbers computed from the CSV, «п. п.», the organizations below a target and in the risk
group, the dates the Положение's schedule gives, the signatures — and through LibreOffice."""

from __future__ import annotations

import csv
import shutil
import subprocess
import zipfile

import pytest

from generator.review.pdf import convert_to_pdf
from tests.conftest import REPO, ExampleProject, diagnostic_lines
from tests.docx_reader import Docx

NBSP = "\u00a0"


def _one_line(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").replace("\u2060", "").split())


def _texts(project: ExampleProject, name: str, tables: bool = False) -> list[str]:
    document = Docx(project.path(f"output/{name}.docx"))
    return [_one_line(p.text) for p in document.paragraphs(include_tables=tables) if p.text.strip()]


def _with_data(root) -> ExampleProject:
    project = ExampleProject(root)
    shutil.copytree(REPO / "data", root / "data")
    return project


@pytest.fixture(scope="module")
def year(tmp_path_factory) -> ExampleProject:
    """The example with its two years of data, built once for the module's reading tests."""
    project = _with_data(tmp_path_factory.mktemp("year") / "project")
    result = project.run("regen", "all")
    assert result.exit_code == 0, result.output
    return project


@pytest.fixture
def fresh_year(tmp_path) -> ExampleProject:
    return _with_data(tmp_path / "project")


def _sums(project: ExampleProject, year: int, code: str) -> tuple[int, int]:
    """The sums of an indicator's numerators and denominators over the organizations, straight from the CSV."""
    numerator = denominator = 0
    with open(project.path(f"data/{year}/{code.rsplit('.', 1)[0]}.csv"), encoding="utf-8") as table:
        for row in csv.DictReader(table):
            if row["indicator"] == code and row["organization"] != "округ":
                numerator += int(row["value"]) if row["part"] == "numerator" else 0
                denominator += int(row["value"]) if row["part"] == "denominator" else 0
    return numerator, denominator


def test_regen_writes_a_spravka_and_an_order_per_mechanism_with_data(year):
    written = sorted(p.name for p in year.path("output").glob("*.docx"))
    codes = ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4"]
    assert [f"spravka-{code}.docx" for code in codes] == [n for n in written if n.startswith("spravka-")]
    assert [f"prikaz-itogi-{code}.docx" for code in codes] == [n for n in written if n.startswith("prikaz-itogi-")]
    again = year.run("regen", "all")
    assert again.exit_code == 0 and "записано 0" in again.stdout


def test_the_municipal_value_is_the_sum_of_numerators_over_the_sum_of_denominators(year):
    numerator, denominator = _sums(year, 2024, "1.1.2")
    share = f"{100 * numerator / denominator:.1f}".replace(".", ",")
    [table] = [
        t
        for t in Docx(year.path("output/spravka-1.1.docx")).tables()
        if t[0][1] == "ОО" and "1.1.2" in " ".join(_texts(year, "spravka-1.1"))
    ][:1]
    whole = [_one_line(cell) for cell in table[-1]]
    assert whole[:4] == ["Округ в целом", str(numerator), str(denominator), f"{share} %"], whole
    assert len(table) == 1 + 24 + 1  # the header, every school, the округ


def test_the_conclusions_are_written_from_the_numbers(year):
    texts = _texts(year, "spravka-1.1")
    assert (
        "Доля обучающихся 4–8 классов, выполнивших ВПР по русскому языку и математике на базовом уровне и выше, по "
        "округу составила 94,4 % (2 балла), что на 1,6 п. п. выше, чем в 2023 году; целевое значение «не менее "
        "90 %» достигнуто."
    ) in texts
    assert any(
        t.startswith(
            "Доля выпускников 9 классов, получивших аттестат об основном общем образовании, по округу "
            "составила 97,6 % (1 балл), что на 0,9 п. п. выше, чем в 2023 году; целевое значение «не "
            "менее 98 %» не достигнуто."
        )
        for t in texts
    )
    assert (
        "Целевые значения по округу достигнуты по 4 из 6 показателей; не достигнуты — по показателям 1.1.3 и 1.1.4."
        in texts
    )
    assert "По сравнению с 2023 годом значения по округу улучшились по всем 6 показателям." in texts
    summary = Docx(year.path("output/spravka-1.1.docx")).tables()[1]
    assert [_one_line(c).partition(". ")[0] for c, *_ in summary[1:]] == [f"1.1.{n}" for n in range(1, 7)]
    assert [_one_line(c) for c in summary[2][1:5]] == ["92,8 %", "94,4 %", "+1,6 п. п.", "2 балла"]  # 1.1.2


def test_the_spravka_names_the_organizations_below_a_target(year):
    texts = _texts(year, "spravka-1.1")
    assert (
        "Целевого значения не достигли ОО (7 из 24): МОУ «СОШ № 4», МОУ «СОШ № 7», МОУ «СОШ № 9», МОУ «СОШ № 16», "
        "МОУ «ООШ № 19», МОУ «СОШ № 43» и МОУ «Лицей № 1»."
    ) in texts
    lead = texts.index("Целевых значений хотя бы по одному показателю не достигли ОО (11 из 24):")
    assert texts[lead + 1 : lead + 3] == [
        "МОУ «СОШ № 4» — по показателям 1.1.2, 1.1.3 и 1.1.5;",  # 1.1.3: of the округ, its own share below
        "МОУ «СОШ № 7» — по показателям 1.1.2, 1.1.3, 1.1.5 и 1.1.6;",
    ]
    bold = [
        r
        for r in Docx(year.path("output/spravka-1.1.docx")).body.iter("{*}r")
        if r.find("{*}rPr/{*}rStyle") is not None and "".join(r.itertext()) == f"84,8{NBSP}%"
    ]
    assert bold, "a value below the target is set in bold"


def test_the_spravka_has_its_requisites_and_signature(year):
    """The приказ approves the справка as its appendix: the справка says so once, by the approval stamp (ГОСТ Р
    7.0.97-2025 puts the stamp on an approved appendix), though the project's layout asks both for the Положения."""
    texts = _texts(year, "spravka-1.1")
    assert texts[:5] == [
        "УТВЕРЖДЕНА",
        "приказом управления образования администрации Копейского городского округа",
        "от 17.12.2024 № ______",
        "Аналитическая справка",
        "по итогам мониторинга качества подготовки обучающихся в 2024 году",
    ]
    assert (
        "Настоящая справка подготовлена по итогам мониторинга, проведённого в 2024 году в соответствии с Положением "
        "о мониторинге качества подготовки обучающихся, утверждённым приказом управления образования администрации "
        "Копейского городского округа от 15.03.2021 № 112."
    ) in texts
    assert texts[-2:] == [
        "Директор муниципального казённого учреждения «Муниципальный методический центр» Копейского городского округа "
        "О.В. Кузнецова",
        "17.12.2024",
    ]
    assert (
        "Сведения представлены за отчётные периоды, установленные таблицей 1 Положения, в сроки: до 15 июня 2024 года "
        "(показатель 1.1.6); до 1 июля 2024 года (показатели 1.1.1 и 1.1.2); до 1 сентября 2024 года (показатель "
        "1.1.4); до 25 сентября 2024 года (показатель 1.1.3); до 1 декабря 2024 года (показатель 1.1.5). Отчётные "
        "периоды: по показателям 1.1.1 и 1.1.2 — всероссийские проверочные работы (далее — ВПР) 2023/24 учебного "
        "года (март–май); по показателям 1.1.3 и 1.1.4 — 2023/24 учебный год; по показателю 1.1.5 — региональная "
        "диагностика 2024 года (октябрь–ноябрь); по показателю 1.1.6 — с 1 сентября 2023 года по 31 мая 2024 года."
    ) in texts  # in the calendar's order, each with its year; every indicator's period, its school year named
    assert (
        "Сведения представили все ОО, от которых Положением предусмотрен их сбор (24 из 24, охват — 100 %); их "
        "перечень приведён в таблице 1. Значения по показателям 1.1.1, 1.1.3 и 1.1.4 рассчитаны по округу в целом."
        in texts
    )


def test_the_dates_follow_the_schedule_of_each_polozhenie(year):
    """1.1: «итоговая аналитическая справка … до 20 декабря», the рекомендации «до 28 декабря» — the приказ ten days
    before them, 17.12.2024; 2.2: the справка and the рекомендации «до 1 декабря», 30.11.2024 is a Saturday — the
    letters 29.11.2024, the приказ ten days before, 19.11.2024: no deadline falls on the приказ's own day."""
    assert "17.12.2024 № ______" in _texts(year, "prikaz-itogi-1.1")[5].replace("\t", " ")
    assert _texts(year, "spravka-2.2")[-1] == "19.11.2024"
    assert _texts(year, "spravka-1.5")[-1] == "30.09.2024"
    for code, signed, sent in (
        ("1.3", "09.12.2024", "19.12.2024"),
        ("1.4", "21.10.2024", "31.10.2024"),
        ("2.2", "19.11.2024", "29.11.2024"),
    ):
        order = _texts(year, f"prikaz-itogi-{code}")
        assert f"{signed} № ______" in order[5].replace("\t", " "), code
        assert any(f"адресные рекомендации не позднее {sent}" in text for text in order), code


def test_the_order_cites_the_polozhenie_and_the_spravka_and_sets_measures_and_deadlines(year):
    texts = _texts(year, "prikaz-itogi-1.1")
    assert "Об итогах мониторинга качества подготовки обучающихся в 2024 году" in texts
    preamble = texts[texts.index("п р и к а з ы в а ю:") - 1]
    assert preamble == (
        "В соответствии с Положением о мониторинге качества подготовки обучающихся, утверждённым "
        "приказом управления образования администрации Копейского городского округа от 15.03.2021 "
        "№ 112, на основании аналитической справки по итогам мониторинга качества подготовки "
        "обучающихся в 2024 году, подготовленной муниципальным казённым учреждением «Муниципальный "
        "методический центр» Копейского городского округа (далее — ММЦ),"
    )  # the glossary's full name
    points = texts[texts.index("п р и к а з ы в а ю:") + 1 :]
    assert points[0] == (
        "Утвердить аналитическую справку по итогам мониторинга качества подготовки обучающихся в 2024 "
        "году (приложение)."
    )
    assert points[1] == "ММЦ (О.В. Кузнецова):"
    assert points[2] == (
        "направить руководителям образовательных организаций, не достигших целевых значений "
        "показателей мониторинга (раздел 5 приложения), адресные рекомендации не позднее 27.12.2024;"
    )
    assert (
        "по показателю 1.1.4 не позднее 16.06.2025 организовать работу муниципальных предметных методических "
        "объединений по заданиям высокого уровня сложности и обмен опытом учителей, выпускники которых показывают "
        "высокие результаты;" in points
    )  # «до 15 июня»: 14.06.2025 is a Saturday, 13.06.2025 a day off moved from 08.03 (постановление № 1335)
    assert "обеспечить выполнение планов мероприятий не позднее 11.06.2025." in points
    assert any(p.startswith("Отделу оценки качества образования") for p in points)
    assert (
        "подготовить отчёт о выполнении плана мероприятий по итогам мониторинга с датами их проведения не позднее "
        "30.06.2025." in points
    )  # «до 1 июля года, следующего за отчётным»
    decisions = points.index(
        "Отделу оценки качества образования управления образования в соответствии с пунктом 9.4 Положения о "
        "мониторинге не позднее 28.12.2024:"
    )
    assert points[decisions + 1 : decisions + 3] == [
        "согласовать с ММЦ включение образовательных организаций, не достигших целевых значений показателей "
        "мониторинга (раздел 5 приложения), в программу адресной методической поддержки ММЦ на 2025/26 учебный год;",
        "направить результаты мониторинга руководителям образовательных организаций, не достигших целевых значений "
        "показателей мониторинга (раздел 5 приложения), для учёта при подготовке индивидуальных планов "
        "профессионального развития.",
    ]  # every decision has its executor and date: none is the приказ's own without a doer, and the department does
    # not draw up the heads' own plans: it hands them the results (the lawyer's 12th read)
    assert not any("подготовить управленческие решения" in p or "Принять управленческие" in p for p in points)
    assert (
        "разместить аналитическую справку на официальном сайте управления образования в течение 10 рабочих дней "
        "со дня подписания настоящего приказа;" in points
    )  # the Положение о МСОКО's term
    assert (
        "разработать и представить на утверждение начальнику управления образования план мероприятий управления "
        "образования по итогам мониторинга не позднее 28.12.2024;" in points
    )  # «до 31 декабря»: 30 and 31.12.2024 are days off, Saturday 28.12.2024 a working day (постановление № 1314)
    assert (
        "провести анализ эффективности мер, принятых по итогам мониторинга 2024 года, в порядке, установленном "
        "пунктом 9.5 Положения о мониторинге, по данным мониторинга 2025 года не позднее 24.12.2025." in points
    )
    assert points[-4:-2] == [
        "Контроль за исполнением настоящего приказа оставляю за собой.",
        "Начальник управления образования А.А. Ангеловский",
    ]  # then the executor mark and the указатель рассылки


def test_a_control_official_from_the_profile(fresh_year):
    fresh_year.replace(
        "regulations/project.yaml",
        "  service:\n",
        "  control: заместителя начальника управления образования И.И. Петрова\n  service:\n",
    )
    assert fresh_year.run("regen", "prikaz-itogi-1.2").exit_code == 0
    assert (
        "Контроль за исполнением настоящего приказа возложить на заместителя начальника управления образования "
        "И.И. Петрова."
    ) in _texts(fresh_year, "prikaz-itogi-1.2")


def test_the_risk_group_is_named_in_the_spravka_and_the_order(fresh_year):
    """Three pupils of 40 in МОУ «СОШ № 7» pass: 7,5 % earns the scale's least points."""
    path = fresh_year.path("data/2024/1.1.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [
        (
            "sosh-7,1.1.2,numerator,3"
            if line.startswith("sosh-7,1.1.2,numerator,")
            else "sosh-7,1.1.2,denominator,40"
            if line.startswith("sosh-7,1.1.2,denominator,")
            else line
        )
        for line in lines
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert fresh_year.run("regen", "spravka-1.1", "prikaz-itogi-1.1").exit_code == 0
    spravka = _texts(fresh_year, "spravka-1.1")
    assert (
        "Наименьший балл по шкале таблицы 1 Положения хотя бы по одному показателю получило МОУ «СОШ № 7» — по "
        "показателю 1.1.2."
    ) in spravka  # the Положение's own terms: no Положение defines a «группа риска» (lawyer M6)
    assert not any("групп" in t and "риска" in t for t in spravka)
    assert any(
        t.startswith(
            "обеспечить адресную методическую поддержку образовательной организации, получившей наименьший балл "
            "по шкале таблицы 1 Положения о мониторинге хотя бы по одному показателю (муниципальное "
            "общеобразовательное учреждение «Средняя общеобразовательная школа № 7» Копейского городского округа) с "
            "18.12.2024 по 16.06.2025"
        )
        for t in _texts(fresh_year, "prikaz-itogi-1.1")
    )


def test_charts_are_native_and_russian(year):
    with zipfile.ZipFile(year.path("output/spravka-1.1.docx")) as archive:
        charts = sorted(name for name in archive.namelist() if name.startswith("word/charts/"))
        organizations = archive.read("word/charts/chart2.xml").decode()
    assert charts == [f"word/charts/chart{n}.xml" for n in range(1, 5)]
    assert '<c:lang val="ru-RU"/>' in organizations and "[$-419]0.0" in organizations
    assert "МОУ «СОШ № 7»" in organizations and "<c:v>84.8</c:v>" in organizations
    captions = [t for t in _texts(year, "spravka-1.1") if t.startswith("Рисунок")]
    assert captions[:2] == [
        "Рисунок 1 — Значения показателей по округу, %, 2023 и 2024 годы",
        "Рисунок 2 — Значения показателя 1.1.2 по ОО, %, 2024 год",
    ]


def test_lint_finds_nothing_in_them(year):
    files = sorted(  # the letters too: their heading to the text is one paragraph, with no subtitle after it
        str(p)
        for p in year.path("output").glob("*.docx")
        if p.name.startswith(("spravka-", "prikaz-itogi", "rekomendacii-"))
    )
    assert sum("rekomendacii-" in name for name in files) == 71  # 1.2: every ШНОР and ШНСУ (п. 9.2)
    result = year.run("lint", *files)
    assert result.exit_code == 0, result.output
    assert "Итого: 0 ошибок, 0 предупреждений." in result.stdout


def test_libreoffice_prints_them(year, libreoffice, tmp_path):
    pdfs = convert_to_pdf([year.path("output/spravka-1.1.docx"), year.path("output/prikaz-itogi-1.1.docx")], tmp_path)
    report, order = (
        _one_line(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout) for pdf in pdfs
    )
    assert "АНАЛИТИЧЕСКАЯ СПРАВКА" in report and "94,4 %" in report and "+1,6 п. п." in report
    assert "Рисунок 2 — Значения показателя 1.1.2 по ОО" in report and "МОУ «СОШ № 7»" in report
    assert "ПРИКАЗ" in order.replace(" ", "") and "не позднее 27.12.2024" in order


def test_they_go_stale_when_the_data_or_the_polozhenie_change(fresh_year):
    assert fresh_year.run("regen", "all").exit_code == 0
    fresh_year.replace("data/2024/1.2.csv", "\n", "\n", 1)  # touched, not changed: nothing to do
    path = fresh_year.path("data/2024/1.2.csv")
    path.write_text(path.read_text(encoding="utf-8").replace(",numerator,1", ",numerator,2", 1), encoding="utf-8")
    result = fresh_year.run("regen", "all", "-v")
    rebuilt = {line.split()[1] for line in result.stdout.splitlines() if line.startswith("записан:")}
    letters = {name for name in rebuilt if name.startswith("output/rekomendacii-1.2-")}  # they cite its subpoints
    assert rebuilt - letters == {"output/spravka-1.2.docx", "output/prikaz-itogi-1.2.docx"}, result.stdout
    assert "data/2024/1.2.csv" in result.stdout
    fresh_year.replace(
        "regulations/mechanisms/1.3.yaml",
        "Итоговая аналитическая справка готовится до 20 декабря",
        "Итоговая аналитическая справка готовится до 5 декабря",
    )
    result = fresh_year.run("regen", "all")
    assert (
        "записан: output/spravka-1.3.docx" in result.stdout and "записан: output/prikaz-itogi-1.3.docx" in result.stdout
    )
    assert _texts(fresh_year, "spravka-1.3")[-1] == "04.12.2024"  # before the рекомендации's ten days


def test_a_damaged_data_file_stops_the_build(fresh_year):
    path = fresh_year.path("data/2024/1.4.csv")
    path.write_text(path.read_text(encoding="utf-8") + "sosh-1,1.4.3,numerator,двенадцать\n", encoding="utf-8")
    result = fresh_year.run("regen", "all")
    assert result.exit_code == 1
    line = len(path.read_text(encoding="utf-8").splitlines())
    assert diagnostic_lines(result.stderr) == [
        f"data/2024/1.4.csv:{line}:4: ошибка: значение «двенадцать» не читается: ожидается число не меньше 0 (с точкой "
        "перед дробной частью) или «да»/«нет»"
    ]
    assert not fresh_year.path("output").exists()


def test_the_year_is_a_project_setting(fresh_year):
    fresh_year.replace("regulations/project.yaml", "  service:\n", "  year: 2023\n  service:\n")
    assert fresh_year.run("regen", "all").exit_code == 0
    texts = _texts(fresh_year, "spravka-1.1")
    assert "по итогам мониторинга качества подготовки обучающихся в 2023 году" in texts
    assert not any("чем в 2022 году" in t for t in texts)  # no year before it: no change is stated
    summary = Docx(fresh_year.path("output/spravka-1.1.docx")).tables()[1]
    assert [_one_line(c) for c in summary[2][1:4]] == ["—", "92,8 %", "—"]  # 1.1.2


def test_without_data_nothing_of_the_year_is_made(example):
    assert example.run("regen", "all").exit_code == 0
    assert not list(example.path("output").glob("spravka-*.docx"))


def _step(report: dict, code: str, step: str) -> tuple[int, int]:
    [mechanism] = [m for m in report["mechanisms"] if m["code"] == code]
    [found] = [s for s in mechanism["steps"] if s["step"] == step]
    return found["earned"], found["possible"]


def test_the_self_assessment_of_the_year_takes_them_as_evidence(fresh_year):
    """evaluation.yaml of 2022 has no приказ with decisions on 2.2: the 2024 self-assessment has msoko's own."""
    assert _step(fresh_year.run("evaluate", "--format", "json").json(), "2.2", "decisions") == (2, 5)
    fresh_year.replace("regulations/evaluation.yaml", "\nyear: 2022", "\nyear: 2024")
    fresh_year.replace("regulations/acts/prikaz-2023-95.yaml", "date: 2023-02-14", "date: 2025-02-14")
    assert _step(fresh_year.run("evaluate", "--format", "json").json(), "2.2", "decisions") == (5, 5)
    assert fresh_year.run("regen", "samoocenka").exit_code == 0
    evidence = [row for row in Docx(fresh_year.path("output/samoocenka.docx")).tables()[-1] if row[1] == "2.2"]
    assert [_one_line(row[3]) for row in evidence][-3:] == [
        "Аналитическая справка УО от 19.11.2024 «По итогам мониторинга системы обеспечения профессионального развития "
        "педагогических работников в 2024 году»",
        "Адресные рекомендации УО от 29.11.2024 «По итогам мониторинга системы обеспечения профессионального развития "
        "педагогических работников в 2024 году»",
        "Приказ УО от 19.11.2024 «Об итогах мониторинга системы обеспечения профессионального развития педагогических "
        "работников в 2024 году»",
    ]


def test_the_dashboard_lists_them(year):
    from starlette.testclient import TestClient

    from generator.project import ProjectLayout
    from generator.web.app import create_app

    page = TestClient(create_app(ProjectLayout(year.root)), base_url="http://127.0.0.1:8000").get("/").text
    row = page.split('id="d-spravka-1.1"')[1].split("</tr>")[0]
    assert "Аналитическая справка по итогам мониторинга качества подготовки обучающихся в 2024 году" in row
    assert "актуален" in row
    assert 'id="d-prikaz-itogi-2.4"' in page


def test_a_polozhenie_is_cited_by_the_numbers_word_gives_its_clauses(year):
    """«пунктом 9.3 Положения о мониторинге»: the number is the rendered Положение's own, whichever parts it has."""
    from generator.documents.regulation import USE_OF_RESULTS, use_of_results_clause
    from generator.project import ProjectLayout
    from generator.sources.validate import load_project

    project = load_project(ProjectLayout(year.root))
    titles = dict(USE_OF_RESULTS)
    for loaded in project.regulations:
        paragraphs = Docx(year.path(f"output/polozhenie-{loaded.model.mechanism}.docx")).paragraphs()
        sections = [p.text for p in paragraphs if p.style == "Heading1"]
        section = sections.index("Порядок использования результатов мониторинга") + 1
        start = [p.text for p in paragraphs].index("Порядок использования результатов мониторинга")
        parts = [p.text for p in paragraphs[start:] if p.style == "Heading2"]
        for step, title in titles.items():
            expected = f"{section}.{parts.index(title) + 1}" if title in parts else None
            assert use_of_results_clause(loaded.model, step) == expected, (loaded.model.mechanism, step)


def test_russian_of_the_year_documents():
    from generator.russian.morphology import participle_agreed, past_agreed, subject_in_genitive

    assert (
        subject_in_genitive("Положение о мониторинге работы со школами с низкими результатами обучения")
        == "мониторинга работы со школами с низкими результатами обучения"
    )
    assert (
        subject_in_genitive("Положение о муниципальной системе оценки качества образования")
        == "муниципальной системы оценки качества образования"
    )
    assert subject_in_genitive("Правила приёма") is None
    assert [past_agreed("составил", name) for name in ("Доля ОО", "Число призёров", "Средний балл", "Результаты")] == [
        "составила",
        "составило",
        "составил",
        "составили",
    ]
    assert participle_agreed("утверждённый", "Положение о …", "ablt") == "утверждённым"
    assert participle_agreed("подготовленный", "Аналитическая справка …", "gent") == "подготовленной"


def test_dates_are_working_days():
    import datetime

    from generator.coherence.calendar import document_date, month_after, working_on_or_after, working_on_or_before

    assert working_on_or_before(datetime.date(2024, 11, 30)) == datetime.date(2024, 11, 29)  # a Saturday
    assert working_on_or_after(datetime.date(2025, 1, 3)) == datetime.date(2025, 1, 9)  # the New Year holidays
    assert working_on_or_after(datetime.date(2024, 11, 4)) == datetime.date(2024, 11, 5)  # День народного единства
    from schemas.regulation import CycleDeadlines, MonitoringRegulation

    def regulation(schedule: str) -> MonitoringRegulation:
        return MonitoringRegulation.model_construct(schedule=schedule, cycle_deadlines=CycleDeadlines())

    schedule = "Аналитическая справка готовится до 1 ноября, адресные рекомендации руководителям ОО — до 1 декабря."
    assert document_date(regulation(schedule), "справк", 2024) == datetime.date(2024, 10, 31)
    assert document_date(regulation(schedule), "рекомендац", 2024) == datetime.date(2024, 11, 29)
    alone = regulation("Аналитическая справка готовится до 1 ноября.")
    assert document_date(alone, "рекомендац", 2024) == datetime.date(2024, 11, 11)  # ten days later, a working day
    assert month_after(datetime.date(2024, 12, 30)) == datetime.date(2025, 1, 29)


def test_a_document_the_data_no_longer_make_is_named_as_such(fresh_year):
    assert fresh_year.run("regen", "all").exit_code == 0
    for year in (2023, 2024):  # with data of 2023 alone, its documents would be of 2023
        fresh_year.path(f"data/{year}/1.2.csv").unlink()
    result = fresh_year.run("regen", "all")
    assert result.exit_code == 0
    assert (
        "output/spravka-1.2.docx:1:1: предупреждение: документ «spravka-1.2» больше не составляется: за год "
        "мониторинга нет его данных"
    ) in result.stdout + result.stderr
    assert fresh_year.run("regen", "all", "--prune").exit_code == 0
    assert not fresh_year.path("output/prikaz-itogi-1.2.docx").exists()


def test_a_letter_of_recommendations_per_organization_below_a_target(year):
    """One letter per mechanism and ОО sent адресные рекомендации, as many as `msoko results` names."""
    below = year.run("results", "--format", "json").json()["mechanisms"]
    expected = sorted(f"rekomendacii-{m['code']}-{key}.docx" for m in below for key in m["addressees"])
    assert all({k for i in m["indicators"] for k in i["addressed"]} <= set(m["addressees"]) for m in below)
    written = sorted(p.name for p in year.path("output").glob("rekomendacii-*.docx"))
    assert written == expected and len(written) > 10


def _section(texts: list[str], title: str, following: str) -> list[str]:
    return texts[texts.index(title) + 1 : texts.index(following)]


def test_the_letter_is_on_the_form_of_the_service_with_a_number_and_the_addressee(year):
    """ГОСТ Р 7.0.97-2025: the form of the service that writes (an МКУ of its own, under the authority's name) with its
    contacts (from project.yaml), the date and the number left for the registrar as the приказ leaves it, the
    addressee by position, organization, initials and surname in the dative (organizations.yaml), the signature
    without a second date, and the executor's mark at the foot."""
    import yaml

    texts = [text.replace("\u2011", "-") for text in _texts(year, "rekomendacii-1.1-sosh-7")]
    service = yaml.safe_load(year.path("regulations/project.yaml").read_text(encoding="utf-8"))["monitoring"]["service"]
    contacts = [_one_line(line) for line in service["contacts"]]
    assert texts[:8] == [
        "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ КОПЕЙСКОГО ГОРОДСКОГО ОКРУГА",
        "МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ «МУНИЦИПАЛЬНЫЙ МЕТОДИЧЕСКИЙ ЦЕНТР» КОПЕЙСКОГО ГОРОДСКОГО ОКРУГА",
        *contacts,
        "27.12.2024 № ______",
        "Директору муниципального общеобразовательного учреждения «Средняя общеобразовательная школа № 7» "
        "Копейского городского округа",
        "Т.В. Козловой",
        # a letter's heading to its text, at the left, in «О …» (ГОСТ Р 7.0.97-2025; the lawyer's L5)
        "Об адресных рекомендациях по итогам мониторинга качества подготовки обучающихся в 2024 году",
    ]
    assert contacts[0].startswith("ул. ") and "mmc@" in contacts[1]  # the service's own, not the authority's
    assert _texts(year, "prikaz-itogi-1.1")[5].replace("\t", " ").endswith("№ ______")  # numbered alike: not yet
    assert texts[-2:] == [
        "Директор О.В. Кузнецова",  # ГОСТ Р 7.0.97-2025, п. 5.23: the form names the organization
        "Исполнитель: Смирнова Ирина Петровна, тел. 8 (35139) 3-55-21",
    ]


def test_a_preschool_letter_goes_to_its_head_by_the_right_case(year):
    texts = _texts(year, "rekomendacii-2.4-dou-10")
    assert texts[5:7] == [
        "Заведующему муниципальным дошкольным образовательным учреждением «Детский сад № 10» "
        "Копейского городского округа",
        "И.С. Алексеевой",
    ]
    assert (
        "В муниципальном дошкольном образовательном учреждении «Детский сад № 10» Копейского городского округа "
        "(далее — МДОУ «ДС № 10») не достигнуто целевое значение показателя 2.4.4; рекомендации направляются также "
        "по показателю 2.4.3, значение которого рассчитывается по округу в целом."
    ) in texts  # its РППС (2.4.3, a count of ДОО) is named, and said below: one letter holds both
    assert any(
        t.startswith("По показателю 2.4.4 рекомендуем проанализировать ответы родителей")
        and "в годовой план работы МДОУ «ДС № 10» и информировать родителей о принятых мерах на сайте МДОУ «ДС № 10»."
        in t
        for t in texts
    )  # one task: said in the clause, «ДОО» of the Положение is the ДОО written to
    assert (
        "По показателю 2.4.4 доля родителей, удовлетворённых качеством дошкольного образования, в МДОУ «ДС № 10» "
        "составила 85,3 % (93 из 109; в 2023 году — 85,2 %) при целевом значении не менее 90 %; по округу — 94,6 %."
    ) in texts


def test_the_letter_cites_the_order_and_states_the_values_against_the_target(year):
    texts = _texts(year, "rekomendacii-1.1-sosh-7")
    order = _texts(year, "prikaz-itogi-1.1")
    assert (
        order[5].replace("\t", " ") == "17.12.2024 № ______"
        and order[7] == "Об итогах мониторинга качества подготовки обучающихся в 2024 году"
    )
    assert texts[8] == (  # right after the one-paragraph heading
        "Во исполнение приказа управления образования администрации Копейского городского округа от 17.12.2024 № "
        "______ "
        "«Об итогах мониторинга качества подготовки обучающихся в 2024 году» (далее — приказ) направляем адресные "
        "рекомендации по итогам мониторинга, проведённого в 2024 году в соответствии с Положением о мониторинге "
        "качества подготовки обучающихся, утверждённым приказом управления образования администрации Копейского "
        "городского округа от 15.03.2021 № 112."
    )
    found = _section(texts, "Результаты мониторинга", "Рекомендации")
    assert found[0] == (
        "В муниципальном общеобразовательном учреждении «Средняя общеобразовательная школа № 7» "
        "Копейского городского округа (далее — МОУ «СОШ № 7») не достигнуты целевые значения "
        "показателей 1.1.2, 1.1.3, 1.1.5 и 1.1.6."
    )
    assert found[1] == (
        "По показателю 1.1.2 доля обучающихся 4–8 классов, выполнивших всероссийские проверочные работы "
        "(далее — ВПР) по русскому языку и математике на базовом уровне и выше, в МОУ «СОШ № 7» "
        "составила 84,8 % (167 из 197; в 2023 году — 85,6 %) при целевом значении не менее 90 %; по округу — "
        "94,4 %."
    )  # the school's share with the counts it reported: what a head checks against the school's own records
    assert found[2] == (
        "По показателю 1.1.3 доля выпускников 9 классов, получивших аттестат об основном общем образовании, в МОУ "
        "«СОШ № 7» составила 83,0 % (39 из 47) при целевом значении не менее 98 %; по округу — 97,6 %."
    )  # a share of the округ whose data give each ОО its part: the school's own, against the target
    assert found[3] == (
        "По показателю 1.1.5 доля обучающихся 8–9 классов, достигших базового уровня функциональной "
        "грамотности, в МОУ «СОШ № 7» составила 66,7 % (38 из 57; в 2023 году — 69,0 %) при целевом значении не "
        "менее 70 %; по округу — 76,1 %."
    )


def test_the_letter_recommends_what_the_school_does_not_what_the_centre_does(year):
    """The Положение's recommendation of 1.1.2 gives tasks to the ОО, to its deputy head and to the methodical
    centre that signs the letter: the letter recommends the first two, to the school."""
    texts = _texts(year, "rekomendacii-1.1-sosh-7")
    advice = _section(texts, "Рекомендации", "Сроки исполнения")
    assert advice[0].startswith("Целевые значения показателей 1.1.2, 1.1.5 и 1.1.6 в МОУ «СОШ № 7» не достигнуты")
    assert advice[1:5] == [
        "По показателю 1.1.2 рекомендуем:",
        "провести поэлементный анализ результатов ВПР по классам и заданиям, выявить темы, не освоенные "
        "обучающимися, и внести изменения в рабочие программы по русскому языку и математике;",
        "для обучающихся, не достигших базового уровня, составить индивидуальный образовательный маршрут и "
        "организовать консультации;",
        "заместителю директора по учебной работе ежеквартально проверять их выполнение.",
    ]
    assert "По показателю 1.1.6 рекомендуем:" in advice
    whole = " ".join(advice)
    assert "методическ" not in whole and "ОО " not in whole and "Отдел" not in whole


def test_the_letter_asks_for_the_plan_by_the_dates_the_order_sets(year):
    texts = _texts(year, "rekomendacii-1.1-sosh-7")
    order = _texts(year, "prikaz-itogi-1.1")
    organizations = order.index(
        "Руководителям образовательных организаций, не достигших целевых значений показателей "
        "мониторинга (раздел 5 приложения):"
    )
    assert [point.rsplit(" ", 1)[1] for point in order[organizations + 1 : organizations + 4]] == [
        "27.01.2025;",
        "11.06.2025;",  # the Положение's task on 1.1.3, a process «с 27.01.2025 по 11.06.2025»
        "11.06.2025.",
    ]
    assert _section(texts, "Сроки исполнения", texts[-2]) == [
        "В соответствии с пунктом 3 приказа просим рассмотреть настоящие рекомендации и представить в муниципальное "
        "казённое учреждение «Муниципальный методический центр» Копейского городского округа (далее — ММЦ) план "
        "мероприятий по их выполнению не позднее 27.01.2025.",
        "Выполнение плана мероприятий просим обеспечить не позднее 11.06.2025; его результаты будут оценены при "
        "мониторинге 2025 года.",
        "Методическую помощь в подготовке плана мероприятий оказывает ММЦ (пункт 2 приказа).",
    ]
    # the приказ's third point is the organizations', its second the centre's
    assert order.index("ММЦ (О.В. Кузнецова):") < organizations


def test_without_a_head_in_the_list_the_letter_goes_to_the_rukovoditel(fresh_year):
    fresh_year.replace("regulations/organizations.yaml", "    head: {position: директор, name: Т.В. Козлова}\n", "")
    assert fresh_year.run("regen", "rekomendacii-1.1-sosh-7").exit_code == 0
    texts = _texts(fresh_year, "rekomendacii-1.1-sosh-7")
    assert texts[5:7] == [
        "Руководителю муниципального общеобразовательного учреждения «Средняя общеобразовательная "
        "школа № 7» Копейского городского округа",
        "Об адресных рекомендациях по итогам мониторинга качества подготовки обучающихся в 2024 году",
    ]
    assert "заместителю руководителя по учебной работе ежеквартально проверять их выполнение." in texts


def test_a_recommendation_is_split_into_the_organizations_tasks():
    from generator.documents.advice import organization_tasks

    text = (
        "ОО, в которых результаты ниже, провести анализ; для обучающихся группы риска составить ИОМ. "
        "Отделу общего образования УО выявить причины; педагогам ОО пройти обучение; муниципальному "
        "методическому центру провести семинар, т. е. помочь ОО. Руководителям этих ОО утвердить план на сайте ОО."
    )
    assert organization_tasks(text, "МОУ «СОШ № 7»", "директора") == [
        "провести анализ",
        "для обучающихся группы риска составить ИОМ",
        "педагогам МОУ «СОШ № 7» пройти обучение",
        "утвердить план на сайте МОУ «СОШ № 7»",
    ]
    assert organization_tasks("Муниципальному методическому центру провести семинар.", "МОУ «СОШ № 7»") == []


def test_a_head_is_named_in_the_dative():
    from generator.russian.morphology import person_in_dative, word_in_case

    assert [
        person_in_dative(name) for name in ("Т.В. Козлова", "А.В. Морозов", "И.И. Белых", "Е.П. Соколова-Громова")
    ] == ["Т.В. Козловой", "А.В. Морозову", "И.И. Белых", "Е.П. Соколовой-Громовой"]
    assert [word_in_case(word, "datv") for word in ("директор", "заведующий")] == ["директору", "заведующему"]
