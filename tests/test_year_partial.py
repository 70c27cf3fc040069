"""A new monitoring year being collected (the stranger's test of the УО's breakdown): data/2025 holds only 2.1, and
of it only the УО's part — the округ's values of 2.1.1–2.1.5 and each ОО's 1 or 0 of 2.1.3–2.1.5; no ОО has sent its
own 2.1.6. Read back from the DOCX `msoko regen all` writes."""

from __future__ import annotations

import csv
import re
import shutil

import pytest

from tests.conftest import REPO, ExampleProject
from tests.test_year_documents import _section, _texts


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
def partial(tmp_path_factory) -> ExampleProject:
    project = ExampleProject(tmp_path_factory.mktemp("partial") / "project")
    shutil.copytree(REPO / "data", project.path("data"))
    _uo_part_only(project)
    result = project.run("regen", "all")
    assert result.exit_code == 0, result.output
    return project


def test_the_recommendations_count_against_the_organizations_the_breakdown_counts(partial):
    """«направляются руководителям ОО (10 из 0)»: the base was those that sent values of their own; it is those
    the results speak of, the 24 the УО's breakdown names."""
    texts = _texts(partial, "spravka-2.1")
    section = _section(texts, "ОО, получившие наименьший балл, и ОО, не достигшие целевых значений", "Выводы")
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


OTHERS = "механизмов 1.1, 1.2, 1.3, 1.4, 1.5, 2.2, 2.3 и 2.4"


def test_regen_and_the_year_page_say_which_mechanisms_have_no_documents_of_the_year_and_how_to_have_them(partial):
    """`regen all` with data/2025 of 2.1 alone made the 2025 documents of 2.1 and silently none of the other eight,
    whose 2024 справки, приказы and letters vanished from what it makes: it warns which have none and names the
    profile's field, and so does the year's page."""
    result = partial.run("regen", "all")
    warning = next(line for line in result.stderr.splitlines() if "предупреждение: документы года" in line)
    assert warning.startswith("regulations/project.yaml:1:1: ")
    assert f"составляются за 2025 год — последний год, за который собраны данные; данных за него нет у {OTHERS}" in (
        warning.replace("\u00a0", " ")
    )
    assert warning.endswith(
        "Чтобы составить их, укажите этот год в профиле проекта: «monitoring: year: 2024» (тогда документы всех "
        "механизмов составляются за 2024\u00a0год)"
    )
    from starlette.testclient import TestClient

    from generator.project import ProjectLayout
    from generator.web.app import create_app

    client = TestClient(create_app(ProjectLayout(partial.root)), base_url="http://127.0.0.1:8000")
    page = client.get("/monitoring/2025").text.replace("&nbsp;", " ").replace("\u00a0", " ")
    assert (
        "Документы года (аналитические справки, приказы об итогах, адресные рекомендации) составляются за 2025 год"
        in page
    )
    assert f"данных за него нет у {OTHERS}, и их документов года нет (последние данные — за 2024 год)." in page.replace(
        "\u00a0", " "
    )


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
