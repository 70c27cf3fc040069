"""What a generated document says, read back as a lawyer reads it: abbreviations introduced at first use
from the glossary, numerals that agree, days bound to their months, codes bound at their hyphens, headings
that are not stretched."""

from __future__ import annotations

import re
import subprocess

import pytest
import yaml

from generator.review.pdf import convert_to_pdf
from tests.docx_reader import Docx, q

NBSP = "\u00a0"
SHY = "\u00ad"
PLANTED_TERMS = """\
  - {term: ЦОКО, definition: центр оценки качества образования}
  - {term: МОЦ, definition: муниципальный опорный центр}
  - {term: ПМПК, definition: психолого-медико-педагогическая комиссия}
  - {term: ШМО, definition: школьные методические объединения}
  - {term: РМО, definition: районные методические объединения}
  - {term: СОКО, definition: система оценки качества образования}
  - {term: ИРО, definition: институт развития образования}
  - {term: ЦДО, definition: центр дополнительного образования}
"""
PLANTED = (
    "ШМО представляют отчёт. Школы предоставляют сведения в ЦОКО, работа с МОЦ ведётся ежегодно. "
    "По заключению ПМПК и решению РМО составляется план. ЦОКО, МОЦ и ШМО обмениваются данными. "
    "Действует школьная система оценки качества образования (СОКО). Отчёт готовят специалисты (ИРО). "
    "Сведения ИРО и ПМПК поступают ежегодно. Работу ведёт центр оценки качества образования (ЦОКО). "
    "ИРО, ПМПК, РМО и СОКО обмениваются данными. Методику утверждает ЦДО."
)


