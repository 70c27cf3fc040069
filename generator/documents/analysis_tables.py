"""The tables and charts of an аналитическая справка: the results of every indicator beside the year before, and
for each indicator of organizations its value for every organization and the округ (the sum of the numerators over
the sum of the denominators), with a bar chart in ru-RU."""

from __future__ import annotations

from dataclasses import dataclass

from ..docx.blocks import TABLE_TEXT, cell, text_paragraph
from ..docx.chart import CHART_CONTENT_TYPE, CHART_RELATIONSHIP, bar_chart_part, chart_paragraph
from ..docx.elements import Cell, paragraph, run
from ..docx.elements import table as make_table
from ..monitoring.addressing import scores_organizations
from ..monitoring.measures import Measure, rounded
from ..monitoring.results import IndicatorResult, MechanismResults
from ..monitoring.selection import is_municipal
from ..monitoring.summary import change_text, points_text, value_text
from ..russian.scale import number_text
from ..russian.typography import NBSP
from .addressed import second_year
from .body import Body, RelatedPart, scaled
from .membership import answer, change, is_membership, members_lines
from .year_text import of, organizations_phrase, term

NO_VALUE = "—"
NOT_APPLICABLE = f"{NO_VALUE}*"
"""A value the indicator does not have at a row that reported it (a denominator of 0), marked for the note under the
table: not a missing report."""
NOT_APPLICABLE_LABEL = "не применяется"
NOTE = "Text"
ONE_PAGE_ROWS = 30
"""Rows of one line an organizations' table may have and still be kept on one page (with its caption and note)."""
ROUNDING_NOTE = (
    "Изменение рассчитано по значениям до округления, поэтому может отличаться на единицу последнего знака от "
    "разности округлённых значений, приведённых в таблице."
)
"""The note under a table where a change differs from the difference of the values shown (the lawyers' two reads:
both the change and the values are right, and the reader is told why they do not subtract)."""
"""The note under a table that says what its mark means: the text's size (a table's smaller type is for cells)."""
TABLE_UNITS = {"человек": "чел.", "единица": "ед."}
CHART_BAR_MM = 6
"""Height a category takes in an organizations' chart: every label readable, 24 schools on about a page."""
CHART_LABEL_POINTS = 9


@dataclass
class Numbering:
    """The next table's and figure's numbers in the document."""

    tables: int = 0
    figures: int = 0

    def table(self) -> int:
        self.tables += 1
        return self.tables

    def figure(self) -> int:
        self.figures += 1
        return self.figures


def participants_part(body: Body, results: MechanismResults, number: int) -> None:
    """The organizations that reported, by their short names (which the tables use) and full names."""
    body.elements.append(text_paragraph("TableCaption", f"Таблица {number}", keep_next=True))
    rows: list[list[Cell]] = [
        [cell("Краткое наименование", style="TableHeading"), cell("Полное наименование", style="TableHeading")]
    ]
    rows += [
        [cell(results.respondents[key].short_name), cell(results.respondents[key].name)]
        for key in results.organizations_reported
    ]
    body.elements.append(make_table("MsokoTable", scaled([50, 120], body.width_mm), rows))


def totals_part(body: Body, results: MechanismResults, number: int) -> None:
    """Every organization's sum of points, of how many possible, and its group, the highest sums first: whom the
    decisions on a group concern, not the counts alone."""
    body.elements.append(text_paragraph("TableCaption", f"Таблица {number}", keep_next=True))
    header = ["№ п/п", term(results), "Сумма баллов", "Из возможных", "Группа"]
    rows: list[list[Cell]] = [[cell(title, style="TableHeading") for title in header]]
    ranked = sorted(results.totals.items(), key=lambda found: -found[1].points)  # stable: the list's order within
    rows += [
        [
            figure(str(number)),
            cell(results.respondents[key].short_name),
            figure(str(total.points)),
            figure(str(total.maximum)),
            cell(total.group or NO_VALUE),
        ]
        for number, (key, total) in enumerate(ranked, 1)
    ]
    body.elements.append(make_table("MsokoTable", scaled([12, 56, 28, 28, 46], body.width_mm), rows))


