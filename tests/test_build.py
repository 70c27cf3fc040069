"""The build use case and the project lock (generator/build/)."""

from __future__ import annotations

import fcntl
import os

import pytest

from generator.build import build, project_lock
from generator.errors import MsokoError
from generator.project import ProjectLayout

BUSY = ("regulations:1:1: ошибка: проект занят другой командой msoko (она ещё выполняется); дождитесь её "
        "окончания и повторите")


@pytest.mark.parametrize("command", [("regen", "all"), ("new", "2.4"), ("approve", "--by", "Юрист"), ("schema",),
                                     ("diff",), ("pdf",), ("pack",), ("import", "x.docx")])
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
    first = build(layout, ["1.1", "msoko"], progress=lambda index, total, target: seen.append((index, total, target.id)))
    assert seen == [(1, 2, "polozhenie-1.1"), (2, 2, "polozhenie-msoko")]
    assert [t.id for t in first.written] == ["polozhenie-1.1", "polozhenie-msoko"]
    assert [d.reason for d in first.decisions] == ["новый документ", "новый документ"]
    again = build(layout, ["1.1"])
    assert again.written == [] and [t.id for t in again.unchanged] == ["polozhenie-1.1"]
    assert again.decisions[0].reason == "входные данные не менялись"


def test_the_lock_is_reentrant_in_one_thread_and_released_after(example):
    layout = ProjectLayout(example.root)
    with project_lock(layout):
        with project_lock(layout):
            build(layout, ["1.1"])
    held = os.open(example.path("regulations"), os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free again: would raise BlockingIOError
    finally:
        os.close(held)


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
