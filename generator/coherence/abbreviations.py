"""Abbreviations kept once introduced: ``abbrev-late`` (the full name already used before «(далее — РЦОИ)»),
``abbrev-spelled-out`` (the full name again after it), ``abbrev-inside-name`` («…информации (далее — РЦОИ)
Челябинской области»: the name goes on after the abbreviation that should end it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterator, Sequence

import yaml

from ..messages import coherence as messages
from .text import Hit, lexicon, phrase_pattern

CATALOGS = Path(__file__).parent.parent / "catalogs"

_WORDS = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
SPACE = "[ \u00a0]"
LOOK_BACK = 12
"""Words before an introduction searched for the full name: the longest in use run to nine or ten."""
_INTRODUCTION = re.compile(
    r"\(\s*далее\s*[—–\-]?\s*(?:по\s+тексту\s*[—–\-]?\s*)?"
    r"([А-ЯЁ][А-ЯЁа-яё\-\u2011\s\u00a0]{0,15}?(?:[А-ЯЁ]|[\-\u2011][0-9]{1,2}))\s*\)"
)
"""«(далее — РЦОИ)», «(далее — РИС ГИА)», «(далее — ГИА-9)»: letters, or letters and a number after a hyphen."""


@dataclass(frozen=True)
class Introduction:
    index: int
    start: int
    """Where the full name begins in its text."""
    stop: int
    """Where the introduction's bracket closes."""
    abbreviation: str
    full: str | None
    """The full name as written before the bracket, when its initials spell the abbreviation."""


@cache
def _name_continues() -> re.Pattern[str]:
    return re.compile(lexicon()["abbreviations"]["name_continues"])


def full_name(before: str, abbreviation: str) -> tuple[int, str] | None:
    """The words before «(далее — X)» whose initials spell X («региональный центр обработки информации» for
    РЦОИ), skipping short words an abbreviation skips; (offset in ``before``, the words) or None."""
    letters = [ch for ch in abbreviation if ch.isupper()]
    skipped = set(lexicon()["abbreviations"]["function_words"])
    words = list(_WORDS.finditer(before))[-LOOK_BACK:]
    position = len(words)
    while letters and position > 0:
        position -= 1
        word = words[position].group(0)
        initials = [part[0].upper() for part in word.split("-")]
        if initials == letters[-len(initials) :]:
            del letters[-len(initials) :]
        elif word.lower() not in skipped:
            return None
    if letters:
        return None
    start = words[position].start()
    return start, before[start:].strip()


def introductions(texts: Sequence[str]) -> list[Introduction]:
    found = []
    for index, text in enumerate(texts):
        for match in _INTRODUCTION.finditer(text):
            abbreviation = " ".join(match.group(1).split())
            named = full_name(text[: match.start()], abbreviation)
            start = named[0] if named else match.start()
            found.append(Introduction(index, start, match.end(), abbreviation, named[1] if named else None))
    return found


def abbreviation_hits(texts: Sequence[str], headings: frozenset[int] = frozenset()) -> list[Hit]:
    """``headings``: the texts that are headings or titles, where a full name stands whole by custom and does not
    count as its first mention."""
    found: list[Hit] = []
    seen: set[str] = set()
    introduced = introductions(texts)
    for introduction in introduced:
        if introduction.abbreviation in seen:
            continue
        seen.add(introduction.abbreviation)
        after = texts[introduction.index][introduction.stop :]
        continued = _name_continues().match(after)
        if continued:
            found.append(
                Hit(
                    introduction.index,
                    _bracket(texts[introduction.index], introduction),
                    "abbrev-inside-name",
                    messages.ABBREVIATION_INSIDE_NAME.format(
                        abbreviation=introduction.abbreviation, continued=continued.group(0).strip()
                    ),
                )
            )
        if introduction.full:
            found.extend(_repeats(texts, introduction, headings, introduced))
    return found


