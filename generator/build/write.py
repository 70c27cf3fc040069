"""Stage 6, write: atomic, skip-unchanged writes (temp file in the same folder, then os.replace)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..project import ProjectLayout
from .scratch import temp_file
from .manifest import (
    JOURNAL_NAME,
    MANIFEST_NAME,
    Manifest,
    ManifestEntry,
    contents,
    digest,
    fsync_folder,
    manifest_bytes,
)

if TYPE_CHECKING:  # the planner (and the documents behind it) is not loaded by a command that only writes a file
    from .plan import Decision, OutputState, Target


_UMASK = os.umask(0)
os.umask(_UMASK)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new bytes, never a mix."""
    temp = staged_copy(path, data)
    try:
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _named(error, path) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def staged_copy(path: Path, data: bytes, durable: bool = True) -> Path:
    """``data`` in a temporary file beside ``path``, for an ``os.replace`` onto it later; a killed run leaves
    it to :func:`~generator.build.scratch.remove_leftovers`. Not ``durable``: the caller flushes a batch of
    them at once (:func:`flush_to_disk`) before any is put in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temp_name = temp_file(path)
    except OSError as error:
        raise _named(error, path) from None
    try:
        os.chmod(temp_name, 0o666 & ~_UMASK)  # mkstemp makes 0600; a document is as readable as any file
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
    except OSError as error:  # a full disk: write(2) names no file
        Path(temp_name).unlink(missing_ok=True)
        raise _named(error, path) from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return Path(temp_name)


def _named(error: OSError, path: Path) -> OSError:
    """``error`` about the file the user knows, not the temporary one (nor none at all)."""
    return type(error)(error.errno, error.strerror or os.strerror(error.errno or 0), str(path))


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
    """Copy a file msoko did not write into ``output/.msoko/backup/`` before it is replaced or retired; a
    symbolic link is kept as the link it is, never followed: what it leads to (``/etc/passwd``, another
    user's file) is no part of ``output/`` and is neither read nor copied into it."""
    old = contents(path)
    backup = backup_path(output, path.name, old)
    if not path.is_symlink():
        atomic_write(backup, old)
    elif not backup.is_symlink():
        backup.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(os.readlink(path), backup)
    return backup


@dataclass(frozen=True)
class Orphan:
    """An output in the manifest whose source was deleted."""

    document: str
    entry: ManifestEntry
    state: OutputState


@dataclass(frozen=True)
class Staged:
    """A rendered document, not yet in place: the digest of its bytes and, when they differ from the file
    on disk, a temporary copy beside it (flushed to the disk with the others before any is put in place).
    Only the copy is kept, so a build of any number of
    documents holds none of them in memory, and nothing in output/ changes until every one is rendered."""

    decision: Decision
    sha256: str
    temp: Path | None


def stage(decision: Decision, data: bytes) -> Staged:
    sha256 = digest(data)
    same = decision.on_disk.sha256 == sha256
    return Staged(decision, sha256, None if same else staged_copy(decision.on_disk.path, data, durable=False))


def flush_to_disk(folder: Path, files: Sequence[Path]) -> None:
    """Every one of ``files`` (in ``folder``) on the disk, as each file's fsync would leave it, in one syncfs(2)
    of the folder's file system where Linux has it: on ext4 a thousand fsyncs take 0.3 s, one syncfs 0.08 s."""
    if files and not _sync_file_system(folder):
        for path in files:
            descriptor = os.open(path, os.O_RDONLY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)


def _sync_file_system(folder: Path) -> bool:
    import ctypes  # syncfs has no wrapper in os

    syncfs = getattr(ctypes.CDLL(None, use_errno=True), "syncfs", None)
    if syncfs is None:
        return False
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        return syncfs(descriptor) == 0
    finally:
        os.close(descriptor)


def discard(staged: Sequence[Staged]) -> None:
    """Remove the temporary copies of a build that stops before (or while) putting them in place."""
    for item in staged:
        if item.temp is not None:
            item.temp.unlink(missing_ok=True)


@dataclass(frozen=True)
class Kept:
    """An output of an earlier (or another) monitoring year than its document's now, with that year: kept in the
    year's folder of output/ (``output/2024/``), under its name, before anything takes its place."""

    document: str
    state: OutputState
    year: int


def write_outputs(
    layout: ProjectLayout,
    staged: Sequence[Staged],
    manifest: Manifest,
    retire: Sequence[Orphan] = (),
    keep: Sequence[Kept] = (),
) -> tuple[list[Target], list[Path]]:
    """Put staged documents in place (a backup of any hand-edited file first; the document of another year the file
    holds, and every one of ``keep``, kept in its year's folder), then write the manifest.

    Whether a file is msoko's was decided once, by the planner (``Decision.owner``); nothing is re-read
    here. The journal announces the batch before the first output is replaced and goes after the
    manifest, so a kill at any instant leaves files the next run recognises. A document of another year is
    moved (a rename, durable before anything replaces it) while the manifest still records it: a kill after the
    move leaves no file there, which the next run makes, and an entry of ``keep`` without a file, which it drops."""
    from .plan import Ownership

    entries = dict(manifest.entries)
    for item in staged:
        target = item.decision.target
        entries[target.id] = ManifestEntry(target.output, item.sha256, dict(target.inputs))
    changes = [item for item in staged if item.temp is not None]
    journal = layout.output / JOURNAL_NAME
    flush_to_disk(layout.output, [item.temp for item in changes if item.temp is not None])
    if changes:
        atomic_write(journal, manifest_bytes({i.decision.target.id: entries[i.decision.target.id] for i in changes}))
    moved = [Kept(i.decision.target.id, i.decision.on_disk, i.decision.keep_in) for i in changes if i.decision.keep_in]
    backups = _keep_in_year_folders(layout, [*moved, *keep])
    for item in changes:
        assert item.temp is not None
        if item.decision.owner in (Ownership.EDITED, Ownership.FOREIGN) and not item.decision.keep_in:
            backups.append(keep_backup(layout.output, item.decision.on_disk.path))
        os.replace(item.temp, item.decision.on_disk.path)
    for orphan in retire:
        backups.extend(_retire(layout, orphan))
        entries.pop(orphan.document, None)
    for kept in keep:
        entries.pop(kept.document, None)
    if changes or retire or keep or entries != manifest.entries or manifest.problem or journal.exists():
        write_if_changed(layout.output / MANIFEST_NAME, manifest_bytes(entries))
        fsync_folder(layout.output)
        fsync_folder(layout.state)
        journal.unlink(missing_ok=True)
    return [i.decision.target for i in changes], backups


def _retire(layout: ProjectLayout, orphan: Orphan) -> list[Path]:
    """Remove the output of a deleted source; a copy is kept when the file is not what msoko wrote."""
    if orphan.state.sha256 is None:
        return []
    kept = [] if orphan.state.sha256 == orphan.entry.sha256 else [keep_backup(layout.output, orphan.state.path)]
    orphan.state.path.unlink(missing_ok=True)
    return kept


def year_folder(layout: ProjectLayout, year: int) -> Path:
    """Where the documents of a monitoring year are kept once their mechanism's documents are of another."""
    return layout.output / str(year)


def _keep_in_year_folders(layout: ProjectLayout, keep: Sequence[Kept]) -> list[Path]:
    """Move each file of ``keep`` into its year's folder, the moves on the disk before anything replaces them. A
    file of that name already there (kept before, and the year's documents made again since) stays: the one moved
    is dropped when it holds the same bytes, else kept as a backup (as it is where the folder is a link)."""
    backups: list[Path] = []
    folders = set()
    for kept in keep:
        if kept.state.sha256 is None:
            continue
        folder = year_folder(layout, kept.year)
        linked = folder.is_symlink()  # a link planted in its place leads out of output/: never followed
        if not linked:
            folder.mkdir(parents=True, exist_ok=True)
        there = folder / kept.state.path.name
        if linked or there.exists() or there.is_symlink():
            if linked or contents(there) != contents(kept.state.path):
                backups.append(keep_backup(layout.output, kept.state.path))
            kept.state.path.unlink()
        else:
            os.replace(kept.state.path, there)
            folders.add(folder)
    for folder in folders:
        fsync_folder(folder)
    if folders:
        fsync_folder(layout.output)
    return backups