def summary_part(body: Body, results: MechanismResults, numbering: Numbering) -> None:
    """Table: every indicator's value for the округ this year and the year before, the change, the points, the
    target; figure: the shares of both years."""
    number = numbering.table()
    shares = [r for r in results.indicators if r.indicator.unit == "процент"]
    picture = numbering.figure() if shares else 0
    shown = f"в таблице {number}" + (f" и на рисунке{NBSP}{picture}" if picture else "")
    body.clauses(
        [
            f"Значения показателей по округу в {results.year} году и их изменение по сравнению с "
            f"{results.year - 1} годом приведены {shown}."
        ]
    )
    body.elements.append(text_paragraph("TableCaption", f"Таблица {number}", keep_next=True))
    header = ["Показатель", f"{results.year - 1} год", f"{results.year} год", "Изменение", "Баллы", "Целевое значение"]
    rows: list[list[Cell]] = [[cell(title, style="TableHeading") for title in header]]
    for result in results.indicators:
        rows.append(
            [
                cell(f"{result.indicator.code}. {result.indicator.name}"),
                figure(_value(result, result.previous_municipality)),
                figure(_value(result, result.municipality)),
                figure(_change(result)),
                figure(_points(result.municipality)),
                cell(result.indicator.target or NO_VALUE),
            ]
        )
    body.elements.append(make_table("MsokoTable", scaled([62, 20, 20, 22, 18, 28], body.width_mm), rows))
    inapplicable = [r for r in results.indicators if _inapplicable(r.municipality, r.previous_municipality)]
    if inapplicable:
        body.elements.append(text_paragraph(NOTE, _summary_note(inapplicable)))
    if any(_off_by_rounding(result) for result in results.indicators):
        body.elements.append(text_paragraph(NOTE, ROUNDING_NOTE))
    if picture:
        categories = [r.indicator.code for r in shares]
        series = [
            (f"{results.year - 1} год", [_number(r.previous_municipality) for r in shares]),
            (f"{results.year} год", [_number(r.municipality) for r in shares]),
        ]
        _chart(
            body,
            picture,
            categories,
            series,
            f"Значения показателей по округу, %, {results.year - 1} и {results.year} годы",
            20 + 10 * len(shares),
        )


MIN_BARS = 2
"""A chart of one bar among zeros («Доля ОО с признаками необъективности»: 1 of 24) tells nothing the table and the
text do not: none is drawn."""


def by_organization(results: MechanismResults) -> list[IndicatorResult]:
    """The indicators with values per organization: each gets its table and chart."""
    return [r for r in results.indicators if not is_municipal(r.indicator) and r.by_organization]


def indicator_part(body: Body, results: MechanismResults, result: IndicatorResult, numbering: Numbering) -> None:
    """One indicator of organizations: the table of them with the округ, the chart, those below the target."""
    indicator = result.indicator
    body.subsection(f"Показатель {indicator.code} «{indicator.name}»")
    lines = []
    number = numbering.table()
    member = is_membership(result)  # «да»/«нет» for each organization, no chart of 0 and 100 %
    charted = indicator.unit == "процент" and not member and _bars(result) >= MIN_BARS
    picture = numbering.figure() if charted else 0
    shown = f"в таблице {number}" + (f" и на рисунке{NBSP}{picture}" if picture else "")
    below = result.below_target
    marked = f"полужирным выделены значения, при которых не достигнуто целевое значение («{indicator.target}»)"
    if member:
        lines += members_lines(results, result, number)
        lines[0] = lines[0].removesuffix(".") + (f"; {marked}." if below else ".")
    else:
        lines.append(f"Значения показателя по {term(results)} приведены {shown}" + (f"; {marked}." if below else "."))
    if below:
        judged = sum(1 for measure in result.by_organization.values() if not measure.inapplicable)
        lines.append(
            f"Целевого значения не достигла ни одна из {judged} {term(results)}."
            if len(below) == judged > 1
            else f"Целевого значения не достигли {term(results)} ({of(len(below), judged)}): "
            f"{organizations_phrase(results, below)}."
        )
        lines.append(second_year(results, result))
    body.clauses([line for line in lines if line])
    body.elements.append(text_paragraph("TableCaption", f"Таблица {number}", keep_next=True))
    body.elements.append(_organizations_table(body, results, result))
    inapplicable = [
        key
        for key in result.expected
        if _inapplicable(result.by_organization.get(key), result.previous_by_organization.get(key))
    ]
    if inapplicable:
        body.elements.append(text_paragraph(NOTE, _note(result, f"к {organizations_phrase(results, inapplicable)}")))
    if any(_off_by_rounding(result, key) for key in (*result.by_organization, None)):  # the округ last
        body.elements.append(text_paragraph(NOTE, ROUNDING_NOTE))
    if charted:
        keys = list(result.by_organization)
        _chart(
            body,
            picture,
            [results.respondents[key].short_name for key in keys],
            [(f"{results.year} год", [_number(result.by_organization[key]) for key in keys])],
            f"Значения показателя {indicator.code} по {term(results)}, %, {results.year} год",
            20 + CHART_BAR_MM * len(keys),
        )


