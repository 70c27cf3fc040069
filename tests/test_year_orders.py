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
from tests.docx_reader import Docx
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


def test_the_heads_decisions_are_prepared_as_proposals_with_their_object(year):  # noqa: F811
    """A matter the head decides («Принимаются решения о закреплении …, об открытии профильных классов …») is beyond
    a department's powers: the department responsible for the monitoring prepares it as a proposal to the head, with
    the Положение's object and scope, by the Положение's term for decisions («до 1 декабря» — 29.11.2024); no
    decision is an infinitive without an object («поддержать наставников», «открыть профильные классы»)."""
    order = _texts(year, "prikaz-itogi-1.2")
    lead = order.index(
        "Отделу оценки качества образования управления образования в соответствии с пунктом 9.4 Положения о "
        "мониторинге не позднее 29.11.2024:"
    )
    proposals = "подготовить и представить начальнику управления образования предложения"
    assert order[lead + 1 : lead + 3] == [
        f"{proposals} о закреплении школ-кураторов из числа образовательных организаций с устойчиво высокими "
        "результатами обучения за ШНОР;",  # introduced by the centre's measure on 1.2.3, above
        f"{proposals} о перераспределении ставок педагогов-психологов, социальных педагогов и учителей-логопедов и "
        "средств на повышение квалификации педагогов в пользу ШНСУ;",
    ]
    assert (
        f"организовать проведение анкетирования обучающихся 8–9 классов и их родителей (законных представителей) не "
        f"позднее 15.11.2024 и по его итогам {proposals} об открытии в образовательных организациях профильных классов "
        "(групп) с 1 сентября 2025 года;"
    ) in _texts(year, "prikaz-itogi-1.4")
    assert (
        f"{proposals} о мерах методической и организационной поддержки педагогов-наставников образовательных "
        "организаций."
    ) in _texts(year, "prikaz-itogi-2.2")
    beyond = re.compile(
        r"^(?:поддержать|открыть|заключить|закрепить|перераспределить|поощрить|распределить|направить "
        r"общественных)\b"
    )
    for name in ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4"):
        assert not [p for p in _texts(year, f"prikaz-itogi-{name}") if beyond.match(p)], name


def test_a_decision_on_the_named_organizations_has_its_executor_and_date(year):  # noqa: F811
    """The приказ of 1.1 includes the organizations below a target in the programme of support: by the department
    responsible for the monitoring, by 28.12.2024, not as a point with neither."""
    order = _texts(year, "prikaz-itogi-1.1")
    lead = order.index(
        "Отделу оценки качества образования управления образования в соответствии с пунктом 9.4 Положения о "
        "мониторинге не позднее 28.12.2024:"
    )
    assert order[lead + 1].startswith("согласовать с ММЦ включение образовательных организаций, не достигших целевых")
    assert "В соответствии с пунктом 9.4 Положения о мониторинге:" not in order


def test_the_listed_decisions_split_before_each_matter_only():
    from generator.coherence.cycle import listed_decisions

    assert listed_decisions(
        "Принимаются решения о формировании заказа с учётом дефицитов, выявленных по показателям, и о мерах "
        "поддержки наставников."
    ) == ["о формировании заказа с учётом дефицитов, выявленных по показателям", "о мерах поддержки наставников"]
    assert listed_decisions("решения: включение ОО в программу, учёт результатов при подготовке планов") == [
        "включение ОО в программу",
        "учёт результатов при подготовке планов",
    ]


def test_a_spelled_out_organization_takes_the_case_of_its_participle(year):  # noqa: F811
    """«предложить их ОО, не заключившим соглашения»: the dative of the participle, not the nominative of «их»."""
    order = " ".join(_texts(year, "prikaz-itogi-1.4"))
    assert "и предложить их образовательным организациям, не заключившим соглашения (раздел 5 приложения);" in order
    assert "образовательная организация, не заключившим" not in order


def test_a_department_s_task_keeps_its_object_and_one_deadline(year):  # noqa: F811
    """2.4.3: the check of the plans keeps what it checks (the plans the ДОО below the base level drew up) and has
    the приказ's date alone, not also «при следующем мониторинге»."""
    order = _texts(year, "prikaz-itogi-2.4")
    assert (
        "по показателю 2.4.3 не позднее 16.06.2025 проверить "
        "выполнение планов преобразования развивающей предметно-пространственной среды в ДОО, получивших по области "
        "качества «развивающая предметно-пространственная среда» оценку ниже базового уровня (раздел 5 приложения);"
    ) in order
    assert not any("при следующем мониторинге" in p for p in order)


