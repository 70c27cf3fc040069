"""The deadlines of the management cycle after the monitoring: the аналитическая справка, the адресные рекомендации,
the plan of measures, the приказ with the управленческие решения, the measures carried out and the analysis of
their effectiveness. Acts order these steps «в сроки, установленные Положениями»: a Положение that sets no date for
one of them makes the order unenforceable, and self-assessment evidence of that step cannot be judged on time.

A Положение's sources state them as ``cycle_deadlines`` and its section «Периодичность и сроки» prints them as a
list (:func:`cycle_text`); a typed Положение names them in that section in its own words. Both are read here from
the section's text, so ``check`` and ``lint`` judge the same thing."""

from __future__ import annotations

import dataclasses
import re

from schemas.cycle import CYCLE_DOCUMENTS, CycleDocument
from schemas.regulation import CycleDeadlines, MonitoringRegulation

from ..messages import coherence as messages
from ..russian import and_joined
from ..russian.verbs import acts_of
from .dates import Deadline, deadlines_in, names_another_year
from .timeline import report_deadline

CYCLE_LEAD = "По итогам мониторинга устанавливаются следующие сроки:"
REPORT_LACKING = "аналитической справки"
_NEXT_YEAR = re.compile(
    r"(?:до|не\s+позднее|не\s+позже)[\s\u00a0]+\d{1,2}[\s\u00a0]+[а-яё]+,?[\s\u00a0]+года,?[\s\u00a0]+"
    r"следующего[\s\u00a0]+за[\s\u00a0]+отч[её]тным",
    re.IGNORECASE,
)
"""«до 1 июля года, следующего за отчётным»: the year is kept with the deadline in messages."""
_ITEM = re.compile(r"[;\n]|\.(?=\s|$)")
"""Sentences and list items: a date «15.03.2021» keeps its dots."""


def cycle_text(deadlines: CycleDeadlines) -> str:
    """The list the section «Периодичность и сроки» ends with: «- утверждение плана мероприятий … — до 1 декабря;»."""
    lines = [
        f"- {document.wording} — {value}"
        for document in CYCLE_DOCUMENTS
        if (value := " ".join(getattr(deadlines, document.field).split()).rstrip(".;"))
    ]
    return f"{CYCLE_LEAD}\n\n" + ";\n".join(lines) + ".\n" if lines else ""


def schedule_with_cycle(regulation: MonitoringRegulation) -> str:
    """The section «Периодичность и сроки» as the Положение prints it: the schedule, then the cycle's deadlines."""
    listed = cycle_text(regulation.cycle_deadlines)
    return f"{regulation.schedule.rstrip()}\n\n{listed}" if listed else regulation.schedule


def deadlines_text(regulation: MonitoringRegulation) -> str:
    """Where a Положение may set the cycle's deadlines: its schedule with the list of them, then the steps of «Порядок
    использования результатов» (a typed Положение may date a step there)."""
    uses = regulation.use_of_results
    return "\n".join(
        [
            schedule_with_cycle(regulation),
            uses.analysis,
            uses.recommendations,
            uses.measures,
            uses.decisions,
            uses.effectiveness,
        ]
    )


def cycle_deadline(text: str, document: CycleDocument) -> Deadline | None:
    """The deadline a text sets for a document of the cycle: the first «до …» after its name in the sentence or list
    item that names it."""
    for item in _ITEM.split(text):
        match = re.search(document.named, item, re.IGNORECASE)
        if match and not (document.unless and re.search(document.unless, item, re.IGNORECASE)):
            rest = item[match.end() :]
            found = deadlines_in(rest)
            if found:
                later = _NEXT_YEAR.search(rest)
                worded = " ".join(later.group(0).split()) if later else ""
                return dataclasses.replace(found[0], text=worded) if worded.startswith(found[0].text) else found[0]
    return None


FOLLOWING_THE_ACT = {"recommendations": False, "plan": True}
"""The documents of the cycle made after the справка and the приказ об итогах, and whether theirs must be a later day
than the act's: letters may be due the day the справка is (the act is then dated ten days before them,
``calendar.act_date``); a plan the приказ orders is due a later day."""


