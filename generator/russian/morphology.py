"""Russian grammar for requisites: the approving body in the genitive, the act in the instrumental,
the approval word agreeing with the approved document. pymorphy3 inflects words, so a phrase is
inflected by its leading adjectives and head noun, keeping the genitive tail as it is."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from functools import lru_cache

from .typography import NBSP

_APPROVAL_WORDS = {"masc": "УТВЕРЖДЁН", "femn": "УТВЕРЖДЕНА", "neut": "УТВЕРЖДЕНО", "plur": "УТВЕРЖДЕНЫ"}
_SHORT_ENDINGS = {"masc": "", "femn": "а", "neut": "о", "plur": "ы"}


@lru_cache(maxsize=1)
def analyzer():
    """The one pymorphy3 analyser (about 0.2 s to load, so only when first needed)."""
    import pymorphy3
    import pymorphy3_dicts_ru

    # The dictionary named, not looked up among every installed package's entry points.
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


def _noun_phrase_head(words: list[str]) -> int:
    """How many leading words to inflect: adjectives and participles up to the first noun."""
    for index, word in enumerate(words):
        parse = _best_parse(word.rstrip(","))
        if parse is None:
            return index
        if parse.tag.POS == "NOUN":
            return index + 1
        if parse.tag.POS not in ("ADJF", "PRTF"):
            return index
    return 0


@lru_cache(maxsize=4096)
def _best_parse(word: str):
    parses = [p for p in analyzer().parse(word) if p.tag.case == "nomn"]
    return parses[0] if parses else None


def _inflect_word(word: str, case: str, number: str | None = None, gender: str | None = None) -> str:
    bare = word.rstrip(",")
    parse = _best_parse(bare)
    if parse is None:
        return word
    grammemes = {case} | ({number} if number else set())
    if gender and number == "sing" and parse.tag.POS in ("ADJF", "PRTF"):
        grammemes.add(gender)  # «образовательные организации» → «образовательной организации», not «образовательном»
    # an adjective in the accusative agrees with an inanimate noun («индивидуальный маршрут»): the
    # phrases inflected here name things, never people
    animacy_varies = case == "accs" and (parse.tag.gender == "masc" or (number or parse.tag.number) == "plur")
    inflected = (parse.inflect(grammemes | {"inan"}) if animacy_varies else None) or parse.inflect(grammemes)
    if inflected is None:
        return word
    return _match_case(bare, inflected.word) + word[len(bare) :]


def _match_case(original: str, inflected: str) -> str:
    if original.isupper() and len(original) > 1:
        return inflected.upper()
    if original[:1].isupper():
        return inflected[:1].upper() + inflected[1:]
    return inflected


@lru_cache(maxsize=512)
def inflect_phrase(phrase: str, case: str, number: str | None = None) -> str:
    """«Положение о мониторинге …» → «Положения о мониторинге …» (gent): the head and its adjectives,
    and a participle clause set off by a comma after the head («школы, функционирующие …» → «школ,
    функционирующих …»)."""
    words = phrase.split(" ")
    head = _noun_phrase_head(words)
    noun = _best_parse(words[head - 1].rstrip(",")) if head else None
    gender = noun.tag.gender if noun is not None and noun.tag.POS == "NOUN" else None
    inflected = [_inflect_word(word, case, number, gender) for word in words[:head]] + words[head:]
    if 0 < head < len(words) and words[head - 1].endswith(","):
        parse = _best_parse(words[head])
        if parse is not None and parse.tag.POS == "PRTF":
            inflected[head] = _inflect_word(words[head], case, number, gender)
    return " ".join(inflected)


@lru_cache(maxsize=64)
def stated_word(phrase: str) -> str:
    """«указан» agreeing with the head noun of ``phrase``: «не указан источник данных», «не указана периодичность»."""
    words = phrase.split(" ")
    head = _noun_phrase_head(words)
    parse = _best_parse(words[head - 1].rstrip(",")) if head else None
    if parse is None:
        return "указан"
    return "указан" + _SHORT_ENDINGS["plur" if parse.tag.number == "plur" else parse.tag.gender or "masc"]


def lower_first(phrase: str) -> str:
    """«Управления образования» → «управления образования»; abbreviations («МБОУ») stay."""
    first = phrase.split(" ")[0]
    if first[:1].isupper() and not first[1:2].isupper():
        return phrase[:1].lower() + phrase[1:]
    return phrase


@lru_cache(maxsize=64)
def approval_word(document_kind: str) -> str:
    """УТВЕРЖДЕНО for «Положение», УТВЕРЖДЕНА for «Концепция», УТВЕРЖДЕНЫ for «Правила»."""
    return _APPROVAL_WORDS[_gender(document_kind)]


def agreed(participle: str, document_kind: str) -> str:
    """A short participle agreed with a document's name: «описан», «Положение о МСОКО» → «описано»."""
    return participle + _SHORT_ENDINGS[_gender(document_kind)]


