"""The адресные рекомендации по итогам мониторинга to one organization below a target: an official letter of the
methodical service (ГОСТ Р 7.0.97-2025) on the authority's form — its name, the service's and the contacts, the date
and the registration number left for the registrar as every document of the year leaves it, the addressee «Директору
МОУ «СОШ № 7» Т.В. Козловой» top right. The text cites the приказ об итогах that orders the letters, states each
missed indicator with the organization's value against the target, recommends the Положение's tasks that are the
organization's own, asks for the plan and its execution by the dates the приказ sets, and is signed by the
service's head."""

from __future__ import annotations

import re

from schemas.organizations import OrganizationHead

from ..monitoring.results import IndicatorResult, MechanismResults
from ..monitoring.year import DerivedDocument, MonitoringYear, requisites
from ..russian import and_joined, inflect_phrase, lower_first, number_sign
from ..russian.morphology import person_in_dative, word_in_case
from ..russian.typography import NBSP, typograph_text
from ..sources.kinds import RESULTS_ORDER, YearDocument
from ..sources.model import ProjectSources
from .act import approval_reference, executor_mark
from .advice import organization_tasks
from .analysis import signature
from .findings import finding
from .body import Body
from .decisions import abbreviated
from .offers import offer_line
from .held import held, taking_part
from .agreeing import agreeing, also_sent
from .order_dates import organizations_deadlines
from .results_order import point_numbers, results_order
from .letter_signature import letter_signatory
from .selected import every_line, standing_lines
from .year_text import date_text, regulation_reference, service_name, years_named

FALLBACK_TASK = "проанализировать причины недостижения целевого значения и принять меры по его достижению"
"""What is recommended where the Положение's recommendation holds no task of the organization's."""
APPENDIX = re.compile(r"\((раздел \d+ приложения)\)")
"""«(раздел 5 приложения)»: the справка, the приказ's appendix."""
APPENDIX_AT_END = re.compile(r"\((раздел \d+ приложения)\)$")
OFFERED = re.compile(r"в соответствии с пунктом (\S+) Положения о мониторинге предложить .*?(не позднее \S+?)[;.]?$")
"""The приказ's item that offers what the Положение's пункт on рекомендации promises (:func:`.offers.offer_item`)."""
OFFERING = re.compile(r"^\S+ [^:]*?(?= в соответствии с|:|$)")
"""Whom the point with that item orders: «Отделу кадровой работы управления образования»."""
THROUGH_ELEVENTH = re.compile(r"\b([1-9])–11(?=\s+класс)")
"""«7–11 классов» of a Положение written for every school: a school without среднее общее образование has 7–9."""


def full_name(results: MechanismResults, key: str, case: str) -> str:
    """The organization's full name in ``case``: «муниципального общеобразовательного учреждения «…»»."""
    return lower_first(inflect_phrase(results.respondents[key].name, case))


def letter_requisites(project: ProjectSources, document: YearDocument, year: MonitoringYear) -> dict:
    """The form: the authority's letterhead with the service that writes, the contacts, the date and number, the
    addressee — the head's position in the dative and the organization's full name (its short name is introduced by
    the text, further down), then the head's initials and surname in the dative («Руководителю …» when the list names
    no head)."""
    profile = project.valid_profile.model
    service = profile.monitoring.service
    letterhead = list(profile.authority.letterhead)
    contacts = profile.authority.contacts
    if service is not None:  # a service of its own (an МКУ) writes on its own form, under the authority's name
        letterhead = service.letterhead or [*letterhead, service.name.upper()]
        contacts = service.contacts or contacts
    results, key = year.results[document.mechanism], document.organization
    head = _head(results, key)
    position = word_in_case(head.position, "datv") if head is not None else "руководителю"
    governed = (
        "ablt" if head is not None and head.position == "заведующий" else "gent"
    )  # заведующему чем, директору чего
    addressee = [f"{position[:1].upper()}{position[1:]} {full_name(results, key, governed)}"]
    if head is not None:
        addressee.append(person_in_dative(head.name))
    return {
        "letterhead": letterhead,
        "contacts": [typograph_text(line) for line in contacts],
        "letter": {"date": date_text(project, document.date), "number": number_sign(document.number)},
        "addressee": [typograph_text(line) for line in addressee],
    }


