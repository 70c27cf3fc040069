"""Bounded inputs: alias bombs, oversized sources, zip bombs and runaway templates are refused with a
located Russian error, exit 1, quickly, in little memory, and nothing is written."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import REPO, ExampleProject
from tests.test_regen import _user_template

BILLION_LAUGHS = "".join(
    f"{name}: &{name} [{', '.join([repr('lol') if name == 'a' else '*' + chr(ord(name) - 1)] * 9)}]\n"
    for name in "abcdefghi"
)

MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(done.returncode, round(usage.ru_utime + usage.ru_stime, 2), usage.ru_maxrss // 1024, sep="\\t")
print(done.stdout + done.stderr)
"""


def _measured(project: ExampleProject, *args: str) -> tuple[int, float, int, str]:
    """Exit code, processor seconds, peak megabytes and output of a real ``msoko`` process.

    Processor time, not wall time: this machine is shared, and the bound is on the work msoko does."""
    command = [sys.executable, "-c", MEASURE, sys.executable, "-m", "generator", "--project", str(project.root), *args]
    head, _, output = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True).stdout.partition(
        "\n"
    )
    code, seconds, megabytes = head.split("\t")
    return int(code), float(seconds), int(megabytes), output


@pytest.mark.parametrize("command", ["check", "regen"])
def test_a_yaml_alias_bomb_is_refused_quickly(example, command):
    example.write("regulations/roadmap.yaml", BILLION_LAUGHS)
    code, seconds, megabytes, output = _measured(example, command, *(["all"] if command == "regen" else []))
    assert code == 1, output
    assert (
        "regulations/roadmap.yaml:1:15: ошибка: ссылки YAML (*якорь) разворачивают этот узел слишком много раз "
        "(более 10000 лишних значений, «миллиард смешков»); уберите ссылки и запишите значения явно"
    ) in output
    assert seconds < 2 and megabytes < 600, (seconds, megabytes)
    assert not example.path("output").exists()


def test_aliases_in_moderation_still_work(example):
    """The administration's letterhead written as a reference to the authority's: a few values expanded."""
    from generator.sources.load import read_source

    example.replace(
        "regulations/project.yaml", "  letterhead:\n    - РОССИЙСКАЯ", "  letterhead: &letterhead\n    - РОССИЙСКАЯ"
    )
    example.cut("regulations/project.yaml", "  letterhead:\n    - РОССИЙСКАЯ", "  head:\n    position: Глава")
    example.replace(
        "regulations/project.yaml",
        "  full_name: Администрация Копейского городского округа\n",
        "  full_name: Администрация Копейского городского округа\n  letterhead: *letterhead\n",
    )
    source, problems = read_source(example.path("regulations/project.yaml"), "regulations/project.yaml")
    assert problems == [] and source is not None
    assert source.data["administration"]["letterhead"] == source.data["authority"]["letterhead"]
    assert len(source.data["administration"]["letterhead"]) == 4
    result = example.run("check")
    assert result.exit_code == 0, result.output


def test_the_expansion_allowed_is_beyond_what_a_large_file_holds(tmp_path):
    """A file of 30,000 values as written may still gain up to 10,000 through aliases, and no more."""
    from generator.sources.load import read_source

    written = "rows: [" + ", ".join(["1"] * 30_000) + "]\nten: &ten [" + ", ".join(["2"] * 10) + "]\n"
    path = tmp_path / "big.yaml"
    path.write_text(written + "copies: [" + ", ".join(["*ten"] * 900) + "]\n", encoding="utf-8")
    source, problems = read_source(path, "big.yaml")
    assert problems == [] and source is not None
    assert len(source.data["rows"]) == 30_000 and source.data["copies"][-1] == [2] * 10
    path.write_text(written + "copies: [" + ", ".join(["*ten"] * 1_000) + "]\n", encoding="utf-8")
    source, problems = read_source(path, "big.yaml")
    assert source is None and [p.message for p in problems] == [
        "ссылки YAML (*якорь) разворачивают этот узел слишком много раз (более 10000 лишних значений, «миллиард "
        "смешков»); уберите ссылки и запишите значения явно"
    ]


