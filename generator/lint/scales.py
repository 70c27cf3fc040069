"""The scale rules (:mod:`generator.scales`) on any document: the indicator table's scales, read row by row
with the importer's parser, and the groups by total points its criteria state.

A row of the indicator table gives its code (first cell), unit («%», «человек», «да/нет»), level («Уровень:
муниципальный», or a name that counts organisations: «Доля ОО, …» has one value for the округ) and its bands,
one per paragraph or (a PDF's cell) one after another."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from pydantic import ValidationError

from schemas.regulation import ScoringBand, Total

from ..messages import scales as scale_messages
from ..docx.typed import strip_typed
from ..scales.reading import bands_in
from ..scales.totals import MUNICIPAL_NAME, read_total
from ..scales import scale_findings, total_findings
from ..messages import lint as say
from .document import LintDocument, Passage
from .registry import Finding, check

CODE = re.compile(r"^\d+(?:\.\d+)+\.?$")
UNITS = (
    ("да/нет", "да/нет"),
    ("%", "процент"),
    ("процент", "процент"),
    ("человек", "человек"),
    ("чел.", "человек"),
    ("единиц", "единица"),
    ("ед.", "единица"),
    ("балл", "балл"),
)
LEVEL = re.compile(r"(?:^|\s)Уровень:\s*(муниципальн\w*|ДОО|ОО)\b")
"""«Уровень: муниципальный» in a cell of its own (DOCX) or among the collection's lines (a PDF's cell, whole)."""


@dataclass
class Row:
    passages: list[Passage] = field(default_factory=list)
    code: str = ""
    unit: str = ""
    level: str = ""
    bands: list[tuple[Passage, ScoringBand]] = field(default_factory=list)


@check()
def scales(document: LintDocument) -> Iterator[Finding]:
    rows = [row for row in _rows(document) if row.bands]
    for row in rows:
        owner = scale_messages.SCALE_OWNER.format(code=row.code or say.SCALE_IN_TABLE)
        bands = [band for _, band in row.bands]
        for finding in scale_findings(bands, row.unit or _unit_of(bands), owner):
            index = finding.index if finding.index is not None else len(bands) - 1
            yield Finding(finding.code, row.bands[index][0], finding.message)
    yield from _total(document, rows)


def _rows(document: LintDocument) -> list[Row]:
    rows: list[Row] = []
    for passage in document.passages:
        if not passage.in_table:
            continue
        if passage.first_cell or not rows:
            rows.append(Row())
        _read_cell(rows[-1], passage)
    return rows


def _read_cell(row: Row, passage: Passage) -> None:
    text = " ".join(passage.text.split())
    row.passages.append(passage)
    if not row.code and CODE.match(text):
        row.code = text.rstrip(".")
    elif unit := next(
        (unit for word, unit in UNITS if text.lower() == word or text.lower().startswith(word) and len(text) < 12), ""
    ):
        row.unit = row.unit or unit
    elif level := LEVEL.search(text):
        row.level = "муниципалитет" if "муниципал" in level.group(1).lower() else level.group(1)
    elif not row.level and MUNICIPAL_NAME.match(text):
        row.level = "муниципалитет"
    else:
        for found in bands_in(passage.text):
            try:
                row.bands.append((passage, ScoringBand.model_validate(found)))
            except ValidationError:
                continue


def _unit_of(bands: list[ScoringBand]) -> str:
    if any(band.answer for band in bands):
        return "да/нет"
    return "процент" if all(band.upper is None or band.upper <= 100 for band in bands) else ""


def _total(document: LintDocument, rows: list[Row]) -> Iterator[Finding]:
    prose = [p for p in document.passages if not p.in_table]
    read = read_total([strip_typed(p.text) for p in prose])
    if not read.total:
        return
    try:
        total = Total.model_validate(read.total)
    except ValidationError:
        return
    summed = [row for row in rows if not total.indicators or row.code in total.indicators]
    levels = {row.code: row.level for row in summed if row.level}
    maxima = {row.code or str(n): max(band.points for _, band in row.bands) for n, row in enumerate(summed)}
    lines = read.group_lines
    lead = 1 if len(lines) > len(total.groups) else 0
    for finding in total_findings(total, levels, maxima, scale_messages.TOTAL_OWNER):
        line = lines[0] if finding.index is None else lines[finding.index + lead]
        yield Finding(finding.code, prose[line], finding.message)
