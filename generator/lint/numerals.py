"""``numeral-agreement``: a number agrees with the noun it counts — «52 балла», «5 показателей», «21 балл»;
after «из», «до», «более» … the pair is genitive: «из 52 баллов», «до 21 балла»."""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache
from typing import Iterator, Sequence

from ..messages import lint as say
from .document import LintDocument
from .language import Token, lemma, parses, tokens
from .memo import memo
from .registry import Finding, check, lexicon

YEARS = range(1900, 2101)
COUNTING_CASES = {"nomn", "accs", "gent"}


@check()
def numerals(document: LintDocument) -> Iterator[Finding]:
    for passage in document.passages:
        for _, written, expected in disagreements(passage.text):
            yield Finding("numeral-agreement", passage, agreement_message(written, expected))


def agreement_message(written: str, expected: str) -> str:
    return say.NUMERAL_AGREEMENT.format(written=written, expected=expected)


_NUMBER_AND_WORD = re.compile(r"(?<!\d)(\d+)\s*([а-яё]+)")
"""What a disagreement needs: a number token, then (only spaces between) a lower-case word token. A token
of digits alone is the whole run of digits, and tokens are parted only by spaces, so every such pair of
tokens is among these matches."""


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon()["numerals"]
    return (
        frozenset(data["genitive_governors"]),
        frozenset(data["label_words"]),
        frozenset(data["ordinal_nouns"]),
        frozenset(lexicon()["months"]),
    )


def disagreements(text: str) -> list[tuple[int, str, str]]:
    """(offset, «52 баллов», «52 балла») for each number whose noun does not agree with it."""
    if not any(_may_disagree(number, word) for number, word in _NUMBER_AND_WORD.findall(text)):
        return []  # most strings: no tokenizing them (razdel is slow)
    key = "numerals " + hashlib.sha256(text.encode()).hexdigest()[:32]
    found = memo().answer(key, lambda: _disagreements(text), fits=_is_findings)
    return [(offset, written, expected) for offset, written, expected in found]


def _is_findings(kept: object) -> bool:
    return isinstance(kept, list) and all(
        isinstance(item, (list, tuple))
        and len(item) == 3
        and isinstance(item[0], int)
        and isinstance(item[1], str)
        and isinstance(item[2], str)
        for item in kept
    )


def _disagreements(text: str) -> list[tuple[int, str, str]]:
    governors, labels, ordinals, months = _words()
    items = tokens(text)
    found = []
    for index, number in enumerate(items[:-1]):
        noun = items[index + 1]
        if not re.fullmatch(r"\d+", number.text) or not re.fullmatch(r"[а-яё]+", noun.text):
            continue
        value = int(number.text)
        previous = _previous_word(items, index)
        if value in YEARS and len(number.text) == 4 or noun.text in months or previous in labels:
            continue
        if index > 0 and items[index - 1].text in ("№", ".", ",", "–", "—", "-", "/") and previous not in governors:
            continue
        if lemma(noun.text) in ordinals:
            continue
        expected = _expected(noun.text, value, genitive=previous in governors)
        if expected is not None and expected != noun.text.replace("ё", "е"):
            found.append((number.start, f"{number.text} {noun.text}", f"{number.text} {expected}"))
    return found


def _may_disagree(number: str, word: str) -> bool:
    """Whether the pair could be reported below whatever words stand before it (those choose between the
    two contexts, and may only excuse the pair). The dictionary's answer depends on the number only through
    the form it asks of the noun, and is kept between runs (:mod:`.memo`)."""
    value = int(number)
    if value in YEARS and len(number) == 4 or word in _words()[3]:
        return False
    one, few = _one_or_few(value)
    kind = "one" if one else "few" if few else "many"
    return memo().answer(
        f"numeral {kind} {word}", lambda: _noun_may_disagree(word, value), fits=lambda kept: isinstance(kept, bool)
    )


def _noun_may_disagree(word: str, value: int) -> bool:
    if lemma(word) in _words()[2]:
        return False
    written = word.replace("ё", "е")
    return any(
        expected not in (None, written) for expected in (_expected(word, value, False), _expected(word, value, True))
    )


def _one_or_few(value: int) -> tuple[bool, bool]:
    """«1 балл», «21 балл»; «2 балла», «34 балла»; otherwise «5 баллов», «11 баллов»."""
    return value % 10 == 1 and value % 100 != 11, value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14)


def _previous_word(items: Sequence[Token], index: int) -> str:
    for token in reversed(items[:index]):
        if re.fullmatch(r"[А-Яа-яЁё]+", token.text):
            return token.text.lower()
        if token.text not in ("(", "«"):
            return ""
    return ""


@lru_cache(maxsize=20000)
def _expected(word: str, value: int, genitive: bool) -> str | None:
    """The noun's form for ``value`` in the counting context when ``word`` is not it, else None. A word that is
    no countable noun in the nominative, accusative or genitive is left alone: its case comes from elsewhere."""
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN" and p.tag.case in COUNTING_CASES and p.score >= 0.1]
    if not nouns or "Fixd" in nouns[0].tag or "Pltm" in nouns[0].tag:
        return None
    one, few = _one_or_few(value)
    if genitive:
        wanted = [{"gent", "sing" if one else "plur"}]
    elif one:
        wanted = [{"nomn", "sing"}, {"accs", "sing"}]
    else:
        wanted = [{"gent", "sing" if few else "plur"}]
    if any(grammemes <= set(p.tag.grammemes) for p in nouns for grammemes in wanted):
        return None
    target = nouns[0].inflect(wanted[0])
    return target.word if target is not None else None
