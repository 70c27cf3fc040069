"""The web app's rebuild is ``regen``'s build: in a process of its own (the server's threads forbid forking), so
its documents render on every core as the CLI's do, not one after another."""

from __future__ import annotations

import os
import threading
import time

import pytest
import yaml

from generator.project import ProjectLayout
from generator.web.actions import BuildJob, rebuild

COPIES = 40
"""Local mechanisms added, each a copy of the 1.1 Положение: enough documents to repay a second worker."""


def _with_copies(example) -> None:
    template = example.read("regulations/mechanisms/1.1.yaml").replace("approved_by: prikaz-2021-112\n", "")
    codes = [f"3.{n}" for n in range(1, COPIES + 1)]
    for code in codes:
        example.write(
            f"regulations/mechanisms/{code}.yaml",
            template.replace('mechanism: "1.1"', f'mechanism: "{code}"').replace('"1.1.', f'"{code}.'),
        )
    for name, change in (
        (
            "project",
            lambda d: d["local_mechanisms"].extend(
                {"code": c, "group": 2, "title": f"Местная система {c}"} for c in codes
            ),
        ),
        ("msoko", lambda d: d["mechanisms"].extend(codes)),
        ("roadmap", lambda d: d["sections"][0]["items"][-1].__setitem__("mechanisms", codes)),
    ):
        data = yaml.safe_load(example.read(f"regulations/{name}.yaml"))
        change(data)
        example.write(f"regulations/{name}.yaml", yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def _workers() -> set[int]:
    """Processes two levels below this one (the build's process is one level below), found through /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                    parents[int(entry)] = int(stat.read().rpartition(")")[2].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    children = {pid for pid, parent in parents.items() if parent == os.getpid()}
    return {pid for pid, parent in parents.items() if parent in children}


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one core: nothing to render side by side")
def test_the_web_rebuild_renders_on_every_core(example):
    _with_copies(example)
    job = BuildJob()
    thread = threading.Thread(target=rebuild, args=(ProjectLayout(example.root), False, job))  # as a page starts it
    thread.start()
    most = 0
    deadline = time.monotonic() + 300
    while thread.is_alive() and time.monotonic() < deadline:
        most = max(most, len(_workers()))
        time.sleep(0.02)
    thread.join()
    assert not job.problems and len(job.written) == 17 + COPIES, job.problems
    assert most >= 2  # workers forked by the build's own process, rendering side by side
