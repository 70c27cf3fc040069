"""Russian text as the rules see it: tokens and sentences from razdel, word forms from pymorphy3."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..russian.morphology import analyzer

CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*$")
PROPER_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}
LOWER_IN_ABBREVIATION = 2
LONGEST_ABBREVIATION = 7
"""An all-capital word this long is a word in a heading: abbreviations are shorter («КДНиЗП», «МСОКО»)."""


@dataclass(frozen=True)
class Token:
    start: int
    stop: int
    text: str


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """Kept for the next rule: every text rule tokenizes the same passages (razdel is most of a PDF's lint)."""
    from razdel import tokenize  # imported when first needed: the rules tokenize only text that may be wrong

    return tuple(Token(t.start, t.stop, t.text) for t in tokenize(text))


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[Token, ...]:
    from razdel import sentenize

    return tuple(Token(s.start, s.stop, s.text) for s in sentenize(text))


@lru_cache(maxsize=20000)
def is_abbreviation(word: str) -> bool:
    """«ОО», «ВПР», «КДНиЗП», «ВсОШ»: Cyrillic, two or more capitals, a lower-case letter or two between."""
    letters = word.replace("-", "")
    if not letters or not re.fullmatch(r"[А-ЯЁа-яё]+", letters) or not letters[0].isupper():
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    return upper >= 2 and len(letters) - upper <= LOWER_IN_ABBREVIATION and not _is_capitalised_word(letters)


def _is_capitalised_word(word: str) -> bool:
    """«ПОЛОЖЕНИЕ», «КОПЕЙСКОГО» in a heading: an ordinary word set in capitals, not an abbreviation."""
    return word.isupper() and (
        len(word) >= LONGEST_ABBREVIATION or len(word) >= 4 and analyzer().word_is_known(word.lower())
    )


@lru_cache(maxsize=20000)
def parses(word: str) -> tuple:
    return tuple(analyzer().parse(word))


def is_proper_noun(word: str) -> bool:
    return any(PROPER_TAGS & set(str(p.tag).replace(" ", ",").split(",")) for p in parses(word))


def lemma(word: str) -> str:
    found = parses(word.lower())
    return found[0].normal_form if found else word.lower()


def is_known(word: str) -> bool:
    """pymorphy3's dictionary (OpenCorpora) knows the word form."""
    return bool(analyzer().word_is_known(word.lower()))


WORDS = Path(__file__).parent / "words.txt"
"""The project's own words that dictionaries lack («самообследование», «тьюторство»), one lemma a line."""


@cache
def _project_words() -> frozenset[str]:
    lines = WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def in_word_list(word: str) -> bool:
    """The word, or its lemma, is one of the project's own words."""
    return word.lower() in _project_words() or lemma(word) in _project_words()