def recommendations_body(
    project: ProjectSources, document: YearDocument, width_mm: float, year: MonitoringYear
) -> Body:
    results, key = year.results[document.mechanism], document.organization
    short = results.respondents[key].short_name.replace(" ", NBSP)  # «МДОУ «ДС № 10»» never breaks at a line end
    missed = [result for result in results.indicators if key in result.addressed]
    others = {other.indicator.code: other for mechanism in year.results.values() for other in mechanism.indicators}
    order = year.document(RESULTS_ORDER.id_for(document.mechanism))
    assert order is not None, "the приказ об итогах of a mechanism with letters"
    body = Body(width_mm)
    body.clauses([_opening(project, results, order)], style="Text")
    body.section("Результаты мониторинга")
    body.clauses(
        [
            _shortfall(results, key, short, missed),
            *standing_lines(results, key, short, missed, others),
            *(
                _taught(results, key, finding(result, key, short, results.year, results.respondents[key].name, others))
                for result in missed
            ),
        ]
    )
    body.section("Рекомендации")
    head = _head_genitive(results, key)
    again = [result.indicator.code for result in missed if result.missed(key, previous=True)]
    if again:
        body.clauses([_again(again, short, results.year)])
    body.clauses([line for line in [every_line(results, missed)] if line])
    ordered = ordered_for(project, order, year, results, key)
    procedures = held(results_order(project, order.model, year), point_numbers(order.model)[0])
    for result in missed:
        own = _own_ordered(ordered, result.indicator.code)
        if own is not None:  # the приказ orders it by name: said once, with its term and its point
            ordered.remove(own[0])
            body.clauses([f"По показателю {result.indicator.code} необходимо {own[1]}"])
            continue
        tasks = organization_tasks(result.indicator.recommendation, short, head) or [FALLBACK_TASK]
        tasks = [taking_part(years_named(_taught(results, key, t), document.date), procedures) for t in tasks]
        lead = f"По показателю {result.indicator.code} рекомендуем"
        if len(tasks) == 1:  # one task is said in the clause itself, not as a list of one
            body.clauses([f"{lead} {tasks[0]}"])
        else:
            body.listing(f"{lead}:", tasks, style="Clause")
    if ordered:
        body.listing(f"Приказом в отношении {short} предусмотрено также:", ordered, style="Clause")
    body.clauses([line for line in [_offered(project, order, year, results)] if line])
    body.section("Сроки исполнения")
    body.clauses(_deadlines(project, order, year, results, {result.indicator.code for result in missed}))
    signature(body, letter_signatory(project))
    service = project.valid_profile.model.monitoring.service
    body.elements += executor_mark(service.executor if service else "").elements
    return body


def _shortfall(results: MechanismResults, key: str, short: str, missed: list[IndicatorResult]) -> str:
    """«В … (далее — МОУ «СОШ № 16») не достигнуты целевые значения показателей 1.4.1, 1.4.4 и 1.4.5; рекомендации
    направляются также по показателю 1.4.2, значение которого рассчитывается по округу в целом.»: the indicators
    the organization has a value of its own on miss their targets; one counted in a share of organizations (0 or 1
    of 1: «включена в перечень …») has no target of its own to miss, but is named too, as the справка names it
    among the organization's indicators, and its finding says what holds for it."""
    valued = [r.indicator.code for r in missed if r.reached(key) is False]  # as the organization's page says
    shared = [r.indicator.code for r in missed if r.indicator.code not in valued]
    codes = and_joined(valued)
    if not valued:
        return (
            f"По итогам мониторинга {results.year} года в отношении {full_name(results, key, 'gent')} (далее — "
            f"{short}) установлено следующее."
        )
    shortfall = (
        f"не достигнуто целевое значение показателя {codes}"
        if len(valued) == 1
        else f"не достигнуты целевые значения показателей {codes}"
    )
    one = len(shared) == 1
    also = (
        f"; рекомендации направляются также по показател{'ю' if one else 'ям'} {and_joined(shared)}, "
        f"{'значение которого рассчитывается' if one else 'значения которых рассчитываются'} по округу в целом"
        if shared
        else ""
    )
    return f"В {full_name(results, key, 'loct')} (далее — {short}) {shortfall}{also}."


