"""The приказ «Об итогах мониторинга …» of one mechanism for the year: the preamble cites the Положение and the
аналитическая справка, which the first point approves as the appendix; then the measures — the адресные
рекомендации and the methodical help by the methodical service, the plans of the organizations below a target, the
use of the results and the analysis of the measures' effectiveness by the department the Положение makes
responsible — each with its executor and deadline, derived from the Положение's schedule; then the control point.
It is an act of the sources' kind and is laid out as every act is (``act.py``, ``templates/prikaz.docx``)."""

from __future__ import annotations

import re

from schemas.acts import Act, Appendix, Point

from ..coherence.calendar import (
    cycle_date,
    report_date,
    set_by,
)
from ..monitoring.addressing import kept_to_advice
from ..monitoring.results import MechanismResults
from ..monitoring.year import MonitoringYear, addressees, risk_group
from ..russian import and_joined, inflect_phrase, lower_first, title_in_sentence
from ..russian.morphology import participle_agreed
from ..sources.kinds import RESULTS_ORDER, YearDocument
from ..sources.model import ProjectSources
from .analysis import risk_section
from .addressed import by_clause as addressed_by
from .agreeing import agreeing, also_sent
from .distribution import distribution
from .offers import offer_item
from .decisions import BELOW_TARGET_GENITIVE, decisions_point, own_name
from .regulation import use_of_results_clause
from .order_dates import (
    helped_by,
    measures_end,
    offered_by,
    organizations_deadlines,
    publication_term,
    process_term,
    published,
    recommended,
    started,
)
from .order_measures import SERVICE, by_clause, counted_tasks, departments_measures
from .year_text import (
    date_text,
    regulation_reference,
    service_name,
    service_signatory,
    term,
)

RESPONSIBLE = re.compile(
    r"Ответственн\w+\s+за\s+проведение\s+мониторинга\s+(?:является|являются|назначается)\s+"
    r"([^.;]+)",
    re.IGNORECASE,
)
ADDRESSED = re.compile(
    r"(?<!дошкольных )(?<!дошкольные )(?<!дошкольным )(?:образовательн\w+\s+организаци\w+(?=,\s+не\s+достигш)"
    r"|(?<=этих )образовательных\s+организаций)"
)
"""The organizations below a target as the приказ writes them out («образовательных организаций, не достигших …»,
«этих образовательных организаций»)."""
KEEPS_CONTROL = "Контроль за исполнением настоящего приказа оставляю за собой."
ADDRESSEES = f"руководителям {BELOW_TARGET_GENITIVE}"


def results_order(project: ProjectSources, document: YearDocument, year: MonitoringYear) -> Act:
    results = year.results[document.mechanism]
    responsible = _responsible(results)
    executor = lower_first(inflect_phrase(responsible or service_name(project), "datv"))
    measures = departments_measures(project, document, year, results, executor)
    points = [_service_point(project, document, year, results, measures.pop(SERVICE, []))]
    if addressees(results):
        agreed = agreeing((whom, task) for whom, tasks in measures.items() for task in tasks)
        points.append(_organizations_point(project, document, year, results, also_sent(agreed)))
    decisions = decisions_point(project, document, results, executor, [t for ts in measures.values() for t in ts])
    if decisions:
        points.append(decisions)
    offer = offer_item(
        results,
        by_clause(results).strip(),
        _addressees(results),
        f"не позднее {date_text(project, offered_by(document, year, results))}",
    )
    own = measures.pop(executor, []) if responsible else []
    points += [_point(f"{department[:1].upper()}{department[1:]}:", items) for department, items in measures.items()]
    if responsible:
        points.append(_department_point(project, document, results, responsible, own, offer))
    elif offer:  # the methodical service, which sends the рекомендации, offers it with them
        points[0].subpoints.insert(2, offer)
    copies = [
        service_name(project),
        *([executor] if decisions else []),
        *measures,
        *([responsible] if responsible else []),
    ]
    section = risk_section(results) if addressees(results) else None
    named = [_own_named(point, term(results)) for point in points]
    texts = [text for point in named for text in (point.text, *point.subpoints)]
    assert RESULTS_ORDER.act is not None
    return Act.model_construct(
        kind=RESULTS_ORDER.act,
        number=document.number,
        date=document.date,
        title=document.title,
        basis=_basis(project, document, year, results),
        appendices=[
            Appendix(number=number, document=appended) for number, appended in enumerate(document.appendices, 1)
        ],
        points=named,
        control=_control(project),
        signatory=None,
        executor=_executor(project),
        distribution=distribution(copies, term(results), section, texts),
    )


