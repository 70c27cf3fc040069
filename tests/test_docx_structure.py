"""The generated Положения read back from their XML: structure, numbering, requisites, layout."""

from __future__ import annotations

import re

import pytest
import yaml

from generator.russian.scale import band_line
from generator.russian.typography import typograph_text
from schemas.regulation import ScoringBand
from tests.conftest import REPO
from tests.docx_reader import NS, Docx, q

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from tests.conftest import ExampleProject

    project = ExampleProject(tmp_path_factory.mktemp("gen") / "project")
    result = project.run("regen", "all")
    assert result.exit_code == 0, result.output
    return project


def source(code: str) -> dict:
    return yaml.safe_load((REPO / "regulations" / "mechanisms" / f"{code}.yaml").read_text(encoding="utf-8"))


def test_six_parts_in_order_as_numbered_headings(generated):
    doc = Docx(generated.path("output/polozhenie-1.1.docx"))
    assert doc.texts("Heading1") == [
        "Общие положения",
        "Цель мониторинга",
        "Задачи мониторинга",
        "Показатели мониторинга",
        "Методы сбора и обработки информации",
        "Периодичность и сроки проведения мониторинга",
        "Критерии оценивания",
        "Участники мониторинга и ответственные",
        "Порядок использования результатов мониторинга",
        "Заключительные положения",
    ]
    heading = doc.style("Heading1")
    assert heading.find(f"{q('pPr')}/{q('outlineLvl')}").get(q("val")) == "0"


def test_clauses_carry_word_multilevel_numbering_never_typed(generated):
    paths = [*generated.path("output").glob("polozhenie-*.docx"), generated.path("output/koncepciya.docx")]
    assert len(paths) == 11
    for path in paths:
        doc = Docx(path)
        assert doc.style_numbering("Heading1") == (1, 0)
        assert doc.style_numbering("Clause") == (1, 1)
        assert doc.style_numbering("Subclause") == (1, 2)
        assert doc.level_text(1, 0) == ("%1.", "multilevel")
        assert doc.level_text(1, 1) == ("%1.%2.", "multilevel")
        assert doc.level_text(1, 2) == ("%1.%2.%3.", "multilevel")
        # the numbering links back to the styles, as Word expects
        abstract = doc.numbering.xpath("w:abstractNum[@w:abstractNumId='0']", namespaces=NS)[0]
        assert [lvl.find(q("pStyle")).get(q("val")) for lvl in abstract.findall(q("lvl"))] == [
            "Heading1",
            "Clause",
            "Subclause",
        ]
        paragraphs = doc.paragraphs(include_tables=True)
        assert sum(p.style == "Clause" for p in paragraphs) >= (10 if path.name.startswith("polozhenie") else 3)
        # indicator codes in table cells are data; no running-text paragraph starts with a number
        typed = [p.text for p in paragraphs if p.style != "TableText" and re.match(r"^\s*\d+\.\d+\.?", p.text)]
        assert typed == [], f"{path.name}: typed numbers {typed[:3]}"


def test_prose_lists_are_word_lists(generated):
    doc = Docx(generated.path("output/polozhenie-1.1.docx"))
    bullets = doc.texts("ListBullet")
    assert "сравнение значений показателей с целевыми значениями и со средними по Челябинской области;" in bullets
    assert doc.style_numbering("ListBullet") == (2, 0)
    assert doc.level_text(2, 0)[0] == "–"
    bold = doc.body.xpath(".//w:r[w:rPr/w:rStyle/@w:val='Strong']/w:t/text()", namespaces=NS)
    assert "высокий уровень" in bold


def test_long_words_in_narrow_columns_carry_soft_hyphens(generated):
    """A word too long for its column may break only at a syllable, with a hyphen, wherever it is rendered."""
    doc = Docx(generated.path("output/polozhenie-1.4.docx"))
    table = doc.body.findall(q("tbl"))[0]  # the indicators (table 2 holds the recommendations)
    texts = [node.text for node in table.iter(q("t")) if node.text]
    assert any("про\u00adфори\u00adен\u00adта\u00adци\u00adон\u00adны\u00adми" in t for t in texts), texts
    prose = [node.text or "" for p in doc.body.findall(q("p")) for node in p.iter(q("t"))]
    assert any("профориентационной" in t for t in prose)  # the text's full width needs none


