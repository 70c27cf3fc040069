"""The адресные рекомендации по итогам мониторинга to one organization below a target: a letter addressed to its
head (top right, ГОСТ Р 7.0.97-2025) that introduces the organization's short name, states each missed indicator
with the organization's value against the target and the округ's value, gives the Положение's recommendation for
each, and sets the deadlines the приказ об итогах sets — the plan of measures a month after the letter, the report
by the next collection of the missed indicators — signed by the methodical service like the справка."""

from __future__ import annotations

import datetime

from ..monitoring.calendar import month_after, next_collection
from ..monitoring.results import IndicatorResult, MechanismResults
from ..monitoring.summary import change_text, value_text
from ..monitoring.year import MonitoringYear
from ..russian import inflect_phrase, lower_first
from ..russian.typography import typograph_text
from ..sources.kinds import YearDocument
from ..sources.model import ProjectSources
from .analysis import signature
from .body import Body
from .year_text import codes_phrase, date_text, regulation_reference, service_name, service_signatory


def full_name(results: MechanismResults, key: str, case: str) -> str:
    """The organization's full name in ``case``: «муниципального общеобразовательного учреждения «…»»."""
    return lower_first(inflect_phrase(results.respondents[key].name, case))


def addressee(project: ProjectSources, document: YearDocument, year: MonitoringYear) -> dict:
    """The addressee block: «Руководителю» and the organization's full name in the genitive."""
    results = year.results[document.mechanism]
    return {"addressee": [typograph_text(f"Руководителю {full_name(results, document.organization, 'gent')}")]}


def recommendations_body(project: ProjectSources, document: YearDocument, width_mm: float,
                         year: MonitoringYear) -> Body:
    results, key = year.results[document.mechanism], document.organization
    short = results.respondents[key].short_name
    missed = [result for result in results.indicators if key in result.below_target]
    body = Body(width_mm)
    body.section("Результаты мониторинга")
    body.clauses([
        f"По итогам мониторинга, проведённого в {results.year} году в соответствии с "
        f"{regulation_reference(project, results)}, в {full_name(results, key, 'loct')} (далее — {short}) не достигнуты "
        f"целевые значения по {codes_phrase([r.indicator.code for r in missed])}.",
        *(_finding(result, key, short, results.year) for result in missed),
    ])
    body.section("Рекомендации")
    body.clauses([_recommendation(result) for result in missed])
    body.section("Сроки выполнения")
    body.clauses(_deadlines(project, document, missed, short))
    signature(body, service_signatory(project), date_text(project, document.date))
    return body


def _finding(result: IndicatorResult, key: str, short: str, year: int) -> str:
    """«По показателю 1.1.1 «…» значение МОУ «СОШ № 4» составило 84,8 % (в 2023 году — 86,0 %, изменение −1,2 п. п.)
    при целевом значении «не менее 90 %»; по округу — 94,4 %.»"""
    indicator = result.indicator
    change = change_text(result, key)
    before = value_text(result, result.previous_by_organization.get(key))
    since = f" (в {year - 1} году — {before}, изменение: {change})" if change else ""
    target = f" при целевом значении «{indicator.target}»" if indicator.target else ""
    return (f"По показателю {indicator.code} «{indicator.name}» значение {short} составило "
            f"{value_text(result, result.by_organization.get(key))}{since}{target}; "
            f"по округу — {value_text(result, result.municipality)}.")


def _recommendation(result: IndicatorResult) -> str:
    text = result.indicator.recommendation.strip() or "проанализировать причины недостижения целевого значения и " \
        "принять меры по его достижению"
    return f"По показателю {result.indicator.code}: {lower_first(text).rstrip('.')}."


def _deadlines(project: ProjectSources, document: YearDocument, missed: list[IndicatorResult], short: str) -> list[str]:
    """The plan a month after the letter, as the приказ об итогах sets it; the report by the next collection."""
    plan = month_after(document.date)
    service = lower_first(inflect_phrase(service_name(project), "accs"))
    lines = [f"Руководителю {short} рассмотреть настоящие рекомендации и представить в {service} план мероприятий по их "
             f"выполнению не позднее {date_text(project, plan)}."]
    report: datetime.date | None = next_collection([r.indicator.deadline for r in missed], document.year + 1)
    if report:
        lines.append(f"Отчёт о выполнении плана мероприятий представить в {service} не позднее "
                     f"{date_text(project, report)}; результаты оцениваются при следующем мониторинге.")
    return lines
