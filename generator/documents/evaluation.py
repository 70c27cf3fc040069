"""The evaluation appendix: an official text of results. Per mechanism with earlier years, a chart, per
cycle step; the criteria it was scored by are cited where the Положение о МСОКО publishes them (its appendix), or
given here when the set has no such Положение. What the user should still do is a working note for the CLI report
and the review pack (``report.evaluation_report``), never a part of this document."""

from __future__ import annotations

from typing import Sequence

from schemas.cycle import CYCLE_STEPS
from schemas.evaluation import EvidenceRecord, MechanismResult

from ..docx.blocks import cell, text_paragraph
from ..docx.chart import CHART_CONTENT_TYPE, CHART_RELATIONSHIP, bar_chart_part, chart_paragraph
from ..docx.elements import Cell, table
from ..evaluation.evaluate import EvaluationResult
from ..russian import and_joined, count_phrase, format_document_date, inflect_phrase, number_sign
from ..russian.typography import percent_cell
from ..russian.morphology import title_in_sentence
from ..sources.model import ProjectSources
from .act import approval_reference
from .body import Body, Element, RelatedPart, scaled
from .criteria import criteria_table

NO_DATA = "нет данных"
CHART_TITLE = "Доля набранных баллов по механизмам, %"
SCALES_NOTE = (
    "Примечание. Баллы самооценки и баллы оценки механизмов управления качеством образования "
    "прошлых лет получены по разным шкалам: при оценке прошлых лет максимальный балл устанавливался "
    "для каждого механизма отдельно (например, {example}), при самооценке он составляет {points} по "
    "каждому механизму. Поэтому результаты разных лет в таблице 1 и на рисунке 1 приведены в доле "
    "набранных баллов от максимально возможного, в процентах. Отметка «{no_data}» означает, что механизм "
    "в том году не оценивался под своим действующим названием."
)
FORMER_NOTE = (
    " Системы, которые оценивались в прошлые годы, но которых нет в действующем перечне механизмов, "
    "приведены в таблице 1 отдельно под названиями того года: их баллы не отнесены ни к одному из "
    "действующих механизмов."
)


