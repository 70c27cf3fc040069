"""`msoko regen`: determinism, incremental builds, hand edits, failures and templates."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.review.pdf import convert_to_pdf
from tests.conftest import REPO, ExampleProject
from tests.docx_reader import Docx

DOCS = [
    "polozhenie-1.1.docx",
    "polozhenie-1.2.docx",
    "polozhenie-1.3.docx",
    "polozhenie-1.4.docx",
    "polozhenie-1.5.docx",
    "polozhenie-2.1.docx",
    "polozhenie-2.2.docx",
    "polozhenie-2.3.docx",
    "polozhenie-2.4.docx",
    "polozhenie-msoko.docx",
    "koncepciya.docx",
    "dorozhnaya-karta.docx",
    "samoocenka.docx",
    "postanovlenie-2021-615.docx",
    "prikaz-2021-112.docx",
    "prikaz-2021-140.docx",
    "prikaz-2023-95.docx",
]


def digests(project: ExampleProject) -> dict[str, str]:
    return {name: hashlib.sha256(project.path(f"output/{name}").read_bytes()).hexdigest() for name in DOCS}


def test_regen_all_writes_every_document_and_reports(example):
    result = example.run("regen", "all")
    assert result.exit_code == 0, result.output
    assert "[1/17] polozhenie-1.1: Положение о мониторинге качества подготовки обучающихся" in result.stdout
    for name in DOCS:
        assert f"записан: output/{name}" in result.stdout
    assert result.stdout.rstrip().endswith("Итого: записано 17, без изменений 0.")


def test_same_sources_same_bytes(tmp_path):
    first = ExampleProject(tmp_path / "a")
    second = ExampleProject(tmp_path / "b")
    assert first.run("regen", "all").exit_code == 0
    assert second.run("regen", "all").exit_code == 0
    assert digests(first) == digests(second)
    with zipfile.ZipFile(first.path("output/polozhenie-1.1.docx")) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_no_change_regen_rewrites_nothing(example):
    example.run("regen", "all")
    before = {name: example.path(f"output/{name}").stat().st_mtime_ns for name in DOCS}
    result = example.run("regen", "all", "-v")
    assert result.exit_code == 0
    assert "[1/" not in result.stdout, "nothing should be rendered"
    assert "без изменений: output/polozhenie-1.1.docx — входные данные не менялись" in result.stdout
    assert result.stdout.rstrip().endswith("Итого: записано 0, без изменений 17.")
    assert before == {name: example.path(f"output/{name}").stat().st_mtime_ns for name in DOCS}


def test_changed_indicator_rebuilds_only_what_depends_on_it(example):
    example.run("regen", "all")
    before = digests(example)
    example.replace(
        "regulations/mechanisms/2.2.yaml",
        "Доля педагогов, прошедших диагностику профессиональных дефицитов",
        "Доля педагогов, прошедших диагностику профессиональных затруднений",
    )
    result = example.run("regen", "all", "-v")
    assert result.exit_code == 0
    assert "записан: output/polozhenie-2.2.docx — изменились: regulations/mechanisms/2.2.yaml" in result.stdout
    after = digests(example)
    changed = {name for name in DOCS if before[name] != after[name]}
    # the umbrella, the concept and the approving order read 2.2.yaml too, but their text did not change
    assert changed == {"polozhenie-2.2.docx"}
    assert "без изменений: output/koncepciya.docx" in result.stdout
    table = Docx(example.path("output/polozhenie-2.2.docx")).tables()[0]  # the indicators; table 2 repeats the name
    assert next(row for row in table if row[0] == "2.2.2")[1].startswith(
        "Доля педагогов, прошедших диагностику профессиональных затруднений"
    )


POLOZHENIYA = [name.removesuffix(".docx") for name in DOCS[:10]]
READERS = {
    "acts/postanovlenie-2021-615.yaml": ["koncepciya", "postanovlenie-2021-615"],
    "acts/prikaz-2021-112.yaml": [*POLOZHENIYA, "koncepciya", "samoocenka", "prikaz-2021-112"],
    "acts/prikaz-2021-140.yaml": ["dorozhnaya-karta", "prikaz-2021-140"],
    "acts/prikaz-2023-95.yaml": ["samoocenka", "prikaz-2023-95"],
    "concept.yaml": ["koncepciya", "postanovlenie-2021-615"],
    "evaluation.yaml": ["samoocenka", "prikaz-2023-95"],
    "glossary.yaml": [name.removesuffix(".docx") for name in DOCS],
    "mechanisms/2.2.yaml": ["polozhenie-2.2", "polozhenie-msoko", "koncepciya", "samoocenka", "prikaz-2021-112"],
    "msoko.yaml": ["polozhenie-msoko", "prikaz-2021-112"],
    "roadmap.yaml": ["dorozhnaya-karta", "prikaz-2021-140"],
}
"""Which documents a source's change reaches: its own, the act approving it and the act it is an appendix of, the
Концепция and the self-assessment (they read every Положение with its act), every document for the glossary."""


def test_a_changed_source_rebuilds_exactly_the_documents_that_read_it(example):
    assert example.run("regen", "all").exit_code == 0
    reached = {}
    for source in READERS:
        path = f"regulations/{source}"
        example.write(path, example.read(path) + "# правка\n")  # a new digest, the same documents
        result = example.run("regen", "all", "-v")
        assert result.exit_code == 0, result.output
        reached[source] = re.findall(
            rf"^без изменений: output/(\S+)\.docx — изменились: {re.escape(path)}$", result.stdout, re.M
        )
    assert reached == READERS


def test_changed_template_or_profile_rebuilds_everything(example):
    example.run("regen", "all")
    example.replace("regulations/project.yaml", "font_size: 14", "font_size: 13")
    result = example.run("regen", "all", "-v")
    assert "изменились: regulations/project.yaml" in result.stdout
    assert result.stdout.rstrip().endswith("Итого: записано 17, без изменений 0.")


def test_hand_edited_output_survives_and_force_keeps_a_backup(example):
    example.run("regen", "all")
    edited = example.path("output/polozhenie-1.3.docx")
    edited.write_bytes(edited.read_bytes() + b"hand edit")
    hand_bytes = edited.read_bytes()
    example.replace("regulations/mechanisms/1.3.yaml", "не менее 60 %", "не менее 65 %")
    refused = example.run("regen", "all")
    assert refused.exit_code == 1
    assert (
        "output/polozhenie-1.3.docx:1:1: ошибка: файл изменён вручную после последней генерации; msoko не "
        "перезапишет его."
    ) in refused.output
    assert edited.read_bytes() == hand_bytes
    assert "Traceback" not in refused.output
    forced = example.run("regen", "all", "--force")
    assert forced.exit_code == 0, forced.output
    backups = list(example.path("output/.msoko/backup").iterdir())
    assert [b.read_bytes() for b in backups] == [hand_bytes]
    assert f"сохранена копия изменённого вручную файла: output/.msoko/backup/{backups[0].name}" in forced.stdout
    assert edited.read_bytes() != hand_bytes
    Docx(edited)


def test_foreign_file_in_output_is_not_overwritten(example):
    example.path("output").mkdir()
    example.path("output/polozhenie-1.1.docx").write_bytes(b"made in Word")
    result = example.run("regen", "1.1")
    assert result.exit_code == 1
    assert (
        "output/polozhenie-1.1.docx:1:1: ошибка: файл не создан msoko или изменён вручную (журнал сборки "
        "output/.msoko/manifest.json отсутствует, а содержимое файла отличается от результата сборки); msoko не "
        "перезапишет его."
    ) in result.output
    assert example.path("output/polozhenie-1.1.docx").read_bytes() == b"made in Word"
    assert example.run("regen", "1.2").exit_code == 0
    result = example.run("regen", "1.1")
    assert "output/polozhenie-1.1.docx:1:1: ошибка: файл не создан msoko; msoko не перезапишет его." in result.output
    assert example.path("output/polozhenie-1.1.docx").read_bytes() == b"made in Word"


def test_failed_run_leaves_previous_output_intact(example):
    example.run("regen", "all")
    before = digests(example)
    example.replace("regulations/mechanisms/1.1.yaml", 'mechanism: "1.1"', 'mechanism: "7.7"')
    example.replace("regulations/mechanisms/2.1.yaml", "approved_by: prikaz-2021-112", "approved_by: missing")
    result = example.run("regen", "all")
    assert result.exit_code == 1
    assert "regulations/mechanisms/2.1.yaml:4:14: ошибка: акт «missing» не найден" in result.output
    assert "механизм «7.7» отсутствует" in result.output
    assert digests(example) == before


def test_json_report(example):
    result = example.run("regen", "all", "--format", "json")
    assert result.exit_code == 0
    report = result.json()
    assert report["written"] == DOCS and report["unchanged"] == [] and report["ok"] is True


def test_unknown_document_id(example):
    result = example.run("regen", "polozhenie-9.9")
    assert result.exit_code == 1
    assert "ошибка: неизвестный документ «polozhenie-9.9»; доступны: all, polozhenie-1.1" in result.output


def _user_template(
    example: ExampleProject, replace: tuple[bytes, bytes] | None = None, raw: bytes | None = None
) -> None:
    target = example.path("templates/document.docx")
    target.parent.mkdir(parents=True, exist_ok=True)
    if raw is not None:
        target.write_bytes(raw)
        return
    with zipfile.ZipFile(REPO / "templates" / "document.docx") as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(*replace)
            out.writestr(info, data)


@pytest.mark.parametrize(
    "replace, message",
    [
        ((b"{{ stamp.word }}", b"{{ stamp.wrd }}"), "шаблон не годится: неизвестная переменная в теге: «wrd»"),
        (
            (b"{{ title.kind }}", b"{{ title.kind "),
            "шаблон не годится: синтаксическая ошибка в абзаце «{{ title.kind {{ title.subject }}{{ body }}»: "
            "тег не закрыт или записан неверно",
        ),
        (
            (b"{{ title.kind }}", b"{{ title.__class__.__mro__ }}"),
            "шаблон не годится: тег шаблона выполняет недопустимую операцию",
        ),
    ],
)
def test_broken_user_template_names_the_tag(example, replace, message):
    example.run("regen", "all")
    before = digests(example)
    example.replace("regulations/mechanisms/1.1.yaml", "не менее 90 %", "не менее 91 %")
    _user_template(example, replace)
    result = example.run("regen", "all")
    assert result.exit_code == 1
    assert f"templates/document.docx:1:1: ошибка: {message}" in result.output
    assert digests(example) == before


def test_foreign_template_file(example):
    _user_template(example, raw=b"%PDF-1.4 not a docx")
    result = example.run("regen", "all")
    assert result.exit_code == 1
    assert (
        "templates/document.docx:1:1: ошибка: шаблон не годится: файл шаблона повреждён или не является "
        "документом Word (.docx)"
    ) in result.output


def test_user_template_restyles_output(example):
    _user_template(
        example, (b"{{ stamp.word }}", b"{{ stamp.word }} (\xd0\xbf\xd1\x80\xd0\xbe\xd0\xb5\xd0\xba\xd1\x82)")
    )
    assert example.run("regen", "1.1").exit_code == 0
    assert "УТВЕРЖДЕНО (проект)" in Docx(example.path("output/polozhenie-1.1.docx")).texts("Stamp")


def test_source_text_is_escaped_not_injected(example):
    example.replace(
        "regulations/mechanisms/1.1.yaml",
        "  Повышение качества подготовки",
        "  <w:p>{{ stamp }}</w:p> & Повышение качества подготовки",
    )
    assert example.run("regen", "1.1").exit_code == 0
    texts = [p.text for p in Docx(example.path("output/polozhenie-1.1.docx")).paragraphs()]
    assert any(t.startswith("<w:p>{{ stamp }}</w:p> & Повышение качества") for t in texts)


def test_forbidden_character_is_dropped_with_a_warning(example):
    text = example.read("regulations/mechanisms/1.1.yaml")
    start = text.index("goal: |")
    end = text.index("\ntasks:")
    example.write(
        "regulations/mechanisms/1.1.yaml", text[:start] + 'goal: "Повышение\\x07 качества подготовки"' + text[end:]
    )
    result = example.run("regen", "1.1")
    assert result.exit_code == 0, result.output
    assert (
        "regulations/mechanisms/1.1.yaml:9:7: предупреждение: символ U+0007 недопустим в документе Word и будет удалён"
        in result.output
    )
    assert "Повышение качества подготовки" in [
        p.text for p in Docx(example.path("output/polozhenie-1.1.docx")).paragraphs()
    ]


def test_generated_files_pass_openxml_audit(example):
    example.run("regen", "all")
    # The auditor is installed beside the interpreter running the tests (.venv/bin), which need not be on PATH.
    auditor = Path(sys.executable).parent / "openxml-audit"
    completed = subprocess.run(
        [str(auditor), "-o", "text", "-r", str(example.path("output"))], capture_output=True, text=True
    )
    assert completed.stdout.count("expected to open cleanly (no findings)") == len(DOCS), completed.stdout


def test_libreoffice_renders_clause_numbers(example, libreoffice, tmp_path):
    example.run("regen", "all")
    pdfs = convert_to_pdf([example.path(f"output/{name}") for name in DOCS], tmp_path / "pdf")
    texts = {
        pdf.name: subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        for pdf in pdfs
    }
    first = texts["polozhenie-1.1.pdf"]
    for expected in (
        "УТВЕРЖДЕНО",
        "от 15.03.2021 № 112",
        "ПОЛОЖЕНИЕ",
        "1. Общие положения",
        "1.1. Настоящее Положение",
        "2. Цель мониторинга",
        "3.5. Обеспечение организации",
        "4. Показатели мониторинга",
        "Таблица 1",
        "7. Критерии оценивания",
        "9.1. Анализ результатов мониторинга",
        "9.1.1. ММЦ проводит анализ",
    ):
        assert expected in first, expected
    assert re.search(r"\f\s*2\s*\n", first), "page number 2 in the header of page 2"
    assert not re.match(r"\s*1\s*\n", first), "no page number on page 1"
    umbrella = texts["polozhenie-msoko.pdf"]
    assert "8.1. Механизмы управления качеством образовательных результатов:" in umbrella
    assert "8.1.5. система объективности процедур" in umbrella
    assert "6. Функции участников муниципальной системы оценки качества" in umbrella


HOSTILE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=HOSTILE)
def test_any_unicode_prose_gives_a_valid_document_holding_the_text(rendering, text):
    import re

    from generator.sources.prose import parse_prose
    from generator.russian.typography import typograph_text
    from schemas.base import XML_FORBIDDEN
    from schemas.prose import plain_text

    import dataclasses

    project, renderer, target = rendering
    data = renderer.render(dataclasses.replace(target, made_from=target.model.model_copy(update={"goal": text})))
    document_text = "\n".join(p.text for p in Docx(data).paragraphs(include_tables=True))
    expected = typograph_text(XML_FORBIDDEN.sub("", plain_text(parse_prose(text))))
    for word in re.findall(r"\w+", expected):
        assert word in document_text


@pytest.fixture(scope="module")
def rendering():
    from generator.build.plan import plan_targets
    from generator.project import ProjectLayout
    from generator.build.render import Renderer
    from generator.sources.validate import load_project

    project = load_project(ProjectLayout(REPO))
    target = next(t for t in plan_targets(project) if t.id == "polozhenie-1.1")
    return project, Renderer(project), target
