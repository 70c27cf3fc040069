"""``abbrev-undefined``: an abbreviation is introduced before its first use — «(далее — ОО)», «(ОО)» after
the full name, a terms table whose first cell is the abbreviation, or a terms list line «ОО — …»."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..messages import lint as say
from .document import LintDocument, Passage
from .language import is_abbreviation, is_known, tokens
from .registry import Finding, check, lexicon

CAPITALS_LINE = 12
CAPITALS_SHARE = 0.8
TWO_CAPITALS = re.compile(r"[А-ЯЁ][А-Яа-яЁё]*[А-ЯЁ]")
"""What an abbreviation has (:func:`.language.is_abbreviation`): two capitals in one run of Cyrillic letters."""
TERM_WORDS = 4
"""A terms table's first cell this short names the term («ФИС ОКО»); a longer one is a sentence."""


@check()
def abbreviations_introduced(document: LintDocument) -> Iterator[Finding]:
    known = set(lexicon()["abbreviations"]["known"])
    introductions = [(passage, start, word) for passage in document.passages for start, word in introduced_in(passage)]
    first_introduction: dict[str, Passage] = {}
    for passage, _, word in introductions:
        first_introduction.setdefault(word, passage)
    introduced: set[str] = set()
    reported: set[str] = set()
    for passage in document.passages:
        here = [(start, word) for p, start, word in introductions if p is passage]
        for start, word in abbreviations_in(passage.text):
            if word in known or word in introduced or word in reported:
                continue
            if any(w == word and s <= start for s, w in here):
                continue
            reported.add(word)
            later = first_introduction.get(word)
            where = (
                say.INTRODUCED_LATER.format(unit=document.unit_in, number=later.number)
                if later is not None
                else say.NEVER_INTRODUCED
            )
            yield Finding(
                "abbrev-undefined",
                passage,
                say.ABBREVIATION_UNDEFINED.format(word=word, where=where),
            )
        introduced.update(word for _, word in here)


@lru_cache(maxsize=4096)
def abbreviations_in(text: str) -> tuple[tuple[int, str], ...]:
    """Abbreviations with their offsets; «ГИА-9» counts as «ГИА». In a line set in capitals («ЦЕЛЬ: … НА
    ОСНОВЕ ЕГО …») a dictionary word is a word. Kept for the text's next occurrence; a text without two capitals
    in one run of letters has no abbreviation, and is not tokenized."""
    if not TWO_CAPITALS.search(text):
        return ()
    letters = [ch for ch in text if ch.isalpha()]
    capitals = len(letters) >= CAPITALS_LINE and sum(ch.isupper() for ch in letters) >= CAPITALS_SHARE * len(letters)
    found = []
    for token in tokens(text):
        head = token.text.split("-")[0]
        if is_abbreviation(head) and not (capitals and is_known(head)):
            found.append((token.start, head))
    return tuple(found)


def introduced_in(passage: Passage) -> list[tuple[int, str]]:
    data = lexicon()["abbreviations"]
    found: list[tuple[int, str]] = []
    for pattern in data["introductions"]:
        for match in re.finditer(pattern, passage.text):
            found.extend((match.start(), word) for _, word in abbreviations_in(match.group(1)))
    term = re.match(data["term_line"], passage.text)
    if term and is_abbreviation(term.group(1)):
        found.append((0, term.group(1)))
    if passage.first_cell and len(passage.text.split()) <= TERM_WORDS:
        found.extend((0, word) for _, word in abbreviations_in(passage.text))
    return found
