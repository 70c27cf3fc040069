"""The Положение о мониторинге of one mechanism, and its indicators."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .base import Code, Identifier, Markdown, SourceModel, Text
from .passport import SHY, Check, Passport
from .organizations import EducationLevel, OrganizationKind, SchoolMark

SIX_PARTS: tuple[tuple[str, str], ...] = (
    ("goal", "цель"),
    ("tasks", "задачи"),
    ("indicators", "показатели"),
    ("methods", "методы сбора и обработки информации"),
    ("schedule", "периодичность и сроки проведения"),
    ("criteria", "критерии оценивания"),
)
"""The six mandatory parts, as (field, Russian name), in document order."""

UNMAPPED_DESCRIPTION = (
    "Текст, который «msoko import» не отнёс ни к одному разделу; в документ не попадает. "
    "Перенесите его в нужные разделы и удалите это поле."
)


class ValueRange(SourceModel):
    """A range on a unit's scale: «75 % и более, но менее 90 %». A bound left out is open; by default the
    lower bound is included and the upper is not, so that bands laid end to end leave no value out."""

    lower: float | None = Field(default=None, title="от", description="Нижняя граница; пусто — без нижней границы.")
    lower_inclusive: bool = Field(
        default=True,
        title="включая нижнюю границу",
        description="Входит ли нижняя граница в диапазон («75 % и более»).",
    )
    upper: float | None = Field(default=None, title="до", description="Верхняя граница; пусто — без верхней границы.")
    upper_inclusive: bool = Field(
        default=False,
        title="включая верхнюю границу",
        description="Входит ли верхняя граница в диапазон («до 5 % включительно»).",
    )

    @property
    def is_range(self) -> bool:
        return self.lower is not None or self.upper is not None


class ScoringBand(ValueRange):
    """One band of an indicator's scoring scale: a range of values, a yes/no answer, or (only where the
    value is not a number) a condition in words; and the points it earns."""

    answer: Literal["да", "нет"] | None = Field(
        default=None, title="ответ", description="Для показателя «да/нет»: ответ, за который начисляются баллы."
    )
    condition: str = Field(
        default="",
        title="условие словами",
        description="Только для качественного показателя: условие, которое нельзя выразить числами.",
    )
    points: int = Field(ge=0, le=100, title="баллы", description="Баллы, которые присваиваются при этом значении.")


TotalSubject = Literal["ОО", "ДОО", "руководитель", "муниципалитет"]
SHARE_BOUNDS = "проценты от максимума"


class TotalGroup(ValueRange):
    """A group by total points: «высокий уровень — 10 баллов и более» is {name, lower: 10}."""

    name: Text = Field(title="группа", description="Название группы: «высокий уровень».")


class Total(SourceModel):
    """The sum of points a Положение ranks by, and its groups."""

    subject: TotalSubject = Field(
        title="чья сумма", description="Кто получает сумму баллов: ОО, ДОО, руководитель или муниципалитет."
    )
    indicators: list[Code] = Field(
        default_factory=list,
        title="показатели в сумме",
        description="Коды показателей, баллы которых суммируются; пусто — все показатели со шкалой.",
    )
    groups: list[TotalGroup] = Field(
        default_factory=list, title="группы по сумме баллов", description="Группы по сумме баллов, от высшей к низшей."
    )
    bounds: Literal["баллы", "проценты от максимума"] | None = Field(
        default=None,
        title="границы групп",
        description="В чём заданы границы групп: в баллах (по умолчанию) или в процентах от максимальной суммы баллов "
        "по показателям, применимым к организации (показатель, знаменатель которого у организации равен "
        "нулю, к ней не применяется).",
    )

    @property
    def share(self) -> bool:
        """The groups are shares of the maximum the organization can reach, not sums of points."""
        return self.bounds == SHARE_BOUNDS


class Calculation(SourceModel):
    """How an indicator's value is computed."""

    # Each part is a line of the column «Способ расчёта», labelled, save the formula, which reads as it stands.

    numerator: Annotated[str, Passport("Числитель", ("числител",), Check.OPTIONAL)] = Field(
        default="", title="числитель", description="Что считается в числителе."
    )
    denominator: Annotated[str, Passport("Знаменатель", ("знаменател",), Check.OPTIONAL)] = Field(
        default="", title="знаменатель", description="Что считается в знаменателе."
    )
    formula: Annotated[str, Passport("Формула", ("формул",), Check.OPTIONAL)] = Field(
        default="", title="формула", description="Способ расчёта, если он не сводится к дроби."
    )
    period: Annotated[str, Passport("Период", ("период",), Check.OPTIONAL)] = Field(
        default="", title="отчётный период", description="Отчётный период: «учебный год»."
    )

    @property
    def is_stated(self) -> bool:
        """A formula, or both a numerator and a denominator: the value can be computed."""
        return bool(self.formula or (self.numerator and self.denominator))


Unit = Literal["процент", "единица", "балл", "человек", "да/нет"]
IndicatorType = Literal["условия", "процесс", "результат"]
Level = Literal["ОО", "ДОО", "муниципалитет"]
SCORING_STEMS = ("шкал", "балл", "оценива", "критери", "значени", "диапазон", "услови")
"""A column of bands goes by many names: «Шкала оценивания», «Баллы», «Критерии оценки», «Значение показателя»."""


