"""ГОСТ Р 7.0.97-2025 page layout: A4, the minimum margins, body sizes 12–14 pt (tables and the executor mark from 10
pt) and the
recommended fonts."""

from __future__ import annotations

import re
from typing import Iterator

from ..docx.oxml import TWIPS_PER_MM
from ..messages import lint as say
from .document import LintDocument, Passage
from .registry import Finding, check, lexicon

A4_TWIPS = (11906, 16838)
A4_TOLERANCE_TWIPS = 30
MIN_MARGINS_MM = {"left": 20, "right": 10, "top": 20, "bottom": 20}
WORD_DEFAULT_MARGIN_MM = 25.4
BODY_SIZES = (12, 14)
TABLE_MIN_SIZE = 10


@check(layout=True)
def page_setup(document: LintDocument) -> Iterator[Finding]:
    if not document.pages:
        yield Finding("page-size", None, say.NO_PAGE_SETUP)
    for index, page in enumerate(document.pages or [], start=1):
        if not _is_a4(page.width, page.height):
            yield Finding(
                "page-size",
                None,
                say.PAGE_SIZE.format(section=index, width=page.width / TWIPS_PER_MM, height=page.height / TWIPS_PER_MM),
            )
        for side, minimum in MIN_MARGINS_MM.items():
            value = page.margins[side] / TWIPS_PER_MM if page.margins else WORD_DEFAULT_MARGIN_MM
            if value + 0.3 < minimum:
                yield Finding(
                    "page-margins",
                    None,
                    say.MARGIN.format(section=index, side=say.SIDES[side], value=value, minimum=minimum),
                )


def _is_a4(width: int, height: int) -> bool:
    return all(abs(a - e) <= A4_TOLERANCE_TWIPS for a, e in zip(sorted((width, height)), A4_TWIPS))


_EXECUTOR = re.compile(r"^\s*(?:Исп(?:\.|олнитель)|Разослать:)")
"""The mark of the executor at a letter's foot, which ГОСТ Р 7.0.97-2025 lets be smaller, as a table's text, and
the указатель рассылки an act keeps under it in the same size."""


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
            yield Finding("font-family", passage, say.FONT.format(font=font))
    for (size, in_table), where in wrong_sizes.items():
        low, high = _allowed(in_table)
        place = say.IN_TABLES if in_table else ""
        count = say.SIZE_COUNT.format(count=len(where)) if len(where) > 1 else ""
        yield Finding(
            "font-size",
            where[0],
            say.FONT_SIZE.format(place=place, size=_points(size), low=low, high=high, count=count),
        )


def _allowed(in_table: bool) -> tuple[int, int]:
    return (TABLE_MIN_SIZE, BODY_SIZES[1]) if in_table else BODY_SIZES


def _points(size: float) -> str:
    return f"{size:g}".replace(".", ",")
