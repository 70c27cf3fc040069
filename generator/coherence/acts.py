"""Legal logic of an act: the official who executes a point does not also control its execution."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Sequence

from ..messages import coherence as messages

_PERSON = re.compile(r"(?<![А-ЯЁа-яё])([А-ЯЁ])\.[\s\u00a0]?([А-ЯЁ])\.[\s\u00a0]?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
                     r"|(?<![А-ЯЁа-яё.])([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)[\s\u00a0]([А-ЯЁ])\.[\s\u00a0]?([А-ЯЁ])\.")
_KEEPS = re.compile(r"оставляю\s+за\s+собой", re.IGNORECASE)
ENDINGS = 3
"""A surname's case endings («Ангеловский», «Ангеловского», «Ангеловскому») differ in their last three letters."""


@dataclass(frozen=True)
class Person:
    initials: str
    surname: str
    written: str

    def same(self, other: Person) -> bool:
        shorter = min(len(self.surname), len(other.surname))
        common = len(os.path.commonprefix([self.surname.lower(), other.surname.lower()]))
        return self.initials == other.initials and common >= max(4, shorter - ENDINGS)


def persons(text: str) -> list[Person]:
    found = []
    for match in _PERSON.finditer(text):
        if match.group(3):
            found.append(Person(match.group(1) + match.group(2), match.group(3), match.group(0)))
        else:
            found.append(Person(match.group(5) + match.group(6), match.group(4), match.group(0)))
    return found


def executor_controller(points: Sequence[str], control: str, signatory: str = "") -> tuple[int, str] | None:
    """The point (its index) whose executor is also the act's controller, with the message; None if none is."""
    controllers = persons(control) or (persons(signatory) if _KEEPS.search(control) else [])
    for index, point in enumerate(points):
        for executor in persons(point):
            if any(executor.same(controller) for controller in controllers):
                return index, messages.EXECUTOR_CONTROLS.format(executor=executor.written)
    return None
