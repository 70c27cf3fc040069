"""``kill -9`` of every writer — ``regen``, ``approve``, ``import`` and a save in ``msoko serve`` — at a random
instant (the seed is printed; ``MSOKO_KILL_SEED=…`` replays it): the next run succeeds and no temporary file
or scratch folder is left anywhere, in the project or in the temp folder."""

from __future__ import annotations

import os
import random
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO, ExampleProject

KILLS = 4
"""Half of them anywhere in the run, half in its write phase (from the moment its first file appears)."""
MECHANISMS = ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4"]
LEFTOVER = re.compile(r"^(\..+\.tmp|msoko-.*|pages-.*)$")


class Writers:
    """A built copy of the example whose commands run as real processes, with a temp folder of their own."""

    def __init__(self, root: Path) -> None:
        self.project = ExampleProject(root / "project")
        self.temp = root / "tmp"
        self.temp.mkdir()
        self.env = {**os.environ, "TMPDIR": str(self.temp), "PYTHONDONTWRITEBYTECODE": "1"}
        assert self.run("regen", "all")[0] == 0
        self.generated = root / "generated"
        shutil.copytree(self.project.path("output"), self.generated)
        self.sources = root / "sources"
        shutil.copytree(self.project.path("regulations/mechanisms"), self.sources)

    def start(self, *args: str, dying_at: str | None = None) -> subprocess.Popen:
        launcher = ["-m", "generator"] if dying_at is None else [str(REPO / "tests" / "dying_msoko.py"), dying_at]
        return subprocess.Popen(
            [sys.executable, *launcher, "--project", str(self.project.root), *args],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env,
        )

    def run(self, *args: str) -> tuple[int, str]:
        process = self.start(*args)
        stdout, stderr = process.communicate(timeout=300)
        return process.returncode, stdout + stderr

    def leftovers(self) -> list[str]:
        found = [p for p in self.project.root.rglob("*") if LEFTOVER.match(p.name)]
        found += list(self.temp.iterdir())
        return sorted(str(path) for path in found)


def regen(writers: Writers) -> list[str]:
    text = writers.project.read("regulations/project.yaml")
    margin = "29" if "left: 30" in text else "30"  # every document's bytes change: a full rebuild
    writers.project.write("regulations/project.yaml", re.sub(r"left: \d+", f"left: {margin}", text, count=1))
    return ["regen", "all"]


def approve(writers: Writers) -> list[str]:
    for path in writers.project.path("regulations/approved").rglob("*"):  # every copy written again
        if path.is_file() and not path.name.startswith("."):  # (not what a killed approve left)
            path.unlink()
    return ["approve", "--by", "Юрист Е.В. Смирнова"]


def import_(writers: Writers) -> list[str]:
    for path in writers.project.path("regulations/mechanisms").iterdir():
        if not path.name.startswith("."):  # the sources, not what a killed import left
            path.unlink()
    return ["import", *(str(writers.generated / f"polozhenie-{code}.docx") for code in MECHANISMS)]


def restore_sources(writers: Writers) -> None:
    shutil.rmtree(writers.project.path("regulations/mechanisms"))
    shutil.copytree(writers.sources, writers.project.path("regulations/mechanisms"))


def writing(writers: Writers, prepare: Callable[[Writers], list[str]]) -> bool:
    """Whether the writer has started writing: its first temporary file or folder is there."""
    folder = {"regen": "output", "approve": "regulations/approved", "import_": "regulations/mechanisms"}[
        prepare.__name__
    ]
    return writers.project.path(folder).exists() and any(writers.project.path(folder).iterdir())


def until_writing(process: subprocess.Popen, writers: Writers, prepare: Callable[[Writers], list[str]]) -> float:
    while process.poll() is None and not writing(writers, prepare):
        time.sleep(0.0005)
    return time.monotonic()


def timed(writers: Writers, prepare: Callable[[Writers], list[str]]) -> tuple[float, float]:
    """How long the writer runs, and how long its write phase lasts."""
    if prepare is regen:
        shutil.rmtree(writers.project.path("output"))
    started = time.monotonic()
    process = writers.start(*prepare(writers))
    writes = until_writing(process, writers, prepare)
    stdout, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stdout + stderr
    return time.monotonic() - started, time.monotonic() - writes


def chosen(seed_name: str) -> tuple[int, random.Random]:
    seed = int(os.environ.get("MSOKO_KILL_SEED") or random.randrange(1 << 30))
    print(f"{seed_name}: MSOKO_KILL_SEED={seed}")
    return seed, random.Random(seed)


