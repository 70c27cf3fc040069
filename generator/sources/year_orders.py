"""The приказы об итогах мониторинга a project registers (``project.yaml → monitoring.orders``): one entry per
mechanism and year, for a mechanism a Положение о мониторинге describes. A date later than the Положение's deadline
for a step the приказ carries out or sets — the справка it approves, the рекомендации it orders, the plan, the
decisions, the measures and the analysis of their effectiveness — is allowed (a приказ is dated the day it is signed)
but warned of at the line: the year's documents follow it past the deadline, and the self-assessment does not score
late evidence (``evidence-late``)."""

from __future__ import annotations

import datetime

from schemas.cycle import CYCLE_DOCUMENTS
from schemas.diagnostics import Diagnostic
from schemas.regulation import MonitoringRegulation

from ..coherence.cycle import REPORT_LACKING, cycle_deadline, cycle_text
from ..coherence.dates import Deadline
from ..coherence.timeline import report_deadline
from ..messages import coherence as messages
from ..coherence.calendar import cycle_date, document_date, last_day
from ..russian import and_joined
from .kinds import RECOMMENDATIONS, REGULATION
from .model import ProjectSources

ORDERS = ("monitoring", "orders")
LATENESS = ((False, messages.ORDER_LATE, "order-late"), (True, messages.ORDER_ON_DEADLINE, "order-no-time"))
"""A date past a step's deadline, and one on its last day: the step cannot be done the day the приказ is signed."""


def registered_orders(project: ProjectSources) -> list[Diagnostic]:
    """An entry given twice (an error: which date would the documents take?), one for a mechanism no Положение
    describes, and a date that puts the year's documents past the Положение's deadlines (warnings)."""
    if project.profile is None:
        return []
    source = project.profile.source
    found: list[Diagnostic] = []
    seen: set[tuple[int, str]] = set()
    for index, order in enumerate(project.profile.model.monitoring.orders):
        at, key = (*ORDERS, index), (order.year, order.mechanism)
        loaded = project.regulation_for(order.mechanism)
        said = {"mechanism": order.mechanism, "year": order.year}
        if key in seen:
            found.append(
                Diagnostic.error(source.locate((*at, "mechanism")), messages.ORDER_TWICE.format(**said), code="orders")
            )
        elif loaded is None and not REGULATION.path(project.layout, order.mechanism).is_file():
            found.append(
                Diagnostic.warning(
                    source.locate((*at, "mechanism")), messages.ORDER_NO_REGULATION.format(**said), code="orders"
                )
            )
        elif loaded is not None:
            steps = late_steps(loaded.model, order.year, order.date)
            for on_the_day, template, code in LATENESS:
                late = steps.get(on_the_day, [])
                if late:
                    message = template.format(
                        dated=f"{order.date:%d.%m.%Y}",
                        deadlines=("срока " if len(late) == 1 else "сроков ") + and_joined(late),
                        ending="ого" if len(late) == 1 else "ых",
                        **said,
                    )
                    found.append(Diagnostic.warning(source.locate((*at, "date")), message, code=code))
        seen.add(key)
    return found


def late_steps(regulation: MonitoringRegulation, year: int, signed: datetime.date) -> dict[bool, list[str]]:
    """The steps a приказ об итогах dated ``signed`` puts past the Положение's deadlines, as the year's documents date
    them (:mod:`generator.coherence.calendar`): «аналитической справки («до 20 декабря» — не позднее 19.12.2025)»;
    under True those whose last day is the приказ's own — a step it orders cannot be done the day it is signed."""
    found: dict[bool, list[str]] = {}
    report = report_deadline(regulation.schedule)
    if report is not None and signed > last_day(report, year):
        found.setdefault(False, []).append(_step(REPORT_LACKING, report, last_day(report, year)))
    made = {"recommendations": document_date(regulation, RECOMMENDATIONS.due, year, signed), "decisions": signed}
    for document in CYCLE_DOCUMENTS:
        allowed = cycle_date(regulation, document.field, year)
        deadline = cycle_deadline(cycle_text(regulation.cycle_deadlines), document)
        if allowed is None or deadline is None:
            continue
        dated = made.get(document.field) or cycle_date(regulation, document.field, year, signed)
        if dated is not None and dated > allowed:
            found.setdefault(allowed == signed, []).append(_step(document.lacking, deadline, allowed))
    return found


def _step(document: str, deadline: Deadline, allowed: datetime.date) -> str:
    return messages.ORDER_STEP_DEADLINE.format(document=document, deadline=deadline.text, last=f"{allowed:%d.%m.%Y}")
