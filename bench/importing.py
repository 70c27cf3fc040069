"""Import timings for ``bench/run.py``: ``msoko import`` of a 20-page Положение as .docx, as a PDF with a text
layer, and of one scanned page (an image-only PDF, recognised by tesseract); targets 2 s and 10 s a page.

The documents are typed by the import corpus's builders (python-docx, LibreOffice for the PDF, pdftoppm and
Pillow for the scan), so the bench needs the ``test`` extras and LibreOffice; without them it says so."""

from __future__ import annotations

import dataclasses
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_PAGES = 20
FILLER_ROUNDS = 54
"""Copies of the general provisions that bring the typed Положение to about twenty printed pages."""


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def long_regulation(folder: Path) -> tuple[Path, Path, Path]:
    """A Положение о мониторинге 1.1 of about twenty pages as .docx and its LibreOffice PDF, and a one-page scan."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.import_corpus import layouts, office, word
    from tests.import_corpus.spec import S11

    spec = dataclasses.replace(
        S11, general=tuple(f"{text} (пункт {n})" for n in range(FILLER_ROUNDS) for text in S11.general + S11.methods)
    )
    document = word.new()
    word.stamp_table(document)
    layouts.title_pair(document, spec)
    layouts.numbered_body(document, spec)
    docx = folder / "long.docx"
    document.save(docx)
    pdf = office.convert(docx, folder / "long.pdf")
    first = folder / "first.pdf"
    subprocess.run(["pdfseparate", "-f", "1", "-l", "1", str(pdf), str(first)], check=True)
    return docx, pdf, office.scan(first, folder / "scan.pdf")


def import_timings(example: Path, work: Path) -> list[tuple[str, str, list[float], str]]:
    """(what, volume, wall seconds of each run, the processor time) for the three imports; empty when the
    tools are missing. The processor time is shown beside: on a machine others share, the wall time is the
    processor's share of it, not msoko's speed."""
    if not (shutil.which("soffice") and shutil.which("pdftoppm") and shutil.which("tesseract")):
        print("импорт не замерен: нужны LibreOffice, poppler-utils и tesseract-ocr-rus", file=sys.stderr)
        return []
    folder = work / "import"
    folder.mkdir()
    docx, pdf, scan = long_regulation(folder)
    project = work / "import-project"
    shutil.copytree(example / "regulations", project / "regulations")
    for source in (project / "regulations" / "mechanisms").glob("*.yaml"):
        source.unlink()
    target = project / "regulations" / "mechanisms" / "1.1.yaml"

    def measured(path: Path, runs: int) -> tuple[list[float], str]:
        walls, processor = [], []
        for _ in range(runs):
            target.unlink(missing_ok=True)
            wall, used = timed([sys.executable, "-m", "generator", "--project", str(project), "import", str(path)])
            walls.append(wall)
            processor.append(used)
        return walls, f"процессор: {statistics.median(processor):.2f} с"

    pages = pages_of(pdf)
    return [
        (f"`msoko import`, Положение .docx ({pages} с.)", "1 файл", *measured(docx, 3)),
        (f"`msoko import`, тот же PDF с текстом ({pages} с.)", "1 файл", *measured(pdf, 3)),
        ("`msoko import`, скан (PDF из изображений, tesseract)", "1 с.", *measured(scan, 2)),
    ]


def timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time and processor time (user and system, the process and its children such as tesseract)."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(argv[-2:])} failed:\n{errors.read()[-3000:].decode(errors='replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime
