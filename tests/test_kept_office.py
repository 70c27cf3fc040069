"""The LibreOffices kept between commands for PDF copies (generator/docx/converters.py, issue #27): the same text
on every page as a LibreOffice started for the command, one converter a profile, a dead or hung one replaced and
its document converted, and none left running: each ends by itself once idle, or is stopped with the session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from generator.docx import converters, office
from generator.review import pdf
from tests.conftest import REPO

ISSUE_SET = (
    "dorozhnaya-karta koncepciya polozhenie-1.1 polozhenie-1.2 polozhenie-1.3 polozhenie-1.4 polozhenie-1.5 "
    "polozhenie-2.1 polozhenie-2.2 polozhenie-2.3 polozhenie-2.4 polozhenie-msoko postanovlenie-2021-615 "
    "prikaz-2021-112 prikaz-2021-140 prikaz-2023-95 samoocenka"
).split()
"""The example's 17 documents of issue #27."""
T = TypeVar("T")


@pytest.fixture
def kept(libreoffice, monkeypatch, tmp_path):
    """Converters of this test's own (its own cache folder), killed after it; the folder they are kept in."""
    if not any(_imports_uno(python) for python in converters.office_pythons()):
        if os.environ.get("CI"):
            pytest.fail("a Python with LibreOffice's uno (Debian: python3-uno) is required in CI")
        pytest.skip("no Python with LibreOffice's uno")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("MSOKO_OFFICE_IDLE", "60")
    yield tmp_path / "cache" / "msoko" / "office"
    converters.stop_converters()
    assert _processes(tmp_path / "cache") == []


def _imports_uno(python: str) -> bool:
    return subprocess.run([python, "-I", "-c", "import uno"], capture_output=True).returncode == 0


