"""``spelling``: words a Russian dictionary (hunspell-ru through pyenchant) does not know. Proper nouns,
abbreviations, Latin words and the project's own words (``words.txt``) are not checked; each unknown word is
reported once per document, with the dictionary's suggestions."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any, Iterator

from ..messages import lint as say
from .document import LintDocument
from .language import in_word_list, is_abbreviation, is_known, is_proper_noun, sentences, tokens
from .registry import Finding, check

LANGUAGE = "ru_RU"
SUGGESTIONS = 3
SHORTEST = 3
SHORT_FORM = 5
CYRILLIC = re.compile(r"[А-Яа-яЁё]+")


class DictionaryMissing(Exception):
    """The Russian hunspell dictionary or the enchant library is not installed."""


@cache
def dictionary() -> Any:
    try:
        import enchant
    except (ImportError, OSError, AssertionError) as error:
        # ImportError: libenchant-2 is not installed; AssertionError: PYENCHANT_LIBRARY_PATH names no file.
        raise DictionaryMissing(str(error)) from error
    try:
        return enchant.Dict(LANGUAGE)
    except enchant.errors.DictNotFoundError as error:
        raise DictionaryMissing(str(error)) from error


@check()
def spelling(document: LintDocument) -> Iterator[Finding]:
    try:
        dictionary()
    except DictionaryMissing:
        yield Finding("spelling-unavailable", None, say.NO_DICTIONARY)
        return
    reported: set[str] = set()
    for passage in document.passages:
        for word in misspelled(passage.text):
            if word.lower() not in reported:
                reported.add(word.lower())
                yield Finding("spelling", passage, say.SPELLING.format(word=word, suggestions=_suggest(word)))


@lru_cache(maxsize=4096)
def misspelled(text: str) -> tuple[str, ...]:
    """The unknown words of a text, kept: a set of documents repeats its passages (the Положения their
    common sections). A word the rule may report is a whole run of Cyrillic letters (razdel's tokens never part
    one), so a text none of whose runs could be reported in any place is not tokenized at all."""
    if not any(_reportable(word, first=True) for word in CYRILLIC.findall(text)):
        return ()
    found = []
    for sentence in sentences(text):
        items = tokens(sentence.text)
        for position, token in enumerate(items):
            if position + 1 < len(items) and items[position + 1].text == "." and len(token.text) <= SHORT_FORM:
                continue  # «изм.», «руб.»: a shortened word
            for word in token.text.split("-"):
                if _reportable(word, first=position == 0):
                    found.append(word)
    return tuple(found)


def _reportable(word: str, first: bool) -> bool:
    """A word the rule checks (a Cyrillic word, no abbreviation, not in capitals, not the project's own, no proper
    noun) that the dictionaries do not know. The dictionaries are asked before the project's words and proper
    nouns are looked for: they know most words at once, while a lemma or a proper noun takes a morphological
    parse of the word (most of the rule's time when it came first)."""
    if len(word) < SHORTEST or not CYRILLIC.fullmatch(word) or is_abbreviation(word) or word.isupper():
        return False
    if _known(word) or in_word_list(word):
        return False
    return not (word[0].isupper() and (not first or is_proper_noun(word)))


@lru_cache(maxsize=20000)
def _known(word: str) -> bool:
    """hunspell-ru knows it, or pymorphy3's OpenCorpora dictionary does («мониторингов», «компетенций»); kept,
    since a set of documents repeats its words."""
    spell = dictionary()
    return spell.check(word) or spell.check(word.replace("ё", "е").replace("Ё", "Е")) or is_known(word)


def _suggest(word: str) -> str:
    options = [s for s in dictionary().suggest(word)[:SUGGESTIONS] if " " not in s]
    return say.SUGGESTIONS.format(options=say.OR.join(f"«{s}»" for s in options)) if options else ""
