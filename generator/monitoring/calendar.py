"""The dates of the monitoring year's documents, planned from the Положение's schedule: a document is dated by
the last day its deadline allows («до 20 декабря» — 19 December), moved back to a working day, as is every date a
limit of the Положение («до 1 июля», «до 31 декабря») bounds; only a period the tool counts itself (a month for the
plans, ten days for the рекомендации) that ends on a day off ends on the next working day, as ст. 193 ГК РФ moves it.
Working days are those of the official production calendar: Saturdays, Sundays and the holidays of ст. 112 ТК РФ
are days off, and so are the days the Government's yearly decree moves («30.12.2024», постановление Правительства РФ
от 10.08.2023 № 1314), while the Saturdays it makes working days are working days («28.12.2024»). The calendar is
the ``holidays`` package's (it cites the decree of each year, 2020–2027); a year no decree has covered yet gets the
holidays of ст. 112 alone."""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from schemas.cycle import CYCLE_DOCUMENTS
from schemas.regulation import MonitoringRegulation

from ..coherence.cycle import cycle_deadline, cycle_text
from ..coherence.dates import Day, Deadline, deadlines_in
from ..coherence.timeline import document_deadline

if TYPE_CHECKING:
    import holidays

USUAL_REPORT_DAY = Day(12, 20)
"""When a Положение sets no deadline for its справка: the year's results are summed up before the year ends."""
SENDING_DAYS = 10
"""Days after the справка by which the адресные рекомендации go out, where the Положение sets no date for them."""
ONE_MONTH = 30
NEXT_YEAR = re.compile(r"следующ\w*\s+за\s+отч[её]тным", re.IGNORECASE)
"""«до 1 июля года, следующего за отчётным»: a step of the cycle in the year after the monitoring."""


@lru_cache(maxsize=16)
def _production_calendar(year: int) -> holidays.HolidayBase:
    import holidays  # when first needed: a fifth of a second no command that dates nothing should pay

    return holidays.country_holidays("RU", years=year)


def is_working(day: datetime.date) -> bool:
    """A working day of Russia's production calendar: a weekday that is no holiday nor a day off moved by the year's
    decree, or a Saturday the decree makes a working day."""
    return _production_calendar(day.year).is_working_day(day)


def working_on_or_before(day: datetime.date) -> datetime.date:
    while not is_working(day):
        day -= datetime.timedelta(days=1)
    return day


def working_on_or_after(day: datetime.date) -> datetime.date:
    while not is_working(day):
        day += datetime.timedelta(days=1)
    return day


def last_day(deadline: Deadline | Day, year: int) -> datetime.date:
    """The last working day a deadline («до 1 июля») allows in ``year``."""
    day = deadline.last_day if isinstance(deadline, Deadline) else deadline
    return working_on_or_before(datetime.date(year, day.month, day.day))


def report_date(schedule: str, year: int) -> datetime.date:
    """The аналитическая справка's date: the last day its deadline in the schedule allows."""
    deadline = document_deadline(schedule, re.compile(r"справк\w*", re.IGNORECASE))
    return last_day(deadline or USUAL_REPORT_DAY, year)


def document_date(schedule: str, stem: str, year: int) -> datetime.date:
    """The date of a document the schedule names by ``stem``: by its own deadline, never before the справка it
    follows; where the schedule sets none, the справка's date (or, for the рекомендации, some days after it)."""
    report = report_date(schedule, year)
    if stem == "справк":
        return report
    deadline = document_deadline(schedule, re.compile(stem + r"\w*", re.IGNORECASE))
    if deadline is not None and last_day(deadline, year) >= report:
        return last_day(deadline, year)
    return working_on_or_after(report + datetime.timedelta(days=SENDING_DAYS))


def month_after(day: datetime.date) -> datetime.date:
    """A month's period from ``day``, ending on a working day."""
    return working_on_or_after(day + datetime.timedelta(days=ONE_MONTH))


def next_collection(deadlines: list[str], year: int) -> datetime.date | None:
    """The earliest of the indicators' deadlines («до 1 июля») in ``year``: when the data that show whether the
    recommendations worked are first due."""
    found = [last_day(deadline, year) for text in deadlines for deadline in deadlines_in(text)[:1]]
    return min(found, default=None)


def cycle_date(regulation: MonitoringRegulation, field: str, year: int) -> datetime.date | None:
    """The last working day the Положение's deadline for a step of the cycle allows («до 1 июля года, следующего за
    отчётным» — 30.06 of the next year), or None where it sets none."""
    document = next(found for found in CYCLE_DOCUMENTS if found.field == field)
    deadline = cycle_deadline(cycle_text(regulation.cycle_deadlines), document)
    if deadline is None:
        return None
    stated = getattr(regulation.cycle_deadlines, field)
    return last_day(deadline, year + 1 if NEXT_YEAR.search(stated) else year)
