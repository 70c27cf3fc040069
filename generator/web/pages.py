"""Page images of a generated document: LibreOffice → PDF → PNG (pdftoppm), cached by the DOCX's
content hash under output/.msoko/pages/, so a document is converted once per version."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from .. import messages
from ..errors import MsokoError
from ..build.manifest import digest
from ..build.scratch import scratch_folder
from ..messages import web as say
from ..review.pdf import convert_to_pdf
from ..project import ProjectLayout

RESOLUTION = 80
"""Dots per inch: an A4 page is about 660 px wide, legible on a laptop screen."""


def page_images(layout: ProjectLayout, document: bytes) -> list[Path]:
    """The PNG pages of ``document`` (the bytes of a file in output/), converting it on first request."""
    folder = layout.state / "pages" / digest(document)
    if folder.is_dir():
        return _pages(folder)
    if shutil.which("pdftoppm") is None:
        raise MsokoError(
            [
                Diagnostic.error(
                    Location(messages.LOCATION_ENVIRONMENT),
                    say.PDFTOPPM_MISSING,
                    code="web",
                )
            ]
        )
    folder.parent.mkdir(parents=True, exist_ok=True)
    with scratch_folder("pages", folder.parent) as work:
        copy = work / "document.docx"
        copy.write_bytes(document)
        (pdf,) = convert_to_pdf([copy], work / "pdf")
        images = work / "png"
        images.mkdir()
        subprocess.run(
            ["pdftoppm", "-r", str(RESOLUTION), "-png", str(pdf), str(images / "page")],
            check=True,
            capture_output=True,
            timeout=300,
        )
        try:
            os.replace(images, folder)  # another request may have made the same pages meanwhile
        except OSError:
            if not folder.is_dir():
                raise
    return _pages(folder)


def _pages(folder: Path) -> list[Path]:
    return sorted(folder.glob("page-*.png"), key=lambda path: int(path.stem.rsplit("-", 1)[1]))
