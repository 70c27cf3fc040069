"""The управленческие решения the приказ «Об итогах мониторинга …» takes itself, as the Положение's use of results
lists them («включение ОО в программу адресной поддержки, учёт результатов при подготовке …»), and the dates of the
cycle's steps the приказ orders by (``cycle_deadlines``): the head of the authority decides by the приказ, within the
Положение's term for it, rather than ordering a department to prepare the decisions later."""

from __future__ import annotations

import re

from schemas.acts import Point

from ..monitoring.results import MechanismResults
from ..monitoring.year import addressees
from ..russian.morphology import word_in_case
from .analysis import risk_section
from .regulation import use_of_results_clause

LISTED = re.compile(r"решени\w*\s*:?\s*(.+?)\.?\s*$", re.IGNORECASE | re.DOTALL)
"""What follows «управленческие решения:» or «Принимаются решения …»: the decisions, as one list."""
ITEM = re.compile(r",\s+|\s+и\s+(?=об?\s)")
THIS_ORDER = re.compile(r"приказ", re.IGNORECASE)
"""«подведение итогов мониторинга приказом УО» is the приказ itself, not a decision it takes."""
ORGANIZATIONS = re.compile(r"\bОО\b")
ORGANIZATIONS_OF = "образовательных организаций"


def decisions_point(results: MechanismResults) -> Point | None:
    """«Принять управленческие решения, предусмотренные пунктом 9.4 Положения о мониторинге: о включении ОО, не
    достигших …, в программу адресной поддержки; об учёте …»; None where the Положение lists none."""
    regulation = results.regulation
    found = LISTED.search(" ".join(regulation.use_of_results.decisions.split()))
    if not found:
        return None
    items = [_about(item) for item in ITEM.split(found.group(1)) if item.strip() and not THIS_ORDER.search(item)]
    if not items:
        return None
    if addressees(results):
        items = _addressed(items, risk_section(results))
    number = use_of_results_clause(regulation, "decisions")
    where = f", предусмотренные пунктом {number} Положения о мониторинге" if number else ""
    lead = f"Принять управленческие решения{where}:"
    if len(items) == 1:
        return Point.model_construct(text=f"{lead.removesuffix(':')} {items[0]}.", subpoints=[])
    return Point.model_construct(text=lead, subpoints=items)


def _about(item: str) -> str:
    """«включение ОО в программу» → «о включении ОО в программу»; «о поощрении …» stays."""
    item = item.strip()
    if re.match(r"об?\s", item):
        return item
    head, _, rest = item.partition(" ")
    noun = word_in_case(head, "loct")
    return f"{'об' if noun[:1].lower() in 'аоуэиыё' else 'о'} {noun} {rest}".rstrip()


def _addressed(items: list[str], section: int | str) -> list[str]:
    """The first «ОО» is the organizations below a target, named by the справка's section; the next ones are «этих».
    Written out, as the приказ writes them elsewhere; the Положение's lists name them in the genitive («включение
    ОО»)."""
    named = False
    addressed = []
    for item in items:
        if not named and ORGANIZATIONS.search(item):
            item = ORGANIZATIONS.sub(
                f"{ORGANIZATIONS_OF}, не достигших целевых значений показателей мониторинга "
                f"(раздел {section} приложения),",
                item,
                count=1,
            )
            named = True
        elif named:
            item = ORGANIZATIONS.sub(f"этих {ORGANIZATIONS_OF}", item)
        addressed.append(item)
    return addressed
