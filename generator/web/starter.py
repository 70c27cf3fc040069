"""A new Положение started the way a methodologist would: a local mechanism created on the spot (its group
named in words, its code the next free one), a draft whose parts start empty with the typical municipal
wording offered beside each, indicators whose new passport follows the mechanism, and the companions of a
save (the roadmap section, the appendix of an approving act) written with it in one click."""

from __future__ import annotations

from datetime import date
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from schemas.diagnostics import Diagnostic, Location

from ..messages import web as say
from ..build import project_lock
from ..build.write import atomic_write
from ..errors import MsokoError
from ..project import ProjectLayout
from ..russian.morphology import inflect_phrase, lower_first
from ..sources.kinds import MSOKO, REGULATION
from ..sources.model import ProjectSources
from ..sources.validate import load_project
from . import sourcefile

TYPICAL: dict[str, str] = {
    "f-general_provisions": "Настоящее Положение определяет цель, задачи, показатели, методы сбора и обработки "
    "информации, периодичность и сроки проведения, критерии оценивания мониторинга по "
    "направлению «{title}».",
    "f-goal": "Получение достоверной и объективной информации о состоянии муниципальной системы образования по "
    "направлению «{title}» для принятия обоснованных управленческих решений, направленных на повышение "
    "качества образования.",
    "f-methods": "Сбор информации осуществляется через отчёты образовательных организаций, региональные и федеральные "
    "информационные системы, анкетирование и изучение документов. Обработка информации включает "
    "статистический анализ, сравнение значений показателей с целевыми и с результатами прошлого года.",
    "f-schedule": "Мониторинг проводится ежегодно: сбор информации — до 1 октября, обработка и анализ — до 1 ноября, "
    "подготовка аналитической справки и адресных рекомендаций — до 1 декабря текущего года.",
    "f-criteria": "Каждый показатель оценивается в баллах по шкале, установленной в его описании. Итоговая оценка "
    "образовательной организации — сумма баллов по всем показателям; по её величине организации "
    "распределяются по группам для адресной работы.",
    "f-participants": "Участники мониторинга: управление образования, муниципальный методический центр, "
    "образовательные организации.",
    "f-use_of_results-analysis": "Результаты мониторинга обобщаются в аналитической справке: значения показателей "
    "сравниваются с целевыми и с прошлым годом, выявляются организации с низкими "
    "результатами и причины этого.",
    "f-use_of_results-recommendations": "По итогам анализа образовательным организациям и методическим объединениям "
    "направляются адресные рекомендации.",
    "f-use_of_results-measures": "Меры и мероприятия по итогам мониторинга включаются в план работы управления "
    "образования и муниципального методического центра на следующий учебный год.",
    "f-use_of_results-decisions": "На основе результатов мониторинга принимаются управленческие решения: приказы, "
    "изменения муниципальных программ, поощрение руководителей.",
    "f-use_of_results-effectiveness": "Эффективность принятых мер оценивается по динамике показателей мониторинга в "
    "следующем цикле; выводы отражаются в аналитической справке.",
    "f-final_provisions": "Настоящее Положение вступает в силу со дня его утверждения и действует до его отмены "
    "или замены новым.",
}
"""The usual wording of each part, as municipal Положения put it (seeds), keyed by the field's anchor."""

TYPICAL_CYCLE_DEADLINES: dict[str, str] = {
    "recommendations": "до 1 декабря",
    "plan": "до 15 декабря",
    "decisions": "до 15 декабря",
    "measures": "до 1 июля года, следующего за отчётным",
    "effectiveness": "до 1 ноября года, следующего за отчётным",
}
"""The deadlines of the cycle's steps a new Положение starts from, after the typical schedule's справка «до 1
декабря» (the Положения of the example date them alike): the author sees them on the step «Сроки» and changes what
the mechanism needs. Without them a Положение whose schedule is filled cannot be built (``cycle-deadlines``)."""

TYPICAL_TASKS = (
    "сбор, обработка и анализ информации по показателям мониторинга",
    "выявление факторов, влияющих на качество образования",
    "подготовка адресных рекомендаций образовательным организациям по итогам мониторинга",
    "информационное обеспечение принятия управленческих решений",
)

USUAL_BANDS = ({"lower": 80, "points": 2}, {"lower": 50, "upper": 80, "points": 1}, {"upper": 50, "points": 0})
"""The usual three bands of a new indicator (the scale widget may reshape them; this is the only place)."""


