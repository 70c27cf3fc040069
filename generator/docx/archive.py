"""Opening a DOCX package (a zip) with bounds, so a zip bomb is refused before it is inflated.

Every place that reads a package someone handed to msoko (templates, ``import``, ``lint``, the
review loop) reads its parts through :func:`read_parts`."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

from .. import messages

MAX_ENTRIES = 5_000
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200
"""Word's XML deflates 5–30 times; a part inflating more than this is a bomb, not a document."""
RATIO_FLOOR = 1024 * 1024
"""Parts smaller than this are never too compressed to read."""
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""An OLE compound file, not a zip: a .doc or an .xls, or a password-protected .docx."""


class PackageRefused(zipfile.BadZipFile):
    """A package msoko will not inflate; the message is Russian."""


def open_package(source: bytes | Path) -> zipfile.ZipFile:
    """The zip, after its declared sizes are checked against the limits."""
    archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    try:
        _check(archive.infolist())
    except PackageRefused:
        archive.close()
        raise
    return archive


def read_parts(archive: zipfile.ZipFile, names: Iterable[str]) -> dict[str, bytes]:
    """The named parts, each read no further than the limit (a header may lie about the size)."""
    parts: dict[str, bytes] = {}
    total = 0
    for name in names:
        with archive.open(name) as stream:
            data = stream.read(MAX_PART_BYTES + 1)
        total += len(data)
        if len(data) > MAX_PART_BYTES or total > MAX_TOTAL_BYTES:
            raise PackageRefused(messages.PACKAGE_TOO_LARGE.format(limit=MAX_TOTAL_BYTES // (1024 * 1024)))
        parts[name] = data
    return parts


def _check(entries: list[zipfile.ZipInfo]) -> None:
    if len(entries) > MAX_ENTRIES:
        raise PackageRefused(messages.PACKAGE_TOO_MANY_PARTS.format(count=len(entries), limit=MAX_ENTRIES))
    if sum(e.file_size for e in entries) > MAX_TOTAL_BYTES or any(e.file_size > MAX_PART_BYTES for e in entries):
        raise PackageRefused(messages.PACKAGE_TOO_LARGE.format(limit=MAX_TOTAL_BYTES // (1024 * 1024)))
    for entry in entries:
        if entry.file_size > RATIO_FLOOR and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise PackageRefused(
                messages.PACKAGE_BOMB.format(part=entry.filename, ratio=entry.file_size // max(entry.compress_size, 1))
            )
