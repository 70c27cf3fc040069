"""A collection workbook, written with XlsxWriter from a :class:`~generator.monitoring.columns.FormPlan`:

- «Показатели»: a title row, two header rows (the indicator; what the column holds: «Числитель: …»), then one
  row per organization and the округ's row last. Only the cells a row fills are unlocked; a cell of an indicator
  that does not apply to the row is grey and locked. The sheet is protected (no password: it guards against
  slips, and the collection checks every cell anyway), its header frozen, every column validated as Excel and
  LibreOffice validate input: whole numbers of 0 or more, a numerator no greater than its denominator, a
  percentage from 0 to 100, «да»/«нет» from a list;
- «Инструкция»: how to fill it, and every indicator's passport (:mod:`.instruction`);
- «msoko», very hidden: the stamp (mechanism, year, the passports' digest) the collection checks.

The same plan gives the same bytes: XlsxWriter dates its zip entries 1980-01-01 and the document's creation
is fixed to the year's first day."""

from __future__ import annotations

import datetime
import io

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.workbook import Workbook

from ..monitoring.columns import Column, FormPlan, Part, ValueKind
from .instruction import write_instruction, write_stamp

DATA_SHEET = "Показатели"
INSTRUCTION_SHEET = "Инструкция"
STAMP_SHEET = "msoko"
TITLE_ROW, INDICATOR_ROW, LABEL_ROW, FIRST_ROW = 0, 1, 2, 3
"""Rows of the data sheet (from 0); data start at Excel's row 4."""
KEY_COLUMN, NAME_COLUMN, FIRST_COLUMN = 0, 1, 2
KEY_HEADER, NAME_HEADER = "Код организации", "Организация"
PROTECTION = {"format_columns": True, "format_rows": True, "select_locked_cells": True, "select_unlocked_cells": True}
"""What a protected sheet still lets a person do: widen columns and rows, select any cell."""
FLAG_INPUT = "Введите 1 или 0: 1 — организация входит в это число, 0 — не входит; числитель не больше знаменателя."
"""The error an organization's cell in a count of organizations shows on a wrong value."""
FLAG_PROMPT_TITLE = "1 или 0"
FLAG_PROMPT = "1 — организация входит в число, 0 — не входит. Заполняет управление образования."
"""What the cell shows when selected (XlsxWriter's input title, at most 32 characters, and input message)."""
LARGEST = "1E+15"
"""A bound no count reaches, for a numerator whose denominator is not typed yet."""


def workbook_bytes(plan: FormPlan, authority: str) -> bytes:
    """The workbook of ``plan``; ``authority`` (the УО's full name) is its author."""
    stream = io.BytesIO()
    book = xlsxwriter.Workbook(stream, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False})
    book.set_properties(
        {
            "title": f"Сбор данных мониторинга за {plan.year} год: механизм {plan.mechanism}",
            "subject": plan.title,
            "author": authority,
            "company": authority,
            "created": datetime.datetime(plan.year, 1, 1),
        }
    )
    _data_sheet(book, plan)
    write_instruction(book.add_worksheet(INSTRUCTION_SHEET), book, plan, PROTECTION)
    write_stamp(book.add_worksheet(STAMP_SHEET), plan)
    book.close()
    return stream.getvalue()


def _data_sheet(book: Workbook, plan: FormPlan) -> None:
    sheet = book.add_worksheet(DATA_SHEET)
    sheet.activate()
    formats = _formats(book)
    sheet.write(
        TITLE_ROW,
        0,
        f"Сбор данных мониторинга за {plan.year} год. Механизм {plan.mechanism} «{plan.title}».",
        formats["title"],
    )
    sheet.write(INDICATOR_ROW, KEY_COLUMN, KEY_HEADER, formats["header"])
    sheet.write(INDICATOR_ROW, NAME_COLUMN, NAME_HEADER, formats["header"])
    sheet.write(LABEL_ROW, KEY_COLUMN, "", formats["header"])
    sheet.write(LABEL_ROW, NAME_COLUMN, "", formats["header"])
    sheet.set_column(KEY_COLUMN, KEY_COLUMN, 12)
    sheet.set_column(NAME_COLUMN, NAME_COLUMN, 34)
    sheet.set_column(FIRST_COLUMN, FIRST_COLUMN + len(plan.columns) - 1, 20)
    sheet.set_row(INDICATOR_ROW, 120)
    sheet.set_row(LABEL_ROW, 135)
    for offset, column in enumerate(plan.columns):
        sheet.write(INDICATOR_ROW, FIRST_COLUMN + offset, column.title, formats["header"])
        sheet.write(LABEL_ROW, FIRST_COLUMN + offset, column.label, formats["header"])
    for index, row in enumerate(plan.rows):
        sheet.write_string(FIRST_ROW + index, KEY_COLUMN, row.key, formats["key"])
        sheet.write_string(FIRST_ROW + index, NAME_COLUMN, row.short_name, formats["key"])
        for offset, column in enumerate(plan.columns):
            style = formats[column.kind.value] if plan.applicable(row, column) else formats["closed"]
            sheet.write_blank(FIRST_ROW + index, FIRST_COLUMN + offset, None, style)
    last = FIRST_ROW + max(len(plan.rows), 1) - 1
    for offset in range(len(plan.columns)):
        for top, bottom, rule in _validated(plan, offset, last):
            sheet.data_validation(top, FIRST_COLUMN + offset, bottom, FIRST_COLUMN + offset, rule)
    sheet.freeze_panes(FIRST_ROW, FIRST_COLUMN)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.repeat_rows(INDICATOR_ROW, LABEL_ROW)
    sheet.repeat_columns(KEY_COLUMN, NAME_COLUMN)
    sheet.protect("", PROTECTION)


