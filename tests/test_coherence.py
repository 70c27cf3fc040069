"""The coherence rules (issue 23): each finds its planted defect in a DOCX msoko did not write (``lint``), in
the sources (``check``, located at the YAML line) and in a foreign document brought in by ``import`` + ``check``."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.test_import import empty_project, municipality_layout  # noqa: F401  (fixture)
from tests.test_lint import CLEAN_ORDER, _foreign

NBSP = "\u00a0"
COHERENCE = {
    "deadline-period",
    "schedule-deadlines",
    "cycle-deadlines",
    "roadmap-dates",
    "evidence-late",
    "number-twice",
    "anachronism",
    "figure-source",
    "term-variant",
    "abbrev-late",
    "abbrev-spelled-out",
    "abbrev-inside-name",
    "executor-controller",
    "cites-later-act",
    "citation-date",
    "colloquial",
    "citation-unverified",
    "point-deadline",
}


def _lint(example, path: Path) -> list[dict]:
    return example.run("lint", "--format", "json", str(path)).json()["diagnostics"]


def test_clean_foreign_order_breaks_no_coherence_rule(example, tmp_path):
    order = _foreign(tmp_path / "order.docx", CLEAN_ORDER)
    assert not [d for d in _lint(example, order) if d["code"] in COHERENCE]


@pytest.mark.parametrize(
    "index, old, new, code, fragment",
    [
        (
            8,
            "привести локальные акты ОО",
            "можно набрать баллы и/или привести локальные акты ОО",
            "colloquial",
            "«можно набрать»: в официальном тексте — «максимальная сумма баллов составляет»",
        ),
        (
            8,
            "привести локальные акты ОО",
            "учитывать мировые тренды и привести локальные акты ОО",
            "colloquial",
            "«тренды»: в официальном тексте — «тенденции»",
        ),  # M-3 of the lawyer's read
        (
            8,
            "привести локальные акты ОО",
            "весьма оперативно привести локальные акты ОО",
            "colloquial",
            "«весьма»: в официальном тексте — «необходимо»",
        ),  # K-3
        (
            8,
            "привести локальные акты ОО",
            "привести локальные акты ОО, так как под оценкой принято понимать систему",
            "colloquial",
            "«принято понимать»: в официальном тексте — «понимается»",
        ),  # K-3
        (
            8,
            "привести локальные акты ОО",
            "привести локальные акты ОО, поскольку управление было слабо визуализировано",
            "colloquial",
            "«слабо визуализировано»: в официальном тексте — «не представлен в наглядной форме»",
        ),  # K-3
        (
            8,
            "привести локальные акты ОО",
            "оформлять документы по ГОСТ Р 7.0.97-2025 и привести локальные акты ОО",
            "anachronism",
            "документ датирован 15.03.2023, а ссылается на «ГОСТ Р 7.0.97-2025», принятый в 2025 году",
        ),
        (
            8,
            "привести локальные акты ОО",
            "обеспечить присутствие независимых наблюдателей и привести локальные акты ОО",
            "term-variant",
            "«независимых наблюдателей» — второе название для «общественные наблюдатели»",
        ),
        (
            5,
            "от 01.02.2023",
            "от 01.04.2023",
            "cites-later-act",
            "акт № 01/150 от 01.04.2023 издан позже документа, который на него ссылается (документ датирован "
            "15.03.2023)",
        ),
        (
            8,
            "привести локальные акты ОО",
            "привести локальные акты общеобразовательных организаций",
            "abbrev-spelled-out",
            "после введения сокращения «ОО» полное название «общеобразовательных организаций» написано снова",
        ),
        (
            9,
            "заместителя начальника управления образования И.П.\u00a0Сидорову",
            "начальника управления образования А.В.\u00a0Петрова",
            "executor-controller",
            None,
        ),
        (
            7,
            "Утвердить прилагаемое",
            "Региональному центру обработки информации (далее — РЦОИ) Челябинской области "
            "направить данные. Утвердить прилагаемое",
            "abbrev-inside-name",
            "сокращение «РЦОИ» введено внутри названия: после «(далее — РЦОИ)» название продолжается («Челябинской "
            "области»)",
        ),
        (
            8,
            "до 1\u00a0сентября 2023 г. привести",
            "привести",
            "point-deadline",
            "поручение «Руководителям общеобразовательных организаций (далее — ОО) привести локальные …» без срока "
            "исполнения и периодичности",
        ),
        (
            7,
            "Утвердить прилагаемое",
            "Руководителям общеобразовательных организаций представить отчёты. Утвердить прилагаемое",
            "abbrev-late",
            "полное название «общеобразовательных организаций» употреблено раньше, чем введено сокращение «ОО»",
        ),
    ],
)
def test_each_text_rule_finds_its_defect_in_a_foreign_order(example, tmp_path, index, old, new, code, fragment):
    lines = list(CLEAN_ORDER)
    if code == "executor-controller":  # the signatory is named as the executor of point 2 and keeps control
        lines[8] = lines[8].replace(
            "Руководителям общеобразовательных организаций (далее — ОО)",
            f"Руководителям общеобразовательных организаций (далее — ОО) под руководством А.В.{NBSP}Петрова",
        )
    assert old in lines[index], old
    lines[index] = lines[index].replace(old, new)
    found = [d for d in _lint(example, _foreign(tmp_path / "order.docx", lines)) if d["code"] == code]
    assert found, code
    assert fragment is None or any(fragment in d["message"] for d in found), found


def test_figures_need_a_source_and_a_date(example, tmp_path):
    lines = (
        CLEAN_ORDER[:7]
        + ["В сеть входят 68 муниципальных образовательных организаций, в них обучаются 19 850 человек."]
        + CLEAN_ORDER[7:]
    )
    found = [d for d in _lint(example, _foreign(tmp_path / "order.docx", lines)) if d["code"] == "figure-source"]
    assert [d["line"] for d in found] == [8]
    assert (
        "«68 муниципальных образовательных организаций», «19 850 человек») без источника и даты" in found[0]["message"]
    )
    lines[7] = lines[7][:-1] + " (по данным формы № ОО-1 на 20.09.2022)."
    assert not [d for d in _lint(example, _foreign(tmp_path / "fixed.docx", lines)) if d["code"] == "figure-source"]


CYCLE = [
    "По итогам мониторинга устанавливаются сроки:",
    "адресные рекомендации направляются ОО до 15 ноября;",
    "план мероприятий утверждается до 20 ноября;",
    "управленческие решения принимаются приказом УО до 25 ноября;",
    "отчёт о выполнении плана мероприятий — до 1 июля года, следующего за отчётным;",
    "анализ эффективности принятых мер — до 1 ноября года, следующего за отчётным.",
]
"""A typed Положение's deadlines of the cycle after the справка, in its own words."""


