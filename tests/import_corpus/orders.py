"""Положения as municipalities keep them inside other documents: three as appendices 1–3 of one приказ, and a
Положение whose bands live in a separate table of its own appendix, referred to by indicator number."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from docx.enum.section import WD_SECTION

from . import layouts, word
from .spec import S11, S12, S13, S15, S21, S24, WideExpected, answer, expected, points_text

ORDER_318 = ("Приложение {n}", "к приказу управления образования", "от 01.09.2022 № 318")
ORDER_457 = ("Приложение № {n}", "к приказу управления образования администрации Копейского городского округа",
             "от 05.10.2023 № 457")
PREAMBLE = ("В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», "
            "постановлением Правительства Российской Федерации от 05.08.2013 № 662 «Об осуществлении мониторинга "
            "системы образования», в целях совершенствования муниципальной системы оценки качества образования "
            "и построения полного управленческого цикла по каждому механизму управления качеством образования")
CONTROL = ("Контроль за исполнением настоящего приказа возложить на заместителя начальника управления образования "
           "Н.О. Климкину.")
ORDER_KEPT_OUT = ["п р и к а з ы в а ю", "ПРИКАЗЫВАЮ", "Контроль за исполнением", "Климкин", "Ангеловский",
                  "Руководителям образовательных организаций"]


def order_three_spaced(path: Path) -> WideExpected:
    """A приказ typed as in the seeds (head in capitals, «П Р И К А З», «п р и к а з ы в а ю:», typed points
    «1.1. Положение … (приложение 1)» that look like titles, a tabbed signature), then after page breaks
    «Приложение 1 к приказу …» and a Положение in bold numbered sections, three times: 1.1, 1.2, 1.3."""
    d = word.new()
    layouts.a4(d)
    word.para(d, "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ КОПЕЙСКОГО ГОРОДСКОГО ОКРУГА", bold=True, align="center")
    word.para(d, "П Р И К А З", bold=True, align="center")
    word.para(d, "01.09.2022\t\t\t\t\t\t\t\t№ 318")
    word.para(d, "г. Копейск", align="center")
    word.para(d, "Об утверждении положений о мониторинге механизмов управления качеством образовательных результатов",
              bold=True)
    word.para(d, PREAMBLE)
    word.para(d, "п р и к а з ы в а ю:")
    word.para(d, "1. Утвердить:")
    specs = (S11, S12, S13)
    word.lines(d, [f"1.{n}. {s.title} (приложение {n}){';' if n < 3 else '.'}" for n, s in enumerate(specs, 1)])
    word.para(d, "2. Руководителям образовательных организаций обеспечить представление в управление образования "
                 "сведений, необходимых для проведения мониторингов, в установленные сроки.")
    word.para(d, f"3. {CONTROL}")
    word.para(d)
    word.signature(d)
    for n, spec in enumerate(specs, 1):
        d.add_page_break()
        for line in ORDER_318:
            word.para(d, line.format(n=n), align="right")
        word.para(d)
        layouts.title_pair(d, spec)
        layouts.numbered_body(d, spec, layouts.continued_rows if n == 2 else layouts.bands_in_cell)
    d.save(path)
    return WideExpected([expected(s) for s in specs],
                        [f"отметка о приложении: Приложение {n} к приказу" for n in (1, 2, 3)], ORDER_KEPT_OUT,
                        act={"kind": "приказ", "number": "318", "date": "2022-09-01"})


def order_three_sections(path: Path) -> WideExpected:
    """Another combination (2.1, 2.4, 1.5) typed otherwise: date and number in a borderless table, «ПРИКАЗЫВАЮ:»,
    points numbered by Word, the signature in a table; each appendix in a new section with its mark in a
    stamp table and the Положение in heading styles; 1.5's bands spelled per indicator in its criteria."""
    d = word.new()
    layouts.a4(d)
    word.lines(d, ["АДМИНИСТРАЦИЯ КОПЕЙСКОГО ГОРОДСКОГО ОКРУГА", "ЧЕЛЯБИНСКОЙ ОБЛАСТИ", "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"])
    word.para(d, "ПРИКАЗ", bold=True, align="center")
    cells = d.add_table(rows=1, cols=2).rows[0].cells
    cells[0].text, cells[1].text = "«05» октября 2023 г.", "№ 457"
    word.para(d, "О мониторинге механизмов управления качеством образования", bold=True)
    word.para(d, PREAMBLE + ",")
    word.para(d, "ПРИКАЗЫВАЮ:")
    specs = (S21, S24, S15)
    num = word.numbering(d, ("%1.",))
    for n, spec in enumerate(specs, 1):
        word.numbered(word.para(d, f"Утвердить {spec.title} (приложение № {n})."), num)
    word.numbered(word.para(d, CONTROL), num)
    word.table(d, [["Начальник управления образования", "А.А. Ангеловский"]])
    for n, spec in enumerate(specs, 1):
        d.add_section(WD_SECTION.NEW_PAGE)
        word.stamp_table(d, right=tuple(line.format(n=n) for line in ORDER_457))
        if spec is S15:
            layouts.heading_body(d, spec, layouts.without_bands, tuple(layouts.bands_as_lines(spec)))
        else:
            layouts.heading_body(d, spec, layouts.continued_rows if spec is S21 else layouts.bands_in_cell)
    d.save(path)
    return WideExpected([expected(s) for s in specs],
                        [f"отметка о приложении: Приложение № {n} к приказу" for n in (1, 2, 3)], ORDER_KEPT_OUT,
                        act={"kind": "приказ", "number": "457", "date": "2023-10-05"})


