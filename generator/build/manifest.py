"""What msoko wrote: ``output/.msoko/manifest.json`` and its write-ahead journal.

The manifest records, per document, the file, the sha256 of its bytes and of every input. Before a
batch of outputs is replaced, the entries they will have are written to ``journal.json``; the
manifest follows the outputs and the journal is removed last. A process killed at any instant thus
leaves outputs that either the manifest or the journal describes, and the next run adopts them
(:func:`read_manifest`) instead of taking msoko's own files for hand edits."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .. import messages
from ..project import ProjectLayout

MANIFEST_NAME = ".msoko/manifest.json"
JOURNAL_NAME = ".msoko/journal.json"


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    sha256: str
    inputs: dict[str, str]


@dataclass
class Manifest:
    """The manifest as read, with the journal of an interrupted build applied."""

    entries: dict[str, ManifestEntry] = field(default_factory=dict)
    problem: str | None = None
    """Why the manifest cannot be trusted (missing beside existing outputs, or damaged); None when fine."""
    path: Path | None = None


def read_manifest(layout: ProjectLayout) -> Manifest:
    path = layout.output / MANIFEST_NAME
    manifest = Manifest(path=path)
    try:
        manifest.entries = _entries(path.read_bytes())
    except FileNotFoundError:
        if any(layout.output.glob("*.docx")):
            manifest.problem = messages.MANIFEST_MISSING
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        manifest.problem = messages.MANIFEST_DAMAGED.format(reason=_reason(error))
    _apply_journal(layout, manifest)
    return manifest


def _entries(data: bytes) -> dict[str, ManifestEntry]:
    documents = json.loads(data.decode("utf-8"))["documents"]
    entries = {
        name: ManifestEntry(entry["file"], entry["sha256"], dict(entry["inputs"])) for name, entry in documents.items()
    }
    if any(Path(e.file).name != e.file or e.file in ("", ".", "..") for e in entries.values()):
        raise KeyError("file")  # an entry must name a file in output/ itself, never a path out of it
    return entries


def _reason(error: Exception) -> str:
    return messages.MANIFEST_NOT_JSON if isinstance(error, ValueError) else messages.MANIFEST_FIELDS_MISSING


def _apply_journal(layout: ProjectLayout, manifest: Manifest) -> None:
    """An interrupted build: adopt every output that already holds the bytes the journal announced."""
    try:
        journal = _entries((layout.output / JOURNAL_NAME).read_bytes())
    except (FileNotFoundError, ValueError, KeyError, TypeError, AttributeError):
        return  # no journal, or one cut short before any output was touched (it is written atomically)
    for name, entry in journal.items():
        try:
            if file_digest(layout.output / entry.file) == entry.sha256:
                manifest.entries[name] = entry
        except FileNotFoundError:
            continue


def manifest_bytes(entries: dict[str, ManifestEntry]) -> bytes:
    documents = {
        name: {"file": e.file, "sha256": e.sha256, "inputs": dict(sorted(e.inputs.items()))}
        for name, e in sorted(entries.items())
    }
    return (json.dumps({"version": 1, "documents": documents}, ensure_ascii=False, indent=2) + "\n").encode()


def fsync_folder(folder: Path) -> None:
    """Make the renames in ``folder`` durable (one call after a batch, not one per file)."""
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


LINK_PREFIX = b"symlink:"
"""Stands before a symbolic link's target in what is hashed of it: no document's bytes begin so."""


def file_digest(path: Path) -> str:
    return digest(contents(path))


def contents(path: Path) -> bytes:
    """A file's bytes; a symbolic link's is where it leads, written out, never what is there (a link planted in
    ``output/`` may lead anywhere): so a link is never msoko's own file, and ``--force`` keeps the link itself."""
    if path.is_symlink():
        return LINK_PREFIX + os.fsencode(os.readlink(path))
    return path.read_bytes()
