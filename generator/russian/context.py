"""The case a noun phrase takes from the words before it, for writing an abbreviation's full form
where the abbreviation stood («в ОО» → «в образовательных организациях (далее — ОО)»)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .morphology import analyzer, inflect_phrase

PREPOSITION_CASES = {
    **dict.fromkeys(("в", "во", "о", "об", "обо", "при"), "loct"),
    **dict.fromkeys(
        (
            "для",
            "из",
            "изо",
            "от",
            "ото",
            "до",
            "у",
            "без",
            "после",
            "среди",
            "стороны",
            "около",
            "вокруг",
            "кроме",
            "вместо",
            "в течение",
            "в рамках",
            "в целях",
            "на основании",
        ),
        "gent",
    ),
    **dict.fromkeys(("к", "ко", "по", "согласно"), "datv"),
    **dict.fromkeys(("с", "со", "над", "под", "перед", "между"), "ablt"),
    **dict.fromkeys(("за", "через", "про"), "accs"),  # «ответственный за ГИА»
}
"""Prepositions and the case they govern, as the glossary's phrases are used in regulations."""

DIRECTION_WORDS = (
    "представ",
    "предостав",
    "направ",
    "переда",
    "поступ",
    "обращ",
    "внос",
    "внес",
    "включ",
    "подава",
    "пода",
    "отправ",
    "сда",
)
"""Words after which «в» means «into» and takes the accusative: «представление в УО» → «в управление …»,
also with the object between them: «предоставлять сведения в УО»."""
ATTACHING_WORDS = ("закреп", "прикреп")
"""Words after which «за» takes the instrumental: «закрепить за ОО кураторов» → «за образовательными
организациями», also with the object between them; elsewhere «за» takes the accusative («ответственный за ГИА»)."""
DIRECTION_REACH = 3
"""How many words before «в» a verb of direction is looked for; a preposition or punctuation ends the
search («отчёт о работе в ОО» is where the work is done)."""
LIST_JOINERS = frozenset({",", "и", "или", "а", "также", "либо"})
_TOKEN = re.compile(r"[А-Яа-яЁёA-Za-z0-9\u2011-]+|[(),;:.!?«»—]")


def context_case(preceding: str, is_term: Callable[[str], bool]) -> tuple[str, str | None]:
    """(case, number) for a phrase placed after ``preceding``: a preposition governs its case, an
    adjective lends its case and number, a noun takes the phrase into the genitive; otherwise the
    nominative. Members of a list («по итогам ВПР, ГИА») share the case of the list's first member,
    so other terms, commas, conjunctions and parenthesised remarks are stepped over."""
    tokens = _TOKEN.findall(preceding)
    depth = 0
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token == ")":
            depth += 1
            continue
        if token == "(":
            depth = max(depth - 1, 0)
            continue
        if depth or token in LIST_JOINERS or is_term(token) or token in "«»":
            continue
        if token in ".;:!?":
            return "nomn", None
        if token == "—":
            if _predicate_dash(tokens[:index]):
                return "nomn", None  # «Участники мониторинга — УО»: the dash stands for «это», the term is named
            continue  # «процедур оценки — ВПР, ГИА»: an apposition takes the case of what it explains
        lower = token.lower()
        two = f"{tokens[index - 1].lower()} {lower}" if index else ""
        if two in PREPOSITION_CASES:
            return PREPOSITION_CASES[two], None
        if lower in ("в", "во") and _after_direction(tokens[:index]):
            return "accs", None
        if lower == "за" and _after_direction(tokens[:index], ATTACHING_WORDS):
            return "ablt", None
        if lower in PREPOSITION_CASES:
            return PREPOSITION_CASES[lower], None
        if lower.startswith(GOVERNING_DATIVE) and index and tokens[index - 1] == ",":
            return "datv", None  # «ОО, подведомственных УО»: a clause after a comma governs its object
        case, number = _after_word(lower)
        if number is not None:  # an adjective: the case its own place asks for, where it can take that case
            outer, _ = context_case(" ".join(tokens[:index]), is_term)
            agreeing = _adjective_forms(lower).get(outer)
            if agreeing is not None:
                return outer, agreeing
        return case, number
    return "nomn", None


