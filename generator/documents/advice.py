"""What an indicator's recommendation asks of the organization a letter goes to. A Положение writes it as tasks
for several parties — «ОО провести …; для обучающихся … составить …; заместителю руководителя ОО … проверять …
Муниципальному методическому центру включить …» — each task its addressee in the dative and an infinitive. The
letter keeps the organization's own tasks without their addressee («провести …»), and those of people inside it
(«заместителю директора по учебной работе проверять …»); a task with no addressee of its own continues the one
before it; the tasks of the authority, its departments and the methodical centre are not the school's to do."""

from __future__ import annotations

import re
from functools import lru_cache

from ..russian.morphology import analyzer

TASK_END = re.compile(r";\s+|\.\s+(?=[А-ЯЁ])")
"""Tasks end at a semicolon, or at a full stop before a capital (not at «т. е.» or «г.»)."""
WORD = re.compile(r"[А-ЯЁа-яё]+")
ITSELF = re.compile(r"^(?:руководител\w+\s+(?:этих\s+)?)?(?:ОО|ДОО|ШНОР|ШНСУ)\b", re.IGNORECASE)
"""The organization itself, as a Положение addresses it: «ОО», «ДОО», «ШНОР, не показавшим …», «Руководителям этих
ОО», «руководителям ШНОР и ШНСУ»."""
INSIDE = re.compile(r"^(?:заместител|классн|педагог|учител|социальн)", re.IGNORECASE)
"""People inside the organization: «заместителю руководителя ОО …», «классным руководителям»."""
HEAD_OF_ORGANIZATION = re.compile(r"руководителя\s+(?:ОО|ДОО)(?![А-ЯЁа-яё])")
ORGANIZATION = re.compile(r"(?<![А-ЯЁа-яё])(?:ОО|ДОО)(?![А-ЯЁа-яё])")


def organization_tasks(recommendation: str, itself: str, head_genitive: str = "руководителя") -> list[str]:
    """The tasks of ``recommendation`` that are the organization's, each starting with its verb (or with the person
    inside the organization it falls to: «заместителю директора … проверять …»), without the closing punctuation.
    In them the Положение's «ОО» is the organization written to: ``itself`` (its short name, «МОУ «СОШ № 7»», which
    an abbreviation does not change by case), and «руководителя ОО» its head, ``head_genitive`` («директора»)."""
    tasks: list[str] = []
    theirs = False
    for task in TASK_END.split(recommendation.strip()):
        task = task.strip().rstrip(".;")
        if not task:
            continue
        verb = _verb_at(task)
        if verb is None:
            theirs = False  # not a task at all: nothing after it continues the organization's
            continue
        addressee = task[:verb].strip().rstrip(",")
        if addressee and not _is_adverbial(addressee):
            theirs = bool(ITSELF.match(addressee) or INSIDE.match(addressee))
            if ITSELF.match(addressee):
                task = task[verb:]
        if theirs:
            task = ORGANIZATION.sub(lambda _: itself, HEAD_OF_ORGANIZATION.sub(head_genitive, task))
            tasks.append(task[:1].lower() + task[1:] if not task[:2].isupper() else task)
    return tasks


def _verb_at(task: str) -> int | None:
    """Where the task's first infinitive starts («провести», «информировать»)."""
    for match in WORD.finditer(task):
        if _is_infinitive(match.group(0).lower()):
            return match.start()
    return None


@lru_cache(maxsize=2048)
def _is_infinitive(word: str) -> bool:
    return any("INFN" in parse.tag for parse in analyzer().parse(word))


def _is_adverbial(words: str) -> bool:
    """«для обучающихся, не достигших базового уровня», «при планировании …»: a circumstance, not an addressee."""
    first = WORD.match(words)
    return first is not None and any("PREP" in parse.tag for parse in analyzer().parse(first.group(0).lower())[:1])


__all__ = ["organization_tasks"]
