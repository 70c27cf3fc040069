"""A scanned page read by tesseract (Debian's ``tesseract-ocr`` with ``tesseract-ocr-rus``) through pytesseract:
the page rendered to an image, recognised, and its words gathered into lines with their place on the page, so
the lines join into paragraphs as a text layer's do (:mod:`generator.importer.layout`)."""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ThreadPoolExecutor

from ..messages import importer as messages
from ..docx.reader import UnreadableDocument
from ..pdf.reader import PrintedPage
from .layout import Line, PageTable
from .rules import Word, deskewed, line_of, place_words, ruled_tables, same_lines

RESOLUTION = 300
"""Dots per inch of the rendered page: tesseract reads 10–12 pt type best at 300."""
POINTS_PER_DOT = 72 / RESOLUTION
TAB_GAP = 14.0
DIGITS = "--psm 6 -c tessedit_char_whitelist=0123456789"
"""A points cell read again: a block of digits only; failing that, again in black and white (a tall cell
with one grey digit in it)."""
INK = 160
CELL_MARGIN = 6
"""Dots cut off a cell's edges so that its rules are not read as a digit."""
MIN_CONFIDENCE = 0
"""Words tesseract marks -1 are layout boxes, not text."""


def recognised_pages(pages: list[PrintedPage]) -> list[list[Line | PageTable]]:
    """Each page's lines as tesseract reads them, in points from the page's top left. The pages are rendered
    one by one (pdfium is not thread-safe) and recognised side by side, one tesseract thread each: on a busy
    machine tesseract's own threads wait for each other (16.7 s a page with them here, 6.6 s without)."""
    if shutil.which("tesseract") is None:
        raise UnreadableDocument(messages.IMPORT_OCR_MISSING)
    images = [page.image(RESOLUTION) for page in pages]
    previous = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        with ThreadPoolExecutor(max_workers=max(1, min(len(images), os.cpu_count() or 1))) as pool:
            return list(pool.map(_recognised, images))
    finally:
        if previous is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)
        else:
            os.environ["OMP_THREAD_LIMIT"] = previous


def _recognised(image) -> list[Line | PageTable]:
    import pytesseract

    image = deskewed(image)
    try:
        data = pytesseract.image_to_data(image, lang="rus", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        raise UnreadableDocument(messages.IMPORT_OCR_MISSING) from None
    words: list[Word] = []
    for i, raw in enumerate(data["text"]):
        text = raw.strip().strip("|[]")  # a table's rule read into the word beside it: «|1»
        if text and float(data["conf"][i]) >= MIN_CONFIDENCE:
            left, top = data["left"][i] * POINTS_PER_DOT, data["top"][i] * POINTS_PER_DOT
            words.append(
                (
                    left,
                    top,
                    left + data["width"][i] * POINTS_PER_DOT,
                    top + data["height"][i] * POINTS_PER_DOT,
                    text,
                    (data["block_num"][i], data["par_num"][i], data["line_num"][i]),
                )
            )

    def digits(box: tuple[float, float, float, float]) -> str:
        left, top, right, bottom = (round(edge / POINTS_PER_DOT) for edge in box)
        cell = image.crop((left + CELL_MARGIN, top + CELL_MARGIN, right - CELL_MARGIN, bottom - CELL_MARGIN))
        for attempt in (cell, cell.convert("L").point(lambda value: 0 if value < INK else 255)):
            text = pytesseract.image_to_string(attempt, lang="rus", config=DIGITS).strip()
            if text.isdigit():
                return text
        return ""

    outside, tables = place_words(words, ruled_tables(image, POINTS_PER_DOT), digits)
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in outside:
        lines.setdefault(word[5], []).append(word)
    items: list[Line | PageTable] = list(same_lines([line_of(found, TAB_GAP) for found in lines.values()]))
    return sorted([*items, *tables], key=lambda item: item.top)