def _predicate_dash(tokens: list[str]) -> bool:
    """Whether a dash joins a subject and what it is: the words since the sentence began hold no verb and
    start with a noun that can be in the nominative («Участники мониторинга — …»)."""
    start = max((i for i, token in enumerate(tokens) if token in ".;:!?"), default=-1) + 1
    words = [token for token in tokens[start:] if token[:1].isalpha()]
    if not words:
        return False
    if any(parse.tag.POS in ("VERB", "INFN") for word in words for parse in analyzer().parse(word.lower())[:1]):
        return False
    return any(parse.tag.case == "nomn" and parse.tag.POS == "NOUN" for parse in analyzer().parse(words[0].lower()))


PURPOSES = ("утвержден", "рассмотрен", "согласован", "подпис", "провер", "экспертиз")
"""«представлять справки на утверждение в УО»: a purpose between the verb and «в» leaves «в» meaning «into»."""


def _after_direction(tokens: list[str], words: tuple[str, ...] = DIRECTION_WORDS) -> bool:
    """Whether a verb or noun of direction (or another of ``words``) stands within a few words before «в» (a
    purpose «на утверждение» just before «в» stepped over)."""
    if len(tokens) >= 2 and tokens[-2].lower() == "на" and tokens[-1].lower().startswith(PURPOSES):
        tokens = tokens[:-2]
    for token in reversed(tokens[-DIRECTION_REACH:]):
        lower = token.lower()
        if lower.startswith(words):
            return True
        if lower in PREPOSITION_CASES or not token[:1].isalpha():
            return False
    return False


GOVERNING_DATIVE = ("соответств", "подведомствен", "подчин", "подотчёт", "подконтрол")
"""Participles and adjectives whose object is in the dative («соответствующими ФГОС», «ОО, подведомственных
УО»), not the genitive. Before their noun they agree with it instead («подведомственных ОО»)."""


SUBSTANTIVES = ("обучающийся", "обучаться", "учащийся", "работающий", "заведующий", "поступающий")
"""Participles used as nouns («обучающихся ОО» — of the students of …): they take the genitive."""


@lru_cache(maxsize=4096)
def _after_word(word: str) -> tuple[str, str | None]:
    parses = analyzer().parse(word)
    kinds = {parse.tag.POS for parse in parses}
    if "NOUN" in kinds or any(
        parse.normal_form in SUBSTANTIVES for parse in parses
    ):  # «данные РЦОИ», «итогам ВПР»: a noun takes the phrase into the genitive
        return "gent", None
    if "PRTF" in kinds:  # a participle governs its object rather than agreeing with it
        participle = next(parse for parse in parses if parse.tag.POS == "PRTF")
        if participle.normal_form.startswith(GOVERNING_DATIVE):
            if "ADJF" in kinds and parses[0].tag.case:  # «в соответствующих ОО»: before its noun it agrees
                return parses[0].tag.case, parses[0].tag.number
            return "datv", None
        return ("ablt" if "pssv" in participle.tag else "accs"), None  # «включённых ФГБУ», «освоивших АООП»
    if "ADJF" in kinds and parses[0].tag.case:  # «муниципальных ОО»: the adjective lends case and number
        return parses[0].tag.case, parses[0].tag.number
    return "nomn", None


@lru_cache(maxsize=4096)
def _adjective_forms(word: str) -> dict[str, str]:
    """The cases an adjective's form can stand in, each with its number: «каждой» is gent, datv, ablt or
    loct singular; the context says which."""
    forms: dict[str, str] = {}
    for parse in analyzer().parse(word):
        if parse.tag.POS in ("ADJF", "PRTF") and parse.tag.case and parse.tag.number:
            forms.setdefault(parse.tag.case, parse.tag.number)
    return forms


def preposition_form(preposition: str, following: str) -> str:
    """«в» → «во», «с» → «со», «к» → «ко» before a hard cluster («во всероссийских»), «о» ↔ «об»."""
    first, second = following[:1].lower(), following[1:2].lower()
    vowels = "аеёиоуыэюя"
    lower = preposition.lower()
    if lower in ("в", "во"):
        form = "во" if first in "вф" and second and second not in vowels else "в"
    elif lower in ("с", "со"):
        form = "со" if first in "сзшж" and second and second not in vowels else "с"
    elif lower in ("о", "об"):
        form = "об" if first in "аиоуэ" else "о"
    else:
        return preposition
    return form[:1].upper() + form[1:] if preposition[:1].isupper() else form


def about_phrase(phrase: str) -> str:
    """«адресные рекомендации» → «Об адресных рекомендациях»: what a text is about, in «О …» (the heading to a
    letter's text)."""
    inflected = inflect_phrase(phrase, "loct")
    return f"{preposition_form('О', inflected)} {inflected}"
