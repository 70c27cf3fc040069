"""What a Положение states once for all indicators — the method in «Методы сбора …», the periodicity and
deadline in «Периодичность и сроки» — and its indicators lack. ``msoko import --fill-from-sections``
writes it into those indicators and says so; without the option the report says it could."""

from __future__ import annotations

import re

from ..messages import importer as messages
from .report import ImportedRegulation
from .text import shortened

MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
PERIODICITY = re.compile(
    r"\b(?:ежегодно|ежеквартально|ежемесячно|раз\s+в\s+(?:год|полугодие|квартал|\d\s+года?)"
    r"|(?:один|два|1|2)\s+раза?\s+в\s+(?:год|полугодие|квартал))\b",
    re.IGNORECASE,
)
DEADLINE = re.compile(rf"\b(?:не\s+позднее|до)\s+\d{{1,2}}\s+{MONTH}\b", re.IGNORECASE)
"""What the report calls each field, with the words agreeing with it."""
LIST_ITEM = re.compile(r"^\s*(?:-|1\.)\s+(?P<item>.+?)[;.]?\s*$")


def fill_from_sections(imported: ImportedRegulation, fill: bool) -> None:
    """Fill (or, without ``fill``, offer to fill) the method, periodicity and deadline of the indicators
    that have none from the sections that state them for all; an ambiguous section is named, not used."""
    indicators = imported.data.get("indicators", [])
    common = {**_schedule(imported), **_method(imported)}
    for key, (value, where) in common.items():
        lacking = [i for i in indicators if not i.get(key)]
        if not lacking or not value:
            continue
        codes = ", ".join(i.get("code") or shortened(i["name"], 30) for i in lacking)
        what, missing, common_form, written = messages.IMPORT_FILL_WORDS[key]
        if fill:
            for indicator in lacking:
                indicator[key] = value
            imported.report.mapped.append(
                messages.IMPORT_FILLED.format(
                    what=what,
                    value=shortened(value, 80),
                    where=where,
                    written=written,
                    codes=codes,
                    pronoun=messages.IMPORT_FILL_PRONOUNS[key],
                )
            )
        else:
            imported.report.guessed.append(
                messages.IMPORT_FILL_OFFERED.format(
                    codes=codes, missing=missing, what=what, where=where, common=common_form, value=shortened(value, 80)
                )
            )


def _schedule(imported: ImportedRegulation) -> dict[str, tuple[str, str]]:
    text = imported.data.get("schedule", "")
    where = imported.origins.get("schedule", messages.IMPORT_SCHEDULE_SECTION)
    found: dict[str, tuple[str, str]] = {}
    for key, pattern in (("periodicity", PERIODICITY), ("deadline", DEADLINE)):
        values = list(dict.fromkeys(" ".join(m.group(0).split()).lower() for m in pattern.finditer(text)))
        if len(values) == 1:
            found[key] = (values[0], where)
        elif len(values) > 1:
            imported.report.guessed.append(
                messages.IMPORT_SCHEDULE_AMBIGUOUS.format(
                    where=where, what=messages.IMPORT_FILL_WORDS[key][0], values=", ".join(f"«{v}»" for v in values)
                )
            )
    return found


def _method(imported: ImportedRegulation) -> dict[str, tuple[str, str]]:
    """The methods listed («анкетирование; анализ отчётов ОО»), else the section's first paragraph."""
    text = imported.data.get("methods", "")
    items = [m.group("item") for line in text.splitlines() if (m := LIST_ITEM.match(line))]
    value = "; ".join(items) if items else next((p.strip() for p in text.split("\n\n") if p.strip()), "")
    labelled = re.match(r"^[^:;]{0,40}:\s*(?P<listed>[^:]+;[^:]+)$", value)  # «Сбор информации: анализ …; …»
    value = labelled.group("listed").rstrip(".") if labelled else value
    return (
        {"method": (value.replace("\\", ""), imported.origins.get("methods", messages.IMPORT_METHODS_SECTION))}
        if value
        else {}
    )
