"""The аналитическая справка по итогам мониторинга of one mechanism for the year: purpose, period, sources and
coverage; the results and their change from the year before, in a table and a chart; each indicator with every
organization and the округ; the totals; the risk group and the organizations below a target; conclusions written
from the numbers; proposals from the Положение's use of results; the signature of the methodical service."""

from __future__ import annotations

from schemas.base import code_sort_key
from schemas.profile import Signatory

from ..docx.blocks import text_paragraph
from ..docx.elements import Run, paragraph, run
from ..coherence.calendar import cycle_date
from ..monitoring.addressing import scores_organizations
from ..monitoring.results import MechanismResults
from ..monitoring.selection import is_municipal
from ..monitoring.summary import points_text
from ..monitoring.year import MonitoringYear, addressees, risk_group
from ..russian import and_joined, lower_first
from ..russian.typography import NBSP, typograph_text
from ..sources.kinds import YearDocument
from ..sources.model import ProjectSources
from .addressed import addressed_lead, bound_lines, got, parts_lines, roster_sentence, supported, whom
from .analysis_tables import (
    Numbering,
    totals_part,
    by_organization,
    indicator_part,
    participants_part,
    summary_part,
)
from .body import Body
from .counts import counted_lines
from .data_sources import listed_sources
from .regulation import use_of_results_clause
from .year_text import (
    better,
    by_count,
    calendar_years_named,
    in_calendar_order,
    codes_phrase,
    date_text,
    indicator_sentence,
    of,
    of_indicators,
    organizations_phrase,
    percent,
    regulation_reference,
    school_years_named,
    service_signatory,
    term,
)

CONCLUSIONS = "Выводы"


LEAST_POINTS = "наименьший балл по шкале таблицы 1 Положения"
"""What the справка and the приказ call the organizations with a scale's least points on some indicator: the
Положение's own terms (its scales), not «группа риска», which no Положение defines and so cannot ground a measure."""


def risk_title(results: MechanismResults) -> str:
    """The section's title; where the Положение scores the округ alone (:func:`scores_organizations`), what the ОО's
    values serve: its scales give an ОО no points, no least one."""
    if not scores_organizations(results.regulation):
        return f"Адресные рекомендации руководителям {term(results)}"
    return f"{term(results)}, получившие наименьший балл, и {term(results)}, не достигшие целевых значений"


def analysis_body(project: ProjectSources, document: YearDocument, width_mm: float, year: MonitoringYear) -> Body:
    results = year.results[document.mechanism]
    body = Body(width_mm)
    numbering = Numbering()
    _general(body, project, results, numbering)
    body.section("Результаты мониторинга и их динамика")
    summary_part(body, results, numbering)
    body.clauses(counted_lines(results, date_text(project, document.date)) + parts_lines(results))
    detailed = by_organization(results)
    if detailed:
        body.section(f"Результаты по {term(results)}")
    for result in detailed:
        indicator_part(body, results, result, numbering)
    _totals(body, results, numbering)
    risk: list[str] = []
    if results.organizations_expected:
        body.section(risk_title(results))
        risk = _risk_section(body, results)
    body.section(CONCLUSIONS)
    body.clauses(_conclusions(results))
    body.section("Предложения")
    _proposals(body, project, document, results, risk)
    signature(body, service_signatory(project), date_text(project, document.date))
    return body


def _general(body: Body, project: ProjectSources, results: MechanismResults, numbering: Numbering) -> None:
    regulation = results.regulation
    goal = regulation.goal.strip().split("\n\n")[0].rstrip(".")
    body.section("Общие положения")
    deadlines: dict[str, list[str]] = {}
    for indicator in regulation.indicators:
        due = calendar_years_named(indicator.deadline.strip(), results.year)
        deadlines.setdefault(due or "срок не установлен", []).append(indicator.code)
    periods = _periods(results)
    sources = listed_sources(indicator.source for indicator in regulation.indicators)
    body.clauses(
        [
            f"Настоящая справка подготовлена по итогам мониторинга, проведённого в {results.year} году в соответствии "
            f"с "
            f"{regulation_reference(project, results)}.",
            f"Цель мониторинга — {lower_first(goal)}.",
            "Сведения представлены за отчётные периоды, установленные таблицей 1 Положения, в сроки: "
            + "; ".join(f"{due} ({_codes(codes)})" for due, codes in sorted(deadlines.items(), key=in_calendar_order))
            + "."
            + (f" Отчётные периоды: {'; '.join(periods)}." if periods else ""),
            f"Источники данных: {'; '.join(sources)}." if sources else "",
        ]
    )
    _coverage(body, results, numbering)


