"""The order in time of a department's task in the приказ «Об итогах мониторинга …». A Положение's task is a chain of
steps, one infinitive each («составить график повышения квалификации …, и направить их на обучение …»). A step
that prepares or analyses — «проанализировать», «выявить», «составить», «подготовить», «согласовать», «провести
собеседования», «рассмотреть причины» — comes before the organizations' plans, which draw on it; a step that carries
out measures («направить на обучение», «организовать перепроверку», «проверить выполнение») is due with the measures.
A step that hands over what the one before it made («предложить их ОО», «направить эти предложения в администрацию»)
or acts on it by a pronoun («рассмотреть их на совещании») goes with it. A later step is never due before an earlier
one, and a task whose steps fall on two dates names both: «не позднее 09.01.2025 составить график …, и не позднее
16.06.2025 направить их на обучение …». The kind of a step is told by the dictionary forms of its words (pymorphy3),
not by the sentences of one Положение."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..russian.morphology import analyzer

PREPARES = frozenset(
    {"проанализировать", "выявить", "составить", "подготовить", "согласовать", "разработать", "определить"}
    | {"сформировать", "изучить", "сопоставить", "спланировать"}
)
"""Verbs of a step that prepares or analyses what the measures are then taken on."""
LIGHT = frozenset({"провести", "рассмотреть"})
"""Verbs whose step is told by its object: «провести собеседования» prepares, «провести проверку» does not."""
ANALYSED = frozenset({"причина", "собеседование", "отбор", "анализ"})
"""The objects that make a light verb's step an analysis."""
HANDS_OVER = frozenset({"направить", "предложить", "довести", "представить", "включить"})
"""Verbs of a step that hands over or enters what was prepared («направить эти предложения в администрацию»); one
that sends people to do something («направить их на обучение») carries out a measure."""
PROCESSES = frozenset({"работа", "контроль", "поддержка", "сопровождение", "взаимодействие"})
"""Objects that name a process: organized, it goes on; it is not done by a day."""
PRONOUNS = frozenset({"их", "её", "его"})
SEPARATOR = re.compile(r",\s+и\s+|,\s+а\s+|\s+и\s+|,\s+")
WORD = re.compile(r"[А-ЯЁа-яё-]+")
PREPARE, CARRY_OUT, FOLLOW = "prepare", "carry out", "follow"


def scheduled(task: str, dates: Callable[[bool], str]) -> str:
    """``task`` with the date of each run of its steps before the run: ``dates(True)`` for one that prepares,
    ``dates(False)`` for one that carries out («не позднее 16.06.2025»); a preparing step after a carrying-out one
    takes the later date."""
    steps = _steps(task)
    kinds: list[bool] = []
    for _, text in steps:
        kind = _kind(text)
        previous = kinds[-1] if kinds else True
        kinds.append(previous if kind == FOLLOW else previous and kind == PREPARE)
    written, said = [], None
    for (separator, text), prepares in zip(steps, kinds, strict=True):
        due = dates(prepares)
        written.append(f"{separator}{due} {text}" if due != said else f"{separator}{text}")
        said = due
    return "".join(written)


def is_process(task: str) -> bool:
    """«организовать работу с обучающимися группы риска …»: a task whose first verb's first noun names a process."""
    words = [word.lower() for word in WORD.findall(task)]
    at = next((index for index, word in enumerate(words) if _infinitive(word)), None)
    nouns = [w for w in words[at + 1 :] if analyzer().parse(w)[0].tag.POS == "NOUN"] if at is not None else []
    return bool(nouns) and _lemma(nouns[0]) in PROCESSES


def _steps(task: str) -> list[tuple[str, str]]:
    """``task`` as its steps, each with the separator before it («, и », « и », «, »): a step opens with the last
    separator before its infinitive, and the first at the task's start («совместно с КДНиЗП проанализировать …»)."""
    starts = [0]
    infinitives = [found.start() for found in WORD.finditer(task) if _infinitive(found.group(0).lower())]
    for position in infinitives[1:]:
        separators = [s for s in SEPARATOR.finditer(task, starts[-1], position) if s.start() > infinitives[0]]
        if separators and separators[-1].end() > starts[-1]:
            starts.append(separators[-1].start())
    steps = []
    for begin, end in zip(starts, [*starts[1:], len(task)], strict=True):
        text = task[begin:end]
        separator = SEPARATOR.match(text) if begin else None
        cut = separator.end() if separator else 0
        steps.append((text[:cut], text[cut:]))
    return steps


def _kind(step: str) -> str:
    """Whether a step prepares, carries out, or follows the step before it."""
    words = [word.lower() for word in WORD.findall(step)]
    at = next((index for index, word in enumerate(words) if _infinitive(word)), None)
    if at is None:
        return FOLLOW
    lemma, after = _lemma(words[at]), words[at + 1 :]
    if lemma in PREPARES:
        return PREPARE
    if lemma in LIGHT:
        if any(_lemma(word) in ANALYSED for word in after):
            return PREPARE
        return FOLLOW if after and after[0] in PRONOUNS else CARRY_OUT
    if lemma in HANDS_OVER:
        return CARRY_OUT if _sends_to_do(after) else FOLLOW
    return CARRY_OUT


def _sends_to_do(words: list[str]) -> bool:
    """«на обучение», «на следующий олимпиадный цикл»: «на» with the accusative says what the sent are to do."""
    for index, word in enumerate(words[:-1]):
        if word == "на":
            return any(p.tag.case == "accs" for p in analyzer().parse(words[index + 1]))
    return False


@lru_cache(maxsize=2048)
def _lemma(word: str) -> str:
    return str(analyzer().parse(word)[0].normal_form)


@lru_cache(maxsize=2048)
def _infinitive(word: str) -> bool:
    return any(parse.tag.POS == "INFN" for parse in analyzer().parse(word))
