"""Scoring bands, as municipalities type them: «90 % и более — 2 балла», «≥ 30 % — 2», «от 15 до 29 % — 1»,
«15–29 % — 1», «2 балла — 90 % и более», «менее 75 % (0 баллов)», one per line or several on one line
separated by «;»; and the common scale «от 0 до 2 баллов» a document states once for every indicator.

A band's condition becomes a range (:func:`value_range`): «от 75 до 89 %», «не менее 80 %», «свыше 5 %»,
«более 0 до 5 % включительно», «до 5 %», «менее 75 %», «80–100 %», «90 % и более», «100 %»; or a yes/no
answer. Whatever else stays text: a qualitative band, which the import reports."""

from __future__ import annotations

import re

POINTS = r"(?P<points>\d+)"
BALL = r"\s*(?:балл(?:а|ов)?\b|б\.)"
SCORING_LINE = (
    re.compile(rf"^(?P<condition>.+?)\s*[—–-]\s*{POINTS}{BALL}\s*[.;,]?$", re.IGNORECASE),
    re.compile(rf"^(?P<condition>.+?)\s+[—–-]\s+{POINTS}\s*[.;,]?$"),
    re.compile(rf"^{POINTS}{BALL}\s*[—–:-]\s*(?P<condition>.+?)\s*[.;,]?$", re.IGNORECASE),
    re.compile(rf"^(?P<condition>.+?)\s*\(\s*{POINTS}{BALL}\s*\)\s*[.;,]?$", re.IGNORECASE),
    re.compile(rf"^(?P<condition>.+?)\s*[:=]\s*{POINTS}(?:{BALL})?\s*[.;,]?$", re.IGNORECASE),
)
"""A band: the condition, a dash and the points (with «балл» or, for a spaced dash, bare); the points first
with «балл»; the points in brackets; or «condition: points»."""
COMMON_SCALE = re.compile(r"\bот\s+0\s+до\s+(?P<top>\d+)\s+балл", re.IGNORECASE)


def read_bands(text: str) -> tuple[list[dict], list[str]]:
    """Bands one per line, or on one line split by «;», or by «,» when every part is a band."""
    bands, rest = [], []
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) == 1 and ";" in lines[0]:
        lines = [part.strip() for part in lines[0].split(";") if part.strip()]
    elif len(lines) == 1 and all(band_of(part) for part in lines[0].split(",")):
        lines = [part.strip() for part in lines[0].split(",")]
    for line in lines:
        band = band_of(line)
        if band:
            bands.append(band)
        else:
            rest.append(line)
    return bands, rest


JOINED_BANDS = re.compile(rf"(?:.+?\s*[—–-]\s*\d+{BALL}\s*[.;,]?\s*)+", re.IGNORECASE)
JOINED_BAND = re.compile(rf"(?P<condition>.+?)\s*[—–-]\s*{POINTS}{BALL}\s*[.;,]?\s*", re.IGNORECASE)


def bands_in(text: str) -> list[dict]:
    """The bands a text is made of: one per line, or (a PDF's table cell, its lines joined) one after another
    «90 % и более — 2 балла 75 % и более, но менее 90 % — 1 балл …»; none if it holds anything else."""
    flat = " ".join(text.split())
    if "\n" not in text.strip() and JOINED_BANDS.fullmatch(flat):
        joined = [
            band(" ".join(m.group("condition").split()).strip(" ;,"), int(m.group("points")))
            for m in JOINED_BAND.finditer(flat)
        ]
        if len(joined) > 1:
            return joined
    return only_bands(text)


def only_bands(text: str) -> list[dict]:
    """The bands, when the text is bands and nothing else; else none."""
    bands, rest = read_bands(text)
    return bands if bands and not rest else []


def band_of(line: str) -> dict | None:
    match = next((m for pattern in SCORING_LINE if (m := pattern.match(line.strip()))), None)
    if match is None:
        return None
    condition = " ".join(match.group("condition").split()).rstrip(" :—–-")
    return band(condition, int(match.group("points"))) if condition else None