def _periods(results: MechanismResults) -> list[str]:
    """Every indicator's period as its passport sets it, with the years it means named («по показателям 1.1.1 и
    1.1.2 — ВПР 2023/24 учебного года (март–май)», «по показателю 2.4.2 — по состоянию на 31 декабря 2023 года»);
    indicators of one period together."""
    named: dict[str, list[str]] = {}
    for indicator in results.regulation.indicators:
        period = indicator.calculation.period.strip()
        if period:
            period = calendar_years_named(period, results.year)
            named.setdefault(school_years_named(period, indicator.deadline.strip(), results.year), []).append(
                indicator.code
            )
    return [f"по {codes_phrase(codes)} — {period}" for period, codes in named.items()]


def _codes(codes: list[str]) -> str:
    """«показатель 1.1.4», «показатели 1.1.1 и 1.1.5»."""
    return ("показатель " if len(codes) == 1 else "показатели ") + and_joined(sorted(codes, key=code_sort_key))


def _coverage(body: Body, results: MechanismResults, numbering: Numbering) -> None:
    """Who reported, of those that report (the list of them with their full names, which introduces the short
    names the tables use), and which indicators are the округ's own; where the УО gives those, what the ОО send is
    named by its indicators, so that one not sending it is not read as left out of the округ's counts; where none
    sent it, that said, with no table of nobody."""
    expected, reported = results.organizations_expected, results.organizations_reported
    municipal = [r.indicator.code for r in results.indicators if is_municipal(r.indicator)]
    own = f"Значения по {codes_phrase(municipal)} рассчитаны по округу в целом." if municipal else ""
    filled = [r.indicator.code for r in results.indicators if not is_municipal(r.indicator)]
    if not expected or not filled:
        body.clauses([own])
        return
    which = f" по {codes_phrase(filled)}" if municipal else ""  # what a school sends, where the УО gives the rest
    if not reported:
        body.clauses([f"Сведения{which} не представила ни одна {term(results)}. {own}".strip()])
        return
    share = percent(round(100 * len(reported) / len(expected), 1))
    number = numbering.table()
    who = f"все {term(results)}" if len(reported) == len(expected) else term(results)
    body.clauses(
        [
            f"Сведения представили {who}, от которых Положением предусмотрен их сбор "
            f"({of(len(reported), len(expected))}"
            f", охват — {share}); их перечень приведён в таблице {number}. {own}".strip()
        ]
    )
    participants_part(body, results, number)
    body.clauses([line for line in [roster_sentence(results)] if line])
    missing = [key for key in expected if key not in reported]
    if missing:
        body.clauses([f"Не представили сведения{which}: {organizations_phrase(results, missing)}."])


def _totals(body: Body, results: MechanismResults, numbering: Numbering) -> None:
    total = results.regulation.total
    if total is None:
        return
    body.section("Итоговая оценка")
    if results.municipal_total is not None:
        found = results.municipal_total
        group = f": {found.group}" if found.group else ""
        body.clauses(
            [
                f"Сумма баллов округа по показателям мониторинга составила {points_text(found.points)} из "
                f"{found.maximum}{group}{_total_before(results, found.points)}."
            ]
        )
    elif results.totals:
        number = numbering.table()
        body.clauses(_groups(results, [group.name for group in total.groups], number))
        totals_part(body, results, number)


