"""What an indicator's recommendation asks of the organization a letter goes to. A Положение writes it as tasks
for several parties — «ОО провести …; для обучающихся … составить …; заместителю руководителя ОО … проверять …
Муниципальному методическому центру включить …» — each task its addressee in the dative and an infinitive. The
letter keeps the organization's own tasks without their addressee («провести …»), and those of people inside it
(«заместителю директора по учебной работе проверять …»); a task with no addressee of its own continues the one
before it; the tasks of the authority, its departments and the methodical centre are not the school's to do."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..russian.context import preposition_form
from ..russian.morphology import analyzer, normal_form, participle_agreed
from ..russian.verbs import event_of

TASK_END = re.compile(r";\s+|\.\s+(?=[А-ЯЁ])")
"""Tasks end at a semicolon, or at a full stop before a capital (not at «т. е.» or «г.»)."""
WORD = re.compile(r"[А-ЯЁа-яё]+")
ITSELF = re.compile(r"^(?:руководител\w+\s+(?:этих\s+)?)?(?:ОО|ДОО|ШНОР|ШНСУ)\b", re.IGNORECASE)
"""The organization itself, as a Положение addresses it: «ОО», «ДОО», «ШНОР, не показавшим …», «Руководителям этих
ОО», «руководителям ШНОР и ШНСУ»."""
INSIDE = re.compile(r"^(?:заместител|классн|педагог|учител|социальн)", re.IGNORECASE)
"""People inside the organization: «заместителю руководителя ОО …», «классным руководителям»."""
DEPARTMENT = re.compile(r"^(?:отдел\w*\s+[^,;]*?\bУО\b|управлени\w*\s+образования\b|УО\b)", re.IGNORECASE)
"""The authority and its departments: «Отделу общего образования УО», «УО»."""
SERVICE = re.compile(r"^(?:муниципальн\w+\s+методическ\w+\s+центр\w*|ММЦ)(?![А-ЯЁа-яё])", re.IGNORECASE)
"""The methodical service, another legal entity than the authority: «муниципальному методическому центру»."""
GROUP = re.compile(r"^(?:руководител\w+\s+)?(ОО|ДОО|ШНОР|ШНСУ),\s+(.+)$", re.IGNORECASE)
"""An addressee that defines a group: «ОО, включённым в перечень …», «Руководителям ОО, не достигшим …»."""
THESE = re.compile(r"\bэтих\s+(ОО|ДОО|ШНОР|ШНСУ)\b")
SUCH = re.compile(r"\b(?:эт|так)(?:их|им|ими)\s+(ОО|ДОО)(?![А-ЯЁа-яё])")
"""«этих ОО», «такими ОО»: the organizations a task before defined, in any case."""
DEFINED = re.compile(r"(?<![А-ЯЁа-яё])(?:ОО|ДОО),\s+[^,;]+?(?=,\s+и\s|$)")
"""The organizations a task acts on and the clause that defines them: «ОО, не заключившим соглашения»."""
FIND = re.compile(r"^выявить\s+((?:ОО|ДОО),\s+[^,;]+?),\s+и\s+(.+)$")
"""«выявить ОО, в которых …, и рассмотреть …»: the organizations to find, and what is done with them."""
BARE_CAUSES = re.compile(r"\bпричины\s*([А-ЯЁа-яё]*)")
"""«причины» and the word after it, which is their complement when it is in the genitive («причины отставания»)."""
LIST_OF = re.compile(r"\bпереч(?:ень|н\w+)\s+$")
"""«перечень ОО с признаками необъективности»: a list named by a kind of organizations, not the organization."""
HEAD_OF_ORGANIZATION = re.compile(r"руководителя\s+(?:ОО|ДОО)(?![А-ЯЁа-яё])")
ORGANIZATION = re.compile(r"(?<![А-ЯЁа-яё])(?:ОО|ДОО)(?![А-ЯЁа-яё])")
DRAFT = re.compile(r"\bпроект\s+(договора|соглашения)\s+(о\s+[^;,(]+?(?:\s*\([^)]*\))?)(?=\s+с\s|[;,.]|$)")
"""«подготовить проект договора о сетевом взаимодействии (кураторстве) с планом …»: the agreement another party of
the recommendation drafts, its kind and what it is about."""
PARTNER = re.compile(r"\bзакрепить\s+за\s+[^;]*?\b([а-яё]+-партн[её]ра)\b")
"""«закрепить за каждой ШНОР … школу-партнёра»: the partner that party assigns."""
CONCLUDE = re.compile(r"\bзаключить\s+(договор|соглашение)\b(?!\s+о\b)")
"""«заключить договор» said bare, the agreement the recommendation names where it is drafted."""


class Task(NamedTuple):
    """A task of a recommendation: whom it falls to, as written in it or in a task before it, and its words."""

    addressee: str
    text: str

    @property
    def body(self) -> str:
        """The task from its verb: «провести …» of «ОО провести …»; a task continuing another is whole."""
        if not self.text.startswith(self.addressee):
            return self.text
        return self.text[len(self.addressee) :].strip().lstrip(",").strip()


def organization_tasks(recommendation: str, itself: str, head_genitive: str = "руководителя") -> list[str]:
    """The tasks of ``recommendation`` that are the organization's, each starting with its verb (or with the person
    inside the organization it falls to: «заместителю директора … проверять …»), without the closing punctuation.
    In them the Положение's «ОО» is the organization written to: ``itself`` (its short name, «МОУ «СОШ № 7»», which
    an abbreviation does not change by case), and «руководителя ОО» its head, ``head_genitive`` («директора»)."""
    tasks = []
    for task in addressed_tasks(recommendation):
        if ITSELF.match(task.addressee):
            text = task.body
        elif INSIDE.match(task.addressee):
            text = task.text
        else:
            continue
        text = ORGANIZATION.sub(
            lambda found: found.group(0) if LIST_OF.search(found.string[: found.start()]) else itself,
            HEAD_OF_ORGANIZATION.sub(head_genitive, text),
        )
        text = _agreement_named(text, recommendation)
        tasks.append(text[:1].lower() + text[1:] if not text[:2].isupper() else text)
    return tasks


def authority_tasks(recommendation: str, named: str = "") -> list[tuple[str, str]]:
    """The tasks of ``recommendation`` that the authority or a department of it carries out: the department in the
    dative as the Положение writes it («Отделу общего образования УО», «УО»), and the task from its verb, with whom it
    works with («совместно с КДНиЗП проанализировать …»). «Этих ОО» of such a task are named by the words that
    defined them in a task before («ОО, включённым в перечень …» — «ОО, включённых в перечень …»), and ``named``
    after them where the справка names them («(раздел 5 приложения)»)."""
    return _tasks_of(recommendation, named, DEPARTMENT)


def service_tasks(recommendation: str, named: str = "") -> list[str]:
    """The tasks of ``recommendation`` that the methodical service carries out («муниципальному методическому центру
    закрепить за такими ОО кураторов …»), from the verb, as :func:`authority_tasks` says them; where the справка
    names the organizations (``named``), those «такими ОО» stand for are the ones a task before defined by a clause
    of their own («ОО, в которых доля отметок «2» … превышает 10 % (раздел 5 приложения),»), else those it names
    («ОО (раздел 5 приложения)»)."""
    return [task for _, task in _tasks_of(recommendation, named, SERVICE)]


def _tasks_of(recommendation: str, named: str, whom: re.Pattern[str]) -> list[tuple[str, str]]:
    found = []
    defined: dict[str, str] = {}
    clause = ""
    after = f" {named}" if named else ""
    for task in addressed_tasks(recommendation):
        group = GROUP.match(task.addressee)
        if group:
            defined[group.group(1)] = f"{group.group(1)}, {_in_genitive(group.group(2))}{after},"
        defining = DEFINED.search(task.body)
        clause = defining.group(0) if defining else clause
        department = whom.match(task.addressee)
        if department is None:
            continue
        together = task.addressee[department.end() :].strip() if task.text.startswith(task.addressee) else ""
        body = (
            f"{together}{',' if ',' in together else ''} {task.body}".strip()
        )  # «…, утверждённому его организатором,»
        body = THESE.sub(lambda these: defined.get(these.group(1), these.group(0)), body)
        if named and whom is SERVICE:
            body = SUCH.sub(f"{clause}{after}," if clause else rf"\1{after}", body)
        found.append((department.group(0).strip(), body))
    return found


def referred(task: str, named: str) -> str:
    """«… с руководителями ОО, в которых доля отметок «2» превышает 10 % (раздел 5 приложения), и согласовать …»:
    ``named`` after the clause that defines the organizations a task acts on, where the справка names them (a clause
    ending at the task's end or before «, и …»; after the task where that clause has commas of its own). A task to
    find them first («выявить ОО, в которых …, и рассмотреть причины с руководителями этих ОО») acts on them at once:
    the справка has found them («рассмотреть причины с руководителями ОО, в которых … (раздел 5 приложения)»)."""
    if not named or named in task:
        return task
    found = FIND.match(task)
    if found and THESE.search(found.group(2)):  # the справка has found them: the task acts on them
        return THESE.sub(lambda _: f"{found.group(1)} {named},", found.group(2), count=1)
    if DEFINED.search(task) is None and ORGANIZATION.search(task):  # a defining clause with commas of its own
        return f"{task} {named}"
    return DEFINED.sub(lambda defined: f"{defined.group(0)} {named}", task, count=1)


def addressed_tasks(recommendation: str) -> list[Task]:
    """Every task of ``recommendation`` with its addressee: the words in the dative before its first infinitive
    («Отделу общего образования УО», «ОО, в которых …», «заместителю руководителя ОО по учебной работе»), or, for a
    task that names none («для обучающихся … составить …», «предложения … направить …»), the addressee of the task
    before it. A part with no verb is no task, and what follows it has no addressee until one is named."""
    tasks: list[Task] = []
    current = ""
    for text in TASK_END.split(recommendation.strip()):
        text = text.strip().rstrip(".;")
        if not text:
            continue
        verb = _verb_at(text)
        if verb is None:
            current = ""
            continue
        addressee = text[:verb].strip().rstrip(",")
        if addressee and _is_addressee(addressee):
            current = addressee
        if current:
            tasks.append(Task(current, _causes_named(text, current)))
    return tasks


def _causes_named(task: str, addressee: str) -> str:
    """«выявить ОО, в которых выпускники 9 классов не получили аттестат, и рассмотреть причины с руководителями этих
    ОО» → «… рассмотреть причины неполучения аттестата с …»: «причины» without a complement (of what?) take the event
    that defines the organizations the task is about — in the task, whose clause then names the doer, else in its
    addressee («Руководителям ОО, не достигшим целевых показателей …, проанализировать причины …» — «причины
    недостижения целевых показателей …»), said by its verbal noun (:func:`.verbs.event_of`); as written where
    neither says one."""
    bare = BARE_CAUSES.search(task)
    if bare is None or _is_genitive(bare.group(1)):
        return task
    defined, group = DEFINED.search(task), GROUP.match(addressee)
    clauses: list[tuple[str, str, bool]] = []
    if defined:  # the task's own clause says the doer
        whom, clause = defined.group(0).split(", ", 1)
        clauses.append((whom, clause, False))
    if group:
        clauses.append((group.group(1), group.group(2), True))
    event = next((said for whom, clause, doer in clauses if (said := event_of(clause, whom, doer))), None)
    return (
        f"{task[: bare.end(0) - len(bare.group(1))]}{event} {task[bare.end(0) - len(bare.group(1)) :]}".rstrip()
        if event
        else task
    )


def _is_genitive(word: str) -> bool:
    """«отставания», «сохранения»: the complement «причины» already has."""
    parses = analyzer().parse(word.lower()) if word else []
    return not any(parse.tag.POS == "PREP" for parse in parses) and any(
        parse.tag.case == "gent" and parse.tag.POS in ("NOUN", "ADJF", "PRTF") for parse in parses
    )


def _in_genitive(clause: str) -> str:
    """«включённым в перечень …» → «включённых в перечень …», «не достигшим …» → «не достигших …»: the participle
    that defines a group of organizations, from the dative of an addressee to the genitive; «в которых …» stays."""
    words = clause.split(" ")
    for index, word in enumerate(words):
        parses = [p for p in analyzer().parse(word) if p.tag.POS == "PRTF" and p.tag.case == "datv"]
        if parses:
            inflected = parses[0].inflect({"gent", "plur"})
            words[index] = inflected.word if inflected else word
            break
        if word != "не":
            break
    return " ".join(words)


def _verb_at(task: str) -> int | None:
    """Where the task's first infinitive starts («провести», «информировать»)."""
    for match in WORD.finditer(task):
        if _is_infinitive(match.group(0).lower()):
            return match.start()
    return None


@lru_cache(maxsize=2048)
def _is_infinitive(word: str) -> bool:
    return any("INFN" in parse.tag for parse in analyzer().parse(word))


def _is_addressee(words: str) -> bool:
    """«Отделу …», «ОО, в которых …», «заместителю …»: whom a task falls to, in the dative or abbreviated; not a
    circumstance («для обучающихся …», «при планировании …») nor an object put first («предложения … направить»)."""
    first = WORD.match(words)
    if first is None:
        return False
    word = first.group(0)
    if word.isupper() and len(word) > 1:
        return True
    parses = analyzer().parse(word.lower())
    return not any("PREP" in parse.tag for parse in parses[:1]) and any(parse.tag.case == "datv" for parse in parses)


__all__ = ["addressed_tasks", "authority_tasks", "organization_tasks", "referred", "service_tasks"]


def _agreement_named(task: str, recommendation: str) -> str:
    """«заключить договор до начала …» → «заключить договор о сетевом взаимодействии (кураторстве) со
    школой-партнёром, закреплённой муниципальным методическим центром, до начала …»: the agreement as the task of
    the party that drafts it names it, and the partner that party assigns, not invented; as written where no task of
    the recommendation drafts one."""
    drafting = next((t for t in addressed_tasks(recommendation) if DRAFT.search(t.text)), None)
    concluded = CONCLUDE.search(task)
    if drafting is None or concluded is None:
        return task
    draft = DRAFT.search(drafting.text)
    assert draft is not None
    named = f"{concluded.group(0)} {draft.group(2)}"
    partner = PARTNER.search(drafting.text)
    if partner:
        whom = "-".join(_in_case(part, "ablt") for part in partner.group(1).split("-"))
        by = " ".join(_in_case(word, "ablt") for word in drafting.addressee.split())
        assigned = participle_agreed("закреплённый", normal_form(partner.group(1).split("-")[0]), "ablt")
        named += f" {preposition_form('с', whom)} {whom}, {assigned} {by[:1].lower()}{by[1:]},"
    return f"{task[: concluded.start()]}{named}{task[concluded.end() :]}"


def _in_case(word: str, case: str) -> str:
    """A noun or adjective of the recommendation in another case, its number and gender kept; as written where it
    is not one (an abbreviation)."""
    parse = next((p for p in analyzer().parse(word) if p.tag.POS in ("NOUN", "ADJF")), None)
    found = parse.inflect({case}) if parse is not None else None
    return found.word if found is not None and not word.isupper() else word
