"""A new monitoring year being collected (the stranger's test of the УО's breakdown): data/2025 holds only 2.1, and
of it only the УО's part — the округ's values of 2.1.1–2.1.5 and each ОО's 1 or 0 of 2.1.3–2.1.5; no ОО has sent its
own 2.1.6. Read back from the DOCX `msoko regen all` writes."""

from __future__ import annotations

import csv
import re
import shutil

import pytest
from lxml import html as lxml_html

from tests.conftest import REPO, ExampleProject, Result, diagnostic_lines
from tests.test_year_documents import _section, _step, _texts


def _uo_part_only(project: ExampleProject) -> None:
    """data/2025/2.1.csv: the example's 2024 rows of 2.1 without those of 2.1.6, which the ОО fill themselves."""
    (project.path("data/2025")).mkdir()
    shutil.copy(project.path("data/2024/organizations.yaml"), project.path("data/2025/organizations.yaml"))
    with open(project.path("data/2024/2.1.csv"), encoding="utf-8") as source:
        rows = [row for row in csv.DictReader(source) if row["indicator"] != "2.1.6"]
    with open(project.path("data/2025/2.1.csv"), "w", encoding="utf-8", newline="") as target:
        writer = csv.DictWriter(target, fieldnames=["organization", "indicator", "part", "value"])
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def arrival(tmp_path_factory) -> tuple[ExampleProject, Result]:
    """The example built with every mechanism's documents of 2024, then data/2025 of 2.1 collected and `regen all -v`
    run again: the project and what that regen said."""
    project = ExampleProject(tmp_path_factory.mktemp("partial") / "project")
    shutil.copytree(REPO / "data", project.path("data"))
    assert project.run("regen", "all").exit_code == 0
    _uo_part_only(project)
    result = project.run("regen", "all", "-v")
    assert result.exit_code == 0, result.output
    return project, result


@pytest.fixture(scope="module")
def partial(arrival) -> ExampleProject:
    return arrival[0]


def test_the_recommendations_count_against_the_organizations_the_breakdown_counts(partial):
    """«направляются руководителям ОО (10 из 0)»: the base was those that sent values of their own; it is those
    the results speak of, the 24 the УО's breakdown names."""
    texts = _texts(partial, "spravka-2.1")
    section = _section(texts, "Адресные рекомендации руководителям ОО", "Выводы")
    lead = next(t for t in section if t.startswith("Адресные рекомендации в соответствии с пунктом 9.2"))
    assert lead.endswith(" из 24):"), lead
    assert not any(" из 0" in t for t in texts)


def test_the_coverage_says_no_organization_sent_its_own_values_without_an_empty_table(partial):
    """«Сведения представили … ОО … (0 из 24, охват — 0 %); их перечень приведён в таблице 1», an empty table 1 and
    «Не представили сведения: [all 24]», although the справка counts them all by 2.1.3–2.1.5: what no ОО sent is named
    by its indicator, with no table of nobody."""
    texts = _texts(partial, "spravka-2.1", tables=True)
    assert (
        "Сведения по показателю 2.1.6 не представила ни одна ОО. Значения по показателям 2.1.1, 2.1.2, 2.1.3, 2.1.4 "
        "и 2.1.5 рассчитаны по округу в целом."
    ) in texts
    assert not any(t.startswith(("Сведения представили", "Не представили сведения")) for t in texts)
    assert "Краткое наименование" not in texts  # no list of those that reported: there are none
    assert texts[texts.index("Таблица 1") + 1].startswith("Показатель")  # the first table is the округ's values


OTHERS = "механизмам 1.1, 1.2, 1.3, 1.4, 1.5, 2.2, 2.3 и 2.4"


def _title(project: ExampleProject, name: str) -> str:
    """The line of a справка's or a приказ's title that names its year."""
    return next(text for text in _texts(project, name) if "мониторинга" in text and " году" in text)