class Selection(SourceModel):
    """Which organizations an indicator of level ОО or ДОО is collected from: its level names the kind (ОО —
    schools, ДОО — preschools); what it measures may narrow it («10–11 классы» — schools teaching среднее). On a
    municipal share of counts made over organizations («число ОО, в которых …»), the organizations they are made of,
    kinds included: the workbook asks a row of each besides the округ's total."""

    kinds: list[OrganizationKind] = Field(
        default_factory=list,
        title="виды организаций",
        description="Виды организаций, от которых собираются данные; пусто — по уровню показателя (ОО — школы, "
        "ДОО — дошкольные организации).",
    )
    levels: list[EducationLevel] = Field(
        default_factory=list,
        title="уровни общего образования",
        description="Только школы, реализующие хотя бы один из этих уровней: «10–11 классы» — среднее; пусто — все.",
    )
    marks: list[SchoolMark] = Field(
        default_factory=list,
        title="отметки",
        description="Только школы хотя бы с одной из этих отметок (ШНОР, ШНСУ); пусто — все.",
    )


class Indicator(SourceModel):
    """An indicator passport (DOMAIN.md §5)."""

    # Each field declares its label in the Положение, the words by which «msoko import» recognises it and its
    # completeness check (schemas/passport.py). The type labels no column: the Положение groups the indicators
    # under a row per type («Показатели результата»).

    code: Annotated[Code, Passport("№", ("код", "№"), Check.REQUIRED)] = Field(
        title="код показателя", description="Код показателя: «1.1.3»."
    )
    name: Annotated[Text, Passport("Показатель", ("показател", "наименован", "индикатор"), Check.REQUIRED)] = Field(
        title="наименование", description="Наименование: «Доля обучающихся, …»."
    )
    unit: Annotated[Unit, Passport(f"Едини{SHY}ца изме{SHY}рения", ("ед.", "единиц", "ед "), Check.REQUIRED)] = Field(
        title="единица измерения", description="Единица измерения."
    )
    type: Annotated[IndicatorType, Passport("Тип", ("тип",), Check.REQUIRED)] = Field(
        title="тип показателя", description="Показатель условий, процесса или результата."
    )
    calculation: Annotated[
        Calculation, Passport("Способ расчёта", ("расч", "формул", "способ", "методик"), Check.MEASURABLE)
    ] = Field(default_factory=Calculation, title="расчёт", description="Способ расчёта значения.")
    source: Annotated[str, Passport("Источник данных", ("источник",), Check.REQUIRED)] = Field(
        default="", title="источник данных", description="Источник: «ФИС ОКО», «отчёт ОО»."
    )
    method: Annotated[str, Passport("Метод сбора", ("метод",), Check.REQUIRED)] = Field(
        default="", title="метод сбора", description="Метод сбора информации."
    )
    periodicity: Annotated[str, Passport("Периодичность", ("периодичн",), Check.REQUIRED)] = Field(
        default="", title="периодичность", description="Периодичность: «ежегодно»."
    )
    deadline: Annotated[str, Passport("Срок", ("срок",), Check.OPTIONAL)] = Field(
        default="", title="срок", description="Срок сбора: «до 1 октября»."
    )
    level: Annotated[Level, Passport("Уровень", ("уровен",), Check.OPTIONAL)] = Field(
        default="ОО", title="уровень", description="Уровень, на котором собирается показатель."
    )
    applies_to: Annotated[Selection | None, Passport("Организации", ("организаци",), Check.OPTIONAL)] = Field(
        default=None,
        title="от каких организаций",
        description="От каких организаций собираются данные показателя уровня ОО или ДОО, если не от всех: виды, "
        "уровни общего образования, отметки ШНОР и ШНСУ. У показателя муниципального уровня — доли, числитель и "
        "знаменатель которой складываются по организациям («число ОО, в которых …»), — эти организации с их видом: "
        "книга сбора данных спрашивает строку каждой из них вместе с итогом по округу.",
    )
    responsible: Annotated[str, Passport("Ответственный", ("ответствен",), Check.OPTIONAL)] = Field(
        default="", title="ответственный", description="Кто отвечает за сбор."
    )
    target: Annotated[str, Passport(f"Целе{SHY}вое значе{SHY}ние", ("целев",), Check.OPTIONAL)] = Field(
        default="", title="целевое значение", description="Целевое значение: «не менее 90 %»."
    )
    scoring: Annotated[list[ScoringBand], Passport(f"Шкала оцени{SHY}вания", SCORING_STEMS, Check.REQUIRED)] = Field(
        default_factory=list, title="шкала оценивания", description="Баллы по диапазонам значений."
    )
    recommendation: Annotated[
        Markdown, Passport("Рекомендации", ("рекомендац", "рекомендуемые меры"), Check.OPTIONAL)
    ] = Field(
        default="",
        title="рекомендации при недостижении целевого значения",
        description="Что делать, если значение показателя не достигает целевого: какие меры принимает ОО, а для "
        "показателя муниципального уровня — УО и методическая служба, и кто их выполняет. Основа "
        "адресных рекомендаций ОО по итогам мониторинга.",
    )

    @property
    def max_points(self) -> int:
        return max((band.points for band in self.scoring), default=0)


