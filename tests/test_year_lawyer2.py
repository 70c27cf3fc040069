"""What the lawyer's second read of the monitoring year's documents returned (issue #28), read back from the DOCX:
the decisions of a Положение that says them as what the authority does (N8), the years its «следующий учебный год»
means named from the приказ's date (N4, N10), the letter to an organization with signs of bias (N5), abbreviations
introduced at their first use (M10), and the low findings."""

from __future__ import annotations

import datetime
import re
import zipfile

import pdfplumber

from generator.russian.typography import NBSP

from tests.test_year_documents import _texts, year  # noqa: F401  (the module-scoped built example)


def _text(project, name: str) -> str:
    return " ".join(_texts(project, name))


def test_decisions_said_as_what_the_authority_does_are_ordered(year):  # noqa: F811
    """Положение 2.1, п. 9.4: «УО планирует повышение квалификации и стажировки руководителей ОО и формирует резерв
    управленческих кадров» — the приказ orders proposals on both, by the пункт, as the other eight приказы do."""
    order = _texts(year, "prikaz-itogi-2.1")
    lead = next(text for text in order if "в соответствии с пунктом 9.4 Положения о мониторинге" in text)
    assert lead.startswith("Отделу кадровой работы") and lead.endswith("не позднее 13.12.2024:")
    following = order[order.index(lead) + 1 : order.index(lead) + 3]
    assert following == [
        "подготовить и представить начальнику управления образования предложения о планировании повышения "
        "квалификации и стажировки руководителей образовательных организаций;",
        "подготовить и представить начальнику управления образования предложения о формировании резерва "
        "управленческих кадров.",
    ]


def test_an_act_of_the_authority_becomes_the_matter_of_a_decision():
    from generator.russian.verbs import acts_of

    assert acts_of("направляет в ОО наблюдателей и включает эти ОО в перепроверку") == [
        "о направлении в ОО наблюдателей",
        "о включении этих ОО в перепроверку",
    ]
    assert acts_of("повышение квалификации") is None


def test_an_act_names_the_year_the_polozhenie_calls_the_next(year):  # noqa: F811
    """«ВПР следующего учебного года» in a приказ of 30.09.2024 are those of spring 2025, «на следующий учебный год»
    in one of 17.12.2024 is 2025/26, «на следующий финансовый год» in one of 13.12.2024 is 2025, as the act says
    (the lawyer's 7th read): no приказ and no letter says «следующий» of a year (N4, N10)."""
    names = [path.stem for path in year.path("output").glob("*.docx")]
    said = {
        name
        for name in names
        if name.startswith(("prikaz-itogi-", "rekomendacii-"))
        and re.search(r"следующ\w+ (?:учебн|финансов|год|ВПР)", _text(year, name))
    }
    assert not said
    assert "адресной методической поддержки ММЦ на 2025/26 учебный год" in _text(year, "prikaz-itogi-1.1")
    assert "профильных классов (групп) с 1 сентября 2025 года" in _text(year, "prikaz-itogi-1.4")
    assert "развивающей предметно-пространственной средой на 2025 финансовый год" in _text(year, "prikaz-itogi-2.4")
    assert "педагогических работников на 2025 год" in _text(year, "prikaz-itogi-2.2")


def test_the_next_years_are_named_from_the_documents_date():
    from generator.documents.year_text import years_named

    def named(text: str, day: datetime.date) -> str:
        return years_named(text, day).replace(NBSP, " ")

    autumn, december, spring = datetime.date(2024, 9, 30), datetime.date(2024, 12, 13), datetime.date(2025, 3, 3)
    assert named("на все ВПР следующего учебного года", autumn) == "на все ВПР 2025 года"
    assert named("провести следующую ВПР в присутствии", autumn) == "провести все ВПР 2025 года в присутствии"
    assert named("на следующий финансовый год", autumn) == "на 2025 финансовый год"
    assert named("на следующий финансовый год", december) == "на 2025 финансовый год"
    assert named("в следующем учебном году", spring) == "в 2025/26 учебном году"
    assert named("до 1 июля года, следующего за отчётным", december) == "до 1 июля года, следующего за отчётным"


def test_the_order_names_the_organizations_with_signs_of_bias_and_proposes_no_recheck_it_orders(year):  # noqa: F811
    """Приказ 1.5, п. 4: the observers are proposed for the school the справка names, on the ВПР of 2025; the
    inclusion in the recheck is not proposed, п. 5 orders the recheck itself (N4)."""
    order = _texts(year, "prikaz-itogi-1.5")
    assert (
        "подготовить и представить начальнику управления образования предложения о направлении в муниципальное "
        "общеобразовательное учреждение «Средняя общеобразовательная школа № 43» Копейского городского округа, "
        "относящееся к образовательным организациям с признаками необъективности, общественных наблюдателей на все "
        "всероссийские проверочные работы (далее — ВПР) 2025 года;" in order  # one school, singular (read 3, Н1)
    )
    text = " ".join(order)
    assert "в муниципальную перепроверку" not in text
    assert text.count("перепроверку всех работ ВПР") == 1


