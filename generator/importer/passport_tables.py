"""Tables that add to indicators read before them, matched by code or name: bands per indicator (a criteria
table, an appendix's scale) and any other field of the passport per indicator (the recommendations table of
«Адресные рекомендации» msoko writes, a municipality's «Показатель | Ответственный»)."""

from __future__ import annotations

import re

from schemas.base import is_markdown
from schemas.regulation import Indicator

from ..messages import importer as messages
from ..docx.reader import Paragraph, Table
from ..russian import count_phrase
from ..scales.reading import band, read_bands
from .collector import Collector
from .indicators import TEXT_FIELDS, column_fields, table_header
from .layout import is_column_numbers
from .text import shortened, to_markdown

CODE_IN_TEXT = re.compile(r"\b\d+(?:\.\d+)+\b")
NAMING = ("code", "name")
"""The columns that say which indicator a row is about."""


class PassportTables(Collector):
    def _passport_table(self, table: Table, where: str) -> bool:
        """A table of bands or of other passport fields per indicator, matched to the indicators by code or
        name; False if it is none (a table of fields, unless some row names an indicator)."""
        indicators = self.data.get("indicators", [])
        texts = table.grid_texts()
        header, first = table_header(texts)
        columns = column_fields(header)
        banded = any(c.startswith("points") or c == "scoring" for c in columns.values())
        added = [c for c in columns.values() if c in TEXT_FIELDS and c not in NAMING]
        if "code" in columns.values() and "points" in columns.values() and "scoring" not in columns.values():
            columns = {i: "scoring" if field == "name" else field for i, field in columns.items()}  # «Значение»
        rows = [
            (number, cells, {columns[i]: cells[i].strip() for i in range(min(len(cells), len(header))) if i in columns})
            for number, cells in enumerate(texts[first:], start=first)
        ]
        if not indicators or not (banded or (added and any(self._named(values) for _, _, values in rows))):
            return False
        matched: dict[int, dict] = {}
        filled: set[str] = set()
        for number, cells, values in rows:
            place = messages.IMPORT_ROW_WHERE.format(where=where, table=table.number, row=number + 1)
            if len({c.strip() for c in cells}) == 1 or is_column_numbers(cells):  # «I. Профессиональное развитие»
                self.report.mapped.append(
                    messages.IMPORT_GROUP_ROW.format(where=place, text=shortened(cells[0].strip(), 60))
                )
                continue
            indicator = (
                self._find(values.get("code", "") or values.get("name", "") or cells[0])
                if banded
                else self._named(values)
            )
            bands = row_bands(values)[0]
            written = (
                {
                    field: _cell_value(table, texts, number, index, field)
                    for index, field in columns.items()
                    if field in added and index < len(cells) and cells[index].strip()
                }
                if indicator
                else {}
            )
            if indicator is None or not (bands or written):
                self._keep(place, " | ".join(c for c in cells if c.strip()))
                continue
            if bands:
                indicator["scoring"] = indicator.get("scoring", []) + bands
            filled.update(field for field, value in written.items() if self._add(indicator, field, value, place))
            matched[id(indicator)] = indicator
        if banded:
            self.report.mapped.append(
                messages.IMPORT_CRITERIA_TABLE.format(count=len(matched), where=where, table=table.number)
            )
        if filled:
            self.report.mapped.append(
                messages.IMPORT_PASSPORT_TABLE.format(
                    fields=", ".join(Indicator.model_fields[f].title or f for f in added if f in filled),
                    count=count_phrase(len(matched), messages.IMPORT_INDICATOR_NOUN),
                    where=where,
                    table=table.number,
                )
            )
        return True

    def _named(self, values: dict[str, str]) -> dict | None:
        """The indicator a row of fields names by its full code («1.1.3») or its name: never by a bare number,
        which a plan of measures («№ | Мероприятие | Срок») numbers its rows with."""
        code = values.get("code", "").strip().rstrip(".")
        if CODE_IN_TEXT.fullmatch(code):
            return self._find(code)
        return self._find(values["name"]) if values.get("name") else None

    def _add(self, indicator: dict, field: str, value: str, place: str) -> bool:
        """A field the indicator lacks is written (True); one it has is kept as it is, a different value in
        «unmapped»."""
        if not indicator.get(field):
            indicator[field] = value
            return True
        if " ".join(indicator[field].split()) != " ".join(value.split()):
            self._keep(f"{place}, {Indicator.model_fields[field].title}", value)
        return False

    def _find(self, reference: str) -> dict | None:
        """The indicator a criterion names: by its code («3.1», «1.5.1») or the start of its name."""
        indicators = self.data.get("indicators", [])
        codes = (
            CODE_IN_TEXT.findall(reference)
            or re.findall(r"^\s*(\d+)\.?\s*$", reference)
            or re.findall(r"\bпоказател\w*\s+(?:№\s*)?(\d+)\b", reference, re.IGNORECASE)
        )  # «По показателю 2: …»
        for code in codes:
            found = [
                i
                for i in indicators
                if i.get("code")
                and (i["code"] == code or i["code"].endswith("." + code) or code.endswith("." + i["code"]))
            ]
            if len(found) == 1:
                return found[0]
        if (
            len(codes) == 1
            and codes[0].isdigit()
            and not any(i.get("code") for i in indicators)
            and 1 <= int(codes[0]) <= len(indicators)
        ):  # «1.» for the first of indicators typed without codes
            return indicators[int(codes[0]) - 1]
        plain = _plain(reference)
        found = [
            i
            for i in indicators
            if plain
            and len(plain) >= 15
            and (_plain(i["name"]).startswith(plain[:60]) or plain.startswith(_plain(i["name"])[:60]))
        ]
        return found[0] if len(found) == 1 else None


def row_bands(values: dict[str, str]) -> tuple[list[dict], list[str]]:
    """The bands of one row: a column of bands, a column per score, or a condition beside its points."""
    bare = re.match(r"^\s*(\d+)\s*(?:балл\w*|б\.)?\s*$", values.get("points", ""), re.IGNORECASE)
    if bare:  # «30 % и более | 2»: a condition beside its points, one band per row
        condition = " ".join(values.get("scoring", "").split())
        return ([band(condition, int(bare.group(1)))] if condition else []), []
    bands, rest = read_bands("\n".join(filter(None, (values.get("scoring", ""), values.get("points", "")))))
    bands += [
        band(" ".join(text.split()), int(key.split(":")[1]))
        for key, text in values.items()
        if key.startswith("points:") and text.strip().strip("—–-")
    ]
    return bands, rest


def _cell_value(table: Table, texts: list[list[str]], row: int, column: int, field: str) -> str:
    """A cell's text as the field takes it: prose keeps its paragraphs and lists, a line is one line."""
    if not is_markdown(Indicator.model_fields[field]):
        return " ".join(texts[row][column].split())
    return to_markdown(_cell_paragraphs(table, row, column), None)


def _cell_paragraphs(table: Table, row: int, column: int) -> list[Paragraph]:
    """The paragraphs of the cell that covers ``column`` of the grid in ``row``."""
    position = 0
    for cell, (span, _) in zip(table.rows[row], table.merges[row]):
        if position <= column < position + span:
            return cell
        position += span
    return []


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text.lower().replace("ё", "е")).split())
