"""Self-assessment: scores computed from the sources, moving the right way, and the DOCX appendix."""

from __future__ import annotations

import re
import subprocess

from generator.documents.evaluation import evaluation_body
from generator.evaluation.evaluate import evaluate
from generator.project import ProjectLayout
from generator.review.pdf import convert_to_pdf
from generator.sources.validate import load_project
from tests.docx_reader import Docx, q

NBSP = "\u00a0"
MECH = "regulations/mechanisms/1.1.yaml"


def row(output: str, code: str) -> str:
    return next(line for line in output.splitlines() if line.startswith(code + " "))


def test_evaluate_the_example(example):
    result = example.run("evaluate")
    assert result.exit_code == 0, result.output
    # only a report on the plan proves the measures carried out: a plan alone earns no points for them (1.1, 1.3, 2.3)
    assert "49/52   94,2\u00a0%  ███████████████████░" in row(result.stdout, "1.1")
    assert "40/52   76,9\u00a0%" in row(result.stdout, "1.3") and "43/52   82,7\u00a0%" in row(result.stdout, "2.3")
    assert "46/52   88,5\u00a0%  ██████████████████░░" in row(result.stdout, "1.2")
    assert "40/52   76,9\u00a0%" in row(result.stdout, "2.2")
    assert f"Всего: 390/468 (83,3{NBSP}%)." in result.stdout
    assert "  слабые шаги цикла: меры / мероприятия (2/5), анализ эффективности принятых мер (2/5)" in result.stdout
    assert (
        "  — внесите в evaluation.yaml отчёт о выполнении плана мероприятий с датами их проведения (шаг «меры / "
        "мероприятия»); план мероприятий их проведение не подтверждает"
    ) in result.stdout


def test_weakened_sources_lower_the_score_and_the_advice_names_what_was_removed(example):
    example.replace(MECH, "    method: анализ результатов ГИА-11\n", "")
    example.cut("regulations/mechanisms/1.2.yaml", "  analysis: |", "  recommendations: |")
    report = example.run("evaluate", "--format", "json").json()
    scores = {m["code"]: m for m in report["mechanisms"]}
    assert (scores["1.1"]["earned"], scores["1.1"]["possible"]) == (48, 52)
    assert "укажите метод сбора информации (method) у показателей 1.1.4" in scores["1.1"]["advice"]
    assert scores["1.2"]["earned"] == 44
    assert "опишите анализ результатов (use_of_results.analysis)" in scores["1.2"]["advice"]
    analysis = next(s for s in scores["1.2"]["steps"] if s["step"] == "analysis")
    assert (analysis["earned"], analysis["possible"]) == (4, 6)


def test_an_evidence_record_raises_the_score(example):
    example.replace(
        "regulations/evaluation.yaml",
        "evidence:\n",
        'evidence:\n  - {mechanism: "1.2", step: measures, kind: план мероприятий, number: "500", date: 2021-12-01}\n',
    )
    scores = {m["code"]: m for m in example.run("evaluate", "--format", "json").json()["mechanisms"]}
    assert scores["1.2"]["earned"] == 46  # a plan shows the measures planned, not carried out
    example.replace(
        "regulations/evaluation.yaml",
        'kind: план мероприятий, number: "500", date: 2021-12-01',
        'kind: отчёт о выполнении плана мероприятий, number: "500", date: 2022-06-01',
    )
    scores = {m["code"]: m for m in example.run("evaluate", "--format", "json").json()["mechanisms"]}
    assert scores["1.2"]["earned"] == 49
    assert not any("шаг measures" in advice for advice in scores["1.2"]["advice"])


def test_a_project_replaces_the_criteria(example):
    example.write(
        "regulations/criteria.yaml",
        """\
id: only-goals
title: Только цели
criteria:
  - {id: goal, step: goals, title: Цель определена, points: 10, rule: goal, advice: сформулируйте цель}
""",
    )
    report = example.run("evaluate", "--format", "json").json()
    assert report["criteria"] == "Только цели"
    assert {(m["earned"], m["possible"]) for m in report["mechanisms"]} == {(10, 10)}


def test_bad_evidence_is_located(example):
    example.replace(
        "regulations/evaluation.yaml", '{mechanism: "1.3", step: analysis', '{mechanism: "7.1", step: analyse'
    )
    result = example.run("evaluate")
    assert result.exit_code == 1
    line = example.line_of("regulations/evaluation.yaml", '"7.1"')
    assert re.search(
        rf"regulations/evaluation.yaml:{line}:\d+: ошибка: поле «step» \(шаг цикла\): недопустимое значение «analyse»",
        result.output,
    )
    assert f"regulations/evaluation.yaml:{line}:17: ошибка: механизм «7.1» отсутствует в каталоге" in result.output


