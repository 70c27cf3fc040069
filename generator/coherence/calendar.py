"""The dates of the monitoring year's documents, planned from the Положение's schedule: a document is dated by
the last day its deadline allows («до 20 декабря» — 19 December), moved back to a working day, as is every date a
limit of the Положение («до 1 июля», «до 31 декабря») bounds; only a period the tool counts itself (a month for the
plans, ten days for the рекомендации) that ends on a day off ends on the next working day, as ст. 193 ГК РФ moves it.
Working days are those of the official production calendar: Saturdays, Sundays and the holidays of ст. 112 ТК РФ
are days off, and so are the days the Government's yearly decree moves («30.12.2024», постановление Правительства РФ
от 10.08.2023 № 1314), while the Saturdays it makes working days are working days («28.12.2024»). The calendar is
the ``holidays`` package's (it cites the decree of each year, 2020–2027); a year no decree has covered yet gets the
holidays of ст. 112 alone.

The справка and the приказ об итогах that approves it are dated by the earlier of the Положение's deadlines for the
справка and for the управленческие решения the приказ takes, and ten days before the deadline for the адресные
рекомендации the приказ orders sent (an order is never carried out the day it is signed) — or, once the приказ is
registered, by its date (``project.yaml → monitoring.orders``). A deadline the приказ sets that the Положение's
schedule puts on or before the приказ's date (a приказ signed late) is a month from the приказ instead, the
рекомендации's ten days: an act never orders a date already past nor the day of its own signing."""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from schemas.cycle import CYCLE_DOCUMENTS
from schemas.regulation import MonitoringRegulation

from .cycle import cycle_deadline, cycle_text, schedule_with_cycle
from .dates import Day, Deadline, deadlines_in
from .timeline import document_deadline

if TYPE_CHECKING:
    import holidays

USUAL_REPORT_DAY = Day(12, 20)
"""When a Положение sets no deadline for its справка: the year's results are summed up before the year ends."""
SENDING_DAYS = 10
"""Days after the справка by which the адресные рекомендации go out, where the Положение sets no date for them."""
ONE_MONTH = 30
REPORT_STEM = "справк"
"""How a schedule names the аналитическая справка."""
REPORT = re.compile(REPORT_STEM + r"\w*", re.IGNORECASE)
RECOMMENDATIONS_STEM = "рекомендац"
"""How a schedule names the адресные рекомендации."""
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
    """The last day the schedule's deadline for the аналитическая справка allows (20 December where it sets none)."""
    deadline = document_deadline(schedule, REPORT)
    return last_day(deadline or USUAL_REPORT_DAY, year)


def act_date(regulation: MonitoringRegulation, year: int, signed: datetime.date | None = None) -> datetime.date:
    """The date of the справка and of the приказ об итогах that approves it: the приказ's as registered (``signed``),
    else the last day both the Положение's deadline for the справка and its deadline for the decisions the приказ
    takes allow, and ten days before the рекомендации it orders are due: never the day of a deadline it sets."""
    if signed is not None:
        return signed
    decided = cycle_date(regulation, "decisions", year)
    recommended = _deadline_of(regulation, RECOMMENDATIONS_STEM, year)
    ahead = working_on_or_before(recommended - datetime.timedelta(days=SENDING_DAYS)) if recommended else None
    return min(day for day in (report_date(regulation.schedule, year), decided, ahead) if day is not None)


def _deadline_of(regulation: MonitoringRegulation, stem: str, year: int) -> datetime.date | None:
    """The last working day the schedule's deadline for the document it names by ``stem`` allows; None if none."""
    deadline = document_deadline(schedule_with_cycle(regulation), re.compile(stem + r"\w*", re.IGNORECASE))
    return last_day(deadline, year) if deadline is not None else None


def document_date(
    regulation: MonitoringRegulation, stem: str, year: int, signed: datetime.date | None = None
) -> datetime.date:
    """The date of a document the schedule names by ``stem``: the справка's is the act's (:func:`act_date`); another's
    is its own deadline, always after the act it follows — some days after the act where the schedule sets none or
    one the act's day has reached."""
    dated = act_date(regulation, year, signed)
    if stem == REPORT_STEM:
        return dated
    deadline = _deadline_of(regulation, stem, year)
    if deadline is not None and deadline > dated:
        return deadline
    return working_on_or_after(dated + datetime.timedelta(days=SENDING_DAYS))


def month_after(day: datetime.date) -> datetime.date:
    """A month's period from ``day``, ending on a working day."""
    return working_on_or_after(day + datetime.timedelta(days=ONE_MONTH))


def set_by(act: datetime.date | None, deadline: datetime.date) -> datetime.date:
    """A deadline as an act dated ``act`` sets it: the Положение's, or a month from the act where the Положение's is
    already past when the act is signed."""
    return deadline if act is None or deadline > act else month_after(act)


def next_collection(deadlines: list[str], year: int, act: datetime.date | None = None) -> datetime.date | None:
    """The earliest of the indicators' deadlines («до 1 июля») in ``year``: when the data that show whether the
    recommendations worked are first due; as an act dated ``act`` sets it (:func:`set_by`)."""
    found = [last_day(deadline, year) for text in deadlines for deadline in deadlines_in(text)[:1]]
    return set_by(act, min(found)) if found else None


def cycle_date(
    regulation: MonitoringRegulation, field: str, year: int, act: datetime.date | None = None
) -> datetime.date | None:
    """The last working day the Положение's deadline for a step of the cycle allows («до 1 июля года, следующего за
    отчётным» — 30.06 of the next year), as an act dated ``act`` sets it (:func:`set_by`); None where it sets none."""
    document = next(found for found in CYCLE_DOCUMENTS if found.field == field)
    deadline = cycle_deadline(cycle_text(regulation.cycle_deadlines), document)
    if deadline is None:
        return None
    stated = getattr(regulation.cycle_deadlines, field)
    return set_by(act, last_day(deadline, year + 1 if NEXT_YEAR.search(stated) else year))
