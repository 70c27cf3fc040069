"""Положения о мониторинге typed in ten distinct ways; each function writes one and returns what a
faithful import must give (see :class:`Expected`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import word
from .wording import (ANALYSIS, CRITERIA, GENERAL, GOAL_11, GOAL_12, GOAL_13, GOAL_14, GOAL_15, GOAL_21, GOAL_23,
                      INDICATORS_11, INDICATORS_12, METHODS, RECOMMENDATIONS, SCHEDULE, TASKS_11, TASKS_12, TASKS_13,
                      TASKS_14, TASKS_15, TASKS_21, TASKS_23)

STAMPED = "гриф утверждения: приказом управления образования"
SIGNED = "подпись: Начальник управления образования А.А. Ангеловский"
BANDS_90 = [("90 % и более", 2), ("от 75 до 89 %", 1), ("менее 75 %", 0)]


@dataclass
class Expected:
    mechanism: str | None
    """The mechanism code; None for the Положение о МСОКО."""
    indicators: list[tuple[str, list[tuple[str, int]]]] = field(default_factory=list)
    """Per indicator: its unit and its bands (condition, points)."""
    requisites: list[str] = field(default_factory=list)
    """How the report's requisites begin, one per requisite (stamp, marks, signature, «Согласовано», «Лист
    ознакомления»): a text box read twice or a requisite missed fails."""
    kept_out: list[str] = field(default_factory=list)
    """Text of requisites that must appear in no field of the source."""
    when: tuple[str, str] | None = None
    """(periodicity, deadline) every indicator must get, when the document gives them per indicator."""
    title_paragraph: int = 1
    """The title's number among the non-empty paragraphs of the main text (tables and text boxes not counted)."""


def heading_levels(path: Path) -> Expected:
    """Heading 1 title, Heading 2 sections, Heading 3 steps; a stamp in a table; a tabbed signature."""
    d = word.new()
    word.stamp_table(d)
    d.add_heading("Положение о мониторинге качества подготовки обучающихся", 1)
    d.add_heading("Общие положения", 2)
    word.lines(d, GENERAL)
    d.add_heading("Цель и задачи мониторинга", 2)
    word.para(d, f"Цель мониторинга — {GOAL_11}.")
    word.para(d, "Задачи мониторинга:")
    word.lines(d, TASKS_11, "List Bullet")
    d.add_heading("Показатели мониторинга", 2)
    word.para(d, "Перечень показателей мониторинга приведён в таблице.")
    word.table(d, [["№ п/п", "Наименование показателя", "Единица измерения", "Источник информации",
                    "Периодичность и сроки", "Критерии оценивания (баллы)"]] +
               [[f"{n}.", name, "%", "ФИС ОКО", "ежегодно, до 1 июля",
                 "90 % и более — 2 балла; от 75 до 89 % — 1 балл; менее 75 % — 0 баллов"]
                for n, name in enumerate(INDICATORS_11, start=1)])
    d.add_heading("Методы сбора и обработки информации", 2)
    word.lines(d, METHODS)
    d.add_heading("Периодичность и сроки проведения мониторинга", 2)
    word.para(d, SCHEDULE)
    d.add_heading("Критерии оценивания", 2)
    word.para(d, CRITERIA)
    d.add_heading("Использование результатов мониторинга", 2)
    d.add_heading("Анализ результатов", 3)
    word.para(d, ANALYSIS)
    d.add_heading("Адресные рекомендации", 3)
    word.para(d, RECOMMENDATIONS)
    word.para(d)
    word.signature(d)
    d.save(path)
    return Expected("1.1", [("процент", BANDS_90)] * 3, [STAMPED, SIGNED], ["Ангеловский"],
                    when=("ежегодно", "до 1 июля"))