def evaluation_body(
    result: EvaluationResult,
    width_mm: float,
    evidence: Sequence[EvidenceRecord] = (),
    date_format: str = "",
    framework: str = "",
    authority: str = "",
) -> Body:
    """``framework``: «в соответствии с Положением о …, утверждённым …, по критериям самооценки, приведённым в
    приложении к указанному Положению», the act that sets the order and the criteria of the self-assessment,
    approved before the year it assesses (empty: none is cited, and the criteria are given here). ``authority``:
    the issuer of the evidence that names none, the authority's short name («Приказ УО от …»)."""
    body = Body(width_mm)
    per_mechanism = result.mechanisms[0].possible if result.mechanisms else 0
    years = [h.year for h in result.history] + [result.year]
    body.section("Общие положения")
    criteria = framework or "по критериям самооценки, приведённым в разделе 4"
    body.clauses(
        [
            f"Самооценка муниципальных механизмов управления качеством образования за {result.year} год "
            f"проведена {criteria}: максимальная сумма баллов по "
            f"каждому механизму составляет {count_phrase(per_mechanism, 'балл')} и распределена по шагам "
            "управленческого цикла.",
            "Баллы рассчитаны по Положениям о мониторинге механизмов и документам, подтверждающим "
            "проведение мониторинга, анализа его результатов, подготовку адресных рекомендаций, принятие "
            "мер и управленческих решений и анализ их эффективности.",
        ]
    )
    if result.history:
        body.clauses(
            [
                "Результаты прошлых лет приведены по данным оценки механизмов управления качеством "
                f"образования за {_years_text([h.year for h in result.history])}"
                + _sources_text(result)
                + "."
                + _undocumented_text(result)
            ]
        )
    body.section("Результаты по механизмам")
    body.clauses(["Баллы и доля набранных баллов по каждому механизму приведены в таблице 1 и на рисунке 1."])
    body.elements.append(text_paragraph("TableCaption", "Таблица 1", keep_next=True))
    body.elements.append(_results_table(result, years, width_mm))
    if result.history:
        former = any(not recorded.mechanism for history in result.history for recorded in history.results)
        body.elements.append(
            text_paragraph(
                "Text",
                SCALES_NOTE.format(
                    example=_history_example(result), points=count_phrase(per_mechanism, "балл"), no_data=NO_DATA
                )
                + (FORMER_NOTE if former else "")
                + _not_assessed_text(result)
                + _assessors_text(result),
            )
        )
    body.related.append(
        RelatedPart(
            "word/charts/chart1.xml",
            _results_chart(result, years),
            CHART_CONTENT_TYPE,
            CHART_RELATIONSHIP,
            "rIdMsokoChart1",
        )
    )
    body.elements.append(
        chart_paragraph("rIdMsokoChart1", width_mm, 20 + 14 * len(result.mechanisms), CHART_TITLE, keep_next=True)
    )
    body.elements.append(text_paragraph("Caption", f"Рисунок 1 — {CHART_TITLE}"))
    body.section("Результаты по шагам управленческого цикла")
    body.clauses(["Баллы по шагам управленческого цикла приведены в таблице 2: набрано баллов из возможных."])
    body.elements.append(text_paragraph("TableCaption", "Таблица 2", keep_next=True))
    body.elements.append(_steps_table(result, width_mm))
    tables = 3
    if not framework:
        body.section(result.criteria_title)
        body.clauses([f"Критерии самооценки и максимальные баллы по каждому механизму приведены в таблице {tables}."])
        body.elements.append(text_paragraph("TableCaption", f"Таблица {tables}", keep_next=True))
        body.elements.append(
            criteria_table(
                [score.criterion for score in result.mechanisms[0].criteria] if result.mechanisms else [], width_mm
            )
        )
        tables += 1
    if evidence:
        body.section("Документы, подтверждающие шаги управленческого цикла")
        issuers = {record.issuer or authority for record in evidence}
        whose = f" {inflect_phrase(authority, 'gent')}" if issuers == {authority} and authority else ""
        body.clauses(
            [
                f"Документы{whose}, которыми подтверждены шаги управленческого цикла по механизмам, приведены в "
                f"таблице {tables}."
            ]
        )
        body.elements.append(text_paragraph("TableCaption", f"Таблица {tables}", keep_next=True))
        body.elements.append(_evidence_table(result, evidence, date_format, width_mm, authority))
    return body


def _evidence_table(
    result: EvaluationResult, evidence: Sequence[EvidenceRecord], date_format: str, width_mm: float, authority: str
) -> Element:
    """The confirming documents, by mechanism in the order of the results and by step in cycle order."""
    mechanisms = [score.mechanism.code for score in result.mechanisms]
    steps = [step.id for step in CYCLE_STEPS]
    names = {step.id: step.name[:1].upper() + step.name[1:] for step in CYCLE_STEPS}
    listed = sorted(
        (r for r in evidence if r.mechanism in mechanisms),
        key=lambda r: (mechanisms.index(r.mechanism), steps.index(r.step), r.date),
    )
    rows: list[list[Cell]] = [
        [cell(title, style="TableHeading") for title in ("№ п/п", "Механизм", "Шаг управленческого цикла", "Документ")]
    ]
    late = {id(item.record): item.deadline for item in result.late}
    for number, record in enumerate(listed, 1):
        shown = _document(record, date_format, authority)
        if id(record) in late:
            shown += (
                f". Документ датирован позже срока «{late[id(record)]}», установленного Положением о "
                "мониторинге, и в баллах не учтён"
            )
        rows.append([cell(str(number)), cell(record.mechanism), cell(names[record.step]), cell(shown)])
    return table("MsokoTable", scaled([15, 22, 50, 93], width_mm), rows)


