"""CLI conveniences: --project anywhere, progress on a terminal only, Russian step names."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from generator.cli.commands import project_first
from tests.conftest import REPO


@pytest.mark.parametrize(
    "args, expected",
    [
        (["regen", "all", "--project", "p"], ["--project", "p", "regen", "all"]),
        (["regen", "--project=p", "1.1"], ["--project=p", "regen", "1.1"]),
        (["--project", "a", "check", "--project", "b"], ["--project", "b", "check"]),
        (["import", "--", "--project"], ["import", "--", "--project"]),
    ],
)
def test_project_is_moved_before_the_subcommand(args, expected):
    assert project_first(args) == expected


def test_project_after_the_subcommand(example):
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["regen", "1.1", "--project", str(example.root)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert example.path("output/polozhenie-1.1.docx").is_file()


def _on_a_terminal(example, *args: str) -> str:
    """Run msoko with its stdout on a pseudo-terminal; returns everything it showed."""
    leader, follower = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", *args, "--project", str(example.root)],
        cwd=REPO,
        stdout=follower,
        stderr=follower,
        stdin=subprocess.DEVNULL,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=300)
    os.close(leader)
    return b"".join(chunks).decode()


def test_pdf_shows_progress_on_a_terminal_only(example, libreoffice):
    assert example.run("regen", "1.1", "1.2").exit_code == 0
    shown = _on_a_terminal(example, "pdf", "1.1", "1.2")
    assert "LibreOffice преобразует в PDF 2 документа…" in shown
    example.path("output/pdf/polozhenie-1.1.pdf").unlink()
    piped = example.run("pdf", "1.1")
    assert "LibreOffice преобразует" not in piped.output


def test_evaluate_names_steps_in_russian(example):
    result = example.run("evaluate")
    assert "(шаг «меры / мероприятия»)" in result.stdout
    assert "(шаг measures)" not in result.stdout


def test_diff_shows_progress_on_a_terminal(example):
    assert example.run("regen", "1.1").exit_code == 0
    assert example.run("approve", "1.1", "--by", "Юрист Е.В. Смирнова").exit_code == 0
    example.replace("regulations/mechanisms/1.1.yaml", "не менее 90 %", "не менее 91 %")
    assert example.run("regen", "1.1").exit_code == 0
    shown = _on_a_terminal(example, "diff", "1.1")
    assert "[1/1] сравнён с утверждённой версией: polozhenie-1.1" in shown
    assert "исправления: output/redlines/polozhenie-1.1.docx" in shown
