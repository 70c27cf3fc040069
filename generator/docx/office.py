"""Where LibreOffice, msoko's office suite, is installed: ``msoko pdf`` converts documents with it, ``msoko import``
reads .doc, .odt and .rtf through it."""

from __future__ import annotations

import shutil


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")
