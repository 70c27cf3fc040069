"""The measures of the приказ «Об итогах мониторинга …» that the Положение's recommendations on indicators give: the
tasks of the authority's departments on an indicator the округ missed, and those of the organizations an indicator
counted in organizations leaves below its target, each with its term (:mod:`.order_dates`, :mod:`.steps`). A
process («организовать работу с обучающимися группы риска …», «содействовать их обучению …») runs from the приказ,
or the step it follows, to the end of its executor's other measures (:func:`.order_dates.process_term`)."""

from __future__ import annotations

import datetime

from schemas.regulation import MonitoringRegulation

from ..monitoring.results import IndicatorResult, MechanismResults
from ..monitoring.year import MonitoringYear, addressees
from ..russian import and_joined, inflect_phrase, lower_first
from ..sources.kinds import YearDocument
from ..sources.model import ProjectSources
from .addressed import with_criterion
from .advice import authority_tasks, organization_tasks, referred, service_tasks
from .analysis import risk_section
from .decisions import spelled_out
from .heads_plans import for_heads
from .order_dates import (
    agreed_by,
    consulted_by,
    in_source,
    measures_end,
    measures_until,
    plan_period,
    prepared_by,
    process_term,
    started,
    within_plans,
)
from .regulation import use_of_results_clause
from .steps import AGREE, CONSULT, OWN_TERM, PREPARE, PROCESS, is_process, own_term_first, scheduled
from .year_text import date_text, years_named

SERVICE = ""
"""The key of the methodical service's tasks among the departments' (:func:`departments_measures`): its point is the
приказ's first, after the approval of the справка."""


def clause(regulation: MonitoringRegulation, step: str, case: str) -> str:
    """«пунктом 9.3 Положения о мониторинге», or «Положением о мониторинге» when it has no пункт on the step."""
    number = use_of_results_clause(regulation, step)
    return (
        f"{inflect_phrase('пункт', case)} {number} Положения о мониторинге"
        if number
        else f"{inflect_phrase('Положение', case)} о мониторинге"
    )


def by_clause(results: MechanismResults) -> str:
    """« в соответствии с пунктом 9.2 Положения о мониторинге»."""
    return f" в соответствии с {clause(results.regulation, 'recommendations', 'ablt')}"


def departments_measures(
    project: ProjectSources, document: YearDocument, year: MonitoringYear, results: MechanismResults, executor: str
) -> dict[str, list[str]]:
    """The tasks the Положение's recommendation on an indicator the округ missed (or its пункт on рекомендации names,
    :mod:`generator.monitoring.addressing`) gives the authority's departments
    («Отделу общего образования УО выявить ОО, в которых …»), by department in the dative, ahead of the report on the
    measures: the department the Положение names carries them out, not the methodical service; the authority's own
    («УО рассмотреть вопрос …») fall to ``executor``, the department responsible for the monitoring. The responsible
    department's are popped by the caller into its own point. A process runs from the step it follows, or the
    приказ, to the end of the measures (:func:`.order_dates.process_term`): «не позднее 13.01.2025 совместно с
    руководителями ДОО выявить педагогов …, с 13.01.2025 по 16.06.2025 содействовать их обучению …». The tasks the
    recommendation gives the methodical service («закрепить за такими ОО кураторов …») are under :data:`SERVICE`, for
    its own point, dated alike."""
    days = {
        CONSULT: consulted_by(document, year, results),
        PREPARE: prepared_by(document, year, results),
        AGREE: agreed_by(document, year, results),
    }
    until = measures_until(project, document, results)

    def dates(kind: str, before: str | None) -> str:
        if kind == PROCESS:
            return process_term(project, days.get(before or "", started(document)), measures_end(document, results))
        return f"не позднее {date_text(project, days[kind])}" if kind in days else until

    measures: dict[str, list[str]] = {}
    for result in results.indicators:
        missed = result.municipality is not None and result.municipality.meets_target is False
        if not missed and not (result.rule and result.addressed):
            continue
        tasks: dict[str, list[str]] = {}
        named = _named_in(results, result)
        recommendation = result.indicator.recommendation
        serviced = [(SERVICE, task) for task in service_tasks(recommendation, named)]
        for department, task in [*authority_tasks(recommendation, named), *serviced]:
            whom = executor if department == "УО" else lower_first(department)
            task = referred(task, named) if named else with_criterion(task, result)
            written = years_named(for_heads(spelled_out(task) if addressees(results) else task), document.date)
            tasks.setdefault(whom, []).append(written)
        for whom, said in tasks.items():
            # the date first: a task may end with a clause a comma would close; that the округ missed the target the
            # справка says, the пункт on рекомендации for one it did not miss is said here; a task whose steps fall
            # on two dates is two sub-points, each with its term
            why = "" if missed else by_clause(results)
            for dated in scheduled(and_joined(said).rstrip(","), dates):
                measures.setdefault(whom, []).append(f"по показателю {result.indicator.code}{why} {dated}")
    return measures


