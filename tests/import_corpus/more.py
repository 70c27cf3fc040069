"""Three more Положения о мониторинге and two Положения о МСОКО, each typed in its own way."""

from __future__ import annotations

from pathlib import Path

from . import word
from .monitoring import SIGNED, STAMPED, Expected
from .wording import (ANALYSIS, CRITERIA, GENERAL, GOAL_11, GOAL_22, GOAL_24, INDICATORS_11, MECHANISMS, METHODS,
                      SCHEDULE, TASKS_11, TASKS_22, TASKS_24, UMBRELLA_GENERAL, UMBRELLA_GOAL, UMBRELLA_PRINCIPLES,
                      UMBRELLA_STRUCTURE, UMBRELLA_TASKS)


def roman_rows(path: Path) -> Expected:
    """«Раздел I.» typed; a typed table of contents; bold roman headings; an indicator merged down over one
    row per band («Критерий | Баллы»)."""
    d = word.new()
    word.stamp_table(d)
    word.para(d, "ПОЛОЖЕНИЕ о мониторинге системы обеспечения профессионального развития педагогических работников",
              bold=True)
    word.para(d, "Содержание", bold=True)
    word.lines(d, ["Раздел I. Общие положения\t1", "Раздел II. Цель и задачи мониторинга\t1",
                   "Раздел III. Показатели мониторинга\t2"])
    word.para(d, "Раздел I. Общие положения", bold=True)
    word.lines(d, GENERAL)
    word.para(d, "Раздел II. Цель и задачи мониторинга", bold=True)
    word.para(d, f"Цель: {GOAL_22}.")
    word.para(d, "Задачи:")
    word.lines(d, [f"{n}) {task};" for n, task in enumerate(TASKS_22, 1)])
    word.para(d, "Раздел III. Показатели мониторинга", bold=True)
    rows = [["№", "Показатель", "Ед. изм.", "Критерий", "Баллы"]]
    for n, (name, bands) in enumerate((
            ("Доля педагогов, прошедших диагностику профессиональных дефицитов", ("30 % и более", "от 15 до 29 %", "менее 15 %")),
            ("Доля молодых педагогов со стажем до трёх лет, охваченных наставничеством", ("90 % и более", "от 70 до 89 %", "менее 70 %"))), 1):
        rows += [[str(n), name, "%", condition, str(2 - k)] for k, condition in enumerate(bands)]
    word.table(d, rows, ((1, 0, 3, 0), (1, 1, 3, 1), (1, 2, 3, 2), (4, 0, 6, 0), (4, 1, 6, 1), (4, 2, 6, 2)))
    word.para(d, "Раздел IV. Методы сбора и обработки информации", bold=True)
    word.lines(d, METHODS)
    word.para(d, "Раздел V. Периодичность и сроки", bold=True)
    word.para(d, SCHEDULE)
    word.para(d, "Раздел VI. Критерии оценивания", bold=True)
    word.para(d, CRITERIA)
    d.save(path)
    return Expected("2.2", [("процент", [("30 % и более", 2), ("от 15 до 29 %", 1), ("менее 15 %", 0)]),
                            ("процент", [("90 % и более", 2), ("от 70 до 89 %", 1), ("менее 70 %", 0)])],
                    [STAMPED, "оглавление ← абзацы 2–5"])


def paragraph_outline(path: Path) -> Expected:
    """Outline levels on plain paragraphs (as LibreOffice writes them): the title at level 1, the sections
    at level 2 under it; method and periodicity only in the sections, for --fill-from-sections."""
    d = word.new()
    word.stamp_table(d)
    word.outline(word.para(d, "Положение о мониторинге качества дошкольного образования", bold=True), 0)
    for title, texts in (("Общие положения", GENERAL), ("Цель мониторинга", [GOAL_24[:1].upper() + GOAL_24[1:] + "."]),
                         ("Задачи мониторинга", [f"- {t};" for t in TASKS_24])):
        word.outline(word.para(d, title), 1)
        word.lines(d, texts)
    word.outline(word.para(d, "Показатели мониторинга"), 1)
    word.table(d, [["№", "Показатель", "Единица измерения", "Критерии (баллы)"],
                   ["1", "Доля педагогов ДОО, имеющих высшее педагогическое образование", "%",
                    "70 % и более — 2 балла; от 50 до 69 % — 1 балл; менее 50 % — 0 баллов"],
                   ["2", "Наличие в ДОО программы развития", "", "да — 1 балл; нет — 0 баллов"]])
    word.outline(word.para(d, "Методы сбора информации"), 1)
    word.para(d, "Сбор информации осуществляется методом анализа документов ДОО.")
    word.outline(word.para(d, "Периодичность и сроки проведения"), 1)
    word.para(d, "Мониторинг проводится ежегодно, до 1 октября.")
    word.outline(word.para(d, "Критерии оценивания"), 1)
    word.para(d, CRITERIA)
    d.save(path)
    return Expected("2.4", [("процент", [("70 % и более", 2), ("от 50 до 69 %", 1), ("менее 50 %", 0)]),
                            ("да/нет", [("да", 1), ("нет", 0)])], [STAMPED])


