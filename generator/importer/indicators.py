"""Indicator tables: which column holds what, by the words of its header; units, levels, types, passports."""

from __future__ import annotations

import re
import typing

from schemas.passport import Passport, passport_fields
from schemas.regulation import Calculation, Indicator, IndicatorType

from schemas.organizations import LEVEL_NAMES

from ..docx.reader import Table
from ..monitoring.selection import KINDS_OF_LEVEL
from ..russian.organizations import MARKED, SERVING
from ..scales.totals import MUNICIPAL_NAME


ORIGIN = "_origin"
"""The key under which an imported indicator keeps where it came from, until the source is written."""


POINTS_COLUMN = re.compile(r"(?:^|\s)(\d+)\s*балл\w*\s*$", re.IGNORECASE)


CODE = re.compile(r"^\d+(?:\.\d+)*\.?$")


PASSPORT = passport_fields(Indicator)
CALCULATION = passport_fields(Calculation)
COMPOSITE_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("combined", ("источник, метод",)),
    ("collection", ("сбор информации",)),
)
"""Columns of several fields: msoko's former «Источник, метод, сроки» and its «Сбор информации», whose every
line names its field."""
TRIED_LAST = ("applies_to", "target", "level", "type", "scoring")
"""Fields whose stems are common words inside other titles («Рекомендации при недостижении целевого
значения», «Целевой уровень», «Ответственная организация»): a title is tried against every other field first."""
COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = COMPOSITE_COLUMNS + tuple(
    (name, PASSPORT[name].stems)
    for name in sorted(PASSPORT, key=lambda name: TRIED_LAST.index(name) + 1 if name in TRIED_LAST else 0)
)
"""Each column's field by the stems of its title, the first that fits winning: composite columns, then the
passport's fields (:mod:`schemas.passport`) in the model's order, then :data:`TRIED_LAST`."""
TEXT_FIELDS = tuple(
    name for name, info in Indicator.model_fields.items() if name in PASSPORT and info.annotation is str
)
"""The passport's fields whose value is text, taken from their column as written."""


UNITS = (
    ("%", "процент"),
    ("процент", "процент"),
    ("чел", "человек"),
    ("балл", "балл"),
    ("да/нет", "да/нет"),
    ("ед", "единица"),
    ("кол", "единица"),
    ("шт", "единица"),
)


LEVELS = (("доо", "ДОО"), ("дошкол", "ДОО"), ("муницип", "муниципалитет"), ("округ", "муниципалитет"), ("оо", "ОО"))


TYPES: tuple[str, ...] = typing.get_args(IndicatorType)


GROUP_TYPES = (
    ("показатели услови", "условия"),
    ("показатели процесс", "процесс"),
    ("показатели результат", "результат"),
)


UNIT_IN_NAME = re.compile(
    r"(?:\s*\(\s*(?P<bracketed>%|да\s*/\s*нет|чел\.?|человек|ед\.?|единиц\w*|шт\.?|балл\w*)\s*\)"
    r"|,\s*(?P<after_comma>%|чел\.?|человек|ед\.?|шт\.?|балл\w*|да\s*/\s*нет))\s*[.;]?$",
    re.IGNORECASE,
)
"""The unit typed after an indicator's name: «… (%)», «… (да/нет)», «…, чел.»."""
POINTS_HEADER = re.compile(r"^\s*(?:кол(?:ичество|-во)\s+)?балл(?:ы|ов)?\s*$", re.IGNORECASE)
"""A column of bare points beside a column of conditions, one band per row: «Критерий | Баллы»."""


def unit_in_name(name: str) -> tuple[str, str | None]:
    """The name without the unit typed after it, and that unit."""
    found = UNIT_IN_NAME.search(name)
    if not found:
        return name, None
    typed = (found.group("bracketed") or found.group("after_comma")).lower().replace(" ", "")
    return name[: found.start()].rstrip(" ,"), column_choice(typed, UNITS)


def level_by_name(name: str) -> str:
    """The level a document that states none means: the округ's for a share of organisations, else an ОО's."""
    return "муниципалитет" if MUNICIPAL_NAME.match(name) else "ОО"


def unit_by_name(name: str) -> str:
    """«Доля …» is a percentage, «Наличие …» a yes or no; anything else is counted."""
    lowered = name.lower()
    if lowered.startswith(("доля", "удельный вес", "процент")):
        return "процент"
    return "да/нет" if lowered.startswith("наличие") else "единица"


def column_choice(text: str, options) -> str | None:
    lowered = text.lower().strip()
    if not lowered:
        return None
    return next((value for stem, value in options if stem in lowered), None)


def read_passport(line: str) -> dict[str, str] | None:
    """«(тип: результат; уровень: ОО; целевое значение: не менее 90 %)», as msoko writes it."""
    inner = line.strip()[1:-1] if line.strip().endswith(")") else ""
    pairs = [part.split(":", 1) for part in inner.split(";") if ":" in part]
    found = {key.strip(): value.strip() for key, value in pairs}
    return found if "тип" in found or "уровень" in found else None


def read_calculation(text: str) -> dict[str, str]:
    """The lines of a calculation cell: each labelled one («Числитель: …») into its part, the rest the formula."""
    calculation: dict[str, str] = {}
    formula = []
    for line in (line.strip() for line in text.splitlines()):
        label, colon, value = line.partition(":")
        key = labelled_field(label, CALCULATION) if colon else None
        if key and key != "formula":
            calculation[key] = value.strip()
        elif line:
            formula.append(line)
    if formula:
        calculation["formula"] = " ".join(formula)
    return calculation