def test_a_municipal_measure_goes_to_the_department_the_polozhenie_names(year):  # noqa: F811
    """1.1.3 is missed by the округ; the Положение's table 2 gives finding the schools to the «Отдел общего
    образования УО»: the приказ orders that department, not the methodical centre, which has its own measure of the
    table on them (practice sessions for their teachers)."""
    order = _texts(year, "prikaz-itogi-1.1")
    assert (
        "Отделу общего образования управления образования по показателю 1.1.3 не позднее 16.01.2025 рассмотреть "
        "причины неполучения аттестата с руководителями образовательных "
        "организаций, в которых выпускники 9 классов не получили аттестат (раздел 5 приложения)."
    ) in order  # the data name them: the справка has found them, the приказ acts on them (lawyer N7)
    assert not any("выявить образовательные организации" in p for p in order)
    centre = order[
        order.index("ММЦ (О.В. Кузнецова):") : order.index(
            "Руководителям образовательных организаций, не "
            "достигших целевых значений показателей мониторинга (раздел 5 приложения):"
        )
    ]
    assert not any("причины" in point for point in centre)
    assert (
        "по показателю 1.1.3 не позднее 16.06.2025 провести для учителей образовательных организаций, в которых "
        "выпускники 9 классов не получили аттестат (раздел 5 приложения), практикумы по подготовке к основному "
        "государственному экзамену (далее — ОГЭ);" in centre
    )


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
        assert signed and line["top"] - signed[0]["bottom"] > 0.05 * last.height  # more than two lines below
        assert line["x0"] < 0.2 * last.width


def test_the_results_order_marks_its_executor_at_the_foot_of_its_last_page(year, libreoffice, tmp_path):  # noqa: F811
    """ГОСТ Р 7.0.97-2025, п. 5.26: the приказ об итогах ends with the отметка об исполнителе — the методист the project
    names (``monitoring.service → executor``) — under the head's signature, at the foot of the last page; the
    example's own приказы, typed without one, keep none."""
    order = year.path("output/prikaz-itogi-1.1.docx")
    texts = _texts(year, "prikaz-itogi-1.1")
    assert texts[-3].startswith("Начальник управления образования") and texts[-1] == (
        "Исполнитель: Смирнова Ирина Петровна, тел. 8 (35139) 3\u201155\u201121"
    )
    assert texts[-2].startswith("Разослать: ")  # the указатель рассылки, after the signature, above the mark
    with zipfile.ZipFile(order) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    mark = document[document.rindex("<w:p>", 0, document.index("Исполнитель:")) : document.index("Исполнитель:")]
    assert 'w:yAlign="bottom"' in mark and 'w:xAlign="left"' in mark
    (pdf,) = convert_to_pdf([order], tmp_path)
    with pdfplumber.open(pdf) as printed:
        last = printed.pages[-1]
        (line,) = [w for w in last.extract_words() if w["text"].startswith("Исполнитель")]
        assert line["bottom"] > 0.85 * last.height and line["x0"] < 0.2 * last.width
    assert not any("Исполнитель" in text for text in _texts(year, "prikaz-2021-112"))


def test_a_position_is_shortened_only_by_the_organization_the_form_names():
    from generator.documents.letter_signature import short_position

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
        "По данным мониторинга на 17.12.2024, из 24 ОО, участвовавших в ВПР, в числитель показателя 1.1.1 (число ОО, "
        "в которых доля обучающихся, подтвердивших отметку, составляет 70 % и более) вошли 20; не вошли 4 (МОУ «СОШ "
        "№ 4», МОУ «СОШ № 7», МОУ «СОШ № 16» и МОУ «ООШ № 19»)."
    ) in texts  # the data name each ОО by its row (0 or 1 of 1): the four not counted are named