def test_each_mechanism_s_documents_are_of_its_latest_year_with_data(arrival):
    """`regen all` with data/2025 of 2.1 alone made the 2025 documents of 2.1 and none of the other eight, whose 2024
    справки, приказы and letters vanished, and warned that the profile's year would have them — for every mechanism,
    losing 2.1's of 2025. Each mechanism's documents are of its latest year with data, and regen says which are of an
    earlier year than the latest, as a note, not a warning: there is nothing to do."""
    project, result = arrival
    assert (
        f"Документы года по {OTHERS} составлены за 2024 год: данных за 2025 год по ним нет."
        in result.stdout.replace("\u00a0", " ")
    )
    assert "предупреждение" not in result.stderr
    assert _title(project, "spravka-2.1").endswith("в 2025 году")
    assert _title(project, "prikaz-itogi-2.1") == (
        "Об итогах мониторинга эффективности деятельности руководителей образовательных организаций в 2025 году"
    )
    assert _title(project, "spravka-1.1") == "по итогам мониторинга качества подготовки обучающихся в 2024 году"
    assert _title(project, "prikaz-itogi-1.1") == "Об итогах мониторинга качества подготовки обучающихся в 2024 году"
    assert len(list(project.path("output").glob("rekomendacii-1.1-*.docx"))) == 11
    again = project.run("regen", "all")  # nothing changed since: the record of the last build says the same
    assert "Итого: записано 0" in again.stdout
    assert f"Документы года по {OTHERS} составлены за 2024 год" in again.stdout.replace("\u00a0", " ")


def test_the_new_data_of_one_mechanism_remake_its_documents_alone(arrival):
    """The documents of 2024 of the other mechanisms are not remade (nor stale): they read no file of 2025, and the
    list of organizations of 2024 is the same list whether the project's stands for it or the year's copy."""
    _, result = arrival
    written = {line.split()[1] for line in result.stdout.splitlines() if line.startswith("записан:")}
    assert written and all(
        name.startswith(("output/spravka-2.1.", "output/prikaz-itogi-2.1.", "output/rekomendacii-2.1-"))
        for name in written
    ), written
    assert "без изменений: output/spravka-1.1.docx — входные данные не менялись" in result.stdout


def test_the_self_assessment_takes_the_documents_of_its_year_of_each_mechanism(partial, tmp_path):
    """The self-assessment of 2024 has the 2024 рекомендации of 2.2 as evidence (evaluation.yaml has none), that of
    2025 those of 2.1, which are of 2025: each mechanism's documents are evidence of their own year."""
    project = ExampleProject(tmp_path / "project")
    shutil.copytree(partial.path("data"), project.path("data"))
    project.replace("regulations/acts/prikaz-2023-95.yaml", "date: 2023-02-14", "date: 2026-02-14")
    steps = {}
    for year in (2024, 2025):
        project.write(
            "regulations/evaluation.yaml",
            re.sub(r"\nyear: \d+", f"\nyear: {year}", project.read("regulations/evaluation.yaml")),
        )
        report = project.run("evaluate", "--format", "json").json()
        steps[year] = {code: _step(report, code, "recommendations") for code in ("2.1", "2.2")}
    assert steps == {2024: {"2.1": (2, 5), "2.2": (5, 5)}, 2025: {"2.1": (5, 5), "2.2": (2, 5)}}