def _set(example, relative: str, field: str, text: str) -> None:
    data = yaml.safe_load(example.read(relative))
    data[field] = text
    example.write(relative, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def _text(path) -> str:
    return "\n".join(p.text for p in Docx(path).paragraphs(include_tables=True))


def test_abbreviations_are_introduced_at_first_use_in_the_case_the_context_needs(example):
    example.replace("regulations/glossary.yaml", "terms:\n", "terms:\n" + PLANTED_TERMS)
    _set(example, "regulations/mechanisms/2.3.yaml", "final_provisions", PLANTED)
    _set(example, "regulations/mechanisms/2.2.yaml", "final_provisions", "Итоги обсуждаются в МОЦ.")
    assert example.run("regen", "all").exit_code == 0
    text = _text(example.path("output/polozhenie-2.3.docx"))
    d = f"(далее{NBSP}— "
    for expected in (
        f"Школьные методические объединения {d}ШМО) представляют отчёт.",  # nominative, a capital
        # «в» after a verb of handing over, with its object between them: accusative
        f"предоставляют сведения в центр оценки качества образования {d}ЦОКО)",
        f"работа с муниципальным опорным центром {d}МОЦ) ведётся",  # «с»: instrumental
        f"По заключению психолого-медико-педагогической комиссии {d}ПМПК)",  # after a noun: genitive
        f"и решению районных методических объединений {d}РМО)",  # a list member keeps the genitive
        "ЦОКО, МОЦ и ШМО обмениваются данными.",  # a later use stays short
        f"школьная система оценки качества образования {d}СОКО).",  # the author's «(СОКО)»
        "специалисты (института развития образования).",  # no brackets inside brackets …
        f"Сведения института развития образования {d}ИРО) и ПМПК",  # … introduced at the next use
        "Работу ведёт центр оценки качества образования.",  # the author's «(ЦОКО)», once too often
        "Методику утверждает центр дополнительного образования.",
    ):  # used once: no «далее»
        assert expected.replace("-", "\u2011") in text or expected in text, expected
    for term in ("ЦОКО", "МОЦ", "ПМПК", "ШМО", "РМО", "СОКО", "ИРО"):
        assert text.count(f"{d}{term})") == 1, term
    assert "ЦДО" not in text and "(ЦОКО)" not in text
    assert not re.search(r"\([^()]*\(", text.replace("\n", " ")), "brackets nest"
    # every document introduces its own, and only a term that comes back: once in another Положение,
    # «в» with the prepositional case, and the full form alone
    other = _text(example.path("output/polozhenie-2.2.docx"))
    assert "Итоги обсуждаются в муниципальном опорном центре." in other and "МОЦ" not in other


def test_a_common_name_is_a_use_of_its_term_full_name_first_then_the_abbreviation(example):
    """ММЦ's common name «муниципальный методический центр» in any case: its first use is the institution's full
    name and legal form in that case with «(далее — ММЦ)», later ones «ММЦ»; inside the full name's own quotes it
    is the name, not a use; a signature keeps its position as written (X-2 of the lawyer's read)."""
    _set(
        example,
        "regulations/mechanisms/2.3.yaml",
        "final_provisions",
        "Итоги передаются муниципальному методическому центру. Сведения готовит муниципальный методический центр, "
        "с муниципальным методическим центром их согласует УО.",
    )
    assert example.run("regen", "all").exit_code == 0
    text = _text(example.path("output/polozhenie-2.3.docx"))
    introduced = text.index(f"«Муниципальный методический центр» Копейского городского округа (далее{NBSP}— ММЦ)")
    assert introduced < text.index("Итоги передаются ММЦ. Сведения готовит ММЦ, с ММЦ их согласует УО.")
    assert text.count("Муниципальный методический центр") == 1 and "муниципальн" + "ый методический центр" not in text
    order = _text(example.path("output/prikaz-2021-112.docx"))  # named once: the full name alone, in the dative
    assert (
        "Муниципальному казённому учреждению «Муниципальный методический центр» Копейского городского округа:" in order
    )
    assert "ММЦ" not in order


def test_every_abbreviation_of_the_set_is_introduced_before_it_is_used(example):
    assert example.run("regen", "all").exit_code == 0
    terms = [t["term"] for t in yaml.safe_load(example.read("regulations/glossary.yaml"))["terms"]]
    for path in sorted(example.path("output").glob("*.docx")):
        doc = Docx(path)
        body = [
            p
            for p in doc.paragraphs(include_tables=True)
            if not p.style.startswith(("Heading", "Doc", "Stamp", "Letterhead", "ActTitle"))
        ]
        text = "\n".join(p.text for p in body)
        for term in terms:
            pattern = rf"(?<![\w\u2011-]){re.escape(term)}(?![\w\u2011-])"
            uses = [m.start() for m in re.finditer(pattern, text)]
            if not uses:
                continue
            defined = re.search(rf"\(далее{NBSP}— {re.escape(term)}\)", text)
            table_row = any(row[:1] == [term] for table in doc.tables() for row in table)
            in_a_name = re.search(
                rf"{re.escape(term)}[ {NBSP}]«|«{re.escape(term)}»|[А-ЯЁ]{{2,}} {re.escape(term)}|{re.escape(term)} "
                rf"[А-ЯЁ]{{2,}}",
                text,
            )
            assert defined or table_row or in_a_name, f"{path.name}: «{term}» used, never introduced"
            if defined and not table_row and not in_a_name:
                assert uses[0] == defined.start() + len(f"(далее{NBSP}— "), (
                    f"{path.name}: «{term}» used before «(далее — {term})»"
                )
        for title in doc.texts("DocSubtitle") + doc.texts("ActTitle") + doc.texts("Stamp"):
            assert "(далее" not in title, title


def test_numerals_agree_with_their_nouns(example):
    assert example.run("regen", "all").exit_code == 0
    text = "\n".join(_text(path) for path in sorted(example.path("output").glob("*.docx")))
    for number, noun in re.findall(r"(?<![\d,.])(\d+)[ \u00a0](балл\w*|показател\w*)", text):
        n = int(number)
        last, tens = n % 10, n % 100
        few = 2 <= last <= 4 and not 12 <= tens <= 14
        one = last == 1 and tens != 11
        stem = "балл" if noun.startswith("балл") else "показател"
        allowed = {
            "балл": ({"балл"} if one else {"балла"} if few else {"баллов"}),
            "показател": ({"показатель"} if one else {"показателя"} if few else {"показателей"}),
        }[stem]
        if noun not in allowed and not (stem == "балл" and noun == "баллов" and few):  # «от 2 до 4 баллов»
            pytest.fail(f"«{number} {noun}»")
    assert f"максимальная сумма баллов по каждому механизму составляет 52{NBSP}балла" in text


def test_the_maximum_sum_is_said_once(example):
    """1.3's criteria give the maximum themselves; the others get the generated sentence, each once."""
    assert example.run("regen", "all").exit_code == 0
    for code in ("1.1", "1.3", "2.4"):
        text = _text(example.path(f"output/polozhenie-{code}.docx")).replace(NBSP, " ")
        said = re.findall(r"[Мм]аксимальн\w* сумм\w*[^.;\n]*?\d+", text)  # one line: a groups' lead-in states none
        assert len(said) == 1, (code, said)


def test_days_months_and_codes_are_bound(example):
    assert example.run("regen", "all").exit_code == 0
    text = "\n".join(_text(path) for path in sorted(example.path("output").glob("*.docx")))
    months = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    assert re.search(rf"\d (?:{months})", text) is None, re.findall(rf".{{20}}\d (?:{months})", text)[:3]
    assert re.search(rf"\d{NBSP}(?:{months})", text)
    assert re.search(r"ГИА-\d|\d-ФЗ", text) is None  # bound: U+2011, written as w:noBreakHyphen
    # a number and the noun it counts: «1 балл», «10 баллов» never split at a line end
    assert re.search(r"\d (?:балл|показател)", text) is None, re.findall(r".{20}\d (?:балл|показател)", text)[:3]
    assert f"— 1{NBSP}балл" in text and f"— 0{NBSP}баллов" in text
    doc = Docx(example.path("output/polozhenie-1.1.docx"))
    assert doc.body.find(f".//{q('noBreakHyphen')}") is not None


def test_month_ranges_levels_and_titles_read_as_a_lawyer_writes_them(example):
    assert example.run("regen", "all").exit_code == 0
    roadmap = Docx(example.path("output/dorozhnaya-karta.docx"))
    text = "\n".join(p.text for p in roadmap.paragraphs(include_tables=True))
    assert "ежегодно, март–май" in text and not re.search(r"март[ \u00a0]*[—-]", text)  # an en dash, no spaces
    [subtitle] = roadmap.texts("DocSubtitle")
    assert subtitle.endswith(f"на{NBSP}2021\u2013\u20602022{NBSP}годы")  # «годы» never alone on the title's last line
    regulation = _text(example.path("output/polozhenie-2.1.docx"))
    assert "Уровень: муниципальный" in regulation and "муниципалитет" not in regulation


def test_long_words_in_table_cells_break_with_a_hyphen(example):
    """A word longer than its column holds («образовательные» in 2.4.1's 33 mm name) breaks where a hyphen
    may stand, shown as one: it carries soft hyphens, and so does a long word of a narrow cell (they show only
    where a line breaks). Justified body text is left alone."""
    assert example.run("regen", "2.4").exit_code == 0
    doc = Docx(example.path("output/polozhenie-2.4.docx"))
    row = next(r for r in doc.body.iter(q("tr")) if "".join(r.itertext()).startswith("2.4.1"))  # table 1
    name, calculation = ("".join(c.itertext()) for c in row.findall(q("tc"))[1:4:2])
    assert "образовательные" not in name and "образовательные" in name.replace(SHY, "")
    assert f"об{SHY}ра{SHY}зо{SHY}ва{SHY}тель{SHY}ные" in name  # where Russian hyphenation allows
    assert f"со{SHY}от{SHY}вет{SHY}ству{SHY}ю{SHY}щи{SHY}ми" in calculation
    assert SHY not in "".join("".join(p.itertext()) for p in doc.body.iterfind(q("p")))


def test_bound_words_do_not_break_in_the_pdf(example, libreoffice, tmp_path):
    """«ГИА-9» and «1 июля» repeated in a justified paragraph: some fall at a line end, none is split there."""
    _set(
        example,
        "regulations/mechanisms/2.3.yaml",
        "final_provisions",
        " ".join(f"Сведения о ГИА-9 представляются до {day} июля." for day in range(1, 29)),
    )
    assert example.run("regen", "2.3").exit_code == 0
    [pdf] = convert_to_pdf([example.path("output/polozhenie-2.3.docx")], tmp_path)
    lines = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.splitlines()
    tail = [line for line in lines if "Сведения о ГИА" in line or "июля" in line]
    assert len(tail) >= 10
    for line in lines:
        assert not re.search(r"ГИА[-\u2011]?$", line.rstrip()), line
        assert not re.search(r"(?:^|\s)до \d{1,2}$", line.rstrip()), line


def test_headings_are_never_justified(example):
    assert example.run("regen", "all").exit_code == 0
    doc = Docx(example.path("output/polozhenie-1.1.docx"))
    for style in ("Heading1", "Heading2", "DocTitle", "DocSubtitle", "ActTitle", "TableCaption", "Caption"):
        try:
            jc = doc.style(style).find(f"{q('pPr')}/{q('jc')}")
        except IndexError:
            continue
        assert jc is not None and jc.get(q("val")) in ("left", "center", "right"), style


def test_umbrella_sections_in_order_only_when_filled(example):
    data = yaml.safe_load(example.read("regulations/msoko.yaml"))
    data.update(
        functions="Управление образования организует оценку.",
        assessment="Оцениваются результаты.",
        publication="Результаты публикуются на сайте.",
    )
    example.write("regulations/msoko.yaml", yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    assert example.run("regen", "msoko").exit_code == 0
    headings = Docx(example.path("output/polozhenie-msoko.docx")).texts("Heading1")
    order = [
        "Структура муниципальной системы оценки качества образования",
        "Функции участников муниципальной системы оценки качества образования",
        "Объекты и процедуры оценки качества образования",
        "Механизмы управления качеством образования",
        "Открытость результатов оценки качества образования",
        "Заключительные положения",
    ]
    assert [h for h in headings if h in order] == order
    data.update(functions="", assessment="", publication="")
    example.write("regulations/msoko.yaml", yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    assert example.run("regen", "msoko").exit_code == 0
    headings = Docx(example.path("output/polozhenie-msoko.docx")).texts("Heading1")
    assert not any(h.startswith(("Функции", "Объекты", "Открытость")) for h in headings)


def test_concept_network_section(example):
    data = yaml.safe_load(example.read("regulations/concept.yaml"))
    data["network"] = "В округе 35 образовательных организаций."
    example.write("regulations/concept.yaml", yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    assert example.run("regen", "koncepciya").exit_code == 0
    doc = Docx(example.path("output/koncepciya.docx"))
    assert "Характеристика муниципальной системы образования" in doc.texts("Heading1")
    assert "В округе 35 образовательных организаций." in doc.texts("Clause")


def test_glossary_errors_are_located(example):
    line = example.line_of("regulations/glossary.yaml", "{term: ОО,")
    example.replace(
        "regulations/glossary.yaml",
        "  - {term: ОО, definition: образовательные организации}\n",
        "  - {term: ОО, definition: образовательные организации}\n  - {term: ВПР}\n",
    )
    result = example.run("check")
    assert result.exit_code == 1
    assert (
        f"regulations/glossary.yaml:{line + 1}:5: ошибка: отсутствует обязательное поле «definition»" in result.output
    )
    assert "не определено в перечне сокращений" not in result.output  # no cascade from a glossary in error


def test_a_term_twice_in_the_glossary(example):
    example.replace(
        "regulations/glossary.yaml",
        "  - {term: ОО, definition: образовательные организации}\n",
        "  - {term: ОО, definition: образовательные организации}\n  - {term: ОО, definition: ещё раз}\n",
    )
    line = example.line_of("regulations/glossary.yaml", "{term: ОО, definition: ещё раз}")
    result = example.run("check")
    assert result.exit_code == 1
    assert (
        f"regulations/glossary.yaml:{line}:12: ошибка: сокращение «ОО» указано в перечне сокращений дважды"
        in result.output
    )


MUNICIPAL_RATIO = (
    "Значение показателя уровня {level} в целом по округу рассчитывается как отношение суммы "
    "числителей к сумме знаменателей по всем {level}"
)


def test_a_municipal_total_over_indicators_of_organizations_says_how_the_municipal_value_is_made(example):
    """1.3 sums indicators of level ОО into the округ's total, 2.4 one of level ДОО: each says once how the
    organizations' values make the округ's, naming the indicators; the hand-written 2.1 does not say it twice."""
    assert example.run("regen", "all").exit_code == 0
    said = {
        code: [
            line
            for line in _text(example.path(f"output/polozhenie-{code}.docx")).replace(NBSP, " ").split("\n")
            if "в целом по округу рассчитыва" in line
        ]
        for code in ("1.3", "2.1", "2.4")
    }
    assert said["1.3"] == [
        MUNICIPAL_RATIO.format(level="ОО") + ", представившим данные (показатели 1.3.1, 1.3.2 и 1.3.3)."
    ]
    assert said["2.4"] == [MUNICIPAL_RATIO.format(level="ДОО") + ", представившим данные (показатель 2.4.4)."]
    assert len(said["2.1"]) == 1 and "участникам анкетирования" not in _text(example.path("output/polozhenie-2.1.docx"))


def test_a_municipal_total_of_municipal_indicators_alone_says_nothing_of_organizations(example):
    """1.5's indicators made all the округ's, its Положение says nothing of organizations; made the ОО's, the sentence
    appears, saying a count sums."""
    source = example.read("regulations/mechanisms/1.5.yaml").replace("level: ОО", "level: муниципалитет")
    example.write("regulations/mechanisms/1.5.yaml", source)
    assert example.run("regen", "all").exit_code == 0
    assert "в целом по округу рассчитыва" not in _text(example.path("output/polozhenie-1.5.docx"))
    example.write(
        "regulations/mechanisms/1.5.yaml",
        source.replace("level: муниципалитет", "level: ОО", source.count("level: муниципалитет")),
    )
    assert example.run("regen", "all").exit_code == 0
    text = _text(example.path("output/polozhenie-1.5.docx")).replace(NBSP, " ")
    assert "рассчитывается как сумма значений по всем ОО, представившим данные (показатель 1.5.4)." in text


def test_a_numbered_abbreviation_is_introduced_bound_and_its_generic_term_not_spelled_again(example):
    """«ГИА-9» expands at its first use, its hyphen unbreakable as the code's in the text; ГИА, introduced before,
    stands for its own full form inside it (the lawyer's P11-2), and lint takes the bracket for an introduction."""
    assert example.run("regen", "all").exit_code == 0
    text = _text(example.path("output/polozhenie-1.1.docx")).replace(SHY, "").replace("\n", "")
    assert f"ГИА по образовательным программам основного общего образования (далее{NBSP}— ГИА\u20119)" in text
    lint = example.run("lint", str(example.path("output/polozhenie-1.1.docx")))
    assert lint.exit_code == 0, lint.output
