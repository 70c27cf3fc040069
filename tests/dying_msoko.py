"""``msoko`` that kills itself with SIGKILL at the worst instant of a write: ``rename`` — a temporary file
written in full, just before its ``os.replace``; ``scratch`` — the web editor's copy of ``regulations/``
made, before it is removed. Run as ``python tests/dying_msoko.py rename|scratch --project DIR COMMAND…``."""

from __future__ import annotations

import os
import shutil
import signal
import sys


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _dying_replace(real):
    def replace(source, target, *args, **kwargs):
        if str(source).endswith(".tmp"):
            _die()
        return real(source, target, *args, **kwargs)

    return replace


def _dying_copytree(real):
    def copytree(source, target, *args, **kwargs):
        made = real(source, target, *args, **kwargs)
        _die()
        return made

    return copytree


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # this checkout's msoko
    where = sys.argv.pop(1)
    if where == "rename":
        os.replace = _dying_replace(os.replace)
    else:
        shutil.copytree = _dying_copytree(shutil.copytree)
    from generator.cli.commands import main

    main(prog_name="msoko")
