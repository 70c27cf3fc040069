"""The no-change shortcut of ``msoko regen`` (and ``msoko pdf``): proof that nothing changed since the last full
build.

A full build (all documents) that leaves every output current records ``output/.msoko/fresh.json``: the digest of
every file the build reads (the sources under ``regulations/``, the monitoring data under ``data/``, the templates,
msoko's own code), of the manifest, the documents in plan order and the warnings and notes it printed. Validation and
rendering are functions of exactly those inputs, so while all of them match and every output still holds the bytes
the manifest records, a new build would decide «без изменений» for every document and print the same warnings:
``regen`` says so without loading pydantic, the sources or the templates, and ``pdf`` takes the documents it
converts from the record. Any difference, a journal of an interrupted build or a damaged record sends it the full
way, which rewrites the record."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import messages
from ..project import BUILTIN_TEMPLATES, INSTALLATION, ProjectLayout
from .manifest import JOURNAL_NAME, MANIFEST_NAME, file_digest, read_manifest

FRESH_NAME = ".msoko/fresh.json"
UNREAD_FOLDERS = ("approved",)
"""Under regulations/: approved copies, which a build never reads (only a conflict quotes their day)."""


@dataclass(frozen=True)
class FreshDocument:
    id: str
    output: str
    title: str


@dataclass(frozen=True)
class Fresh:
    documents: list[FreshDocument]
    warnings: list[str]
    """As the full build printed them."""
    notes: list[str]

    def chosen(self, wanted: tuple[str, ...]) -> list[FreshDocument] | None:
        """The documents ``wanted`` (none or «all»: every one; else ids, in the order given), as
        :func:`~generator.build.plan.select_targets` picks them; None where a name is not an id of the record (a
        mechanism code, a mistake): the full way tells it."""
        if not wanted or "all" in wanted:
            return self.documents
        by_id = {document.id: document for document in self.documents}
        if not set(wanted) <= by_id.keys():
            return None
        return [by_id[name] for name in dict.fromkeys(wanted)]


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """A change to msoko's own code or catalogs rebuilds everything, as Sphinx's .buildinfo does."""
    hasher = hashlib.sha256()
    for folder in ("generator", "schemas"):
        for path in sorted((INSTALLATION / folder).rglob("*")):
            if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
                hasher.update(path.relative_to(INSTALLATION).as_posix().encode())
                hasher.update(path.read_bytes())
    return hasher.hexdigest()


def inputs(layout: ProjectLayout) -> dict[str, str]:
    """The digest of every file a build of this project reads."""
    found = {messages.INPUT_GENERATOR: generator_fingerprint()}
    for folder in (layout.regulations, layout.data_dir, layout.templates, BUILTIN_TEMPLATES):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            relative = path.relative_to(folder).parts
            if path.is_file() and not (folder == layout.regulations and relative[0] in UNREAD_FOLDERS):
                found[
                    f"{folder.name}/{'/'.join(relative)}"
                    if folder != BUILTIN_TEMPLATES
                    else f"msoko/{'/'.join(relative)}"
                ] = file_digest(path)
    return found


def record(layout: ProjectLayout, documents: list[FreshDocument], warnings: list[str], notes: list[str]) -> None:
    """After a full build that left every output current."""
    from .write import atomic_write

    data = {
        "inputs": inputs(layout),
        "manifest": file_digest(layout.output / MANIFEST_NAME),
        "documents": [[d.id, d.output, d.title] for d in documents],
        "warnings": warnings,
        "notes": notes,
    }
    atomic_write(layout.output / FRESH_NAME, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode())


def unchanged(layout: ProjectLayout) -> Fresh | None:
    """The record, when it proves a full build would change nothing; else None. Call under the lock."""
    try:
        data = json.loads((layout.output / FRESH_NAME).read_bytes())
        if (layout.output / JOURNAL_NAME).exists() or data["manifest"] != file_digest(layout.output / MANIFEST_NAME):
            return None
        documents = [FreshDocument(*document) for document in data["documents"]]
        warnings = [str(warning) for warning in data["warnings"]]
        notes = [str(note) for note in data["notes"]]
        recorded = data["inputs"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    manifest = read_manifest(layout)
    for document in documents:
        entry = manifest.entries.get(document.id)
        if entry is None or entry.file != document.output or not _holds(layout.output / entry.file, entry.sha256):
            return None
    if manifest.problem or recorded != inputs(layout):
        return None
    return Fresh(documents, warnings, notes)


def _holds(path: Path, sha256: str) -> bool:
    try:
        return file_digest(path) == sha256
    except OSError:
        return False
