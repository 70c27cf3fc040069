"""Orders, the постановление with the concept, the roadmap: read back requisite by requisite."""

from __future__ import annotations

import datetime
import re
import subprocess

import pytest

from generator.review.pdf import convert_to_pdf
from generator.russian import (
    accusative,
    appendix_phrase,
    approval_title,
    approval_word,
    approving_act_phrase,
    format_document_date,
    lower_first,
    normal_form,
    title_in_sentence,
)
from tests.conftest import ExampleProject
from tests.docx_reader import NS, Docx, q

NBSP = "\u00a0"
RANGE_DASH = "\u2013\u2060"  # «2021–2022»: an en dash and a word joiner
KOPEYSK_UO = "Управление образования администрации Копейского городского округа"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    project = ExampleProject(tmp_path_factory.mktemp("acts") / "project")
    result = project.run("regen", "all")
    assert result.exit_code == 0, result.output
    return project


def _tabbed(doc: Docx, style: str) -> list[tuple[str, str]]:
    """(left, right) of paragraphs whose parts are separated by a tab character run."""
    pairs = []
    for paragraph in doc.paragraphs():
        if paragraph.style == style:
            assert paragraph.element.find(f".//{q('tab')}") is not None, "aligned by a tab stop"
            left, right = paragraph.text.split("\t")
            pairs.append((left, right))
    return pairs


def test_order_requisites_as_in_the_seed(generated):
    doc = Docx(generated.path("output/prikaz-2021-112.docx"))
    assert doc.texts("Letterhead") == [
        "РОССИЙСКАЯ ФЕДЕРАЦИЯ",
        "ЧЕЛЯБИНСКАЯ ОБЛАСТЬ",
        "АДМИНИСТРАЦИЯ КОПЕЙСКОГО ГОРОДСКОГО ОКРУГА",
        "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ",
    ]
    assert doc.texts("ActKind") == ["П Р И К А З"]
    assert _tabbed(doc, "DateLine") == [("15.03.2021", f"№{NBSP}112")]
    assert doc.texts("Place") == [f"г.{NBSP}Копейск"]
    [title] = doc.texts("ActTitle")
    assert title == (
        "Об утверждении Положения о муниципальной системе оценки качества образования Копейского "
        f"городского округа и Положений о мониторинге механизмов управления качеством{NBSP}образования"
    )
    assert doc.texts("Resolve") == ["п р и к а з ы в а ю:"]
    [preamble] = doc.texts("Text")
    assert preamble.startswith(f"В соответствии с Федеральным законом от{NBSP}29.12.2012{NBSP}№{NBSP}273\u2011ФЗ")
    assert preamble.endswith(
        "по каждому механизму управления качеством образования,"
    )  # the comma before «п р и к а з ы в а ю:»
    assert doc.body.find(f".//{q('noBreakHyphen')}") is not None
    points = doc.texts("Point")
    assert points[0] == "Утвердить:"
    assert points[-1] == "Контроль за исполнением настоящего приказа оставляю за собой."
    subpoints = doc.texts("Subpoint")
    assert subpoints[0] == (
        "Положение о муниципальной системе оценки качества образования Копейского городского "
        f"округа (приложение{NBSP}1);"
    )
    assert subpoints[9] == f"Положение о мониторинге качества дошкольного образования (приложение{NBSP}10)."
    assert _tabbed(doc, "Signature") == [("Начальник управления образования", f"А.А.{NBSP}Ангеловский")]
    tab = doc.style("Signature").find(f"{q('pPr')}/{q('tabs')}/{q('tab')}")
    assert (tab.get(q("val")), tab.get(q("pos"))) == ("right", str(round(170 * 1440 / 25.4)))
    assert doc.style_numbering("Point") == (3, 0) and doc.level_text(3, 0)[0] == "%1."
    assert doc.style_numbering("Subpoint") == (3, 1) and doc.level_text(3, 1)[0] == "%1.%2."
    assert not any(re.match(r"^\d+\.", text) for text in points + subpoints)


