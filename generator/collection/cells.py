"""One cell of a returned workbook as the value its column asks for, or the reason it is not one, in Russian.

A number typed as text is taken when it is digits alone («12»: a cell formatted as text, a value pasted from
another program); anything else in a number's cell is named: «12 чел.», «12,5» (a decimal comma in a text:
Excel with a Russian locale stores a typed 12,5 as a number, so a text means the cell was formatted as text), a
date, a logical value, a negative number, a fraction in a count."""

from __future__ import annotations

import datetime
import re
from typing import Any

from ..monitoring.columns import ValueKind
from ..messages.monitoring import (
    BOOLEAN,
    DATE,
    DECIMAL_COMMA,
    NEGATIVE,
    NOT_ANSWER,
    NOT_WHOLE,
    PERCENT_RANGE,
    TEXT_IN_NUMBER,
)
from ..monitoring.store import Value
from ..russian.scale import number_text

DIGITS = re.compile(r"[0-9]+")
COMMA_DECIMAL = re.compile(r"-?[0-9]+,[0-9]+")
NEGATIVE_TEXT = re.compile(r"-[0-9]+(?:[.,][0-9]+)?")
ANSWERS = ("да", "нет")
SPACES = re.compile(r"[\s\u00a0\u202f]+")


def is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not SPACES.sub("", raw))


def cell_value(kind: ValueKind, raw: Any) -> tuple[Value | None, str]:
    """(value, "") for a good cell, (None, message) for a bad one, (None, "") for a blank one."""
    if is_blank(raw):
        return None, ""
    if isinstance(raw, bool):
        return None, BOOLEAN
    if isinstance(raw, (datetime.date, datetime.time, datetime.timedelta)):
        return None, DATE.format(text=_date_text(raw))
    if isinstance(raw, str):
        return _text(kind, SPACES.sub(" ", raw).strip())
    return _number(kind, float(raw))


def _text(kind: ValueKind, text: str) -> tuple[Value | None, str]:
    if kind is ValueKind.ANSWER:
        answer = text.lower()
        return (answer, "") if answer in ANSWERS else (None, NOT_ANSWER.format(text=text))
    if DIGITS.fullmatch(text):
        return _number(kind, float(text))
    if COMMA_DECIMAL.fullmatch(text):  # a count is told it takes a whole number, not to retype a fraction
        return None, NOT_WHOLE.format(value=text) if kind is ValueKind.COUNT else DECIMAL_COMMA.format(text=text)
    if NEGATIVE_TEXT.fullmatch(text):
        return None, NEGATIVE.format(value=text.replace(".", ","))
    return None, TEXT_IN_NUMBER.format(text=text)


def _number(kind: ValueKind, value: float) -> tuple[Value | None, str]:
    if kind is ValueKind.ANSWER:
        return None, NOT_ANSWER.format(text=number_text(value))
    if value < 0:
        return None, NEGATIVE.format(value=number_text(value))
    if kind is ValueKind.COUNT:
        return (int(value), "") if value.is_integer() else (None, NOT_WHOLE.format(value=number_text(value)))
    if kind is ValueKind.PERCENT and value > 100:
        return None, PERCENT_RANGE.format(value=number_text(value))
    return value, ""


def _date_text(raw: datetime.date | datetime.time | datetime.timedelta) -> str:
    if isinstance(raw, datetime.date):
        return raw.strftime("%d.%m.%Y")
    return str(raw)
