"""The year's collected data as plain, diffable CSV: ``data/<year>/<mechanism>.csv``, one raw value a line —
``organization,indicator,part,value`` (``sosh-1,1.1.1,numerator,412``), sorted by organization, indicator and
part, so that a new upload changes exactly the lines of the organizations it brings and nothing else moves.

The values are written as a machine reads them: a whole number as it is, a decimal with a point, an answer as
«да» or «нет». Writing is :mod:`generator.collection`'s (atomic, under the project lock); this module reads and
formats, for the results and the documents as much as for the collection."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import methodcaller
from pathlib import Path
from typing import NamedTuple, cast

from schemas.base import code_sort_key
from schemas.diagnostics import Diagnostic, Location

from ..project import ProjectLayout
from .columns import Part
from ..messages.monitoring import (
    DATA_BAD_HEADER,
    DATA_BAD_PART,
    DATA_BAD_VALUE,
    DATA_FIELDS,
    DATA_TOO_LARGE,
    DATA_TWICE,
)

Value = int | float | str
"""A whole number, a decimal, or «да»/«нет»."""
CellKey = tuple[str, str]
"""(indicator code, part): one raw value of one row."""
SortKey = tuple[tuple[int, ...], int]
"""A cell's place in the CSV: its indicator's code by its numbers, then its part."""
HEADER = ("organization", "indicator", "part", "value")
PART_ORDER = {part.value: index for index, part in enumerate(Part)}
MAX_TABLE_BYTES = 64 * 1024 * 1024
"""A thousand organizations with sixty indicators make 4 MB; anything far larger is not a year's data."""
QUOTED = ',"\r\n'
"""What makes the CSV module quote a field: an organization's key or a code holding one is written by it."""
COMMAS = methodcaller("count", ",")
DECIMAL = re.compile(r"[0-9]+\.[0-9]+")


@dataclass
class Table:
    """One mechanism's raw values for one year, by row (an organization's identifier, or the округ's key)."""

    rows: dict[str, dict[CellKey, Value]] = field(default_factory=dict)

    def replaced(self, upload: Table) -> Table:
        """This table with the rows ``upload`` brings replaced whole and every other row kept."""
        return Table({**self.rows, **upload.rows})

    def changes(self, upload: Table) -> list[Change]:
        """What replacing the rows ``upload`` brings changes in this table, value by value, in the CSV's order:
        a value added, altered, or dropped (held before, left empty now)."""
        found: list[Change] = []
        order = cell_order(cells for key in upload.rows for cells in (self.rows.get(key, {}), upload.rows[key]))
        known: dict[tuple[CellKey, ...], list[CellKey]] = {}
        for key in sorted(upload.rows):
            before, after = self.rows.get(key, {}), upload.rows[key]
            if before == after:
                continue  # the usual row of a repeated upload: nothing to sort or compare value by value
            if not before:  # a row new to the table (a first upload of a year): every value is added
                ordered = _ordered(after, order, known)
                found += [
                    Change(key, code, part, None, new) for (code, part), new in zip(ordered, map(after.get, ordered))
                ]
                continue
            for cell in sorted(before.keys() | after.keys(), key=order.__getitem__):
                old, new = before.get(cell), after.get(cell)
                if old != new:
                    found.append(Change(key, cell[0], cell[1], old, new))
        return found


class Change(NamedTuple):
    """One raw value an upload changes: ``before`` None when it is new, ``after`` None when it is dropped. A tuple:
    a first upload of a year makes one for each of its 10⁵ values."""

    key: str
    code: str
    part: str
    before: Value | None
    after: Value | None


def table_path(layout: ProjectLayout, year: int, mechanism: str) -> Path:
    return layout.data_dir / str(year) / f"{mechanism}.csv"


def stored_years(layout: ProjectLayout) -> list[int]:
    return [int(folder.name) for folder in layout.data_year_dirs()]


def stored_rows(layout: ProjectLayout) -> dict[str, list[tuple[int, str]]]:
    """Every row key of the stored data (an organization's identifier, the округ's), with the (year, mechanism) of
    each table holding it; a table that does not read gives what reads of it."""
    found: dict[str, list[tuple[int, str]]] = {}
    for folder in layout.data_year_dirs():
        for path in sorted(folder.glob("*.csv")):
            table, _ = read_table(path, layout.display(path))
            for key in table.rows:
                found.setdefault(key, []).append((int(folder.name), path.stem))
    return found


