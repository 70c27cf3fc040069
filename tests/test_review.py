"""The lawyer's review loop: approve, change the sources, regen, diff (redlines and change log), pdf, pack."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tests.docx_reader import Docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
APPROVER = "Юрист Е.В.\u00a0Смирнова"
REVIEWER = "Отдел оценки качества образования УО"
OLD_NAME = "Доля выпускников 9 классов, получивших аттестат об основном общем образовании"
NEW_NAME = OLD_NAME + " с первого раза"
OLD_BAND = "{lower: 98, points: 2}"
NEW_BAND = "{lower: 98, points: 3}"  # a scale stays whole: only its points change


@pytest.fixture
def approved(example):
    """The example generated and approved as it is."""
    assert example.run("regen", "all").exit_code == 0
    result = example.run("approve", "--by", APPROVER)
    assert result.exit_code == 0, result.output
    return example


def change_indicator(project) -> None:
    project.replace("regulations/mechanisms/1.1.yaml", OLD_NAME, NEW_NAME)
    project.replace("regulations/mechanisms/1.1.yaml", OLD_BAND, NEW_BAND)
    assert project.run("regen", "all").exit_code == 0


def tracked(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    """The inserted and deleted texts of a redline, with their author and date (soft hyphens are no text)."""
    document = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    result = {}
    for kind, text_tag in (("ins", "t"), ("del", "delText")):
        result[kind] = [
            (
                "".join(t.text or "" for t in node.iter(f"{{{W}}}{text_tag}")).replace("\u00ad", ""),
                node.get(f"{{{W}}}author"),
                node.get(f"{{{W}}}date"),
            )
            for node in document.iter(f"{{{W}}}{kind}")
        ]
    return result


def test_approve_records_snapshots_keyed_by_hash(approved):
    index = json.loads(approved.read("regulations/approved/approvals.json"))
    entries = index["documents"]
    assert len(entries) == 17
    entry = entries["polozhenie-1.1"][-1]
    snapshot = approved.path(f"regulations/approved/files/{entry['sha256']}.docx")
    assert snapshot.read_bytes() == approved.path("output/polozhenie-1.1.docx").read_bytes()
    assert entry["by"] == APPROVER and entry["file"] == "polozhenie-1.1.docx"
    again = approved.run("approve", "--by", APPROVER, "1.1")
    assert again.exit_code == 0
    assert "уже утверждён в этой редакции: polozhenie-1.1" in again.stdout
    assert len(json.loads(approved.read("regulations/approved/approvals.json"))["documents"]["polozhenie-1.1"]) == 1


def test_redline_holds_exactly_the_changed_indicator(approved):
    change_indicator(approved)
    result = approved.run("diff")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in approved.path("output/redlines").iterdir()) == ["changes.txt", "polozhenie-1.1.docx"]
    changes = tracked(approved.path("output/redlines/polozhenie-1.1.docx"))
    approved_at = json.loads(approved.read("regulations/approved/approvals.json"))["documents"]["polozhenie-1.1"][0][
        "at"
    ]
    # the name in table 1 and again in table 2 (the recommendations), the band in table 1
    assert changes["ins"] == [
        (" с первого раза", REVIEWER, approved_at),
        ("3", REVIEWER, approved_at),
        (" с первого раза", REVIEWER, approved_at),
    ]
    assert changes["del"] == [("2", REVIEWER, approved_at)]
    # Untouched text stays as it was, outside any revision mark.
    table = Docx(approved.path("output/redlines/polozhenie-1.1.docx")).tables()[0]
    assert [row[0] for row in table[1:5]] == ["Показатели процесса", "1.1.1", "Показатели результата", "1.1.2"]
    assert "95\u00a0% и более, но менее 98\u00a0%\u00a0— 1\u00a0балл;" in table[5][6]


def test_change_log_names_the_indicator_columns_and_documents(approved):
    change_indicator(approved)
    approved.run("diff")
    log = approved.read("output/redlines/changes.txt")
    where = "показатель 1.1.3 «Доля выпускников 9 классов, получивших аттестат об основном…»"
    assert f"  — {where}: polozhenie-1.1" in log
    assert f"  — {where}: графа «Показатель»: добавлено «с первого раза»" in log
    assert f"  — {where}: графа «Шкала оценивания»: «2» заменено на «3»" in log
    assert "Положение о мониторинге качества подготовки обучающихся (polozhenie-1.1):" in log
    assert "Без изменений: 16." in log
    assert "polozhenie-1.1: утверждена" in log and APPROVER in log


def test_change_log_cites_clause_numbers(approved):
    approved.replace(
        "regulations/mechanisms/1.1.yaml", "Мониторинг проводится ежегодно.", "Мониторинг проводится дважды в год."
    )
    assert approved.run("regen", "all").exit_code == 0
    result = approved.run("diff", "--format", "json")
    assert result.exit_code == 0, result.output
    [changed] = result.json()["changed"]
    assert changed["document"] == "polozhenie-1.1"
    assert {"where": "п. 6.1", "details": ["«ежегодно» заменено на «дважды в год»"]} in changed["changes"]


def test_diff_is_deterministic_and_incremental(approved):
    change_indicator(approved)
    approved.run("diff")
    redline = approved.path("output/redlines/polozhenie-1.1.docx")
    first, stamp = redline.read_bytes(), redline.stat().st_mtime_ns
    approved.run("diff")
    assert redline.stat().st_mtime_ns == stamp
    redline.unlink()
    approved.run("diff")
    assert redline.read_bytes() == first


def test_reverted_change_removes_the_redline(approved):
    change_indicator(approved)
    approved.run("diff")
    approved.replace("regulations/mechanisms/1.1.yaml", NEW_NAME, OLD_NAME)
    approved.replace("regulations/mechanisms/1.1.yaml", NEW_BAND, OLD_BAND)
    assert approved.run("regen", "all").exit_code == 0
    result = approved.run("diff")
    assert result.exit_code == 0
    assert sorted(p.name for p in approved.path("output/redlines").iterdir()) == ["changes.txt"]
    assert "Документы не изменились с момента утверждения." in result.stdout


def test_diff_without_approvals(example):
    example.run("regen", "all")
    result = example.run("diff")
    assert result.exit_code == 1
    assert (
        "regulations/approved:1:1: ошибка: нет утверждённых версий: сначала выполните «msoko approve»" in result.stderr
    )


def test_outdated_outputs_are_neither_approved_nor_compared(approved):
    approved.replace("regulations/mechanisms/1.1.yaml", OLD_NAME, NEW_NAME)
    for command in (("approve", "--by", APPROVER), ("diff",), ("pdf",), ("pack",)):
        result = approved.run(*command)
        assert result.exit_code == 1, command
        assert (
            "output/polozhenie-1.1.docx:1:1: ошибка: документ не соответствует источникам "
            "(изменились: regulations/mechanisms/1.1.yaml); запустите «msoko regen all»"
        ) in result.stderr
    assert "Traceback" not in result.output


def test_hand_edit_after_approval_is_detected_and_never_lost(approved):
    import docx

    path = approved.path("output/polozhenie-1.2.docx")
    document = docx.Document(path)
    document.paragraphs[12].add_run(" Правка юриста.")
    document.save(path)
    hand_edited = path.read_bytes()
    message = (
        "output/polozhenie-1.2.docx:1:1: ошибка: файл изменён вручную после последней генерации "
        "(утверждённая {day} версия сохранена); msoko не перезапишет его."
    )
    entry = json.loads(approved.read("regulations/approved/approvals.json"))["documents"]["polozhenie-1.2"][-1]
    day = f"{entry['at'][8:10]}.{entry['at'][5:7]}.{entry['at'][:4]}"
    for command in (("diff",), ("regen", "all")):
        result = approved.run(*command)
        assert result.exit_code == 1
        assert message.format(day=day) in result.stderr
        assert path.read_bytes() == hand_edited
    forced = approved.run("regen", "all", "--force")
    assert forced.exit_code == 0
    [backup] = approved.path("output/.msoko/backup").iterdir()
    assert backup.read_bytes() == hand_edited
    assert approved.path(f"regulations/approved/files/{entry['sha256']}.docx").is_file()
    assert approved.run("diff").exit_code == 0


def test_damaged_snapshot_is_reported(approved):
    change_indicator(approved)
    entry = json.loads(approved.read("regulations/approved/approvals.json"))["documents"]["polozhenie-1.1"][-1]
    approved.path(f"regulations/approved/files/{entry['sha256']}.docx").write_bytes(b"broken")
    result = approved.run("diff")
    assert result.exit_code == 1
    assert (
        f"regulations/approved/files/{entry['sha256']}.docx:1:1: ошибка: утверждённая версия документа "
        "polozhenie-1.1 от"
    ) in result.stderr


def test_redline_opens_in_libreoffice(approved, libreoffice, tmp_path):
    change_indicator(approved)
    approved.run("diff")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(approved.path("output/redlines/polozhenie-1.1.docx")),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "polozhenie-1.1.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    spaced = flat.replace("\u00a0", " ")
    assert "первого раза" in flat and " 32 балла;" in spaced, spaced


def test_pdf_converts_once_and_reuses(example, libreoffice):
    example.run("regen", "all")
    first = example.run("pdf")
    assert first.exit_code == 0, first.output
    assert "PDF: записано 17, без изменений 0." in first.stdout
    assert len(list(example.path("output/pdf").glob("*.pdf"))) == 17
    again = example.run("pdf")
    assert "PDF: записано 0, без изменений 17." in again.stdout
    one = example.run("regen", "1.1", "--pdf")
    assert one.exit_code == 0
    assert "PDF: записано 0, без изменений 1." in one.stdout
    example.replace("regulations/mechanisms/1.1.yaml", OLD_NAME, NEW_NAME)
    changed = example.run("regen", "1.1", "--pdf", "--format", "json")
    assert changed.exit_code == 0, changed.output
    assert changed.json()["pdf"] == ["output/pdf/polozhenie-1.1.pdf"]


def test_pdf_without_libreoffice_says_how_to_install(example, monkeypatch):
    example.run("regen", "all")
    monkeypatch.setenv("PATH", "/nonexistent")
    result = example.run("pdf")
    assert result.exit_code == 1
    assert (
        "<окружение>:1:1: ошибка: LibreOffice не найден: установите его командой «sudo apt-get install -y "
        "--no-install-recommends libreoffice-writer-nogui fonts-liberation2 python3-uno»"
    ) in result.stderr


def test_pack_gathers_everything_for_the_legal_department(approved, libreoffice):
    change_indicator(approved)
    result = approved.run("pack", "--date", "22.11.2026")
    assert result.exit_code == 0, result.output
    archive = approved.path("output/pack/msoko-2026-11-22.zip")
    with zipfile.ZipFile(archive) as pack:
        names = set(pack.namelist())
        assert {f"DOCX/{p.name}" for p in approved.path("output").glob("*.docx")} <= names
        assert {f"PDF/{p.stem}.pdf" for p in approved.path("output").glob("*.docx")} <= names
        assert {
            "Исправления/polozhenie-1.1.docx",
            "Перечень изменений.txt",
            "Проверка.txt",
            "Самооценка.txt",
            "Опись.txt",
        } <= names
        assert len(names) == 17 * 2 + 5
        assert "графа «Шкала оценивания»: «2» заменено на «3»" in pack.read("Перечень изменений.txt").decode()
        assert "Итого: 0 ошибок, 0 предупреждений." in pack.read("Проверка.txt").decode()
        assert pack.read("Самооценка.txt").decode().startswith("Самооценка 2022 года.")
        inventory = pack.read("Опись.txt").decode()
        assert "Комплект документов МСОКО на 22.11.2026" in inventory
        assert "DOCX/polozhenie-1.1.docx — Положение о мониторинге качества подготовки обучающихся" in inventory
        assert {info.date_time for info in pack.infolist()} == {(2026, 11, 22, 0, 0, 0)}
    first = archive.read_bytes()
    assert approved.run("pack", "--date", "2026-11-22").exit_code == 0
    assert archive.read_bytes() == first


def test_a_damaged_approvals_index_is_refused_and_left_as_it_is(approved):
    """Never approved over: the index is the lawyer's record, restored from version control."""
    index = approved.path("regulations/approved/approvals.json")
    damaged = index.read_bytes()[:-40]
    index.write_bytes(damaged)
    for command in (("approve", "--by", APPROVER), ("diff",)):
        result = approved.run(*command, "--format", "json")
        assert result.exit_code == 1, command
        [problem] = result.json()["diagnostics"]
        assert (problem["file"], problem["code"], problem["message"]) == (
            "regulations/approved/approvals.json",
            "approve",
            "журнал утверждений повреждён; восстановите его из системы контроля версий",
        )
    assert index.read_bytes() == damaged


