"""A returned workbook read into plain rows: python-calamine (Rust) reads the cells, the sheets and their
visibility and the merged ranges; the cells calamine reads as empty though they are not — a formula Excel never
computed (written by a program) and an error value («#ДЕЛ/0!») — are found in the sheet's XML, which is searched
only when it holds a formula or an error at all. The kind is told by the bytes, not the name: an .xls or an .ods
is converted to .xlsx by headless LibreOffice first, so that every format passes the same checks."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import python_calamine
from lxml import etree
from xlsxwriter.utility import xl_cell_to_rowcol

from ..build.scratch import scratch_folder
from ..docx.archive import OLE_SIGNATURE, PackageRefused, open_package, read_parts
from ..docx.office import convert, soffice_path
from ..messages.monitoring import CONVERT_FAILED, FILE_TOO_LARGE, LIBREOFFICE_MISSING, NOT_A_WORKBOOK

MAX_WORKBOOK_BYTES = 64 * 1024 * 1024
CONVERT_SECONDS = 120.0
ODS_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
FORMULA_OR_ERROR = (b"<f>", b"<f ", b"<f/>", b't="e"')
"""A cell's formula (``<f>``, not the ``<formula1>`` of a validation) or error value, anywhere in a sheet's XML."""
Cell = tuple[int, int]
"""(row, column), from 0."""


class UnreadableWorkbook(Exception):
    """A file msoko cannot read as a workbook; the message is Russian."""


@dataclass
class Sheet:
    name: str
    visible: bool
    rows: list[list[Any]]
    """The cells from A1, as calamine gives them: str, float, int, bool, date, datetime, time, timedelta or ""."""
    merged: list[tuple[Cell, Cell]] = field(default_factory=list)
    unread: dict[Cell, str] = field(default_factory=dict)
    """Cells calamine gives as empty though they are not: "" for a formula without a computed value, else the
    error value shown in the cell."""

    def value(self, row: int, column: int) -> Any:
        cells = self.rows[row] if row < len(self.rows) else []
        return cells[column] if column < len(cells) else ""


@dataclass
class Workbook:
    sheets: list[Sheet]
    converted_from: str = ""
    """«.xls» or «.ods» when LibreOffice converted it."""

    def sheet(self, name: str) -> Sheet | None:
        return next((sheet for sheet in self.sheets if sheet.name == name), None)


def read_workbook(path: Path, scanned: str, wanted: frozenset[str]) -> Workbook:
    """The workbook in ``path``, the cells of the sheets ``wanted`` read (of the others, the names); ``scanned``
    names the sheet whose XML is searched for unread cells. Raises :class:`UnreadableWorkbook`."""
    size = path.stat().st_size
    if size > MAX_WORKBOOK_BYTES:
        raise UnreadableWorkbook(FILE_TOO_LARGE.format(size=size >> 20, limit=MAX_WORKBOOK_BYTES >> 20))
    data = path.read_bytes()
    suffix = ".xls" if data.startswith(OLE_SIGNATURE) else ".ods" if ODS_MIMETYPE in data[:100] else ""
    if suffix:
        data = _converted(data, suffix)
    try:
        archive = open_package(data)
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [_sheet(book, meta, meta.name in wanted) for meta in book.sheets_metadata]
        target = next((sheet for sheet in sheets if sheet.name == scanned), None)
        if target is not None:
            target.unread = _unread_cells(archive, scanned)
    except (
        PackageRefused,
        zipfile.BadZipFile,
        python_calamine.CalamineError,
        etree.XMLSyntaxError,
        KeyError,
        ValueError,
    ) as error:
        raise UnreadableWorkbook(str(error) if isinstance(error, PackageRefused) else NOT_A_WORKBOOK) from None
    return Workbook(sheets, suffix)


def _converted(data: bytes, suffix: str) -> bytes:
    if soffice_path() is None:
        raise UnreadableWorkbook(LIBREOFFICE_MISSING.format(kind=suffix))
    with scratch_folder("convert") as folder:
        converted = convert(data, suffix, "xlsx", folder, CONVERT_SECONDS)
    if converted is None:
        raise UnreadableWorkbook(CONVERT_FAILED.format(kind=suffix))
    return converted


def _sheet(book: python_calamine.CalamineWorkbook, meta: python_calamine.SheetMetadata, read: bool) -> Sheet:
    visible = meta.visible == python_calamine.SheetVisibleEnum.Visible
    if not read:
        return Sheet(meta.name, visible, [])
    sheet = book.get_sheet_by_name(meta.name)
    merged = [((top, left), (bottom, right)) for (top, left), (bottom, right) in sheet.merged_cell_ranges or []]
    return Sheet(meta.name, visible, sheet.to_python(skip_empty_area=False), merged)


def _unread_cells(archive: zipfile.ZipFile, name: str) -> dict[Cell, str]:
    part = _sheet_part(archive, name)
    if part is None:
        return {}
    xml = read_parts(archive, [part])[part]
    if not any(mark in xml for mark in FORMULA_OR_ERROR):
        return {}  # no formula and no error anywhere: nothing calamine could have missed
    found: dict[Cell, str] = {}
    for cell in etree.fromstring(xml).iter(f"{MAIN}c"):
        value = cell.findtext(f"{MAIN}v")
        if cell.get("t") == "e":
            found[xl_cell_to_rowcol(cell.get("r", "A1"))] = value or ""
        elif cell.find(f"{MAIN}f") is not None and not value and cell.get("t") != "inlineStr":
            found[xl_cell_to_rowcol(cell.get("r", "A1"))] = ""
    return found


def _sheet_part(archive: zipfile.ZipFile, name: str) -> str | None:
    """The zip member holding the sheet ``name``: workbook.xml names it, its relationships say where it is."""
    parts = read_parts(archive, ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"])
    sheets = etree.fromstring(parts["xl/workbook.xml"]).iter(f"{MAIN}sheet")
    relation = next((sheet.get(RELATIONSHIP) for sheet in sheets if sheet.get("name") == name), None)
    for link in etree.fromstring(parts["xl/_rels/workbook.xml.rels"]):
        if link.get("Id") == relation:
            target = link.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            return path if path in archive.namelist() else None
    return None