def steps_before_the_act(text: str) -> list[tuple[CycleDocument, str]]:
    """The рекомендации and the plan a Положение's section dates no later than the справка and the приказ об итогах
    they follow (the earlier of the справка's deadline and the decisions'): each with its message. The year's documents
    could not keep such a deadline (``generator.coherence.calendar`` dates them after the act)."""
    decisions = next(document for document in CYCLE_DOCUMENTS if document.field == "decisions")
    acts = [d for d in (report_deadline(text), cycle_deadline(text, decisions)) if d and not names_another_year(d.text)]
    if not acts:
        return []
    act = min(acts, key=lambda deadline: deadline.last_day)
    found = []
    for document in CYCLE_DOCUMENTS:
        later = FOLLOWING_THE_ACT.get(document.field)
        deadline = cycle_deadline(text, document) if later is not None else None
        if deadline is None or names_another_year(deadline.text):
            continue
        if deadline.last_day < act.last_day or (later and deadline.last_day == act.last_day):
            relation = messages.NOT_AFTER if deadline.last_day == act.last_day else messages.BEFORE
            they = "они" if document.field == "recommendations" else "он"
            message = messages.CYCLE_BEFORE_ACT.format(
                document=document.lacking, deadline=deadline.text, relation=relation, they=they, act=act.text
            )
            found.append((document, message))
    return found


def lacking_deadlines(text: str) -> list[str]:
    """What the section sets no deadline for, in the genitive: «плана мероприятий», «управленческих решений»."""
    lacking = [] if report_deadline(text) else [REPORT_LACKING]
    return lacking + [document.lacking for document in CYCLE_DOCUMENTS if cycle_deadline(text, document) is None]


def lacking_message(lacking: list[str]) -> str:
    listed = and_joined(lacking)
    steps = messages.CYCLE_STEPS if len(lacking) > 1 else messages.CYCLE_STEP
    return messages.CYCLE_DEADLINES_LACKING.format(listed=listed, steps=steps)


def unreadable_deadlines(deadlines: CycleDeadlines) -> list[tuple[str, str]]:
    """The fields whose text states no day: («plan», «в течение года»)."""
    return [
        (document.field, value)
        for document in CYCLE_DOCUMENTS
        if (value := getattr(deadlines, document.field).strip()) and not deadlines_in(value)
    ]


def step_deadline(text: str, step: str, kind: str) -> Deadline | None:
    """The deadline a Положение's section sets for a document of ``kind`` that evidences ``step``: the справка's for
    the analysis, the plan's or the report's for the measures (told by the kind), and so on; None when it sets none."""
    if step == "analysis":
        return report_deadline(text) if "справк" in kind.lower() else None
    document = next((d for d in CYCLE_DOCUMENTS if d.step == step and re.search(d.kinds, kind, re.IGNORECASE)), None)
    return cycle_deadline(text, document) if document else None


LISTED_DECISIONS = re.compile(r"решени\w*\s*:?\s*(.+?)\.?\s*$", re.IGNORECASE | re.DOTALL)
"""What follows «управленческие решения:» or «Принимаются решения …»: the decisions, as one list."""
_ACTIONS = re.compile(r",\s+|\s+и\s+(?=об?\s)")
MATTER = re.compile(r"об?\s")
"""«о закреплении школ-кураторов …»: a matter the head decides, not an action."""
_MATTERS = re.compile(r"(?:,|\s+и)\s+(?=об?\s)")
AUTHORITY_ACTS = re.compile(r"(?<![А-ЯЁа-яё])УО\s+([^.;]+)")
"""«УО планирует повышение квалификации … и формирует резерв управленческих кадров»: decisions said as what the
authority does."""
MATTER_WORDS = 4
"""A matter said in fewer words than this after its «о» names no object and scope («о поддержке наставников»)."""


def listed_decisions(decisions: str) -> list[str]:
    """The decisions of a Положение's use of results: «включение ОО в программу …, учёт результатов …» at each
    comma; «о закреплении …, о перераспределении … и о включении …» only before each «о», so that a decision may
    hold commas of its own; none where the text lists none."""
    found = LISTED_DECISIONS.search(" ".join(decisions.split()))
    if not found:
        return _authority_acts(decisions)
    listed = found.group(1)
    split = _MATTERS if MATTER.match(listed) else _ACTIONS
    return [item.strip().rstrip(",").strip() for item in split.split(listed) if item.strip()]


def _authority_acts(decisions: str) -> list[str]:
    """«УО планирует повышение квалификации и стажировки руководителей ОО и формирует резерв управленческих кадров»
    → «о планировании повышения квалификации и стажировки руководителей ОО», «о формировании резерва управленческих
    кадров»: the matters the head decides, as a list that names them would; none where no sentence says what the
    authority does."""
    for found in AUTHORITY_ACTS.finditer(" ".join(decisions.split())):
        acts = acts_of(found.group(1))
        if acts:
            return acts
    return []


def bare_decisions(decisions: str) -> list[str]:
    """The matters of the list that name no object and scope: «о поддержке наставников», «о закреплении
    школ-кураторов» — the приказ об итогах would order proposals no one could carry out or check."""
    return [item for item in listed_decisions(decisions) if MATTER.match(item) and len(item.split()) <= MATTER_WORDS]
