"""A kind of document declared once: every registered kind is whole, and a new one — its model, body and
template (tests/program_kind.py) — is loaded, checked, given a schema, listed on the dashboard and in the
editor, planned, rendered and imported through the same code as the kinds msoko has."""

from __future__ import annotations

import docx
import pytest
import yaml
from starlette.testclient import TestClient

from generator.build.render import PAGE_MM
from generator.documents.kinds import RENDERING
from generator.project import BUILTIN_TEMPLATES, ProjectLayout
from generator.sources.jsonschema import schema_files
from generator.sources.kinds import KINDS, SUBJECT, Per, Reads, YearDocument
from generator.sources.validate import load_project
from generator.web.app import create_app
from generator.web.editor import editable
from tests.conftest import diagnostic_lines
from tests.program_kind import PROGRAM, install_template, register

PROGRAM_SOURCE = """\
# yaml-language-server: $schema=.schema/program.schema.json
title: Программа развития муниципальной системы оценки качества образования Копейского городского округа на 2022–2024 годы
approved_by: prikaz-2022-10
goal: |
  Повышение качества образования на основе его объективной оценки.
tasks:
  - обеспечить объективность оценочных процедур
  - развить механизмы управления качеством образования
measures: |
  Ежегодный анализ результатов мониторингов и публикация аналитических материалов на сайте управления.
"""  # noqa: E501 (a source as typed)

APPROVING_ACT = """\
kind: приказ
number: "10"
date: 2022-01-20
basis: |
  В целях развития муниципальной системы оценки качества образования
appendices:
  - {number: 1, document: programma}
control: Контроль за исполнением настоящего приказа оставляю за собой.
"""


def test_every_kind_is_declared_whole():
    """A kind without its label, model fields, rendering or template would fail only where it is first used."""
    assert list(RENDERING) == list(KINDS), "a kind without its rendering, or a rendering of no kind"
    for key, kind in KINDS.items():
        assert kind.key == key and kind.label and kind.source_name, key
        assert {"title", "approved_by"} <= set(kind.model.model_fields), key
        per_subject = kind.per is not Per.PROJECT
        assert (SUBJECT in kind.document_id) is per_subject, key
        rendering = RENDERING[key]
        assert (BUILTIN_TEMPLATES / rendering.template).is_file(), key
        assert rendering.orientation in PAGE_MM and callable(rendering.build) and callable(rendering.subject), key
        if kind.has_source:
            assert (SUBJECT in kind.own_source) is per_subject, key
            assert schema_files()[kind.schema_file] is kind.model, key
        else:  # made by the planner for the monitoring year: titled, dated and tied by the descriptor
            assert kind.model is YearDocument and "{year}" in kind.title and kind.import_cue is None, key
            assert Reads.DATA in kind.reads and kind.per is not Per.PROJECT, key
            assert not kind.approving or KINDS[kind.approving].act, key
            assert schema_files().get(kind.schema_file) is None, key
        if kind.import_cue is not None:  # whatever no field takes is kept there, never dropped
            assert "unmapped" in kind.model.model_fields, key
    ids = [kind.id_for("1.1") for kind in KINDS.values()]
    assert len(set(ids)) == len(ids)


@pytest.fixture
def program(example, monkeypatch):
    """The example with a Программа: the kind registered, its template and source in the project, an act
    approving it."""
    register(monkeypatch)
    install_template(example.root)
    example.write("regulations/program.yaml", PROGRAM_SOURCE)
    example.write("regulations/acts/prikaz-2022-10.yaml", APPROVING_ACT)
    return example


def test_a_new_kind_is_loaded_checked_and_given_a_schema(program):
    project = load_project(ProjectLayout(program.root))
    document = project.document("programma")
    assert document.kind is PROGRAM and document.model.tasks[1] == "развить механизмы управления качеством образования"
    check = program.run("check")
    assert check.exit_code == 0, check.output

    program.replace("regulations/program.yaml", "measures:", "measure:")
    line = program.line_of("regulations/program.yaml", "measure:")
    check = program.run("check")
    assert check.exit_code == 1
    assert (
        f"regulations/program.yaml:{line}:1: ошибка: неизвестное поле «measure»; возможно, имелось в виду «measures»"
    ) in diagnostic_lines(check.stdout + check.stderr)

    assert program.run("schema").exit_code == 0
    schema = yaml.safe_load(program.read("regulations/.schema/program.schema.json"))
    assert schema["properties"]["goal"]["title"] == "цель" and schema["required"] == ["title", "goal", "tasks"]


