"""Self-assessment against the management cycle: criteria (versioned data), evidence and history."""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import Field, model_validator

from .base import Code, Identifier, SourceModel, Text

StepId = Literal[
    "goals",
    "indicators",
    "methods",
    "monitoring",
    "analysis",
    "recommendations",
    "measures",
    "decisions",
    "effectiveness",
]

Rule = Literal[
    "goal",
    "tasks",
    "methods",
    "schedule",
    "criteria",
    "analysis",
    "recommendations",
    "measures",
    "decisions",
    "effectiveness",
    "indicators_scored",
    "indicators_target",
    "indicators_calculation",
    "indicators_method",
    "indicators_source",
    "indicators_periodicity",
    "evidence",
]


class Criterion(SourceModel):
    """One criterion of one cycle step, with its maximum points and how it is evidenced."""

    id: Identifier = Field(title="идентификатор", description="Идентификатор критерия.")
    step: StepId = Field(title="шаг цикла", description="Шаг управленческого цикла.")
    title: Text = Field(title="критерий", description="Что оценивается: «Цель мониторинга определена».")
    points: int = Field(ge=1, le=100, title="баллы", description="Максимальный балл.")
    rule: Rule = Field(
        title="как подтверждается",
        description="Проверка по источникам (goal, indicators_scored …) или запись о подтверждении (evidence).",
    )
    min_count: int = Field(
        default=1, ge=1, title="не менее", description="Для indicators_scored и tasks: сколько нужно."
    )
    evidence_kind: str = Field(
        default="",
        title="вид подтверждающего документа",
        description="Для evidence: слова, с которых начинается вид документа, подтверждающего критерий («отчёт о "
        "выполнении плана мероприятий»); документ другого вида баллов не даёт.",
    )
    document: str = Field(
        default="",
        title="подтверждающий документ",
        description="Чем подтверждается критерий, как это печатается в приложении «Критерии самооценки»: «Положение о "
        "мониторинге», «отчёт о выполнении плана мероприятий с датами проведения мероприятий».",
    )
    advice: Text = Field(title="совет", description="Что сделать, чтобы получить баллы: «добавьте …».")

    @model_validator(mode="after")
    def _evidenced_by_a_kind(self) -> "Criterion":
        if self.rule == "evidence" and not self.evidence_kind.strip():
            raise ValueError(
                "для критерия, подтверждаемого документом (rule: evidence), укажите вид документа "
                "(evidence_kind): иначе баллы дал бы документ любого вида, например план вместо отчёта"
            )
        return self


class CriteriaSet(SourceModel):
    """A versioned set of criteria; a project may replace the default with regulations/criteria.yaml."""

    id: Identifier = Field(title="идентификатор набора", description="Идентификатор набора критериев.")
    title: Text = Field(title="название", description="Название набора критериев.")
    note: str = Field(default="", title="примечание", description="Откуда взяты баллы.")
    criteria: list[Criterion] = Field(min_length=1, title="критерии", description="Критерии по шагам цикла.")


class EvidenceRecord(SourceModel):
    """A document that evidences a cycle step: «аналитическая справка № 15 от 01.10.2021»."""

    mechanism: Code = Field(title="механизм", description="Код механизма.")
    step: StepId = Field(title="шаг цикла", description="Какой шаг цикла подтверждает документ.")
    kind: Text = Field(title="вид документа", description="«аналитическая справка», «приказ», «адресные рекомендации».")
    issuer: str = Field(
        default="",
        title="кем издан",
        description="Кто издал или утвердил документ, в именительном падеже: «УО», «муниципальный методический центр»; "
        "если не указано — орган управления образованием, от имени которого ведутся документы (его "
        "сокращённое наименование).",
    )
    number: str = Field(default="", title="номер", description="Регистрационный номер.")
    date: datetime.date = Field(title="дата", description="Дата документа.")
    title: str = Field(default="", title="заголовок", description="Заголовок документа.")
    link: str = Field(default="", title="ссылка", description="Где документ опубликован.")


class MechanismResult(SourceModel):
    mechanism: Code | None = Field(
        default=None,
        title="механизм",
        description="Код механизма действующего перечня; не задаётся для системы, которой в нём нет "
        "(тогда — название).",
    )
    title: str = Field(
        default="",
        title="название в том году",
        description="Название системы, как она оценивалась в том году, если её нет в действующем перечне механизмов: "
        "«Система методической работы». Такая строка показывается отдельно, не под кодом механизма.",
    )
    earned: int = Field(ge=0, title="получено баллов", description="Баллы, полученные в том году.")
    possible: int = Field(ge=1, title="возможно баллов", description="Максимум баллов в том году.")
    percent: float | None = Field(
        default=None,
        ge=0,
        le=100,
        title="доля по источнику",
        description="Доля набранных баллов, как её приводит источник («88,9 %»); без неё доля считается.",
    )

    @model_validator(mode="after")
    def _named(self) -> "MechanismResult":
        if self.mechanism is None and not self.title.strip():
            raise ValueError("укажите код механизма или название системы, которая оценивалась в том году")
        return self


class YearResults(SourceModel):
    """Results recorded for an earlier year (e.g. the federal assessment of 2020)."""

    year: int = Field(ge=2000, le=2100, title="год", description="Год оценки.")
    source: str = Field(default="", title="источник", description="Откуда взяты результаты.")
    document: str = Field(
        default="",
        title="официальный документ",
        description="Официальный документ оценивавшей организации, которым оформлены результаты, с датой и номером: "
        "«письмо Министерства образования и науки Челябинской области от … № …». Без него документ "
        "самооценки говорит, что реквизиты официального документа в источнике не указаны.",
    )
    assessment: Literal["внешняя оценка", "самооценка"] = Field(
        default="внешняя оценка",
        title="вид оценки",
        description="Кто оценивал: «внешняя оценка» (оценивающая организация) или «самооценка»; результаты внешней "
        "оценки и самооценки документ самооценки не сравнивает как динамику.",
    )
    results: list[MechanismResult] = Field(min_length=1, title="результаты", description="Баллы по механизмам.")


class Evaluation(SourceModel):
    """regulations/evaluation.yaml: the self-assessment year, evidence records and earlier results."""

    title: Text = Field(
        default="Результаты самооценки механизмов управления качеством образования",
        title="название приложения",
        description="Название документа с результатами.",
    )
    year: int = Field(ge=2000, le=2100, title="год самооценки", description="Год, за который проводится самооценка.")
    approved_by: Identifier | None = Field(
        default=None, title="приложение к акту", description="Приказ, к которому прилагаются результаты самооценки."
    )
    evidence: list[EvidenceRecord] = Field(
        default_factory=list, title="подтверждения", description="Записи о документах."
    )
    history: list[YearResults] = Field(
        default_factory=list, title="прошлые годы", description="Результаты прошлых лет."
    )