def test_the_self_assessment_says_its_year_and_of_which_years_the_documents_msoko_made_are(partial, tmp_path):
    """The stranger методист's finding: «Самооценка за 2022 год» counted none of the 2024/2025 documents msoko made and
    advised typing in рекомендации it had made itself. The report and the overview say where the year is set, which
    years msoko's documents are of and how to have those years' self-assessment; the advice names the other year."""
    from starlette.testclient import TestClient

    from generator.project import ProjectLayout
    from generator.web.app import create_app

    project = ExampleProject(tmp_path / "project")
    shutil.copytree(partial.path("data"), project.path("data"))
    said = project.run("evaluate").stdout.replace("\u00a0", " ")
    lines = [
        "Год самооценки (2022) задан в сведениях для самооценки, в поле «год самооценки».",
        "Документы мониторинга, которые составил msoko (аналитические справки, адресные рекомендации, приказы об "
        "итогах), по механизмам 1.1, 1.2, 1.3, 1.4, 1.5, 2.2, 2.3 и 2.4 — за 2024 год: они войдут в самооценку 2024 "
        "года, в самооценке за 2022 год их нет.",
        "Документы мониторинга, которые составил msoko (аналитические справки, адресные рекомендации, приказы об "
        "итогах), по механизму 2.1 — за 2025 год: они войдут в самооценку 2025 года, в самооценке за 2022 год их нет.",
        "Чтобы получить самооценку за 2025 или 2024 год, укажите этот год в сведениях для самооценки (поле «год "
        "самооценки») и внесите туда документы этого года, которых msoko не составляет: приказ о проведении "
        "мониторинга, отчёт о выполнении плана мероприятий, аналитическую справку об эффективности принятых мер.",
    ]
    assert said.splitlines()[1:5] == lines
    advice = "  — внесите в evaluation.yaml документ с адресными рекомендациями (шаг «адресные рекомендации»)"
    assert (
        said.split("\n\n2.1 ")[1]
        .split("\n\n")[0]
        .count(
            f"{advice}: нужен документ за 2022 год; msoko составил такой за 2025 год — он войдёт в самооценку 2025 года"
        )
        == 1
    )
    page = TestClient(create_app(ProjectLayout(project.root)), base_url="http://127.0.0.1:8000").get("/").text
    shown = [p.text_content().replace("\u00a0", " ") for p in lxml_html.fromstring(page).find_class("evaluation-year")]
    assert shown == lines

    project.write(
        "regulations/evaluation.yaml",
        project.read("regulations/evaluation.yaml").replace("\nyear: 2022", "\nyear: 2025"),
    )
    said = project.run("evaluate").stdout.replace("\u00a0", " ")
    assert said.splitlines()[1] == "Год самооценки (2025) задан в сведениях для самооценки, в поле «год самооценки»."
    assert "по механизму 2.1" not in said and "за 2025 год — он войдёт" not in said
    assert "Чтобы получить самооценку за 2024 год, укажите этот год" in said
    assert (
        f"{advice}: нужен документ за 2025 год; msoko составил такой за 2024 год"
        in said.split("\n\n2.2 ")[1].split("\n\n")[0]
    )


def test_the_profile_s_year_is_every_mechanism_s(partial, tmp_path):
    """`monitoring: year:` in the profile makes every mechanism's documents of that year: of 2024, 2.1's too; of 2025,
    none of the eight without data of 2025, which regen warns of, saying how to have each mechanism's latest."""
    project = ExampleProject(tmp_path / "project")
    shutil.copytree(partial.path("data"), project.path("data"))
    project.replace("regulations/project.yaml", "  service:\n", "  year: 2024\n  service:\n")
    result = project.run("regen", "spravka-2.1", "spravka-1.1")
    assert result.exit_code == 0, result.output
    assert _title(project, "spravka-2.1").endswith("в 2024 году")
    assert "предупреждение" not in result.stderr and "Документы года" not in result.stdout
    project.replace("regulations/project.yaml", "  year: 2024\n", "  year: 2025\n")
    result = project.run("regen", "spravka-2.1")
    assert _title(project, "spravka-2.1").endswith("в 2025 году")
    assert "Документы года" not in result.stdout
    warnings = [line for line in diagnostic_lines(result.stderr) if line.startswith("regulations/")]
    assert warnings == [
        "regulations/project.yaml:1:1: предупреждение: документы года (аналитические справки, приказы об итогах, "
        "адресные рекомендации) составляются за 2025\u00a0год — год, заданный в профиле проекта, в разделе о "
        "мониторинге; данных за него нет у механизмов 1.1, 1.2, 1.3, 1.4, 1.5, 2.2, 2.3 и 2.4, и их документов года "
        "нет (последние данные — за 2024\u00a0год). Чтобы документы каждого механизма составлялись за последний год, "
        "за который собраны его данные, уберите год из раздела о мониторинге профиля проекта"
    ]
    assert project.run("regen", "spravka-1.1").exit_code != 0  # not a document of the project's year
    from starlette.testclient import TestClient

    from generator.project import ProjectLayout
    from generator.web.app import create_app

    client = TestClient(create_app(ProjectLayout(project.root)), base_url="http://127.0.0.1:8000")
    page = lxml_html.fromstring(client.get("/monitoring/2024").text).get_element_by_id("documents").text_content()
    assert (
        "Аналитические справки, адресные рекомендации и приказы об итогах составляются за 2025 год — год, заданный в "
        "профиле проекта, в разделе о мониторинге. Чтобы составить их за 2024 год, укажите этот год в профиле проекта; "
        "чтобы документы каждого механизма составлялись за последний год, за который собраны его данные, уберите "
        "год из профиля."
    ) in re.sub(r"\s+", " ", page).replace("\u00a0", " ")