def test_the_letter_to_a_school_with_signs_of_bias_says_which_vpr_how_checked_and_what_the_order_assigns(year):  # noqa: F811
    """rekomendacii-1.5-sosh-43 (N5): «все ВПР 2025 года», not «следующую ВПР»; the checking of the works beside
    their conducting (Положение 1.5, п. 9.2: «по организации проведения и проверки оценочных процедур»); what the
    приказ orders about the school, by its subpoints; and, the school being in the list a second year, that last
    year's measures did not bring the result."""
    letter = _texts(year, "rekomendacii-1.5-sosh-43")
    text = " ".join(letter)
    assert "провести все ВПР 2025 года в присутствии общественных наблюдателей с видеофиксацией;" in text
    assert (
        "работы ВПР проверять коллегиально, комиссией из учителей, не преподающих в проверяемом классе, строго по "
        "критериям оценивания ФГБУ «ФИОКО»." in letter
    )
    assert "следующую ВПР" not in text
    assert (
        "Целевое значение показателя 1.5.5 в МОУ «СОШ № 43» не достигнуто второй год подряд. В плане мероприятий "
        "просим указать, какие меры, принятые по итогам мониторинга 2023 года, будут изменены или заменены и почему."
        in text
    )
    assert "не привели" not in text  # the справка shows values, not that last year's measures failed
    lead = letter.index("Приказом в отношении МОУ «СОШ № 43» предусмотрено также:")
    assert letter[lead + 1].endswith("общественных наблюдателей на все ВПР 2025 года (подпункт 4.1 приказа);")
    assert (
        "предложения о направлении в МОУ «СОШ № 43», относящееся к ОО с признаками необъективности," in letter[lead + 1]
    )
    assert letter[lead + 2].startswith(
        "отделу оценки качества образования управления образования по показателю 1.5.5 не позднее 16.06.2025 "
        "организовать перепроверку всех работ ВПР ОО, включённых в "
        "перечень ОО с признаками необъективности, муниципальными предметными комиссиями"
    )
    assert letter[lead + 2].endswith("(подпункт 5.3 приказа).")


def test_a_letter_says_second_year_only_where_the_target_was_missed_the_year_before(year):  # noqa: F811
    names = [path.stem for path in year.path("output").glob("rekomendacii-*.docx")]
    again = [name for name in names if "второй год подряд" in _text(year, name)]
    assert 0 < len(again) < len(names)


def test_the_order_introduces_its_abbreviations_at_their_first_use(year):  # noqa: F811
    """M10: the приказ is the authority's own act and names itself «управление образования» throughout, as its head
    («начальнику управления образования»): no «(далее — УО)» after the preamble has named it in full. In 2.4 the
    organizations of пп. 2–3 are the ДОО of п. 4: the term is introduced at its first use, in п. 2.1."""
    for code in ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4"):
        text = _text(year, f"prikaz-itogi-{code}")
        assert not re.search(r"(?<![А-ЯЁа-яё])УО(?![А-ЯЁа-яё])", text), code
    order = _texts(year, "prikaz-itogi-2.4")
    first = next(text for text in order if "ДОО" in text)
    assert first.startswith(
        "направить руководителям дошкольных образовательных организаций (далее — ДОО), не достигших целевых значений"
    )
    assert "Руководителям ДОО, не достигших целевых значений показателей мониторинга (раздел 5 приложения):" in order
    assert "образовательных организаций, не достигших" not in " ".join(order)


def test_every_order_publishes_its_spravka_from_the_day_it_is_signed(year):  # noqa: F811
    """The Положение о МСОКО has the справки of every mechanism put on the site «в течение 10 рабочих дней со дня
    подписания»: each приказ says so, and of what — itself, which approves the справка."""
    for code in ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4"):
        withheld = " без сведений об отдельных образовательных организациях" if code == "2.1" else ""  # lawyer 5
        assert (
            f"разместить аналитическую справку{withheld} на официальном сайте управления образования в течение 10 "
            "рабочих дней со дня подписания настоящего приказа;" in _texts(year, f"prikaz-itogi-{code}")
        ), code


def test_the_low_findings_of_the_orders(year):  # noqa: F811
    """The programme of the methodical centre, another legal entity, is agreed on with it (1.1); the region's
    organizer forms the team of the regional stage, the округ accompanies it (1.3); the plans of several heads are
    plural (2.1); the proposals on new places are what goes to the administration (2.4); the participial clause of
    the title closes before the year (1.2)."""
    assert any(
        text.startswith("согласовать с ММЦ включение образовательных организаций, не достигших целевых значений")
        for text in _texts(year, "prikaz-itogi-1.1")
    )
    assert "предложения о сопровождении участников регионального этапа ВсОШ." in _text(year, "prikaz-itogi-1.3")
    assert "их руководителям для учёта при подготовке индивидуальных планов профессионального развития." in _text(
        year, "prikaz-itogi-2.1"
    )
    assert "о создании новых мест и направить эти предложения в администрацию Копейского городского округа;" in _text(
        year, "prikaz-itogi-2.4"
    )
    # Положение 1.5 scores the округ alone: no measure rests on an ОО's least points (the lawyer's 8th read)
    assert not any("наименьший балл" in t for t in _texts(year, "prikaz-itogi-1.5"))
    order = _texts(year, "prikaz-itogi-1.2")
    assert (
        "Об итогах мониторинга работы со школами с низкими результатами обучения и (или) школами, функционирующими в "
        "неблагоприятных социальных условиях, в 2024 году" in order
    )


