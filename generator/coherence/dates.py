"""Days of the year as deadlines write them: «до 1 мая», «не позднее 20 декабря», «в октябре»."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = (
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
MONTH_STEMS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма[йяе]",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
"""A month named in any case: «март», «марта», «май», «мая»."""
MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY = re.compile(rf"(?<![\d.])(\d{{1,2}})[\s\u00a0]+({'|'.join(MONTHS)})(?![а-яё])")
_DEADLINE = re.compile(
    rf"(до|не\s+позднее|не\s+позже)[\s\u00a0]+(\d{{1,2}})[\s\u00a0]+({'|'.join(MONTHS)})(?![а-яё])", re.IGNORECASE
)
_CLOSING_DAY = re.compile(rf"\b(?:по|на)[\s\u00a0]+(\d{{1,2}})[\s\u00a0]+({'|'.join(MONTHS)})(?![а-яё])", re.IGNORECASE)
"""«с 1 сентября по 31 мая», «по состоянию на 20 сентября»: the day a period closes on."""
_MONTH = rf"(?:{'|'.join(MONTH_STEMS)})[а-яё]*"
_MONTH_RANGE = re.compile(rf"\b{_MONTH}[\s\u00a0]*[–—-][\s\u00a0]*({_MONTH})", re.IGNORECASE)
"""«(март–май)», «сентябрь — декабрь»: a period closing with the last day of its second month."""
_NEXT_YEAR = re.compile(
    r"следующ\w*\s+(?:за\s+)?(?:отч[её]тн\w*|календарн\w*|учебн\w*)?\s*(?:год|период)"
    r"|следующего\s+года|год\w*,?\s+следующ\w*\s+за|предыдущ\w*|предшествующ\w*|прошедш\w*|истекш\w*",
    re.IGNORECASE,
)


@dataclass(frozen=True, order=True)
class Day:
    """A day of a year: month first, so days compare in calendar order."""

    month: int
    day: int

    def __str__(self) -> str:
        return f"{self.day}\u00a0{MONTHS[self.month - 1]}"


@dataclass(frozen=True)
class Deadline:
    day: Day
    inclusive: bool
    """«не позднее 1 мая» includes 1 May; «до 1 мая» ends on 30 April."""
    text: str

    @property
    def last_day(self) -> Day:
        if self.inclusive or self.day.day > 1:
            return self.day if self.inclusive else Day(self.day.month, self.day.day - 1)
        month = self.day.month - 1 or 12
        return Day(month, MONTH_DAYS[month - 1])


def deadlines_in(text: str) -> list[Deadline]:
    """Every «до 1 мая» / «не позднее 1 мая» in a text, in order."""
    return [
        Deadline(
            Day(MONTHS.index(m.group(3).lower()) + 1, int(m.group(2))),
            not m.group(1).lower().startswith("до"),
            " ".join(m.group(0).split()),
        )
        for m in _DEADLINE.finditer(text)
        if 1 <= int(m.group(2)) <= 31
    ]


def days_in(text: str) -> set[Day]:
    """Every day-and-month a text names («1 октября», «до 1 ноября»)."""
    return {
        Day(MONTHS.index(m.group(2)) + 1, int(m.group(1))) for m in _DAY.finditer(text) if 1 <= int(m.group(1)) <= 31
    }


def closing_day(period: str) -> Day | None:
    """The last day a period states it closes on («по 31 мая», «на 20 сентября», «(март–май)»); None when the
    period does not close itself (a bare «учебный год»)."""
    found = [
        Day(MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
        for m in _CLOSING_DAY.finditer(period)
        if 1 <= int(m.group(1)) <= 31
    ]
    for match in _MONTH_RANGE.finditer(period):
        month = next(i for i, stem in enumerate(MONTH_STEMS, 1) if re.match(stem, match.group(1), re.IGNORECASE))
        found.append(Day(month, MONTH_DAYS[month - 1]))
    return max(found, default=None)


def names_another_year(text: str) -> bool:
    """The text says which year it means: «года, следующего за отчётным», «за предыдущий календарный год»."""
    return bool(_NEXT_YEAR.search(text))