def list_bands(path: Path) -> Expected:
    """Heading 3 only; indicators numbered by Word with their bands as sub-items; «Согласовано» at the end."""
    d = word.new()
    word.para(d, "ПОЛОЖЕНИЕ о мониторинге качества подготовки обучающихся", "Heading 3")
    for title, texts in (("Общие положения", GENERAL), ("Цель", [GOAL_11[:1].upper() + GOAL_11[1:] + "."])):
        d.add_heading(title, 3)
        word.lines(d, texts)
    d.add_heading("Задачи", 3)
    word.lines(d, TASKS_11, "List Number")
    d.add_heading("Показатели", 3)
    num = word.numbering(d, ("%1.", "%1.%2."))
    for name in INDICATORS_11[:2]:
        word.numbered(word.para(d, name), num)
        for band in ("90 % и более — 2 балла", "от 75 до 89 % — 1 балл", "менее 75 % — 0 баллов"):
            word.para(d, band, "List Bullet 2")
    for title, texts in (("Методы сбора и обработки информации", METHODS), ("Сроки проведения", [SCHEDULE]),
                         ("Критерии оценивания", [CRITERIA]), ("Использование результатов", [ANALYSIS])):
        d.add_heading(title, 3)
        word.lines(d, texts)
    word.para(d)
    word.lines(d, ["СОГЛАСОВАНО", "Председатель Управляющего совета", "протокол от 12.03.2021 № 2"])
    d.save(path)
    bands = [("90 % и более", 2), ("от 75 до 89 %", 1), ("менее 75 %", 0)]
    return Expected("1.1", [("процент", bands)] * 2, ["согласовано: Председатель Управляющего совета"],
                    ["Управляющего совета"])


def umbrella_headings(path: Path) -> Expected:
    """The Положение о МСОКО: Heading 2 sections under a Heading 1 title; goal, tasks and principles under
    one heading with lead-ins; a tabbed signature and a «Лист ознакомления»."""
    d = word.new()
    word.stamp_table(d)
    d.add_heading("Положение о муниципальной системе оценки качества образования Копейского городского округа", 1)
    d.add_heading("Общие положения", 2)
    word.para(d, UMBRELLA_GENERAL)
    d.add_heading("Цели, задачи и принципы МСОКО", 2)
    word.para(d, f"Цель МСОКО: {UMBRELLA_GOAL.lower()}.")
    word.para(d, "Задачи МСОКО:")
    word.lines(d, [f"{t};" for t in UMBRELLA_TASKS], "List Bullet")
    word.para(d, "Принципы МСОКО:")
    word.lines(d, UMBRELLA_PRINCIPLES, "List Bullet")
    d.add_heading("Организационная структура МСОКО", 2)
    word.para(d, UMBRELLA_STRUCTURE)
    d.add_heading("Механизмы управления качеством образования", 2)
    word.para(d, "В МСОКО входят механизмы:")
    word.lines(d, MECHANISMS, "List Number")
    d.add_heading("Заключительные положения", 2)
    word.para(d, "Положение действует до его отмены.")
    word.para(d)
    word.signature(d)
    word.acquaintance_sheet(d)
    d.save(path)
    return Expected(None, requisites=[STAMPED, SIGNED, "лист ознакомления"], kept_out=["Ангеловский", "ознакомлены"])


def umbrella_bold(path: Path) -> Expected:
    """The Положение о МСОКО as the seed types it: «ЦЕЛЬ: …» in capitals, «ЗАДАЧИ:», «ПРИНЦИПЫ:» under one
    bold heading; the list of mechanisms as a table; the stamp in a text box."""
    d = word.new()
    word.text_box(d, word.STAMP)
    word.para(d, "ПОЛОЖЕНИЕ", bold=True, align="center")
    word.para(d, "о муниципальной системе оценки качества образования Копейского городского округа", bold=True,
              align="center")
    word.para(d, "1. Общие положения", bold=True)
    word.para(d, UMBRELLA_GENERAL)
    word.para(d, "2. Цели и задачи", bold=True)
    word.para(d, f"ЦЕЛЬ: {UMBRELLA_GOAL}")
    word.para(d, "ЗАДАЧИ:")
    word.lines(d, UMBRELLA_TASKS)
    word.para(d, "ПРИНЦИПЫ:")
    word.lines(d, UMBRELLA_PRINCIPLES)
    word.para(d, "3. Организационная структура", bold=True)
    word.para(d, UMBRELLA_STRUCTURE)
    word.para(d, "4. Механизмы управления качеством образования", bold=True)
    word.table(d, [["Код", "Механизм"]] + [[code, title] for code, title in
                                            zip(("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4"), MECHANISMS)])
    d.save(path)
    return Expected(None, requisites=[STAMPED], kept_out=["УТВЕРЖДЕНО"])