def test_a_basic_school_s_letter_counts_its_grades_to_the_ninth(year):  # noqa: F811
    """ООШ № 8 teaches no среднее общее образование: its letter speaks of «7–9 классов», a СОШ's of «7–11 классов»."""
    basic = " ".join(_texts(year, "rekomendacii-2.3-oosh-8"))
    assert "доля обучающихся 7–9 классов" in basic and "помочь обучающимся 7–9 классов" in basic
    assert "–11 классов" not in basic
    assert "доля обучающихся 7–11 классов" in " ".join(_texts(year, "rekomendacii-2.3-sosh-7"))


def test_the_measures_end_before_the_report_on_them_and_the_help_before_the_plans(year):  # noqa: F811
    """2.2: the report on the measures is due 30.06.2025 («до 1 июля»): the measures of the centre, of the
    organizations end two weeks before (16.06.2025), not on the report's day; a department's review with the heads
    (2.2.5: «рассмотреть с их руководителями перспективный план аттестации») feeds their plans and is due by them;
    the centre's help with the plans ends five working days before the plans are due (09.01.2025), the heads
    keeping a working week to finish them: 24.12.2024, not 28.12.2024, the last working day before the holidays,
    which left them only the plans' day (the lawyer's 12th read)."""
    order = _texts(year, "prikaz-itogi-2.2")
    report = next(p for p in order if p.startswith("подготовить отчёт о выполнении плана мероприятий"))
    assert report.endswith("не позднее 30.06.2025.")
    assert "обеспечить выполнение планов мероприятий не позднее 16.06.2025." in order
    assert (
        "по показателю 2.2.1 не позднее 16.06.2025 организовать обучение наставников и методические встречи молодых "
        "педагогов округа;" in order
    )  # the centre's measure of table 2 on an indicator the округ missed
    assert any(p.startswith("по показателю 2.2.5 не позднее 09.01.2025") and "16.06.2025" not in p for p in order)
    assert sum("не позднее 30.06.2025" in p for p in order) == 1
    help_ = next(p for p in order if p.startswith("оказать руководителям этих образовательных организаций"))
    assert help_.endswith("не позднее 24.12.2024;")
    assert (
        "рассмотреть адресные рекомендации и представить в ММЦ планы мероприятий по их выполнению не позднее "
        "09.01.2025;" in order
    )


def test_the_organization_with_signs_of_non_objectivity_is_named_and_recommended(year):  # noqa: F811
    """1.5.5 is reported by each ОО (0 or 1 of 1): the one the ФИОКО listed is named in the справка, gets its
    адресные рекомендации by the Положение's «до 15 октября», and the приказ re-checks all the works of the listed
    ОО, as 9.3 of the Положение says, not a sample."""
    spravka = _texts(year, "spravka-1.5")
    assert "Целевых значений хотя бы по одному показателю не достигли ОО (1 из 24):" in spravka
    assert "МОУ «СОШ № 43» — по показателю 1.5.5." in spravka
    letter = " ".join(_texts(year, "rekomendacii-1.5-sosh-43"))
    assert "МОУ «СОШ № 43» относится к числу ОО, включённых федеральным государственным бюджетным учреждением" in letter
    assert "(как и в 2023 году)" in letter and "составила 100,0 %" not in letter
    assert "провести все ВПР 2025 года в присутствии общественных наблюдателей с видеофиксацией" in letter
    order = _texts(year, "prikaz-itogi-1.5")
    assert (
        "направить руководителям образовательных организаций, не достигших целевых значений показателей мониторинга "
        "(раздел 5 приложения), адресные рекомендации не позднее 14.10.2024;"
    ) in order
    assert any(
        "организовать перепроверку всех работ ВПР образовательных организаций, включённых в перечень" in p
        for p in order
    )
    assert not any("выборочн" in p for p in order)


def test_check_warns_of_a_decision_without_its_object(example):
    """«о поддержке наставников» would become a proposal no one could carry out or check: ``check`` says so at the
    YAML line, and ``--strict`` fails; the example's own lists name what each decision is about."""
    assert example.run("check", "--strict").exit_code == 0
    example.replace(
        "regulations/mechanisms/2.2.yaml",
        "и о мерах методической и организационной поддержки педагогов-наставников ОО.",
        "и о поддержке наставников.",
    )
    result = example.run("check", "--strict")
    assert result.exit_code != 0
    assert (
        "предупреждение: управленческое решение «о поддержке наставников» не называет предмет и объём: приказ об "
        "итогах мониторинга поручит подготовить предложения «о поддержке наставников», которые нельзя ни исполнить, "
        "ни проверить;" in result.output
    )
    assert "«о формировании муниципального заказа" not in result.output


