"""Russian typography for generated text: «ёлочки», „лапки“, «—», non-breaking spaces.

It changes how text is set, never what it says: straight quotes become «…» (and „…“ inside them),
a spaced hyphen becomes a dash bound to the word before it; «№», «г.», initials, «%» and a day with
its month («1 июля»), a number and the noun it counts («10 баллов») are bound to their neighbours with a
no-break space, a range of months takes an en dash («март–май»), and the hyphen of a code
such as «ГИА-9», «273-ФЗ» or «ОГЭ-2021» becomes a non-breaking hyphen (U+2011, which the Word
writer emits as ``w:noBreakHyphen``).

What a lawyer reads as one unit never breaks across lines: a range of years («2021‑2022 годы», its
dash a non-breaking hyphen: Word and LibreOffice both break after an en dash), a reference to a
numbered part («таблице 1», «пункт 6.1», «приложение 2»), an act's requisites («от 15.03.2021 № 112»), a
quoted name that ends with its number («СОШ № 16»), a year and its «г.», a number with the time or the things
it counts («10 рабочих дней», «3 года»).
"""

from __future__ import annotations

import re
from typing import Callable

NBSP = "\u00a0"
NB_HYPHEN = "\u2011"
RANGE_DASH = "\u2013\u2060"
"""An en dash and a word joiner: «4–8 классов», «2021–2022 годы» take a dash, not a hyphen, and never break
after it (the joiner holds the line together where a dash alone would let it break)."""

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

COUNTED_NOUNS = (
    "балл",
    "показател",
    "процент",
    "человек",
    "единиц",
    "дн",
    "день",
    "недел",
    "месяц",
    "год",
    "лет",
    "час",
    "класс",
    "раз",
)
"""Nouns a number counts in scales, indicators and deadlines: «1 балл», «5 показателей», «3 года» are
bound, never split."""
_NUMBER_AND_NOUN = re.compile(rf"(?<=[0-9])[ ]+(?=(?:{'|'.join(COUNTED_NOUNS)})[а-яё]{{0,3}}(?![А-Яа-яЁё]))")
_NUMBER_ADJECTIVE_NOUN = re.compile(r"(?<=[0-9])[ ]+((?:рабоч|календарн|учебн|полн)[а-яё]{1,3})[ ]+(?=[а-яё])")
"""«10 рабочих дней», «2 учебных года»: the number, the adjective and the noun as one unit."""

_YEAR_RANGE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})[ \u00a0]*[–—\u2011-]\u2060?[ \u00a0]*((?:19|20)[0-9]{2})(?![0-9])"
    r"(?:[ ]+(?=(?:год|гг\.)))?"
)
"""«2021–2022 годы»: the years joined by an unbreakable dash and bound to the word «годы» after them."""
_GRADE_RANGE = re.compile(r"(?<![0-9.,\u2011-])([0-9]{1,2})[–—\u2011-]([0-9]{1,2})(?=[ \u00a0](?:класс|лет|год))")
"""«4–8 классов», «5–18 лет»: a range of grades or ages never breaks after its dash."""
_NUMBERED_PART = re.compile(
    r"(?<![А-Яа-яЁё])((?i:таблиц|пункт|подпункт|приложени|раздел|стать|част|глав|строк)"
    r"[а-яё]{0,3})[ ]+(?=[0-9])"
)
"""«таблице 1», «пункт 6.1», «приложение 2»: a numbered part and its number never split."""
_REQUISITES = re.compile(r"(?<![А-Яа-яЁё])(от)[ ]+([0-9]{2}\.[0-9]{2}\.[0-9]{4})[ ]+(?=№)")
"""«от 15.03.2021 № 112»: an act's date and number as one unit."""
_NAME_NUMBER = re.compile(r"(?<=[А-Яа-яЁёA-Za-z])[ ](?=№[ \u00a0]*[0-9][0-9A-Za-zА-Яа-яЁё/.\u2011-]*»)")
"""«СОШ № 16», «Гимназия № 1», «ДС № 10»: a quoted name that ends with its number never breaks before «№» — a line
that opens with «№ 16»» reads as another item, not as the end of the school's name."""
_YEAR_MARK = re.compile(r"(?<=[0-9])[ ]+(?=гг?\.)")
"""«2021 г.», «2021–2022 гг.»."""

MONTHS = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
_MONTH_RANGE = re.compile(
    rf"(?<![А-Яа-яЁё])((?i:{'|'.join(MONTHS)}))[ \u00a0]*[—–-][ \u00a0]*(?=(?i:{'|'.join(MONTHS)})(?![а-яё]))"
)
"""«март — май»: a range of months takes an en dash without spaces («март–май»)."""

_DIGITS = "0123456789"


def _year_range(match: re.Match[str]) -> str:
    bound = NBSP if match.group(0)[-1:] == " " else ""
    return f"{match.group(1)}{RANGE_DASH}{match.group(2)}{bound}"