def _named_in(results: MechanismResults, result: IndicatorResult) -> str:
    """«(раздел 5 приложения)»: where the справка names the organizations an indicator of the округ counted in
    organizations leaves below its target, which the Положение's tasks on it act on; "" where it names none."""
    return f"(раздел {risk_section(results)} приложения)" if result.parts and result.addressed else ""


def counted_tasks(
    project: ProjectSources,
    document: YearDocument,
    results: MechanismResults,
    plans: tuple[datetime.date, datetime.date | None],
) -> list[str]:
    """The Положение's tasks for the organizations an indicator of the округ counted in organizations leaves below its
    target («Руководителям ДОО, получившим … оценку ниже базового уровня, разработать план преобразования …»),
    ordered to them by the section of the справка that names them, as every other point of the приказ on them (not by
    full names for a few and the section for more), each with its term (:func:`_dated`): the department checks their
    execution later in the приказ. «На учебный год» is the part of the school year left when the plans are made
    (:func:`.order_dates.plan_period`). ``plans``: the day the organizations' plans are due, and the day they are
    carried out by (:func:`.order_dates.organizations_deadlines`)."""
    items = []
    for result in results.indicators:
        tasks = organization_tasks(result.indicator.recommendation, "ОО") if _named_in(results, result) else []
        if not tasks:
            continue
        said = spelled_out(and_joined(tasks)).replace(" на учебный год", f" на {plan_period(plans[0])}")
        said = years_named(said, plans[0])  # «до начала следующего учебного года»: the year the plans are made in
        dated = _dated(project, document, results, result, said, plans)
        items.append(f"по показателю {result.indicator.code} {_named_in(results, result)} {dated}")
    return items


def _dated(
    project: ProjectSources,
    document: YearDocument,
    results: MechanismResults,
    result: IndicatorResult,
    said: str,
    deadlines: tuple[datetime.date, datetime.date | None],
) -> str:
    """An organizations' task with its term: a process («организовать работу с обучающимися группы риска …», «…
    для обучающихся 9 классов группы подготовки к ГИА …») is not done by a day but carried on from their plans to
    the day the plans are carried out by («с 09.01.2025 по 30.05.2025»: it is a measure of them); one with a term of
    its own («заключить соглашение … до начала следующего учебного года и включить …») keeps it, bounded by that day
    (:func:`.order_dates.within_plans`), said before the steps it covers, which take no second date
    (:func:`.steps.own_term_first`); one done in a
    document the indicator's data come from («проанализировать причины в отчёте о самообследовании») is due by the
    Положение's term for that document («до 20 апреля»), not before it exists (:func:`.order_dates.in_source`); any
    other is due with the plans."""
    plans, carried = deadlines
    if is_process(said):
        return f"{said} {process_term(project, plans, carried)}"
    if OWN_TERM.search(said):
        return own_term_first(within_plans(project, said, carried), f"не позднее {date_text(project, plans)}")
    sourced = in_source(document, results, result, said, plans)
    if sourced:
        return f"{said} не позднее {date_text(project, sourced)}"
    return f"{said} не позднее {date_text(project, plans)}"
