"""Time runs forward: an indicator's data are due after the period they measure ends and before the справка that
uses them; the section «Периодичность и сроки» names every indicator's deadline; the roadmap keeps the Положения's
dates; evidence is dated no later than the deadline it meets; a register number is used once a year.

Each rule takes plain texts (as a source holds them, or as a document prints them) and returns Russian messages."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..messages import coherence as messages
from .dates import Day, Deadline, closing_day, days_in, deadlines_in, names_another_year

_REPORT = re.compile(r"справк\w*", re.IGNORECASE)
_CALENDAR_YEAR = re.compile(r"календарн\w*\s+год", re.IGNORECASE)
_SCHOOL_YEAR = re.compile(r"учебн\w*\s+год", re.IGNORECASE)
_QUARTER = re.compile(r"квартал|ежекварт", re.IGNORECASE)
AFTER_QUARTER = re.compile(
    r"следующ\w*\s+за\s+(?:отч[её]тн\w*\s+)?квартал\w*|после\s+окончания\s+квартал\w*", re.IGNORECASE
)
SCHOOL_YEAR_ENDS = Day(8, 31)
"""A school year runs from 1 September to 31 August (olympiads, contests, courses and camps go on in summer): data
for a school year the text does not close («с 1 сентября по 31 мая») are due from 31 August on."""
_YEARS = re.compile(
    r"(?<![\w–—-])(?<!до\s)(?<!от\s)(?:дв[ау]х?|тр[иеё]х?|четыр[её]х?|четыре|пят[иь]|[2-9])[\s\u00a0]+"
    r"(?:последн\w+[\s\u00a0]+)?(?:(?:учебн|календарн)\w+[\s\u00a0]+)?(?:год|года|лет)(?![а-яё])"
    r"(?![\s\u00a0]+подряд)",
    re.IGNORECASE,
)
"""«три года», «за два учебных года», «5 лет» (not an age, «от 3 до 7 лет», nor a condition, «два года
подряд»): a period of several years, which needs the date it is counted back from."""
ROADMAP_ACTIVITIES = re.compile(r"мониторинг|сбор\w*\s+данн|аналитическ\w*\s+справк", re.IGNORECASE)
"""Roadmap activities that repeat a Положение's own steps, and so its dates."""
_AFTER_MONITORING = re.compile(r"\bпо\s+(?:итогам|результатам)\b.*", re.IGNORECASE | re.DOTALL)
"""«Подготовка адресных рекомендаций по итогам мониторинга»: a later step of the cycle, which the Положение dates
otherwise (or not at all), not the monitoring itself."""


def report_deadline(schedule: str) -> Deadline | None:
    """The last deadline the schedule sets for an аналитическая справка (the report the data feed)."""
    return document_deadline(schedule, _REPORT)


def document_deadline(schedule: str, named: re.Pattern[str]) -> Deadline | None:
    """The last deadline the schedule sets for a document it names by ``named`` («справк», «рекомендац»): the first
    one in the sentence after each mention."""
    found: list[Deadline] = []
    for match in named.finditer(schedule):
        sentence = re.split(r"[.;]", schedule[match.end() :])[0]
        found.extend(deadlines_in(sentence)[:1])
    return max(found, key=lambda d: d.last_day, default=None)


def period_problem(period: str, periodicity: str, deadline: str, report: Deadline | None) -> str | None:
    """Why an indicator's deadline comes before its data exist, or after the справка, or why its period cannot be
    counted (several years from no date); None when it can."""
    due = deadlines_in(deadline)
    wording = f"«{due[0].text if due else re.sub(r'^[^:]{0,20}:', '', ' '.join(deadline.split())).strip()}»"
    after_quarter = re.search(r"(?:до|не\s+позднее)\s[^:;]*?(?:" + AFTER_QUARTER.pattern + ")", deadline, re.IGNORECASE)
    if report is not None and _QUARTER.search(periodicity + " " + period) and after_quarter:
        wording = f"«{' '.join(after_quarter.group(0).split())}»"
        return messages.FOURTH_QUARTER_LATE.format(wording=wording, report=report.text)
    years = _YEARS.search(period)
    if years and not days_in(period):
        return messages.YEARS_UNANCHORED.format(years=" ".join(years.group(0).split()))
    if not due or names_another_year(period + " " + deadline):
        return None
    return _before_the_end(period, due[0], wording)


def _before_the_end(period: str, due: Deadline, wording: str) -> str | None:
    closes = closing_day(period)
    if closes is not None:
        return (
            messages.DUE_BEFORE_PERIOD_CLOSES.format(closes=closes, wording=wording) if due.last_day < closes else None
        )
    if _CALENDAR_YEAR.search(period):
        return messages.CALENDAR_YEAR_EARLY.format(wording=wording, due=due.text)
    if _SCHOOL_YEAR.search(period) and due.last_day < SCHOOL_YEAR_ENDS:
        return messages.SCHOOL_YEAR_EARLY.format(wording=wording)
    return None


@dataclass(frozen=True)
class Named:
    """An indicator's deadline, by the indicator's code."""

    label: str
    deadline: str


def schedule_problems(schedule: str, deadlines: Iterable[Named]) -> list[tuple[Named, str]]:
    """Indicators' deadlines the section «Периодичность и сроки» does not name: the reader of the section would
    not know them, or would read another date."""
    named = days_in(schedule)
    listed = ", ".join(messages.UNTIL_DAY.format(day=day) for day in sorted(named)) or messages.NO_DEADLINES
    found = []
    for item in deadlines:
        for due in deadlines_in(item.deadline):
            if due.day not in named:
                found.append(
                    (item, messages.DEADLINE_NOT_IN_SCHEDULE.format(indicator=item.label, due=due.text, listed=listed))
                )
                break
    return found


def roadmap_problem(activity: str, deadline: str, mechanism: str, days: set[Day]) -> str | None:
    """A roadmap activity that repeats a step of a Положение, with a date that Положение does not set."""
    if not ROADMAP_ACTIVITIES.search(_AFTER_MONITORING.sub("", activity)):
        return None
    for due in deadlines_in(deadline):
        if due.day not in days:
            listed = ", ".join(str(day) for day in sorted(days)) or messages.NO_DATES
            return messages.ROADMAP_DEADLINE_DISAGREES.format(due=due.text, mechanism=mechanism, listed=listed)
    return None


def late(dated: datetime.date, deadline: Deadline) -> bool:
    """A document dated after the deadline it meets, in the same year."""
    last = deadline.last_day
    return dated > datetime.date(dated.year, last.month, last.day)


def late_message(kind: str, dated: datetime.date, deadline: Deadline, mechanism: str) -> str:
    return messages.EVIDENCE_LATE.format(
        kind=kind, dated=f"{dated:%d.%m.%Y}", mechanism=mechanism, deadline=deadline.text
    )


def repeated_numbers(records: Sequence[tuple[str, datetime.date, str]]) -> list[tuple[int, str]]:
    """Register numbers used twice in one year, as (index of the repeat, message); records are (number, date,
    description)."""
    seen: dict[tuple[str, int], tuple[datetime.date, str]] = {}
    found = []
    for index, (number, dated, described) in enumerate(records):
        if not number:
            continue
        key = (number.strip(), dated.year)
        if key in seen:
            first_date, first = seen[key]
            found.append(
                (
                    index,
                    messages.NUMBER_TWICE.format(
                        number=number,
                        year=dated.year,
                        first=first,
                        first_date=f"{first_date:%d.%m.%Y}",
                        second=described,
                        dated=f"{dated:%d.%m.%Y}",
                    ),
                )
            )
        else:
            seen[key] = (dated, described)
    return found