def _bars(result: IndicatorResult) -> int:
    """How many organizations a chart of the indicator would show a bar for (a value above zero)."""
    values = [_number(measure) for measure in result.by_organization.values()]
    return sum(1 for value in values if isinstance(value, int | float) and value != 0)


def _organizations_table(body: Body, results: MechanismResults, result: IndicatorResult):
    """Every organization's value, points, last year's value and the change, the округ last; of a membership
    indicator, «да»/«нет» each year without the parts and the change (the округ's share keeps its change). Points only
    where the Положение scores each ОО (:func:`.scores_organizations`): one that scores the округ alone defines none."""
    member = is_membership(result)
    fraction = not member and any(m.denominator is not None for m in result.by_organization.values())
    scored = scores_organizations(results.regulation)
    header = [
        "№ п/п",
        term(results),
        *(["Числитель", "Знаменатель"] if fraction else []),
        f"{results.year} год",
        *(["Баллы"] if scored else []),
        f"{results.year - 1} год",
        "Изменение",
    ]
    widths = [12, 44, *([19, 21] if fraction else []), 19, *([21] if scored else []), 19, 30]  # «без изменений»
    rows: list[list[Cell]] = [[cell(title, style="TableHeading") for title in header]]
    for number, (key, measure) in enumerate(result.by_organization.items(), 1):
        before = result.previous_by_organization.get(key)
        rows.append(
            [
                figure(str(number)),
                cell(results.respondents[key].short_name),
                *_parts(measure, fraction),
                _marked(result, measure, answer(measure) if member else None),
                *([figure(_points(measure))] if scored else []),
                figure((answer(before) or NO_VALUE) if member else _value(result, before)),
                figure((change(measure, before) or NO_VALUE) if member else _change(result, key)),
            ]
        )
    whole = result.municipality
    rows.append(
        [
            (cell("Округ в целом", style="TableHeading"), 2),
            *_parts(whole, fraction),
            _marked(result, whole) if whole else figure(_value(result, whole)),  # bold only where it misses the target
            *([figure(_points(whole))] if scored else []),
            figure(_value(result, result.previous_municipality)),
            figure(_change(result)),
        ]
    )
    # A table of one-line rows that fits on a page is not split: its «Округ в целом» and last rows never stand apart.
    return make_table("MsokoTable", scaled(widths, body.width_mm), rows, keep_together=len(rows) <= ONE_PAGE_ROWS)


def _parts(measure: Measure | None, fraction: bool) -> list[Cell]:
    if not fraction:
        return []
    if measure is None:
        return [figure(NO_VALUE), figure(NO_VALUE)]
    return [
        figure(str(measure.numerator) if measure.numerator is not None else NO_VALUE),
        figure(str(measure.denominator) if measure.denominator is not None else NO_VALUE),
    ]


def figure(text: str, style: str = TABLE_TEXT, strong: bool = False) -> Cell:
    """A figure with its unit («94,4 %», «2 балла», «+1,6 п. п.»), set as typography would set it — on one line,
    bound by no-break spaces — without its rules: a справка has hundreds of them."""
    return [paragraph(style, [run(text.replace(" ", NBSP), "Strong" if strong else None)])]


