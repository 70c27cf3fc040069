"""The управленческие решения of the Положение's use of results, as the приказ «Об итогах мониторинга …» orders
them: all to the department the Положение makes responsible for the monitoring (or, without one, to the methodical
service), by the Положение's term for decisions, so that no point is left without its executor and date. The
Положение lists either actions («включение ОО в программу адресной поддержки, учёт результатов при подготовке …»),
which the department carries out («включить образовательные организации, не достигшие целевых значений показателей
мониторинга (раздел 5 приложения), в программу адресной поддержки»; «учесть результаты …»), or matters the head
decides («Принимаются решения о закреплении за ШНОР школ-кураторов …, об открытии профильных классов …»), which a
department cannot decide — it opens no classes, signs no agreements, shares no budget — and so prepares: «подготовить
и представить начальнику управления образования предложения о закреплении за ШНОР школ-кураторов …». The object
and scope of each are the Положение's words, so its list must name them («о мерах поддержки педагогов-наставников
ОО», not «о поддержке наставников»)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from schemas.acts import Point

from ..coherence.calendar import cycle_date, month_after, working_on_or_after, working_on_or_before
from ..coherence.cycle import MATTER, listed_decisions
from ..monitoring.results import MechanismResults
from ..monitoring.year import addressees
from ..russian import and_joined, inflect_phrase, lower_first
from ..russian.context import context_case
from ..russian.morphology import analyzer, participle_agreed, word_in_case
from ..russian.verbs import order_phrase
from ..sources.kinds import YearDocument
from ..sources.model import ProjectSources
from .analysis import risk_section
from .heads_plans import for_heads
from .regulation import use_of_results_clause
from .year_text import date_text, years_named

THIS_ORDER = re.compile(r"приказ", re.IGNORECASE)
"""«подведение итогов мониторинга приказом УО» is the приказ itself, not a decision it takes."""
ORGANIZATIONS = re.compile(r"\bОО\b")
BELOW_TARGET = "образовательные организации, не достигшие целевых значений показателей мониторинга"
BELOW_TARGET_GENITIVE = "образовательных организаций, не достигших целевых значений показателей мониторинга"
"""The organizations below a target, written out as every point of the приказ names them: the act cites titles that
hold the words, which the abbreviation would otherwise follow."""
ORGANIZATION = re.compile(r"(?<![А-ЯЁа-яё])ОО(?![А-ЯЁа-яё])")
ORGANIZATIONS_WRITTEN = "образовательные организации"
AUTHORITY = re.compile(r"(?<![А-ЯЁа-яё])УО(?![А-ЯЁа-яё])")
AUTHORITY_WRITTEN = "управление образования"
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
DEFINING = re.compile(r",\s+(?:не\s+)?([А-ЯЁа-яё]+)")
WORD = re.compile(r"[А-ЯЁа-яё]+")
ANOTHER_ENTITY = re.compile(r"муниципальн\w+\s+методическ\w+\s+центр\w*")
"""The methodical service, another legal entity: the department does not dispose of its programme, it agrees on it."""
INCLUSION = re.compile(r"^о\s+включении\s+(?:этих\s+)?ОО\s+в\s+(.+)$")
"""«о включении этих ОО в муниципальную перепроверку …»: the organizations put into a procedure."""
GROUP_OF = re.compile(r"\bОО\s+((?:с|без)\s+[^,;]+)")
"""An indicator counting a group of organizations: «Доля ОО с признаками необъективности результатов ВПР»."""
RESTS_ON = re.compile(r"\s+по\s+итогам\s+(?!мониторинга)(.+)$")
"""«… по итогам анкетирования обучающихся 8–9 классов …»: the procedure a proposal rests on, at its end."""
HOLDING = datetime.timedelta(days=14)
"""The time between a procedure and the proposals drawn from it."""
OBJECT_ORGANIZATIONS = re.compile(r"^(\S+)\s+ОО\b,?")
"""«включить ОО в программу»: the organizations are what the decision acts on."""


def decisions_point(
    project: ProjectSources,
    document: YearDocument,
    results: MechanismResults,
    executor: str,
    ordered: Sequence[str] = (),
) -> Point | None:
    """«Отделу … в соответствии с пунктом 9.4 Положения о мониторинге не позднее 28.12.2024: включить образовательные
    организации, не достигшие … (раздел 5 приложения), в программу адресной поддержки; подготовить и представить
    начальнику управления образования предложения о …»; None where the Положение lists no decision. ``executor`` is
    who carries them out, in the dative; a decision whose matter a task of the приказ, ``ordered``, already carries
    out («о включении этих ОО в муниципальную перепроверку всех работ ВПР» beside «организовать перепроверку всех работ
    ВПР …») is not proposed again."""
    regulation = results.regulation
    named = f"(раздел {risk_section(results)} приложения)" if addressees(results) else None
    none_below = bool(results.organizations_expected) and named is None  # the справка judged every ОО: all on target
    decisions = [
        _group_named(item, results)
        for item in listed_decisions(regulation.use_of_results.decisions)
        if not THIS_ORDER.search(item)
        and not (none_below and _on_organizations(item))
        and not _ordered_already(years_named(item, document.date), ordered)
    ]
    if not decisions:
        return None
    decided = _decided_by(document, results)
    until = f"не позднее {date_text(project, decided)}"
    head = lower_first(inflect_phrase(project.valid_profile.model.head.position, "datv"))
    held = f"не позднее {date_text(project, _held_by(document.date, decided))}"
    items = [
        _held_first(
            years_named(_taken(decision, named) or _assigned(decision, named, head), document.date).rstrip(" ,"),
            results,
            held,
        )
        for decision in decisions
    ]
    number = use_of_results_clause(regulation, "decisions")
    basis = f"в соответствии с пунктом {number} Положения о мониторинге" if number else "по результатам мониторинга"
    lead = f"{executor[:1].upper()}{executor[1:]} {basis} {until}"
    if len(items) == 1:
        return Point.model_construct(text=f"{lead} {items[0]}.", subpoints=[])
    return Point.model_construct(text=f"{lead}:", subpoints=items)


def _held_first(item: str, results: MechanismResults, held: str) -> str:
    """«подготовить и представить … предложения об открытии … профильных классов … по итогам анкетирования
    обучающихся 8–9 классов и их родителей …» → «организовать проведение анкетирования обучающихся 8–9 классов и их
    родителей … не позднее 15.11.2024 и по его итогам подготовить и представить … предложения об открытии …»: a
    proposal cannot rest on a procedure nobody holds, so one the monitoring does not hold (its words are not all in
    the Положение's methods, schedule and indicators' sources and methods: the October questionnaire «обучающихся
    8–11 классов о профессиональных предпочтениях» asks no parents) is ordered first, by ``held``; as written where
    it rests on the monitoring itself or on what it holds."""
    found = RESTS_ON.search(item)
    if found is None:
        return item
    regulation = results.regulation
    monitored = " ".join(
        [regulation.methods, regulation.schedule]
        + [f"{indicator.source} {indicator.method}" for indicator in regulation.indicators]
    )
    if content_words(found.group(1)) <= content_words(monitored):
        return item
    return f"организовать проведение {found.group(1)} {held} и по его итогам {item[: found.start()]}"


def _held_by(act: datetime.date, decided: datetime.date) -> datetime.date:
    """When a procedure a decision rests on is held: two weeks before the decision is prepared, to sum it up, and
    not before a week after the act that orders it."""
    return max(working_on_or_before(decided - HOLDING), working_on_or_after(act + datetime.timedelta(days=7)))


def _ordered_already(decision: str, ordered: Sequence[str]) -> bool:
    """The organizations included in a procedure («о включении этих ОО в муниципальную перепроверку всех работ ВПР
    …») that a task of the приказ already carries out for them: every noun and adjective of the procedure, but the
    year, stands in it («организовать перепроверку всех работ ВПР … муниципальными предметными комиссиями»)."""
    included = INCLUSION.match(decision)
    wanted = content_words(included.group(1)) - {"год"} if included else set()
    return bool(wanted) and any(wanted <= content_words(task) for task in ordered)


def content_words(text: str) -> set[str]:
    """The dictionary forms of the nouns and adjectives of ``text`` (not abbreviations: «ОО» is written out)."""
    found = set()
    for word in WORD.findall(text):
        parse = analyzer().parse(word.lower())[0]
        if parse.tag.POS in ("NOUN", "ADJF") and not word.isupper():
            found.add(parse.normal_form)
    return found


def _group_named(decision: str, results: MechanismResults) -> str:
    """«в ОО с признаками необъективности» → «в ОО с признаками необъективности (муниципальное общеобразовательное
    учреждение «Средняя общеобразовательная школа № 43» Копейского городского округа)»: a group of organizations an
    indicator counts («Доля ОО с признаками необъективности результатов ВПР», the same two words or more after «ОО»)
    named by the organizations that miss its target, as the приказ names the group at risk; as written where none
    does."""
    for result in results.indicators:
        keys = result.addressed
        group = GROUP_OF.search(result.indicator.name)
        if not keys or group is None:
            continue
        said = _common_words(group.group(1), decision)
        if said and len(keys) == 1:  # one school is no «организации»: «в … учреждение «…», относящееся к ОО …»
            name = lower_first(results.respondents[keys[0]].name)
            case, _ = context_case(decision[: decision.index(said)], lambda _: False)
            one = f"{inflect_phrase(name, case)}, {participle_agreed('относящийся', name, case)} к {said},"
            return decision.replace(said, one, 1).replace(",,", ",")
        if said:
            names = and_joined([lower_first(results.respondents[key].name) for key in keys])
            return decision.replace(said, f"{said} ({names})", 1)
    return decision


def _common_words(group: str, decision: str) -> str | None:
    """The longest «ОО с признаками необъективности» of the decision that an indicator's group («ОО с признаками
    необъективности результатов ВПР») opens with, of two words or more after «ОО»; None without one."""
    words = group.split()
    for end in range(len(words), 1, -1):
        said = f"ОО {' '.join(words[:end])}"
        if re.search(rf"{re.escape(said)}(?![А-ЯЁа-яё])", decision):
            return said
    return None


def _decided_by(document: YearDocument, results: MechanismResults) -> datetime.date:
    """The Положение's term for the decisions («до 31 декабря» — 28.12.2024, the 30th and 31st being days off),
    else for the plan, else a month after the приказ."""
    return (
        cycle_date(results.regulation, "decisions", document.year, document.date)
        or cycle_date(results.regulation, "plan", document.year, document.date)
        or month_after(document.date)
    )


def _on_organizations(decision: str) -> bool:
    """«включение ОО в программу адресной поддержки»: a decision on the organizations below a target, which a year
    whose справка finds none below a target does not take (a mechanism of the округ alone names none either way)."""
    ordered = order_phrase(decision)
    return ordered is not None and OBJECT_ORGANIZATIONS.match(ordered) is not None


def _taken(decision: str, named: str | None) -> str | None:
    """An action on the organizations the справка names: «включить образовательные организации, не достигшие …
    (раздел 5 приложения), в программу адресной поддержки»; None for any other."""
    ordered = None if MATTER.match(decision) else order_phrase(decision)
    if named is None or ordered is None or not OBJECT_ORGANIZATIONS.match(ordered):
        return None
    verb = ordered.split(" ", 1)[0]
    rest = OBJECT_ORGANIZATIONS.sub("", ordered).strip()
    other = ANOTHER_ENTITY.search(rest)
    if other:  # «в программу … муниципального методического центра»: its programme, which the department agrees on
        party = inflect_phrase(other.group(0), "ablt")
        return (
            f"согласовать с {party} {decision.split(' ', 1)[0]} {BELOW_TARGET_GENITIVE} {named}, {_named(rest, named)}"
        )
    return f"{verb} {BELOW_TARGET} {named}, {_named(rest, named)}".rstrip(" ,")


def _assigned(decision: str, named: str | None, head: str) -> str:
    """A decision as the executor's task. An action the Положение lists («учёт результатов при подготовке …») is
    ordered: «учесть результаты …» (for the heads' own plans, handed to them: :func:`.heads_plans.for_heads`). A
    matter the head decides («о закреплении за ШНОР школ-кураторов …», or words that give no verb) is beyond a
    department's powers — classes are opened by the organizations, resources shared and agreements signed by the
    authority — so the department prepares it: «подготовить и представить начальнику управления образования
    предложения о закреплении за ШНОР школ-кураторов …»."""
    matter = MATTER.match(decision) is not None
    ordered = None if matter else order_phrase(decision)
    if ordered is None:  # its «ОО» are the organizations at large, not those the справка names
        about = decision if matter else _about(decision)
        return f"подготовить и представить {head} предложения {spelled_out(about) if named else about}"
    return _named(for_heads(ordered), named)


def _named(text: str, named: str | None) -> str:
    """«руководителей ОО» → «руководителей образовательных организаций, не достигших … (раздел 5 приложения),» (the
    clause closed by a comma: the date follows): the organizations the справка names, where it names them; the
    Положение's «ОО» elsewhere."""
    if named is None:
        return text
    return ORGANIZATIONS.sub(f"{BELOW_TARGET_GENITIVE} {named},", text).replace(",,", ",")


def _about(item: str) -> str:
    """«приоритеты финансирования» → «о приоритетах финансирования»."""
    head, _, rest = item.partition(" ")
    noun = word_in_case(head, "loct")
    return f"{'об' if noun[:1].lower() in 'аоуэиыё' else 'о'} {noun} {rest}".rstrip()


def spelled_out(task: str) -> str:
    """«выявить ОО, в которых …» → «выявить образовательные организации, в которых …»: a приказ with points on the
    organizations below a target writes them out (``BELOW_TARGET_GENITIVE``), so its abbreviation would come after
    them."""

    def full(found: re.Match[str]) -> str:
        case, number = _defined_case(task[found.end() :]) or context_case(task[: found.start()], lambda _: False)
        return inflect_phrase(ORGANIZATIONS_WRITTEN, case, number or "plur")

    return ORGANIZATION.sub(full, task)


def own_name(text: str) -> str:
    """«Отделу общего образования УО» → «Отделу общего образования управления образования»: the приказ об итогах is
    the authority's own act and names itself as it names its head («начальнику управления образования»), so no
    abbreviation of it stands there to be introduced after the preamble has named it in full (in the requisites of
    the act that approved the Положение, where no «(далее — УО)» goes)."""

    def full(found: re.Match[str]) -> str:
        case, _ = context_case(text[: found.start()], lambda _: False)
        return inflect_phrase(AUTHORITY_WRITTEN, case, "sing")

    return AUTHORITY.sub(full, text)


def abbreviated(text: str) -> str:
    """The inverse of :func:`spelled_out`: «образовательных организаций, включённых в перечень …» → «ОО, включённых в
    перечень …», for a document that has introduced the abbreviation (a letter quoting the приказ); «дошкольные
    образовательные организации» are another term."""
    forms = {inflect_phrase(ORGANIZATIONS_WRITTEN, case, "plur") for case in CASES}
    pattern = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.sub(rf"(?<![А-ЯЁа-яё])(?<!дошкольных )(?<!дошкольные )(?:{pattern})(?![А-ЯЁа-яё])", "ОО", text)


def _defined_case(after: str) -> tuple[str, str] | None:
    """«ОО, не заключившим соглашения»: the participle that defines the organizations agrees with them, so its case
    and number are theirs (the dative of «предложить их …» is not to be read from «их»); None without one."""
    found = DEFINING.match(after)
    if found is None:
        return None
    for parse in analyzer().parse(found.group(1).lower()):
        tag = parse.tag
        if tag.POS == "PRTF" and tag.case and (tag.number == "plur" or tag.gender == "femn"):
            return tag.case, tag.number
    return None