def _regulation(path: Path, schedule: str, period: str, deadline: str, cycle: list[str] = CYCLE) -> Path:
    """A Положение typed by hand: a table of indicators with a period and a deadline column, a schedule section
    that ends with the deadlines of the management cycle."""
    document = docx.Document()
    for text in [
        "УТВЕРЖДЕНО",
        "приказом управления образования",
        "от 15.03.2021 № 112",
        "ПОЛОЖЕНИЕ",
        "о мониторинге эффективности руководителей",
        "Показатели мониторинга",
    ]:
        document.add_paragraph(text)
    rows = [
        ["Код", "Показатель", "Период", "Срок"],
        ["2.1.2", "Доля должностей руководителей, обеспеченных резервом", period, deadline],
        ["2.1.5", "Доля ОО, достигших целевых показателей", "учебный год", "до 1 октября"],
    ]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"  # ruled, as a table is typed: a PDF's cells are found by their borders
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("")  # a typist's empty line after a table (with none, the PDF reader loses the next line)
    document.add_paragraph("Периодичность и сроки проведения мониторинга")
    document.add_paragraph(schedule)
    for line in cycle:
        document.add_paragraph(line)
    document.add_paragraph("Критерии оценивания")
    document.add_paragraph("Эффективность оценивается суммой баллов.")
    document.save(path)
    return path