def _bracket(text: str, introduction: Introduction) -> str:
    return text[text.rfind("(", 0, introduction.stop) : introduction.stop]


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where «…» quotations stand (outermost, nested „…“ and «…» inside them included)."""
    spans, depth, start = [], 0, 0
    for position, char in enumerate(text):
        if char == "«":
            if depth == 0:
                start = position
            depth += 1
        elif char == "»" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, position + 1))
    return spans


def _loose_start(text: str, introduction: Introduction) -> int:
    """Where a full name may begin when its words do not spell the abbreviation exactly («региональная
    информационная система обеспечения проведения государственной итоговой аттестации (далее — РИС ГИА)»): the
    initials found in order, any other words skipped."""
    letters = [ch for ch in introduction.abbreviation if ch.isupper()]
    bracket = text.rfind("(", 0, introduction.stop)
    for word in reversed(list(_WORDS.finditer(text[:bracket]))[-LOOK_BACK:]):
        if letters and word.group(0)[0].upper() == letters[-1]:
            letters.pop()
            if not letters:
                return word.start()
    return introduction.start


@cache
def _mechanism_titles() -> re.Pattern[str]:
    """The catalogs' mechanism names: proper names, written whole («Система мониторинга качества дошкольного
    образования») even where a part of them has an abbreviation."""
    titles: set[str] = set()
    for catalog in CATALOGS.glob("*.yaml"):
        titles.update(entry["title"] for entry in yaml.safe_load(catalog.read_text(encoding="utf-8"))["mechanisms"])
    alternatives = "|".join(
        re.escape(title[1:]).replace(r"\ ", SPACE) for title in sorted(titles, key=len, reverse=True)
    )
    return re.compile(rf"[СсCc](?:{alternatives})")


_DOCUMENT_TITLE = re.compile(r"\((?:Положение|Порядок|Правила|Концепция)[\s\u00a0]+[^()]*\)")
"""«(Положение о мониторинге эффективности деятельности руководителей образовательных организаций)»."""
_CITED_TITLE = re.compile(
    r"\b(?:Положени|Концепци|Порядк|Правил)\w*[\s\u00a0]+(?:о|об)[\s\u00a0][^,;.()«»]*,"
    r"[\s\u00a0]+утвержд"
)
"""«Положением о мониторинге … образовательных организаций, утверждённым приказом …»: a document cited by its
title, up to the act that approves it."""


def _proper_name_spans(text: str) -> list[tuple[int, int]]:
    return [
        match.span()
        for pattern in (_mechanism_titles(), _DOCUMENT_TITLE, _CITED_TITLE)
        for match in pattern.finditer(text)
    ]


def _repeats(
    texts: Sequence[str], introduction: Introduction, headings: frozenset[int], others: Sequence[Introduction]
) -> Iterator[Hit]:
    """The full name written out before the introduction, or again after it."""
    assert introduction.full is not None
    pattern = phrase_pattern(introduction.full)
    named: dict[int, list[tuple[int, int]]] = {}
    for other in others:
        if other is not introduction:
            start = other.start if other.full else _loose_start(texts[other.index], other)
            named.setdefault(other.index, []).append((start, other.stop))
    earlier = later = None
    for index, text in enumerate(texts):
        if index in headings:
            continue
        kept: list[tuple[int, int]] | None = None  # found for a text the name is in: most texts lack it
        for match in pattern.finditer(text):
            if kept is None:
                kept = [*_quoted_spans(text), *_proper_name_spans(text), *named.get(index, [])]
            if any(start <= match.start() < stop for start, stop in kept):
                continue  # an act's title, a proper name or another abbreviation's full name is written whole
            place = (index, match.start())
            if place < (introduction.index, introduction.start):
                earlier = earlier or (index, match.group(0), match.start())
            elif place > (introduction.index, introduction.start) and later is None:
                later = (index, match.group(0), match.start())
    name = introduction.abbreviation
    if earlier:
        yield Hit(
            earlier[0],
            earlier[1],
            "abbrev-late",
            messages.ABBREVIATION_LATE.format(full=earlier[1], name=name),
            earlier[2],
        )
    if later:
        yield Hit(
            later[0],
            later[1],
            "abbrev-spelled-out",
            messages.ABBREVIATION_SPELLED_OUT.format(name=name, full=later[1]),
            later[2],
        )


def glossary_hits(texts: Sequence[str], terms: Sequence[tuple[str, str]]) -> list[Hit]:
    """On the sources, where msoko writes «full name (далее — X)» at a glossary term's first use: a first use
    followed by the rest of a name («РЦОИ Челябинской области») puts the introduction inside the name."""
    found: list[Hit] = []
    for term, definition in terms:
        use = re.compile(r"(?<![\w\-])" + re.escape(term).replace(r"\ ", SPACE) + r"(?![\w\-])")
        word = term.split()[0] if term.strip() else term  # in any text that uses the term: a cheap test first
        first = next(
            (
                (index, match)
                for index, text in enumerate(texts)
                if word in text
                for match in [use.search(text)]
                if match
            ),
            None,
        )
        if first is None:
            continue
        index, match = first
        continued = _name_continues().match(texts[index][match.end() :])
        if continued:
            found.append(
                Hit(
                    index,
                    texts[index][match.start() : match.end() + continued.end()],
                    "abbrev-inside-name",
                    messages.ABBREVIATION_DEFINITION_CONTINUES.format(
                        term=term, definition=definition, continued=continued.group(0).strip()
                    ),
                )
            )
    return found