def _total_before(results: MechanismResults, points: int) -> str:
    """«. В 2023 году сумма баллов составляла 7 из 12 (достаточная эффективность); за год она увеличилась на 2
    балла»: the sum's change over two years (Положение 2.1, п. 9.1: «сумма баллов … и их динамика за два года»)."""
    before = results.previous_municipal_total
    if before is None:
        return ""
    step = points - before.points
    change = (
        "не изменилась" if step == 0 else f"{'увеличилась' if step > 0 else 'уменьшилась'} на {points_text(abs(step))}"
    )
    group = f" ({before.group})" if before.group else ""
    return (
        f". В {results.year - 1} году сумма баллов составляла {before.points} из {before.maximum}{group}; за год она "
        f"{change}"
    )


def _groups(results: MechanismResults, groups: list[str], number: int) -> list[str]:
    """How many organizations each group has, and who they are where they are few: the lowest group, and every
    group smaller than the largest (the largest one is the table's)."""
    counts = [(name, [key for key, t in results.totals.items() if t.group == name]) for name in groups]
    largest = max(len(keys) for _, keys in counts)
    return [
        f"По сумме баллов {term(results)} распределены по группам (число {term(results)} в группе): "
        + "; ".join(f"{name} — {len(keys) if keys else 'нет'}" for name, keys in counts)
        + f"; суммы баллов и группы приведены в таблице {number}.",
        *(
            f"В группу «{name}» входят: {organizations_phrase(results, keys)}."
            for index, (name, keys) in enumerate(counts)
            if keys and (index == len(counts) - 1 or len(keys) < largest)
        ),
    ]


def risk_section(results: MechanismResults) -> int:
    """The number of the section on the least points and the targets missed, as ``analysis_body`` lays the sections
    out."""
    return 3 + bool(by_organization(results)) + (results.regulation.total is not None)


def _risk_section(body: Body, results: MechanismResults) -> list[str]:
    """The organizations with the least points of a scale on some indicator, and those below a target; returns the
    former's keys."""
    risk = risk_group(results)
    below = addressees(results)
    lines = []
    if risk:
        lines.append(
            f"{LEAST_POINTS[:1].upper()}{LEAST_POINTS[1:]} хотя бы по одному показателю {got(results, risk)}"
            + "; ".join(_shortfall(results, key, _least(results, key)) for key in risk)
            + "."
        )
    elif scores_organizations(results.regulation):  # else no ОО is scored: none has a least point to speak of
        lines.append(f"{term(results)}, получивших {LEAST_POINTS} хотя бы по одному показателю, нет.")
    if below:
        body.clauses(lines)
        counted = len(results.organizations_counted)
        body.listing(
            addressed_lead(results, len(below), counted)
            or (
                f"Каждая из {counted} {term(results)} не достигла целевого значения хотя бы по одному показателю:"
                if len(below) == counted > 1
                else f"Целевых значений хотя бы по одному показателю не достигли {term(results)} "
                f"({of(len(below), counted)}):"
            ),
            [_shortfall(results, key) for key in below],
            style="Clause",
        )
        body.clauses(bound_lines(results))
    else:
        lines.append(f"Целевые значения всех показателей достигнуты во всех {term(results)}, представивших сведения.")
        body.clauses(lines)
    stubborn: dict[str, list[str]] = {}
    for result in results.indicators:  # an ОО's own values and its parts of the округ's shares
        for key in result.below_two_years or []:
            stubborn.setdefault(key, []).append(result.indicator.code)
    if stubborn:
        body.listing(
            f"Результаты ниже целевых значений два года подряд (в {results.year - 1} и {results.year} годах) показали "
            f"{term(results)} ({of(len(stubborn), len(results.organizations_counted))}):",
            [_shortfall(results, key, stubborn[key]) for key in results.respondents if key in stubborn],
            style="Clause",
        )
    return risk


def _shortfall(results: MechanismResults, key: str, codes: list[str] | None = None) -> str:
    """«МОУ «СОШ № 7» — по показателям 1.1.2 и 1.1.5»: the indicators it missed, or ``codes``."""
    codes = codes or [r.indicator.code for r in results.indicators if key in r.addressed]
    if not codes:  # sent рекомендации as every organization selected is (:attr:`MechanismResults.every`)
        return f"{results.respondents[key].short_name} — целевые значения всех показателей достигнуты"
    return f"{results.respondents[key].short_name} — по {codes_phrase(codes)}"


