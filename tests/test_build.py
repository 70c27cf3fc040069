"""The build use case and the project lock (generator/build/)."""

from __future__ import annotations

import fcntl
import json
import os

import pytest

from generator.build import build, project_lock
from generator.errors import MsokoError
from generator.project import ProjectLayout
from tests.conftest import REPO

BUSY = (
    "regulations:1:1: ошибка: проект занят другой командой msoko (она ещё выполняется); дождитесь её "
    "окончания и повторите"
)


@pytest.mark.parametrize(
    "command",
    [
        ("regen", "all"),
        ("new", "2.4"),
        ("approve", "--by", "Юрист"),
        ("schema",),
        ("diff",),
        ("pdf",),
        ("pack",),
        ("import", "x.docx"),
    ],
)
def test_a_second_writer_is_refused_while_another_holds_the_project(example, command):
    held = os.open(example.path("regulations"), os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = example.run(*command)
    finally:
        os.close(held)
    assert result.exit_code == 1, result.output
    assert BUSY in result.output
    assert not example.path("output").exists()


def test_build_returns_what_it_did_and_why(example):
    layout = ProjectLayout(example.root)
    seen: list[tuple[int, int, str]] = []
    first = build(
        layout, ["1.1", "msoko"], progress=lambda index, total, target: seen.append((index, total, target.id))
    )
    assert seen == [(1, 2, "polozhenie-1.1"), (2, 2, "polozhenie-msoko")]
    assert [t.id for t in first.written] == ["polozhenie-1.1", "polozhenie-msoko"]
    assert [d.reason for d in first.decisions] == ["новый документ", "новый документ"]
    again = build(layout, ["1.1"])
    assert again.written == [] and [t.id for t in again.unchanged] == ["polozhenie-1.1"]
    assert again.decisions[0].reason == "входные данные не менялись"


def _locked_by_someone(example) -> bool:
    """Whether another holder of ``regulations/`` would be refused (flock: per open file, so this process too)."""
    other = os.open(example.path("regulations"), os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(other)
    return False


def test_the_lock_is_reentrant_in_one_thread_and_released_after(example):
    layout = ProjectLayout(example.root)
    assert not _locked_by_someone(example)
    with project_lock(layout):
        assert _locked_by_someone(example)
        with project_lock(layout):
            assert _locked_by_someone(example)
            build(layout, ["1.1"])
        assert _locked_by_someone(example)  # the inner exit leaves the outer holder's lock in place
    assert not _locked_by_someone(example)


def test_another_thread_is_refused(example):
    import threading

    layout = ProjectLayout(example.root)
    errors: list[str] = []

    def other() -> None:
        try:
            with project_lock(layout):
                pass
        except MsokoError as error:
            errors.append(error.diagnostics[0].message)

    with project_lock(layout):
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
    assert errors and errors[0].startswith("проект занят другой командой msoko")


def test_a_deleted_source_is_reported_and_retired_on_request(example):
    assert example.run("regen", "all").exit_code == 0
    example.path("regulations/evaluation.yaml").unlink()
    example.path("regulations/acts/prikaz-2023-95.yaml").unlink()
    reported = example.run("regen", "all")
    assert reported.exit_code == 0, reported.output
    assert (
        "output/samoocenka.docx:1:1: предупреждение: источник удалён: документ «samoocenka» больше не описан в "
        "regulations/; файл и его запись в журнале сборки оставлены — удалите их командой «msoko regen --prune»"
    ) in reported.stderr
    assert example.path("output/samoocenka.docx").exists()
    pruned = example.run("regen", "all", "--prune")
    assert "удалён: output/samoocenka.docx — источник удалён" in pruned.stdout
    assert "удалён: output/prikaz-2023-95.docx — источник удалён" in pruned.stdout
    assert not example.path("output/samoocenka.docx").exists()
    assert "samoocenka" not in example.read("output/.msoko/manifest.json")
    assert "источник удалён" not in example.run("regen", "all").output


@pytest.mark.parametrize("damage, problem", [("delete", "отсутствует"), ("garbage", "повреждён (не JSON)")])
def test_a_lost_manifest_is_named_and_rebuilt_from_the_files(example, damage, problem):
    assert example.run("regen", "all").exit_code == 0
    manifest = example.path("output/.msoko/manifest.json")
    manifest.unlink() if damage == "delete" else manifest.write_text("{не json")
    edited = example.path("output/polozhenie-1.2.docx")
    edited.write_bytes(edited.read_bytes() + b"hand edit")
    refused = example.run("regen", "all")
    assert refused.exit_code == 1
    assert (
        f"output/polozhenie-1.2.docx:1:1: ошибка: файл не создан msoko или изменён вручную (журнал сборки "
        f"output/.msoko/manifest.json {problem}, а содержимое файла отличается от результата сборки)"
    ) in refused.output
    assert "polozhenie-1.1" not in refused.stderr  # msoko's own files are recognised by their bytes
    edited.write_bytes(edited.read_bytes()[: -len(b"hand edit")])
    rebuilt = example.run("regen", "all")
    assert rebuilt.exit_code == 0, rebuilt.output
    assert (
        f"output/.msoko/manifest.json:1:1: предупреждение: журнал сборки {problem}: msoko сверил файлы в "
        "output/ с результатом сборки и записал журнал заново"
    ) in rebuilt.stderr
    assert rebuilt.stdout.rstrip().endswith("Итого: записано 0, без изменений 17.")
    assert "журнал сборки" not in example.run("regen", "all").output


def test_the_manifest_holds_project_relative_names_only(example):
    assert example.run("regen", "all").exit_code == 0
    text = example.read("output/.msoko/manifest.json")
    assert str(REPO) not in text and str(example.root) not in text and '"/' not in text
    documents = json.loads(text)["documents"]
    assert len(documents) == 17
    for name, entry in documents.items():
        assert entry["file"] == f"{name}.docx"
        assert "regulations/project.yaml" in entry["inputs"] and len(entry["inputs"]) >= 4, (name, entry["inputs"])
        assert all(key.startswith(("regulations/", "msoko/", "каталог ", "программа ")) for key in entry["inputs"])


def test_status_tells_current_stale_and_edited_by_hand(example):
    from generator.build.status import status
    from generator.sources.checked import valid_project

    assert example.run("regen", "all").exit_code == 0
    example.path("output/polozhenie-1.2.docx").write_bytes(b"edited by hand")
    example.replace("regulations/mechanisms/1.1.yaml", "goal: |\n", "goal: |\n  Уточнённая цель.\n")
    now = status(valid_project(ProjectLayout(example.root)))
    assert [d.target.id for d in now.edited] == ["polozhenie-1.2"]
    assert {d.target.id for d in now.stale} == {
        "polozhenie-1.1",
        "polozhenie-msoko",
        "koncepciya",
        "samoocenka",
        "prikaz-2021-112",
    }
    assert len(now.current) == 17 - 6 and "polozhenie-2.1" in {t.id for t in now.current}
    asked = status(valid_project(ProjectLayout(example.root)), ("1.1", "нет-такого"))
    assert [d.target.id for d in asked.decisions] == ["polozhenie-1.1"]
    assert asked.problems()[0].message.startswith("неизвестный документ «нет-такого»")
    with pytest.raises(MsokoError) as refused:
        asked.require_current()
    assert len(refused.value.diagnostics) == 2