def _basis(project: ProjectSources, document: YearDocument, year: MonitoringYear, results: MechanismResults) -> str:
    """«В соответствии с Положением …, утверждённым …, на основании аналитической справки …, подготовленной …»."""
    reports = [found.model.title for found in map(year.document, document.appendices) if found]
    grounds = "".join(f", на основании {title_in_sentence(title, 'gent')}" for title in reports)
    service = lower_first(inflect_phrase(service_name(project), "ablt"))
    prepared = f", {participle_agreed('подготовленный', reports[-1], 'gent')} {service}" if reports else ""
    return f"В соответствии с {regulation_reference(project, results)}{grounds}{prepared}"


def _service_point(
    project: ProjectSources, document: YearDocument, year: MonitoringYear, results: MechanismResults, own: list[str]
) -> Point:
    """The methodical service: the рекомендации and the help with the plans, the support of the risk group, ``own``
    — the tasks the Положение's table gives it on an indicator the округ missed or the справка names the
    organizations of («по показателю 2.1.3 … закрепить за образовательными организациями, в которых …, кураторов»,
    :func:`.order_measures.departments_measures`), none where it gives none — and the report on the measures."""
    regulation, below = results.regulation, addressees(results)
    risk = risk_group(results)
    items = []
    if below:
        sent = recommended(document, year, results)
        items += [
            f"направить {_addressees(results)}, адресные рекомендации не позднее {date_text(project, sent)}",
            "оказать руководителям этих образовательных организаций методическую помощь в подготовке планов "
            f"мероприятий по выполнению адресных рекомендаций не позднее {date_text(project, helped_by(sent))}",
        ]
    if risk:  # named in full: the act introduces no short name of an organization
        one = len(risk) == 1
        whom = "образовательной организации, получившей" if one else "образовательных организаций, получивших"
        during = process_term(project, started(document), measures_end(document, results))
        items.append(  # a support is a process: from the приказ to the end of the measures, not done by a day
            f"обеспечить адресную методическую поддержку {whom} наименьший балл по шкале таблицы 1 Положения о "
            "мониторинге хотя бы по одному показателю "
            f"({and_joined([lower_first(results.respondents[key].name) for key in risk])}) {during}"
        )
    items += own
    reported = cycle_date(regulation, "measures", document.year, document.date)
    if reported:
        items.append(
            "подготовить отчёт о выполнении плана мероприятий по итогам мониторинга с датами их проведения не "
            f"позднее {date_text(project, reported)}"
        )
    signatory = service_signatory(project)
    return _point(f"{inflect_phrase(service_name(project), 'datv')} ({signatory.name}):", items)


def _addressees(results: MechanismResults) -> str:
    """«руководителям образовательных организаций, не достигших целевых значений показателей мониторинга (раздел 5
    приложения)», or «…, названных в приложении (раздел 5)» where the Положение's пункт on рекомендации names whom."""
    section = risk_section(results)
    if addressed_by(results):
        return f"руководителям образовательных организаций, названных в приложении (раздел {section})"
    return f"{ADDRESSEES} (раздел {section} приложения)"


def point_numbers(document: YearDocument) -> tuple[int, int]:
    """The numbers of the приказ's points on the methodical service and on the organizations below a target (a
    mechanism with letters has both), after the point that approves the справка."""
    first = 2 if document.appendices else 1
    return first, first + 1


