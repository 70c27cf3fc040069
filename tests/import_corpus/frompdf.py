"""Word files made from a PDF by a converter: every printed line its own paragraph, words hyphenated at line
ends («неблагоприя-» / «тных»), the running header «Страница N из M» inside the text, a «1 2 3 4» row of
column numbers under the table's head and again where the table continues after a page break, every cell's
printed lines as paragraphs, and a signature whose gap is typed with spaces."""

from __future__ import annotations

from pathlib import Path

import pyphen
from docx.enum.text import WD_BREAK

from . import word
from .spec import S11, S12, Spec, WideExpected, expected, points_text

STAMPED = "гриф утверждения: приказом управления образования"
SIGNED = "подпись: Начальник управления образования"
HYPHENATION = pyphen.Pyphen(lang="ru_RU")


def split_point(token: str, room: int) -> int:
    """Where a printer's hyphenation (the Russian patterns of pyphen) cuts ``token`` to fit ``room`` characters
    with its hyphen; 0 where no cut fits or the token is no plain word."""
    word_part = token.rstrip(".,;:»)")
    if not word_part.isalpha():
        return 0
    return max((k for k in HYPHENATION.positions(word_part) if k + 1 <= room), default=0)


def printed(text: str, width: int = 78, forced: tuple[str, ...] = ()) -> list[str]:
    """``text`` broken into printed lines of at most ``width`` characters, long words hyphenated; a word in
    ``forced`` («неблагоприя|тных») is cut where its «|» stands, whatever the width."""
    cuts = {entry.replace("|", ""): entry.index("|") for entry in forced}
    lines, line = [], ""
    for token in text.split():
        forced_cut = next((k for w, k in cuts.items() if token.startswith(w)), 0)
        if forced_cut:
            lines.append(f"{line} {token[:forced_cut]}-".strip())
            line = token[forced_cut:]
        elif len(line) + 1 + len(token) <= width:
            line = f"{line} {token}".strip()
        elif (k := split_point(token, width - len(line) - 1)) and len(token) > 6:
            lines.append(f"{line} {token[:k]}-")
            line = token[k:]
        else:
            lines.append(line)
            line = token
    return lines + [line]


def cell_lines(cell, text: str, width: int) -> None:
    """The cell's text as the converter leaves it: one paragraph per printed line."""
    chunks = printed(text, width)
    cell.text = chunks[0]
    for chunk in chunks[1:]:
        cell.add_paragraph(chunk)


def converted_table(d, indicators, header: bool):
    """The indicator table, or its continuation after a page break: a header (if ``header``), the «1 2 3 4»
    row, each indicator one row whose cells hold their printed lines."""
    rows = ([["№ п/п", "Наименование показателя", "Ед. изм.", "Критерии оценивания"]] if header else [])
    rows.append(["1", "2", "3", "4"])
    table = word.table(d, rows + [["", "", "", ""] for _ in indicators])
    for row, (n, indicator) in zip(table.rows[len(rows):], indicators):
        row.cells[0].text = f"{n}."
        cell_lines(row.cells[1], indicator.name, 34)
        row.cells[2].text = indicator.unit_text
        cell_lines(row.cells[3], "; ".join(f"{t} — {points_text(b.points)}" for t, b in indicator.bands), 28)
    return table