def test_deadlines_against_periods_and_the_schedule_in_a_foreign_regulation(example, tmp_path):
    schedule = "Мониторинг проводится ежегодно; сбор данных — до 1 октября, аналитическая справка — до 1 ноября."
    bad = _regulation(tmp_path / "bad.docx", schedule, "календарный год", "до 1 февраля")
    found = {d["code"]: d for d in _lint(example, bad) if d["code"] in COHERENCE}
    assert set(found) == {"deadline-period", "schedule-deadlines"}
    assert (
        "данные за календарный год собираются «до 1 февраля» — раньше, чем год кончается"
        in found["deadline-period"]["message"]
    )
    assert (
        "срок показателя 2.1.2 «до 1 февраля» не назван в разделе «Периодичность и сроки проведения» (там: до "
        f"1{NBSP}июля, до 1{NBSP}октября, до 1{NBSP}ноября, до 15{NBSP}ноября" in found["schedule-deadlines"]["message"]
    )
    good = _regulation(tmp_path / "good.docx", schedule, "предыдущий календарный год", "до 1 октября")
    assert not [d for d in _lint(example, good) if d["code"] in COHERENCE]


@pytest.mark.parametrize(
    "period, deadline, fragment",
    [
        (
            "учебный год",
            "до 1 июня",
            "данные за учебный год собираются «до 1 июня» — раньше, чем учебный год кончается (31 августа)",
        ),
        (
            "с 1 сентября по 31 мая текущего учебного года",
            "до 15 мая",
            f"данные за период, который кончается 31{NBSP}мая, собираются «до 15 мая»",
        ),
        ("три года", "до 1 октября", "период «три года» не привязан к дате, от которой он отсчитывается"),
    ],
)
def test_periods_the_deadline_does_not_close_in_a_foreign_regulation(example, tmp_path, period, deadline, fragment):
    schedule = f"Мониторинг проводится ежегодно; сбор данных — {deadline}, аналитическая справка — до 1 ноября."
    found = [
        d
        for d in _lint(example, _regulation(tmp_path / "bad.docx", schedule, period, deadline))
        if d["code"] == "deadline-period"
    ]
    assert len(found) == 1 and fragment in found[0]["message"], found


@pytest.mark.parametrize(
    "period, deadline",
    [
        ("с 1 сентября по 31 мая текущего учебного года", "до 1 июня"),
        ("ВПР текущего учебного года (март–май)", "до 1 июля"),
        ("анкетирование в апреле — мае текущего учебного года", "до 1 июня"),
        ("учебный год", "до 1 сентября"),
        ("три года, предшествующих 1 сентября текущего года", "до 1 октября"),
        ("ОО, в которых доля отметок «2» не превышает 10 % два года подряд", "до 1 октября"),
        ("детей в возрасте от 3 до 7 лет, по состоянию на 20 сентября", "до 1 октября"),
    ],
)
def test_periods_the_text_closes_pass_in_a_foreign_regulation(example, tmp_path, period, deadline):
    schedule = f"Мониторинг проводится ежегодно; сбор данных — {deadline}, аналитическая справка — до 1 ноября."
    found = _lint(example, _regulation(tmp_path / "good.docx", schedule, period, deadline))
    assert not [d for d in found if d["code"] == "deadline-period"]