def _validated(plan: FormPlan, offset: int, last: int) -> list[tuple[int, int, dict]]:
    """The rows of a column and their validation: the whole column alike, but where the organizations' rows of a
    municipal indicator count them (:attr:`FormPlan.counted`), their 1 or 0 above the округ's own count (its row is
    the last)."""
    column = plan.columns[offset]
    if column.code not in plan.counted:
        return [(FIRST_ROW, last, validation(column, _partner(plan, offset, FIRST_ROW)))]
    return [
        (FIRST_ROW, last - 1, validation(column, _partner(plan, offset, FIRST_ROW), flags=True)),
        (last, last, validation(column, _partner(plan, offset, last))),
    ]


def _partner(plan: FormPlan, offset: int, row: int) -> str:
    """The cell in ``row`` of the column a numerator is checked against (its denominator), or the reverse."""
    column = plan.columns[offset]
    step = {Part.NUMERATOR: 1, Part.DENOMINATOR: -1}.get(column.part)
    return xl_rowcol_to_cell(row, FIRST_COLUMN + offset + step) if step else ""


def validation(column: Column, partner: str, flags: bool = False) -> dict:
    """Excel's data validation of a column, with the messages a person sees when typing; ``flags``: an
    organization's 1 or 0 in a count of organizations."""
    if flags:
        return _flag_validation(column, partner)
    if column.kind is ValueKind.ANSWER:
        return {
            "validate": "list",
            "source": ["да", "нет"],
            "error_title": "Ответ",
            "error_message": "Выберите «да» или «нет» из списка.",
        }
    if column.part is Part.NUMERATOR:
        rule = {
            "validate": "integer",
            "criteria": "between",
            "minimum": 0,
            "maximum": f'=IF({partner}="",{LARGEST},{partner})',
        }
        message = "Введите целое число не меньше 0 и не больше знаменателя."
    elif column.part is Part.DENOMINATOR:
        rule = {"validate": "integer", "criteria": ">=", "value": f'=IF({partner}="",0,{partner})'}
        message = "Введите целое число не меньше 0 и не меньше числителя."
    elif column.kind is ValueKind.COUNT:
        rule, message = {"validate": "integer", "criteria": ">=", "value": 0}, "Введите целое число не меньше 0."
    elif column.kind is ValueKind.PERCENT:
        rule = {"validate": "decimal", "criteria": "between", "minimum": 0, "maximum": 100}
        message = "Введите число от 0 до 100 (процент)."
    else:
        rule, message = {"validate": "decimal", "criteria": ">=", "value": 0}, "Введите число не меньше 0."
    return {**rule, "error_title": "Недопустимое значение", "error_message": message}


def _flag_validation(column: Column, partner: str) -> dict:
    """An organization's place in a count of organizations: 1 — it is counted, 0 — it is not; its numerator no
    greater than its denominator. Said when the cell is selected, before anything is typed."""
    if column.part is Part.NUMERATOR:
        rule = {"validate": "integer", "criteria": "between", "minimum": 0, "maximum": f'=IF({partner}="",1,{partner})'}
    else:
        rule = {"validate": "integer", "criteria": "between", "minimum": f'=IF({partner}="",0,{partner})', "maximum": 1}
    return {
        **rule,
        "input_title": FLAG_PROMPT_TITLE,
        "input_message": FLAG_PROMPT,
        "error_title": "Недопустимое значение",
        "error_message": FLAG_INPUT,
    }


def _formats(book: Workbook) -> dict:
    border = {"border": 1, "valign": "top"}
    return {
        "title": book.add_format({"bold": True, "font_size": 12}),
        "header": book.add_format({**border, "bold": True, "text_wrap": True, "bg_color": "#DCE6F1"}),
        "key": book.add_format({**border, "bg_color": "#F2F2F2"}),
        "closed": book.add_format({**border, "pattern": 1, "bg_color": "#BFBFBF"}),
        ValueKind.COUNT.value: book.add_format({**border, "locked": False, "num_format": "0"}),
        ValueKind.NUMBER.value: book.add_format({**border, "locked": False, "num_format": "0.0#"}),
        ValueKind.PERCENT.value: book.add_format({**border, "locked": False, "num_format": "0.0#"}),
        ValueKind.ANSWER.value: book.add_format({**border, "locked": False, "num_format": "@"}),
    }
