"""What a build leaves in output/ and says about it: backups by name, retired outputs, the no-change
shortcut, a damaged manifest, a busy project (the survivors of mutation testing over generator/build/)."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from generator.build import usecase
from generator.errors import MsokoError
from generator.project import ProjectLayout
from tests.conftest import REPO
from tests.docx_reader import Docx

KEPT = "сохранена копия изменённого вручную файла: output/.msoko/backup/"
REFUSED = (
    "msoko не перезапишет его. Перенесите правки в источники или запустите «msoko regen --force» (будет сохранена "
    "копия)"
)


def _sha12(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def _remove_the_self_assessment(example) -> None:
    """Its source and the act approving it: two documents the sources no longer describe."""
    example.path("regulations/evaluation.yaml").unlink()
    example.path("regulations/acts/prikaz-2023-95.yaml").unlink()


def test_a_forced_rebuild_keeps_the_hand_edit_under_its_own_name_and_hash(example):
    assert example.run("regen", "all").exit_code == 0
    edited = example.path("output/polozhenie-1.3.docx")
    hand = edited.read_bytes() + b"hand edit"
    edited.write_bytes(hand)
    forced = example.run("regen", "1.3", "--force")
    assert forced.exit_code == 0, forced.output
    name = f"polozhenie-1.3.{_sha12(hand)}.docx"  # the last dot splits the name, not the first
    assert f"{KEPT}{name}\n" in forced.stdout
    assert [p.name for p in example.path("output/.msoko/backup").iterdir()] == [name]
    assert example.path(f"output/.msoko/backup/{name}").read_bytes() == hand


def test_prune_keeps_a_copy_of_a_retired_output_edited_by_hand_and_of_no_other(example):
    assert example.run("regen", "all").exit_code == 0
    _remove_the_self_assessment(example)
    edited = example.path("output/samoocenka.docx")
    hand = edited.read_bytes() + b"hand edit"
    edited.write_bytes(hand)
    pruned = example.run("regen", "all", "--prune")
    assert pruned.exit_code == 0, pruned.output
    assert "удалён: output/samoocenka.docx — источник удалён" in pruned.stdout
    assert "удалён: output/prikaz-2023-95.docx — источник удалён" in pruned.stdout
    assert [line for line in pruned.stdout.splitlines() if line.startswith("сохранена копия")] == [
        f"{KEPT}samoocenka.{_sha12(hand)}.docx"
    ]
    assert [p.read_bytes() for p in example.path("output/.msoko/backup").iterdir()] == [hand]
    assert not example.path("output/samoocenka.docx").exists()
    assert not example.path("output/prikaz-2023-95.docx").exists()
    assert pruned.stdout.rstrip().endswith("Итого: записано 0, без изменений 15.")


def test_prune_of_an_output_already_deleted_forgets_it(example):
    assert example.run("regen", "all").exit_code == 0
    _remove_the_self_assessment(example)
    example.path("output/samoocenka.docx").unlink()
    pruned = example.run("regen", "all", "--prune")
    assert pruned.exit_code == 0, pruned.output
    assert "сохранена копия" not in pruned.stdout
    documents = json.loads(example.read("output/.msoko/manifest.json"))["documents"]
    assert "samoocenka" not in documents and "prikaz-2023-95" not in documents and len(documents) == 15
    assert "источник удалён" not in example.run("regen", "all").output


def test_a_manifest_without_its_fields_is_named_so(example):
    assert example.run("regen", "all").exit_code == 0
    example.write("output/.msoko/manifest.json", '{"version": 1}\n')
    rebuilt = example.run("regen", "all")
    assert rebuilt.exit_code == 0, rebuilt.output
    assert (
        "output/.msoko/manifest.json:1:1: предупреждение: журнал сборки повреждён (нет нужных полей): msoko "
        "сверил файлы в output/ с результатом сборки и записал журнал заново"
    ) in rebuilt.stderr


@pytest.mark.parametrize("file", ["", ".", "..", "../kept.docx", "sub/kept.docx"])
def test_a_manifest_entry_naming_no_file_of_output_is_damage_and_nothing_outside_is_touched(example, file):
    """An entry's file must be a name in output/ itself: one leading out of it (or nowhere) is never retired."""
    assert example.run("regen", "all").exit_code == 0
    outside = example.path("kept.docx")
    outside.write_bytes(b"not msoko's")
    manifest = json.loads(example.read("output/.msoko/manifest.json"))
    manifest["documents"]["gone"] = {"file": file, "sha256": "0" * 64, "inputs": {}}
    example.write("output/.msoko/manifest.json", json.dumps(manifest))
    pruned = example.run("regen", "all", "--prune")
    assert pruned.exit_code == 0, pruned.output
    assert "журнал сборки повреждён (нет нужных полей)" in pruned.stderr
    assert "удалён" not in pruned.stdout and "сохранена копия" not in pruned.stdout
    assert outside.read_bytes() == b"not msoko's"
    assert "gone" not in json.loads(example.read("output/.msoko/manifest.json"))["documents"]