def test_a_foreign_regulation_without_the_cycles_deadlines(example, tmp_path):
    schedule = "Мониторинг проводится ежегодно; сбор данных — до 1 октября, аналитическая справка — до 1 ноября."
    bare = _regulation(tmp_path / "bare.docx", schedule, "предыдущий календарный год", "до 1 октября", cycle=[])
    [found] = [d for d in _lint(example, bare) if d["code"] in COHERENCE]
    assert found["code"] == "cycle-deadlines" and found["severity"] == "error"
    assert found["message"].startswith("абзац 20 «Периодичность и сроки проведения монито…»")  # at the heading
    assert (
        "Положение не устанавливает срок адресных рекомендаций, плана мероприятий, управленческих решений, отчёта "
        "о выполнении плана мероприятий и анализа эффективности принятых мер"
    ) in found["message"]
    without_plan = [line for line in CYCLE if not line.startswith("план")]
    found = [
        d
        for d in _lint(
            example,
            _regulation(
                tmp_path / "plan.docx", schedule, "предыдущий календарный год", "до 1 октября", cycle=without_plan
            ),
        )
        if d["code"] in COHERENCE
    ]
    assert [d["code"] for d in found] == ["cycle-deadlines"]
    assert "Положение не устанавливает срок плана мероприятий: поручение выполнить этот шаг" in found[0]["message"]


def test_a_register_number_used_twice_in_a_foreign_table(example, tmp_path):
    document = docx.Document()
    document.add_paragraph("Документы, подтверждающие шаги управленческого цикла")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "2.3", "Адресные рекомендации от 10.11.2022 № 26"
    table.cell(1, 0).text, table.cell(1, 1).text = "2.4", "Аналитическая справка от 15.12.2022 № 26"
    document.save(tmp_path / "register.docx")
    found = [d for d in _lint(example, tmp_path / "register.docx") if d["code"] == "number-twice"]
    assert len(found) == 1 and "номер № 26 2022 года присвоен двум документам" in found[0]["message"]


def _check(example, code: str) -> list[dict]:
    return [d for d in example.run("check", "--format", "json").json()["diagnostics"] if d["code"] == code]


def _at(example, code: str, file: str, fragment: str) -> dict:
    line = example.line_of(file, fragment)
    found = [d for d in _check(example, code) if d["file"].endswith(file) and d["line"] == line]
    assert found, (code, file, line, _check(example, code))
    return found[0]


def test_check_deadline_before_the_period_ends(example):
    example.replace("regulations/mechanisms/2.2.yaml", "deadline: до 1 июля", "deadline: до 1 мая")
    example.replace(
        "regulations/mechanisms/2.2.yaml",
        "period: с 1 июля предыдущего года по 30 июня текущего года",
        "period: календарный год",
    )
    assert _at(example, "deadline-period", "regulations/mechanisms/2.2.yaml", "deadline: до 1 мая")


@pytest.mark.parametrize(
    "old, new, fragment",
    [
        (
            "period: с 1 сентября по 31 мая текущего учебного года",
            "period: учебный год",
            "раньше, чем учебный год кончается (31 августа)",
        ),
        (
            "period: три года, предшествующих 1 сентября текущего года",
            "period: три года",
            "период «три года» не привязан",
        ),
    ],
)
def test_check_a_period_the_deadline_does_not_close(example, old, new, fragment):
    example.replace("regulations/mechanisms/1.4.yaml" if "мая" in old else "regulations/mechanisms/2.2.yaml", old, new)
    found = _check(example, "deadline-period")
    assert len(found) == 1 and fragment in found[0]["message"], found
    assert found[0]["file"].endswith("1.4.yaml" if "мая" in old else "2.2.yaml")


def test_check_schedule_against_indicator_deadlines(example):
    example.replace("regulations/mechanisms/2.2.yaml", "deadline: до 1 октября", "deadline: до 17 марта")
    assert (
        "«до 17 марта» не назван"
        in _at(example, "schedule-deadlines", "regulations/mechanisms/2.2.yaml", "deadline: до 17 марта")["message"]
    )


def test_check_roadmap_dates_against_the_regulation(example):
    example.replace(
        "regulations/roadmap.yaml",
        "результатов ШНОР и ШНСУ\n        deadline: ежегодно, до 1 октября",
        "результатов ШНОР и ШНСУ\n        deadline: ежегодно, до 3 марта",
    )
    assert _at(example, "roadmap-dates", "regulations/roadmap.yaml", "до 3 марта")


