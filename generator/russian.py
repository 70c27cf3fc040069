"""Russian grammar for requisites: the approving body in the genitive, the act in the instrumental,
the approval word agreeing with the approved document. pymorphy3 inflects words, so a phrase is
inflected by its leading adjectives and head noun, keeping the genitive tail as it is."""

from __future__ import annotations

import datetime
from functools import lru_cache

from babel.dates import format_date

from .typography import NBSP

_APPROVAL_WORDS = {"masc": "УТВЕРЖДЁН", "femn": "УТВЕРЖДЕНА", "neut": "УТВЕРЖДЕНО", "plur": "УТВЕРЖДЕНЫ"}


@lru_cache(maxsize=1)
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _noun_phrase_head(words: list[str]) -> int:
    """How many leading words to inflect: adjectives and participles up to the first noun."""
    for index, word in enumerate(words):
        parse = _best_parse(word)
        if parse is None:
            return index
        if parse.tag.POS == "NOUN":
            return index + 1
        if parse.tag.POS not in ("ADJF", "PRTF"):
            return index
    return 0


def _best_parse(word: str):
    parses = [p for p in _analyzer().parse(word) if p.tag.case == "nomn"]
    return parses[0] if parses else None


def _inflect_word(word: str, case: str, number: str | None = None) -> str:
    parse = _best_parse(word)
    if parse is None:
        return word
    grammemes = {case} | ({number} if number else set())
    inflected = parse.inflect(grammemes)
    if inflected is None:
        return word
    return _match_case(word, inflected.word)


def _match_case(original: str, inflected: str) -> str:
    if original.isupper() and len(original) > 1:
        return inflected.upper()
    if original[:1].isupper():
        return inflected[:1].upper() + inflected[1:]
    return inflected


@lru_cache(maxsize=256)
def inflect_phrase(phrase: str, case: str) -> str:
    """«Управление образования администрации …» → «управления образования администрации …» (gent)."""
    words = phrase.split(" ")
    head = _noun_phrase_head(words)
    inflected = [_inflect_word(word, case) for word in words[:head]] + words[head:]
    first = inflected[0]
    if first[:1].isupper() and not (len(first) > 1 and first[1:2].isupper()):
        inflected[0] = first[:1].lower() + first[1:]
    return " ".join(inflected)


@lru_cache(maxsize=64)
def approval_word(document_kind: str) -> str:
    """УТВЕРЖДЕНО for «Положение», УТВЕРЖДЕНА for «Концепция», УТВЕРЖДЕНЫ for «Правила»."""
    parse = _best_parse(document_kind.split(" ")[0])
    if parse is None:
        return _APPROVAL_WORDS["neut"]
    if parse.tag.number == "plur" or "Pltm" in parse.tag:
        return _APPROVAL_WORDS["plur"]
    return _APPROVAL_WORDS.get(parse.tag.gender, _APPROVAL_WORDS["neut"])


def approving_act_phrase(act_kind: str, authority_name: str) -> str:
    """«приказом управления образования администрации Копейского городского округа»."""
    return f"{inflect_phrase(act_kind, 'ablt')} {inflect_phrase(authority_name, 'gent')}"


def format_document_date(date: datetime.date, style: str) -> str:
    """ГОСТ Р 7.0.97-2025: «15.03.2021» or «15 марта 2021 г.»."""
    if style == "словесно-цифровой":
        return format_date(date, "d MMMM y", locale="ru") + f"{NBSP}г."
    return date.strftime("%d.%m.%Y")


def number_sign(number: str) -> str:
    return f"№{NBSP}{number}"
