"""Stage 6, write: atomic, skip-unchanged writes (temp file in the same folder, then os.replace)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .plan import MANIFEST_NAME, ManifestEntry, digest, manifest_bytes


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


def replace_keeping_backup(path: Path, data: bytes, output: Path) -> Path | None:
    """Atomically replace ``path``; if it holds bytes msoko did not write, keep a copy first."""
    backup = None
    if path.exists():
        old = path.read_bytes()
        if old == data:
            return None
        backup = backup_path(output, path.name, old)
        atomic_write(backup, old)
    atomic_write(path, data)
    return backup


def write_outputs(layout, rendered, manifest) -> tuple[list, list[Path]]:
    """Write rendered documents atomically (a backup of any hand-edited file first), then the manifest."""
    written = []
    backups: list[Path] = []
    entries = dict(manifest)
    for target, data in rendered:
        path = layout.output / target.output
        previous = entries.get(target.id)
        backup = replace_keeping_backup(path, data, layout.output) if _edited(path, previous) else None
        if backup is None and write_if_changed(path, data) or backup is not None:
            written.append(target)
        if backup:
            backups.append(backup)
        entries[target.id] = ManifestEntry(target.output, digest(data), dict(target.inputs))
    write_if_changed(layout.output / MANIFEST_NAME, manifest_bytes(entries))
    return written, backups


def _edited(path: Path, entry) -> bool:
    """True when the file on disk is not what msoko last wrote there."""
    if not path.exists():
        return False
    return entry is None or digest(path.read_bytes()) != entry.sha256