def band(condition: str, points: int) -> dict:
    """A band of the source: its range or answer when the condition says one, else the condition as text."""
    return {**(value_range(condition) or {"condition": condition}), "points": points}


NUMBER = r"(?P<{}>\d+(?:[.,]\d+)?)"
UNIT = r"(?:\s*(?:%|(?!(?:и|но|до|по|включительно|не)\b)[а-яё]+\.?))?"
"""After a number: «%» or one word naming what is counted («человек», «нарушения», «баллов»)."""
INCLUSIVE_TAIL = r"(?P<{}>\s*\(?\s*включительно\s*\)?)?"
EXCLUSIVE_TAIL = r"(?P<{}>\s*,?\s*\(?\s*не\s+включая\s*\)?)?"


def _bound(words: str, name: str, before: bool = True) -> str:
    number = NUMBER.format(name) + UNIT
    return rf"(?:{words})\s*{number}" if before else rf"{number}\s+(?:{words})"


LOWER_FORMS = (  # (pattern, inclusive)
    (_bound(r"не\s+менее|не\s+ниже|от|с|≥|>=|⩾", "lo"), True),
    (_bound(r"более|свыше|выше|больше|>", "lo"), False),
    (_bound(r"и\s+(?:более|выше|больше)", "lo", before=False), True),
)
UPPER_FORMS = (
    (_bound(r"менее|ниже|меньше|<", "hi"), False),
    (_bound(r"не\s+более|не\s+выше|≤|<=|⩽", "hi") + INCLUSIVE_TAIL.format("incl"), True),
    (_bound(r"и\s+(?:менее|ниже|меньше)", "hi", before=False), True),
    (_bound(r"до|по", "hi") + INCLUSIVE_TAIL.format("incl") + EXCLUSIVE_TAIL.format("excl"), True),
)
JOINT = r"(?:\s*,\s*но\s+|\s+но\s+|\s*,\s*|\s+)"
DASHED = re.compile(NUMBER.format("lo") + UNIT + r"\s*[-–—]\s*" + NUMBER.format("hi") + UNIT + "$")
EXACT = re.compile(r"(?:=\s*|равно\s+|равна\s+)?" + NUMBER.format("lo") + UNIT + "$")
ANSWERS = {"да": "да", "нет": "нет", "имеется": "да", "отсутствует": "нет"}


def value_range(condition: str) -> dict | None:
    """The range (or answer) a condition states, as the source's band keys; None when it states neither.
    «от 75 до 89 %» includes 89, as its author meant: a scale that then skips 89–90 is the check's to say."""
    text = " ".join(condition.replace("\u00a0", " ").lower().split()).rstrip(" .;,")
    if text in ANSWERS:
        return {"answer": ANSWERS[text]}
    for lower, lower_inclusive in LOWER_FORMS:
        for upper, upper_inclusive in UPPER_FORMS:
            if match := re.fullmatch(lower + JOINT + upper, text):
                return _range(match, lower_inclusive, upper_inclusive)
    for forms in (LOWER_FORMS, UPPER_FORMS):
        for pattern, inclusive in forms:
            if match := re.fullmatch(pattern, text):
                return _range(match, inclusive, inclusive)
    if match := DASHED.match(text):
        return _range(match, True, True)
    if match := EXACT.match(text):
        value = _number(match.group("lo"))
        return {"lower": value, "upper": value, "upper_inclusive": True}
    return None


def _range(match: re.Match, lower_inclusive: bool, upper_inclusive: bool) -> dict:
    found: dict = {}
    groups = match.groupdict()
    if groups.get("lo") is not None:
        found["lower"] = _number(groups["lo"])
        if not lower_inclusive:
            found["lower_inclusive"] = False
    if groups.get("hi") is not None:
        found["upper"] = _number(groups["hi"])
        if (upper_inclusive and not groups.get("excl")) or groups.get("incl"):
            found["upper_inclusive"] = True
    return found


def _number(text: str) -> int | float:
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() else value
