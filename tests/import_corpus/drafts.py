"""Indicators typed as paragraphs («Показатель 1. …» under a level-3 heading, bands as a list below each), and
drafts sent for approval with unaccepted tracked changes (w:ins/w:del by two authors) and comments."""

from __future__ import annotations

from pathlib import Path

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

from . import layouts, office, word
from .spec import S11, S12, S13, S24, WideExpected, expected, points_text

STAMPED = "гриф утверждения: приказом управления образования"
COMPUTATION = ("Значение показателя рассчитывается как отношение числа обучающихся, выполнивших работу на базовом "
               "уровне и выше, к общему числу участников, умноженное на 100 %.")


def paragraph_indicators(path: Path) -> WideExpected:
    """1.1 in Heading 1/2 styles; under «Показатели мониторинга» a Heading 3 group, then «Показатель 1. …» as a
    plain paragraph, its unit, source and computation clause, «Шкала оценивания:» and its bands as a bulleted list."""
    spec = S11
    d = word.new()
    word.stamp_table(d)
    d.add_heading(spec.title, 1)
    for heading, texts in (("Общие положения", spec.general), ("Цель мониторинга", (spec.goal,)),
                           ("Задачи мониторинга", tuple(f"{t};" for t in spec.tasks))):
        d.add_heading(heading, 2)
        word.lines(d, texts)
    d.add_heading("Показатели мониторинга", 2)
    d.add_heading("Показатели качества подготовки обучающихся", 3)
    for n, indicator in enumerate(spec.indicators, 1):
        word.para(d, f"Показатель {n}. {indicator.name}.")
        word.para(d, "Единица измерения: процент.")
        word.para(d, "Источник данных: ФИС ОКО, отчёты ОО.")
        word.para(d, COMPUTATION)
        word.para(d, "Шкала оценивания:")
        word.lines(d, [f"{text} — {points_text(b.points)};" for text, b in indicator.bands], "List Bullet")
    for heading, texts in (("Методы сбора и обработки информации", spec.methods),
                           ("Периодичность и сроки проведения", (spec.schedule,)),
                           ("Критерии оценивания", (spec.criteria,))):
        d.add_heading(heading, 2)
        word.lines(d, texts)
    word.para(d)
    word.signature(d)
    d.save(path)
    return WideExpected([expected(spec)], [STAMPED, "подпись: Начальник управления образования"],
                        ["Ангеловский", "Показатель 2.", "Шкала оценивания"])


def paragraph_indicators_points_first(path: Path) -> WideExpected:
    """1.2 in typed bold sections; «3.1. Показатели результативности» a Heading 3; each indicator a paragraph
    with the bold lead «Показатель 3.1.», the unit in the sentence, a formula clause, bands typed with dashes
    and points first («– 2 балла — 100 %;»)."""
    spec = S12
    d = word.new()
    for line in ("УТВЕРЖДЕНО", "приказом управления образования", "от 15.03.2021 № 112"):
        word.para(d, line, align="right")
    layouts.title_pair(d, spec)
    word.para(d, "1. Общие положения", bold=True)
    word.lines(d, [f"1.{n}. {t}" for n, t in enumerate(spec.general, 1)])
    word.para(d, "2. Цель и задачи мониторинга", bold=True)
    word.para(d, f"2.1. Цель: {spec.goal[:1].lower()}{spec.goal[1:]}")
    word.para(d, "2.2. Задачи:")
    word.lines(d, [f"{n}) {t};" for n, t in enumerate(spec.tasks, 1)])
    word.para(d, "3. Показатели мониторинга", bold=True)
    d.add_heading("3.1. Показатели результативности", 3)
    for n, indicator in enumerate(spec.indicators, 1):
        paragraph = word.para(d)
        paragraph.add_run(f"Показатель 3.{n}.").bold = True
        unit = "в процентах" if indicator.unit == "процент" else "«да/нет»"
        paragraph.add_run(f" {indicator.name} (единица измерения — {unit}).")
        if indicator.unit == "процент":
            word.para(d, "Формула расчёта: Д = А / Б × 100 %, где А — число ОО, отвечающих условию показателя, "
                         "Б — общее число ШНОР и ШНСУ.")
        word.para(d, "Оценка в баллах:")
        word.lines(d, [f"– {points_text(b.points)} — {text}{'.' if k == len(indicator.bands) else ';'}"
                       for k, (text, b) in enumerate(indicator.bands, 1)])
    word.para(d, "4. Методы сбора и обработки информации", bold=True)
    word.lines(d, [f"4.{n}. {t}" for n, t in enumerate(spec.methods, 1)])
    word.para(d, "5. Периодичность и сроки", bold=True)
    word.para(d, f"5.1. {spec.schedule}")
    word.para(d, "6. Критерии оценивания", bold=True)
    word.para(d, f"6.1. {spec.criteria}")
    d.save(path)
    return WideExpected([expected(spec)], [STAMPED], ["Формула расчёта", "Оценка в баллах"])


