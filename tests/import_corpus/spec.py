"""What a Положение says, apart from how it is typed: the wide corpus lays the same few specs out in many
ways (a приказ with appendices, .odt, a scan…) and derives what a faithful import must give from the spec,
so a layout and its expectation cannot drift apart. Bands follow the range contract of BANDS.md."""

from __future__ import annotations

from dataclasses import dataclass, field

from .wording import (CRITERIA, GENERAL, GOAL_11, GOAL_12, GOAL_13, GOAL_14, GOAL_15, GOAL_21, GOAL_24, INDICATORS_11,
                      INDICATORS_12, METHODS, SCHEDULE, TASKS_11, TASKS_12, TASKS_13, TASKS_14, TASKS_15, TASKS_21,
                      TASKS_24)


@dataclass(frozen=True)
class Band:
    """One band as the range contract stores it: a range, an answer or a qualitative condition."""

    points: int
    lower: float | None = None
    upper: float | None = None
    lower_inclusive: bool = True
    upper_inclusive: bool = False
    answer: str | None = None
    condition: str | None = None


def at_least(value: float, points: int) -> Band:
    return Band(points, lower=value)


def above(value: float, points: int) -> Band:
    return Band(points, lower=value, lower_inclusive=False)


def below(value: float, points: int) -> Band:
    return Band(points, upper=value)


def closed(lower: float, upper: float, points: int) -> Band:
    """«от 75 до 89 %», «80–99 %»: both ends belong to the band."""
    return Band(points, lower=lower, upper=upper, upper_inclusive=True)


def half_open(lower: float, upper: float, points: int) -> Band:
    """«15 % и более, но менее 30 %»."""
    return Band(points, lower=lower, upper=upper)


def exactly(value: float, points: int) -> Band:
    return Band(points, lower=value, upper=value, upper_inclusive=True)


def answer(word: str, points: int) -> Band:
    return Band(points, answer=word)


def quality(text: str, points: int) -> Band:
    return Band(points, condition=text)


@dataclass(frozen=True)
class Indicator:
    name: str
    unit_text: str
    """The unit as the document prints it: «%», «чел.», «да/нет», «баллы»."""
    unit: str
    """The unit a source must get: «процент», «человек», «да/нет», «балл»."""
    bands: tuple[tuple[str, Band], ...]
    """(the band as the document prints it, the band a source must get)."""


@dataclass(frozen=True)
class Spec:
    mechanism: str
    title: str
    goal: str
    tasks: tuple[str, ...]
    indicators: tuple[Indicator, ...]
    general: tuple[str, ...] = GENERAL
    methods: tuple[str, ...] = METHODS
    schedule: str = SCHEDULE
    criteria: str = CRITERIA

    @property
    def subject(self) -> str:
        """The title without «Положение»: «о мониторинге …»."""
        return self.title.removeprefix("Положение ")


@dataclass
class ExpectedIndicator:
    code: str
    name_start: str
    unit: str
    bands: list[Band]


@dataclass
class ExpectedDocument:
    """One Положение of the file and the source it must become."""

    mechanism: str
    title: str
    parts: dict[str, str]
    """Each of the six parts (YAML field) → the words its text must begin with."""
    indicators: list[ExpectedIndicator]


@dataclass
class WideExpected:
    documents: list[ExpectedDocument]
    """Every Положение in the file, in order: a file with three gives three sources."""
    requisites: list[str] = field(default_factory=list)
    """How lines of the reports' requisites begin: stamps, appendix marks, signatures."""
    kept_out: list[str] = field(default_factory=list)
    """Text that must reach no source of a Положение: the приказ around them, signatures, page numbers, deleted text."""
    kept_in: list[str] = field(default_factory=list)
    """Text that must reach some source: words rejoined across a hyphen, inserted tracked text."""
    act: dict[str, str] | None = None
    """The act the file holds besides its Положения: {"kind", "number", "date"} of its new source."""
    revisions: tuple[int, tuple[str, ...]] | None = None
    """Tracked changes read as accepted: their count and authors, as the report must name them."""
    scanned: bool = False
    """The file is an image-only PDF: the report must say its text was recognised and ask for a check."""


