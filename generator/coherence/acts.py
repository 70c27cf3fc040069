"""Legal logic of an act: the official who executes a point does not also control its execution; a point that
instructs an executor says when (``point-deadline``)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from ..messages import coherence as messages
from .data import lexicon

_PERSON = re.compile(
    r"(?<![А-ЯЁа-яё])([А-ЯЁ])\.[\s\u00a0]?([А-ЯЁ])\.[\s\u00a0]?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"|(?<![А-ЯЁа-яё.])([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)[\s\u00a0]([А-ЯЁ])\.[\s\u00a0]?([А-ЯЁ])\."
)
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


SHOWN_WORDS = 8
_NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s*")


@cache
def _instructions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon()["instructions"]
    return re.compile(data["addressee"]), re.compile(data["deadline"], re.IGNORECASE)


def undated_instructions(points: Sequence[tuple[str, Sequence[str]]]) -> list[tuple[int, int | None, str]]:
    """The instructions of an act without a deadline or a periodicity: (point, sub-point or None, message) for each
    point addressed to an executor (its lead-in) whose own text, or whose sub-point, says neither when nor how
    often. A deadline in the lead-in («до 1 июня 2021 года: …») holds for every sub-point."""
    addressee, deadline = _instructions()
    found: list[tuple[int, int | None, str]] = []
    for index, (lead, subpoints) in enumerate(points):
        lead = _NUMBERING.sub("", lead)
        if not addressee.match(lead) or deadline.search(lead):
            continue
        undated = [(number, text) for number, text in enumerate(subpoints) if not deadline.search(text)]
        if not subpoints:
            undated = [(None, lead)]  # type: ignore[list-item]
        found.extend((index, number, _undated_message(text)) for number, text in undated)
    return found


def _undated_message(text: str) -> str:
    words = _NUMBERING.sub("", text).split()
    shown = " ".join(words[:SHOWN_WORDS]) + (" …" if len(words) > SHOWN_WORDS else "")
    return messages.INSTRUCTION_UNDATED.format(shown=shown)


def point_groups(texts: Sequence[str]) -> list[tuple[int, list[int]]]:
    """An act's points as read from a document, paragraph by paragraph: (the index of a point's paragraph, those of
    its sub-points). A paragraph that opens (after its number) with a capital starts a point, one that opens in lower
    case is a sub-point of the point before it; an empty one is neither."""
    groups: list[tuple[int, list[int]]] = []
    for index, text in enumerate(texts):
        body = _NUMBERING.sub("", text).strip()
        if not body:
            continue
        if body[0].islower() and groups:
            groups[-1][1].append(index)
        else:
            groups.append((index, []))
    return groups