def test_the_spravka_speaks_of_improvement_and_draws_no_chart_of_one_bar(year):  # noqa: F811
    """L9: 1.5.4 and 1.5.5 fell, which for them is better: the справка says the values improved, not that they fell.
    A chart of 23 zero bars and one of 100 % says nothing the table does not: the справка 1.5 has only the chart of
    the округ's values (the figure of the organizations' 1.5.5 goes)."""
    spravka = _texts(year, "spravka-1.5")
    assert "По сравнению с 2023 годом значения по округу улучшились по всем 5 показателям." in spravka
    assert not any("снизились" in text or "выросли" in text for text in spravka)
    assert not any("рисунке 2" in text for text in spravka)
    sources = next(text for text in spravka if text.startswith("Источники данных:"))
    assert "акты общественных наблюдателей" in sources and "отчёты общественных наблюдателей" not in sources
    with zipfile.ZipFile(year.path("output/spravka-1.5.docx")) as archive:
        assert len([name for name in archive.namelist() if name.startswith("word/charts/chart")]) == 1
    assert any("на рисунке 2" in text for text in _texts(year, "spravka-1.1"))  # a chart with many bars stays


def test_a_scale_says_which_way_is_better():
    from schemas.regulation import ScoringBand
    from generator.documents.year_text import better

    class Indicator:
        def __init__(self, bands):
            self.scoring = [ScoringBand(**band) for band in bands]

    class Result:
        def __init__(self, bands):
            self.indicator = Indicator(bands)

    falling = [{"lower": 0, "upper": 0, "upper_inclusive": True, "points": 2}, {"lower": 5, "points": 0}]
    rising = [{"lower": 85, "points": 2}, {"lower": 70, "upper": 85, "points": 1}, {"upper": 70, "points": 0}]
    assert better(Result(falling)) == -1 and better(Result(rising)) == 1  # type: ignore[arg-type]


def test_the_organizations_table_keeps_its_total_on_the_page_of_its_rows(year, libreoffice, tmp_path):  # noqa: F811
    """L2: in the справка 1.5 the rows of table 3 are one line each («без изменений» fits its column), so the table
    and its «Округ в целом» stand on one page, not its last row and total alone on the next."""
    from generator.review.pdf import convert_to_pdf

    (pdf,) = convert_to_pdf([year.path("output/spravka-1.5.docx")], tmp_path)
    with pdfplumber.open(pdf) as printed:
        pages = [page.extract_text() or "" for page in printed.pages]
    [page] = [text for text in pages if "Таблица 3" in text]
    assert "Округ в целом" in page and "«Лицей № 1»" in page and "«СОШ № 1»" in page


def _bold(cell) -> bool:
    return any(
        run.bold or (run.style is not None and run.style.name == "Strong") or paragraph.style.name == "TableHeading"
        for paragraph in cell.paragraphs
        for run in paragraph.runs
    )


def test_the_total_row_is_in_bold_only_where_the_okrug_misses_the_target(year):  # noqa: F811
    """The note under a table says the bold marks the values that miss the target; the «Округ в целом» row was bold
    by its style whatever its value (third read, Н2): 2.4.4's 94,6 % meets «не менее 90 %», 1.5.5's 4,2 % misses 0 %."""
    import docx

    def total(name: str, value: str):
        for table in docx.Document(year.path(f"output/{name}.docx")).tables:
            last = table.rows[-1].cells
            if last[0].text == "Округ в целом" and any(c.text == value for c in last):
                return next(c for c in last if c.text == value)
        raise AssertionError(f"{name}: no total row with {value}")

    assert not _bold(total("spravka-2.4", "94,6\xa0%"))
    assert _bold(total("spravka-1.5", "4,2\xa0%"))


def test_the_spravka_dates_its_periods_and_deadlines_with_their_years(year):  # noqa: F811
    """Every figure has its date (third read, С6): the form № 85-К «по состоянию на 31 декабря года,
    предшествующего году мониторинга» is as of 31.12.2023, the quarters of 2.4.5 are named, and every deadline is said
    with its year, not «до 1 февраля текущего года» beside «до 1 июня»."""
    text = _text(year, "spravka-2.4").replace("\xa0", " ")
    assert "по показателю 2.4.2 — по состоянию на 31 декабря 2023 года" in text
    assert "по показателю 2.4.5 — IV квартал 2023 года и I, II и III кварталы 2024 года" in text
    assert "до 1 февраля 2024 года (показатель 2.4.2); до 1 июня 2024 года (показатель 2.4.4)" in text
    assert "текущего года" not in text and "предшествующего году мониторинга" not in text