def indicator_defaults(mechanism: str, taken: list[str]) -> dict[str, Any]:
    """The passport a new indicator of ``mechanism`` starts from: the next free code and the usual values."""
    numbers = [
        int(code.rsplit(".", 1)[1])
        for code in taken
        if code.startswith(mechanism + ".") and code.rsplit(".", 1)[1].isdigit()
    ]
    return {
        "code": f"{mechanism}.{max(numbers, default=0) + 1}",
        "unit": "процент",
        "type": "результат",
        "calculation": {"period": "учебный год"},
        "source": "отчёты образовательных организаций",
        "method": "анализ отчётов",
        "periodicity": "ежегодно",
        "deadline": "до 1 октября",
        "level": "ОО",
        "responsible": "муниципальный методический центр",
        "scoring": [dict(band) for band in USUAL_BANDS],
    }


@dataclass(frozen=True)
class Group:
    number: int
    title: str
    next_code: str


def groups(project: ProjectSources) -> list[Group]:
    """The catalog's groups in words, each with the code its next local mechanism would get."""
    if project.catalog is None:
        return []
    codes = list(project.mechanisms)
    found = []
    for group in project.catalog.model.groups:
        minors = [
            int(code.split(".")[1])
            for code in codes
            if code.split(".")[0] == str(group.number) and code.split(".")[-1].isdigit()
        ]
        found.append(Group(group.number, group.title, f"{group.number}.{max(minors, default=0) + 1}"))
    return found


def create_local_mechanism(layout: ProjectLayout, group: str, title: str) -> Path:
    """Add a local mechanism to the profile and to the Положение о МСОКО, and start its Положение."""
    title = " ".join(title.split())
    with project_lock(layout):
        project = load_project(layout)
        chosen = next((g for g in groups(project) if str(g.number) == group), None)
        refusals = [
            text for text, wrong in ((say.LOCAL_NO_TITLE, not title), (say.LOCAL_NO_GROUP, chosen is None)) if wrong
        ]
        if refusals or chosen is None:
            raise MsokoError(
                [Diagnostic.error(Location(layout.display(layout.profile_file)), text, code="web") for text in refusals]
            )
        code = chosen.next_code
        _edit(
            layout.profile_file,
            lambda data: _append(data, "local_mechanisms", CommentedMap(code=code, group=chosen.number, title=title)),
        )
        umbrella = MSOKO.path(layout)
        if umbrella.is_file():
            _edit(umbrella, lambda data: _append(data, "mechanisms", code))
        target = REGULATION.path(layout, code)
        atomic_write(target, starter_regulation(code, title).encode())
    return target


def create_catalog_regulation(layout: ProjectLayout, code: str) -> Path:
    """The draft for a catalog mechanism without a Положение (an unknown or taken code is refused)."""
    from ..sources.scaffold import planned_regulation

    with project_lock(layout):
        project = load_project(layout)
        target, _ = planned_regulation(project, code)
        listed = [
            act_id
            for act_id, act in sorted(project.acts.items())
            if any(a.document == REGULATION.id_for(code) for a in act.appendices)
        ]
        atomic_write(
            target, starter_regulation(code, project.mechanisms[code].title, listed[0] if listed else None).encode()
        )
    return target


def starter_regulation(code: str, title: str, approved_by: str | None = None) -> str:
    """A draft Положение: its title, every part left for the form (the indicators too: a passport needs the
    indicator's name, which only the author knows). ``approved_by`` is the act already listing it, if any."""
    document = CommentedMap(
        mechanism=code,
        title=regulation_title(title),
        approved_by=approved_by,
        goal="",
        tasks=CommentedSeq(),
        indicators=CommentedSeq(),
        methods="",
        schedule="",
        cycle_deadlines=CommentedMap(TYPICAL_CYCLE_DEADLINES),
        criteria="",
    )
    document.yaml_set_start_comment(f"Положение о мониторинге: механизм {code} «{title}».")
    return sourcefile.dump(document)


MONITORING = "Система мониторинга "


def regulation_title(mechanism: str) -> str:
    """«Система мониторинга здоровья обучающихся» → «Положение о мониторинге здоровья обучающихся»; any other
    name in the genitive after «Положение о мониторинге» («системы работы по …», «оценки качества …»)."""
    if mechanism.startswith(MONITORING) and len(mechanism) > len(MONITORING):
        return f"Положение о мониторинге {mechanism[len(MONITORING) :]}"
    return f"Положение о мониторинге {lower_first(inflect_phrase(mechanism, 'gent'))}"


