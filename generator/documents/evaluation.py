"""The evaluation appendix: results by mechanism (with earlier years), by cycle step, and a chart."""

from __future__ import annotations

from schemas.cycle import CYCLE_STEPS

from ..docx.blocks import SUBCLAUSE, cell, text_paragraph
from ..docx.chart import CHART_CONTENT_TYPE, CHART_RELATIONSHIP, bar_chart_part, chart_paragraph
from ..docx.oxml import table
from ..evaluate import EvaluationResult
from ..report import percent_text
from .body import Body, Element, RelatedPart, list_items, scaled


def evaluation_body(result: EvaluationResult, width_mm: float) -> Body:
    """The evaluation appendix: results by mechanism (with earlier years), by cycle step, a chart, advice."""
    body = Body(width_mm)
    per_mechanism = result.mechanisms[0].possible if result.mechanisms else 0
    body.section("Общие положения")
    body.clauses([f"Самооценка механизмов управления качеством образования за {result.year} год проведена по "
                  f"критериям «{result.criteria_title}»: максимум {per_mechanism} баллов по каждому механизму.",
                  "Баллы рассчитаны по Положениям о мониторинге и документам, подтверждающим шаги "
                  "управленческого цикла; результаты прошлых лет приведены по данным внешней оценки."])
    body.section("Результаты по механизмам")
    years = [h.year for h in result.history] + [result.year]
    body.clauses(["Баллы и доля набранных баллов по каждому механизму приведены в таблице 1 и на рисунке 1."])
    body.elements.append(text_paragraph("TableCaption", "Таблица 1"))
    body.elements.append(_results_table(result, years, width_mm))
    body.related.append(RelatedPart("word/charts/chart1.xml", _results_chart(result, years), CHART_CONTENT_TYPE,
                                    CHART_RELATIONSHIP, "rIdMsokoChart1"))
    body.elements.append(chart_paragraph("rIdMsokoChart1", width_mm, 20 + 12 * len(result.mechanisms),
                                         "Доля набранных баллов по механизмам"))
    body.elements.append(text_paragraph("Caption", "Рисунок 1. Доля набранных баллов по механизмам, %"))
    body.section("Результаты по шагам управленческого цикла")
    body.clauses(["Баллы по шагам управленческого цикла приведены в таблице 2."])
    body.elements.append(text_paragraph("TableCaption", "Таблица 2"))
    body.elements.append(_steps_table(result, width_mm))
    advised = [score for score in result.mechanisms if score.advice]
    if advised:
        body.section("Что необходимо сделать")
        for score in advised:
            body.subsection(score.mechanism.title)
            body.clauses(list_items(score.advice), style=SUBCLAUSE)
    return body


def _results_table(result: EvaluationResult, years: list[int], width_mm: float) -> Element:
    past = {h.year: {r.mechanism: r for r in h.results} for h in result.history}
    widths = scaled([90] + [26] * len(years), width_mm)
    rows = [[cell("Механизм", style="TableHeading"), *(cell(f"{year} год", style="TableHeading") for year in years)]]
    for score in result.mechanisms:
        row = [cell(f"{score.mechanism.code}. {score.mechanism.title}")]
        for year in years[:-1]:
            recorded = past[year].get(score.mechanism.code)
            row.append(cell(f"{recorded.earned}/{recorded.possible}", percent_text(100 * recorded.earned / recorded.possible))
                       if recorded else cell("—"))
        row.append(cell(f"{score.earned}/{score.possible}", percent_text(score.percent)))
        rows.append(row)
    return table("MsokoTable", widths, rows)


def _steps_table(result: EvaluationResult, width_mm: float) -> Element:
    codes = [score.mechanism.code for score in result.mechanisms]
    widths = scaled([52] + [13] * len(codes), width_mm)
    rows = [[cell("Шаг управленческого цикла", style="TableHeading"), *(cell(code, style="TableHeading") for code in codes)]]
    for index, step in enumerate(CYCLE_STEPS):
        row = [cell(step.name[:1].upper() + step.name[1:])]
        for score in result.mechanisms:
            step_score = score.steps[index]
            row.append(cell(f"{step_score.earned}/{step_score.possible}"))
        rows.append(row)
    return table("MsokoTable", widths, rows)


def _results_chart(result: EvaluationResult, years: list[int]) -> bytes:
    codes = [score.mechanism.code for score in result.mechanisms]
    series = []
    for history in result.history:
        recorded = {r.mechanism: 100 * r.earned / r.possible for r in history.results}
        series.append((f"{history.year} год", [recorded.get(code) for code in codes]))
    series.append((f"{result.year} год", [score.percent for score in result.mechanisms]))
    return bar_chart_part(codes, series)