def _earned(example, code: str) -> int:
    result = example.run("evaluate", "--format", "json").json()
    return next(m["earned"] for m in result["mechanisms"] if m["code"] == code)


def test_late_evidence_is_reported_shown_and_not_scored(example):
    on_time = _earned(example, "1.5")
    example.replace("regulations/evaluation.yaml", 'number: "14", date: 2022-09-20', 'number: "14", date: 2022-10-20')
    assert (
        "(«до 1 октября»): он не засчитывается"
        in _at(example, "evidence-late", "regulations/evaluation.yaml", 'number: "14"')["message"]
    )
    result = example.run("evaluate", "--format", "json").json()
    assert any(item["mechanism"] == "1.5" and item["number"] == "14" for item in result["late"])
    text = example.run("evaluate").stdout
    assert "Документы, датированные позже срока (в баллах не учтены):" in text
    assert "1.5: документ (аналитическая справка от 20.10.2022)" in text
    assert _earned(example, "1.5") == on_time - 4  # the criterion «есть аналитическая справка» (4 points) is lost
    assert example.run("regen", "samoocenka").exit_code == 0
    cells = [
        cell.text
        for table in docx.Document(str(example.path("output/samoocenka.docx"))).tables
        for row in table.rows
        for cell in row.cells
    ]
    assert (
        "Аналитическая справка УО от\u00a020.10.2022\u00a0№\u00a014 «Об итогах мониторинга объективности процедур "
        "оценки "
        "качества образования и олимпиад школьников». Документ датирован позже срока «до 1\u00a0октября», "
        "установленного Положением о мониторинге, и в баллах не учтён"
    ) in cells


def test_check_cycle_deadlines(example):
    assert not _check(example, "cycle-deadlines")
    example.replace("regulations/mechanisms/1.2.yaml", "  plan: до 1 декабря\n", "")
    found = _at(example, "cycle-deadlines", "regulations/mechanisms/1.2.yaml", "cycle_deadlines:")
    assert found["severity"] == "error" and "не устанавливает срок плана мероприятий: поручение" in found["message"]
    assert example.run("check").exit_code == 1
    example.replace("regulations/mechanisms/1.2.yaml", "  decisions: до 1 декабря", "  decisions: в течение года")
    assert (
        "срок «в течение года» не называет дату"
        in _at(example, "cycle-deadlines", "regulations/mechanisms/1.2.yaml", "decisions: в течение года")["message"]
    )


def test_cycle_deadlines_print_in_the_schedule_and_date_the_evidence(example):
    assert example.run("regen", "polozhenie-2.3").exit_code == 0
    texts = [p.text for p in docx.Document(str(example.path("output/polozhenie-2.3.docx"))).paragraphs]
    at = texts.index("По итогам мониторинга устанавливаются следующие сроки:")
    assert texts[at - 2] == "Периодичность и сроки проведения мониторинга"
    assert texts[at + 2] == f"утверждение плана мероприятий по итогам мониторинга{NBSP}— до 1{NBSP}декабря;"
    assert texts[at + 5] == f"анализ эффективности принятых мер{NBSP}— до 1{NBSP}ноября года, следующего за отчётным."
    on_time = _earned(example, "2.3")
    example.replace("regulations/evaluation.yaml", 'number: "24", date: 2022-11-10', 'number: "24", date: 2022-11-20')
    assert (
        "(«до 15 ноября»): он не засчитывается"
        in _at(example, "evidence-late", "regulations/evaluation.yaml", 'number: "24"')["message"]
    )
    assert _earned(example, "2.3") == on_time - 3  # «Адресные рекомендации подготовлены»