def test_the_spravka_names_the_organizations_of_each_smaller_group_and_tables_every_sum(year):  # noqa: F811
    """«высокий уровень — 16; средний уровень — 8» said the counts alone: the справка names the ОО of every group
    but the largest, and a table gives each ОО's sum of points and group, the highest first."""
    texts = _texts(year, "spravka-1.1")
    assert (
        "По сумме баллов ОО распределены по группам (число ОО в группе): высокий уровень — 16; средний уровень — 8; "
        "низкий уровень — нет; суммы баллов и группы приведены в таблице 6."
    ) in texts
    assert (
        "В группу «средний уровень» входят: МОУ «СОШ № 4», МОУ «СОШ № 7», МОУ «СОШ № 9», МОУ «СОШ № 16», "
        "МОУ «ООШ № 19», МОУ «СОШ № 43», МОУ «СОШ № 44» и МОУ «Лицей № 1»."
    ) in texts
    table = next(
        t for t in Docx(year.path("output/spravka-1.1.docx")).tables() if t[0][1] == "ОО" and t[0][-1] == "Группа"
    )
    assert [_one_line(c) for c in table[0]] == ["№ п/п", "ОО", "Сумма баллов", "Из возможных", "Группа"]
    assert len(table) == 25 and [_one_line(c) for c in table[1]] == ["1", "МОУ «СОШ № 1»", "6", "6", "высокий уровень"]
    assert sum(row[-1] == "средний уровень" for row in table) == 8 and table[-1][-1] == "средний уровень"


def test_the_measures_of_each_order_end_after_the_plans_they_follow(year):  # noqa: F811
    """The measures come after the organizations' plans and the help with them, and a spring procedure (ВПР) gets
    its season: in every приказ об итогах the centre's measures and the organizations' end after the help with the
    plans, two weeks before the report on them."""
    dated = re.compile(r"не позднее (\d\d\.\d\d\.\d{4})")

    def day(text: str) -> datetime.date:
        return datetime.datetime.strptime(dated.findall(text)[-1], "%d.%m.%Y").date()

    for path in sorted(year.path("output").glob("prikaz-itogi-*.docx")):
        points = _texts(year, path.stem)
        centre = points[points.index("ММЦ (О.В. Кузнецова):") + 1 :]
        centre = centre[: next(i for i, p in enumerate(centre) if p.startswith("подготовить отчёт"))]
        measures = [day(p) for p in centre if p.startswith("по показателю")]
        measures += [day(p) for p in points if p.startswith("обеспечить выполнение планов мероприятий")]
        report = day(next(p for p in points if p.startswith("подготовить отчёт о выполнении плана мероприятий")))
        helped = [day(p) for p in points if p.startswith("оказать руководителям этих образовательных организаций")]
        assert measures and all(help_day < min(measures) for help_day in helped), path.stem
        assert (report - max(measures)).days >= 14, path.stem


def test_the_bold_values_are_those_missing_the_target_whichever_way_it_points(year):  # noqa: F811
    """1.5.5 counts the ОО on the ФИОКО list: its target is 0 %, so a value above it misses it. The note under the
    table says what the bold marks, not «ниже целевого», which would be false there."""
    note = "полужирным выделены значения, при которых не достигнуто целевое значение"
    assert any(f"{note} («0 %»)." in text for text in _texts(year, "spravka-1.5"))  # no-break spaces read as spaces
    assert not any("ниже целевого" in text for text in _texts(year, "spravka-1.5"))


def test_a_source_described_by_a_clause_stays_one_source(year):  # noqa: F811
    """The справка lists the sources of its indicators split at their commas, but not at the comma before a clause
    that describes one («анкетирование родителей (законных представителей), которое проводит …»)."""
    (listed,) = [text for text in _texts(year, "spravka-2.4") if text.startswith("Источники данных:")]
    assert "анонимное онлайн-анкетирование родителей (законных представителей), которое проводит " in listed
    assert "; которое" not in listed
