"""Whoever agrees the organizations' plans receives them. Where a department's task agrees the plans the ОО make
(«согласовать планы мероприятий …, утверждаемые руководителями ОО»: :data:`.steps.AGREE`), the heads' point sends
the plans to that department too, not to the methodical service only: «… представить в ММЦ планы мероприятий по их
выполнению не позднее 09.01.2025, а по показателю 2.1.3 — также в отдел оценки качества образования управления
образования на согласование»; the letter to an ОО the indicator names says the same of its plan."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..russian import inflect_phrase, lower_first
from .distribution import nominative
from .steps import agrees

CODE = re.compile(r"^по показателю (\d+(?:\.\d+)+)")
"""A department's task on an indicator, as the приказ writes it."""


def agreeing(tasks: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The department that agrees the ОО's plans, in the accusative («отдел оценки качества образования …»), by the
    indicator of its task, from (department in the dative, task) pairs."""
    found = {}
    for whom, task in tasks:
        code = CODE.match(task)
        if code and agrees(task):
            found[code.group(1)] = inflect_phrase(nominative(lower_first(whom)), "accs")
    return found


def also_sent(departments: dict[str, str]) -> str:
    """«, а по показателю 2.1.3 — также в отдел … на согласование»; "" where no department agrees the plans."""
    said = [f"по показателю {code} — также в {whom}" for code, whom in departments.items()]
    return f", а {', '.join(said)} на согласование" if said else ""