def comment_styles(d) -> None:
    """The styles Word gives a comment's mark and text, which python-docx's blank template lacks."""
    for name, kind in (("CommentReference", WD_STYLE_TYPE.CHARACTER), ("CommentText", WD_STYLE_TYPE.PARAGRAPH)):
        d.styles.add_style(name, kind)


def rewrite(paragraph, xml: str) -> None:
    """The paragraph's runs replaced by ``xml``: plain runs with tracked insertions and deletions among them."""
    for run in paragraph._p.xpath("./w:r"):
        paragraph._p.remove(run)
    office.append_runs(paragraph, xml)


def find(paragraphs, start: str):
    return next(p for p in paragraphs if p.text.startswith(start))


def cell_paragraphs(d):
    return [p for table in d.tables for row in table.rows for cell in row.cells for p in cell.paragraphs]


def tracked_draft_numbered(path: Path) -> WideExpected:
    """1.3 in bold numbered sections, sent with nine unaccepted revisions by two authors — words inserted into the
    goal, a task deleted whole, a band's bound and an indicator's stage replaced in the table, the deadline
    replaced — and two comments; read as accepted, nothing deleted may survive and no comment reach the text."""
    spec = S13
    d = word.new()
    word.stamp_table(d)
    layouts.title_pair(d, spec)
    layouts.numbered_body(d, spec)
    ivanova, petrov = "Иванова Е.П.", "Петров С.А."

    def ins(revision: int, who: str, text: str) -> str:
        return office.tracked("ins", revision, who, text)

    def dele(revision: int, who: str, text: str) -> str:
        return office.tracked("del", revision, who, text)

    goal = find(d.paragraphs, "2.1.")
    rewrite(goal, office.plain("2.1. Цель мониторинга: совершенствование системы выявления")
            + ins(1, ivanova, ", поддержки")
            + office.plain(" и развития способностей и талантов у детей и молодёжи")
            + dele(2, petrov, " в Копейском городском округе") + office.plain("."))
    task = find(d.paragraphs, f"– {spec.tasks[-1]}")
    extra = word.para(d)
    task._p.addnext(extra._p)
    rewrite(extra, dele(3, petrov, "– проведение анкетирования родителей обучающихся;"))
    bands = find(cell_paragraphs(d), "60 % и более")
    rewrite(bands, office.plain("60 % и более — 2 балла; от 40 до ") + dele(4, petrov, "49") + ins(5, petrov, "59")
            + office.plain(" % — 1 балл; менее 40 % — 0 баллов"))
    name = find(cell_paragraphs(d), "Число победителей")
    rewrite(name, office.plain("Число победителей и призёров ") + dele(6, ivanova, "муниципального")
            + ins(7, ivanova, "регионального") + office.plain(" этапа ВсОШ"))
    schedule = find(d.paragraphs, "5.1.")
    rewrite(schedule, office.plain("5.1. Мониторинг проводится ежегодно, сбор данных — до 1 ")
            + dele(8, ivanova, "сентября") + ins(9, ivanova, "октября") + office.plain("."))
    comment_styles(d)
    d.add_comment(goal.runs[0], "Уточнить формулировку цели по региональной концепции", author=ivanova, initials="ИЕ")
    d.add_comment(bands.runs[0], "Согласовать границы баллов с методическим советом", author=petrov, initials="ПС")
    d.save(path)
    return WideExpected([expected(spec)], [STAMPED],
                        ["Копейском городском округе", "анкетирования родителей", "муниципального этапа", "сентября",
                         "Уточнить формулировку", "Согласовать границы"],
                        ["выявления, поддержки и развития", "регионального этапа ВсОШ"],
                        revisions=(9, (ivanova, petrov)))


