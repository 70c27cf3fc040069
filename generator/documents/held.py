"""A procedure the приказ orders a department to hold is not recommended to a school to hold again. Where the
приказ orders «организовать проведение анкетирования обучающихся 8–9 классов и их родителей … не позднее
15.11.2024» (:func:`.decisions._held_first`) and the Положение recommends the school «провести анкетирование
обучающихся 8–9 классов и их родителей … о выборе профиля, по его итогам предусмотреть …», the letter asks the
school's part in the department's: «обеспечить участие в анкетировании обучающихся 8–9 классов … о выборе профиля,
организуемом отделом воспитания и дополнительного образования управления образования не позднее 15.11.2024
(подпункт 4.1 приказа), по его итогам предусмотреть …»."""

from __future__ import annotations

import re
from typing import NamedTuple

from schemas.acts import Act

from ..russian import inflect_phrase, lower_first
from ..russian.morphology import normal_form, participle_agreed, word_in_case
from .decisions import content_words
from .distribution import nominative

ORDERED = re.compile(r"(?:^|\s)организовать проведение (\w+)\s+(.+?)\s+(не позднее \S+)")
"""A procedure the приказ orders held, with its term."""
HOLD = re.compile(r"\bпровести (\w+)([^,;]*)")
"""A school's step that holds a procedure, up to the comma that ends it."""
DEPARTMENT = re.compile(r"^\S+ [^:]*?(?= в соответствии с| не позднее|:|$)")
"""Whom a point orders: «Отделу воспитания и дополнительного образования управления образования»."""
ORGANIZED = "организуемый"


class Held(NamedTuple):
    """A procedure the приказ orders: its noun's dictionary form, its words, by whom (ablt), when, which point."""

    noun: str
    words: frozenset[str]
    by: str
    due: str
    point: str


def held(act: Act, first: int) -> list[Held]:
    """The procedures the приказ's points (numbered from ``first``) order a department to hold."""
    found = []
    for number, point in enumerate(act.points, first):
        whom = DEPARTMENT.match(point.text)
        items = [(f"подпункт {number}.{i}", s) for i, s in enumerate(point.subpoints, 1)] or [
            (f"пункт {number}", point.text)
        ]
        for numbered, item in items:
            ordered = ORDERED.search(item)
            if ordered and whom:
                by = inflect_phrase(nominative(lower_first(whom.group(0))), "ablt")
                words = frozenset(content_words(ordered.group(2)))
                found.append(Held(normal_form(ordered.group(1)), words, by, ordered.group(3), numbered))
    return found


def taking_part(task: str, procedures: list[Held]) -> str:
    """``task`` with a step that holds a procedure the приказ orders held («провести анкетирование …») asking the
    school's part in it instead; as it is where the приказ holds none of its procedures."""
    for step in HOLD.finditer(task):
        noun, rest = step.group(1), step.group(2)
        for procedure in procedures:
            if normal_form(noun) == procedure.noun and procedure.words <= content_words(rest):
                organized = participle_agreed(ORGANIZED, procedure.noun, "loct")
                said = (
                    f"обеспечить участие в {word_in_case(noun, 'loct')}{rest}, {organized} {procedure.by} "
                    f"{procedure.due} ({procedure.point} приказа)"
                )
                return f"{task[: step.start()]}{said}{task[step.end() :]}"
    return task