def test_a_new_kind_is_planned_and_rendered(program):
    result = program.run("regen", "all")
    assert result.exit_code == 0, result.output
    written = [
        line.removeprefix("записан: output/") for line in result.stdout.splitlines() if line.startswith("записан:")
    ]
    assert written.index("programma.docx") == written.index("samoocenka.docx") + 1  # the registry's order, acts after
    assert written.index("prikaz-2022-10.docx") > written.index("programma.docx")

    document = docx.Document(program.path("output/programma.docx"))
    texts = [" ".join(p.text.split()) for p in document.paragraphs]
    assert "УТВЕРЖДЕНА" in texts  # the approval word agrees with «Программа»
    assert (
        texts[texts.index("Цель Программы") + 1] == "Повышение качества образования на основе его объективной оценки."
    )
    assert texts[texts.index("Задачи Программы") + 1 :][:2] == [
        "Обеспечить объективность оценочных процедур.",
        "Развить механизмы управления качеством образования.",
    ]
    assert "Основные мероприятия" in texts
    assert document.core_properties.subject == "Программа развития МСОКО"
    assert document.core_properties.title.startswith("Программа развития муниципальной системы")
    act = [" ".join(p.text.split()) for p in docx.Document(program.path("output/prikaz-2022-10.docx")).paragraphs]
    assert any(text.startswith("Об утверждении Программы развития муниципальной системы") for text in act), act

    assert program.run("regen", "programma").stdout.count("без изменений") >= 1


def test_a_new_kind_is_on_the_dashboard_and_in_the_editor(program):
    layout = ProjectLayout(program.root)
    source = editable(layout, "regulations/program.yaml")
    assert source.model is PROGRAM.model and source.kind == "Программа развития МСОКО"
    client = TestClient(create_app(layout), base_url="http://127.0.0.1:8000")
    dashboard = client.get("/").text
    assert 'href="/source/regulations/program.yaml">Программа развития МСОКО</a>' in dashboard
    row = dashboard.split('id="d-programma"')[1].split("</tr>")[0]
    assert "Программа развития муниципальной системы" in row and "ещё не собран" in row
    assert '<a href="/source/regulations/program.yaml">редактировать</a>' in row
    form = client.get("/source/regulations/program.yaml")
    assert form.status_code == 200
    assert "Программа развития МСОКО" in form.text and "Повышение качества образования" in form.text


def program_layout(path):
    """A Программа typed in Word: the title in spaced capitals over its second line, bold headings."""
    document = docx.Document()
    document.add_paragraph("УТВЕРЖДЕНА\nприказом Управления образования\nот 20.01.2022 № 10")
    for text in ("П Р О Г Р А М М А", "развития муниципальной системы оценки качества образования"):
        document.add_paragraph().add_run(text).bold = True
    for heading, lines in (
        ("1. Цель программы", ["Повышение качества образования на основе его оценки."]),
        (
            "2. Задачи программы",
            ["обеспечить объективность оценочных процедур", "развить механизмы управления качеством образования"],
        ),
        ("3. Основные мероприятия", ["Ежегодный анализ результатов мониторингов."]),
        ("4. Ресурсное обеспечение", ["Средства муниципального бюджета."]),
    ):
        document.add_paragraph().add_run(heading).bold = True
        for line in lines:
            document.add_paragraph(line)
    document.save(path)
    return path


def test_import_knows_a_new_kind_by_its_title(program, tmp_path):
    source = program_layout(tmp_path / "Программа.docx")
    refused = program.run("import", str(source))
    assert diagnostic_lines(refused.stderr) == [
        f"{source}:1:1: ошибка: Программа развития МСОКО уже описана в regulations/program.yaml; msoko не "
        "перезапишет его"
    ]

    program.path("regulations/program.yaml").unlink()
    result = program.run("import", str(source), "--format", "json")
    assert result.exit_code == 0, result.output
    [imported] = result.json()["imported"]
    assert imported["source"] == "regulations/program.yaml"
    assert imported["recognised"] == "Программа развития МСОКО определена по заголовку"
    text = program.read("regulations/program.yaml")
    assert text.startswith("# yaml-language-server: $schema=.schema/program.schema.json\n")
    data = yaml.safe_load(text)
    assert data["title"] == "Программа развития муниципальной системы оценки качества образования"
    assert data["approved_by"] == "prikaz-2022-10"
    assert data["goal"] == "Повышение качества образования на основе его оценки."
    assert data["tasks"] == [
        "обеспечить объективность оценочных процедур",
        "развить механизмы управления качеством образования",
    ]
    assert data["measures"] == "Ежегодный анализ результатов мониторингов."
    assert "Средства муниципального бюджета." in data["unmapped"]
    assert program.run("check").exit_code == 0