def first_words(text: str, count: int = 4) -> str:
    return " ".join(text.split()[:count])


def expected(spec: Spec) -> ExpectedDocument:
    parts = {"goal": first_words(spec.goal), "tasks": first_words(spec.tasks[0]),
             "indicators": first_words(spec.indicators[0].name), "methods": first_words(spec.methods[0]),
             "schedule": first_words(spec.schedule), "criteria": first_words(spec.criteria)}
    indicators = [ExpectedIndicator(f"{spec.mechanism}.{n}", first_words(i.name, 5), i.unit, [b for _, b in i.bands])
                  for n, i in enumerate(spec.indicators, 1)]
    return ExpectedDocument(spec.mechanism, spec.title, parts, indicators)


def percent(name: str, *bands: tuple[str, Band]) -> Indicator:
    return Indicator(name, "%", "процент", bands)


YES_NO = (("да", answer("да", 1)), ("нет", answer("нет", 0)))
BANDS_90 = (("90 % и более", at_least(90, 2)), ("от 75 до 89 %", closed(75, 89, 1)), ("менее 75 %", below(75, 0)))

S11 = Spec("1.1", "Положение о мониторинге качества подготовки обучающихся", GOAL_11[:1].upper() + GOAL_11[1:] + ".",
           TASKS_11, (
               percent(INDICATORS_11[0], *BANDS_90),
               percent(INDICATORS_11[1], ("100 %", exactly(100, 2)), ("от 95 до 99,9 %", closed(95, 99.9, 1)),
                       ("менее 95 %", below(95, 0))),
               percent(INDICATORS_11[2], ("не менее 30 %", at_least(30, 2)),
                       ("15 % и более, но менее 30 %", half_open(15, 30, 1)), ("менее 15 %", below(15, 0)))))
S12 = Spec("1.2", "Положение о мониторинге работы со школами с низкими результатами обучения и школами, "
                  "функционирующими в неблагоприятных социальных условиях", GOAL_12[:1].upper() + GOAL_12[1:] + ".",
           TASKS_12, (
               percent(INDICATORS_12[0], ("100 %", exactly(100, 2)), ("80–99 %", closed(80, 99, 1)),
                       ("менее 80 %", below(80, 0))),
               percent(INDICATORS_12[1], ("свыше 50 %", above(50, 2)),
                       ("от 20 до 50 % включительно", closed(20, 50, 1)), ("менее 20 %", below(20, 0))),
               Indicator("Наличие муниципальной программы поддержки ШНОР и ШНСУ", "да/нет", "да/нет", YES_NO)))
S13 = Spec("1.3", "Положение о мониторинге системы выявления, поддержки и развития способностей и талантов у детей "
                  "и молодёжи", GOAL_13[:1].upper() + GOAL_13[1:] + ".", TASKS_13, (
               percent("Доля обучающихся 5–11 классов, принявших участие в школьном этапе ВсОШ",
                       ("60 % и более", at_least(60, 2)), ("от 40 до 59 %", closed(40, 59, 1)),
                       ("менее 40 %", below(40, 0))),
               Indicator("Число победителей и призёров регионального этапа ВсОШ", "чел.", "человек",
                         (("10 и более", at_least(10, 2)), ("от 1 до 9", closed(1, 9, 1)), ("0", exactly(0, 0)))),
               Indicator("Наличие муниципальной программы поддержки одарённых детей", "да/нет", "да/нет", YES_NO)))
