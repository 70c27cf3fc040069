"""Stage 6, write: atomic, skip-unchanged writes (temp file in the same folder, then os.replace)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .plan import MANIFEST_NAME, Decision, ManifestEntry, Ownership, Target, digest, manifest_bytes
from ..project import ProjectLayout


_UMASK = os.umask(0)
os.umask(_UMASK)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new bytes, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(temp_name, 0o666 & ~_UMASK)  # mkstemp makes 0600; a document is as readable as any file
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Like Sphinx's FileAvoidWrite: leave the file (and its mtime) alone when nothing changed."""
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    atomic_write(path, data)
    return True


def backup_path(output: Path, file_name: str, data: bytes) -> Path:
    """Where a hand-edited file is kept before ``--force`` replaces it: named by its content hash."""
    stem, dot, suffix = file_name.rpartition(".")
    return output / ".msoko" / "backup" / f"{stem}.{digest(data)[:12]}{dot}{suffix}"


def keep_backup(output: Path, path: Path) -> Path:
    """Copy a file msoko did not write into ``output/.msoko/backup/`` before it is replaced or retired."""
    old = path.read_bytes()
    backup = backup_path(output, path.name, old)
    atomic_write(backup, old)
    return backup


def write_outputs(layout: ProjectLayout, rendered: list[tuple[Decision, bytes]],
                  manifest: dict[str, ManifestEntry]) -> tuple[list[Target], list[Path]]:
    """Write rendered documents atomically (a backup of any hand-edited file first), then the manifest.

    Whether a file is msoko's was decided once, by the planner (``Decision.owner``); nothing is re-read here."""
    written: list[Target] = []
    backups: list[Path] = []
    entries = dict(manifest)
    for decision, data in rendered:
        target, path = decision.target, decision.on_disk.path
        new_digest = digest(data)
        if decision.owner in (Ownership.EDITED, Ownership.FOREIGN):
            backups.append(keep_backup(layout.output, path))
        if decision.on_disk.sha256 != new_digest:
            atomic_write(path, data)
            written.append(target)
        entries[target.id] = ManifestEntry(target.output, new_digest, dict(target.inputs))
    write_if_changed(layout.output / MANIFEST_NAME, manifest_bytes(entries))
    return written, backups