def test_a_plan_does_not_prove_the_measures_carried_out(example):
    before = _earned(example, "2.3")
    example.replace(
        "regulations/evaluation.yaml",
        'kind: план мероприятий, number: "480", date: 2022-11-25',
        'kind: план мероприятий, number: "480", date: 2022-11-25}\n  - {mechanism: "2.3", step: measures, '
        'kind: отчёт о выполнении плана мероприятий, number: "32", date: 2023-01-30',
    )
    assert _earned(example, "2.3") == before + 3  # «Мероприятия проведены» needs the report, not the plan
    example.replace("regulations/evaluation.yaml", 'number: "32", date: 2023-01-30', 'number: "32", date: 2023-07-30')
    assert (
        "(«до 1 июля года, следующего за отчётным»): он не засчитывается"
        in _at(example, "evidence-late", "regulations/evaluation.yaml", 'number: "32"')["message"]
    )
    assert _earned(example, "2.3") == before


def test_check_number_used_twice(example):
    assert not _check(example, "number-twice")
    example.replace("regulations/evaluation.yaml", 'number: "29", date: 2022-12-20', 'number: "26", date: 2022-12-20')
    assert (
        "номер № 26 2022 года присвоен двум документам"
        in _at(example, "number-twice", "regulations/evaluation.yaml", 'number: "26", date: 2022-12-20')["message"]
    )


def test_check_executor_is_controller(example):
    example.replace(
        "regulations/acts/prikaz-2021-140.yaml",
        "разработать и утвердить",
        "под контролем А.А. Ангеловского разработать и утвердить",
    )
    example.replace(
        "regulations/acts/prikaz-2021-140.yaml",
        "оставляю за собой",
        "возложить на начальника управления образования А.А. Ангеловского",
    )
    assert _check(example, "executor-controller")


def test_check_an_instruction_without_a_deadline(example):
    """An order's sub-point to an executor that says neither when nor how often (P140-1 of the lawyer's read); a
    deadline in the point's lead-in holds for its sub-points."""
    order = "regulations/acts/prikaz-2021-140.yaml"
    assert not _check(example, "point-deadline")
    example.replace(order, "до 1 июня 2021 года разработать", "разработать")
    assert (
        "поручение «разработать и утвердить планы мероприятий образовательных организаций во"
        in _at(example, "point-deadline", order, "разработать и утвердить")["message"]
    )
    example.replace(
        order,
        '"Руководителям муниципальных образовательных организаций:"',
        '"Руководителям муниципальных образовательных организаций до 1 июня 2021 года:"',
    )
    assert not _check(example, "point-deadline")


def test_check_anachronism_and_colloquial_wording(example):
    example.replace(
        "regulations/mechanisms/2.2.yaml",
        "general_provisions: ",
        "general_provisions: Педагоги используют ФГИС «Моя школа» и можно набрать 10 баллов. ",
    )
    assert (
        "постановление Правительства Российской Федерации от 13.07.2022 № 1241"
        in _at(example, "anachronism", "regulations/mechanisms/2.2.yaml", "«Моя школа»")["message"]
    )
    assert _at(example, "colloquial", "regulations/mechanisms/2.2.yaml", "можно набрать")


def test_check_citation_unverified_and_cited_later_act(example):
    example.replace("regulations/msoko.yaml", "от 14.06.2013", "от 14.06.2013 № 462 и от 01.02.2019")
    assert _check(example, "citation-unverified")
    resolution = "regulations/acts/postanovlenie-2021-615.yaml"  # of 01.03.2021, before the orders it leads to
    example.replace(
        resolution,
        "№ 131-ФЗ",
        "№ 131-ФЗ, приказом управления образования администрации Копейского городского округа от 15.03.2021 № 112",
    )
    assert _at(example, "cites-later-act", resolution, "от 15.03.2021 № 112")
    example.replace(resolution, "округа от 15.03.2021 № 112", "округа от 16.03.2021 № 112")
    assert _check(example, "citation-date")


def test_check_term_variant_from_the_glossary(example):
    example.replace(
        "regulations/mechanisms/2.4.yaml",
        "general_provisions: ",
        "general_provisions: Итоги входят в ежегодный доклад. ",
    )
    assert (
        "второе название для «публичный доклад»"
        in _at(example, "term-variant", "regulations/mechanisms/2.4.yaml", "ежегодный доклад")["message"]
    )