def test_a_missing_snapshot_is_named_with_the_day_it_was_approved(approved):
    change_indicator(approved)
    entry = json.loads(approved.read("regulations/approved/approvals.json"))["documents"]["polozhenie-1.1"][-1]
    approved.path(f"regulations/approved/files/{entry['sha256']}.docx").unlink()
    result = approved.run("diff", "--format", "json")
    assert result.exit_code == 1
    [problem] = result.json()["diagnostics"]
    day = f"{entry['at'][8:10]}.{entry['at'][5:7]}.{entry['at'][:4]}"
    assert (problem["file"], problem["code"], problem["message"]) == (
        f"regulations/approved/files/{entry['sha256']}.docx",
        "approve",
        f"утверждённая версия документа polozhenie-1.1 от {day} отсутствует или повреждена; восстановите её из "
        "системы контроля версий",
    )


def test_the_newest_of_three_approvals_is_compared_and_the_index_reads_well_under_version_control(approved):
    """Approved, changed and approved, changed back and approved again: the document is compared with the third
    approval (the second differs, the first is no newest); the index stays a file a diff of a commit shows line by
    line, the names in Cyrillic as typed."""
    change_indicator(approved)
    assert approved.run("approve", "--by", APPROVER, "1.1").exit_code == 0
    approved.replace("regulations/mechanisms/1.1.yaml", NEW_NAME, OLD_NAME)
    approved.replace("regulations/mechanisms/1.1.yaml", NEW_BAND, OLD_BAND)
    assert approved.run("regen", "all").exit_code == 0
    assert approved.run("approve", "--by", REVIEWER, "1.1").exit_code == 0
    text = approved.read("regulations/approved/approvals.json")
    first, second, third = json.loads(text)["documents"]["polozhenie-1.1"]
    assert first["sha256"] == third["sha256"] != second["sha256"] and third["by"] == REVIEWER
    result = approved.run("diff")
    assert result.exit_code == 0, result.output
    assert "Документы не изменились с момента утверждения." in result.stdout
    entry = json.loads(text)["documents"]["dorozhnaya-karta"][0]
    assert text.startswith(
        '{\n  "version": 1,\n  "documents": {\n    "dorozhnaya-karta": [\n      {\n'
        f'        "file": "dorozhnaya-karta.docx",\n        "sha256": "{entry["sha256"]}",\n'
        f'        "by": "{APPROVER}",\n        "at": "{entry["at"]}"\n      }}\n    ],\n'
    )
    assert text.endswith('"\n      }\n    ]\n  }\n}\n')