def _again(codes: list[str], short: str, year: int) -> str:
    """An organization below a target a second year running is asked which of last year's measures its plan changes,
    rather than repeats them (the letter states the values, not a judgement of measures the справка does not show)."""
    one = len(codes) == 1
    return (
        f"{'Целевое значение показателя' if one else 'Целевые значения показателей'} {and_joined(codes)} в {short} не "
        f"{'достигнуто' if one else 'достигнуты'} второй год подряд. В плане мероприятий просим указать, какие меры, "
        f"принятые по итогам мониторинга {year - 1} года, будут изменены или заменены и почему."
    )


def ordered_for(
    project: ProjectSources, order: DerivedDocument, year: MonitoringYear, results: MechanismResults, key: str
) -> list[str]:
    """What the приказ orders the authority to do about the organization, with the points that order it: the tasks that
    name it, or name by the справка's section those of an indicator it missed («по показателю 2.4.3 (раздел 5
    приложения) разработать …»), and the departments' tasks on an indicator it missed («отделу оценки качества
    образования УО по показателю 1.5.5 … организовать перепроверку всех работ ВПР …»), the organization said by its
    short name."""
    act = results_order(project, order.model, year)
    helping, _ = point_numbers(order.model)
    name = lower_first(results.respondents[key].name)
    short = results.respondents[key].short_name.replace(" ", NBSP)
    missed = [re.escape(r.indicator.code) for r in results.indicators if key in r.addressed]
    about = (  # the departments' items on them: «по показателю 2.1.4 в соответствии с пунктом 9.2 … не позднее»
        re.compile(
            rf"(?<!в том числе )по показателю (?:{'|'.join(missed)})(?: в соответствии с пунктом [^,]*?)? не позднее"
        )
        if missed
        else None
    )
    own = (
        re.compile(rf"^Руководителям .*?по показателю (?:{'|'.join(missed)}) \(раздел \d+ приложения\) ")
        if missed
        else None
    )
    found = []
    for number, point in enumerate(act.points, helping):
        if number == helping:  # the service's own, which writes the letter and tells its help there
            continue
        lead = point.text.removesuffix(":")
        for numbered, task in [(f"{number}.{i}", f"{lead} {sub}") for i, sub in enumerate(point.subpoints, 1)] or [
            (str(number), point.text)
        ]:
            if name in task or any(found is not None and found.search(task) for found in (about, own)):
                said = lower_first(abbreviated(task.replace(name, short)))
                found.append(_cited(said, f"{_point_word(numbered)} {numbered} приказа"))
    return found


def _offered(
    project: ProjectSources, order: DerivedDocument, year: MonitoringYear, results: MechanismResults
) -> str | None:
    """What the Положение offers the head besides the рекомендации, as the приказ orders it (:mod:`.offers`): «Вам
    предлагается также индивидуальный план профессионального развития: отделу кадровой работы … поручено предложить
    его не позднее 29.11.2024 (подпункт 6.2 приказа).»; None where it offers nothing."""
    act = results_order(project, order.model, year)
    first, _ = point_numbers(order.model)
    for number, point in enumerate(act.points, first):
        items = [(f"{number}.{i}", sub) for i, sub in enumerate(point.subpoints, 1)] or [(str(number), point.text)]
        for numbered, item in items:
            found = OFFERED.search(item)
            if found:
                department = OFFERING.match(point.text)
                clause = f"пунктом {found.group(1)} Положения о мониторинге"
                who = lower_first(department.group(0)) if department else ""
                return offer_line(results, clause, who, found.group(2), f"{_point_word(numbered)} {numbered} приказа")
    return None


