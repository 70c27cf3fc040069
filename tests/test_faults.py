"""Every user fault is a located Russian error with exit 1 (never «внутренняя ошибка»), and nothing is written."""

from __future__ import annotations

import errno
import os
import subprocess

import pytest

from tests.docx_reader import Docx


def test_an_impossible_date_is_a_schema_error(example):
    example.replace("regulations/acts/prikaz-2021-112.yaml", "date: 2021-03-15", "date: 2021-02-30")
    line = example.line_of("regulations/acts/prikaz-2021-112.yaml", "date: 2021-02-30")
    expected = (
        f"regulations/acts/prikaz-2021-112.yaml:{line}:7: ошибка: поле «date» (дата): ожидается дата в "
        "формате ГГГГ-ММ-ДД, указано «2021-02-30»"
    )
    for command in (("check",), ("regen", "all")):
        result = example.run(*command)
        assert result.exit_code == 1, result.output
        assert expected in result.output
    assert not example.path("output").exists()


def test_output_that_is_a_file(example):
    example.path("output").write_text("not a folder")
    result = example.run("regen", "all")
    assert result.exit_code == 1
    assert (
        "output:1:1: ошибка: «output» — файл, а не папка: msoko пишет документы в папку output/; переименуйте "
        "или удалите файл"
    ) in result.output
    for command in (("pdf",), ("approve", "--by", "Юрист")):
        refused = example.run(*command)
        assert refused.exit_code == 1
        assert (
            "output/.msoko/manifest.json:1:1: ошибка: не удаётся обратиться к файлу в папке «output/.msoko»: на "
            "пути файл, а не папка"
        ) in refused.output


@pytest.fixture
def frozen_output(example):
    """output/ that even root cannot write into (an immutable folder)."""
    assert example.run("regen", "1.1").exit_code == 0
    folder = example.path("output")
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available on this file system")
    yield folder
    subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_unwritable_output(example, frozen_output):
    before = example.path("output/polozhenie-1.1.docx").read_bytes()
    example.replace("regulations/mechanisms/1.1.yaml", "не менее 90 %", "не менее 91 %")
    result = example.run("regen", "1.1")
    assert result.exit_code == 1
    assert (
        "output/polozhenie-1.1.docx:1:1: ошибка: не удаётся обратиться к файлу в папке «output»: нет прав доступа"
    ) in result.output
    assert "внутренняя ошибка" not in result.output
    assert example.path("output/polozhenie-1.1.docx").read_bytes() == before


class FailingStream:
    """What ``os.fdopen`` gives on a full disk or a read-only file system: a stream whose write fails."""

    def __init__(self, code: int) -> None:
        self.code = code

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def write(self, data: bytes) -> int:
        raise OSError(self.code, os.strerror(self.code))  # write(2) names no file


def fail_writes(monkeypatch, code: int) -> None:
    from generator.build import write

    def failing(handle: int, mode: str = "r", *args, **kwargs):
        os.close(handle)
        return FailingStream(code)

    monkeypatch.setattr(write.os, "fdopen", failing)


@pytest.mark.parametrize(
    "code, reason",
    [
        (errno.ENOSPC, "на диске нет места"),
        (errno.EACCES, "нет прав доступа"),
        (errno.EROFS, "файловая система доступна только для чтения"),
        (errno.EIO, "ошибка ввода-вывода (диск или сетевая папка недоступны)"),
        (errno.ENXIO, f"система отказала в доступе (код ошибки {errno.ENXIO})"),
    ],
)
def test_a_full_disk_or_a_refused_write_names_the_folder(example, monkeypatch, code, reason):
    fail_writes(monkeypatch, code)
    result = example.run("regen", "1.1")
    assert result.exit_code == 1
    assert (
        f"output/polozhenie-1.1.docx:1:1: ошибка: не удаётся обратиться к файлу в папке «output»: {reason}"
        in result.output
    )
    assert "<файловая система>" not in result.output and "внутренняя ошибка" not in result.output
    assert not list(example.path("output").glob(".*.tmp"))


def test_a_libreoffice_timeout(example, libreoffice, monkeypatch):
    from generator.review import pdf

    assert example.run("regen", "1.1").exit_code == 0
    monkeypatch.setattr(pdf, "TIMEOUT_SECONDS", 0.05)  # LibreOffice started for the command
    monkeypatch.setattr(pdf, "DOCUMENT_TIMEOUT_SECONDS", 0.05)  # a kept one, tried twice
    result = example.run("pdf", "1.1")
    assert result.exit_code == 1
    assert (
        "<LibreOffice>:1:1: ошибка: LibreOffice не ответил за 0.05 с и остановлен; повторите позже или "
        "преобразуйте меньше документов"
    ) in result.output
    assert not list(example.path("output/pdf").glob("*.pdf"))


def test_a_vertical_tab_in_a_title_is_dropped_by_check_and_regen_succeeds(example):
    example.replace(
        "regulations/mechanisms/1.1.yaml", "title: Положение о мониторинге", 'title: "Положение\\vо мониторинге'
    )
    example.replace("regulations/mechanisms/1.1.yaml", "подготовки обучающихся\n", 'подготовки обучающихся"\n')
    warning = (
        "regulations/mechanisms/1.1.yaml:3:8: предупреждение: символ U+000B недопустим в документе Word и будет удалён"
    )
    checked = example.run("check")
    assert checked.exit_code == 0 and warning in checked.output
    result = example.run("regen", "1.1")
    assert result.exit_code == 0, result.output
    texts = [p.text.replace("\u00a0", " ") for p in Docx(example.path("output/polozhenie-1.1.docx")).paragraphs()]
    assert any("о мониторинге качества подготовки обучающихся" in text for text in texts)


def _nested(levels: int) -> str:
    return "".join("  " * (1 + level) + f"- уровень {level + 1}\n" for level in range(levels))


def test_a_list_nested_twelve_deep_is_rendered_whole(example):
    example.replace("regulations/mechanisms/1.1.yaml", "goal: |\n", "goal: |\n" + _nested(12) + "\n", 1)
    assert example.run("regen", "1.1").exit_code == 0
    text = "\n".join(p.text for p in Docx(example.path("output/polozhenie-1.1.docx")).paragraphs())
    for level in range(1, 13):
        assert f"уровень {level}" in text


def test_a_list_nested_too_deep_is_refused_by_check(example):
    example.replace("regulations/mechanisms/1.1.yaml", "goal: |\n", "goal: |\n" + _nested(60) + "\n", 1)
    line = example.line_of("regulations/mechanisms/1.1.yaml", "goal: |")
    result = example.run("check")
    assert result.exit_code == 1
    assert (
        f"regulations/mechanisms/1.1.yaml:{line}:7: ошибка: список вложен слишком глубоко (допустимо не более 48 "
        "уровней): уменьшите вложенность"
    ) in result.output
