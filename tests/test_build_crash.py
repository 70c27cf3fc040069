"""Crash consistency: ``kill -9`` of a real ``msoko regen all`` at random instants of a full rebuild.

After each kill a plain ``regen`` must succeed, leave no temporary file and never take msoko's own
output for a hand edit (the write-ahead journal in output/.msoko/journal.json).
The instants come from a seed printed with the test's output; ``MSOKO_KILL_SEED=<seed>`` replays them."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time

from tests.conftest import REPO, ExampleProject

KILLS = 10
SEED_VARIABLE = "MSOKO_KILL_SEED"
"""Set it to the seed a failure printed to kill at the same instants again."""


def _msoko(project: ExampleProject, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-u", "-m", "generator", "--project", str(project.root), *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def _run(project: ExampleProject, *args: str) -> tuple[int, str]:
    process = _msoko(project, *args)
    stdout, stderr = process.communicate(timeout=300)
    return process.returncode, stdout + stderr


def _until_rendered(process: subprocess.Popen) -> float:
    """Read the progress until the last document is rendered; the moment the write phase starts."""
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("[17/17]"):
            break
    return time.monotonic()


def test_kill_9_at_random_instants_of_a_full_rebuild(tmp_path):
    """Half the kills land anywhere in the run, half in the short write phase after «[17/17]»."""
    project = ExampleProject(tmp_path / "project")
    started = time.monotonic()
    first = _msoko(project, "regen", "all")
    writing = _until_rendered(first)
    first.communicate()
    assert first.returncode == 0
    duration, write_phase = time.monotonic() - started, time.monotonic() - writing
    seed = int(os.environ.get(SEED_VARIABLE) or random.randrange(1 << 30))
    print(f"kill instants: {SEED_VARIABLE}={seed} replays them")
    chosen = random.Random(seed)
    plan = [
        (number % 2 == 1, chosen.uniform(0, write_phase) if number % 2 else chosen.uniform(0, duration))
        for number in range(KILLS)
    ]
    for number, (in_write_phase, instant) in enumerate(plan):
        margin = 30 if number % 2 else 29  # every document's bytes change: a full rebuild
        text = project.read("regulations/project.yaml")
        project.write(
            "regulations/project.yaml",
            text.replace("left: 30", f"left: {margin}").replace("left: 29", f"left: {margin}"),
        )
        victim = _msoko(project, "regen", "all")
        if in_write_phase:
            _until_rendered(victim)
        time.sleep(instant)
        victim.kill()
        victim.communicate()
        phase = (
            f"{instant * 1000:.0f} ms into the {write_phase * 1000:.0f} ms write phase"
            if in_write_phase
            else f"{instant:.2f} s into the {duration:.2f} s run"
        )
        where = f"kill {number + 1}, {phase} (replay: {SEED_VARIABLE}={seed})"
        code, output = _run(project, "regen", "all")
        assert code == 0, f"{where}: {output}"
        assert "вручную" not in output and "не создан" not in output, f"{where}: {output}"
        assert not [p for p in project.path("output").rglob("*") if p.name.endswith(".tmp")], where
        assert not project.path("output/.msoko/journal.json").exists(), where
        code, output = _run(project, "regen", "all")
        assert output.rstrip().endswith("Итого: записано 0, без изменений 17."), f"{where}: {output}"
