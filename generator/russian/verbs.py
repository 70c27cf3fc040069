"""A decision named by a verbal noun, said as an order: «включение ОО в программу адресной поддержки» → «включить ОО
в программу адресной поддержки», «о закреплении школ-кураторов» → «закрепить школы-кураторы». pymorphy3 knows
words, not how one is derived from another: the verb is guessed from the noun's suffix and kept only where the
dictionary knows it as an infinitive (the perfective one where it has one: an order is to be done once); the noun's
object, in the genitive, becomes the verb's, in the accusative. None where the noun names no action («о
межведомственных планах профилактики»): the caller then says the decision another way."""

from __future__ import annotations

import re
from functools import lru_cache

from .morphology import analyzer

VERB_ENDINGS = (
    ("ение", ("ить", "еть")),  # включение — включить, рассмотрение — рассмотреть
    ("ание", ("ать",)),  # формирование — формировать
    ("яние", ("ять",)),
    ("тие", ("ть",)),  # открытие — открыть
    ("ёт", ("есть",)),  # учёт — учесть
    ("ка", ("ать", "ить")),  # поддержка — поддержать, оценка — оценить
)
"""A verbal noun's ending and the endings of the infinitives it may come from."""
LABIAL_L = re.compile(r"[бвмпф]л$")
"""«закрепление», «направление»: the «л» the noun adds after a labial is not the verb's («закрепить»)."""
PERFECTIVE_PREFIX = "с"
"""«формировать» → «сформировать»: the one prefix that makes most imperfectives of such nouns perfective."""
MODIFIERS = ("ADJF", "PRTF")


def order_phrase(phrase: str) -> str | None:
    """«включение ОО в программу» or «о включении ОО в программу» → «включить ОО в программу»; None when its first
    word is no verbal noun the dictionary's verbs account for."""
    words = phrase.split()
    if words and words[0].lower() in ("о", "об", "обо"):
        words = words[1:]
    if not words:
        return None
    verb = _infinitive(_nominative(words[0].lower()))
    if verb is None:
        return None
    return " ".join([verb, *_object_in_accusative(words[1:])])


def _nominative(word: str) -> str:
    """«включении» → «включение»: the noun as the derivation rules take it."""
    for parse in analyzer().parse(word):
        if parse.tag.POS == "NOUN":
            return parse.normal_form
    return word


@lru_cache(maxsize=256)
def _infinitive(noun: str) -> str | None:
    for ending, verb_endings in VERB_ENDINGS:
        if not noun.endswith(ending):
            continue
        stem = noun[: -len(ending)]
        stems = [stem, stem[:-1]] if LABIAL_L.search(stem) else [stem]
        for candidate in (base + verb_ending for base in stems for verb_ending in verb_endings):
            tag = _infinitive_tag(candidate)
            if tag is not None:
                perfective = PERFECTIVE_PREFIX + candidate
                if "impf" in tag and (_infinitive_tag(perfective) or set()) >= {"perf"}:
                    return perfective
                return candidate
    return None


def _infinitive_tag(word: str) -> set[str] | None:
    """The grammemes of ``word`` as an infinitive the dictionary holds (not one pymorphy3 only guesses)."""
    if not analyzer().word_is_known(word):
        return None
    for parse in analyzer().parse(word):
        if parse.tag.POS == "INFN" and parse.word == word:
            return set(parse.tag.grammemes)
    return None


def _object_in_accusative(words: list[str]) -> list[str]:
    """The noun phrases that open ``words`` in the genitive («школ-кураторов», «муниципальной команды участников
    олимпиад», «обучающихся и педагогов») in the accusative; the rest — their own genitives, prepositions — as it
    is."""
    result = list(words)
    start = 0
    while start < len(words):
        end = _genitive_phrase_end(words, start)
        if end is None:
            break
        head = _genitive(words[end - 1], "NOUN")
        assert head is not None
        for index in range(start, end):
            result[index] = _accusative(words[index], head)
        if end < len(words) and words[end] == "и":
            start = end + 1
            continue
        break
    return result


def _genitive_phrase_end(words: list[str], start: int) -> int | None:
    """Where the genitive noun phrase starting at ``start`` ends: after its head noun; None when there is none."""
    for index in range(start, len(words)):
        modifier = any(_genitive(words[index], pos) for pos in MODIFIERS)
        following = index + 1 < len(words) and _genitive(words[index + 1], "NOUN") is not None
        if _genitive(words[index], "NOUN") is not None and not (modifier and following):
            return index + 1  # «детских объединений»: an adjective before its noun, though «детская» is a noun too
        if not modifier:
            return None
    return None


@lru_cache(maxsize=1024)
def _genitive(word: str, pos: str):
    for parse in analyzer().parse(word):
        if parse.tag.POS == pos and parse.tag.case == "gent":
            return parse
    return None


def _accusative(word: str, head) -> str:
    """A word of the phrase in the accusative, agreeing with its head: a person's stays as it is (the accusative of
    the animate is the genitive); a thing's takes the nominative's form but in the feminine singular («команду»)."""
    if "anim" in head.tag:
        return word
    case = "accs" if head.tag.number == "sing" and head.tag.gender == "femn" else "nomn"
    return "-".join(_inflected(part, case, head) for part in word.split("-"))


def _inflected(word: str, case: str, head) -> str:
    grammemes = {case, head.tag.number}
    if head.tag.number == "sing" and head.tag.gender:
        grammemes.add(head.tag.gender)
    for parse in analyzer().parse(word):
        if parse.tag.case == "gent" and parse.tag.number == head.tag.number:
            inflected = parse.inflect(grammemes - ({head.tag.gender} if parse.tag.POS == "NOUN" else set()))
            if inflected is not None:
                return inflected.word
    return word
