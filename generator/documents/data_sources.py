"""The sources of the справка's data as one enumeration: every indicator's source (Положение, таблица 1, «источник
данных») split into the sources it names and each named once. A comma separates two sources only where the words
after it can open one — a noun phrase in the nominative («ФИС ОКО, отчёт ОО») or a circumstance («для знаменателя —
…»); words that cannot («данные ФИС ОКО, статистической отчётности и мониторингов УО»: the genitive that «данные»
governs) continue the source before it, and a clause on a source («анкетирование, которое проводит …») is its own.
Which part of which indicator a source gives («для числителя — …») is the passport's, not the list's: the list
names the source."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..russian.morphology import analyzer

COMMA = re.compile(r",\s*")
WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+")
ROLE = re.compile(r"^для\s+(?:числителя|знаменателя)\s+—\s+")
"""«для числителя — данные КДНиЗП»: the part of the indicator the source gives."""
OWN_CLAUSE = re.compile(r"^котор")


def listed_sources(sources: Iterable[str]) -> list[str]:
    """The sources as the справка enumerates them, each once, in the order the indicators name them."""
    listed: list[str] = []
    for source in sources:
        for part in _split(source):
            part = ROLE.sub("", part)
            if part and part not in listed:
                listed.append(part)
    return listed


def _split(source: str) -> list[str]:
    parts: list[str] = []
    for piece in COMMA.split(source.strip()):
        if parts and not _opens_source(piece):
            parts[-1] = f"{parts[-1]}, {piece}"
        elif piece:
            parts.append(piece)
    return [part.strip() for part in parts]


def _opens_source(piece: str) -> bool:
    """Whether the words after a comma open a source of their own: their first word is an abbreviation, a
    preposition, or may be in the nominative; not a relative clause on the source before it."""
    first = WORD.match(piece)
    if first is None or OWN_CLAUSE.match(piece):
        return False
    return _may_open(first.group(0))


@lru_cache(maxsize=512)
def _may_open(word: str) -> bool:
    if word.isupper() or not word.isalpha():
        return True
    parses = analyzer().parse(word.lower())
    return any(p.tag.POS == "PREP" or p.tag.case == "nomn" or p.tag.case is None for p in parses)