_PAST_ENDINGS = {"masc": "", "femn": "а", "neut": "о", "plur": "и"}


def past_agreed(verb: str, subject: str) -> str:
    """A past-tense verb agreeing with its subject's first word: «составил», «Доля …» → «составила», «Число …» →
    «составило», «Результаты …» → «составили»."""
    return verb + _PAST_ENDINGS[str(_gender(subject))]


def participle_agreed(participle: str, noun: str, case: str) -> str:
    """A full participle agreeing with a noun phrase in ``case``: «утверждённый», «Положение …», ablt →
    «утверждённым»; «Концепция …», gent → «утверждённой»."""
    parse = _best_parse(participle)
    gender = str(_gender(noun))
    inflected = parse.inflect({case} | ({"plur"} if gender == "plur" else {"sing", gender})) if parse else None
    return inflected.word if inflected else participle


def _gender(document_kind: str) -> str:
    """masc, femn, neut or plur: of the name's first word («Положение», «Концепция», «Правила»)."""
    parse = _best_parse(document_kind.split(" ")[0])
    if parse is None:
        return "neut"
    if parse.tag.number == "plur" or "Pltm" in parse.tag:
        return "plur"
    return parse.tag.gender if parse.tag.gender in _APPROVAL_WORDS else "neut"


def approving_act_phrase(act_kind: str, issuer_name: str) -> str:
    """«приказом управления образования администрации Копейского городского округа»."""
    return f"{inflect_phrase(act_kind, 'ablt')} {lower_first(inflect_phrase(issuer_name, 'gent'))}"


def appendix_phrase(act_kind: str, issuer_name: str) -> str:
    """«к приказу управления образования администрации Копейского городского округа»."""
    return f"к {inflect_phrase(act_kind, 'datv')} {lower_first(inflect_phrase(issuer_name, 'gent'))}"


MECHANISM_REGULATIONS = "о мониторинге механизмов управления качеством образования"


def and_joined(items: Sequence[str]) -> str:
    """«1.1.1, 1.1.4 и 1.1.6», «2021 и 2022», one item alone, none as nothing: a list in a sentence."""
    items = list(items)
    return ", ".join(items[:-1]) + f" и {items[-1]}" if len(items) > 1 else "".join(items)


def approval_title(titles: list[tuple[str, bool]]) -> str:
    """«Об утверждении Положения …» for one document, «… Положений о мониторинге …» for several.

    ``titles`` are the approved documents' titles in appendix order, each flagged when it is the
    Положение о мониторинге of a mechanism (several of those are named together)."""
    groups: list[list[tuple[str, bool]]] = []
    for title, is_mechanism in titles:
        kind = title.split(" ")[0]
        if groups and groups[-1][0][0].split(" ")[0] == kind and groups[-1][0][1] == is_mechanism:
            groups[-1].append((title, is_mechanism))
        else:
            groups.append([(title, is_mechanism)])
    parts = [_group_genitive(group) for group in groups]
    return f"Об утверждении {and_joined(parts)}"


def _group_genitive(group: list[tuple[str, bool]]) -> str:
    if len(group) == 1:
        return title_in_sentence(group[0][0], "gent")
    kind = inflect_phrase(group[0][0].split(" ")[0], "gent", "plur")
    if all(is_mechanism for _, is_mechanism in group):
        return f"{kind} {MECHANISM_REGULATIONS}"
    subjects = [title.split(" ")[1:] for title, _ in group]
    common = []
    for words in zip(*subjects):
        if len(set(words)) > 1:
            break
        common.append(words[0])
    return " ".join([kind, *common])


DOCUMENT_GENRES = frozenset(
    {
        "положение",
        "концепция",
        "порядок",
        "правила",
        "регламент",
        "план",
        "программа",
        "дорожная",
        "перечень",
        "методика",
        "стратегия",
        "инструкция",
        "критерии",
    }
)
"""First words of titles that name a kind of document and keep their capital inside a sentence
(«Утвердить Положение о …»); any other title is a common noun there («Утвердить результаты …»)."""


def title_in_sentence(title: str, case: str) -> str:
    """A document title inflected to ``case`` as it reads after a verb or preposition: «Концепцию …»
    keeps its capital, «Результаты …» becomes «результаты …»."""
    inflected = inflect_phrase(title, case)
    return inflected if title.split(" ")[0].lower() in DOCUMENT_GENRES else lower_first(inflected)


