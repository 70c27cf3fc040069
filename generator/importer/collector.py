"""What every part of the import writes into: the source's data, where each field came from, the report."""

from __future__ import annotations

import re

from pydantic import BaseModel

from ..messages import importer as messages
from ..sources.kinds import REGULATION
from ..docx.reader import Paragraph
from .indicators import column_choice
from .report import field_title, ImportReport, append_unmapped
from .structure import is_generated
from .text import shortened, span_of, to_markdown

GOAL_LABEL = re.compile(
    r"^(?:основная\s+)?цель(?:ю)?(?:\s+(?:мониторинга|мсоко))?\s*(?::|\s[—–-])\s*(?=\S)", re.IGNORECASE
)


"""The participles agreeing with each field a default is taken for."""


class Collector:
    def __init__(self) -> None:
        self.data: dict = {}
        self.origins: dict[str, str] = {}
        self.report = ImportReport()
        self.defaults: list[tuple[str, str, str]] = []
        self.recognised = False
        """The text was recognised from a scan: every field it fills is named for checking."""
        self.model: type[BaseModel] = REGULATION.model
        """The model of the source being made (its kind is known once the title is read): the fields' titles."""

    def _prose(self, path: str, blocks: list, heading: Paragraph | None, where: str) -> None:
        blocks = [b for b in blocks if not is_generated(b)]
        text = to_markdown(blocks, heading)
        if path == "goal" and (label := GOAL_LABEL.match(text)):  # «Цель: создание …» typed as one line
            text = text[label.end() :][:1].upper() + text[label.end() :][1:]
        if not text:
            return
        owner, _, key = path.rpartition(".")
        target = self.data.setdefault(owner, {}) if owner else self.data
        target[key] = (target[key] + "\n\n" + text) if target.get(key) else text
        self._origin(path, [b for b in blocks if isinstance(b, Paragraph)], where)

    def _origin(self, path: str, paragraphs: list[Paragraph], where: str) -> None:
        origin = f"{where}, {span_of(paragraphs)}" if paragraphs else where
        self.origins[path] = origin
        self.report.mapped.append(f"{field_title(path, self.model)} ← {origin}")
        if self.recognised:
            self.report.guessed.append(
                messages.IMPORT_OCR_FIELD.format(field=field_title(path, self.model), where=origin)
            )

    def _keep(self, where: str, text: str) -> None:
        if not text.strip():
            return
        append_unmapped(self.data, where, text)
        self.report.unmapped.append(f"{where}: «{shortened(text)}»")

    def _choice(self, text: str, options, default: str, where: str, field: str) -> str:
        chosen = column_choice(text, options)
        return chosen if chosen else self._guess(default, where, field)

    def _guess(self, value: str, where: str, field: str) -> str:
        """A default taken for a field the document leaves empty; reported once per table or list and field."""
        self.defaults.append((where, field, value))
        return value

    def _report_defaults(self) -> None:
        """«…, таблица 2, строки 3, 4, 6: уровень не указан, принят «ОО»» rather than a line per row."""
        groups: dict[tuple[str, str, str], list[str]] = {}
        for where, field, value in self.defaults:
            place = re.match(r"^(?P<group>.*), (?P<item>(?:строка|абзац) .+)$", where)
            group, item = (place.group("group"), place.group("item")) if place else (where, "")
            groups.setdefault((group, field, value), []).append(item)
        for (group, field, value), items in groups.items():
            noun = (
                messages.IMPORT_ROWS if all(i.startswith("строка") for i in items) else messages.IMPORT_PARAGRAPHS_NOUN
            )
            listed = items[0] if len(items) == 1 else f"{noun} " + ", ".join(i.split(" ", 1)[1] for i in items)
            given, taken = messages.IMPORT_DEFAULT_WORDS.get(field, messages.IMPORT_DEFAULT_WORDS_NEUTER)
            self.report.guessed.append(
                messages.IMPORT_DEFAULT.format(
                    where=", ".join(filter(None, (group, listed))), field=field, given=given, taken=taken, value=value
                )
            )