def labelled_field(label: str, marks: dict[str, Passport]) -> str | None:
    """The field a short label names («Числитель», «Отчётный период»), by the stems of the fields' marks."""
    lowered = label.lower()
    if len(lowered.split()) > 3:
        return None
    return next((name for name, mark in marks.items() if any(stem in lowered for stem in mark.stems)), None)


def read_combined(text: str) -> dict[str, str]:
    """msoko's own column «Источник, метод, сроки»: source, method, «periodicity, deadline», responsible."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    result = dict(zip(("source", "method", "when", "responsible"), lines))
    result.update(read_when(result.pop("when", "")))
    return result


KIND_STEMS = (
    ("общеобразоват", "школа"),
    ("школ", "школа"),
    ("доо", "ДОО"),
    ("дошкол", "ДОО"),
    ("дополнительного образования", "УДО"),
    ("удо", "УДО"),
)
MARK_STEMS = (("шнор", "ШНОР"), ("низкими результат", "ШНОР"), ("шнсу", "ШНСУ"), ("неблагоприятн", "ШНСУ"))
"""A mark by its abbreviation or by the words of its full form, which the glossary prints at the first use."""
LEVEL_STEMS = tuple((words.split()[0], level) for level, words in LEVEL_NAMES.items())
"""A level by its first word in the genitive: «основного» (общего образования)."""


def read_selection(text: str, level: str) -> dict[str, list[str]] | None:
    """«общеобразовательные организации, реализующие программы основного общего или среднего общего образования,
    отнесённые к ШНОР или ШНСУ» (:func:`~generator.russian.organizations.organizations_phrase`) as ``applies_to``;
    the kinds the level names anyway are left to it when the line narrows them. None when nothing is recognised."""
    lowered = " ".join(text.lower().split())
    named, _, rest = lowered.partition(f", {SERVING}")
    named, _, marked = named.partition(f", {MARKED}")
    serving, _, marked_after = rest.partition(f", {MARKED}")
    selection = {
        "kinds": _found(named, KIND_STEMS),
        "levels": _found(serving, LEVEL_STEMS),
        "marks": _found(marked or marked_after, MARK_STEMS),
    }
    if (selection["levels"] or selection["marks"]) and tuple(selection["kinds"]) == KINDS_OF_LEVEL.get(level):
        selection["kinds"] = []
    return {key: value for key, value in selection.items() if value} or None


def _found(text: str, stems: tuple[tuple[str, str], ...]) -> list[str]:
    """The values whose stems occur in ``text``, each once, in the order of their first occurrence."""
    at: dict[str, int] = {}
    for stem, value in stems:
        if (position := text.find(stem)) >= 0:
            at[value] = min(position, at.get(value, position))
    return sorted(at, key=at.__getitem__)


def read_when(text: str) -> dict[str, str]:
    """«ежегодно, до 1 июля» in one cell (a column «Периодичность и сроки»): the periodicity and the deadline."""
    when = " ".join(text.split())
    periodicity, _, deadline = when.partition(", ")
    if deadline and not deadline.lower().startswith(("до ", "не позднее", "в ", "по ", "с ")):
        periodicity, deadline = when, ""
    return {"periodicity": periodicity, "deadline": deadline}


def column_fields(header: list[str]) -> dict[int, str]:
    """Each column's field by its title; a column per score («2 балла») holds that band's condition."""
    columns: dict[int, str] = {}
    for index, title in enumerate(header):
        lowered = title.lower() + " "
        points = POINTS_COLUMN.search(title)
        both = "периодичн" in lowered and "срок" in lowered  # «Периодичность и сроки» in one column
        rule = (
            f"points:{points.group(1)}"
            if points
            else "points"
            if POINTS_HEADER.match(title)
            else "when"
            if both
            else next(
                (name for name, stems in COLUMNS if name not in columns.values() and any(s in lowered for s in stems)),
                None,
            )
        )
        if rule and rule not in columns.values():
            columns[index] = rule
    return columns


def collection_fields(cell: str) -> dict[str, str]:
    """The labelled lines of a «Сбор информации» cell («Источник данных: …», «Срок: …») as columns."""
    found: dict[str, str] = {}
    for line in cell.splitlines():
        label, colon, value = line.partition(":")
        field = column_fields([label]).get(0) if colon else None
        if field and field not in ("combined", "collection") and value.strip():
            found.setdefault(field, value.strip())
    return found


def table_header(texts: list[list[str]]) -> tuple[list[str], int]:
    """The column titles and the first data row. Titles merged over sub-columns («Критерии оценки» over
    «0 баллов | 1 балл | 2 балла») are joined with the second header row."""
    caption = 1 if len(texts) > 2 and len(texts[0]) > 1 and len({t.strip() for t in texts[0]}) == 1 else 0
    header = texts[caption]  # under a caption row merged across the table («Показатели мониторинга»), if any
    name = next((i for i, column in column_fields(header).items() if column == "name"), None)
    if len(texts) < caption + 3 or name is None or len(texts[caption + 1]) != len(header):
        return header, caption + 1
    below = texts[caption + 1]
    differing = [b for a, b in zip(header, below) if b.strip() and b.strip() != a.strip()]
    if below[name].strip() in ("", header[name].strip()) and differing and all(len(b.split()) <= 5 for b in differing):
        return [a if b.strip() in ("", a.strip()) else f"{a} {b}" for a, b in zip(header, below)], caption + 2
    return header, caption + 1


def is_indicator_table(table: Table) -> bool:
    texts = table.grid_texts()
    return bool(texts) and len(texts[0]) >= 3 and "name" in column_fields(table_header(texts)[0]).values()