def test_import_then_check_finds_the_foreign_documents_defects(empty_project, tmp_path):  # noqa: F811
    source = municipality_layout(tmp_path / "Положение.docx")
    document = docx.Document(str(source))
    for paragraph in document.paragraphs:
        if paragraph.text.startswith("1.1. Настоящее положение"):
            paragraph.add_run(
                " Учитывается участие обучающихся в «Движении первых»; олимпиадников поощряют. Итоги "
                "входят в ежегодный доклад. В округе 68 муниципальных образовательных организаций, в "
                "них обучаются 19 850 человек."
            )
    document.save(str(source))
    assert empty_project.run("import", str(source)).exit_code == 0
    codes = {d["code"]: d for d in empty_project.run("check", "--format", "json").json()["diagnostics"]}
    assert codes["anachronism"]["file"].endswith("regulations/mechanisms/1.1.yaml")
    for code in ("colloquial", "term-variant", "figure-source"):
        assert codes[code]["file"].endswith("regulations/mechanisms/1.1.yaml"), code


def _table_document(path: Path, rows: list[list[str]]) -> Path:
    document = docx.Document()
    document.add_paragraph("Приложение")
    width = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=width)
    for row, values in zip(table.rows, rows):
        if len(values) == 1:
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = values[0]
            continue
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.save(path)
    return path


def test_documents_linted_together_evidence_and_roadmap_against_the_regulation(example, tmp_path):
    schedule = "Мониторинг проводится ежегодно; сбор данных — до 1 октября, аналитическая справка — до 1 ноября."
    regulation = _regulation(tmp_path / "polozhenie.docx", schedule, "предыдущий календарный год", "до 1 октября")
    evidence = _table_document(
        tmp_path / "samoocenka.docx",
        [
            ["№", "Механизм", "Шаг", "Документ"],
            ["1", "2.1", "Анализ результатов", "Аналитическая справка от 02.11.2022 № 23"],
            ["2", "2.1", "Анализ результатов", "Аналитическая справка от 31.10.2023 № 40"],
        ],
    )
    roadmap = _table_document(
        tmp_path / "karta.docx",
        [
            ["№", "Мероприятия", "Сроки", "Ответственные"],
            ["Система мониторинга эффективности руководителей"],
            ["1", "Мониторинг эффективности руководителей", "ежегодно, до 1 декабря", "УО"],
            ["2", "Мониторинг эффективности руководителей (сбор данных)", "ежегодно, до 1 октября", "УО"],
        ],
    )
    result = example.run("lint", "--format", "json", str(regulation), str(evidence), str(roadmap)).json()
    found = [
        (Path(d["file"]).name, d["code"], d["line"])
        for d in result["diagnostics"]
        if d["code"] in {"evidence-late", "roadmap-dates"}
    ]
    assert sorted(found) == [("karta.docx", "roadmap-dates", 9), ("samoocenka.docx", "evidence-late", 9)], found
    alone = example.run("lint", "--format", "json", str(evidence), str(roadmap)).json()["diagnostics"]
    assert not [d for d in alone if d["code"] in {"evidence-late", "roadmap-dates"}]


def test_check_glossary_term_followed_by_the_rest_of_a_name(example):
    assert not _check(example, "abbrev-inside-name")
    example.replace("regulations/mechanisms/1.5.yaml", "source: данные РЦОИ", "source: данные РЦОИ Челябинской области")
    found = _at(example, "abbrev-inside-name", "regulations/mechanisms/1.5.yaml", "данные РЦОИ Челябинской области")
    assert "«(далее — РЦОИ)» окажется внутри названия" in found["message"]
    example.replace("regulations/mechanisms/1.5.yaml", "данные РЦОИ Челябинской области", "данные РЦОИ")
    assert not _check(example, "abbrev-inside-name")


def test_check_explicit_introduction_inside_a_name_and_spelled_out(example):
    example.replace(
        "regulations/mechanisms/2.2.yaml",
        "general_provisions: ",
        "general_provisions: Данные "
        "представляет институт развития образования (далее — ИРО) Челябинской области; институт развития "
        "образования готовит сводку. ",
    )
    assert _check(example, "abbrev-inside-name")
    assert "«институт развития образования» написано снова" in _check(example, "abbrev-spelled-out")[0]["message"]


