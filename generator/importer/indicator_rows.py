"""An indicator table's rows, each read into an indicator's fields by the words of its column headers: a group's
row over the rows it groups, a band row under its indicator's, a column no field has kept for the author."""

from __future__ import annotations

from ..docx.reader import Table
from ..messages import importer as messages
from .collector import Collector
from .indicators import (
    CODE,
    GROUP_TYPES,
    LEVELS,
    ORIGIN,
    TEXT_FIELDS,
    TYPES,
    UNITS,
    collection_fields,
    column_choice,
    column_fields,
    level_by_name,
    read_calculation,
    read_combined,
    read_passport,
    read_selection,
    read_when,
    table_header,
    unit_by_name,
    unit_in_name,
)
from .layout import is_column_numbers
from .passport_tables import row_bands
from ..scales.reading import only_bands


class IndicatorRows(Collector):
    def _table(self, table: Table, where: str) -> list[dict]:
        texts = table.grid_texts()
        header, first = table_header(texts)
        columns = column_fields(header)
        unknown = [i for i in range(len(header)) if i not in columns]
        banded = {i for i in unknown if any(only_bands(row[i]) for row in texts[first:] if i < len(row))}
        unknown_names = list(dict.fromkeys(header[i] for i in unknown if i not in banded))
        if unknown_names:
            self.report.guessed.append(
                messages.IMPORT_COLUMNS_UNKNOWN.format(
                    where=where, columns=", ".join(messages.IMPORT_COLUMN_NAME.format(name=u) for u in unknown_names)
                )
            )
        indicators: list[dict] = []
        group_type = ""
        previous: tuple[str, str] | None = None
        for number, (row, cells) in enumerate(zip(table.rows[first:], texts[first:]), start=first + 1):
            place = messages.IMPORT_ROW_WHERE.format(where=where, table=table.number, row=number)
            values = {columns[i]: cells[i].strip() for i in range(min(len(cells), len(header))) if i in columns}
            if is_column_numbers(cells):
                self.report.mapped.append(messages.IMPORT_COLUMN_NUMBERS.format(where=place))
                continue
            if (
                indicators
                and not values.get("name")
                and not values.get("code")
                and (continued := row_bands(values)[0] + [b for i in sorted(banded) for b in only_bands(cells[i])])
            ):
                indicators[-1].setdefault("scoring", []).extend(continued)  # a band row under its indicator's
                continue
            if not values.get("name") or len({c.strip() for c in cells}) == 1:
                text = " | ".join(dict.fromkeys(c.strip() for c in cells if c.strip()))
                group_type = column_choice(text, GROUP_TYPES) or ""
                if group_type:  # «1. Показатели результатов» over the rows it groups
                    self.report.mapped.append(
                        messages.IMPORT_GROUP_TYPE.format(place=place, text=text, type=group_type)
                    )
                elif text:
                    self._keep(place, text)
                continue
            key = (values.get("code", ""), values["name"])
            if indicators and key == previous:  # the indicator merged down over one row per band
                indicators[-1].setdefault("scoring", []).extend(row_bands(values)[0])
                continue
            previous = key
            if group_type and "type" not in values:
                values["type"] = group_type
            code_label = row[0][0].label if row and row[0] else ""
            indicator = self._indicator(values, code_label, place)
            for i in sorted(banded):
                indicator["scoring"] = indicator.get("scoring", []) + only_bands(cells[i])
            for i in unknown:
                if i < len(cells) and cells[i].strip() and i not in banded:
                    self._keep(
                        messages.IMPORT_INDICATOR_COLUMN.format(
                            indicator=indicator["code"] or indicator["name"], column=header[i]
                        ),
                        cells[i],
                    )
            indicators.append(
                {**indicator, ORIGIN: messages.IMPORT_INDICATOR_ROW.format(where=where, row=number, table=table.number)}
            )
        return indicators

    def _indicator(self, values: dict[str, str], code_label: str, where: str) -> dict:
        values = {**collection_fields(values.get("collection", "")), **values}
        code = (values.get("code") or code_label).strip().rstrip(".")
        name_lines = [line.strip() for line in values["name"].splitlines() if line.strip()]
        passport = read_passport(name_lines[-1]) if name_lines and name_lines[-1].startswith("(") else None
        if passport is not None:
            name_lines = name_lines[:-1]
        name, typed_unit = unit_in_name(" ".join(name_lines))
        indicator: dict = {"code": code if CODE.match(code or "") else "", "name": name}
        unit = column_choice(values.get("unit", ""), UNITS) or typed_unit
        indicator["unit"] = unit or self._guess(unit_by_name(name), where, "единица измерения")
        passport = passport or {}
        indicator["type"] = (
            passport.get("тип")
            if passport.get("тип") in TYPES
            else self._choice(values.get("type", ""), [(t[:5], t) for t in TYPES], "результат", where, "тип")
        )
        indicator["calculation"] = read_calculation(values.get("calculation", ""))
        written = {key: " ".join(values[key].split()) for key in TEXT_FIELDS if key in values and key not in indicator}
        if "when" in values:  # «Периодичность и сроки» in one column; a column of its own says it better
            written = {**read_when(values["when"]), **written}
        if "combined" in values:
            written = {**read_combined(values["combined"]), **written}
        if passport.get("целевое значение"):
            written["target"] = " ".join(passport["целевое значение"].split())
        indicator.update(written)
        level = passport.get("уровень") or values.get("level", "")
        indicator["level"] = self._choice(level, LEVELS, level_by_name(name), where, "уровень")
        if values.get("applies_to"):
            indicator["applies_to"] = self._selection(values["applies_to"], indicator["level"], where)
        indicator["scoring"], rest = row_bands(values)
        for line in rest:
            self._keep(messages.IMPORT_SCALE_WHERE.format(where=where), line)
        return {key: value for key, value in indicator.items() if value not in ("", {}, [], None)}

    def _selection(self, text: str, level: str, where: str) -> dict[str, list[str]] | None:
        """The organizations the data are collected from; words that name none are kept for the author."""
        selection = read_selection(text, level)
        if selection is None:
            self._keep(messages.IMPORT_ORGANIZATIONS_WHERE.format(where=where), text)
        return selection