def table_bytes(table: Table) -> bytes:
    """The CSV text of ``table``, sorted; the same table gives the same bytes."""
    order = cell_order(table.rows.values())
    if any(mark in "".join([*table.rows, *(code for code, _ in order)]) for mark in QUOTED):
        return _quoted_bytes(table, order)
    lines = [",".join(HEADER)]
    known: dict[tuple[CellKey, ...], list[CellKey]] = {}
    for key in sorted(table.rows):  # the fields need no quotes: the lines are joined as they are, three times faster
        cells = table.rows[key]
        ordered = _ordered(cells, order, known)
        lines += [  # a whole number or an answer is written as it is: value_text's call only for a decimal
            f"{key},{code},{part},{value_text(value) if isinstance(value, float) else value}"
            for (code, part), value in zip(ordered, map(cells.__getitem__, ordered))
        ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _quoted_bytes(table: Table, order: dict[CellKey, SortKey]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for key in sorted(table.rows):
        cells = table.rows[key]
        writer.writerows(
            (key, code, part, value_text(cells[(code, part)])) for code, part in sorted(cells, key=order.__getitem__)
        )
    return out.getvalue().encode("utf-8")


def cell_order(rows: Iterable[dict[CellKey, Value]]) -> dict[CellKey, SortKey]:
    """The sort key of every cell the ``rows`` hold — the indicator's code by its numbers, then the part — worked
    out once per distinct cell: a year has 10⁵ values but only tens of cells."""
    cells: set[CellKey] = set()
    for row in rows:
        cells.update(row)
    return {cell: (code_sort_key(cell[0]), PART_ORDER.get(cell[1], 0)) for cell in cells}


def _ordered(
    cells: dict[CellKey, Value], order: dict[CellKey, SortKey], known: dict[tuple[CellKey, ...], list[CellKey]]
) -> list[CellKey]:
    """The cells of a row in the CSV's order, sorted once for all the rows that hold the same cells in the same order
    (``known``): a year's thousand rows hold a few such sets."""
    shape = tuple(cells)
    ordered = known.get(shape)
    if ordered is None:
        ordered = known[shape] = sorted(cells, key=order.__getitem__)
    return ordered


def value_text(value: Value) -> str:
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() else repr(value)
    return str(value)


def read_table(path: Path, display: str) -> tuple[Table, list[Diagnostic]]:
    """The stored table (empty when there is none yet), and every line that does not read, located."""
    if not path.is_file():
        return Table(), []
    if path.stat().st_size > MAX_TABLE_BYTES:
        return Table(), [
            Diagnostic.error(Location(display), DATA_TOO_LARGE.format(limit=MAX_TABLE_BYTES >> 20), code="data")
        ]
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    whole = _whole_rows(text)
    return (Table(whole), []) if whole is not None else _read_lines(text, display)


def _read_lines(text: str, display: str) -> tuple[Table, list[Diagnostic]]:
    """A table that is not as msoko writes it, read line by line: what reads is kept, every other line located."""
    reader = csv.reader(io.StringIO(text))
    table, problems = Table(), []
    header = next(reader, None)
    if header is not None and tuple(header) != HEADER:
        return table, [
            Diagnostic.error(Location(display, 1, 1), DATA_BAD_HEADER.format(header=",".join(HEADER)), code="data")
        ]
    rows = table.rows
    for line in reader:
        if len(line) == len(HEADER) and line[2] in PART_ORDER:
            key, code, part, text = line
            value = parse_value(text)
            cells = rows.get(key)
            if cells is None:
                cells = rows[key] = {}
            if value is not None and (code, part) not in cells:
                cells[(code, part)] = value
                continue
        column, message = _problem(line, rows)
        problems.append(Diagnostic.error(Location(display, reader.line_num, column), message, code="data"))
    return table, problems


def _whole_rows(text: str) -> dict[str, dict[CellKey, Value]] | None:
    """The rows of a table as msoko writes it — the header, then lines of four plain fields, each organization's lines
    together, no cell twice — read column by column (a year has 10⁵ lines, and a line at a time costs three times
    as much); None for anything else, which :func:`_read_lines` reads line by line, locating every problem."""
    header, _, body = text.partition("\n")
    if header != ",".join(HEADER) or not body.endswith("\n") or '"' in body or "\r" in body:
        return None
    lines = body[:-1].split("\n")
    if set(map(COMMAS, lines)) != {len(HEADER) - 1}:
        return None
    fields = ",".join(lines).split(",")
    keys, codes, parts, texts = (fields[column :: len(HEADER)] for column in range(len(HEADER)))
    digits = "".join(texts)
    read: list[Value | None] = (
        list(map(int, texts))
        if digits.isascii() and digits.isdigit() and "" not in texts
        else [parse_value(text) for text in texts]
    )
    if None in read or not set(parts) <= PART_ORDER.keys():
        return None
    values = cast(list[Value], read)
    shared = {cell: cell for cell in set(zip(codes, parts))}  # one key object per cell, not one per line
    cells = list(map(shared.__getitem__, zip(codes, parts)))
    starts = [0, *(index for index in range(1, len(keys)) if keys[index] != keys[index - 1]), len(keys)]
    rows = {keys[start]: dict(zip(cells[start:end], values[start:end])) for start, end in zip(starts, starts[1:])}
    if len(rows) != len(starts) - 1 or sum(map(len, rows.values())) != len(keys):
        return None  # an organization's lines apart, or a cell twice
    return rows


def _problem(line: list[str], rows: dict[str, dict[CellKey, Value]]) -> tuple[int, str]:
    """Why a line does not read: (its column, the message)."""
    if len(line) != len(HEADER):
        return 1, DATA_FIELDS.format(count=len(line), expected=len(HEADER))
    key, code, part, text = line
    if part not in PART_ORDER:
        return 3, DATA_BAD_PART.format(part=part, parts=", ".join(PART_ORDER))
    if parse_value(text) is None:
        return 4, DATA_BAD_VALUE.format(value=text)
    return 1, DATA_TWICE.format(key=key, code=code, part=part)


def parse_value(text: str) -> Value | None:
    if text.isascii() and text.isdigit():
        return int(text)
    if text in ("да", "нет"):
        return text
    if DECIMAL.fullmatch(text):
        return float(text)
    return None