def test_indicator_table_rows_match_sources(generated):
    for code in ("1.1", "2.4"):
        doc = Docx(generated.path(f"output/polozhenie-{code}.docx"))
        table = doc.tables()[0]  # the indicators (table 2 holds the recommendations)
        header, *rows = table
        # labelled columns (soft hyphens, which let the narrow titles break as words break, are not text)
        assert header == [
            "№",
            "Показатель",
            "Единица измерения",
            "Способ расчёта",
            "Сбор информации",
            "Целевое значение",
            "Шкала оценивания",
        ]
        indicators = source(code)["indicators"]
        groups = {
            "условия": "Показатели условий",
            "процесс": "Показатели процесса",
            "результат": "Показатели результата",
        }
        # each type's row once, conditions, process, result, over its indicators in the sources' order
        indicators = sorted(indicators, key=lambda indicator: list(groups).index(indicator["type"]))
        expected_first_cells = []
        for kind, title in groups.items():
            codes = [indicator["code"] for indicator in indicators if indicator["type"] == kind]
            expected_first_cells += [title, *codes] if codes else []
        assert [row[0] for row in rows] == expected_first_cells
        rows = [row for row in rows if len(row) > 1]
        for row, indicator in zip(rows, indicators):
            if "(далее" not in row[1]:  # a name may be where an abbreviation is first introduced
                assert row[1] == typograph_text(indicator["name"])
            assert row[2] == indicator["unit"]
            collection = row[4].split("\n")
            given = typograph_text(f"Источник данных: {indicator['source']}")
            # an abbreviation introduced already is not introduced again: the source's «(МКДО)» is dropped
            assert collection[0] in (given, re.sub(r" \([А-ЯЁ]{2,}\)", "", given)) or "(далее" in collection[0]
            level = {"муниципалитет": "муниципальный"}.get(indicator["level"], indicator["level"])
            assert f"Уровень: {level}" in collection or any("(далее" in line for line in collection)
            assert row[5] == typograph_text(indicator.get("target") or "—")
            bands = row[6].split("\n")
            assert len(bands) == len(indicator["scoring"])
            for number, (band, scoring) in enumerate(zip(bands, indicator["scoring"]), start=1):
                ending = "." if number == len(bands) else ";"
                assert band == band_line(ScoringBand(**scoring), indicator["unit"]) + ending
                assert band.endswith(
                    f"— {scoring['points']}{NBSP}" + {0: "баллов", 1: "балл", 2: "балла"}[scoring["points"]] + ending
                )
        tbl = doc.body.find(q("tbl"))
        italic_labels = [
            label.replace("\u00ad", "")
            for label in tbl.xpath(".//w:r[w:rPr/w:i]/w:t/text()", namespaces=NS)  # soft hyphens are not text
        ]
        assert "Источник данных: " in italic_labels and "Ответственный: " in italic_labels
        # the header and the first row (a group's) are kept with the next; the last passports are not kept together,
        # as a short table's last two rows are: two tall rows carried over at once would leave half a page empty
        kept = [tr.find(f"{q('tc')}/{q('p')}/{q('pPr')}/{q('keepNext')}") is not None for tr in tbl.findall(q("tr"))]
        assert kept[:3] == [True, True, False] and kept[-2:] == [False, False]
        first_row = tbl.find(q("tr"))
        assert first_row.find(f"{q('trPr')}/{q('tblHeader')}") is not None
        assert all(tr.find(f"{q('trPr')}/{q('cantSplit')}") is not None for tr in tbl.findall(q("tr")))
        widths = [int(col.get(q("w"))) for col in tbl.find(q("tblGrid"))]
        assert abs(sum(widths) - round(170 * 1440 / 25.4)) <= 6


def test_approval_stamp_from_the_approving_order(generated):
    doc = Docx(generated.path("output/polozhenie-1.1.docx"))
    assert doc.texts("Stamp") == [
        "УТВЕРЖДЕНО",
        "приказом управления образования администрации Копейского городского округа",
        f"от 15.03.2021 №{NBSP}112",
        f"(приложение{NBSP}2)",  # the order's «(приложение 2)»
    ]
    first = doc.paragraphs()[0]
    assert first.style == "Stamp"
    assert doc.style("Stamp").find(f"{q('pPr')}/{q('ind')}").get(q("left")) == "5102"  # 170 − 80 mm
    assert doc.texts("DocTitle") == ["Положение"]
    assert doc.texts("DocSubtitle") == [f"о мониторинге качества подготовки{NBSP}обучающихся"]


