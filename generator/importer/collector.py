"""What every part of the import writes into: the source's data, where each field came from, the report."""

from __future__ import annotations

import re

from ..docx.reader import Paragraph
from .indicators import column_choice
from .report import FIELD_NAMES, ImportReport, append_unmapped
from .structure import is_generated
from .text import shortened, span_of, to_markdown

GOAL_LABEL = re.compile(r"^(?:основная\s+)?цель(?:ю)?(?:\s+(?:мониторинга|мсоко))?\s*(?::|\s[—–-])\s*(?=\S)", re.IGNORECASE)


class Collector:
    def __init__(self) -> None:
        self.data: dict = {}
        self.origins: dict[str, str] = {}
        self.report = ImportReport()

    def _prose(self, path: str, blocks: list, heading: Paragraph | None, where: str) -> None:
        blocks = [b for b in blocks if not is_generated(b)]
        text = to_markdown(blocks, heading)
        if path == "goal" and (label := GOAL_LABEL.match(text)):  # «Цель: создание …» typed as one line
            text = text[label.end():][:1].upper() + text[label.end():][1:]
        if not text:
            return
        owner, _, key = path.rpartition(".")
        target = self.data.setdefault(owner, {}) if owner else self.data
        target[key] = (target[key] + "\n\n" + text) if target.get(key) else text
        self._origin(path, [b for b in blocks if isinstance(b, Paragraph)], where)

    def _origin(self, path: str, paragraphs: list[Paragraph], where: str) -> None:
        origin = f"{where}, {span_of(paragraphs)}" if paragraphs else where
        self.origins[path] = origin
        self.report.mapped.append(f"{FIELD_NAMES.get(path, path)} ← {origin}")

    def _keep(self, where: str, text: str) -> None:
        if not text.strip():
            return
        append_unmapped(self.data, where, text)
        self.report.unmapped.append(f"{where}: «{shortened(text)}»")

    def _choice(self, text: str, options, default: str, what: str) -> str:
        chosen = column_choice(text, options)
        return chosen if chosen else self._guess(default, what)

    def _guess(self, value: str, what: str) -> str:
        self.report.guessed.append(f"{what}: не указано, принято «{value}»")
        return value
