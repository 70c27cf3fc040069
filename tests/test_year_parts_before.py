"""The ОО's parts of a share of the округ a second year (the stranger методист's 2025 of 1.1): each school's part of
1.1.3 in 2024 and 2025 is held against the target as its own values are — with last year's value in its letter, in
the справка and on its page, and among the ОО below a target two years running —, and the page says what the letter
says. And a Положение that scores the округ alone (2.1, п. 7: «значения показателей по каждой ОО используются
только для адресных рекомендаций») gives no ОО points: no section, sentence or legend of ОО with the least points.
Read back from the DOCX `msoko regen all` writes and from the pages of `msoko serve`."""

from __future__ import annotations

import csv
import shutil

import pytest
from starlette.testclient import TestClient

from generator.project import ProjectLayout
from generator.web.app import create_app
from tests.conftest import REPO, ExampleProject
from tests.test_web import BASE
from tests.test_web_monitoring import visible_text
from tests.test_year_documents import _section, _texts

SECTION_5 = "ОО, получившие наименьший балл, и ОО, не достигшие целевых значений"


def _rewritten(project: ExampleProject, source: str, target: str, values: dict[tuple[str, str, str], int]) -> None:
    """``target`` made of the rows of ``source`` with ``values`` (by organization, indicator, part) in their stead."""
    with open(project.path(source), encoding="utf-8") as found:
        rows = list(csv.DictReader(found))
    for row in rows:
        row["value"] = str(values.get((row["organization"], row["indicator"], row["part"]), row["value"]))
    with open(project.path(target), "w", encoding="utf-8", newline="") as written:
        writer = csv.DictWriter(written, fieldnames=["organization", "indicator", "part", "value"])
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def second(tmp_path_factory) -> ExampleProject:
    """data/2025/1.1.csv: 2024's rows of 1.1 again, with one more graduate of СОШ № 49 given an аттестат (38 of 43,
    the округ's 1485 of 1520); and 2024's СОШ № 49 with 62,5 % of its parents satisfied (2.1.6: 0 points on 2.1's
    scale, below п. 9.2's 70 %). `regen all` run."""
    project = ExampleProject(tmp_path_factory.mktemp("parts") / "project")
    shutil.copytree(REPO / "data", project.path("data"))
    project.path("data/2025").mkdir()
    shutil.copy(project.path("data/2024/organizations.yaml"), project.path("data/2025/organizations.yaml"))
    more = {("sosh-49", "1.1.3", "numerator"): 38, ("округ", "1.1.3", "numerator"): 1485}
    _rewritten(project, "data/2024/1.1.csv", "data/2025/1.1.csv", more)
    _rewritten(project, "data/2024/2.1.csv", "data/2024/2.1.csv", {("sosh-49", "2.1.6", "numerator"): 90})
    result = project.run("regen", "all")
    assert result.exit_code == 0, result.output
    return project


def test_the_letter_gives_a_schools_part_last_years_value_and_the_second_year(second):
    letter = _texts(second, "rekomendacii-1.1-sosh-49")
    assert (
        "По показателю 1.1.3 доля выпускников 9 классов, получивших аттестат об основном общем образовании, в МОУ «СОШ "
        "№ 49» составила 88,4 % (38 из 43; в 2024 году — 86,0 %) при целевом значении не менее 98 %; по округу — "
        "97,7 %."
    ) in letter
    assert letter[letter.index("Рекомендации") + 1].startswith(
        "Целевые значения показателей 1.1.3 и 1.1.6 в МОУ «СОШ № 49» не достигнуты второй год подряд. В плане "
        "мероприятий просим указать, какие меры, принятые по итогам мониторинга 2024 года, будут изменены"
    )


def test_the_spravka_says_which_schools_missed_their_part_two_years_running(second):
    texts = _texts(second, "spravka-1.1")
    parts = next(t for t in texts if t.startswith("Целевого значения показателя 1.1.3 («не менее 98 %»)"))
    assert parts.endswith(
        "МОУ «ООШ № 19» — 90,0 % (в 2024 году — 90,0 %); МОУ «СОШ № 49» — 88,4 % (в 2024 году — 86,0 %)."
    )
    assert texts[texts.index(parts) + 1] == (
        "Во всех этих ОО целевое значение не было достигнуто и в 2024 году, то есть второй год подряд."
    )
    section = _section(texts, SECTION_5, "Выводы")
    lead = section.index(
        "Результаты ниже целевых значений два года подряд (в 2024 и 2025 годах) показали ОО (11 из 24):"
    )
    assert "МОУ «СОШ № 49» — по показателям 1.1.3 и 1.1.6;" in section[lead:]
    assert "МОУ «СОШ № 4» — по показателям 1.1.2, 1.1.3 и 1.1.5;" in section[lead:]


def test_the_schools_page_says_what_its_letter_says(second):
    client = TestClient(create_app(ProjectLayout(second.root)), base_url=BASE)
    text = visible_text(client.get("/monitoring/2025/organizations/sosh-49").text).replace("\xa0", " ")
    assert (
        "Целевое значение не достигнуто по 2 показателям из 4. Адресные рекомендации — по показателям 1.1.3 и 1.1.6."
    ) in text
    assert (
        "1.1.3 Доля выпускников 9 классов, получивших аттестат об основном общем образовании 88,4 % не менее 98 % "
        "не достигнуто +2,3 п. п. 97,7 %"
    ) in text
    letter = _texts(second, "rekomendacii-1.1-sosh-49")
    assert letter[letter.index("Результаты мониторинга") + 1].endswith(
        "(далее — МОУ «СОШ № 49») не достигнуты целевые значения показателей 1.1.3 и 1.1.6."
    )


def test_no_school_earns_points_where_the_polozhenie_scores_the_okrug_alone(second):
    """СОШ № 49's 62,5 % of 2.1.6 is on 2.1's scale 0 points, but the Положение scores the округ only: the справка's
    section 5 is on the рекомендации, none of its sentences or the приказ's speaks of an ОО's least points, `msoko
    results` names no risk group, the matrix's legend none either."""
    texts = _texts(second, "spravka-2.1")
    section = _section(texts, "Адресные рекомендации руководителям ОО", "Выводы")
    assert "МОУ «СОШ № 49» — по показателям 2.1.3, 2.1.4 и 2.1.6." in section
    order = _texts(second, "prikaz-itogi-2.1")
    assert not any("наименьш" in t for t in texts + order)
    computed = second.run("results", "2.1", "--year", "2024", "--format", "json").json()["mechanisms"][0]
    [satisfaction] = [i for i in computed["indicators"] if i["code"] == "2.1.6"]
    assert satisfaction["risk_group"] == [] and "sosh-49" in satisfaction["addressed"]
    client = TestClient(create_app(ProjectLayout(second.root)), base_url=BASE)
    legend = visible_text(client.get("/monitoring/2024/results/2.1").text).replace("\xa0", " ")
    assert "группа риска" not in legend
    assert (
        "Баллы по шкале Положения начисляются только округу в целом: значения организаций используются для адресных "
        "рекомендаций и баллами не оцениваются."
    ) in legend