def _processes(folder: Path, name: str = "") -> list[int]:
    """The live processes whose command line names ``folder`` (and whose name is ``name``, if given)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and str(folder).encode() in (entry / "cmdline").read_bytes():
                if not name or (entry / "comm").read_text().strip() == name:
                    found.append(int(entry.name))
        except OSError:  # ended meanwhile
            continue
    return sorted(found)


def _eventually(probe: Callable[[], T], wanted: T, seconds: float = 60.0) -> T:
    """What ``probe`` gives once it gives ``wanted``, or what it gives at the deadline: processes start and end in
    their own time, the more so on a busy machine, so a count is read until it settles, not once."""
    deadline = time.monotonic() + seconds
    while (seen := probe()) != wanted and time.monotonic() < deadline:
        time.sleep(0.2)
    return seen


def _holds(pid: int, path: Path) -> bool:
    """The process ``pid`` has the file ``path`` open."""
    try:
        return any(os.readlink(link) == str(path) for link in Path(f"/proc/{pid}/fd").iterdir())
    except OSError:  # ended meanwhile
        return False


def _servers(folder: Path) -> list[int]:
    return [pid for pid in _processes(folder) if b"converter_server.py" in Path(f"/proc/{pid}/cmdline").read_bytes()]


def _pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout
    return text.decode().split("\f")


def test_kept_libreoffices_give_every_page_the_text_a_fresh_one_gives(example, kept, monkeypatch, tmp_path):
    assert example.run("regen", "all").exit_code == 0
    documents = [example.path(f"output/{name}.docx") for name in ISSUE_SET]
    warm = pdf.convert_to_pdf(documents, tmp_path / "kept")
    assert len(_processes(kept, "soffice.bin")) == min(office.cores(), 3)  # one a core, as the 17 repay starts
    monkeypatch.setenv("MSOKO_OFFICE_IDLE", "0")
    fresh = pdf.convert_to_pdf(documents, tmp_path / "fresh")
    assert [p.name for p in warm] == [p.name for p in fresh] == [f"{name}.pdf" for name in ISSUE_SET]
    for kept_pdf, fresh_pdf in zip(warm, fresh):
        assert _pages(kept_pdf) == _pages(fresh_pdf), kept_pdf.name
    assert "о мониторинге качества подготовки обучающихся" in "".join(_pages(warm[ISSUE_SET.index("polozhenie-1.1")]))


def test_a_command_leaves_its_libreoffice_for_the_next_which_ends_it_once_idle(example, kept, tmp_path):
    assert example.run("regen", "1.1", "1.2").exit_code == 0
    environment = {**os.environ, "MSOKO_OFFICE_IDLE": "30"}  # long enough for the next command on a busy machine

    def command(*args: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "generator", "--project", str(example.root), "pdf", *args],
            cwd=REPO,
            env=environment,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr

    command("1.1")
    first = _processes(kept, "soffice.bin")
    assert len(first) == 1  # one document: one LibreOffice, left running
    command("1.2")
    assert _processes(kept, "soffice.bin") == first  # the second command used it
    assert example.path("output/pdf/polozhenie-1.2.pdf").is_file()
    deadline = time.monotonic() + 60
    while _processes(kept) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _processes(kept) == []  # the converter, LibreOffice and its helpers all ended by themselves


def test_a_libreoffice_that_died_is_replaced_and_the_document_converted(example, kept, tmp_path):
    assert example.run("regen", "1.1", "1.2").exit_code == 0
    pdf.convert_to_pdf([example.path("output/polozhenie-1.1.docx")], tmp_path / "first")
    (dead,) = _processes(kept, "soffice.bin")
    os.kill(dead, signal.SIGKILL)
    (converted,) = pdf.convert_to_pdf([example.path("output/polozhenie-1.2.docx")], tmp_path / "second")
    assert "ПОЛОЖЕНИЕ" in _pages(converted)[0]
    assert dead not in _processes(kept, "soffice.bin") and len(_processes(kept, "soffice.bin")) == 1


def test_a_libreoffice_that_hangs_is_killed_and_the_document_tried_again(example, kept, monkeypatch, tmp_path):
    assert example.run("regen", "1.1", "1.2").exit_code == 0
    pdf.convert_to_pdf([example.path("output/polozhenie-1.1.docx")], tmp_path / "first")
    hung = _processes(kept)
    os.kill(_processes(kept, "soffice.bin")[0], signal.SIGSTOP)
    monkeypatch.setattr(pdf, "DOCUMENT_TIMEOUT_SECONDS", 30.0)
    (converted,) = pdf.convert_to_pdf([example.path("output/polozhenie-1.2.docx")], tmp_path / "second")
    assert "ПОЛОЖЕНИЕ" in _pages(converted)[0]
    assert not set(hung) & set(_processes(kept))  # the stopped LibreOffice and its converter were killed


def test_two_commands_starting_at_once_share_one_libreoffice_a_profile(kept):
    converter = converters.converters()[0]
    starts = [threading.Thread(target=converter.start, args=(60.0,)) for _ in range(3)]
    for thread in starts:
        thread.start()
    for thread in starts:
        thread.join()
    assert converter.answers()
    seen: list[tuple[int, int]] = []

    def counts() -> tuple[int, int]:
        """The converters on the folder and their LibreOffices: the two that found the folder taken end once they
        see it answer, the one holding it starts LibreOffice after it answers (which starts once more on a fresh
        profile); only then is the count final."""
        seen.append((len(_servers(converter.folder)), len(_processes(converter.folder / "profile", "soffice.bin"))))
        return seen[-1]

    assert _eventually(counts, (1, 1)) == (1, 1)
    assert max(offices for _, offices in seen) == 1  # never two LibreOffices on the profile, at any moment seen


def test_stopping_the_converters_leaves_no_process(kept):
    for converter in converters.converters():
        converter.start(60.0)  # answering on its socket, its LibreOffice starting
    wanted = len(converters.converters())
    assert _eventually(lambda: len(_processes(kept, "soffice.bin")), wanted) == wanted
    converters.stop_converters()
    assert _processes(kept) == []


def test_a_converter_waiting_for_its_folder_when_they_are_stopped_starts_no_libreoffice(kept):
    """A command that finds the folder's converter busy launches one that waits for the folder; one slowed down on a
    busy machine may still be waiting when the converters are stopped, and must then end, not start LibreOffice."""
    converter = converters.converters()[0]
    converter.start(60.0)
    assert _eventually(lambda: len(_processes(converter.folder / "profile", "soffice.bin")), 1) == 1
    (running,) = _servers(converter.folder)
    (converter.folder / "socket").unlink()  # the running one no longer seen: the next one waits for the lock
    launcher = [converters.office_pythons()[0], "-I", str(converters.SERVER), str(office.soffice_path())]
    subprocess.run([*launcher, str(converter.folder), "60"], check=True)
    (waiting,) = [pid for pid in _servers(converter.folder) if pid != running]
    assert _eventually(lambda: _holds(waiting, converter.folder / "lock"), True) is True
    converters.stop_converters()
    assert _eventually(lambda: _processes(kept), [], 20) == []