def test_a_busy_project_is_reported_to_machines_with_its_code(example):
    held = os.open(example.path("regulations"), os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = example.run("regen", "all", "--format", "json")
    finally:
        os.close(held)
    assert result.exit_code == 1
    [problem] = result.json()["diagnostics"]
    assert (problem["file"], problem["code"]) == ("regulations", "lock")
    assert problem["message"].startswith("проект занят другой командой msoko")


@pytest.fixture
def builds(monkeypatch) -> list[tuple]:
    """Every call of the build use case by the CLI (which answers a no-change ``regen`` without it)."""
    calls: list[tuple] = []
    real = usecase.build

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(usecase, "build", counted)
    return calls


def test_a_no_change_regen_does_not_build_and_a_missing_output_does(example, builds):
    assert example.run("regen", "all").exit_code == 0
    assert len(builds) == 1
    again = example.run("regen", "all")
    assert again.exit_code == 0 and len(builds) == 1, "nothing changed: answered from output/.msoko/fresh.json"
    assert again.stdout.rstrip().endswith("Итого: записано 0, без изменений 17.")
    assert example.run("approve", "--by", "Юрист").exit_code == 0
    assert example.run("regen", "all").exit_code == 0 and len(builds) == 1, "approved copies are not a build's input"
    example.path("output/koncepciya.docx").unlink()
    rebuilt = example.run("regen", "all")
    assert len(builds) == 2
    assert "записан: output/koncepciya.docx" in rebuilt.stdout and example.path("output/koncepciya.docx").is_file()


def test_status_answers_for_a_project_missing_a_regulation_but_not_for_an_unknown_catalog(example):
    """The dashboard asks for the state of the documents while the sources still have errors; only without the
    profile or the catalog is there no plan, and then the errors are said, not a crash."""
    from generator.build.status import status
    from generator.sources.checked import check_project

    layout = ProjectLayout(example.root)
    example.path("regulations/mechanisms/2.4.yaml").unlink()
    project, _ = check_project(layout)
    assert any(d.is_error for d in project.diagnostics)
    now = status(project)
    assert [d.target.id for d in now.stale][:2] == ["polozhenie-1.1", "polozhenie-1.2"]
    assert "polozhenie-2.4" not in {d.target.id for d in now.decisions} and now.current == []
    example.replace("regulations/project.yaml", "catalog: federal-2021", "catalog: federal-2099")
    with pytest.raises(MsokoError) as refused:
        status(check_project(layout)[0])
    assert refused.value.diagnostics[0].message == (
        "неизвестная редакция каталога «federal-2099»; доступны: federal-2021, kopeysk-2020"
    )


def test_an_edited_user_template_is_seen_after_a_no_change_proof(example):
    """The project's templates/document.docx and msoko's own of the same name are two inputs, not one."""
    from tests.test_regen import _user_template

    _user_template(example, (b"{{ stamp.word }}", "{{ stamp.word }} (проект)".encode()))
    assert example.run("regen", "all").exit_code == 0
    assert example.path("output/.msoko/fresh.json").is_file()
    _user_template(example, (b"{{ stamp.word }}", "{{ stamp.word }} (черновик)".encode()))
    again = example.run("regen", "all", "-v")
    assert "записан: output/polozhenie-1.1.docx — изменились: templates/document.docx" in again.stdout
    assert "УТВЕРЖДЕНО (черновик)" in Docx(example.path("output/polozhenie-1.1.docx")).texts("Stamp")


def test_a_user_template_added_after_a_build_and_removed_again_rebuilds_what_it_styles(example):
    """Its name is an input the last build did not have (and then one it had): a change of the inputs' names is a
    change, as is one of their digests."""
    from tests.test_regen import _user_template

    assert example.run("regen", "all").exit_code == 0
    _user_template(example, (b"{{ stamp.word }}", "{{ stamp.word }} (проект)".encode()))
    added = example.run("regen", "all", "-v")
    assert added.exit_code == 0, added.output
    reason = "изменились: msoko/templates/document.docx, templates/document.docx"
    assert f"записан: output/polozhenie-1.1.docx — {reason}\n" in added.stdout
    assert added.stdout.rstrip().endswith(
        "Итого: записано 12, без изменений 5."
    )  # the acts have templates of their own
    assert "УТВЕРЖДЕНО (проект)" in Docx(example.path("output/polozhenie-1.1.docx")).texts("Stamp")
    example.path("templates/document.docx").unlink()
    removed = example.run("regen", "all", "-v")
    assert removed.exit_code == 0, removed.output
    assert f"записан: output/polozhenie-1.1.docx — {reason}\n" in removed.stdout
    assert removed.stdout.rstrip().endswith("Итого: записано 12, без изменений 5.")
    assert "УТВЕРЖДЕНО (проект)" not in Docx(example.path("output/polozhenie-1.1.docx")).texts("Stamp")


def test_a_file_msoko_did_not_write_and_one_edited_by_hand_are_told_apart_refused_and_forced(example):
    """With a sound manifest: a file it has no entry for is not msoko's, one whose bytes changed is edited."""
    assert example.run("regen", "1.1").exit_code == 0
    edited = example.path("output/polozhenie-1.1.docx")
    edited.write_bytes(edited.read_bytes() + b"hand edit")
    example.path("output/polozhenie-1.2.docx").write_bytes(b"made in Word")
    refused = example.run("regen", "1.1", "1.2")
    assert refused.exit_code == 1
    assert refused.stderr.splitlines() == [
        f"output/polozhenie-1.1.docx:1:1: ошибка: файл изменён вручную после последней генерации; {REFUSED}",
        f"output/polozhenie-1.2.docx:1:1: ошибка: файл не создан msoko; {REFUSED}",
        "Итого: 2 ошибки, 0 предупреждений.",
    ]
    as_json = example.run("regen", "1.1", "--format", "json")
    assert as_json.exit_code == 1
    assert [(d["file"], d["code"]) for d in as_json.json()["diagnostics"]] == [("output/polozhenie-1.1.docx", "plan")]
    forced = example.run("regen", "1.1", "1.2", "--force", "-v")
    assert forced.exit_code == 0, forced.output
    forced_reasons = [line for line in forced.stdout.splitlines() if line.startswith("записан: ")]
    assert forced_reasons == [
        "записан: output/polozhenie-1.1.docx — файл изменён вручную; перезапись по --force (копия сохранена)",
        "записан: output/polozhenie-1.2.docx — файл не создан msoko; перезапись по --force (копия сохранена)",
    ]
    backups = sorted(p.read_bytes() for p in example.path("output/.msoko/backup").iterdir())
    assert backups[1] == b"made in Word" and backups[0].endswith(b"hand edit")  # b"PK…" sorts first


def test_a_source_changed_without_changing_its_document_is_recorded_in_the_manifest(example):
    """The document's bytes stay, its inputs' digests move on: the next build of it has nothing to do."""
    assert example.run("regen", "all").exit_code == 0
    source = example.path("regulations/mechanisms/1.1.yaml")
    source.write_bytes(source.read_bytes() + "# примечание составителя\n".encode())
    changed = example.run("regen", "all", "-v")
    assert changed.exit_code == 0, changed.output
    assert changed.stdout.rstrip().endswith("Итого: записано 0, без изменений 17.")
    entry = json.loads(example.read("output/.msoko/manifest.json"))["documents"]["polozhenie-1.1"]
    assert entry["inputs"]["regulations/mechanisms/1.1.yaml"] == hashlib.sha256(source.read_bytes()).hexdigest()
    again = example.run("regen", "1.1", "-v")
    assert again.stdout.splitlines()[0] == "без изменений: output/polozhenie-1.1.docx — входные данные не менялись"


def test_a_journal_left_by_a_killed_build_is_removed_by_the_next_one(example):
    """Its outputs already hold what it announced: they are adopted, and the journal goes."""
    assert example.run("regen", "all").exit_code == 0
    manifest = example.read("output/.msoko/manifest.json")
    example.write("output/.msoko/journal.json", manifest)
    again = example.run("regen", "all")
    assert again.exit_code == 0, again.output
    assert again.stdout.rstrip().endswith("Итого: записано 0, без изменений 17.")
    assert not example.path("output/.msoko/journal.json").exists()
    assert example.read("output/.msoko/manifest.json") == manifest


def test_a_killed_build_s_outputs_are_adopted_past_one_it_had_not_yet_put_in_place(example):
    """The journal (names sorted) announces koncepciya, new and not yet in place when the build was killed, and
    polozhenie-1.1, already replaced: the manifest still has 1.1's old bytes. 1.1 is msoko's, not a hand edit."""
    assert example.run("regen", "all").exit_code == 0
    manifest = json.loads(example.read("output/.msoko/manifest.json"))
    announced = {name: manifest["documents"][name] for name in ("koncepciya", "polozhenie-1.1")}
    example.write("output/.msoko/journal.json", json.dumps({"version": 1, "documents": announced}))
    manifest["documents"]["polozhenie-1.1"]["sha256"] = "0" * 64  # what 1.1 held before the killed build
    del manifest["documents"]["koncepciya"]
    example.write("output/.msoko/manifest.json", json.dumps(manifest))
    example.path("output/koncepciya.docx").unlink()
    again = example.run("regen", "all", "-v")
    assert again.exit_code == 0, again.output
    assert "без изменений: output/polozhenie-1.1.docx — входные данные не менялись" in again.stdout
    assert "записан: output/koncepciya.docx — новый документ" in again.stdout
    assert not example.path("output/.msoko/journal.json").exists()


def test_an_unknown_document_is_answered_with_every_id_and_its_code(example):
    result = example.run("regen", "1.1", "polozhenie-9.9", "--format", "json")
    assert result.exit_code == 1
    [problem] = result.json()["diagnostics"]
    assert (problem["file"], problem["code"]) == ("<командная строка>", "plan")
    assert problem["message"] == (
        "неизвестный документ «polozhenie-9.9»; доступны: all, polozhenie-1.1, polozhenie-1.2, polozhenie-1.3, "
        "polozhenie-1.4, polozhenie-1.5, polozhenie-2.1, polozhenie-2.2, polozhenie-2.3, polozhenie-2.4, "
        "polozhenie-msoko, koncepciya, dorozhnaya-karta, samoocenka, postanovlenie-2021-615, prikaz-2021-112, "
        "prikaz-2021-140, prikaz-2023-95"
    )
    assert not example.path("output/polozhenie-1.1.docx").exists()  # nothing is built when a name is wrong


def test_a_build_s_warnings_reach_machines_with_their_files_and_codes(example):
    assert example.run("regen", "all").exit_code == 0
    _remove_the_self_assessment(example)
    removed = example.run("regen", "all", "--format", "json")
    assert removed.exit_code == 0, removed.output
    gone = "источник удалён: документ «{}» больше не описан в regulations/"
    assert [
        (d["file"], d["code"], d["message"].startswith(gone.format(d["file"][7:-5])))
        for d in removed.json()["diagnostics"]
    ] == [
        ("output/prikaz-2023-95.docx", "plan", True),
        ("output/samoocenka.docx", "plan", True),
    ]
    example.write("output/.msoko/manifest.json", "{")
    damaged = example.run("regen", "all", "--format", "json")
    assert damaged.exit_code == 0, damaged.output
    assert [(d["file"], d["code"], d["message"]) for d in damaged.json()["diagnostics"]] == [
        (
            "output/.msoko/manifest.json",
            "plan",
            "журнал сборки повреждён (не JSON): msoko сверил файлы в output/ с результатом сборки и записал журнал "
            "заново",
        )
    ]


DEAD = 2**31 - 1
"""A process id above any kernel's ``pid_max``: a writer long gone."""
STAGED_IN = [
    "output",
    "output/.msoko",
    "output/.msoko/backup",
    "output/.msoko/pages",
    "output/redlines",
    "output/pdf",
    "output/pack",
    "output/collection/2024",
    "regulations",
    "regulations/mechanisms",
    "regulations/acts",
    "regulations/.schema",
    "regulations/approved",
    "regulations/approved/files",
    "data/2024",
]


def test_a_command_removes_what_dead_writers_left_and_keeps_what_live_ones_are_writing(example, tmp_path, monkeypatch):
    """What ``kill -9`` leaves (tests/test_kill_writers.py kills real writers, at random instants): each folder a
    writer stages in, and the temp folder, holds a dead writer's file and scratch folder, this process's and a
    running one's; a command taking the lock removes the dead ones' only and signals no one."""
    assert example.run("regen", "all").exit_code == 0
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    target = example.path("output/polozhenie-1.1.docx")
    code = "import sys, pathlib, generator.build.scratch as s; print(s.temp_file(pathlib.Path(sys.argv[1]))[1])"
    ended = subprocess.run([sys.executable, "-c", code, str(target)], cwd=REPO, capture_output=True, text=True)
    staged = Path(ended.stdout.strip())  # a writer that ended before its os.replace
    assert staged.parent == target.parent and staged.is_file(), ended.stderr
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        dead, kept = [], []
        for folder in [*(example.path(f) for f in STAGED_IN), temp]:
            folder.mkdir(parents=True, exist_ok=True)
            for pid, into in ((DEAD, dead), (os.getpid(), kept), (live.pid, kept)):
                into += [folder / f".a.docx.msoko-{pid}-k2x9.tmp", folder / f"msoko-pdf-{pid}-k2x9"]
                into[-2].write_bytes(b"")
                into[-1].mkdir()
                (into[-1] / "page-1.png").write_bytes(b"")
        result = example.run("regen", "1.1")
        assert result.exit_code == 0, result.output
        assert live.poll() is None
    finally:
        live.kill()
        live.wait()
    assert [str(p) for p in [staged, *dead] if p.exists()] == []
    assert [str(p) for p in kept if not p.exists()] == []
    shutil.rmtree(example.path("output/pack"))  # a folder not made yet: those after it are searched all the same
    dead[-2].write_bytes(b"")  # the temp folder's, searched last
    assert example.run("regen", "1.1").exit_code == 0
    assert not dead[-2].exists()
