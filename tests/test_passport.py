"""An indicator passport declared once: every field carries its label in the Положение, the words by which
``msoko import`` recognises it and its completeness check (schemas/passport.py), and the renderer, the
importer, ``msoko check`` and the editor read those; every field printed in a Положение comes back on import."""

from __future__ import annotations

import re
import shutil

import yaml
from starlette.testclient import TestClient

from generator.importer.indicators import CALCULATION, column_fields, labelled_field, read_selection
from generator.project import ProjectLayout
from generator.russian import NBSP, inflect_phrase, typograph_text
from generator.russian.scale import band_line
from generator.web.app import create_app
from schemas.passport import Check, Passport, passport_fields
from schemas.regulation import Calculation, Indicator, MonitoringRegulation
from tests.conftest import diagnostic_lines
from tests.docx_reader import Docx

MONITORING = ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4"]
PASSPORT = passport_fields(Indicator)


def test_every_passport_field_declares_its_label_import_stems_and_check():
    for model in (Indicator, Calculation):
        unmarked = [name for name in model.model_fields if name not in passport_fields(model)]
        assert not unmarked, f"{model.__name__}: no Passport(label, stems, check) on {unmarked}"
        for name, mark in passport_fields(model).items():
            assert isinstance(mark, Passport)
            assert mark.words.strip(), f"{model.__name__}.{name}: no label"
            assert mark.stems and all(stem.strip() and stem == stem.lower() for stem in mark.stems), (
                f"{model.__name__}.{name}: no import stems, or stems not in lower case"
            )
            assert isinstance(mark.check, Check), f"{model.__name__}.{name}: no check"


def test_each_label_reads_back_as_its_own_field():
    """The label the Положение prints over a column, or before a line of a shared cell, is what the importer
    recognises as that field: a title matched by another field's stems would fill the wrong one."""
    assert {mark.words: column_fields([mark.words]) for mark in PASSPORT.values()} == {
        mark.words: {0: name} for name, mark in PASSPORT.items()
    }
    assert {mark.words: labelled_field(mark.words, CALCULATION) for mark in CALCULATION.values()} == {
        mark.words: name for name, mark in CALCULATION.items()
    }


def _printed(indicator: Indicator, field: str):
    """A field as the Положение prints it and the importer reads it: typography applied, no-break spaces
    read as spaces, bands by their wording (a count's [5; 15) prints «от 5 до 14 человек»)."""
    value = getattr(indicator, field)
    if field == "scoring":
        return [band_line(band, indicator.unit) for band in value]
    if isinstance(value, Calculation):
        return {part: _printed(value, part) for part in Calculation.model_fields}
    return typograph_text(value).replace(NBSP, " ") if isinstance(value, str) else value


def test_the_example_passports_come_back_from_their_documents(example, tmp_path):
    """Render the example's Положения, import them into a project without them: every passport field of every
    indicator comes back, wherever the Положение prints it (table 1, the recommendations' table 2). Without
    the glossary, so that no abbreviation is spelt out at its first use (the import keeps the words printed)."""
    example.path("regulations/glossary.yaml").unlink()
    originals = {
        code: MonitoringRegulation.model_validate(yaml.safe_load(example.read(f"regulations/mechanisms/{code}.yaml")))
        for code in MONITORING
    }
    assert example.run("regen", "all").exit_code == 0
    generated = tmp_path / "generated"
    shutil.copytree(example.path("output"), generated)
    for code in MONITORING:
        example.path(f"regulations/mechanisms/{code}.yaml").unlink()
    result = example.run("import", *[str(generated / f"polozhenie-{code}.docx") for code in MONITORING])
    assert result.exit_code == 0, result.output
    assert (
        "    — рекомендации при недостижении целевого значения (6 показателей) ← раздел «Порядок использования "
        "результатов мониторинга», «Адресные рекомендации», таблица 2\n"
    ) in result.stdout
    lost, exercised = [], set()
    for code in MONITORING:
        imported = MonitoringRegulation.model_validate(
            yaml.safe_load(example.read(f"regulations/mechanisms/{code}.yaml"))
        )
        # the table groups the indicators by type (conditions, process, result), so they come back in that order
        back_by_code = {i.code: i for i in imported.indicators}
        assert sorted(back_by_code) == sorted(i.code for i in originals[code].indicators)
        for original in originals[code].indicators:
            back = back_by_code[original.code]
            for field in PASSPORT:
                if _printed(original, field) != _printed(back, field):
                    lost.append(f"{original.code} {field}: {_printed(original, field)!r} → {_printed(back, field)!r}")
                if getattr(original, field) != Indicator.model_fields[field].get_default(call_default_factory=True):
                    exercised.add(field)
    assert not lost, "\n".join(lost)
    assert exercised == set(PASSPORT), (
        f"no example indicator fills {set(PASSPORT) - exercised}: the round trip cannot see them"
    )