def custom_outline(path: Path) -> Expected:
    """Custom styles with outline levels; goal and tasks as labelled items of one section; a text-box stamp;
    «Показатели и критерии» split at its lead-in; bands «≥ 30 % — 2» several per cell."""
    d = word.new()
    section = word.custom_style(d, "Раздел Положения", 0)
    word.custom_style(d, "Название Положения", None, bold=True)
    word.text_box(d, word.STAMP)
    word.para(d, "ПОЛОЖЕНИЕ", "Название Положения", align="center")
    word.para(d, "о системе работы по самоопределению и профессиональной ориентации обучающихся",
              "Название Положения", align="center")
    word.para(d, "1. Общие положения", section.name)
    word.lines(d, [f"1.{n}. {text}" for n, text in enumerate(GENERAL, start=1)])
    word.para(d, "2. Цели и задачи мониторинга", section.name)
    word.para(d, f"2.1. Цель мониторинга: {GOAL_14}.")
    word.para(d, "2.2. Задачи мониторинга: " + "; ".join(TASKS_14) + ".")
    word.outline(word.para(d, "3. Показатели и критерии оценки"), 0)
    word.para(d, "Показатели и критерии оценки приведены в таблице:")
    word.table(d, [["№", "Показатель", "Источник", "Критерии"],
                   ["3.1", "Доля обучающихся 6–11 классов, участвующих в проекте «Билет в будущее» (%)", "отчёт ОО",
                    "≥ 30 % — 2; 15–29 % — 1; < 15 % — 0"],
                   ["3.2", "Доля обучающихся с ОВЗ, охваченных профориентационными мероприятиями, %", "отчёт ОО",
                    "≥ 50 % — 2; 25–49 % — 1; < 25 % — 0"],
                   ["3.3", "Наличие в ОО программы профориентационной работы (да/нет)", "сайт ОО", "да — 1; нет — 0"]])
    word.para(d, "Критерии оценивания:")
    word.para(d, "Система признаётся эффективной при сумме не менее 4 баллов.")
    word.para(d, "4. Методы сбора и обработки информации", section.name)
    word.lines(d, METHODS)
    word.para(d, "5. Периодичность и сроки", section.name)
    word.para(d, SCHEDULE)
    d.save(path)
    return Expected("1.4", [("процент", [("≥ 30 %", 2), ("15–29 %", 1), ("< 15 %", 0)]),
                            ("процент", [("≥ 50 %", 2), ("25–49 %", 1), ("< 25 %", 0)]),
                            ("да/нет", [("да", 1), ("нет", 0)])],
                    [STAMPED], ["УТВЕРЖДЕНО"])


def bold_list(path: Path) -> Expected:
    """Bold capitals with typed numbers; an appendix mark; indicators as a bulleted list with units in the
    names; a common scale «от 0 до 2 баллов»; «Лист ознакомления» at the end."""
    d = word.new()
    for line in word.APPENDIX_MARK:
        word.para(d, line, align="right")
    word.para(d, "ПОЛОЖЕНИЕ", bold=True, align="center")
    word.para(d, "о мониторинге системы выявления, поддержки и развития способностей и талантов у детей и молодёжи",
              bold=True, align="center")
    word.para(d, "1. ОБЩИЕ ПОЛОЖЕНИЯ", bold=True)
    word.lines(d, GENERAL)
    word.para(d, "2. ЦЕЛЬ МОНИТОРИНГА", bold=True)
    word.para(d, GOAL_13[:1].upper() + GOAL_13[1:] + ".")
    word.para(d, "3. ЗАДАЧИ МОНИТОРИНГА", bold=True)
    word.lines(d, [f"– {task};" for task in TASKS_13])
    word.para(d, "4. ПОКАЗАТЕЛИ МОНИТОРИНГА", bold=True)
    word.para(d, "Мониторинг проводится по следующим показателям:")
    word.lines(d, ["Доля обучающихся 5–11 классов, принявших участие в школьном этапе ВсОШ (%)",
                   "Число победителей и призёров регионального и заключительного этапов ВсОШ, чел.",
                   "Наличие муниципальной программы поддержки одарённых детей (да/нет)"], "List Bullet")
    word.para(d, "5. МЕТОДЫ СБОРА ИНФОРМАЦИИ", bold=True)
    word.lines(d, METHODS)
    word.para(d, "6. СРОКИ ПРОВЕДЕНИЯ", bold=True)
    word.para(d, SCHEDULE)
    word.para(d, "7. КРИТЕРИИ ОЦЕНИВАНИЯ", bold=True)
    word.para(d, "Каждый показатель оценивается по шкале от 0 до 2 баллов:")
    word.lines(d, ["2 балла — значение показателя достигнуто или превышено;",
                   "1 балл — значение показателя достигнуто частично;", "0 баллов — значение показателя не достигнуто."])
    word.para(d, "Система признаётся эффективной при сумме не менее 4 баллов.")
    word.acquaintance_sheet(d)
    d.save(path)
    common = [("значение показателя достигнуто или превышено", 2), ("значение показателя достигнуто частично", 1),
              ("значение показателя не достигнуто", 0)]
    return Expected("1.3", [("процент", common), ("человек", common), ("да/нет", common)],
                    ["отметка о приложении: Приложение № 3 к приказу", "лист ознакомления"], ["ознакомлены"], title_paragraph=4)


