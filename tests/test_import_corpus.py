"""Twelve Положения typed in distinct ways import with all six parts, every indicator with its unit and
bands, and their requisites (stamp, marks, signature, «Согласовано», «Лист ознакомления») kept out of the body."""

from __future__ import annotations

import pytest
import yaml

from generator.scales.reading import value_range

from schemas.regulation import SIX_PARTS
from schemas.umbrella import UMBRELLA_PARTS
from tests.conftest import diagnostic_lines
from tests.import_corpus import BUILDERS, more

UMBRELLA_MECHANISMS = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4"]


@pytest.fixture
def bare_project(example):
    """The example without any Положение: the profile, catalog and acts stay."""
    for path in example.path("regulations/mechanisms").iterdir():
        path.unlink()
    example.path("regulations/msoko.yaml").unlink()
    return example


@pytest.mark.parametrize("build", BUILDERS, ids=[b.__name__ for b in BUILDERS])
def test_corpus_document_imports_whole(bare_project, tmp_path, build):
    path = tmp_path / f"{build.__name__}.docx"
    expected = build(path)
    result = bare_project.run("import", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    [report] = result.json()["imported"]
    target = (
        "regulations/msoko.yaml" if expected.mechanism is None else f"regulations/mechanisms/{expected.mechanism}.yaml"
    )
    assert report["source"] == target
    text = bare_project.read(target)
    data = yaml.safe_load(text)
    parts = UMBRELLA_PARTS if expected.mechanism is None else SIX_PARTS
    assert [name for part, name in parts if not data.get(part)] == [], report
    assert report["unmapped"] == [] and "unmapped" not in data, report["unmapped"]
    assert f"заголовок ← абзац {expected.title_paragraph}: «{data['title']}»" in report["mapped"]
    if expected.mechanism is None:
        assert data["mechanisms"] == UMBRELLA_MECHANISMS
    else:
        found = [
            (i["unit"], [({k: v for k, v in b.items() if k != "points"}, b["points"]) for b in i.get("scoring", [])])
            for i in data["indicators"]
        ]
        assert found == [
            (unit, [(value_range(text) or {"condition": text}, points) for text, points in bands])
            for unit, bands in expected.indicators
        ]
        if expected.when:
            assert {(i["periodicity"], i["deadline"]) for i in data["indicators"]} == {expected.when}
    assert len(report["requisites"]) == len(expected.requisites), report["requisites"]
    for phrase in expected.requisites:
        assert any(line.startswith(phrase) for line in report["requisites"]), (phrase, report["requisites"])
    for phrase in expected.kept_out:
        assert phrase not in yaml.safe_dump(data, allow_unicode=True), phrase


def test_check_names_what_the_original_lacked_and_the_sections_fill_it(bare_project, tmp_path):
    """The ДОО Положение states its method and periodicity once, in sections, never per indicator."""
    path = tmp_path / "doo.docx"
    more.paragraph_outline(path)
    offered = bare_project.run("import", str(path))
    assert offered.exit_code == 0, offered.output
    assert (
        "    — у показателей 2.4.1, 2.4.2 не указана периодичность; раздел «Периодичность и сроки проведения», "
        "абзац 14 называет общую — «ежегодно»: перенести в показатели — msoko import --fill-from-sections"
    ) in offered.stdout

    def lacking() -> list[str]:
        lines = diagnostic_lines(bare_project.run("check").stdout)
        return sorted(
            line.split(": ошибка: ")[1]
            for line in lines
            if line.startswith("regulations/mechanisms/2.4.yaml") and ": ошибка: " in line
        )

    # the original's «70 % и более» / «от 50 до 69 %» leaves 69,5 % unscored: check says so, whatever is filled in
    source_and_calculation = [
        "показатель 2.4.1 неизмерим: не указан способ расчёта (числитель и знаменатель или формула)",
        "у показателя 2.4.1 не указан источник данных",
        "у показателя 2.4.2 не указан источник данных",
        "шкала показателя 2.4.1: значения «более 69\u00a0%, но менее 70\u00a0%» не оценены — ни "
        "один уровень шкалы их не включает",
        # the original dates no step of the cycle after the monitoring (cycle-deadlines)
        "Положение не устанавливает срок аналитической справки, адресных рекомендаций, плана "
        "мероприятий, управленческих решений, отчёта о выполнении плана мероприятий и анализа "
        "эффективности принятых мер: поручение выполнить эти шаги управленческого цикла «в сроки, "
        "установленные Положением», нельзя исполнить и проверить; укажите срок («до 1 декабря») в "
        "разделе «Периодичность и сроки проведения»",
    ]
    assert lacking() == sorted(
        source_and_calculation
        + [
            "у показателя 2.4.1 не указан метод сбора",
            "у показателя 2.4.1 не указана периодичность",
            "у показателя 2.4.2 не указан метод сбора",
            "у показателя 2.4.2 не указана периодичность",
        ]
    )

    bare_project.path("regulations/mechanisms/2.4.yaml").unlink()
    filled = bare_project.run("import", str(path), "--fill-from-sections")
    assert filled.exit_code == 0, filled.output
    assert (
        "    — периодичность «ежегодно» ← раздел «Периодичность и сроки проведения», абзац 14: записана в "
        "показатели без неё (--fill-from-sections): 2.4.1, 2.4.2"
    ) in filled.stdout
    assert lacking() == sorted(source_and_calculation)
    indicators = yaml.safe_load(bare_project.read("regulations/mechanisms/2.4.yaml"))["indicators"]
    assert {(i["method"], i["periodicity"], i["deadline"]) for i in indicators} == {
        ("Сбор информации осуществляется методом анализа документов ДОО.", "ежегодно", "до 1 октября")
    }
