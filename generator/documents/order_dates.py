"""The dates of the приказ «Об итогах мониторинга …», derived from the Положение's schedule: when the адресные
рекомендации go out, the methodical help with the plans ends, the organizations' plans are due and carried out, the
measures end (two weeks before the report on them), a department's step is due by its kind (:mod:`.steps`: one that
consults the organizations while they draft their plans, prepares, or agrees their plans), and what an organization's
plan «на учебный год» covers, and the term of the справка on the site the Положение о МСОКО sets."""

from __future__ import annotations

import datetime
import re

from ..coherence.calendar import (
    cycle_date,
    document_date,
    is_working,
    month_after,
    next_collection,
    working_on_or_after,
    working_on_or_before,
)
from ..monitoring.results import IndicatorResult, MechanismResults
from ..monitoring.year import MonitoringYear, addressees
from ..sources.kinds import RECOMMENDATIONS, YearDocument
from ..sources.model import ProjectSources
from ..russian import and_joined
from .advice import organization_tasks
from .decisions import content_words
from .steps import is_process
from .year_text import date_text, school_year

HELP_AHEAD = 5
"""Working days between the end of the methodical help with the plans and the plans' day."""
REPORT_AFTER = datetime.timedelta(days=14)
"""The report on the measures is due this long after the last of them."""
PUBLICATION = re.compile(r"аналитические\s+справки[^;\n]*?—\s*(в\s+течение\s+[^;\n.]+)", re.IGNORECASE)
"""The Положение о МСОКО's item on publishing the справки: «аналитические справки … — в течение 10 рабочих дней …»."""
AGREEING_DAYS = 10
"""Working days a department has to agree a plan it receives, as an authority's instruction on paperwork gives for
agreeing a document."""
DAY = datetime.timedelta(days=1)
SECOND_HALF, SUMMER = range(1, 6), range(6, 9)
"""The months of the school year's second half-year (January to May), and of the summer after it."""
LESSONS_END = (5, 31)
"""The school year's lessons end with May (:data:`SECOND_HALF`): a process through it ends then."""
SCHOOL_YEAR_START = re.compile(r"\bдо\s+начала\s+(\d{4})/\d\d\s+учебного\s+года")
"""«до начала 2025/26 учебного года»: a term of the Положение's task, named by :func:`.year_text.years_named`."""


def helped_by(sent: datetime.date) -> datetime.date:
    """The methodical help with the plans ends a working week (:data:`HELP_AHEAD`) before the plans are due (a month
    after the рекомендации), counted in working days: the heads have that week to finish the plans with it, also when
    the plans' month ends after the New Year holidays (plans due 09.01.2025, the help by 24.12.2024, not 28.12.2024)."""
    helped = month_after(sent)
    for _ in range(HELP_AHEAD):
        helped = working_on_or_before(helped - DAY)
    return helped


def measures_until(project: ProjectSources, document: YearDocument, results: MechanismResults) -> str:
    """By when the measures are done (:func:`measures_end`): «не позднее 16.06.2025»."""
    ahead = measures_end(document, results)
    return f"не позднее {date_text(project, ahead)}" if ahead else f"в {document.year + 1} году"


def measures_end(document: YearDocument, results: MechanismResults) -> datetime.date | None:
    """When the measures end: two weeks before the report on them (:func:`before_report`), which leaves them the time
    after the organizations' plans, and a spring procedure (ВПР) its season; without a report date, before the first
    data of next year are due; None without either."""
    ahead = before_report(document, results, None)
    if ahead is None:
        deadlines = [i.deadline for i in results.regulation.indicators]
        ahead = next_collection(deadlines, document.year + 1, document.date)
    return ahead


def started(document: YearDocument) -> datetime.date:
    """The first working day after the приказ: a process it orders starts then, never before it is signed."""
    return working_on_or_after(document.date + DAY)