def _document(record: EvidenceRecord, date_format: str, authority: str) -> str:
    """«Аналитическая справка УО от 01.10.2022 № 15 «Об итогах мониторинга …»»: the document by its issuer (the
    authority, unless the record names another), date and number, as an act cites another."""
    number = f" {number_sign(record.number)}" if record.number else ""
    title = f" «{record.title}»" if record.title else ""
    issuer = record.issuer or authority
    issued = f" {inflect_phrase(issuer, 'gent')}" if issuer else ""
    return (
        f"{record.kind[:1].upper()}{record.kind[1:]}{issued} от {format_document_date(record.date, date_format)}"
        f"{number}{title}"
    )


def _years_text(years: list[int]) -> str:
    listed = [str(year) for year in years]
    return f"{and_joined(listed)} {'год' if len(listed) == 1 else 'годы'}"


def _sources_text(result: EvaluationResult) -> str:
    """« (…; …)»: where the earlier years' figures come from, as the sources name it: a bare title in quotes, a
    source that quotes titles itself («доклад … «…»») as written."""
    sources = [h.source.strip().rstrip(".") for h in result.history if h.source.strip()]
    if not sources:
        return ""
    return " (" + "; ".join(source if "«" in source else f"«{source}»" for source in sources) + ")"


def _undocumented_text(result: EvaluationResult) -> str:
    """« Реквизиты официального документа … не указаны.»: the years whose results no official document of the
    assessing organisation is recorded for, said as it is rather than left for the reader to assume."""
    years = [h.year for h in result.history if not h.document.strip()]
    if not years:
        return ""
    return (
        f" Реквизиты официального документа, которым оформлены результаты оценки за {_years_text(years)}, в "
        "источнике не указаны."
    )


def _not_assessed_text(result: EvaluationResult) -> str:
    """« В 2021 году механизм 2.2 не оценивался ни под действующим, ни под иным названием.»: per earlier year, the
    present mechanisms its results do not hold."""
    codes = [score.mechanism.code for score in result.mechanisms]
    said = []
    for history in result.history:
        recorded = {r.mechanism for r in history.results if r.mechanism}
        missing = [code for code in codes if code not in recorded]
        if not missing:
            continue
        listed = and_joined(missing)
        subject = f"механизм {listed} не оценивался" if len(missing) == 1 else f"механизмы {listed} не оценивались"
        former = any(not r.mechanism for r in history.results)
        how = (
            (
                " под действующими названиями; системы, оценивавшиеся в том году под другими названиями, приведены "
                "отдельно"
            )
            if former
            else " ни под действующим, ни под иным названием"
        )
        said.append(f" В {history.year} году {subject}{how}.")
    return "".join(said)


def _assessors_text(result: EvaluationResult) -> str:
    """Results of an external assessment and of the self-assessment are not a trend: different assessors, criteria
    and scales (S-5 of the lawyer's read)."""
    external = [h.year for h in result.history if h.assessment == "внешняя оценка"]
    if not external:
        return ""
    return (
        f" Результаты за {_years_text(external)} получены при внешней оценке механизмов, результаты за "
        f"{result.year} год — при самооценке: их получили разные оценщики по разным критериям, поэтому они не "
        f"сопоставимы между собой и не показывают динамики механизмов; результаты {result.year} года отмечены как "
        "«самооценка» в таблице 1 и на рисунке 1."
    )


def _history_example(result: EvaluationResult) -> str:
    latest = result.history[-1]
    recorded = next((r for r in latest.results if r.mechanism), latest.results[0])
    subject = f"по механизму {recorded.mechanism}" if recorded.mechanism else f"по системе «{recorded.title}»"
    return f"{recorded.earned} из {recorded.possible} в {latest.year} году {subject}"


def _share(recorded: MechanismResult) -> str:
    """The share as the source gives it, else computed; always to one decimal place, as the table's other
    cells are («85,0 %», not «85 %» beside «92,6 %»)."""
    value = recorded.percent if recorded.percent is not None else 100 * recorded.earned / recorded.possible
    return percent_cell(value)