def test_evaluation_appendix(example):
    assert example.run("regen", "all").exit_code == 0
    doc = Docx(example.path("output/samoocenka.docx"))
    results, steps, _ = doc.tables()  # the criteria are the Положение о МСОКО's appendix, cited, not repeated
    assert results[0] == ["Механизм", f"2020{NBSP}год", f"2021{NBSP}год", f"2022{NBSP}год (самооценка)"]
    first = results[1]
    assert first[0] == "1.1. Система оценки качества подготовки обучающихся"
    # one decimal throughout, as the source gives the shares
    assert first[1:] == [f"23 из 101\n22,8{NBSP}%", f"138 из 149\n92,6{NBSP}%", f"49 из 52\n94,2{NBSP}%"]
    rows = {row[0].split(". ")[0]: row for row in results[1:]}
    assert rows["2.4"][1] == "нет данных"  # preschool was not assessed in 2020
    assert rows["1.4"][2] == f"105 из 118\n89,0{NBSP}%"  # 88,98…: one decimal, as a reader who divides finds it
    # the 2020 systems that today's list does not hold: apart, under their names, never merged into 2.2
    assert rows["2.2"][1] == "нет данных"
    assert results[-3] == ["Системы, которых нет в действующем перечне механизмов"]
    assert results[-2][:2] == [
        "Система мониторинга качества дополнительного профессионального образования педагогических работников",
        f"3 из 37\n8,1{NBSP}%",
    ]
    assert results[-1] == ["Система методической работы", f"0 из 39\n0,0{NBSP}%", "нет данных", "нет данных"]
    assert steps[0][:3] == ["Шаг управленческого цикла", "1.1", "1.2"]
    assert [r[0] for r in steps[1:]][4] == "Анализ результатов"
    assert steps[1 + 6][2] == "2/5"  # 1.2, measures
    assert steps[-1][:3] == ["Итого", "49/52", "46/52"]
    assert doc.texts("Stamp")[0] == "УТВЕРЖДЕНЫ" and "Приложение" not in doc.texts("Stamp")[:3]
    assert doc.texts("Caption") == [f"Рисунок 1{NBSP}— Доля набранных баллов по механизмам, %"]
    assert doc.texts("Heading1") == [
        "Общие положения",
        "Результаты по механизмам",
        "Результаты по шагам управленческого цикла",
        "Документы, подтверждающие шаги управленческого цикла",
    ]
    text = "\n".join(p.text for p in doc.paragraphs(include_tables=True))
    # an official text: nothing addressed to the program's user, no Latin script, numerals that agree
    assert not re.search(r"[A-Za-z]", text), re.findall(r"[A-Za-z_.]+", text)
    for foreign in ("Внесите", "внесите", "evaluation", "Что необходимо сделать", "msoko", "максимум 52 баллов"):
        assert foreign not in text, foreign
    assert (
        f"в соответствии с Положением о муниципальной системе оценки качества образования Копейского городского "
        f"округа, утверждённым приказом управления образования администрации Копейского городского округа от"
        f"{NBSP}15.03.2021{NBSP}№{NBSP}112, по критериям самооценки, приведённым в приложении к указанному "
        f"Положению: максимальная сумма баллов по каждому механизму составляет 52{NBSP}балла"
    ) in text
    [note] = [t for t in doc.texts("Text") if t.startswith("Примечание.")]
    assert "по разным шкалам" in note and "138 из 149" in note and f"52{NBSP}балла" in note
    # S-4, S-5 of the lawyer's read: why 2.2 has no data in 2021; an external assessment and a self-assessment are
    # no trend
    assert f"В 2021{NBSP}году механизм 2.2 не оценивался ни под действующим, ни под иным названием." in note
    assert (
        "получены при внешней оценке механизмов, результаты за 2022 год — при самооценке: их получили разные "
        "оценщики по разным критериям, поэтому они не сопоставимы между собой и не показывают динамики"
    ) in note.replace(NBSP, " ")
    # S-3: the source names no official document, and the text says so instead of inventing one
    assert any(
        t.endswith(
            "Реквизиты официального документа, которым оформлены результаты оценки за 2020 и 2021 годы, "
            "в источнике не указаны."
        )
        for t in (x.replace(NBSP, " ") for x in doc.texts("Clause"))
    )
    chart = doc.parts["word/charts/chart1.xml"].decode()
    assert '<c:lang val="ru-RU"/>' in chart and 'formatCode="[$-419]0.0"' in chart
    assert "<c:v>2022 год (самооценка)</c:v>" in chart and "<c:v>2021 год</c:v>" in chart
    assert "<c:v>88.5</c:v>" in chart and "<c:v>92.6</c:v>" in chart
    # S-6: table 2 (the steps, with «Итого») is kept whole: every row but the last keeps with the next
    steps_table = doc.body.findall(f"{q('tbl')}")[1]
    kept = [
        tr.find(f"{q('tc')}/{q('p')}/{q('pPr')}/{q('keepNext')}") is not None for tr in steps_table.findall(q("tr"))
    ]
    assert kept == [True] * (len(kept) - 1) + [False]
    # the missing 2020 value of 2.4 (index 8) is labelled, not drawn as an empty bar read as 0
    assert '<c:dLbl><c:idx val="8"/><c:tx><c:rich>' in chart and "<a:t>нет данных</a:t>" in chart
    assert b"rIdMsokoChart1" in doc.parts["word/_rels/document.xml.rels"]
    # scores are computed: a removed target value changes the appendix after regen
    example.replace(MECH, "    target: не менее 25 %\n", "")
    example.run("regen", "all")
    assert Docx(example.path("output/samoocenka.docx")).tables()[0][1][3] == f"48 из 52\n92,3{NBSP}%"