def process_term(project: ProjectSources, start: datetime.date, end: datetime.date | None) -> str:
    """The term of a process the приказ orders («организовать работу с обучающимися группы риска …»): not «в течение
    2024/25 учебного года», which began before the приказ and runs past the plans, but from ``start`` (the приказ, or
    the step it follows) to ``end`` (when the executor's other measures end; the school year's lessons where none is
    set): «с 09.01.2025 по 30.05.2025»."""
    return f"с {date_text(project, start)} по {date_text(project, end or lessons_end(start))}"


def lessons_end(day: datetime.date) -> datetime.date:
    """The last working day of the school year's lessons (:data:`LESSONS_END`) after ``day``."""
    month, last = LESSONS_END
    return working_on_or_before(datetime.date(day.year + (day.month not in SECOND_HALF), month, last))


def within_plans(project: ProjectSources, task: str, carried: datetime.date | None) -> str:
    """An organizations' task whose own term is the start of a school year after their plans are carried out («до
    начала 2025/26 учебного года заключить соглашение …», the plans done by 30.05.2025) bounded by the plans: it is a
    measure of them, reported on with them — «не позднее 30.05.2025 заключить соглашение …»; as written otherwise."""

    def bounded(found: re.Match[str]) -> str:
        start = datetime.date(int(found.group(1)), 9, 1)
        return f"не позднее {date_text(project, carried)}" if carried and carried < start else found.group(0)

    return SCHOOL_YEAR_START.sub(bounded, task)


def before_report(
    document: YearDocument, results: MechanismResults, done: datetime.date | None
) -> datetime.date | None:
    """``done``, or, where it is later, two weeks before the report on the measures is due: the report counts
    measures already carried out, so they do not end on its day (none without either date)."""
    reported = cycle_date(results.regulation, "measures", document.year, document.date)
    ahead = working_on_or_before(reported - REPORT_AFTER) if reported else None
    found = [day for day in (done, ahead) if day is not None]
    return min(found) if found else None


def prepared_by(document: YearDocument, year: MonitoringYear, results: MechanismResults) -> datetime.date:
    """When a department's task that prepares or analyses (:mod:`.steps`) is due: by the day the organizations'
    plans, which draw on it, are due, or a month after the приказ where it orders no plans; never after the
    measures."""
    prepared = (
        organizations_deadlines(document, year, results)[0] if addressees(results) else month_after(document.date)
    )
    measures = before_report(document, results, None)
    return min(prepared, measures) if measures else prepared