def test_the_organizations_line_reads_back_however_the_document_words_it():
    """«Организации: …» as msoko prints it, with the marks spelt out as the glossary does at their first use, or
    in other words; the kinds the level names anyway stay implied; a title that only mentions an organization
    («Ответственная организация») is the responsible, not this line."""
    expanded = (
        "общеобразовательные организации, отнесённые к школам с низкими результатами обучения (далее — ШНОР) "
        "или школам, функционирующим в неблагоприятных социальных условиях (далее — ШНСУ)"
    )
    assert read_selection(expanded, "ОО") == {"marks": ["ШНОР", "ШНСУ"]}
    assert read_selection(
        "Общеобразовательные организации, реализующие программы среднего общего или основного общего образования", "ОО"
    ) == {"levels": ["среднее", "основное"]}
    assert read_selection("ДОО и общеобразовательные организации", "ОО") == {"kinds": ["ДОО", "школа"]}
    assert read_selection("организации дополнительного образования", "ОО") == {"kinds": ["УДО"]}
    assert read_selection("по запросу УО", "ОО") is None
    assert column_fields(["Ответственная организация"]) == {0: "responsible"}


def test_a_field_whose_check_requires_it_is_an_error_when_empty(example):
    """Each field declared REQUIRED (or MEASURABLE) and left empty is named in Russian; an OPTIONAL one is not."""
    path = "regulations/mechanisms/1.1.yaml"
    data = yaml.safe_load(example.read(path))
    indicators = data["indicators"]
    demanded = [
        name
        for name, mark in PASSPORT.items()
        if mark.check is not Check.OPTIONAL and not Indicator.model_fields[name].is_required()
    ]
    optional = [name for name, mark in PASSPORT.items() if mark.check is Check.OPTIONAL]
    assert len(demanded) < len(indicators)
    for indicator, name in zip(indicators, demanded):
        indicator.pop(name)
    for name in optional:
        indicators[-1].pop(name, None)
    example.write(path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    errors = [
        line.split(": ошибка: ")[1]
        for line in diagnostic_lines(example.run("check").stdout)
        if line.startswith(path) and ": ошибка: " in line
    ]
    for indicator, name in zip(indicators, demanded):
        title = Indicator.model_fields[name].title
        said = [
            e
            for e in errors
            if e.startswith((f"у показателя {indicator['code']} ", f"показатель {indicator['code']} "))
        ]
        expected = "неизмерим" if PASSPORT[name].check is Check.MEASURABLE else (title, inflect_phrase(title, "gent"))
        assert len(said) == 1 and any(
            word in said[0] for word in ((expected,) if isinstance(expected, str) else expected)
        ), (name, said)
        assert not re.search(r"\([a-z_]+\)", said[0]), said  # a field's key never shows
    assert not [e for e in errors if indicators[-1]["code"] in e], errors


def test_recommendations_are_table_2_under_addressed_recommendations(example):
    """The recommendations print under «Адресные рекомендации», whose text may be empty, as table 2: only the
    indicators that state one, each with its target beside it."""
    path = "regulations/mechanisms/2.3.yaml"
    data = yaml.safe_load(example.read(path))
    data["use_of_results"].pop("recommendations")
    data["indicators"][1].pop("recommendation")
    example.write(path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    assert example.run("regen", "2.3").exit_code == 0
    doc = Docx(example.path("output/polozhenie-2.3.docx"))
    texts = [" ".join(p.text.split()) for p in doc.paragraphs()]
    heading = texts.index("Адресные рекомендации")
    assert texts[heading + 1 : heading + 3] == [
        "Рекомендации при недостижении целевого значения показателя приведены в таблице 2.",
        "Таблица 2",
    ]
    header, *rows = doc.tables()[1]
    assert header == ["№", "Показатель", "Целевое значение", "Рекомендации"]
    groups = ["условия", "процесс", "результат"]  # table 2 keeps table 1's order: the indicators grouped by type
    advised = sorted((i for i in data["indicators"] if i.get("recommendation")), key=lambda i: groups.index(i["type"]))
    assert [row[0] for row in rows] == [i["code"] for i in advised]
    assert [row[2] for row in rows] == [typograph_text(i["target"]) for i in advised]
    assert rows[0][3].startswith("Отделу воспитания и дополнительного образования")


def test_the_editor_shows_every_passport_field(example):
    client = TestClient(create_app(ProjectLayout(example.root)), base_url="http://127.0.0.1:8000")
    page = client.get("/source/regulations/mechanisms/1.1.yaml").text
    assert not [name for name in PASSPORT if f'id="f-indicators-0-{name}"' not in page]
    recommendation = yaml.safe_load(example.read("regulations/mechanisms/1.1.yaml"))["indicators"][0]["recommendation"]
    field = re.search(
        r'<textarea id="c-f-indicators-0-recommendation" name="indicators.0.recommendation"[^>]*>([^<]*)'
        r"</textarea>",
        page,
    )
    assert field and field.group(1) == recommendation
    assert '<label for="c-f-indicators-0-recommendation"' in page
    assert "Рекомендации при недостижении целевого значения</label>" in page