def _least(results: MechanismResults, key: str) -> list[str]:
    """The indicators on which the organization earns its scale's least points."""
    return [r.indicator.code for r in results.indicators if key in r.risk_group]


def _conclusions(results: MechanismResults) -> list[str]:
    lines = [indicator_sentence(result, results.year).rstrip(".") for result in results.indicators]
    judged = [r for r in results.indicators if r.municipality is not None and r.municipality.meets_target is not None]
    met = [r.indicator.code for r in judged if r.municipality and r.municipality.meets_target]
    missed = [r for r in judged if r.municipality and not r.municipality.meets_target]
    if judged:
        lines.append(_targets_met(len(met), [r.indicator.code for r in missed]))
    changes = [change * better(r) for r in results.indicators if (change := r.change()) is not None]
    if changes:
        counts = [
            (word, sum(1 for c in changes if test(c)))
            for word, test in (
                ("улучшились", lambda c: c > 0),
                ("ухудшились", lambda c: c < 0),
                ("не изменились", lambda c: c == 0),
            )
        ]
        said = [f"{word} {by_count(count)}" for word, count in counts if count]
        every = [word for word, count in counts if count == len(changes) > 1]
        whole = f"{every[0]} по всем {len(changes)}{NBSP}показателям" if every else and_joined(said)
        lines.append(f"По сравнению с {results.year - 1} годом значения по округу {whole}")
    below = addressees(results)
    if below:
        lines.append(f"Адресные рекомендации направляются руководителям {whom(results, risk_section(results))}")
    return lines


def _targets_met(met: int, missed: list[str]) -> str:
    """«Целевые значения по округу достигнуты по 2 из 6 показателей; не достигнуты — по показателям …», «… по всем 5
    показателям», «… не достигнуты ни по одному из 5 показателей», «Целевое значение показателя 1.2.1 … достигнуто»."""
    judged = met + len(missed)
    if judged == 1:
        return f"Целевое значение по округу {'не ' if missed else ''}достигнуто"
    if not missed:
        return f"Целевые значения по округу достигнуты по всем {judged}{NBSP}показателям"
    if not met:
        return f"Целевые значения по округу не достигнуты ни по одному из {of_indicators(judged)}"
    return (
        f"Целевые значения по округу достигнуты по {met} из {of_indicators(judged)}; не достигнуты — по "
        + codes_phrase(missed)
    )


def _proposals(
    body: Body, project: ProjectSources, document: YearDocument, results: MechanismResults, risk: list[str]
) -> None:
    regulation, below = results.regulation, addressees(results)
    items = []
    if below:
        items.append(f"направить руководителям {whom(results, risk_section(results))}, адресные рекомендации")
    if risk:
        items.append(f"обеспечить адресную методическую поддержку {supported(results, risk, LEAST_POINTS)}")
    clauses = [number for step in ("measures", "decisions") if (number := use_of_results_clause(regulation, step))]
    provided = (
        f"предусмотренные {'пунктом' if len(clauses) == 1 else 'пунктами'} {and_joined(clauses)} Положения о "
        "мониторинге"
        if clauses
        else "предусмотренные Положением о мониторинге"
    )
    analysed = cycle_date(regulation, "effectiveness", results.year, document.date)
    until = f" не позднее {date_text(project, analysed)}" if analysed else ""
    items += [
        f"подвести итоги мониторинга приказом и принять меры и управленческие решения, {provided}",
        f"проанализировать эффективность мер, принятых по итогам мониторинга {results.year} года, по данным "
        f"мониторинга {results.year + 1} года{until}",
    ]
    body.items("По итогам мониторинга предлагается:", items, item_style="ListBullet")


def signature(body: Body, signatory: Signatory, day: str | None = None) -> None:
    """The position left, initials and surname right (a tab stop), and the date under them (a letter is dated on
    its form instead)."""
    body.elements.append(
        paragraph(
            "Signature", [run(typograph_text(signatory.position)), Run("\t"), run(typograph_text(signatory.name))]
        )
    )
    if day is not None:
        body.elements.append(text_paragraph("DateLine", day))


__all__ = ["analysis_body", "signature"]
