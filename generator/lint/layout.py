"""ГОСТ Р 7.0.97-2025 page layout: A4, the minimum margins, body sizes 12–14 pt (tables and the executor mark from 10
pt) and the
recommended fonts."""

from __future__ import annotations

import re
from typing import Iterator

from ..docx.oxml import TWIPS_PER_MM
from .document import LintDocument, Passage
from .registry import Finding, check, lexicon

A4_TWIPS = (11906, 16838)
A4_TOLERANCE_TWIPS = 30
MIN_MARGINS_MM = {"left": 20, "right": 10, "top": 20, "bottom": 20}
WORD_DEFAULT_MARGIN_MM = 25.4
BODY_SIZES = (12, 14)
TABLE_MIN_SIZE = 10
SIDE_NAMES = {"left": "левое", "right": "правое", "top": "верхнее", "bottom": "нижнее"}


@check(layout=True)
def page_setup(document: LintDocument) -> Iterator[Finding]:
    if not document.pages:
        yield Finding("page-size", None, "нет параметров страницы: Word возьмёт формат Letter, а не A4")
    for index, page in enumerate(document.pages or [], start=1):
        if not _is_a4(page.width, page.height):
            yield Finding(
                "page-size",
                None,
                f"раздел {index}: формат страницы {page.width / TWIPS_PER_MM:.0f} × "
                f"{page.height / TWIPS_PER_MM:.0f} мм, а нужен A4 (210 × 297 мм)",
            )
        for side, minimum in MIN_MARGINS_MM.items():
            value = page.margins[side] / TWIPS_PER_MM if page.margins else WORD_DEFAULT_MARGIN_MM
            if value + 0.3 < minimum:
                yield Finding(
                    "page-margins",
                    None,
                    f"раздел {index}: {SIDE_NAMES[side]} поле {value:.0f} мм, а по ГОСТ — не менее {minimum} мм",
                )


def _is_a4(width: int, height: int) -> bool:
    return all(abs(a - e) <= A4_TOLERANCE_TWIPS for a, e in zip(sorted((width, height)), A4_TWIPS))


_EXECUTOR = re.compile(r"^\s*Исп(?:\.|олнитель)")
"""The mark of the executor at a letter's foot, which ГОСТ Р 7.0.97-2025 lets be smaller, as a table's text."""


@check(layout=True)
def typefaces(document: LintDocument) -> Iterator[Finding]:
    """One finding per wrong size (where it first occurs and how often), one per unusual font."""
    fonts = set(lexicon()["fonts"])
    wrong_sizes: dict[tuple[float, bool], list[Passage]] = {}
    reported_fonts: set[str] = set()
    for passage in document.passages:
        if not passage.text.strip():
            continue
        low, high = _allowed(passage.in_table or bool(_EXECUTOR.match(passage.text)))
        for size in sorted(size for size in passage.typeface.sizes if not low <= size <= high):
            wrong_sizes.setdefault((size, passage.in_table), []).append(passage)
        for font in sorted(passage.typeface.fonts - fonts - reported_fonts):
            reported_fonts.add(font)
            yield Finding(
                "font-family", passage, f"шрифт «{font}» не из рекомендованных (Times New Roman, Arial, Calibri …)"
            )
    for (size, in_table), where in wrong_sizes.items():
        low, high = _allowed(in_table)
        place = "в таблицах " if in_table else ""
        count = f" (абзацев с таким шрифтом: {len(where)})" if len(where) > 1 else ""
        yield Finding(
            "font-size", where[0], f"размер шрифта {place}{_points(size)} пт, а допустимо {low}–{high} пт{count}"
        )


def _allowed(in_table: bool) -> tuple[int, int]:
    return (TABLE_MIN_SIZE, BODY_SIZES[1]) if in_table else BODY_SIZES


def _points(size: float) -> str:
    return f"{size:g}".replace(".", ",")