S14 = Spec("1.4", "Положение о мониторинге системы работы по самоопределению и профессиональной ориентации "
                  "обучающихся", GOAL_14[:1].upper() + GOAL_14[1:] + ".", TASKS_14, (
               percent("Доля обучающихся 6–11 классов, участвующих в проекте «Билет в будущее»",
                       ("30 % и более", at_least(30, 2)), ("от 15 до 29 %", closed(15, 29, 1)),
                       ("менее 15 %", below(15, 0))),
               percent("Доля выпускников 9 классов, продолживших обучение по программам среднего профессионального "
                       "образования", ("не менее 50 %", at_least(50, 2)), ("от 30 до 49 %", closed(30, 49, 1)),
                       ("менее 30 %", below(30, 0))),
               Indicator("Наличие в ОО программы профориентационной работы", "да/нет", "да/нет", YES_NO)))
S15 = Spec("1.5", "Положение о мониторинге обеспечения объективности проведения оценочных процедур в "
                  "общеобразовательных организациях", GOAL_15[:1].upper() + GOAL_15[1:] + ".", TASKS_15, (
               percent("Доля ОО с признаками необъективности результатов ВПР", ("0 %", exactly(0, 2)),
                       ("более 0 до 5 % включительно", Band(1, lower=0, lower_inclusive=False, upper=5,
                                                             upper_inclusive=True)),
                       ("более 5 %", above(5, 0))),
               percent("Доля ОО, в которых ВПР проводились в присутствии независимых наблюдателей",
                       ("100 %", exactly(100, 2)), ("от 50 до 99 %", closed(50, 99, 1)), ("менее 50 %", below(50, 0))),
               percent("Доля аудиторий пунктов проведения экзаменов, оборудованных видеонаблюдением в режиме онлайн",
                       ("100 %", exactly(100, 2)), ("от 90 до 99 %", closed(90, 99, 1)), ("менее 90 %", below(90, 0)))))
S21 = Spec("2.1", "Положение о мониторинге эффективности деятельности руководителей образовательных организаций",
           GOAL_21[:1].upper() + GOAL_21[1:] + ".", TASKS_21, (
               percent("Доля руководителей ОО, прошедших повышение квалификации по вопросам управления качеством "
                       "образования", ("100 %", exactly(100, 2)), ("от 70 до 99 %", closed(70, 99, 1)),
                       ("менее 70 %", below(70, 0))),
               percent("Доля должностей руководителей ОО, обеспеченных кадровым резервом",
                       ("50 % и более", at_least(50, 2)), ("от 25 до 49 %", closed(25, 49, 1)),
                       ("менее 25 %", below(25, 0))),
               Indicator("Наличие в ОО программы развития, согласованной с учредителем", "да/нет", "да/нет", YES_NO)))
S24 = Spec("2.4", "Положение о мониторинге качества дошкольного образования", GOAL_24[:1].upper() + GOAL_24[1:] + ".",
           TASKS_24, (
               percent("Доля педагогов ДОО, имеющих высшее педагогическое образование",
                       ("70 % и более", at_least(70, 2)), ("от 50 до 69 %", closed(50, 69, 1)),
                       ("менее 50 %", below(50, 0))),
               Indicator("Наличие в ДОО программы развития", "да/нет", "да/нет", YES_NO),
               Indicator("Соответствие развивающей предметно-пространственной среды ДОО требованиям ФГОС ДО", "баллы",
                         "балл", (("соответствует в полном объёме", quality("соответствует в полном объёме", 2)),
                                  ("соответствует частично", quality("соответствует частично", 1)),
                                  ("не соответствует", quality("не соответствует", 0))))))


def bands_text(indicator: Indicator, separator: str = "; ") -> str:
    """«90 % и более — 2 балла; от 75 до 89 % — 1 балл; менее 75 % — 0 баллов»."""
    return separator.join(f"{text} — {points_text(band.points)}" for text, band in indicator.bands)


def points_text(points: int) -> str:
    word = "балл" if points == 1 else "балла" if points in (2, 3, 4) else "баллов"
    return f"{points} {word}"