def _requisites(doc: Docx) -> list[str]:
    """The approval block over the title: the mark and the stamp, not the mark of the document's own appendix."""
    paragraphs = doc.paragraphs()
    title = next(i for i, p in enumerate(paragraphs) if p.style == "DocTitle")
    return [p.text for p in paragraphs[:title] if p.style == "Stamp"]


def test_every_approved_document_carries_the_orders_date_and_number(generated):
    """One requisite of approval (ГОСТ Р 7.0.97-2025): the stamp, with the number of the appendix under it, by
    which the order's «(приложение 2)» finds its Положение; no appendix mark repeating the stamp above it."""
    for number, name in enumerate(
        ["polozhenie-msoko"]
        + [f"polozhenie-{c}" for c in ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4")],
        start=1,
    ):
        stamp = _requisites(Docx(generated.path(f"output/{name}.docx")))
        assert stamp == [
            "УТВЕРЖДЕНО",
            "приказом управления образования администрации Копейского городского округа",
            f"от 15.03.2021 №{NBSP}112",
            f"(приложение{NBSP}{number})",
        ], name


@pytest.mark.parametrize("block", ["stamp", "appendix", "both"])
def test_approval_block_is_a_layout_choice(example, block):
    """``both``, once the mark above the stamp, is the one stamp now: a document never carries both requisites."""
    example.replace("regulations/project.yaml", "  approval_block: both", f"  approval_block: {block}")
    assert example.run("regen", "all").exit_code == 0
    for number, name in enumerate(
        ["polozhenie-msoko"]
        + [f"polozhenie-{c}" for c in ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4")],
        start=1,
    ):
        stamp = _requisites(Docx(example.path(f"output/{name}.docx")))
        mark = [
            f"Приложение {number}",
            "к приказу управления образования администрации Копейского городского округа",
            f"от 15.03.2021 №{NBSP}112",
        ]
        stamp_lines = [
            "УТВЕРЖДЕНО",
            "приказом управления образования администрации Копейского городского округа",
            f"от 15.03.2021 №{NBSP}112",
            f"(приложение{NBSP}{number})",
        ]
        assert stamp == {"stamp": stamp_lines, "appendix": mark, "both": stamp_lines}[block], name


def test_single_appendix_order_and_the_roadmap(generated):
    order = Docx(generated.path("output/prikaz-2021-140.docx"))
    assert order.texts("ActTitle") == [
        "Об утверждении Плана мероприятий («дорожная карта») по развитию муниципальной системы оценки качества "
        "образования и муниципальных механизмов управления качеством образования Копейского городского округа "
        f"на{NBSP}2021{RANGE_DASH}2022{NBSP}годы"
    ]  # the last word never alone on its line; the years never split
    assert order.texts("Point")[0].startswith("Утвердить План мероприятий («дорожная карта») по развитию")
    assert order.texts("Point")[0].endswith("(приложение).")
    roadmap = Docx(generated.path("output/dorozhnaya-karta.docx"))
    assert roadmap.texts("Stamp") == [
        "УТВЕРЖДЁН",
        "приказом управления образования администрации Копейского городского округа",
        f"от 05.04.2021 №{NBSP}140",
    ]
    size = roadmap.section().find(q("pgSz"))
    assert (size.get(q("w")), size.get(q("h")), size.get(q("orient"))) == ("16838", "11906", "landscape")
    [table] = roadmap.tables()
    assert table[0] == [f"№{NBSP}п/п", "Мероприятия", "Сроки", "Ответственные"]
    tbl = roadmap.body.find(q("tbl"))
    assert tbl.find(f"{q('tr')}/{q('trPr')}/{q('tblHeader')}") is not None
    section_rows = [tr for tr in tbl.findall(q("tr")) if tr.find(f"{q('tc')}/{q('tcPr')}/{q('gridSpan')}") is not None]
    assert len(section_rows) == 11
    sections = tbl.xpath(".//w:p[w:pPr/w:pStyle/@w:val='RoadmapSection']", namespaces=NS)
    items = tbl.xpath(".//w:p[w:pPr/w:pStyle/@w:val='RoadmapItem']", namespaces=NS)
    assert len(sections) == 11 and len(items) == 71
    assert roadmap.style_numbering("RoadmapSection") == (4, 0) and roadmap.level_text(4, 1)[0] == "%1.%2."
    bullets = tbl.xpath(".//w:p[w:pPr/w:pStyle/@w:val='TableBullet']//w:t/text()", namespaces=NS)
    assert f"муниципальных диагностических работ в 4, 7 и 10{NBSP}классах;" in bullets


def test_the_roadmap_closes_the_management_cycle_in_every_mechanism_section(generated):
    """D-1 of the lawyer's read: each mechanism's section plans the управленческие решения (a приказ УО) and the
    analysis of the measures' effectiveness, each on a date; D-3: no «постоянно», no bare «ежегодно» or «2021–2022
    годы» for an activity with a result."""
    rows = Docx(generated.path("output/dorozhnaya-karta.docx")).tables()[0][1:]
    sections: list[list[list[str]]] = []
    for row in rows:
        if len(set(row)) == 1:  # a section's title spans the row
            sections.append([])
        else:
            sections[-1].append(row)
    for section in sections[1:10]:  # the nine mechanisms, between the normative and the information sections
        decisions = [r for r in section if r[1].startswith("Принятие управленческих решений") and "приказ УО" in r[1]]
        effectiveness = [r for r in section if r[1].startswith("Анализ эффективности мер")]
        assert decisions and effectiveness, section
        assert all(re.search(r"до[ \u00a0]\d+[ \u00a0][а-я]+", r[2]) for r in decisions + effectiveness), section
    deadlines = [row[2] for section in sections for row in section]
    assert not [
        d
        for d in deadlines
        if d in ("ежегодно", "постоянно") or d.startswith(f"2021{RANGE_DASH}2022 годы") and "не реже" not in d
    ], deadlines


def test_resolution_with_the_concept(generated):
    resolution = Docx(generated.path("output/postanovlenie-2021-615.docx"))
    assert resolution.texts("Letterhead") == [
        "РОССИЙСКАЯ ФЕДЕРАЦИЯ",
        "ЧЕЛЯБИНСКАЯ ОБЛАСТЬ",
        "АДМИНИСТРАЦИЯ КОПЕЙСКОГО ГОРОДСКОГО ОКРУГА",
    ]
    assert resolution.texts("ActKind") == ["П О С Т А Н О В Л Е Н И Е"]
    assert resolution.texts("ActTitle") == [
        f"Об утверждении Концепции развития муниципальных механизмов управления качеством{NBSP}образования"
    ]
    assert resolution.texts("Resolve") == []
    [preamble] = resolution.texts("Text")  # one sentence: the preamble, a comma, the operative words
    assert preamble.endswith(
        "на основе эффективных механизмов управления, администрация Копейского городского "
        f"округа {NBSP.join('постановляет')}:"
    )  # bound: never broken at a line end
    assert resolution.texts("Point")[0] == (
        "Утвердить Концепцию развития муниципальных механизмов управления качеством образования (приложение)."
    )
    assert _tabbed(resolution, "Signature") == [("Глава городского округа", f"А.М.{NBSP}Фалейчик")]
    concept = Docx(generated.path("output/koncepciya.docx"))
    assert concept.texts("Stamp") == [
        "УТВЕРЖДЕНА",
        "постановлением администрации Копейского городского округа",
        f"от 01.03.2021 №{NBSP}615",
    ]  # the act's only appendix: no number, no mark
    headings = concept.texts("Heading2")
    assert len(headings) == 9 and headings[0] == "Система оценки качества подготовки обучающихся"
    # «Целевые ориентиры:» and «Для достижения …» are numbered clauses (4.1.2., 4.1.3.) under their subsection
    subclauses = concept.texts("Subclause")
    assert subclauses.count("Целевые ориентиры:") == 9
    assert subclauses.count("Для достижения целевых ориентиров необходимо:") == 9
    assert concept.style_numbering("Subclause") is not None
    # the Концепция (01.03.2021) comes before the Положения that carry it out (15.03.2021): it states each goal and
    # cites no later act
    goals = [t for t in subclauses if t.startswith("Цель мониторинга")]
    assert len(goals) == 9 and all(t.startswith("Цель мониторинга: ") for t in goals)
    assert goals[0].startswith("Цель мониторинга: повышение качества подготовки")  # no capital after the colon
    assert not any("15.03.2021" in p.text for p in concept.paragraphs(include_tables=True))
    assert not any(re.search(r": [А-ЯЁ][а-яё]", t) for t in subclauses)
    # the terms table is the glossary's, limited to what the Концепция uses
    terms = concept.tables()[0]
    assert terms[0] == ["Сокращение", "Значение"] and ["ВПР", "всероссийские проверочные работы"] in terms
    assert "УО" not in [row[0] for row in terms]  # the Концепция cites no act of the УО: its term is not listed
    assert ["ФЗ", "федеральный закон"] not in terms


def test_the_concepts_targets_are_measured_by_the_indicators_of_the_polozheniya(generated):
    """K-1 of the lawyer's read: per mechanism two or three target indicators with their target values, taken from the
    Положение where they are measured (one source of the value), and a horizon; the Концепция's term."""
    concept = Docx(generated.path("output/koncepciya.docx"))
    lead = "Целевые значения показателей, которые должны быть достигнуты к концу 2022\u00a0года:"
    assert concept.texts("Subclause").count(lead) == 9
    assert f"Срок реализации Концепции{NBSP}— 2021{RANGE_DASH}2022{NBSP}годы." in concept.texts("Clause")
    bullets = concept.texts("TableBullet") + concept.texts("ListBullet")
    assert (
        f"доля выпускников 11{NBSP}классов, набравших по ЕГЭ не менее 70{NBSP}баллов хотя бы по одному предмету"
        f"{NBSP}— не менее 25{NBSP}%;" in bullets
    )
    assert f"доля обучающихся, состоящих на профилактическом учёте{NBSP}— не более 1{NBSP}%." in bullets
    # by name, not by code: the постановление comes before the Положения, whose codes a приказ may renumber
    assert not any("показател" in text for text in bullets)
    assert sum(f"{NBSP}— " in text for text in bullets) == 19


def test_a_target_indicator_the_polozhenie_lacks_or_leaves_without_a_value(example):
    concept = "regulations/concept.yaml"
    example.replace(concept, 'indicators: ["1.2.2", "1.2.5"]', 'indicators: ["1.2.2", "1.2.9"]')
    example.replace("regulations/mechanisms/2.3.yaml", "target: не более 1 %", 'target: ""')
    result = example.run("check", "--strict")
    assert result.exit_code == 1
    line = example.line_of(concept, '"1.2.9"')
    assert (
        f"{concept}:{line}:" in result.stdout
        and "предупреждение: показателя «1.2.9» нет в Положении о мониторинге "
        "механизма 1.2; есть: 1.2.1, 1.2.2, 1.2.3, 1.2.4, 1.2.5"
        in result.stdout
    )
    assert "предупреждение: у показателя 2.3.4 в Положении о мониторинге нет целевого значения" in result.stdout


def test_russian_grammar_of_requisites():
    assert approval_word("Положение") == "УТВЕРЖДЕНО"
    assert approval_word("Концепция") == "УТВЕРЖДЕНА"
    assert approval_word("Правила") == "УТВЕРЖДЕНЫ"
    assert approval_word("План") == "УТВЕРЖДЁН"
    assert (
        approving_act_phrase("приказ", KOPEYSK_UO)
        == "приказом управления образования администрации Копейского городского округа"
    )
    assert (
        appendix_phrase("постановление", "Администрация Сампурского района")
        == "к постановлению администрации Сампурского района"
    )
    assert (
        approval_title([("Положение о мониторинге качества дошкольного образования", True)])
        == "Об утверждении Положения о мониторинге качества дошкольного образования"
    )
    assert (
        approval_title([("Положение о мониторинге А", True), ("Положение о мониторинге Б", True)])
        == "Об утверждении Положений о мониторинге механизмов управления качеством образования"
    )
    assert approval_title([("Правила приёма", False)]) == "Об утверждении Правил приёма"
    assert accusative("Концепция развития") == "Концепцию развития"
    # a title that names no kind of document reads as a common noun after the verb or preposition
    assert accusative("Результаты самооценки механизмов") == "результаты самооценки механизмов"
    assert (
        approval_title([("Результаты самооценки механизмов", False)])
        == "Об утверждении результатов самооценки механизмов"
    )
    assert accusative("План мероприятий") == "План мероприятий"
    assert format_document_date(datetime.date(2021, 3, 5), "словесно-цифровой") == f"5 марта 2021{NBSP}г."
    assert format_document_date(datetime.date(2021, 3, 5), "цифровой") == "05.03.2021"


def test_approval_titles_group_list_and_keep_capitals():
    """Found by mutation testing (mutmut over russian/morphology.py): each line kills mutants that survived."""
    assert (
        approval_title([("Положение о порядке приёма", False), ("Положение о порядке перевода", False)])
        == "Об утверждении Положений о порядке"
    )
    assert (
        approval_title([("Концепция развития", False), ("Дорожная карта", False), ("Положение о МСОКО", False)])
        == "Об утверждении Концепции развития, Дорожной карты и Положения о МСОКО"
    )
    assert title_in_sentence("ПОЛОЖЕНИЕ о системе", "gent") == "ПОЛОЖЕНИЯ о системе"
    assert lower_first("МСОКО в городе") == "МСОКО в городе" and lower_first("Результаты") == "результаты"
    assert [normal_form(word) for word in ("подготовки", "мониторинга")] == ["подготовка", "мониторинг"]


def test_the_twelve_months_are_the_genitive_of_their_names():
    """The table of month names against the dictionary: «15 марта», «1 мая»."""
    from generator.russian.morphology import MONTHS_GENITIVE, analyzer

    names = [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ]
    assert list(MONTHS_GENITIVE) == [analyzer().parse(name)[0].inflect({"gent"}).word for name in names]
    assert [format_document_date(datetime.date(2024, month, 1), "словесно-цифровой")[:-3] for month in (1, 5, 12)] == [
        "1 января 2024",
        "1 мая 2024",
        "1 декабря 2024",
    ]


def test_date_in_words_everywhere(example):
    example.replace("regulations/project.yaml", "date_format: цифровой", "date_format: словесно-цифровой")
    assert example.run("regen", "all").exit_code == 0
    order = Docx(example.path("output/prikaz-2021-112.docx"))
    assert _tabbed(order, "DateLine") == [(f"15 марта 2021{NBSP}г.", f"№{NBSP}112")]
    assert Docx(example.path("output/polozhenie-1.1.docx")).texts("Stamp")[2] == f"от 15 марта 2021{NBSP}г. №{NBSP}112"
    assert example.run("lint", *[str(p) for p in example.path("output").glob("*.docx")]).exit_code == 0


@pytest.mark.parametrize(
    "edit, expected",
    [
        (
            (
                "regulations/acts/prikaz-2021-140.yaml",
                "утверждённой постановлением администрации Копейского городского округа от 01.03.2021 № 615",
                "утверждённой постановлением администрации Копейского городского округа от 02.03.2021 № 615",
            ),
            "regulations/acts/prikaz-2021-140.yaml:7:170: ошибка: акт № 615 указан с датой 02.03.2021, а сам акт "
            "датирован 01.03.2021",
        ),
        (
            (
                "regulations/acts/prikaz-2021-112.yaml",
                "{number: 4, document: polozhenie-1.3}",
                "{number: 4, document: polozhenie-1.9}",
            ),
            "regulations/acts/prikaz-2021-112.yaml:12:27: ошибка: документ «polozhenie-1.9» не найден; есть: "
            "dorozhnaya-karta, koncepciya",
        ),
        (
            (
                "regulations/acts/prikaz-2021-112.yaml",
                "{number: 10, document: polozhenie-2.4}",
                "{number: 12, document: polozhenie-2.4}",
            ),
            "regulations/acts/prikaz-2021-112.yaml:9:3: ошибка: номера приложений идут с пропуском: нет приложения 10, "
            "11",
        ),
        (
            ("regulations/glossary.yaml", "  - {term: ВПР, definition: всероссийские проверочные работы}\n", ""),
            "regulations/mechanisms/1.1.yaml:6:304: предупреждение: сокращение «ВПР» не определено в перечне "
            "сокращений "
            "(glossary.yaml → terms)",
        ),
        (
            ("regulations/project.yaml", "administration:", "administration_old:"),
            "неизвестное поле «administration_old»",
        ),
    ],
)
def test_cross_document_rules(example, edit, expected):
    example.replace(*edit)
    result = example.run("check")
    assert expected in result.output, result.output[-1500:]


def test_resolution_needs_the_administration(example):
    text = example.read("regulations/project.yaml")
    example.write("regulations/project.yaml", text[: text.index("administration:")] + text[text.index("layout:") :])
    result = example.run("check")
    assert result.exit_code == 1
    assert (
        "regulations/acts/postanovlenie-2021-615.yaml:4:7: ошибка: постановление издаёт администрация: добавьте в "
        "project.yaml раздел administration"
    ) in result.output
    codes = {
        d["code"] for d in example.run("check", "--format", "json").json()["diagnostics"] if d["severity"] == "error"
    }
    assert codes == {"consistency"}


def test_a_concept_signed_after_its_regulations_cites_them_with_their_act(example):
    """The rule both ways: a Концепция approved after the Положения may cite them, with the approving act."""
    example.replace("regulations/acts/postanovlenie-2021-615.yaml", "date: 2021-03-01", "date: 2021-03-24")
    example.replace("regulations/acts/prikaz-2021-140.yaml", "от 01.03.2021 № 615", "от 24.03.2021 № 615")
    example.replace(
        "regulations/msoko.yaml",
        "\n  - Концепция развития муниципальных механизмов управления качеством "
        "образования, утверждённая постановлением администрации Копейского городского округа от 01.03.2021 "
        "№ 615.",
        "",
    )
    example.replace(
        "regulations/msoko.yaml", "качества подготовки обучающихся»;\n", "качества подготовки обучающихся».\n"
    )
    example.replace(
        "regulations/acts/prikaz-2021-112.yaml",
        "во исполнение постановления администрации Копейского "
        "городского округа от 01.03.2021 № 615 «Об утверждении Концепции развития муниципальных механизмов "
        "управления качеством образования», ",
        "",
    )
    assert example.run("regen", "koncepciya").exit_code == 0
    goals = [
        t for t in Docx(example.path("output/koncepciya.docx")).texts("Subclause") if t.startswith("Цель мониторинга")
    ]
    assert len(goals) == 9 and all(
        f", утверждённом приказом УО от{NBSP}15.03.2021{NBSP}№{NBSP}112: " in t for t in goals
    )
    assert goals[0].startswith("Цель мониторинга определена в Положении о мониторинге качества подготовки обучающихся")


def test_concept_mechanism_needs_its_regulation(example):
    example.path("regulations/mechanisms/2.3.yaml").unlink()
    example.replace("regulations/acts/prikaz-2021-112.yaml", "  - {number: 9, document: polozhenie-2.3}\n", "")
    example.replace(
        "regulations/acts/prikaz-2021-112.yaml",
        "{number: 10, document: polozhenie-2.4}",
        "{number: 9, document: polozhenie-2.4}",
    )
    result = example.run("check")
    line = example.line_of("regulations/concept.yaml", 'mechanism: "2.3"')
    assert (
        f"regulations/concept.yaml:{line}:16: ошибка: механизм 2.3 включён в Концепцию, но его Положения о "
        "мониторинге нет"
    ) in result.output
    diagnostics = example.run("check", "--format", "json").json()["diagnostics"]
    assert [d["code"] for d in diagnostics if d["file"] == "regulations/concept.yaml"] == ["consistency"]


def test_lint_on_documents_typed_by_hand(example, tmp_path):
    import docx

    order = docx.Document()
    for line in [
        "АДМИНИСТРАЦИЯ ГОРОДА ТЫНДЫ",
        "П Р И К А З",
        "22.06.2020                 №242",
        "г. Тында",
        "Об утверждении Плана мероприятий на 2020-2021 годы.",
        "В соответствии с приказом от 11.11.2019 № 1390",
        "п р и к а з ы в а ю:",
        "1. Утвердить План.",
        "Начальник Управления образования        О.Н. Неронова",
    ]:
        order.add_paragraph(line)
    order.save(tmp_path / "order.docx")
    regulation = docx.Document()
    section = regulation.sections[0]
    section.page_width, section.page_height = docx.shared.Mm(210), docx.shared.Mm(297)
    section.left_margin = docx.shared.Mm(15)
    regulation.styles["Normal"].font.size = docx.shared.Pt(14)
    regulation.styles["Normal"].font.name = "Comic Sans MS"
    for line in ["Утверждено", "приказом директора от 01.09.2021 № 5", "ПОЛОЖЕНИЕ", "о мониторинге качества"]:
        regulation.add_paragraph(line)
    regulation.save(tmp_path / "regulation.docx")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 old Word binary")
    result = example.run(
        "lint", str(tmp_path / "order.docx"), str(tmp_path / "regulation.docx"), str(tmp_path / "old.doc")
    )
    assert result.exit_code == 1
    out = result.output
    order_file, regulation_file = tmp_path / "order.docx", tmp_path / "regulation.docx"
    assert f"{order_file}:1:1: ошибка: раздел 1: формат страницы 216 × 279 мм, а нужен A4 (210 × 297 мм)" in out
    assert (
        f"{order_file}:1:1: ошибка: абзац 1 «АДМИНИСТРАЦИЯ ГОРОДА ТЫНДЫ»: размер шрифта 11 пт, а допустимо 12–14 пт "
        "(абзацев с таким шрифтом: 9)"
    ) in out
    assert (
        f"{order_file}:3:1: предупреждение: абзац 3 «22.06.2020                 №242»: после знака «№» нужен пробел"
        in out
    )
    assert (
        f"{order_file}:5:1: ошибка: абзац 5 «Об утверждении Плана мероприятий на 202…»: в конце заголовка к тексту "
        "точка не ставится"
    ) in out
    assert "подпись выровнена пробелами; используйте табуляцию или таблицу" in out
    assert f"{regulation_file}:1:1: ошибка: раздел 1: левое поле 15 мм, а по ГОСТ — не менее 20 мм" in out
    assert (
        f"{regulation_file}:1:1: ошибка: абзац 1 «Утверждено»: слово грифа пишется прописными буквами: «УТВЕРЖДЕНО»"
        in out
    )
    assert (
        f"{regulation_file}:1:1: предупреждение: абзац 1 «Утверждено»: шрифт «Comic Sans MS» не из рекомендованных"
        in out
    )
    assert f"{tmp_path / 'old.doc'}:1:1: ошибка: файл повреждён или не является документом Word (.docx)" in out


def test_acts_render_in_libreoffice(generated, libreoffice, tmp_path):
    names = ["prikaz-2021-112", "dorozhnaya-karta", "postanovlenie-2021-615", "koncepciya"]
    pdfs = convert_to_pdf([generated.path(f"output/{n}.docx") for n in names], tmp_path)
    text = {
        pdf.stem: subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        for pdf in pdfs
    }
    order = text["prikaz-2021-112"]
    assert "ПРИКАЗ" in re.sub(r"\s", "", order)  # the spaced-out kind, however the PDF spaces it
    for expected in (
        "№ 112",
        "г. Копейск",
        "п р и к а з ы в а ю:",
        "1. Утвердить:",
        "1.1. Положение о муниципальной системе",
        "1.10. Положение о мониторинге качества дошкольного",
        "4. Контроль за исполнением настоящего приказа оставляю за собой.",
        "А.А. Ангеловский",
    ):
        assert expected in order, expected
    roadmap = text["dorozhnaya-karta"]
    for expected in ("УТВЕРЖДЁН", "№ п/п", "1. Нормативно-правовое и организационное", "1.1.", "2.5.", "5.2."):
        assert expected in roadmap, expected
    assert "п о с т а н о в л я е т:" in text["postanovlenie-2021-615"]
    assert "2. Сокращения, используемые в Концепции" in text["koncepciya"]