def test_the_year_pages_list_the_documents_of_their_year_and_say_where_the_others_are(partial):
    from starlette.testclient import TestClient

    from generator.project import ProjectLayout
    from generator.web.app import create_app

    client = TestClient(create_app(ProjectLayout(partial.root)), base_url="http://127.0.0.1:8000")

    def documents(year: int) -> str:
        page = lxml_html.fromstring(client.get(f"/monitoring/{year}").text)
        return re.sub(r"\s+", " ", page.get_element_by_id("documents").text_content()).replace("\u00a0", " ")

    latest, earlier = documents(2025), documents(2024)
    assert f"Документы года по {OTHERS} составлены за 2024 год: данных за 2025 год по ним нет." in latest
    assert "Аналитическая справка по итогам мониторинга эффективности деятельности руководителей" in latest
    assert "качества подготовки обучающихся" not in latest
    assert (
        "Документы года по механизму 2.1 составлены за 2025 год — последний год, за который собраны его данные."
        in earlier
    )
    assert "Аналитическая справка по итогам мониторинга качества подготовки обучающихся в 2024 году" in earlier
    assert "в 2025 году" not in earlier
    kept = lxml_html.fromstring(client.get("/monitoring/2024").text).xpath(
        "//a[@href='/download/2024/spravka-2.1.docx']"
    )
    assert "эффективности деятельности руководителей" in kept[0].text_content()  # 2.1's of 2024, kept in its folder


def test_the_results_pages_show_each_organization_s_part_of_a_broken_down_share(partial):
    """The matrix of 2.1 showed 2.1.6 alone, «Только не достигшие целевых значений (0)» beside 10 letters (11 here),
    and СОШ № 4's page «Данных нет.» though the УО had entered its 1s and 0s: each ОО's part of 2.1.3–2.1.5 is shown,
    and the filter counts those that get рекомендации."""
    from starlette.testclient import TestClient

    from generator.project import ProjectLayout
    from generator.web.app import create_app

    client = TestClient(create_app(ProjectLayout(partial.root)), base_url="http://127.0.0.1:8000")
    matrix = client.get("/monitoring/2025/results/2.1").text.replace("&nbsp;", " ").replace("\u00a0", " ")
    row = matrix[matrix.index('organizations/sosh-4#m-2.1"') :].split("</tr>")[0]
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    assert [re.sub(r"<[^>]+>|\s+", " ", cell).strip() for cell in cells] == [
        "нет данных",  # 2.1.6, the ОО's own; then its part of the округ's 2.1.3–2.1.5
        "входит в числитель",
        "не входит в числитель",
        "входит в числитель",
    ]
    assert "Только не достигшие целевых значений или получающие адресные рекомендации (11)" in matrix
    assert "Адресные рекомендации организациям, не достигшим целевых значений: 11" in matrix  # the letters
    page = client.get("/monitoring/2025/organizations/sosh-4").text
    section = page[page.index('id="m-2.1"') :].split("</section>")[0]
    assert "Данных нет." not in section
    assert "Адресные рекомендации — по показателю 2.1.4." in section
    assert "не входит в числитель" in section