def test_a_full_name_written_again_in_quotes_is_a_title_not_a_repeat(example):
    """«…» around the name (a title quoted) exempts it; the same words unquoted are the name spelled out again."""
    example.replace(
        "regulations/mechanisms/2.2.yaml",
        "general_provisions: ",
        "general_provisions: Данные представляет институт развития образования (далее — ИРО); сводку готовит "
        "проект «институт развития образования». ",
    )
    assert not _check(example, "abbrev-spelled-out")
    example.replace(
        "regulations/mechanisms/2.2.yaml", "проект «институт развития образования»", "институт развития образования"
    )
    assert "«институт развития образования» написано снова" in _check(example, "abbrev-spelled-out")[0]["message"]


def test_lint_judges_a_projects_own_documents_against_its_cited_acts(example, tmp_path):
    outside = _foreign(tmp_path / "order.docx", CLEAN_ORDER)
    assert not [d for d in _lint(example, outside) if d["code"] == "citation-unverified"]
    inside = _foreign(example.path("order.docx"), CLEAN_ORDER)
    found = [d for d in _lint(example, inside) if d["code"] == "citation-unverified"]
    assert [d["line"] for d in found] == [6]
    assert "реквизиты акта от 01.02.2023 № 01/150 не сверены" in found[0]["message"]
    example.write(
        "regulations/citations.yaml",
        example.read("regulations/citations.yaml") + "  - {act: приказ "
        "Министерства образования и науки Челябинской области, date: 2023-02-01, number: 01/150, accepted: true}\n",
    )
    assert not [d for d in _lint(example, inside) if d["code"] == "citation-unverified"]


def test_a_bands_bound_is_not_a_figure_and_a_terms_other_name_is_flagged(example):
    example.replace(
        "regulations/mechanisms/2.2.yaml",
        "general_provisions: ",
        "general_provisions: Порог — 15 человек и более. Сведения представляет отдел образования. ",
    )
    assert not _check(example, "figure-source") or all(
        "15 человек" not in d["message"] for d in _check(example, "figure-source")
    )
    assert not [d for d in _check(example, "term-variant") if "отдел образования" in d["message"]]
    example.replace(
        "regulations/glossary.yaml",
        "definition: управление образования администрации Копейского городского округа}",
        "definition: управление образования администрации Копейского городского округа, variants: [отдел образования]}",
    )
    found = [
        d for d in _check(example, "term-variant") if "«отдел образования» — второе название для «УО»" in d["message"]
    ]
    assert found and found[0]["file"].endswith("regulations/mechanisms/2.2.yaml")


def test_pdf_of_a_foreign_order_and_regulation(example, tmp_path, libreoffice):
    from generator.review.pdf import convert_to_pdf

    lines = list(CLEAN_ORDER)
    lines[8] = lines[8].replace("(далее — ОО)", f"(далее — ОО) под руководством А.В.{NBSP}Петрова")
    lines[9] = (
        "3. Контроль за исполнением настоящего приказа возложить на начальника управления образования "
        f"А.В.{NBSP}Петрова."
    )
    order = _foreign(tmp_path / "order.docx", lines)
    schedule = "Мониторинг проводится ежегодно; сбор данных — до 1 октября, аналитическая справка — до 1 ноября."
    regulation = _regulation(tmp_path / "regulation.docx", schedule, "календарный год", "до 1 февраля")
    pdfs = convert_to_pdf([order, regulation], tmp_path / "pdf")
    codes = {
        (Path(d["file"]).stem, d["code"])
        for d in example.run("lint", "--format", "json", *map(str, pdfs)).json()["diagnostics"]
        if d["code"] in COHERENCE
    }
    assert codes == {
        ("order", "executor-controller"),
        ("regulation", "deadline-period"),
        ("regulation", "schedule-deadlines"),
    }
