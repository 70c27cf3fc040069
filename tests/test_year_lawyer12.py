"""What a lawyer's read of the year's documents returned, read back from the DOCX: a letter states both numbers of
each comparison it makes (1), the справка names every indicator's reporting period with its year (2), and its table
of the ОО's values gives no points that the Положение does not define (3)."""

from __future__ import annotations

from tests.docx_reader import Docx
from tests.test_year_documents import _one_line, _texts, year  # noqa: F401  (the module-scoped built example)


def test_a_letter_gives_the_school_s_counts_and_the_number_it_is_held_against(year):  # noqa: F811
    """1: «ниже значения показателя 1.1.4 в целом по округу» said without the округ's value, and a share without what
    it is made of: a head of school could check neither against the school's own records."""
    letter = _texts(year, "rekomendacii-1.2-sosh-7")
    (share,) = [text for text in letter if text.startswith("По показателю 1.2.1 доля")]
    assert " в МОУ «СОШ № 7» составила " in share and " из " in share.split("составила", 1)[1].split(")")[0]
    (graduates,) = [
        text for text in _texts(year, "rekomendacii-2.1-sosh-9") if text.startswith("По показателю 2.1.4 «")
    ]
    assert "ниже значения показателя 1.1.4 в целом по округу (24,1 %);" in graduates
    spravka = _texts(year, "spravka-1.1", tables=True)
    assert "1.1.4. Доля выпускников 11 классов, набравших по ЕГЭ не менее 70 баллов хотя бы по одному предмету" in (
        spravka
    )
    assert "24,1 %" in spravka  # the value the letter cites is the справка's


def _periods(project, name: str) -> str:
    (general,) = [text for text in _texts(project, name) if text.startswith("Сведения представлены за отчётные")]
    return general.split("Отчётные периоды: ", 1)[1]


def test_every_indicator_names_its_reporting_period(year):  # noqa: F811
    """2: 2.1.3, 2.1.4 and 2.1.6 named no period: their passports say it by the school year («текущего учебного
    года»), which the deadline the data are due by settles."""
    periods = _periods(year, "spravka-2.1")
    assert periods == (
        "по показателю 2.1.1 — три года, предшествующих 1 сентября 2024 года; по показателям 2.1.2 и 2.1.5 — "
        "календарный 2023 год; по показателю 2.1.3 — всероссийские проверочные работы (далее — ВПР) 2022/23 и "
        "2023/24 учебных годов; по показателю 2.1.4 — единый государственный экзамен (далее — ЕГЭ) 2023/24 учебного "
        "года (май–июль); по показателю 2.1.6 — анкетирование в апреле — мае 2023/24 учебного года."
    )
    assert "школьный этап (сентябрь–октябрь) 2024/25 учебного года" in _periods(year, "spravka-1.3")  # due 1 December
    assert "по показателю 1.4.1 — по состоянию на 20 сентября 2024 года" in _periods(year, "spravka-1.4")
    for code in ("2.2", "2.3", "2.4"):
        periods = _periods(year, f"spravka-{code}")
        assert all(f"{code}.{n}" in periods for n in range(1, 6)), code


def _organizations_header(project, name: str) -> list[str]:
    tables = Docx(project.path(f"output/{name}.docx")).tables()
    header = next(table[0] for table in tables if _one_line(table[0][0]) == "№ п/п")  # the first ОО's table
    return [_one_line(title.replace("\u00ad", "")) for title in header]


def test_no_points_of_an_oo_where_the_polozhenie_scores_the_okrug_only(year):  # noqa: F811
    """3: Положение 2.1, п. 7.1: «Эффективность … оценивается по сумме баллов в целом по округу. Сумма баллов не
    является оценкой отдельного руководителя; значения показателей по каждой ОО используются только для адресных
    рекомендаций» — the справка's table 3 gave each ОО «2 балла»; Положение 1.1 scores each ОО and keeps them."""
    assert _organizations_header(year, "spravka-2.1") == [
        "№ п/п",
        "ОО",
        "Числитель",
        "Знаменатель",
        "2024 год",
        "2023 год",
        "Изменение",
    ]
    assert "Баллы" in _organizations_header(year, "spravka-1.1")
    for scored_whole in ("spravka-1.2", "spravka-1.4", "spravka-2.4"):  # the lawyer's 7th read: «по сумме баллов в
        assert "Баллы" not in _organizations_header(year, scored_whole)  # целом по округу» scores no ОО either


def test_quotes_inside_quotes_are_lapki(year):  # noqa: F811
    """The lawyer's 7th read: «… в проекте «Билет в будущее»» — ёлочки inside ёлочки, where „лапки“ belong."""
    spravka = _texts(year, "spravka-1.4")
    assert any(text.endswith("в проекте „Билет в будущее“»") for text in spravka)
    assert not [text for text in spravka if "»»" in text]
