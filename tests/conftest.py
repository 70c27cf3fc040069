"""Shared fixtures: a fresh copy of the bundled example municipality for every test."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.commands import main
from generator.docx.converters import stop_converters
from generator.review.pdf import soffice_path

REPO = Path(__file__).resolve().parent.parent

# The text rules keep the dictionary's answers in the user's cache folder (generator/lint/memo.py): the tests
# keep theirs in a folder of their own, which starts empty, so nothing they do depends on an earlier run.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="msoko-tests-cache-")
# The LibreOffices kept for PDF copies (generator/docx/converters.py) are kept there too, each test process's own:
# they end by themselves a minute after their last document, and are killed when the session ends.
os.environ.setdefault("MSOKO_OFFICE_IDLE", "60")


def pytest_sessionfinish(session):
    stop_converters()


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def json(self) -> dict:
        return json.loads(self.stdout)


class ExampleProject:
    """A copy of the example in a temporary folder, with helpers to break it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        shutil.copytree(REPO / "regulations", root / "regulations")

    def path(self, relative: str) -> Path:
        return self.root / relative

    def read(self, relative: str) -> str:
        return self.path(relative).read_text(encoding="utf-8")

    def write(self, relative: str, text: str) -> None:
        self.path(relative).write_text(text, encoding="utf-8")

    def replace(self, relative: str, old: str, new: str, count: int = 1) -> None:
        text = self.read(relative)
        assert old in text, f"{old!r} not in {relative}"
        self.write(relative, text.replace(old, new, count))

    def cut(self, relative: str, start: str, end: str) -> None:
        """Remove the text from ``start`` up to (not including) ``end``: a field and its value."""
        text = self.read(relative)
        self.write(relative, text[: text.index(start)] + text[text.index(end) :])

    def line_of(self, relative: str, fragment: str) -> int:
        for number, line in enumerate(self.read(relative).splitlines(), start=1):
            if fragment in line:
                return number
        raise AssertionError(f"{fragment!r} not in {relative}")

    def run(self, *args: str) -> Result:
        runner = CliRunner()
        result = runner.invoke(main, ["--project", str(self.root), *args], catch_exceptions=False)
        return Result(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def example(tmp_path: Path) -> ExampleProject:
    return ExampleProject(tmp_path / "project")


def diagnostic_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if re.match(r"^[^\s:]+:\d+:\d+: ", line)]


@pytest.fixture(scope="session")
def libreoffice():
    if soffice_path() is None or shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice and poppler-utils are required in CI")
        pytest.skip("LibreOffice is not installed")


@pytest.fixture(scope="session")
def calc(libreoffice):
    """LibreOffice Calc (Debian's libreoffice-calc-nogui), for the workbooks: Writer alone converts no .xlsx."""
    if not any(Path(soffice_path() or "").resolve().parent.glob("libsclo.so")):
        if os.environ.get("CI"):
            pytest.fail("LibreOffice Calc is required in CI")
        pytest.skip("LibreOffice Calc is not installed")


@pytest.fixture(autouse=True)
def _fresh_russian_caches():
    """Under mutmut (which sets MUTANT_UNDER_TEST), clear the Russian helpers' caches before each test: answers
    cached before a mutant was switched on would hide it. Not the dictionary itself (loaded once, not mutated)."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        from generator.russian import context, morphology, typography

        for module in (context, morphology, typography):
            for value in vars(module).values():
                if hasattr(value, "cache_clear") and value is not morphology.analyzer:
                    value.cache_clear()
    yield