_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], str], ...] = (
    # (pattern, replacement, characters one of which the text must hold for the pattern to match)
    (re.compile(r"[ \u00a0]+(?:-{1,2}|—|–)[ ]+"), f"{NBSP}— ", "-—–"),
    (re.compile(r"(№№?)[ \u00a0]*(?=[0-9A-Za-zА-Яа-я])"), rf"\1{NBSP}", "№"),
    (_NAME_NUMBER, NBSP, "№"),
    (re.compile(r"(?<![А-Яа-яЁё])(г|гг|п|пп|ст|ч|ул|с)\.[ ](?=[0-9А-ЯЁа-яё])"), rf"\1.{NBSP}", "."),
    (re.compile(r"\b([А-ЯЁ]\.)[ \u00a0]?([А-ЯЁ]\.)[ ]+(?=[А-ЯЁ][а-яё])"), rf"\1\2{NBSP}", "."),
    (re.compile(r"(?<=[а-яё])[ ]+([А-ЯЁ]\.)[ \u00a0]?([А-ЯЁ]\.)"), rf"{NBSP}\1\2", "."),
    (re.compile(r"(?<=[0-9])[ ]+%"), f"{NBSP}%", "%"),
    (re.compile(r"(?<![А-Яа-яЁё])и[ ]+(?=\(или\))"), f"и{NBSP}", "("),  # «и (или)» never breaks after «и»
    (re.compile(rf"(?<![0-9])([0-9]{{1,2}})[ ]+(?=(?:{'|'.join(MONTHS_GENITIVE)})(?![а-яё]))"), rf"\1{NBSP}", _DIGITS),
    (re.compile(r"(?<=[0-9А-ЯЁA-Z])-(?=[0-9А-ЯЁA-Z])"), NB_HYPHEN, "-"),
    (_NUMBER_AND_NOUN, NBSP, _DIGITS),
    (_NUMBER_ADJECTIVE_NOUN, rf"{NBSP}\1{NBSP}", _DIGITS),
    (_YEAR_RANGE, _year_range, "-—–"),
    (_GRADE_RANGE, rf"\1{RANGE_DASH}\2", "-—–"),
    (_NUMBERED_PART, rf"\1{NBSP}", _DIGITS),
    (_REQUISITES, rf"\1{NBSP}\2{NBSP}", "№"),
    (_YEAR_MARK, NBSP, _DIGITS),
    (_MONTH_RANGE, r"\1–", "-—–"),
)
"""Most runs hold none of a rule's characters: the check costs far less than a search."""

_OPENING_CONTEXT = set(" \u00a0\t\n([{«„—–-/")


def typograph(texts: list[str]) -> list[str]:
    """Typeset the runs of one paragraph together, so quotes pair up across runs."""
    quoted = _quotes(texts)
    return [_apply_rules(text) for text in quoted]


def typograph_text(text: str) -> str:
    return typograph([text])[0]


_TRIGGER = re.compile("[" + re.escape("".join(sorted({c for _, _, triggers in _RULES for c in triggers}))) + "]")
_CHECKED_RULES = tuple(
    (
        pattern,
        replacement,
        frozenset(triggers),
        frozenset(_TRIGGER.findall(replacement) if isinstance(replacement, str) else ""),
    )
    for pattern, replacement, triggers in _RULES
)
"""Each rule with the trigger characters its replacement may bring into the text (a dash for a later rule)."""


def _apply_rules(text: str) -> str:
    # The trigger characters the text holds, found in one scan; a rule that changes the text adds those
    # of its replacement. A superset is safe: a rule whose characters are absent cannot match.
    present = set(_TRIGGER.findall(text))
    if not present:
        return text
    for pattern, replacement, triggers, brought in _CHECKED_RULES:
        if not present.isdisjoint(triggers):
            changed = pattern.sub(replacement, text)
            if changed is not text:  # re returns the very string when nothing matched
                text = changed
                present |= brought
    return text


def _quotes(texts: list[str]) -> list[str]:
    if not any('"' in text or "«" in text or "»" in text for text in texts):
        return texts  # nothing to pair
    depth = 0
    previous = " "
    result: list[str] = []
    for text in texts:
        characters: list[str] = []
        for character in text:
            if character == '"':
                opening = previous in _OPENING_CONTEXT or depth == 0
                if opening and not (depth > 0 and previous not in _OPENING_CONTEXT):
                    character = "«" if depth == 0 else "„"
                    depth += 1
                else:
                    depth = max(depth - 1, 0)
                    character = "»" if depth == 0 else "“"
            elif character == "«":  # «ёлочки» inside «ёлочек» become „лапки“, as the straight ones do
                character = "«" if depth == 0 else "„"
                depth += 1
            elif character == "»":
                depth = max(depth - 1, 0)
                character = "»" if depth == 0 else "“"
            characters.append(character)
            previous = character
        result.append("".join(characters))
    return result


def bind_last_word(title: str) -> str:
    """A title's last word bound to the one before it, so that no line of a title holds one word
    alone («… на 2021–2022 годы»)."""
    head, space, last = title.rstrip().rpartition(" ")
    return f"{head}{NBSP}{last}" if space and head else title


def percent_cell(value: float) -> str:
    """«89,0 %»: a share to one decimal place always, as a table of shares writes it beside «92,6 %»."""
    return f"{value:.1f}".replace(".", ",") + f"{NBSP}%"


def percent_text(value: float) -> str:
    """«92,6 %» as Russian documents write it (decimal comma, no-break space before the sign)."""
    text = f"{value:.1f}".replace(".", ",")
    return (text[:-2] if text.endswith(",0") else text) + f"{NBSP}%"