def word_numbering(path: Path) -> Expected:
    """Section headings numbered by Word («1.», «2.») in bold, clauses «1.1.» numbered by Word; «СОГЛАСОВАНО»
    beside the stamp; «Критерии оценки» merged over «0 баллов | 1 балл | 2 балла»."""
    d = word.new()
    word.stamp_table(d, left=("СОГЛАСОВАНО", "Председатель муниципального методического совета",
                              "протокол от 12.03.2021 № 2"))
    word.para(d, "ПОЛОЖЕНИЕ о мониторинге работы со школами с низкими результатами обучения и школами, "
                 "функционирующими в неблагоприятных социальных условиях", bold=True, align="center")
    num = word.numbering(d)

    def heading(text: str) -> None:
        word.numbered(word.para(d, text, bold=True), num)

    def clauses(texts) -> None:
        for text in texts:
            word.numbered(word.para(d, text), num, 1)

    heading("Общие положения")
    clauses(GENERAL)
    heading("Цель мониторинга")
    clauses([GOAL_12[:1].upper() + GOAL_12[1:] + "."])
    heading("Задачи мониторинга")
    word.lines(d, TASKS_12, "List Bullet")
    heading("Показатели мониторинга")
    rows = [["№", "Показатель", "Ед. изм.", "Критерии оценки", "", ""], ["", "", "", "0 баллов", "1 балл", "2 балла"]]
    rows += [[f"{n}", name, "%", "менее 50 %", "50–79 %", "80 % и более"] for n, name in enumerate(INDICATORS_12, 1)]
    word.table(d, rows, ((0, 3, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)))
    heading("Методы сбора и обработки информации")
    clauses(METHODS)
    heading("Периодичность и сроки проведения")
    clauses([SCHEDULE])
    heading("Критерии оценивания")
    clauses([CRITERIA])
    d.save(path)
    bands = [("менее 50 %", 0), ("50–79 %", 1), ("80 % и более", 2)]
    return Expected("1.2", [("процент", bands)] * 3, ["согласовано: Председатель муниципального методического совета", STAMPED],
                    ["методического совета"])


def criteria_table(path: Path) -> Expected:
    """Heading 1 sections; criteria as a separate table in their own section, matched by the code; a
    signature typed in a table."""
    d = word.new()
    word.stamp_table(d)
    word.para(d, "ПОЛОЖЕНИЕ", "Title")
    word.para(d, "о мониторинге эффективности деятельности руководителей образовательных организаций", "Title")
    for title, texts in (("Общие положения", GENERAL), ("Цель мониторинга", [GOAL_21[:1].upper() + GOAL_21[1:] + "."])):
        d.add_heading(title, 1)
        word.lines(d, texts)
    d.add_heading("Задачи мониторинга", 1)
    word.lines(d, TASKS_21, "List Number")
    d.add_heading("Показатели", 1)
    word.table(d, [["Код", "Показатель", "Ед. изм.", "Метод сбора", "Срок"],
                   ["2.1.1", "Доля руководителей ОО, прошедших повышение квалификации по вопросам управления "
                             "качеством образования", "%", "анализ документов", "до 1 октября"],
                   ["2.1.3", "Доля должностей руководителей ОО, обеспеченных кадровым резервом", "%",
                    "анализ документов", "до 1 октября"]])
    d.add_heading("Методы сбора информации", 1)
    word.lines(d, METHODS)
    d.add_heading("Сроки", 1)
    word.para(d, SCHEDULE)
    d.add_heading("Критерии оценивания", 1)
    word.para(d, "Значения показателей оцениваются в баллах:")
    word.table(d, [["Код показателя", "2 балла", "1 балл", "0 баллов"], ["2.1.1", "100 %", "от 70 до 99 %", "менее 70 %"],
                   ["2.1.3", "50 % и более", "от 25 до 49 %", "менее 25 %"]])
    word.para(d, "Эффективность руководителя оценивается суммой баллов по показателям.")
    word.para(d)
    word.table(d, [list(word.HEAD)])
    d.save(path)
    return Expected("2.1", [("процент", [("100 %", 2), ("от 70 до 99 %", 1), ("менее 70 %", 0)]),
                            ("процент", [("50 % и более", 2), ("от 25 до 49 %", 1), ("менее 25 %", 0)])],
                    [STAMPED, SIGNED], ["Ангеловский"])


