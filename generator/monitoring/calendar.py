"""The dates of the monitoring year's documents, planned from the Положение's schedule: a document is dated by
the last day its deadline allows («до 20 декабря» — 19 December), moved back to a working day; a period given to
someone else («не позднее …») ends on a working day, moved forward as ст. 193 ГК РФ moves a deadline that falls
on a day off. Days off are Saturdays, Sundays and the holidays of ст. 112 ТК РФ; the government's yearly
transfers of days off are not known here."""

from __future__ import annotations

import datetime
import re

from schemas.cycle import CYCLE_DOCUMENTS
from schemas.regulation import MonitoringRegulation

from ..coherence.cycle import cycle_deadline, cycle_text
from ..coherence.dates import Day, Deadline, deadlines_in
from ..coherence.timeline import document_deadline

HOLIDAYS = frozenset({(1, day) for day in range(1, 9)} | {(2, 23), (3, 8), (5, 1), (5, 9), (6, 12), (11, 4)})
"""Non-working holidays (ст. 112 ТК РФ), as (month, day)."""
USUAL_REPORT_DAY = Day(12, 20)
"""When a Положение sets no deadline for its справка: the year's results are summed up before the year ends."""
SENDING_DAYS = 10
"""Days after the справка by which the адресные рекомендации go out, where the Положение sets no date for them."""
ONE_MONTH = 30
NEXT_YEAR = re.compile(r"следующ\w*\s+за\s+отч[её]тным", re.IGNORECASE)
"""«до 1 июля года, следующего за отчётным»: a step of the cycle in the year after the monitoring."""


def is_working(day: datetime.date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in HOLIDAYS


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