def _results_table(result: EvaluationResult, years: list[int], width_mm: float) -> Element:
    past = {h.year: {r.mechanism: r for r in h.results if r.mechanism} for h in result.history}
    widths = scaled([90] + [26] * len(years), width_mm)
    rows: list[list[Cell]] = [
        [
            cell("Механизм", style="TableHeading"),
            *(cell(f"{year} год", style="TableHeading") for year in years[:-1]),
            cell(f"{result.year} год (самооценка)", style="TableHeading"),
        ]
    ]
    for score in result.mechanisms:
        row: list[Cell] = [cell(f"{score.mechanism.code}. {score.mechanism.title}")]
        for year in years[:-1]:
            recorded = past[year].get(score.mechanism.code)
            row.append(
                cell(f"{recorded.earned} из {recorded.possible}", _share(recorded)) if recorded else cell(NO_DATA)
            )
        row.append(cell(f"{score.earned} из {score.possible}", percent_cell(score.percent)))
        rows.append(row)
    rows.extend(_former_systems(result, years))
    return table("MsokoTable", widths, rows)


def _former_systems(result: EvaluationResult, years: list[int]) -> list[list[Cell]]:
    """Systems assessed in an earlier year that the present list of mechanisms does not hold («Система
    методической работы», 2020): each a row of its own, under its name of that year, never merged into a
    mechanism."""
    former = [
        (history.year, recorded) for history in result.history for recorded in history.results if not recorded.mechanism
    ]
    if not former:
        return []
    rows: list[list[Cell]] = [
        [(cell("Системы, которых нет в действующем перечне механизмов", style="TableHeading"), len(years) + 1)]
    ]
    for year, recorded in former:
        row: list[Cell] = [cell(recorded.title)]
        for column in years:
            row.append(
                cell(f"{recorded.earned} из {recorded.possible}", _share(recorded)) if column == year else cell(NO_DATA)
            )
        rows.append(row)
    return rows


def _steps_table(result: EvaluationResult, width_mm: float) -> Element:
    codes = [score.mechanism.code for score in result.mechanisms]
    widths = scaled([52] + [13] * len(codes), width_mm)
    rows = [
        [cell("Шаг управленческого цикла", style="TableHeading"), *(cell(code, style="TableHeading") for code in codes)]
    ]
    steps = [score.steps for score in result.mechanisms]  # each mechanism's steps summed once, not once a row
    for index, step in enumerate(CYCLE_STEPS):
        row = [cell(step.name[:1].upper() + step.name[1:])]
        for mechanism_steps in steps:
            row.append(cell(f"{mechanism_steps[index].earned}/{mechanism_steps[index].possible}"))
        rows.append(row)
    rows.append(
        [
            cell("Итого", style="TableHeading"),
            *(cell(f"{score.earned}/{score.possible}", style="TableHeading") for score in result.mechanisms),
        ]
    )
    return table("MsokoTable", widths, rows, keep_together=True)


def _results_chart(result: EvaluationResult, years: list[int]) -> bytes:
    codes = [score.mechanism.code for score in result.mechanisms]
    series = []
    for history in result.history:
        recorded = {
            r.mechanism: r.percent if r.percent is not None else 100 * r.earned / r.possible
            for r in history.results
            if r.mechanism
        }
        series.append((f"{history.year} год", [recorded.get(code) for code in codes]))
    series.append((f"{result.year} год (самооценка)", [score.percent for score in result.mechanisms]))
    return bar_chart_part(codes, series, NO_DATA)


def framework_reference(project: ProjectSources) -> str:
    """«в соответствии с Положением о муниципальной системе оценки качества образования …, утверждённым
    приказом УО от 15.03.2021 № 112, по критериям самооценки, приведённым в приложении к указанному Положению»:
    the Положение о МСОКО, where the self-assessment is ordered and its criteria are published
    (:func:`.criteria.criteria_appendix`); empty when the project has none or it is not approved by an act of the
    set."""
    msoko = project.msoko.model if project.msoko else None
    act = project.acts.get(msoko.approved_by or "") if msoko else None
    if msoko is None or act is None:
        return ""
    terms = project.glossary.model.terms if project.glossary else []
    return (
        f"в соответствии с {title_in_sentence(msoko.title, 'ablt')}, утверждённым "
        f"{approval_reference(project.valid_profile.model, act, terms)}, по критериям самооценки, приведённым в "
        "приложении к указанному Положению"
    )