def from_pdf_lines(path: Path) -> WideExpected:
    """1.2 from a converted PDF: «Страница 1 из 4» atop, «Страница 2 из 4» between two lines of the goal, the
    table cut by «Страница 3 из 4» and continued with its «1 2 3 4» row alone, «неблагоприя-» / «тных» in the
    general provisions, the stamp and the signature placed by runs of spaces."""
    spec = S12
    d = word.new()
    word.para(d, "Страница 1 из 4")
    for line in ("УТВЕРЖДЕНО", "приказом управления образования", "от 15.03.2021 № 112"):
        word.para(d, " " * 70 + line)
    word.lines(d, [" " * 36 + "ПОЛОЖЕНИЕ", "о мониторинге работы со школами с низкими результатами обучения и школами,",
                   "функционирующими в неблагоприятных социальных условиях"])
    word.para(d, "1. Общие положения")
    general = (*spec.general, "Под ШНСУ в настоящем Положении понимаются школы, функционирующие в неблагоприятных "
               "социальных условиях, перечень которых ежегодно утверждается приказом УО.")
    for n, text in enumerate(general, 1):
        word.lines(d, printed(f"1.{n}. {text}", forced=("неблагоприя|тных",) if n == 3 else ()))
    word.para(d, "2. Цель и задачи мониторинга")
    goal = printed(f"2.1. Цель мониторинга: {spec.goal[:1].lower()}{spec.goal[1:]}", 60)
    word.lines(d, [goal[0], "Страница 2 из 4", *goal[1:]])
    word.para(d, "2.2. Задачи мониторинга:")
    for task in spec.tasks:
        word.lines(d, printed(f"– {task};", 60))
    word.para(d, "3. Показатели мониторинга")
    word.para(d, "3.1. Мониторинг проводится по показателям, приведённым в таблице:")
    numbered = list(enumerate(spec.indicators, 1))
    converted_table(d, numbered[:2], header=True)
    word.para(d, "Страница 3 из 4")
    converted_table(d, numbered[2:], header=False)
    word.para(d, "4. Методы сбора и обработки информации")
    for n, text in enumerate(spec.methods, 1):
        word.lines(d, printed(f"4.{n}. {text}"))
    word.para(d, "Страница 4 из 4")
    word.para(d, "5. Периодичность и сроки проведения мониторинга")
    word.lines(d, printed(f"5.1. {spec.schedule}"))
    word.para(d, "6. Критерии оценивания")
    word.lines(d, printed(f"6.1. {spec.criteria}"))
    word.para(d, "Начальник управления образования" + " " * 38 + "А.А. Ангеловский")
    d.save(path)
    return WideExpected([expected(spec)], [STAMPED, SIGNED], ["Страница", "Ангеловский", "неблагоприя-"],
                        ["функционирующие в неблагоприятных социальных условиях"])


def from_pdf_pages(path: Path) -> WideExpected:
    """1.1 from another converter: justified printed lines, each paragraph's first line indented by spaces, page
    breaks kept as breaks with «Страница N из 3» at each page's foot, bullets typed as «•» and a tab, the
    table's «1 2 3 4» row repeated after the break, the signature's initials spaced («А. А. Ангеловский»)."""
    spec = S11
    d = word.new()
    page = iter(range(1, 4))

    def page_end() -> None:
        word.para(d, f"Страница {next(page)} из 3", align="center")
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def sections(*parts: tuple[str, tuple[str, ...]]) -> None:
        """Each heading, then its paragraphs as justified printed lines, the first indented by spaces."""
        for heading, texts in parts:
            word.para(d, heading)
            for text in texts:
                for k, line in enumerate(printed(text, 84)):
                    word.para(d, ("      " if k == 0 else "") + line).alignment = 3

    word.lines(d, [" " * 60 + "УТВЕРЖДЕНО", " " * 60 + "приказом управления образования",
                   " " * 60 + "от 15.03.2021 № 112", "", " " * 30 + "ПОЛОЖЕНИЕ",
                   " " * 12 + spec.subject])
    sections(("1. Общие положения", spec.general), ("2. Цель мониторинга", (spec.goal,)))
    word.para(d, "3. Задачи мониторинга")
    for task in spec.tasks:
        for k, line in enumerate(printed(f"{task};", 80)):
            word.para(d, ("•\t" if k == 0 else "\t") + line)
    page_end()
    word.para(d, "4. Показатели мониторинга")
    numbered = list(enumerate(spec.indicators, 1))
    converted_table(d, numbered[:2], header=True)
    page_end()
    converted_table(d, numbered[2:], header=False)
    sections(("5. Методы сбора и обработки информации", spec.methods),
             ("6. Периодичность и сроки проведения", (spec.schedule,)), ("7. Критерии оценивания", (spec.criteria,)))
    word.para(d)
    word.para(d, "Начальник управления образования" + " " * 30 + "А. А. Ангеловский")
    word.para(d, "Страница 3 из 3", align="center")
    d.save(path)
    return WideExpected([expected(spec)], [STAMPED, SIGNED], ["Страница", "Ангеловский", "•"])