def appendix_scale_merged(path: Path) -> WideExpected:
    """2.1 in Heading 1 sections; its indicator table has no bands; «Приложение 1 к Положению» holds the scale:
    grouping rows across the table, each indicator's number merged down over its band rows."""
    spec = S21
    d = word.new()
    word.stamp_table(d)
    word.para(d, "ПОЛОЖЕНИЕ", "Title")
    word.para(d, spec.subject, "Title")
    for heading, texts in (("Общие положения", spec.general), ("Цель мониторинга", (spec.goal,)),
                           ("Задачи мониторинга", spec.tasks)):
        d.add_heading(heading, 1)
        word.lines(d, texts)
    d.add_heading("Показатели мониторинга", 1)
    layouts.without_bands(d, spec, "")
    for heading, texts in (("Методы сбора и обработки информации", spec.methods),
                           ("Сроки проведения", (spec.schedule,)),
                           ("Критерии оценивания", (spec.criteria, "Значения показателей оцениваются в баллах по "
                                                    "шкале, приведённой в приложении 1 к настоящему Положению.")),
                           ("Заключительные положения", ("Положение вступает в силу со дня его утверждения.",))):
        d.add_heading(heading, 1)
        word.lines(d, texts)
    d.add_page_break()
    word.lines(d, ["Приложение 1", "к Положению о мониторинге эффективности", "деятельности руководителей ОО"])
    word.para(d, "Шкала оценивания показателей мониторинга", bold=True, align="center")
    rows = [["№ показателя", "Значение показателя", "Количество баллов"]]
    merges = []
    for group, members in (("I. Профессиональное развитие руководителей", (1, 2)),
                           ("II. Стратегическое управление", (3,))):
        merges.append((len(rows), 0, len(rows), 2))
        rows.append([group, "", ""])
        for n in members:
            bands = spec.indicators[n - 1].bands
            merges.append((len(rows), 0, len(rows) + len(bands) - 1, 0))
            rows += [[f"{n}.", text, str(band.points)] for text, band in bands]
    word.table(d, rows, tuple(merges))
    d.save(path)
    return WideExpected([expected(spec)], ["гриф утверждения: приказом управления образования"], ["Шкала оценивания",
                                                                                                "I. Профессиональное"])


def appendix_scale_columns(path: Path) -> WideExpected:
    """1.3 in bold typed sections; «Приложение к Положению» with a scale whose header «Баллы» spans «2 балла |
    1 балл | 0 баллов», «№» and «Показатель» merged down over both header rows, grouping rows, and indicators
    named by their clause «п. 3.2»; the yes/no indicator scores 2 for «да» and has no 1-point band («—»)."""
    spec = replace(S13, indicators=(*S13.indicators[:2], replace(S13.indicators[2], bands=(
        ("да", answer("да", 2)), ("нет", answer("нет", 0))))))
    d = word.new()
    for line in ("УТВЕРЖДЕНО", "приказом управления образования", "от 15.03.2021 № 112"):
        word.para(d, line, align="right")
    layouts.title_pair(d, spec)
    layouts.numbered_body(d, spec, layouts.without_bands)
    word.para(d, "6.2. Критерии оценивания показателей приведены в приложении к настоящему Положению.")
    d.add_page_break()
    word.para(d, "Приложение", align="right")
    word.para(d, "к Положению о мониторинге системы выявления, поддержки и развития способностей и талантов",
              align="right")
    word.para(d, "Критерии оценивания показателей", bold=True, align="center")
    rows = [["№ п/п", "Показатель", "Баллы", "", ""], ["", "", points_text(2), points_text(1), points_text(0)],
            ["Результативность работы с одарёнными детьми", "", "", "", ""]]
    for n, indicator in enumerate(spec.indicators[:2], 1):
        rows.append([str(n), f"п. 3.{n}", *(text for text, _ in indicator.bands)])
    rows += [["Условия", "", "", "", ""], ["3", "п. 3.3", "да", "—", "нет"]]
    word.table(d, rows, ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (2, 0, 2, 4), (5, 0, 5, 4)))
    d.save(path)
    return WideExpected([expected(spec)], ["гриф утверждения: приказом управления образования"],
                        ["Результативность работы с одарёнными"])
