"""The управленческие решения the приказ «Об итогах мониторинга …» takes, as the Положение's use of results lists them
(«включение ОО в программу адресной поддержки, учёт результатов при подготовке …»), each said as an order: the
head of the authority decides by the приказ, within the Положение's term for it, rather than ordering a department
to prepare the decisions later, and no decision is left without the one who carries it out and a date. A decision
on the organizations below a target, which the справка names, the приказ takes itself («включить образовательные
организации, не достигшие целевых значений показателей мониторинга (раздел 5 приложения), в программу адресной
поддержки»); any other goes to the department
the Положение makes responsible for the monitoring (or, without one, to the methodical service) with the Положение's
term for decisions («отделу … учесть результаты … не позднее 28.12.2024»); a decision the words give no verb for is
put to the head by that department as a proposal («представить начальнику управления образования предложения о …»)."""

from __future__ import annotations

import datetime
import re

from schemas.acts import Point

from ..coherence.calendar import cycle_date, month_after
from ..monitoring.results import MechanismResults
from ..monitoring.year import addressees
from ..russian import inflect_phrase, lower_first
from ..russian.morphology import word_in_case
from ..russian.verbs import order_phrase
from ..sources.kinds import YearDocument
from ..sources.model import ProjectSources
from .analysis import risk_section
from .regulation import use_of_results_clause
from .year_text import date_text

LISTED = re.compile(r"решени\w*\s*:?\s*(.+?)\.?\s*$", re.IGNORECASE | re.DOTALL)
"""What follows «управленческие решения:» or «Принимаются решения …»: the decisions, as one list."""
ITEM = re.compile(r",\s+|\s+и\s+(?=об?\s)")
THIS_ORDER = re.compile(r"приказ", re.IGNORECASE)
"""«подведение итогов мониторинга приказом УО» is the приказ itself, not a decision it takes."""
ORGANIZATIONS = re.compile(r"\bОО\b")
BELOW_TARGET = "образовательные организации, не достигшие целевых значений показателей мониторинга"
BELOW_TARGET_GENITIVE = "образовательных организаций, не достигших целевых значений показателей мониторинга"
"""The organizations below a target, written out as every point of the приказ names them: the act cites titles that
hold the words, which the abbreviation would otherwise follow."""
OBJECT_ORGANIZATIONS = re.compile(r"^(\S+)\s+ОО\b,?")
"""«включить ОО в программу»: the organizations are what the decision acts on."""


def decisions_point(
    project: ProjectSources, document: YearDocument, results: MechanismResults, executor: str
) -> Point | None:
    """«В соответствии с пунктом 9.4 Положения о мониторинге: включить образовательные организации, не достигшие …
    (раздел 5 приложения), в программу адресной поддержки; отделу … учесть результаты … не позднее 28.12.2024.»;
    None where the Положение lists no decision. ``executor`` is who carries out what the приказ does not decide
    itself, in the dative."""
    regulation = results.regulation
    found = LISTED.search(" ".join(regulation.use_of_results.decisions.split()))
    if not found:
        return None
    named = f"(раздел {risk_section(results)} приложения)" if addressees(results) else None
    none_below = bool(results.organizations_expected) and named is None  # the справка judged every ОО: all on target
    decisions = [
        item.strip()
        for item in ITEM.split(found.group(1))
        if item.strip() and not THIS_ORDER.search(item) and not (none_below and _on_organizations(item))
    ]
    if not decisions:
        return None
    until = f"не позднее {date_text(project, _decided_by(document, results))}"
    head = lower_first(inflect_phrase(project.valid_profile.model.head.position, "datv"))
    own = [_taken(decision, named) for decision in decisions]
    taken = [order for order in own if order is not None]
    assigned = [_assigned(decision, named, head) for decision, order in zip(decisions, own) if order is None]
    number = use_of_results_clause(regulation, "decisions")
    basis = f"в соответствии с пунктом {number} Положения о мониторинге" if number else "по результатам мониторинга"
    if taken:  # the приказ's own decisions, then each the executor's with its date
        lead, items = basis[:1].upper() + basis[1:], [*taken, *(f"{executor} {task} {until}" for task in assigned)]
    else:  # all the executor's: «Отделу … в соответствии с пунктом 9.4 … не позднее …: закрепить …; …»
        lead, items = f"{executor[:1].upper()}{executor[1:]} {basis} {until}", assigned
    if len(items) == 1:
        return Point.model_construct(text=f"{lead} {items[0]}.", subpoints=[])
    return Point.model_construct(text=f"{lead}:", subpoints=items)


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
    """A decision on the organizations the справка names, which the приказ takes itself: «включить образовательные
    организации, не достигшие … (раздел 5 приложения), в программу адресной поддержки»; None for any other."""
    ordered = order_phrase(decision)
    if named is None or ordered is None or not OBJECT_ORGANIZATIONS.match(ordered):
        return None
    verb = ordered.split(" ", 1)[0]
    rest = OBJECT_ORGANIZATIONS.sub("", ordered).strip()
    return f"{verb} {BELOW_TARGET} {named}, {_named(rest, named)}".rstrip(" ,")


def _assigned(decision: str, named: str | None, head: str) -> str:
    """A decision as the executor's task: «учесть результаты …», or, where the words give no verb, a proposal to
    the head («представить начальнику управления образования предложения о …»)."""
    ordered = order_phrase(decision)
    if ordered is None:
        about = decision if re.match(r"об?\s", decision) else _about(decision)
        return f"представить {head} предложения {_named(about, named)}"
    return _named(ordered, named)


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