class UseOfResults(SourceModel):
    """How the monitoring results feed the management cycle."""

    analysis: Markdown = Field(default="", title="анализ результатов", description="Как анализируются результаты.")
    recommendations: Markdown = Field(
        default="", title="адресные рекомендации", description="Как готовятся адресные рекомендации."
    )
    measures: Markdown = Field(default="", title="меры и мероприятия", description="Какие меры принимаются.")
    decisions: Markdown = Field(
        default="", title="управленческие решения", description="Какие управленческие решения принимаются."
    )
    effectiveness: Markdown = Field(
        default="", title="анализ эффективности мер", description="Как оценивается эффективность принятых мер."
    )


class CycleDeadlines(SourceModel):
    """When each step of the management cycle after the аналитическая справка is done (the справка's own deadline
    is the schedule's): «до 15 ноября», or «до 1 июля года, следующего за отчётным» for what comes a year later."""

    recommendations: str = Field(
        default="",
        title="адресные рекомендации",
        description="Срок подготовки и направления адресных рекомендаций: «до 15 ноября».",
    )
    plan: str = Field(
        default="",
        title="план мероприятий",
        description="Срок утверждения плана мероприятий по итогам мониторинга: «до 1 декабря».",
    )
    decisions: str = Field(
        default="",
        title="управленческие решения",
        description="Срок приказа об итогах мониторинга с управленческими решениями: «до 1 декабря».",
    )
    measures: str = Field(
        default="",
        title="проведение мероприятий",
        description="Срок проведения мероприятий и отчёта о выполнении плана: «до 1 июля года, "
        "следующего за отчётным».",
    )
    effectiveness: str = Field(
        default="",
        title="анализ эффективности мер",
        description="Срок анализа эффективности принятых мер: «до 1 ноября года, следующего за отчётным».",
    )


class MonitoringRegulation(SourceModel):
    """regulations/mechanisms/*.yaml: the Положение о мониторинге of one mechanism."""

    mechanism: Code = Field(title="механизм", description="Код механизма из каталога; задаётся при создании Положения.")
    title: Text = Field(
        title="название положения",
        description="Полное название Положения, как оно будет напечатано в документе.",
    )
    approved_by: Identifier | None = Field(
        default=None, title="утверждено актом", description="Приказ, которым утверждено Положение."
    )
    general_provisions: Markdown = Field(
        default="", title="общие положения", description="Назначение, нормативная основа, термины."
    )
    goal: Markdown = Field(title="цель", description="Цель мониторинга.")
    tasks: list[str] = Field(title="задачи", description="Задачи мониторинга, каждая отдельным пунктом.")
    indicators: list[Indicator] = Field(title="показатели", description="Показатели мониторинга.")
    methods: Markdown = Field(
        title="методы сбора и обработки информации", description="Методы сбора и обработки информации."
    )
    schedule: Markdown = Field(
        title="периодичность и сроки проведения", description="Периодичность и сроки проведения мониторинга."
    )
    cycle_deadlines: CycleDeadlines = Field(
        default_factory=CycleDeadlines,
        title="сроки управленческого цикла",
        description="Сроки шагов управленческого цикла после аналитической справки: адресные рекомендации, план "
        "мероприятий, управленческие решения, проведение мероприятий, анализ эффективности.",
    )
    criteria: Markdown = Field(title="критерии оценивания", description="Критерии оценивания.")
    total: Total | None = Field(
        default=None,
        title="итоговая сумма баллов",
        description="Чья сумма баллов считается, по каким показателям и на какие группы она делится.",
    )
    participants: Markdown = Field(
        default="", title="участники и ответственные", description="Участники мониторинга и ответственные."
    )
    use_of_results: UseOfResults = Field(
        default_factory=UseOfResults,
        title="порядок использования результатов",
        description="Анализ, адресные рекомендации, меры, решения, анализ эффективности.",
    )
    final_provisions: Markdown = Field(
        default="", title="заключительные положения", description="Заключительные положения."
    )
    unmapped: Markdown = Field(
        default="",
        title="не распознано при импорте",
        description=UNMAPPED_DESCRIPTION,
    )

    def summed_indicators(self) -> list[Indicator]:
        """The indicators whose points make the total: those the total names, else every one."""
        named = set(self.total.indicators) if self.total else set()
        return [indicator for indicator in self.indicators if not named or indicator.code in named]

    @property
    def max_total(self) -> int:
        return sum(indicator.max_points for indicator in self.summed_indicators())


__all__ = [
    "Calculation",
    "CycleDeadlines",
    "Identifier",
    "Indicator",
    "MonitoringRegulation",
    "SIX_PARTS",
    "ScoringBand",
    "Selection",
    "Total",
    "TotalGroup",
    "TotalSubject",
    "ValueRange",
    "UseOfResults",
]
