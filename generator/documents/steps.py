"""The order in time of a department's task in the приказ «Об итогах мониторинга …». A Положение's task is a chain of
steps, one infinitive each («составить график повышения квалификации …, и направить их на обучение …»), and each
step is of one kind, in the order the year's cycle runs (:data:`KINDS`):

- one the organizations' plans draw on directly — done with their heads («провести собеседования с руководителями»,
  «рассмотреть с руководителями … причины отставания», «совместно с руководителями ДОО выявить …»), at a meeting of
  them («рассмотреть ход реализации программ развития … на совещании руководителей») or handing what it
  prepared to them («подготовить типовое соглашение …, и предложить их образовательным организациям») — consults
  them while they draft the plans, halfway between the рекомендации and the plans (:func:`.order_dates.consulted_by`);
- one that prepares or analyses — «проанализировать», «выявить», «составить», «подготовить», «провести отбор»,
  «рассмотреть причины» — comes by the organizations' plans, which draw on it;
- one that agrees the plans the organizations make («согласовать планы мероприятий …, утверждаемые руководителями
  ОО») comes after they are received (:func:`.order_dates.agreed_by`);
- one that carries out measures («направить на обучение», «организовать перепроверку», «проверить выполнение») is
  due with the measures;
- one said by an imperfective verb («содействовать их обучению», «взаимодействовать с колледжами») names a process
  that goes on: it is not done by a day, but from the step it follows (or the приказ) to the end of the measures.

A step that hands over what the one before it made («предложить их ОО», «направить эти предложения в администрацию»)
or acts on it by a pronoun («рассмотреть их на совещании», «учесть его при подготовке планов») goes with it. A later
step is never due before an earlier one, and a task whose steps fall on two dates is two tasks, each with its term:
«не позднее 09.01.2025 составить график повышения квалификации руководителей …» and «не позднее 16.06.2025 направить
этих руководителей на обучение …». The kind of a step is told by the dictionary
forms and grammemes of its words (pymorphy3), not by the sentences of one Положение."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..russian.morphology import analyzer

PREPARES = frozenset(
    {"проанализировать", "выявить", "составить", "подготовить", "согласовать", "разработать", "определить"}
    | {"сформировать", "изучить", "сопоставить", "спланировать", "закрепить"}
)
"""Verbs of a step that prepares or analyses what the measures are then taken on."""
LIGHT = frozenset({"провести", "рассмотреть"})
"""Verbs whose step is told by its object: «провести собеседования» prepares, «провести проверку» does not."""
ANALYSED = frozenset({"причина", "собеседование", "отбор", "анализ"})
"""The objects that make a light verb's step an analysis."""
HANDS_OVER = frozenset({"направить", "предложить", "довести", "представить", "включить"})
"""Verbs of a step that hands over or enters what was prepared («направить эти предложения в администрацию»); one
that sends people to do something («направить их на обучение») carries out a measure."""
AGREES = frozenset({"согласовать", "утвердить"})
"""Verbs that agree a plan the organizations make: «согласовать планы мероприятий …»."""
PLAN = "план"
PROCESSES = frozenset({"работа", "контроль", "поддержка", "сопровождение", "взаимодействие"})
"""Objects that name a process: organized, it goes on; it is not done by a day."""
SETS_GOING = frozenset({"организовать", "обеспечить"})
"""Verbs that set an activity going: for the learners, it goes on through the school year."""
LEARNERS = frozenset({"обучаться", "обучающийся", "воспитанник"})
"""Dictionary forms of the learners an organization works with («для обучающихся 9 классов»; pymorphy3 gives a
participle its verb)."""
FOR_OR_WITH = frozenset({"для", "с"})
HEADS, ORGANIZATION = "руководитель", "организация"
MEETINGS = frozenset({"совещание", "заседание", "собрание", "семинар", "встреча"})
"""Gatherings whose members a genitive names: a step done «на совещании руководителей» is done with the heads."""
PRONOUNS = frozenset({"их", "её", "его"})
THEIR = re.compile(r"(?<![А-ЯЁа-яё])их(?:\s+([А-ЯЁа-яё]+))?(?![А-ЯЁа-яё])")
"""«их» and the word after it: «их обучению» (theirs), «их на обучение» (them)."""
OWN_TERM = re.compile(r"\b(?:до|не позднее|в течение)\s", re.IGNORECASE)
"""A task that sets its own term: «заключить соглашение до начала следующего учебного года»."""
SEPARATOR = re.compile(r",\s+и\s+|,\s+а\s+|\s+и\s+|,\s+")
WORD = re.compile(r"[А-ЯЁа-яё-]+")
CONSULT, PREPARE, AGREE, CARRY_OUT, PROCESS, FOLLOW = "consult", "prepare", "agree", "carry out", "process", "follow"
KINDS = (CONSULT, PREPARE, AGREE, CARRY_OUT, PROCESS)
"""The kinds of a step in the order their dates come."""