def criteria_text(path: Path) -> Expected:
    """Typed numbers, plain (not bold) headings; indicators as typed clauses; each indicator's criteria in
    the text of the criteria section; the stamp as plain lines «от «15» марта 2021 г.»."""
    d = word.new()
    word.lines(d, ["УТВЕРЖДЕНО", "приказом управления образования", "от «15» марта 2021 г. № 112"])
    word.para(d, "Положение о мониторинге объективности процедур оценки качества образования и олимпиад школьников")
    word.lines(d, ["1. Общие положения", *[f"1.{n}. {t}" for n, t in enumerate(GENERAL, 1)],
                   "2. Цель и задачи", f"2.1. Цель: {GOAL_15}.", "2.2. Задачи:",
                   *[f"{letter}) {task};" for letter, task in zip("аб", TASKS_15)],
                   "3. Показатели мониторинга",
                   "3.1. Доля ОО с признаками необъективности результатов ВПР, %.",
                   "3.2. Доля ОО, в которых ВПР проводились в присутствии независимых наблюдателей, %.",
                   "4. Методы сбора информации", *METHODS, "5. Сроки проведения", SCHEDULE,
                   "6. Критерии оценивания",
                   "6.1. По показателю 3.1: 0 % — 2 балла; от 0,1 до 5 % — 1 балл; более 5 % — 0 баллов.",
                   "6.2. По показателю 3.2: 100 % — 2 балла; от 80 до 99 % — 1 балл; менее 80 % — 0 баллов.",
                   f"6.3. {CRITERIA}"])
    word.para(d)
    word.signature(d, tabs=5)
    d.save(path)
    return Expected("1.5", [("процент", [("0 %", 2), ("от 0,1 до 5 %", 1), ("более 5 %", 0)]),
                            ("процент", [("100 %", 2), ("от 80 до 99 %", 1), ("менее 80 %", 0)])],
                    [STAMPED, SIGNED], ["Ангеловский"], title_paragraph=4)


def capitals(path: Path) -> Expected:
    """Headings in capitals, neither bold nor numbered; the title pair in capitals; bands one per line with
    en-dash ranges; a signature over two lines."""
    d = word.new()
    word.stamp_table(d)
    word.para(d, "ПОЛОЖЕНИЕ", align="center")
    word.para(d, "О МОНИТОРИНГЕ СИСТЕМЫ ОРГАНИЗАЦИИ ВОСПИТАНИЯ ОБУЧАЮЩИХСЯ", align="center")
    for title, texts in (("ОБЩИЕ ПОЛОЖЕНИЯ", GENERAL), ("ЦЕЛЬ", [GOAL_23[:1].upper() + GOAL_23[1:] + "."]),
                         ("ЗАДАЧИ", [f"{t};" for t in TASKS_23])):
        word.para(d, title)
        word.lines(d, texts)
    word.para(d, "ПОКАЗАТЕЛИ")
    word.table(d, [["№", "Наименование показателя", "Ед. измерения", "Баллы"],
                   ["1", "Доля обучающихся, вовлечённых в деятельность детских общественных объединений", "%",
                    "60–100 % — 2 балла\n40–59 % — 1 балл\nменее 40 % — 0 баллов"],
                   ["2", "Доля обучающихся, участвующих в добровольческой (волонтёрской) деятельности", "%",
                    "30 % и более — 2 балла\n15–29 % — 1 балл\nменее 15 % — 0 баллов"]])
    for title, texts in (("МЕТОДЫ СБОРА И ОБРАБОТКИ ИНФОРМАЦИИ", METHODS), ("ПЕРИОДИЧНОСТЬ", [SCHEDULE]),
                         ("КРИТЕРИИ ОЦЕНИВАНИЯ", [CRITERIA])):
        word.para(d, title)
        word.lines(d, texts)
    word.para(d)
    word.para(d, "Начальник")
    word.para(d, "управления образования\t\t\tА.А. Ангеловский")
    d.save(path)
    return Expected("2.3", [("процент", [("60–100 %", 2), ("40–59 %", 1), ("менее 40 %", 0)]),
                            ("процент", [("30 % и более", 2), ("15–29 %", 1), ("менее 15 %", 0)])],
                    [STAMPED, SIGNED], ["Ангеловский"])