def test_the_appendix_lists_the_confirming_documents(example):
    assert example.run("regen", "samoocenka").exit_code == 0
    doc = Docx(example.path("output/samoocenka.docx"))
    assert doc.texts("Heading1")[-1] == "Документы, подтверждающие шаги управленческого цикла"
    evidence = doc.tables()[-1]
    assert evidence[0] == [f"№{NBSP}п/п", "Механизм", "Шаг управленческого цикла", "Документ"]
    assert len(evidence) == 1 + 31  # every record of evaluation.yaml, by mechanism, then in cycle order
    assert evidence[2] == [
        "2",
        "1.1",
        "Анализ результатов",
        f"Аналитическая справка УО от{NBSP}19.12.2022{NBSP}№{NBSP}28 "
        f"«Об итогах мониторинга качества подготовки обучающихся в 2022{NBSP}году»",
    ]
    assert evidence[-1] == [
        "31",
        "2.4",
        "Адресные рекомендации",
        f"Адресные рекомендации УО от{NBSP}20.12.2022{NBSP}№{NBSP}29 «По итогам мониторинга качества дошкольного "
        f"образования»",
    ]
    # whose documents they are: the authority's, introduced in the lead-in, unless a record names its issuer
    assert (
        f"Документы управления образования администрации Копейского городского округа (далее{NBSP}— УО), "
        f"которыми подтверждены шаги управленческого цикла по механизмам, приведены в таблице{NBSP}3."
    ) in doc.texts("Clause")
    example.replace(
        "regulations/evaluation.yaml",
        'step: analysis, kind: аналитическая справка, number: "28"',
        'step: analysis, kind: аналитическая справка, issuer: муниципальный методический центр, number: "28"',
    )
    assert example.run("regen", "samoocenka").exit_code == 0
    doc = Docx(example.path("output/samoocenka.docx"))
    # the glossary's common name of ММЦ: its full name and legal form where it is first named
    assert doc.tables()[-1][2][3].startswith(
        "Аналитическая справка муниципального казённого учреждения «Муниципальный "
        f"методический центр» Копейского городского округа от{NBSP}19.12.2022"
    )
    assert (
        f"Документы, которыми подтверждены шаги управленческого цикла по механизмам, приведены в таблице{NBSP}3."
        in doc.texts("Clause")
    )


def test_the_advice_goes_to_the_report_not_the_appendix(example):
    example.write(
        "regulations/criteria.yaml",
        """\
id: protocols
title: Критерии самооценки муниципальных механизмов
criteria:
  - {id: goal, step: goals, title: Цель определена, points: 10, rule: goal, advice: сформулируйте цель}
  - {id: protocol, step: analysis, title: Итоги обсуждены на совещании, points: 5, rule: evidence,
     evidence_kind: протокол совещания, advice: "внесите в evaluation.yaml протокол совещания (шаг analysis)"}
""",
    )
    assert "внесите в evaluation.yaml протокол совещания (шаг analysis)" in example.run("evaluate").stdout
    assert example.run("regen", "samoocenka", "polozhenie-msoko").exit_code == 0
    umbrella, results = (
        "\n".join(p.text for p in Docx(example.path(f"output/{name}.docx")).paragraphs(include_tables=True))
        for name in ("polozhenie-msoko", "samoocenka")
    )
    assert "Итоги обсуждены на совещании" in umbrella  # the criterion is published in the Положение о МСОКО …
    for text in (umbrella, results):
        assert "протокол" not in text and "evaluation" not in text  # … the advice is in neither