def _own_ordered(ordered: list[str], code: str) -> tuple[str, str] | None:
    """The task the приказ orders the organization itself on indicator ``code`` by name («руководителям ДОО, … по
    показателю 2.4.3 (МДОУ «ДС № 10» и …) разработать план … не позднее 23.01.2025 (подпункт 3.2 приказа)»), and
    what it orders («разработать план … (подпункт 3.2 приказа)»); None where the приказ orders it none."""
    pattern = re.compile(rf"^руководителям .*?по показателю {re.escape(code)} \([^()]*\) (.+)$")
    for item in ordered:
        found = pattern.match(item)
        if found:
            return item, found.group(1)
    return None


def _cited(task: str, point: str) -> str:
    """A task of the приказ with its point, in a letter that has no appendix of its own: «(раздел 5 приложения)» is
    the приказ's («… к приказу»), and one at the task's end shares the point's bracket («… (подпункт 5.4 приказа;
    раздел 5 приложения к приказу)»), not two brackets in a row."""
    end = APPENDIX_AT_END.search(task)
    if end:
        return f"{task[: end.start()].rstrip()} ({point}; {end.group(1)} к приказу)"
    return f"{APPENDIX.sub(lambda found: f'({found.group(1)} к приказу)', task)} ({point})"


def _point_word(number: str) -> str:
    return "подпункт" if "." in number else "пункт"


def _opening(project: ProjectSources, results: MechanismResults, order: DerivedDocument) -> str:
    """«Во исполнение приказа УО от 19.12.2024 № ______ «Об итогах …» (далее — приказ) направляем …»."""
    terms = project.glossary.model.terms if project.glossary else []
    cited = approval_reference(project.valid_profile.model, requisites(order), terms, case="gent")
    return (
        f"Во исполнение {cited} «{order.model.title}» (далее — приказ) направляем адресные рекомендации по итогам "
        f"мониторинга, проведённого в {results.year} году в соответствии с {regulation_reference(project, results)}."
    )


def _taught(results: MechanismResults, key: str, text: str) -> str:
    """«обучающихся 7–11 классов» → «обучающихся 7–9 классов» for a school that teaches no среднее общее
    образование (an основная школа); as written for any other."""
    organization = results.respondents[key].organization
    if organization is None or not organization.levels or "среднее" in organization.levels:
        return text
    return THROUGH_ELEVENTH.sub(lambda found: f"{found.group(1)}–9", text)


def _head(results: MechanismResults, key: str) -> OrganizationHead | None:
    organization = results.respondents[key].organization
    return organization.head if organization is not None else None


def _head_genitive(results: MechanismResults, key: str) -> str:
    """«директора», «заведующего»: who the Положение's «руководителя ОО» is in this organization."""
    head = _head(results, key)
    return word_in_case(head.position, "gent") if head is not None else "руководителя"


def _deadlines(
    project: ProjectSources, order: DerivedDocument, year: MonitoringYear, results: MechanismResults, missed: set[str]
) -> list[str]:
    """The plan and its execution by the dates the приказ sets the organizations, to whom the plan goes (also to the
    department that agrees it on an indicator ``missed`` names, :mod:`.agreeing`), and who helps with the plan."""
    plans, done = organizations_deadlines(order.model, year, results)
    helping, organizations = point_numbers(order.model)
    service = service_name(project)
    act = results_order(project, order.model, year)
    agreed = agreeing((point.text.rstrip(":"), task) for point in act.points for task in point.subpoints)
    lines = [
        f"В соответствии с пунктом {organizations} приказа просим рассмотреть настоящие рекомендации и "
        f"представить в {lower_first(inflect_phrase(service, 'accs'))} план мероприятий по их выполнению не позднее "
        f"{date_text(project, plans)}{also_sent({c: w for c, w in agreed.items() if c in missed})}."
    ]
    if done:
        lines.append(
            f"Выполнение плана мероприятий просим обеспечить не позднее {date_text(project, done)}; его "
            f"результаты будут оценены при мониторинге {max(order.model.year + 1, done.year)} года."
        )
    lines.append(
        f"Методическую помощь в подготовке плана мероприятий оказывает {lower_first(service)} (пункт "
        f"{helping} приказа)."
    )
    return lines
