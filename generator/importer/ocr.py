"""A scanned page read by tesseract (Debian's ``tesseract-ocr`` with ``tesseract-ocr-rus``) through pytesseract:
the page rendered to an image, recognised, and its words gathered into lines with their place on the page, so
the lines join into paragraphs as a text layer's do (:mod:`generator.importer.layout`)."""

from __future__ import annotations

import shutil

from .. import messages
from ..docx.reader import UnreadableDocument
from .layout import Line

RESOLUTION = 300
"""Dots per inch of the rendered page: tesseract reads 10–12 pt type best at 300."""
POINTS_PER_DOT = 72 / RESOLUTION
TAB_GAP = 14.0
MIN_CONFIDENCE = 0
"""Words tesseract marks -1 are layout boxes, not text."""


def recognised_lines(page) -> list[Line]:
    """The page's lines as tesseract reads them, in points from the page's top left."""
    import pytesseract

    if shutil.which("tesseract") is None:
        raise UnreadableDocument(messages.IMPORT_OCR_MISSING)
    image = page.to_image(resolution=RESOLUTION).original
    try:
        data = pytesseract.image_to_data(image, lang="rus", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        raise UnreadableDocument(messages.IMPORT_OCR_MISSING) from None
    words: dict[tuple[int, int, int], list[tuple[float, float, float, float, str]]] = {}
    for i, text in enumerate(data["text"]):
        if text.strip() and float(data["conf"][i]) >= MIN_CONFIDENCE:
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            left, top = data["left"][i] * POINTS_PER_DOT, data["top"][i] * POINTS_PER_DOT
            words.setdefault(key, []).append((left, top, left + data["width"][i] * POINTS_PER_DOT,
                                              top + data["height"][i] * POINTS_PER_DOT, text))
    lines = [_line(sorted(found)) for found in words.values()]
    return sorted(lines, key=lambda line: line.top)


def _line(words: list[tuple[float, float, float, float, str]]) -> Line:
    text = words[0][4]
    for previous, word in zip(words, words[1:]):
        text += ("\t" if word[0] - previous[2] > TAB_GAP else " ") + word[4]
    return Line(min(w[1] for w in words), max(w[3] for w in words), words[0][0], words[-1][2], text, False)
