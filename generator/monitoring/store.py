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
from dataclasses import dataclass, field
from pathlib import Path

from schemas.base import code_sort_key
from schemas.diagnostics import Diagnostic, Location

from ..project import ProjectLayout
from .columns import Part
from ..messages.monitoring import DATA_BAD_HEADER, DATA_BAD_PART, DATA_BAD_VALUE, DATA_FIELDS, DATA_TOO_LARGE, DATA_TWICE

Value = int | float | str
"""A whole number, a decimal, or «да»/«нет»."""
CellKey = tuple[str, str]
"""(indicator code, part): one raw value of one row."""
HEADER = ("organization", "indicator", "part", "value")
PART_ORDER = {part.value: index for index, part in enumerate(Part)}
MAX_TABLE_BYTES = 64 * 1024 * 1024
"""A thousand organizations with sixty indicators make 4 MB; anything far larger is not a year's data."""
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
        found = []
        for key in sorted(upload.rows):
            before, after = self.rows.get(key, {}), upload.rows[key]
            for code, part in sorted(before.keys() | after.keys(), key=lambda cell: (code_sort_key(cell[0]),
                                                                                     PART_ORDER.get(cell[1], 0))):
                old, new = before.get((code, part)), after.get((code, part))
                if old != new:
                    found.append(Change(key, code, part, old, new))
        return found


@dataclass(frozen=True)
class Change:
    """One raw value an upload changes: ``before`` None when it is new, ``after`` None when it is dropped."""

    key: str
    code: str
    part: str
    before: Value | None
    after: Value | None


def table_path(layout: ProjectLayout, year: int, mechanism: str) -> Path:
    return layout.data_dir / str(year) / f"{mechanism}.csv"


def stored_years(layout: ProjectLayout) -> list[int]:
    return [int(folder.name) for folder in layout.data_year_dirs()]


def table_bytes(table: Table) -> bytes:
    """The CSV text of ``table``, sorted; the same table gives the same bytes."""
    order = {code: code_sort_key(code) for code in {code for cells in table.rows.values() for code, _ in cells}}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for key in sorted(table.rows):
        cells = table.rows[key]
        keys = sorted(cells, key=lambda cell: (order[cell[0]], PART_ORDER[cell[1]]))
        writer.writerows((key, code, part, value_text(cells[(code, part)])) for code, part in keys)
    return out.getvalue().encode("utf-8")


def value_text(value: Value) -> str:
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() else repr(value)
    return str(value)


def read_table(path: Path, display: str) -> tuple[Table, list[Diagnostic]]:
    """The stored table (empty when there is none yet), and every line that does not read, located."""
    if not path.is_file():
        return Table(), []
    if path.stat().st_size > MAX_TABLE_BYTES:
        return Table(), [Diagnostic.error(Location(display), DATA_TOO_LARGE.format(limit=MAX_TABLE_BYTES >> 20),
                                          code="data")]
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    reader = csv.reader(io.StringIO(text))
    table, problems = Table(), []
    header = next(reader, None)
    if header is not None and tuple(header) != HEADER:
        return table, [Diagnostic.error(Location(display, 1, 1), DATA_BAD_HEADER.format(header=",".join(HEADER)),
                                        code="data")]
    rows = table.rows
    for line in reader:
        if len(line) == len(HEADER) and line[2] in PART_ORDER:  # the usual line, read here: a year has 10⁵ of them
            key, code, part, text = line
            value = int(text) if text.isascii() and text.isdigit() else parse_value(text)
            cells = rows.get(key)
            if cells is None:
                cells = rows[key] = {}
            if value is not None and (code, part) not in cells:
                cells[(code, part)] = value
                continue
        column, message = _problem(line, rows)
        problems.append(Diagnostic.error(Location(display, reader.line_num, column), message, code="data"))
    return table, problems


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