def test_evaluation_appendix_renders_with_its_chart(example, libreoffice, tmp_path):
    example.run("regen", "samoocenka")
    [pdf] = convert_to_pdf([example.path("output/samoocenka.docx")], tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    for expected in (
        "РЕЗУЛЬТАТЫ",
        "Таблица 1",
        "Рисунок 1 — Доля набранных баллов по механизмам, %",
        "Таблица 2",
        "2. Результаты по механизмам",
        "88,5 %",
        "92,6",
        "2022 год",
        "нет данных",
        "Таблица 3",
    ):
        assert expected in text, expected


def test_the_criteria_are_an_appendix_of_the_umbrella_regulation_which_the_results_cite(example):
    """ГОСТ Р 7.0.97: the appendix on a page of its own, marked at the top right «Приложение / к Положению о …»
    (the only one, so unnumbered), cited in the text as «(приложение)»; the Положение's Word numbering ends before
    it; the self-assessment cites it instead of repeating the table."""
    assert example.run("regen", "all").exit_code == 0
    doc = Docx(example.path("output/polozhenie-msoko.docx"))
    paragraphs = doc.paragraphs()
    mark = next(i for i, p in enumerate(paragraphs) if p.style == "Stamp" and p.text == "Приложение")
    assert paragraphs[mark].element.find(f"{q('pPr')}/{q('pageBreakBefore')}") is not None
    assert [p.text for p in paragraphs[mark : mark + 5]] == [
        "Приложение",
        "к Положению о муниципальной системе оценки качества образования Копейского городского округа",
        "",
        "Критерии",
        f"самооценки муниципальных механизмов управления качеством{NBSP}образования",
    ]
    after = paragraphs[mark:]
    assert not [
        p
        for p in after
        if p.element.find(f"{q('pPr')}/{q('numPr')}") is not None
        or p.style in ("Clause", "Subclause", "Heading1", "Heading2")
    ]
    assert any("(приложение)" in text for text in doc.texts("Clause"))  # п. 7.4 cites it where the criteria are named
    criteria = doc.tables()[-1]
    assert criteria[0] == [f"№{NBSP}п/п", "Шаг управленческого цикла", "Критерий", "Подтверждающий документ", "Баллы"]
    assert criteria[1][1:] == ["Цели", "Цель мониторинга определена", "Положение о мониторинге", "3"]
    assert criteria[17][2:] == [
        "Мероприятия проведены",
        "Отчёт о выполнении плана мероприятий с датами проведения мероприятий",
        "3",
    ]
    assert criteria[-1] == ["Итого по механизму", "52"] and len(criteria) == 1 + 21 + 1
    results = "\n".join(p.text for p in Docx(example.path("output/samoocenka.docx")).paragraphs(include_tables=True))
    assert "приведённым в приложении к указанному Положению" in results and "Цель мониторинга определена" not in results
    # the project's own criteria rebuild the Положение that publishes them
    example.write(
        "regulations/criteria.yaml",
        "id: own\ntitle: Критерии самооценки механизмов управления качеством "
        "образования\ncriteria:\n  - {id: goal, step: goals, title: Цель определена, points: 10, rule: goal, "
        "advice: сформулируйте цель}\n",
    )
    assert "записан: output/polozhenie-msoko.docx" in example.run("regen", "all").stdout
    assert Docx(example.path("output/polozhenie-msoko.docx")).tables()[-1][1:] == [
        ["1", "Цели", "Цель определена", "Положение о мониторинге", "10"],
        ["Итого по механизму", "10"],
    ]


def test_without_an_approved_umbrella_regulation_the_results_give_the_criteria_themselves(example):
    project = load_project(ProjectLayout(example.root))
    body = evaluation_body(evaluate(project), 170.0, project.evaluation.model.evidence)
    texts = [element.text for element in body.elements if hasattr(element, "text")]
    assert "Критерии самооценки муниципальных механизмов управления качеством образования" in texts
    assert any(f"по критериям самооценки, приведённым в разделе{NBSP}4" in text for text in texts)
    assert f"Таблица{NBSP}4" in texts  # the evidence comes after the criteria's table 3


def test_a_stated_share_that_its_points_do_not_give_is_a_warning(example):
    """The seed's «88,9 %» for 105 из 118 (88,98…): a reader who divides gets 89,0 %, so the text and the
    computation must agree to the decimal the documents show."""
    example.replace(
        "regulations/evaluation.yaml",
        '{mechanism: "1.4", earned: 105, possible: 118}',
        '{mechanism: "1.4", earned: 105, possible: 118, percent: 88.9}',
    )
    result = example.run("check", "--strict")
    line = example.line_of("regulations/evaluation.yaml", "percent: 88.9")
    assert result.exit_code == 1
    assert (
        f"regulations/evaluation.yaml:{line}:65: предупреждение: доля набранных баллов по источнику (88,9{NBSP}%) "
        f"не равна 105 из 118 (89,0{NBSP}%): исправьте долю или баллы; без доли по источнику она считается по "
        "баллам"
    ) in result.output
    example.replace("regulations/evaluation.yaml", "percent: 88.9", "percent: 89")
    assert example.run("check", "--strict").exit_code == 0
