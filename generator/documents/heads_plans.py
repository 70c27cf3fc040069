"""A Положение's task for the authority that acts on a plan the heads of the organizations make themselves: «учесть
его при подготовке индивидуальных планов профессионального развития их руководителей». A head's individual plan of
professional development is his own («руководителям ОО включить это обучение в план своего профессионального
развития»; the Положение only offers it to him): the department does not draw it up and cannot take anything into
account in it. What it does is hand the heads what they are to take into account: «направить итоги рассмотрения их
руководителям для учёта при подготовке индивидуальных планов профессионального развития» — the task goes to whoever
does the thing, the department's part worded as what it does."""

from __future__ import annotations

import re

from ..russian import inflect_phrase

HEADS_PLANS = re.compile(
    r"\bучесть\s+(?P<what>.+?)\s+при\s+подготовке\s+"
    r"(?P<plans>(?:индивидуальн|личн|персональн)\w+\s+план\w+(?:\s+[а-яё]+)*?)\s+"
    r"(?P<whose>(?:их\s+)?руководителей(?:\s+(?:ОО|ДОО)(?![А-ЯЁа-яё]))?)"
)
"""«учесть … при подготовке индивидуальных планов профессионального развития (их) руководителей (ОО)»."""
PRONOUN = re.compile(r"^(?:его|её|их)$")
REVIEWED = re.compile(r"\bрассмотреть\b")


def for_heads(task: str) -> str:
    """``task`` with its step that takes something into account in the heads' own plans worded as the department's
    handing it to them (:data:`HEADS_PLANS`); a pronoun («учесть его») after a review is its outcome, «итоги
    рассмотрения»; as written where the task has no such step."""

    def handed(found: re.Match[str]) -> str:
        what = found.group("what")
        if PRONOUN.match(what) and REVIEWED.search(task[: found.start()]):
            what = "итоги рассмотрения"
        whose = found.group("whose")
        heads = f"{'их ' if whose.startswith('их ') else ''}{inflect_phrase('руководители', 'datv')}"
        heads += whose.removeprefix("их ").removeprefix("руководителей")
        return f"направить {what} {heads} для учёта при подготовке {found.group('plans')}"

    return HEADS_PLANS.sub(handed, task)