def scheduled(task: str, dates: Callable[[str, str | None], str]) -> list[str]:
    """``task`` as its runs of steps of one date, each with its date before it: ``dates(kind, before)`` of the step's
    kind (:data:`KINDS`: «не позднее 16.06.2025», «с 13.01.2025 по 16.06.2025») and the kind of the last step before
    it of another kind (None for none: a process starts from the step it follows, or from the приказ); a step never
    takes a date before the step before it's, and one that follows takes its date. Each run is a task of its own, a
    sub-point with its term: a run's «их» that stood for what the run before it acts on names it («содействовать их
    обучению» after «выявить педагогов …» — «содействовать обучению этих педагогов»)."""
    steps = _steps(task)
    kinds: list[str] = []
    for kind in _kinds([text for _, text in steps]):
        previous = kinds[-1] if kinds else None
        if kind == FOLLOW:  # a task that opens by handing over («направить в ДОО заключения …») prepares
            kinds.append(previous or PREPARE)
        else:
            kinds.append(max(previous or kind, kind, key=KINDS.index))
    runs: list[str] = []
    said = None
    for index, ((separator, text), kind) in enumerate(zip(steps, kinds, strict=True)):
        due = dates(kind, next((k for k in reversed(kinds[:index]) if k != kind), None))
        if due == said:
            runs[-1] += f"{separator}{text}"
        else:
            runs.append(f"{due} {_named_again(text, runs[-1]) if runs else text}")
        said = due
    return runs


def _named_again(step: str, before: str) -> str:
    """``step`` with its «их» named by the first plural being the run ``before`` acts on after its verb
    («выявить педагогов …»): «их обучению» — «обучению этих педагогов», «направить их на обучение» — «направить этих
    руководителей на обучение» (an animate plural's accusative is its genitive); as written without either."""
    words = [word.lower() for word in WORD.findall(before)]
    at = next((index for index, word in enumerate(words) if _infinitive(word)), len(words))
    beings = [
        parse
        for word in words[at + 1 :]
        for parse in analyzer().parse(word)[:1]
        if parse.tag.POS == "NOUN" and parse.tag.animacy == "anim" and parse.tag.number == "plur"
    ]
    found = THEIR.search(step)
    if not beings or found is None:
        return step
    inflected = beings[0].inflect({"gent", "plur"})
    these = f"этих {inflected.word if inflected else beings[0].word}"
    following = found.group(1)
    if following and analyzer().parse(following)[0].tag.POS == "NOUN":
        return f"{step[: found.start()]}{following} {these}{step[found.end() :]}"
    return f"{step[: found.start()]}{these}{' ' + following if following else ''}{step[found.end() :]}"


def own_term_first(task: str, before: str) -> str:
    """An organizations' ``task`` whose step ends with a term of its own («заключить договор до начала учебного года и
    предусмотреть в нём …»; the term a chain of genitives) with the term said before that step, for it and the steps
    after it, which act on what it makes («до начала учебного года заключить договор и предусмотреть в нём …»), and
    the steps before it dated ``before``; a term inside a step («сформировать до начала ВПР список …») stays there."""
    steps = _steps(task)
    for index, (separator, text) in enumerate(steps):
        found = list(OWN_TERM.finditer(text))
        if not found or not all(_genitive(word) for word in WORD.findall(text[found[-1].end() :])):
            continue
        start = found[-1].start()
        ahead = f"{before} {''.join(s + t for s, t in steps[:index])}" if index else ""
        rest = "".join(s + t for s, t in steps[index + 1 :])
        return f"{ahead}{separator}{text[start:].rstrip()} {text[:start].rstrip()}{rest}"
    return task


