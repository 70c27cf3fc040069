"""Temporary files and folders, all named one way: by msoko and by the process that made them. A writer
killed with ``kill -9`` leaves them behind; the next command that takes the project lock finds them by
name and removes every one whose process is gone (a live one's, a server's in mid-save, is left alone).

- a file staged beside its target for an ``os.replace``: ``.<name>.msoko-<pid>-<random>.tmp``, in
  ``output/`` and its folders (``output/collection/<year>/`` too), ``regulations/`` and its folders,
  ``regulations/approved/files/``, ``data/<year>/``;
- a scratch folder: ``msoko-<kind>-<pid>-<random>``, in the temp folder (the web editor's copies of
  ``regulations/``, LibreOffice's profile) or in ``output/`` (PDF and page-image staging)."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..project import ProjectLayout

_TEMP_FILE = re.compile(r"^\..+\.msoko-(\d+)-\w+\.tmp$")
_SCRATCH_FOLDER = re.compile(r"^msoko-[a-z]+-(\d+)-\w+$")


def temp_file(path: Path) -> tuple[int, str]:
    """An open descriptor and the name of a new temporary file beside ``path`` (``mkstemp``)."""
    return tempfile.mkstemp(prefix=f".{path.name}.msoko-{os.getpid()}-", suffix=".tmp", dir=path.parent)


@contextmanager
def scratch_folder(kind: str, parent: Path | None = None) -> Iterator[Path]:
    """A new folder, removed on leaving; ``parent`` None: the system's temp folder."""
    with tempfile.TemporaryDirectory(prefix=f"msoko-{kind}-{os.getpid()}-", dir=parent) as folder:
        yield Path(folder)


def leftover_folders(layout: ProjectLayout) -> list[Path]:
    """Every folder a writer stages in: the sources' folders are ``regulations/`` and the folders in it (named
    here rather than asked of the kinds of document, whose models cost a tenth of a second to import in a
    command such as ``msoko pdf`` that reads no source)."""
    folders = [
        layout.output,
        layout.state,
        layout.state / "backup",
        layout.state / "pages",
        layout.redlines,
        layout.pdf,
        layout.output / "pack",
        layout.regulations,
        *_subfolders(layout.regulations),
        layout.acts_dir,
        layout.schema_dir,
        layout.approved_dir,
        layout.approved_dir / "files",
        *layout.data_year_dirs(),
        *_subfolders(layout.collection),
        Path(tempfile.gettempdir()),
    ]
    return list(dict.fromkeys(folders))


def _subfolders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def remove_leftovers(folders: Iterable[Path]) -> list[Path]:
    """Remove what killed writers left in ``folders``: msoko's temporary files and scratch folders whose
    process is gone."""
    removed = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # a folder not made yet, or not ours to read
        for entry in entries:
            owner = _TEMP_FILE.match(entry.name) or _SCRATCH_FOLDER.match(entry.name)
            if owner is None or _alive(int(owner.group(1))):
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                Path(entry.path).unlink(missing_ok=True)
            removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: running
    return True