def consulted_by(document: YearDocument, year: MonitoringYear, results: MechanismResults) -> datetime.date:
    """When a department's step the organizations' plans draw on directly is due — one done with their heads
    (interviews, the causes reviewed with them) or handing them what it prepared (a model agreement): halfway, in
    working days, between the адресные рекомендации and the plans, so that the heads have the other half of the
    month, and the methodical help with the plans (:func:`helped_by`), to use it; where the приказ orders no plans,
    with the tasks that prepare (:func:`prepared_by`)."""
    prepared = prepared_by(document, year, results)
    if not addressees(results):
        return prepared
    sent, plans = recommended(document, year, results), organizations_deadlines(document, year, results)[0]
    days = [sent + DAY * n for n in range(1, (plans - sent).days) if is_working(sent + DAY * n)]
    return min(days[(len(days) - 1) // 2], prepared) if days else prepared


def agreed_by(document: YearDocument, year: MonitoringYear, results: MechanismResults) -> datetime.date:
    """When a department agrees the plans the organizations make («согласовать планы мероприятий …»): after they are
    received (:func:`prepared_by`: the plans' day), within :data:`AGREEING_DAYS` working days, and before the
    measures the plans set."""
    agreed = prepared_by(document, year, results)
    for _ in range(AGREEING_DAYS):
        agreed = working_on_or_after(agreed + DAY)
    measures = before_report(document, results, None)
    return min(agreed, measures) if measures else agreed


def in_source(
    document: YearDocument, results: MechanismResults, result: IndicatorResult, task: str, plans: datetime.date
) -> datetime.date | None:
    """The Положение's term for the indicator's data where ``task`` is done in a document they come from (every noun
    and adjective of a source of two or more, «отчёты о самообследовании ОО», stands in the task): the document is
    made by then (set after the plans, before the report on the measures); None for any other task."""
    indicator = result.indicator
    sources = [content_words(item) for item in indicator.source.split(",")]
    if not any(len(words) > 1 and words <= content_words(task) for words in sources):
        return None
    return before_report(document, results, next_collection([indicator.deadline], document.year + 1, plans))


def offered_by(document: YearDocument, year: MonitoringYear, results: MechanismResults) -> datetime.date:
    """When what the Положение's пункт on рекомендации offers the heads (an individual professional development plan,
    :mod:`.offers`) is offered: by the day their organizations' plans are due, not with the рекомендации — the steps
    that feed it (the consultations with the heads, :func:`consulted_by`; the preparing tasks, :func:`prepared_by`)
    come before that day, not after the offer."""
    return organizations_deadlines(document, year, results)[0]


def recommended(document: YearDocument, year: MonitoringYear, results: MechanismResults) -> datetime.date:
    """When the адресные рекомендации go out: their documents' date, or the date their kind would have."""
    sent = year.of_kind(RECOMMENDATIONS, document.mechanism)
    return (
        sent[0].model.date
        if sent
        else document_date(results.regulation, RECOMMENDATIONS.due, document.year, document.date)
    )


def organizations_deadlines(
    document: YearDocument, year: MonitoringYear, results: MechanismResults
) -> tuple[datetime.date, datetime.date | None]:
    """What the приказ sets the organizations below a target: their plans a month after the рекомендации, the plans
    done by the earliest deadline of next year's data on the indicators missed, or a month after the plans where that
    comes first, and before the report on the measures (None when none is set). The plans are done no earlier than
    the processes they hold end: where the приказ orders the organizations one «в течение учебного года» (:func:`goes
    on`), not before the school year's lessons end (the last working day of May), still before the report."""
    missed = [r.indicator.deadline for r in results.indicators if r.addressed]
    plans = month_after(recommended(document, year, results))
    done = next_collection(missed, document.year + 1, plans)
    if done and goes_on(results):
        done = max(done, lessons_end(plans))
    return plans, before_report(document, results, done)


def goes_on(results: MechanismResults) -> bool:
    """Whether the Положение's tasks the приказ orders the organizations it names on an indicator
    («организовать работу с обучающимися группы риска …») are a process, carried on through the school year."""
    return any(
        is_process(and_joined(organization_tasks(result.indicator.recommendation, "ОО")))
        for result in results.indicators
        if result.parts and result.addressed
    )


def plan_period(plans: datetime.date) -> str:
    """What an organization's plan made by ``plans`` covers: the school year where it is made in its first half
    («2024/25 учебный год»), its second half-year where made from January («второе полугодие 2024/25 учебного
    года»: the plan is carried out by the end of the school year, when the department checks it), and the next school
    year where made in the summer, the year over."""
    if plans.month in SECOND_HALF:
        return f"второе полугодие {school_year(plans)} учебного года"
    following = plans.month in SUMMER
    return f"{school_year(plans.replace(month=9) if following else plans)} учебный год"


def published(project: ProjectSources) -> re.Match[str] | None:
    """The Положение о МСОКО's item on publishing the справки, which holds for every mechanism's справка."""
    msoko = project.msoko
    return PUBLICATION.search(msoko.model.publication) if msoko else None


def publication_term(project: ProjectSources, document: YearDocument) -> str:
    """The Положение о МСОКО's term for a справка on the site («в течение 10 рабочих дней со дня подписания» — of the
    приказ that approves it, said so), or a month from the справка's date where it sets none."""
    found = published(project)
    if found:
        term = " ".join(found.group(1).split())
        return f"{term} настоящего приказа" if term.endswith("со дня подписания") else term
    return f"не позднее {date_text(project, month_after(document.date))}"
