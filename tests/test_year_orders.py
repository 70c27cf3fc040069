"""What a lawyer returned in the monitoring year's documents, read back from them: deadlines on working days of the
production calendar with the Government's transfers (Н-1), decisions said as orders with their doer and date (Н-2),
an indicator's municipal measures given to the department the Положение names (PI-N4), the letter's short signature
and its executor mark at the foot of the last page (N-1, N-2), and the справка's organizations below a target two
years running and the counts behind a municipal figure made of organizations (SP-N1)."""

from __future__ import annotations

import datetime
import re
import zipfile

import pdfplumber
import pytest

from generator.review.pdf import convert_to_pdf
from tests.test_year_documents import _one_line, _texts, year  # noqa: F401  (the module-scoped built example)

DATE = re.compile(r"\b(\d{2})\.(\d{2})\.(20\d{2})\b")


def test_the_production_calendar_knows_the_decrees_transfers():
    from generator.coherence.calendar import is_working, working_on_or_after, working_on_or_before

    day = datetime.date
    assert not is_working(day(2024, 12, 30)) and not is_working(day(2024, 12, 31))  # постановление № 1314
    assert is_working(day(2024, 12, 28))  # a Saturday made a working day by the same decree
    assert not is_working(day(2025, 6, 13)) and is_working(day(2025, 11, 1))  # постановление № 1335
    assert working_on_or_before(day(2024, 12, 30)) == day(2024, 12, 28)  # «до 31 декабря»: earlier, not into January
    assert working_on_or_before(day(2025, 6, 14)) == day(2025, 6, 11)
    assert working_on_or_after(day(2024, 12, 29)) == day(2025, 1, 9)  # a period's last day off: ст. 193 ГК РФ


def test_no_date_the_year_documents_set_falls_on_a_day_off(year):  # noqa: F811
    """Every date in every справка, приказ and letter of the year — deadlines and the documents' own dates — is a
    working day; the приказ of 1.1 sets the plan by 28.12.2024, the last working day before 31 December."""
    from generator.coherence.calendar import is_working

    names = [path.stem for path in year.path("output").glob("*.docx")]
    names = [name for name in names if name.startswith(("spravka-", "prikaz-itogi-", "rekomendacii-"))]
    assert len(names) > 60
    off = set()
    for name in names:
        for text in _texts(year, name):
            for found in DATE.finditer(text):
                dated = datetime.date(int(found[3]), int(found[2]), int(found[1]))
                if dated.year >= 2024 and not is_working(dated):
                    off.add((name, found[0]))
    assert not off
    order = " ".join(_texts(year, "prikaz-itogi-1.1"))
    assert "по итогам мониторинга не позднее 28.12.2024" in order and "30.12.2024" not in order


def test_a_decision_is_said_as_the_order_that_makes_it():
    from generator.russian.verbs import order_phrase

    assert [
        order_phrase(decision)
        for decision in (
            "включение ОО в программу адресной поддержки",
            "учёт результатов при подготовке индивидуальных планов",
            "о закреплении школ-кураторов",
            "о формировании муниципальной команды участников олимпиад",
            "об открытии профильных классов",
            "о поощрении обучающихся и педагогов",
            "о поддержке детских объединений",
            "о межведомственных планах профилактики",
        )
    ] == [
        "включить ОО в программу адресной поддержки",
        "учесть результаты при подготовке индивидуальных планов",
        "закрепить школы-кураторы",
        "сформировать муниципальную команду участников олимпиад",
        "открыть профильные классы",
        "поощрить обучающихся и педагогов",
        "поддержать детские объединения",
        None,  # no verbal noun: the caller puts it as a proposal
    ]


def test_decisions_not_taken_by_the_order_go_to_the_responsible_department_by_a_date(year):  # noqa: F811
    """1.2 lists three decisions on no organization the справка names: the department responsible for the
    monitoring carries them out by the Положение's term for decisions («до 1 декабря» — 29.11.2024); 2.4's have no
    verb, so they come to the head as proposals."""
    order = _texts(year, "prikaz-itogi-1.2")
    lead = order.index(
        "Отделу оценки качества образования управления образования администрации Копейского городского округа "
        "(далее — УО) в соответствии с пунктом 9.4 Положения о мониторинге не позднее 29.11.2024:"
    )
    assert order[lead + 1 : lead + 3] == [
        "закрепить школы-кураторы;",
        "перераспределить ресурсы в пользу школ, функционирующих в неблагоприятных социальных условиях;",
    ]
    assert (
        "представить начальнику управления образования предложения о программах повышения квалификации педагогов ДОО."
        in _texts(year, "prikaz-itogi-2.4")
    )


def test_a_municipal_measure_goes_to_the_department_the_polozhenie_names(year):  # noqa: F811
    """1.1.3 is missed by the округ; the Положение's table 2 gives finding the schools to the «Отдел общего
    образования УО»: the приказ orders that department, not the methodical centre."""
    order = _texts(year, "prikaz-itogi-1.1")
    assert (
        "Отделу общего образования УО по показателю 1.1.3, целевое значение которого по округу не достигнуто, не "
        "позднее 30.06.2025 выявить образовательные организации, в которых выпускники 9 классов не получили аттестат, "
        "и рассмотреть причины с руководителями этих образовательных организаций."
    ) in order
    centre = order[
        order.index("ММЦ (О.В. Кузнецова):") : order.index(
            "Руководителям образовательных организаций, не "
            "достигших целевых значений показателей мониторинга (раздел 5 приложения):"
        )
    ]
    assert not any("аттестат" in point for point in centre)


