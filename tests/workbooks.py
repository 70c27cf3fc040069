"""Filling collection workbooks as an organization would, with openpyxl: every open cell of the data sheet by a
rule, then single cells by their address (good values or the mistakes people make)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

DATA = "Показатели"


def part_of(label: str) -> str:
    """«Числитель: …» → numerator; «Знаменатель: …» → denominator; anything else → value."""
    return {"Числитель": "numerator", "Знаменатель": "denominator"}.get(label.partition(":")[0], "value")


def plausible(key: str, code: str, part: str) -> Any:
    """A good value for any cell: a denominator of 100 + a little, a numerator below it, «да», a small count."""
    seed = sum(map(ord, key + code))
    return {"numerator": 60 + seed % 30, "denominator": 100 + seed % 17}.get(part, 3 + seed % 5)


def fill(
    source: Path,
    target: Path,
    value: Callable[[str, str, str], Any] = plausible,
    cells: dict[str, Any] | None = None,
    keys: set[str] | None = None,
    edit: Callable[[openpyxl.Workbook], None] | None = None,
    breakdowns: bool = False,
) -> Path:
    """Fill the open cells of the rows ``keys`` (every row when None) by ``value``, then set ``cells`` by address
    (None clears one), then ``edit`` the workbook; save it as ``target``. The organizations' cells of a municipal
    indicator broken down by them (open in the округ's row too) are left empty unless ``breakdowns``."""
    book = openpyxl.load_workbook(source)
    sheet = book[DATA]
    municipal = {
        cell.column
        for row in sheet.iter_rows(min_row=4)
        if row[0].value == "округ"
        for cell in row[2:]
        if not cell.protection.locked
    }
    for row in sheet.iter_rows(min_row=4):
        key = str(row[0].value)
        if keys is not None and key not in keys:
            continue
        for cell in row[2:]:
            skipped = not breakdowns and key != "округ" and cell.column in municipal
            if not cell.protection.locked and not skipped:
                code = str(sheet.cell(2, cell.column).value).partition(". ")[0]
                cell.value = value(key, code, part_of(str(sheet.cell(3, cell.column).value)))
    for address, content in (cells or {}).items():
        sheet[address] = content
    if edit:
        edit(book)
    book.save(target)
    return target


def stored(csv_text: str) -> Callable[[str, str, str], Any]:
    """The values of a ``data/<year>/<mechanism>.csv`` as a rule for :func:`fill`: each cell its stored value, or
    empty where the table holds none."""
    values: dict[tuple[str, str, str], Any] = {}
    for line in csv_text.splitlines()[1:]:
        key, code, part, text = line.split(",")
        values[(key, code, part)] = int(text) if text.isdigit() else float(text) if "." in text else text
    return lambda key, code, part: values.get((key, code, part))