ABOUT = ("о", "об", "обо")


def subject_in_genitive(title: str) -> str | None:
    """What a title is about, in the genitive: «Положение о мониторинге качества подготовки обучающихся» →
    «мониторинга качества подготовки обучающихся» (the words after «о» up to their noun, from the prepositional; the
    genitive tail kept). None when the title has no «о …» or its words do not read as the prepositional."""
    words = title.split(" ")
    start = next((index + 1 for index, word in enumerate(words) if word.lower() in ABOUT), None)
    if start is None:
        return None
    rest = words[start:]
    inflected = []
    for index, word in enumerate(rest):
        parse = next(
            (
                p
                for p in analyzer().parse(word)
                if p.tag.case in ("loct", "loc2") and p.tag.POS in ("NOUN", "ADJF", "PRTF")
            ),
            None,
        )
        genitive = parse.inflect({"gent"}) if parse is not None else None
        if parse is None or genitive is None:
            return None
        inflected.append(_match_case(word, genitive.word))
        if parse.tag.POS == "NOUN":
            return " ".join(inflected + rest[index + 1 :])
    return None


def accusative(title: str) -> str:
    """«Концепция …» → «Концепцию …», for «Утвердить …»."""
    return title_in_sentence(title, "accs")


def format_document_date(date: datetime.date, style: str) -> str:
    """ГОСТ Р 7.0.97-2025: «15.03.2021» or «15 марта 2021 г.»."""
    if style == "словесно-цифровой":
        return f"{date.day} {MONTHS_GENITIVE[date.month - 1]} {date.year}{NBSP}г."
    return date.strftime("%d.%m.%Y")


MONTHS_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
"""The month after its day («15 марта»): twelve words, not a locale library."""


def word_in_case(word: str, case: str) -> str:
    """One word in ``case`` by its own best parse: «директор» → «директору», «заведующий» → «заведующего» (a
    participle as a noun, which a phrase's head search skips)."""
    parse = _best_parse(word)
    inflected = parse.inflect({case}) if parse is not None else None
    return _match_case(word, inflected.word) if inflected else word


def person_in_dative(name: str) -> str:
    """«Т.В. Козлова» → «Т.В. Козловой», «А.В. Морозов» → «А.В. Морозову»: the surname by its likeliest parse as a
    surname in the nominative, which gives the gender; each part of a double surname alike; a surname the
    dictionary does not decline («Белых», «Шевченко») stays."""
    initials, _, surname = name.replace("\u00a0", " ").rpartition(" ")
    return f"{initials} {'-'.join(_surname_in_dative(part) for part in surname.split('-'))}".strip()


def _surname_in_dative(surname: str) -> str:
    parses = [p for p in analyzer().parse(surname) if "Surn" in p.tag and p.tag.case == "nomn"]
    inflected = parses[0].inflect({"datv"}) if parses else None
    return _match_case(surname, inflected.word) if inflected else surname


UNREGISTERED = "______"
"""The number of a document not yet registered: a line the registrar fills in."""


def number_sign(number: str) -> str:
    return f"№{NBSP}{number or UNREGISTERED}"


@lru_cache(maxsize=512)
def count_phrase(count: int, noun: str) -> str:
    """«1 файл», «3 файла», «39 файлов»: the noun agreeing with the number."""
    parse = _best_parse(noun)
    agreed = parse.make_agree_with_number(count).word if parse else noun
    return f"{count} {agreed}"


def normal_form(word: str) -> str:
    """The dictionary form: «подготовки» → «подготовка»."""
    parses = analyzer().parse(word)
    return parses[0].normal_form if parses else word


def number_noun(value: float, noun: str, genitive: bool = False) -> str:
    """The noun after a number: «5 человек», «2,5 балла», «3 единицы»; after «менее», «от», «до» (the number
    in the genitive) «менее 1 единицы», «менее 5 единиц». A fraction takes the genitive singular."""
    parse = _best_parse(noun)
    if parse is None:
        return noun
    whole = float(value).is_integer()
    count = int(value) if whole else 0
    singular = not whole or (count % 10 == 1 and count % 100 != 11)
    if genitive or not whole:
        form = parse.inflect({"gent", "sing"}) if singular else parse.make_agree_with_number(5)
    else:
        form = parse.make_agree_with_number(count)
    word = form.word if form else noun
    # «5 человек», not the plural of its suppletive pair («людей»)
    return noun if word == "людей" else word
