"""A decision named by a verbal noun, said as an order: «включение ОО в программу адресной поддержки» → «включить ОО
в программу адресной поддержки», «о закреплении школ-кураторов» → «закрепить школы-кураторы». pymorphy3 knows
words, not how one is derived from another: the verb is guessed from the noun's suffix and kept only where the
dictionary knows it as an infinitive (the perfective one where it has one: an order is to be done once); the noun's
object, in the genitive, becomes the verb's, in the accusative. None where the noun names no action («о
межведомственных планах профилактики»): the caller then says the decision another way."""

from __future__ import annotations

import re
from functools import lru_cache

from .morphology import analyzer, inflect_phrase, word_in_case

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


NOUN_ENDINGS = {
    "гнуть": ("жение",),  # достигнуть — достижение
    "ать": ("ание", "ение"),
    "ять": ("яние", "ение"),
    "ить": ("ение",),
    "еть": ("ение",),
}
"""An infinitive's ending and the endings of the verbal nouns it may give («планировать» — «планирование»,
«включать» — «включение», «направлять» — «направление», «достигнуть» — «достижение»)."""
RELATIVE = re.compile(r"^в\s+котор\w+\s+(.+)$")
"""«в которых выпускники 9 классов не получили аттестат»: a clause on organizations with its own subject."""
ACT_VERB = {"VERB", "sing", "3per", "indc"}
"""«УО планирует …», «формирует …»: the authority's act said by a verb in the third person."""


def acts_of(clause: str) -> list[str] | None:
    """«планирует повышение квалификации и стажировки руководителей ОО и формирует резерв управленческих кадров» →
    «о планировании повышения квалификации и стажировки руководителей ОО», «о формировании резерва управленческих
    кадров»: what the clause's subject does, each act as the matter of a decision (its verbal noun in the
    prepositional, the object that opens the rest in the genitive); None where the clause opens with no such verb or
    a verb gives no noun the dictionary knows."""
    words = clause.split()
    starts = [index for index, word in enumerate(words) if _act_verb(word) is not None]
    if not starts or starts[0] != 0:
        return None
    acts = []
    for start, end in zip(starts, [*starts[1:], len(words)], strict=True):
        rest = words[start + 1 : end]
        if rest and rest[-1] == "и" and end < len(words):
            rest = rest[:-1]
        noun = _verbal_noun(_act_verb(words[start]) or "")
        if noun is None or not rest:
            return None
        said = word_in_case(noun, "loct")
        acts.append(f"{'об' if said[:1] in 'аоуэиыё' else 'о'} {said} {' '.join(_object_in_genitive(rest))}")
    return acts


def _act_verb(word: str) -> str | None:
    """The infinitive of a verb in the third person singular («планирует» → «планировать»), else None."""
    for parse in analyzer().parse(word.lower()):
        if ACT_VERB <= set(parse.tag.grammemes) and ({"pres", "futr"} & set(parse.tag.grammemes)):
            return parse.normal_form
    return None


def _verbal_noun(infinitive: str) -> str | None:
    for ending, noun_endings in NOUN_ENDINGS.items():
        if infinitive.endswith(ending):
            stem = infinitive[: -len(ending)]
            for noun in (stem + noun_ending for noun_ending in noun_endings):
                if analyzer().word_is_known(noun) and any(p.tag.POS == "NOUN" for p in analyzer().parse(noun)):
                    return noun
    return None


def _object_in_genitive(words: list[str]) -> list[str]:
    """The noun phrase that opens ``words`` as the verb's object («повышение», «резерв», «новые места») in the
    genitive, as the verbal noun governs it; what follows — its own genitives — as it is."""
    result = list(words)
    for index, word in enumerate(words):
        parse = next((p for p in analyzer().parse(word) if p.tag.case in ("accs", "nomn")), None)
        if parse is None or parse.tag.POS not in ("NOUN", *MODIFIERS):
            break
        inflected = parse.inflect({"gent", parse.tag.number} if parse.tag.number else {"gent"})
        result[index] = inflected.word if inflected else word
        if parse.tag.POS == "NOUN":
            break
    return result


def event_of(clause: str, whom: str = "", agent: bool = True) -> str | None:
    """What a clause defining organizations says happened, as the genitive of its verbal noun — the complement of
    «причины»: «в которых выпускники 9 классов не получили аттестат» → «неполучения аттестата выпускниками 9
    классов»; «не достигшим целевых показателей программы развития» → «недостижения целевых показателей программы
    развития»; «включённым в перечень ОО …» → «включения ОО в перечень ОО …» (``whom``, the organizations a passive
    participle is about, its object). Without the subject of a relative clause where the sentence says it (``agent``
    False: «причины неполучения аттестата с руководителями ОО, в которых выпускники …»). None where the clause says
    no act the dictionary gives a noun for («в которых доля … ниже значения по округу»)."""
    relative = RELATIVE.match(clause)
    words = (relative.group(1) if relative else clause).split()
    wanted = "VERB" if relative else "PRTF"
    at = next((index for index, word in enumerate(words) if _verb_of(word, wanted)), None)
    if at is None:
        return None
    negated = at > 0 and words[at - 1] == "не"
    subject = words[: at - negated]
    noun = _verbal_noun(_verb_of(words[at], wanted) or "")
    if noun is None or (subject and not relative):
        return None
    doer = [inflect_phrase(" ".join(subject), "ablt")] if subject and agent else []
    said = ("не" if negated else "") + word_in_case(noun, "gent")
    passive = not relative and any("pssv" in parse.tag for parse in analyzer().parse(words[at].lower())[:1])
    return " ".join([said, *([whom] if passive and whom else []), *_object_in_genitive(words[at + 1 :]), *doer])


def _verb_of(word: str, pos: str) -> str | None:
    """The infinitive of a finite verb (``pos`` VERB: «получили») or a participle (PRTF: «включённым»)."""
    return next((parse.normal_form for parse in analyzer().parse(word.lower()) if parse.tag.POS == pos), None)