def is_process(task: str) -> bool:
    """A task whose first verb's first noun names a process («организовать работу с обучающимися группы риска …»), or
    whose first verb sets going an activity for or with the learners («организовать для обучающихся 9 классов
    группы подготовки к ГИА, пробные экзамены и информирование родителей …»): the school's work with its learners
    goes on through the school year, in lessons and classes, and is not done by a day."""
    words = [word.lower() for word in WORD.findall(task)]
    at = next((index for index, word in enumerate(words) if _infinitive(word)), None)
    if at is None:
        return False
    after = words[at + 1 :]
    nouns = [w for w in after if analyzer().parse(w)[0].tag.POS == "NOUN"]
    learners = any(
        word in FOR_OR_WITH and any(p.normal_form in LEARNERS for p in analyzer().parse(following))
        for word, following in zip(after, after[1:])
    )
    return (bool(nouns) and _lemma(nouns[0]) in PROCESSES) or (_lemma(words[at]) in SETS_GOING and learners)


def agrees(task: str) -> bool:
    """Whether a step of ``task`` agrees the plans the organizations make (:data:`AGREE`)."""
    return AGREE in _kinds([text for _, text in _steps(task)])


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


def _kinds(steps: list[str]) -> list[str]:
    """The kind of each step; a step that prepares what a step after it hands to the organizations («подготовить
    типовое соглашение …, и предложить их образовательным организациям») consults them."""
    kinds = [_kind(step) for step in steps]
    for index, step in enumerate(steps):
        if kinds[index] != FOLLOW or not _to_organizations(step):
            continue
        made = next((at for at in range(index - 1, -1, -1) if kinds[at] != FOLLOW), None)
        if made is not None and kinds[made] == PREPARE:
            kinds[made] = CONSULT
    return kinds


def _kind(step: str) -> str:
    """Whether a step consults the organizations, prepares, agrees their plans, carries out, goes on, or follows the
    step before it."""
    words = [word.lower() for word in WORD.findall(step)]
    at = next((index for index, word in enumerate(words) if _infinitive(word)), None)
    if at is None:
        return FOLLOW
    lemma, after = _lemma(words[at]), words[at + 1 :]
    if _imperfective(words[at]):
        return PROCESS
    nouns = [_lemma(w) for w in after if analyzer().parse(w)[0].tag.POS == "NOUN"]
    if lemma in AGREES and nouns[:1] == [PLAN]:
        return AGREE
    prepares = lemma in PREPARES or (lemma in LIGHT and any(_lemma(word) in ANALYSED for word in after))
    if (prepares or lemma in LIGHT) and _with_heads(words):
        return CONSULT
    if prepares:
        return PREPARE
    if lemma in HANDS_OVER and _sends_to_do(after):
        return CARRY_OUT
    return FOLLOW if lemma in HANDS_OVER or (after and after[0] in PRONOUNS) else CARRY_OUT


def _with_heads(words: list[str]) -> bool:
    """«с руководителями образовательных организаций», «совместно с руководителями ДОО», «на совещании
    руководителей»: done with their heads, or at a gathering of them."""
    for index, word in enumerate(words):
        cases = {p.tag.case for p in analyzer().parse(word) if p.normal_form == HEADS}
        met = index > 0 and _lemma(words[index - 1]) in MEETINGS
        if "ablt" in cases or (met and "gent" in cases):
            return True
    return False


def _to_organizations(step: str) -> bool:
    """«предложить их образовательным организациям»: handed to the organizations (or their heads), in the dative."""
    return any(
        p.normal_form in {HEADS, ORGANIZATION} and p.tag.case == "datv"
        for word in WORD.findall(step)
        for p in analyzer().parse(word)
    )


def _sends_to_do(words: list[str]) -> bool:
    """«на обучение», «на следующий олимпиадный цикл»: «на» with the accusative says what the sent are to do."""
    for index, word in enumerate(words[:-1]):
        if word == "на":
            return any(p.tag.case == "accs" for p in analyzer().parse(words[index + 1]))
    return False


def _genitive(word: str) -> bool:
    return any(parse.tag.case == "gent" for parse in analyzer().parse(word.lower()))


@lru_cache(maxsize=2048)
def _lemma(word: str) -> str:
    return str(analyzer().parse(word)[0].normal_form)


@lru_cache(maxsize=2048)
def _imperfective(word: str) -> bool:
    """«содействовать», «взаимодействовать»: an infinitive of the imperfective aspect only («организовать», of both,
    is not)."""
    parses = [parse for parse in analyzer().parse(word) if parse.tag.POS == "INFN"]
    return bool(parses) and all(parse.tag.aspect == "impf" for parse in parses)


@lru_cache(maxsize=2048)
def _infinitive(word: str) -> bool:
    return any(parse.tag.POS == "INFN" for parse in analyzer().parse(word))
