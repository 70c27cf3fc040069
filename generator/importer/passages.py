"""Indicators typed as paragraphs rather than a table: «Показатель 1. Доля …» (its number often bold), then
lines that describe it — «Единица измерения: процент.», «Источник данных: …», the computation clause — and
its bands as a list under «Шкала оценивания:» or «Оценка в баллах:» («90 % и более — 2 балла;», «– 2 балла —
100 %;»)."""

from __future__ import annotations

import re

from ..docx.reader import Paragraph
from .indicators import UNITS, column_choice
from ..scales.reading import band_of
from .text import strip_typed

OPENING = re.compile(
    r"^\s*показатель\s+(?:№\s*)?(?P<code>\d+(?:\.\d+)*)\.?\s*[.:—–-]?\s*(?P<name>\S.*)$", re.IGNORECASE | re.DOTALL
)
LABELLED = (
    ("unit", re.compile(r"^\s*единица\s+измерения\s*[:—–-]\s*(?P<value>.+?)\.?$", re.IGNORECASE)),
    (
        "source",
        re.compile(r"^\s*источник(?:и)?(?:\s+(?:данных|информации))?\s*[:—–-]\s*(?P<value>.+?)\.?$", re.IGNORECASE),
    ),
    ("method", re.compile(r"^\s*метод(?:\s+сбора(?:\s+информации)?)?\s*[:—–-]\s*(?P<value>.+?)\.?$", re.IGNORECASE)),
    ("periodicity", re.compile(r"^\s*периодичность\s*[:—–-]\s*(?P<value>.+?)\.?$", re.IGNORECASE)),
    (
        "calculation",
        re.compile(
            r"^\s*(?:формула\s+расч[её]та|способ\s+расч[её]та|расч[её]т)\s*[:—–-]\s*"
            r"(?P<value>.+)$",
            re.IGNORECASE,
        ),
    ),
)
COMPUTED = re.compile(r"\bрассчитыва\w+|\bвычисля\w+|\bопределя\w+\s+как\b", re.IGNORECASE)
SCALE_LEAD = re.compile(
    r"^\s*(?:шкала\s+оценивания|оценка\s+в\s+баллах|критери\w+\s+оценивания|баллы)\s*:?\s*$", re.IGNORECASE
)
UNIT_IN_SENTENCE = re.compile(r"\s*\(\s*единица\s+измерения\s*[—–:-]\s*(?P<unit>[^)]+)\)", re.IGNORECASE)


def is_paragraph_indicators(blocks: list) -> bool:
    return any(isinstance(b, Paragraph) and OPENING.match(b.text) for b in blocks)


def read_passages(blocks: list) -> tuple[list[tuple[Paragraph, dict]], list]:
    """(the opening paragraph, the values read) per indicator, and the blocks before the first one (a group's
    heading, a lead-in), for the caller to keep or name."""
    found: list[tuple[Paragraph, dict]] = []
    before: list = []
    for block in blocks:
        opening = OPENING.match(block.text) if isinstance(block, Paragraph) else None
        if opening:
            name = " ".join(opening.group("name").split()).rstrip(".")
            values: dict = {"code": opening.group("code"), "scoring": []}
            unit = UNIT_IN_SENTENCE.search(name)
            if unit:
                values["unit"] = unit.group("unit")
                name = (name[: unit.start()] + name[unit.end() :]).strip().rstrip(".")
            values["name"] = name
            found.append((block, values))
        elif found and isinstance(block, Paragraph) and block.text.strip():
            _describe(found[-1][1], block)
        elif not found:
            before.append(block)
    return found, before


def _describe(values: dict, paragraph: Paragraph) -> None:
    text = " ".join(strip_typed(paragraph.text).split())
    if SCALE_LEAD.match(text):
        return
    band = band_of(text.rstrip(";."))
    if band is not None:
        values["scoring"].append(band)
        return
    for key, pattern in LABELLED:
        labelled = pattern.match(text)
        if labelled:
            values[key] = labelled.group("value").strip()
            return
    if COMPUTED.search(text):
        values["calculation"] = text
    else:
        values.setdefault("rest", []).append(text)


def unit_of(text: str) -> str | None:
    """«в процентах», «процент», ««да/нет»»: the unit a phrase names."""
    lowered = text.lower().replace("«", "").replace("»", "")
    return column_choice(lowered, UNITS)