def _edit(path: Path, change) -> None:
    document = sourcefile.parse(path.read_text(encoding="utf-8"))
    change(document)
    atomic_write(path, sourcefile.dump(document).encode("utf-8"))


def _append(data: Any, key: str, value: Any) -> None:
    if not isinstance(data.get(key), list):
        data[key] = CommentedSeq()
    if value not in data[key]:
        data[key].append(value)


# --- companions of a save: the roadmap section and the approving act ---------------------------------


def roadmap_section_missing(project: ProjectSources, code: str) -> bool:
    if project.roadmap is None or project.roadmap.model is None:
        return False
    sections = project.roadmap.model.sections
    return not any(s.mechanism == code or any(code in item.mechanisms for item in s.items) for s in sections)


def with_roadmap_section(text: str, code: str, title: str) -> str:
    """The roadmap with a section for mechanism ``code`` holding its usual first activities."""
    document = sourcefile.parse(text)
    items = CommentedSeq(
        [
            CommentedMap(
                activity=f"Проведение мониторинга по направлению «{title}» и подготовка аналитической справки",
                deadline="ежегодно",
                responsible="УО, муниципальный методический центр",
            ),
            CommentedMap(
                activity="Подготовка адресных рекомендаций образовательным организациям по итогам мониторинга",
                deadline="ежегодно, до 1 декабря",
                responsible="муниципальный методический центр",
            ),
        ]
    )
    _append(document, "sections", CommentedMap(title=title, mechanism=code, items=items))
    return sourcefile.dump(document)


def with_appendix(text: str, document_id: str) -> str:
    """The act with ``document_id`` as its next appendix (unchanged if it is one already)."""
    document = sourcefile.parse(text)
    appendices = document.get("appendices")
    if not isinstance(appendices, list):
        appendices = document["appendices"] = CommentedSeq()
    if any(isinstance(a, dict) and a.get("document") == document_id for a in appendices):
        return text
    numbers = [int(a["number"]) for a in appendices if isinstance(a, dict) and isinstance(a.get("number"), int)]
    appendix = CommentedMap(number=max(numbers, default=0) + 1, document=document_id)
    if any(isinstance(a, CommentedMap) and a.fa.flow_style() for a in appendices):
        appendix.fa.set_flow_style()
    appendices.append(appendix)
    return sourcefile.dump(document)


def approving_acts(project: ProjectSources) -> list[tuple[str, str]]:
    """(id, name) of the acts that approve Положения о мониторинге: where a new one is usually included."""
    from .choices import act_name

    found = []
    for act_id, act in sorted(project.acts.items()):
        if any(REGULATION.subject_of(a.document) for a in act.appendices):
            found.append((act_id, act_name(act)))
    return found


USUAL_CONTROL = "Контроль за исполнением настоящего приказа оставляю за собой."


def new_approving_act(project: ProjectSources, code: str, today: date) -> tuple[str, str]:
    """(id, text) of a new order of ``today`` approving Положение ``code`` as its appendix 1: the next free
    number of the year among the project's orders; the preamble and the control point those orders use (the
    latest that approves a Положение о мониторинге), the title left to be composed from the appendix."""
    orders = [act for act in project.acts.values() if act.kind == "приказ"]
    numbers = [int(act.number) for act in orders if act.date.year == today.year and act.number.isdigit()]
    number = max(numbers, default=0) + 1
    usual = dict(approving_acts(project))
    model = max(
        (act for act_id, act in project.acts.items() if act_id in usual and act.kind == "приказ"),
        key=lambda act: act.date,
        default=None,
    )
    document = CommentedMap(kind="приказ", number=DoubleQuotedScalarString(str(number)), date=today)
    document["basis"] = LiteralScalarString((model.basis.strip() if model else "В соответствии с …") + "\n")
    document["appendices"] = CommentedSeq([CommentedMap(number=1, document=REGULATION.id_for(code))])
    document["control"] = model.control if model else USUAL_CONTROL
    document.yaml_set_start_comment(f"Приказ об утверждении Положения о мониторинге {code}.")
    return f"prikaz-{today.year}-{number}", sourcefile.dump(document)