def _organizations_point(
    project: ProjectSources, document: YearDocument, year: MonitoringYear, results: MechanismResults, also: str
) -> Point:
    """The heads' point: their plans to the methodical service, and ``also`` to whom agrees them (:mod:`.agreeing`)."""
    plans, carried = organizations_deadlines(document, year, results)
    items = [
        "рассмотреть адресные рекомендации и представить в "
        f"{lower_first(inflect_phrase(service_name(project), 'accs'))}"
        f" планы мероприятий по их выполнению не позднее {date_text(project, plans)}{also}",
        *counted_tasks(project, document, results, (plans, carried)),
    ]
    if carried:
        items.append(f"обеспечить выполнение планов мероприятий не позднее {date_text(project, carried)}")
    whom = _addressees(results)
    return _point(f"{whom[:1].upper()}{whom[1:]}:", items)


def _department_point(
    project: ProjectSources,
    document: YearDocument,
    results: MechanismResults,
    responsible: str,
    measures: list[str],
    offer: str | None = None,
) -> Point:
    """The department responsible for the monitoring: publication, what the Положение offers the heads named in the
    справка (``offer``, with the рекомендации), the authority's plan (drafted by it, approved by the head), its own
    measures on indicators the округ missed, the analysis of the measures' effectiveness."""
    regulation = results.regulation
    items = []
    if published(project) or re.search(r"сайт", regulation.schedule, re.IGNORECASE):
        withheld = " без сведений об отдельных ОО" if kept_to_advice(regulation) else ""  # the site gets none
        items.append(
            f"разместить аналитическую справку{withheld} на официальном сайте управления образования "
            f"{publication_term(project, document)}"
        )
    items += [offer] if offer else []
    planned = cycle_date(regulation, "plan", document.year, document.date)
    if planned:
        head = lower_first(inflect_phrase(project.valid_profile.model.head.position, "datv"))
        items.append(
            f"разработать и представить на утверждение {head} план мероприятий управления образования по итогам "
            f"мониторинга не позднее {date_text(project, planned)}"
        )
    items += measures
    effectiveness = use_of_results_clause(regulation, "effectiveness")
    manner = f" в порядке, установленном пунктом {effectiveness} Положения о мониторинге," if effectiveness else ""
    analysed = cycle_date(regulation, "effectiveness", document.year, document.date) or set_by(
        document.date, report_date(regulation.schedule, document.year + 1)
    )
    items.append(
        f"провести анализ эффективности мер, принятых по итогам мониторинга {document.year} года,{manner} по "
        f"данным мониторинга {document.year + 1} года не позднее {date_text(project, analysed)}"
    )
    dative = inflect_phrase(responsible, "datv")
    return _point(f"{dative[:1].upper()}{dative[1:]}:", items)


def _own_named(point: Point, organizations: str) -> Point:
    """A point naming the authority as its own act does (:func:`.decisions.own_name`), and the organizations below a
    target by the term the Положение uses for them: «руководителям ДОО, не достигших …» where all are preschools, as
    its decisions and tasks name them («оснащения ДОО»), so that the act introduces the term at its first use."""

    def named(text: str) -> str:
        text = own_name(text)
        return text if organizations == "ОО" else ADDRESSED.sub(organizations, text)

    return Point.model_construct(text=named(point.text), subpoints=[named(item) for item in point.subpoints])


def _point(lead: str, items: list[str]) -> Point:
    """«Кому:» and its sub-points; one task is said in the point itself («Кому сделать …, не позднее …»)."""
    if len(items) == 1:
        return Point.model_construct(text=f"{lead.removesuffix(':')} {items[0]}", subpoints=[])
    return Point.model_construct(text=lead, subpoints=items)


def _responsible(results: MechanismResults) -> str | None:
    """The department the Положение makes responsible for the monitoring («отдел оценки качества образования УО»)."""
    found = RESPONSIBLE.search(results.regulation.participants)
    return found.group(1).strip() if found else None


def _executor(project: ProjectSources) -> str:
    """The отметка об исполнителе: the методист the project names for the year's documents (``monitoring.service
    → executor``), who prepares the справка the приказ approves; none without one."""
    service = project.valid_profile.model.monitoring.service
    return service.executor if service else ""


def _control(project: ProjectSources) -> str:
    control = project.valid_profile.model.monitoring.control.strip().rstrip(".")
    return f"Контроль за исполнением настоящего приказа возложить на {control}." if control else KEEPS_CONTROL