def test_the_authority_s_tasks_of_a_recommendation():
    from generator.documents.advice import authority_tasks

    assert authority_tasks(
        "ОО, включённым в перечень ОО с признаками необъективности, проанализировать причины; отделу оценки качества "
        "образования УО организовать перепроверку работ этих ОО. Отделу общего образования УО совместно с РЦОИ "
        "проверить оборудование; предложения по закупке направить в администрацию. УО рассмотреть вопрос о поддержке."
    ) == [
        (
            "отделу оценки качества образования УО",
            "организовать перепроверку работ ОО, включённых в перечень ОО с признаками необъективности,",
        ),
        ("Отделу общего образования УО", "совместно с РЦОИ проверить оборудование"),
        ("Отделу общего образования УО", "предложения по закупке направить в администрацию"),  # the object first
        ("УО", "рассмотреть вопрос о поддержке"),
    ]


def test_the_letter_is_signed_by_the_short_position_and_marks_its_executor_at_the_page_foot(
    year,  # noqa: F811
    libreoffice,
    tmp_path,
):
    """ГОСТ Р 7.0.97-2025: on the service's own form the position is «Директор» (п. 5.23); «Исполнитель: …» stands
    at the foot of the last page, flush left (п. 5.26) — a frame at the text area's bottom, which LibreOffice puts
    there."""
    letter = year.path("output/rekomendacii-1.1-sosh-7.docx")
    with zipfile.ZipFile(letter) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    assert ">Директор</w:t>" in document and "Директор муниципального" not in document
    mark = document[document.rindex("<w:p>", 0, document.index("Исполнитель:")) : document.index("Исполнитель:")]
    assert 'w:yAlign="bottom"' in mark and 'w:xAlign="left"' in mark and 'w:vAnchor="margin"' in mark
    (pdf,) = convert_to_pdf([letter], tmp_path)
    with pdfplumber.open(pdf) as printed:
        last = printed.pages[-1]
        (line,) = [w for w in last.extract_words() if w["text"].startswith("Исполнитель")]
        signed = [w for w in last.extract_words() if w["text"] == "Кузнецова"]
        assert line["bottom"] > 0.85 * last.height  # at the foot, not under the signature
        assert signed and line["top"] - signed[0]["bottom"] > 0.1 * last.height
        assert line["x0"] < 0.2 * last.width


def test_a_position_is_shortened_only_by_the_organization_the_form_names():
    from generator.documents.recommendations import short_position

    form = "МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ «МУНИЦИПАЛЬНЫЙ МЕТОДИЧЕСКИЙ ЦЕНТР» КОПЕЙСКОГО ГОРОДСКОГО ОКРУГА"
    assert (
        short_position(
            "Директор муниципального казённого учреждения «Муниципальный методический центр» Копейского городского "
            "округа",
            form,
        )
        == "Директор"
    )
    assert short_position("Заместитель директора муниципального казённого учреждения «…»", form).startswith(
        "Заместитель директора муниципального"
    )  # another organization: the whole position


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "1.1.5",
            "Второй год подряд (в 2023 и 2024 годах) целевого значения не достигли ОО (5 из 6): МОУ «СОШ № 7», МОУ "
            "«СОШ № 9», МОУ «СОШ № 16», МОУ «ООШ № 19» и МОУ «СОШ № 44».",
        ),
        ("1.1.2", "Во всех этих ОО целевое значение не было достигнуто и в 2023 году, то есть второй год подряд."),
    ],
)
def test_the_spravka_names_the_organizations_below_a_target_two_years_running(year, code, expected):  # noqa: F811
    texts = _texts(year, "spravka-1.1")
    part = texts[[t.startswith(f"Показатель {code} «") for t in texts].index(True) :]
    assert expected in part[: part.index(next(t for t in part if t.startswith("Таблица")))]


def test_the_spravka_sums_the_two_years_running_by_organization_and_counts_a_figure_made_of_organizations(
    year,  # noqa: F811
):
    texts = _texts(year, "spravka-1.1")
    lead = texts.index("Результаты ниже целевых значений два года подряд (в 2023 и 2024 годах) показали ОО (10 из 24):")
    assert texts[lead + 1 : lead + 3] == [
        "МОУ «СОШ № 4» — по показателю 1.1.2;",
        "МОУ «СОШ № 7» — по показателям 1.1.2, 1.1.5 и 1.1.6;",
    ]
    assert (
        "По данным мониторинга на 19.12.2024, из 24 ОО, участвовавших в ВПР, в числитель показателя 1.1.1 (число ОО, "
        "в которых доля обучающихся, подтвердивших отметку, составляет 70 % и более) вошли 20; не вошли 4."
    ) in texts