def test_page_size_margins_language_and_page_numbers(generated):
    doc = Docx(generated.path("output/polozhenie-2.3.docx"))
    section = doc.section()
    size = section.find(q("pgSz"))
    assert (size.get(q("w")), size.get(q("h"))) == ("11906", "16838")
    margins = section.find(q("pgMar"))
    assert {k: margins.get(q(k)) for k in ("left", "right", "top", "bottom")} == {
        "left": "1701",
        "right": "567",
        "top": "1134",
        "bottom": "1134",
    }
    assert section.find(q("titlePg")) is not None
    defaults = doc.styles.find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}")
    assert defaults.find(q("lang")).get(q("val")) == "ru-RU"
    assert defaults.find(q("rFonts")).get(q("ascii")) == "Times New Roman"
    assert defaults.find(q("sz")).get(q("val")) == "28"
    header_ids = {
        ref.get(q("type")): ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        for ref in section.findall(q("headerReference"))
    }
    assert set(header_ids) == {"default", "first"}
    assert b" PAGE " in doc.parts["word/header1.xml"] and b"PAGE" not in doc.parts["word/header2.xml"]


def test_document_properties_from_sources(generated):
    doc = Docx(generated.path("output/polozhenie-1.4.docx"))
    assert (
        doc.core_value("title")
        == "Положение о мониторинге системы работы по самоопределению и профессиональной ориентации обучающихся"
    )
    assert doc.core_value("creator") == "Управление образования администрации Копейского городского округа"
    assert doc.core_value("subject") == "Система работы по самоопределению и профессиональной ориентации обучающихся"
    assert doc.core_value("created") == "2021-03-15T00:00:00Z"


def test_umbrella_lists_every_mechanism_with_its_regulation(generated):
    doc = Docx(generated.path("output/polozhenie-msoko.docx"))
    assert (
        doc.texts("DocSubtitle")[0]
        == f"о муниципальной системе оценки качества образования Копейского городского{NBSP}округа"
    )
    subclauses = doc.texts("Subclause")
    # the items continue «Механизмы управления качеством …:», so they are lower-case and end with «;»
    assert any(
        t.startswith(
            "система объективности процедур оценки качества образования и олимпиад школьников "
            "(Положение о мониторинге объективности"
        )
        for t in subclauses
    )
    listed = [t for t in subclauses if t.startswith("система")]
    assert len(listed) == 9 and all(t.endswith((";", ".")) for t in listed)
    assert "Принципы муниципальной системы оценки качества образования" in doc.texts("Heading1")


def test_typography_in_the_document(generated):
    text = "\n".join(p.text for p in Docx(generated.path("output/polozhenie-1.1.docx")).paragraphs())
    assert f"от{NBSP}29.12.2012{NBSP}№{NBSP}273\u2011ФЗ «Об образовании в Российской Федерации»" in text
    assert f"(далее{NBSP}— мониторинг)" in text
    assert '"' not in text and " - " not in text


def test_project_font_size_and_margins_apply(example):
    example.replace(
        "regulations/project.yaml",
        "margins: {left: 30, right: 10, top: 20, bottom: 20}",
        "margins: {left: 25, right: 15, top: 20, bottom: 20}",
    )
    example.replace("regulations/project.yaml", "font_size: 14", "font_size: 12")
    assert example.run("regen", "1.2").exit_code == 0
    doc = Docx(example.path("output/polozhenie-1.2.docx"))
    margins = doc.section().find(q("pgMar"))
    assert (margins.get(q("left")), margins.get(q("right"))) == ("1417", "850")
    assert doc.styles.find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}/{q('sz')}").get(q("val")) == "24"
    widths = [int(c.get(q("w"))) for c in doc.body.find(q("tbl")).find(q("tblGrid"))]
    assert abs(sum(widths) - round(170 * 1440 / 25.4)) <= 6