def test_an_oversized_source_is_refused(example):
    example.write("regulations/roadmap.yaml", example.read("regulations/roadmap.yaml") + "# " + "я" * 3_000_000 + "\n")
    result = example.run("regen", "all")
    assert result.exit_code == 1
    assert re.search(
        r"regulations/roadmap\.yaml:1:1: ошибка: файл слишком велик \(5,\d МБ; допустимо не более 5,0 МБ\): "
        "источник пишут люди, а не программы",
        result.output,
    ), result.output  # 5,7–5,8: the roadmap's own size
    assert not example.path("output").exists()


def _zip_bomb(path) -> None:
    """A real .docx with one more part: 1 GB of zeros deflated to one megabyte."""
    with zipfile.ZipFile(REPO / "templates" / "document.docx") as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            out.writestr(info, source.read(info.filename))
        member = zipfile.ZipInfo("word/media/image1.png")
        member.compress_type = zipfile.ZIP_DEFLATED
        with out.open(member, "w", force_zip64=True) as bomb:
            block = bytes(1 << 20)
            for _ in range(1024):
                bomb.write(block)


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory):
    path = tmp_path_factory.mktemp("bomb") / "Положение.docx"
    _zip_bomb(path)
    return path


@pytest.mark.parametrize("command", ["import", "lint"])
def test_a_zip_bomb_is_refused_by_import_and_lint(example, zip_bomb, command):
    code, seconds, megabytes, output = _measured(example, command, str(zip_bomb))
    assert code == 1, output
    assert "ошибка: файл слишком велик после распаковки (более 256 МБ): это не документ Word или «zip-бомба»" in output
    assert str(zip_bomb.name) in output
    assert seconds < 2 and megabytes < 600, (seconds, megabytes)
    assert not any(example.path("regulations/mechanisms").glob("*.tmp"))


def test_a_highly_compressed_part_is_refused(example, tmp_path):
    bomb = tmp_path / "ratio.docx"
    with (
        zipfile.ZipFile(REPO / "templates" / "document.docx") as source,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            out.writestr(info.filename, source.read(info.filename))
        out.writestr("word/media/zeros.bin", bytes(50 << 20))
    result = example.run("lint", str(bomb))
    assert result.exit_code == 1
    assert "ошибка: часть word/media/zeros.bin сжата в" in result.output
    assert "так сжимается только «zip-бомба», а не документ Word; msoko его не откроет" in result.output


@pytest.mark.parametrize(
    "tag, message",
    [
        ("{{ 'x' * 2000000000 }}", "тег шаблона строит слишком длинный текст (более 1 млн знаков)"),
        ("{{ 'x'|center(2000000000) }}", "тег шаблона строит слишком длинный текст (более 1 млн знаков)"),
        ("{{ '%2000000000s' % 'x' }}", "тег шаблона строит слишком длинный текст (более 1 млн знаков)"),
        (
            "{% for i in range(200000) %}{% endfor %}",
            "цикл range() в теге шаблона слишком длинный (допустимо не более 100 000 шагов)",
        ),
        (
            "{% include 'other.xml' %}",
            "теги include, import и extends в шаблоне не поддерживаются: шаблон — один файл .docx",
        ),
        ("{{ 1 / 0 }}", "тег шаблона не удаётся вычислить (деление на ноль)"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "макрос шаблона вызывает сам себя без конца"),
        (
            "{% set a = 'x' * 999999 %}" + "".join("{% set a = a ~ a %}" for _ in range(12)) + "{{ a|length }}",
            "шаблон требует слишком много памяти (более 1024 МБ): проверьте теги, которые склеивают текст",
        ),
    ],
)
def test_a_runaway_template_is_refused(example, tag, message):
    _user_template(example, (b"{{ title.kind }}", tag.replace("'", "&apos;").encode()))
    result = example.run("regen", "all")
    assert result.exit_code == 1, result.output
    assert f"templates/document.docx:1:1: ошибка: шаблон не годится: {message}" in result.output
    assert not example.path("output").exists()


def test_a_slow_template_is_stopped(example, monkeypatch):
    from generator.docx import sandbox

    monkeypatch.setattr(sandbox, "TIME_LIMIT", 0.2)
    _user_template(
        example,
        (b"{{ title.kind }}", b"{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"),
    )
    result = example.run("regen", "1.1")
    assert result.exit_code == 1
    assert (
        "templates/document.docx:1:1: ошибка: шаблон не годится: шаблон выполняется слишком долго (более 0 с): "
        "проверьте циклы в тегах"
    ) in result.output