def _marked(result: IndicatorResult, measure: Measure, shown: str | None = None) -> Cell:
    """The value (or ``shown`` in its stead), in bold when it misses the target."""
    return figure(shown or _value(result, measure), strong=measure.meets_target is False)


def _inapplicable(*measures: Measure | None) -> bool:
    return any(measure is not None and measure.inapplicable for measure in measures)


def _note(result: IndicatorResult, whom: str) -> str:
    """«* Показатель 1.1.6 не применяется к МОУ «Лицей № 1»: его знаменатель (общее число обучающихся с ОВЗ) равен
    нулю; значение не рассчитывается, баллы не начисляются.»: what the mark of a cell means."""
    calculation = result.indicator.calculation
    denominator = f" ({calculation.denominator})" if calculation is not None and calculation.denominator else ""
    return (
        f"* Показатель {result.indicator.code} не применяется {whom}: его знаменатель{denominator} равен нулю; "
        "значение не рассчитывается, баллы не начисляются."
    )


def _off_by_rounding(result: IndicatorResult, key: str | None = None) -> bool:
    """Whether the change (computed from the counts, rounded once) differs from the difference of the two rounded
    values the table shows: 79,2 % after 70,8 % is +8,3 п. п. (19 of 24 after 17 of 24), not +8,4."""
    compared, change = result.compared(key), result.change(key)
    if compared is None or change is None:
        return False
    now, before = (measure.value for measure in compared)
    assert now is not None and before is not None  # compared() gives measures with values
    return rounded(now - before, result.places) != change


def _summary_note(inapplicable: list[IndicatorResult]) -> str:
    """The note under the table of the округ's values, for an indicator no organization of the округ has."""
    return " ".join(_note(result, "к округу в целом") for result in inapplicable)


def _value(result: IndicatorResult, measure: Measure | None) -> str:
    """A value in a cell: «94,4 %», a count with its unit shortened as tables shorten it («11 чел.»), «—*» where the
    indicator does not apply (:data:`NOT_APPLICABLE`)."""
    if _inapplicable(measure):
        return NOT_APPLICABLE
    shown = value_text(result, measure)
    if shown == "нет данных":
        return NO_VALUE
    if measure is not None and measure.value is not None and result.indicator.unit in TABLE_UNITS:
        return f"{number_text(measure.value)}{NBSP}{TABLE_UNITS[result.indicator.unit]}"
    return shown


def _change(result: IndicatorResult, key: str | None = None) -> str:
    """The change in a cell: «+1,6 п. п.», a count's with its unit shortened («+5 чел.»)."""
    change = result.change(key)
    if change is None:
        return NO_VALUE
    unit = TABLE_UNITS.get(result.indicator.unit)
    if unit is None or change == 0:
        return change_text(result, key)
    return f"{'+' if change > 0 else '−'}{number_text(abs(change))}{NBSP}{unit}"


def _points(measure: Measure | None) -> str:
    return NO_VALUE if measure is None or measure.points is None else points_text(measure.points)


def _number(measure: Measure | None) -> float | str | None:
    """A bar's value; a point's label in its stead where the indicator does not apply."""
    if _inapplicable(measure):
        return NOT_APPLICABLE_LABEL
    return measure.value if measure is not None else None


def _chart(
    body: Body,
    figure: int,
    categories: list[str],
    series: list[tuple[str, list[float | str | None]]],
    title: str,
    height_mm: float,
) -> None:
    relationship = f"rIdMsokoChart{figure}"
    chart = bar_chart_part(categories, series, "нет данных", CHART_LABEL_POINTS)
    body.related.append(
        RelatedPart(f"word/charts/chart{figure}.xml", chart, CHART_CONTENT_TYPE, CHART_RELATIONSHIP, relationship)
    )
    body.elements.append(
        chart_paragraph(relationship, body.width_mm, height_mm, title, keep_next=True, drawing_id=figure)
    )
    body.elements.append(text_paragraph("Caption", f"Рисунок{NBSP}{figure} — {title}"))