def tracked_draft_headings(path: Path) -> WideExpected:
    """2.4 in heading styles with ten revisions by two other authors: a whole indicator row deleted (the row mark
    and its five cells), a heading completed («Периодичность и сроки» + «проведения»), a clause inserted into
    the general provisions, words deleted from the methods and the criteria; comments on a heading and on the
    table."""
    spec = S24
    d = word.new()
    word.stamp_table(d)
    layouts.heading_body(d, spec)
    smirnova, kuznetsov = "Смирнова О.В.", "Кузнецов А.Н."
    revision = iter(range(1, 20))

    def change(kind: str, who: str, text: str) -> str:
        return office.tracked(kind, next(revision), who, text, "2023-03-02T09:05:00Z")

    table = d.tables[-1]
    row = table.add_row()
    row._tr.get_or_add_trPr().append(parse_xml(
        f'<w:cantSplit xmlns:w="{word.W_NS}"/>'))
    row._tr.trPr.append(parse_xml(
        f'<w:del xmlns:w="{word.W_NS}" w:id="{100 + next(revision)}" w:author="{kuznetsov}" '
        'w:date="2023-03-02T09:05:00Z"/>'))
    for cell, text in zip(row.cells, ("4.", "Доля ДОО, реализующих программы для детей раннего возраста", "%",
                                      "отчёт ОО", "50 % и более — 2 балла; менее 50 % — 0 баллов")):
        rewrite(cell.paragraphs[0], change("del", kuznetsov, text))
    heading = find(d.paragraphs, "Периодичность и сроки")
    rewrite(heading, office.plain("Периодичность и сроки") + change("ins", smirnova, " проведения"))
    general = find(d.paragraphs, spec.general[0])
    inserted = word.para(d)
    general._p.addnext(inserted._p)
    rewrite(inserted, change("ins", smirnova, "Мониторинг охватывает все дошкольные образовательные организации "
                                              "Копейского городского округа (далее — ДОО)."))
    methods = find(d.paragraphs, spec.methods[0][:30])
    rewrite(methods, office.plain(spec.methods[0].removesuffix(" и отчётов ОО."))
            + change("del", kuznetsov, ", анкетирования родителей") + office.plain(" и отчётов ОО."))
    criteria = find(d.paragraphs, spec.criteria[:20])
    rewrite(criteria, office.plain(spec.criteria[:-1]) + change("del", smirnova, " с учётом весовых коэффициентов")
            + office.plain("."))
    comment_styles(d)
    d.add_comment(heading.runs[0], "Добавить сроки представления отчётов ДОО", author=smirnova, initials="СО")
    d.add_comment(table.rows[1].cells[1].paragraphs[0].runs[0], "Показатель исключён по решению рабочей группы",
                  author=kuznetsov, initials="КА")
    d.save(path)
    return WideExpected([expected(spec)], [STAMPED],
                        ["раннего возраста", "анкетирования родителей", "весовых коэффициентов", "Добавить сроки",
                         "исключён по решению"],
                        ["Мониторинг охватывает все дошкольные"],
                        revisions=(10, (smirnova, kuznetsov)))