@pytest.mark.parametrize("prepare", [regen, approve, import_], ids=["regen", "approve", "import"])
def test_a_killed_command_leaves_nothing_behind(tmp_path, prepare):
    writers = Writers(tmp_path)
    duration, write_phase = timed(writers, prepare)
    seed, draw = chosen(prepare.__name__)
    for number in range(KILLS):
        in_write_phase = number % 2 == 1
        instant = draw.uniform(0, write_phase if in_write_phase else duration)
        if prepare is regen and in_write_phase:
            shutil.rmtree(writers.project.path("output"))  # the write phase starts with output/ made anew
        victim = writers.start(*prepare(writers))
        if in_write_phase:
            until_writing(victim, writers, prepare)
        time.sleep(instant)
        victim.kill()
        victim.communicate()
        phase = (
            f"{instant * 1000:.0f} ms into the {write_phase * 1000:.0f} ms write phase"
            if in_write_phase
            else f"{instant:.2f} s into the {duration:.2f} s run"
        )
        where = f"{prepare.__name__}: kill {number + 1}, {phase} (MSOKO_KILL_SEED={seed})"
        print(where, "left", writers.leftovers())
        code, output = writers.run(*prepare(writers))
        assert code == 0, f"{where}: {output}"
        assert writers.leftovers() == [], where
        if prepare is import_:
            restore_sources(writers)


@pytest.mark.parametrize("prepare", [regen, approve, import_], ids=["regen", "approve", "import"])
def test_a_command_killed_just_before_its_rename_leaves_nothing_behind(tmp_path, prepare):
    """The worst instant, every time: a temporary file written in full, its rename not yet done."""
    writers = Writers(tmp_path)
    victim = writers.start(*prepare(writers), dying_at="rename")
    victim.communicate(timeout=300)
    assert victim.returncode == -9
    assert writers.leftovers() != []  # what the killed writer left: there is something to clean
    code, output = writers.run(*prepare(writers))
    assert code == 0, output
    assert writers.leftovers() == []


class Server:
    def __init__(self, writers: Writers, dying_at: str | None = None) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = writers.start("serve", "--no-browser", "--port", str(self.port), dying_at=dying_at)
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        for _ in range(200):
            try:
                self.page = (
                    self.opener.open(f"{self.base}/source/regulations/mechanisms/1.1.yaml", timeout=5).read().decode()
                )
                return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("the server did not start")

    def save(self, goal: str) -> int:
        from tests.test_web import form_values

        values = form_values(self.page)
        values["goal"] = goal
        request = urllib.request.Request(
            f"{self.base}/source/regulations/mechanisms/1.1.yaml",
            data=urllib.parse.urlencode(values).encode(),
            headers={"Origin": self.base},
        )
        try:
            return self.opener.open(request, timeout=120).status
        except OSError:
            return 0  # killed meanwhile

    def stop(self) -> None:
        self.process.kill()
        self.process.communicate()


def test_a_killed_web_save_leaves_nothing_behind(tmp_path):
    writers = Writers(tmp_path)
    server = Server(writers)
    started = time.monotonic()
    assert server.save("Цель, сохранённая целиком.") == 200
    duration = time.monotonic() - started
    server.stop()
    seed, draw = chosen("web save")
    for number in range(KILLS):
        instant = draw.uniform(0, duration)
        server = Server(writers)
        saving = threading.Thread(target=server.save, args=(f"Цель {number}, прерванная.",))
        saving.start()
        time.sleep(instant)
        server.stop()
        saving.join()
        where = f"web save: kill {number + 1} at {instant:.2f} s of {duration:.2f} s (MSOKO_KILL_SEED={seed})"
        print(where, "left", writers.leftovers())
        server = Server(writers)
        try:
            assert server.save(f"Цель {number}, сохранённая после.") == 200, where
        finally:
            server.stop()
        assert f"Цель {number}, сохранённая после." in writers.project.read("regulations/mechanisms/1.1.yaml"), where
        assert writers.leftovers() == [], where


@pytest.mark.parametrize("dying_at", ["scratch", "rename"])
def test_a_web_save_killed_at_its_worst_instant_leaves_nothing_behind(tmp_path, dying_at):
    writers = Writers(tmp_path)
    victim = Server(writers, dying_at)
    assert victim.save("Цель, которую не успели сохранить.") == 0
    victim.process.communicate(timeout=60)
    assert victim.process.returncode == -9 and writers.leftovers() != []
    server = Server(writers)
    try:
        assert server.save("Цель, сохранённая после.") == 200
    finally:
        server.stop()
    assert writers.leftovers() == []
