"""The generator's own phrases around a term agree with it: the full form written at a term's first use
takes the case and number its place asks for, for every glossary term in every case; and what a reader
takes as one unit (years, requisites, «таблица 1», «10 рабочих дней») never breaks across lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator.docx.elements import Paragraph, Run
from generator.documents.abbreviations import Abbreviations
from generator.russian.morphology import analyzer
from generator.russian.scale import range_wording
from generator.russian.typography import (
    NB_HYPHEN,
    NBSP,
    RANGE_DASH,
    bind_last_word,
    percent_cell,
    percent_text,
    typograph,
    typograph_text,
)
from schemas.glossary import Term
from schemas.regulation import ValueRange

GLOSSARY = Path(__file__).resolve().parent.parent / "regulations" / "glossary.yaml"
TERMS = [Term(**entry) for entry in YAML(typ="safe").load(GLOSSARY.read_text(encoding="utf-8"))["terms"]]

CONTEXTS = {
    # case: the words before the term that ask for it
    "nomn": "Сведения представляют",
    "gent": "Сведения для",
    "datv": "Сведения по",
    "accs": "Сведения направляются в",
    "accs-purpose": "Справки представляются на утверждение в",  # a purpose between the verb and «в»
    "ablt": "Сведения согласуются с",
    "loct": "Сведения о",
}


def _introduced(text: str, term: str) -> str:
    """The paragraph as the generator writes it: the term's full form at its first use, with «(далее — …)»
    because the term comes back in the next paragraph."""
    first, second = Paragraph("Text", [Run(f"{text} {term}")]), Paragraph("Text", [Run(f"Снова {term}.")])
    Abbreviations(TERMS).introduce([first, second])
    return first.text


def _head(definition: str) -> list[str]:
    """The words of the full form that inflect: adjectives and participles up to the first noun."""
    words = []
    for word in definition.split():
        parse = next((p for p in analyzer().parse(word.rstrip(",")) if p.tag.case == "nomn"), None)
        if parse is None or parse.tag.POS not in ("ADJF", "PRTF", "NOUN"):
            break
        words.append(word.rstrip(","))
        if parse.tag.POS == "NOUN":
            break
    return words


@pytest.mark.parametrize("case", CONTEXTS)
@pytest.mark.parametrize("term", TERMS, ids=[term.term for term in TERMS])
def test_a_terms_full_form_takes_the_case_of_its_place(term, case):
    lead = CONTEXTS[case]
    case = case.split("-")[0]
    text = _introduced(lead, term.term)
    assert text.endswith(f"(далее{NBSP}— {term.term.replace('-', NB_HYPHEN)})"), text
    written = text[len(lead) :].split(" (далее")[0].split()
    number = None
    for word, original in zip(written, _head(term.definition)):
        forms = [
            p
            for p in analyzer().parse(word.strip("«»,").lower())
            if p.tag.case == case or (case == "accs" and p.tag.case == "nomn" and "inan" in p.tag)
        ]
        assert forms, f"«{word}» (from «{original}») is not in the {case} case: {text}"
        numbers = {p.tag.number for p in forms}
        number = numbers if number is None else number & numbers or number
        assert number, f"the words of «{' '.join(written)}» do not agree in number: {text}"


def _nominative(word: str):
    return next(p for p in analyzer().parse(word) if p.tag.case == "nomn")


PLURAL_FEMININE = [
    term
    for term in TERMS
    if (noun := _nominative(_head(term.definition)[-1])).tag.number == "plur" and noun.tag.gender == "femn"
]


@pytest.mark.parametrize("term", PLURAL_FEMININE, ids=lambda term: term.term)
def test_a_plural_term_after_a_singular_adjective_is_singular(term):
    """«в каждой ОО» → «в каждой образовательной организации»: the adjective before the term says its case
    and number, and the full form's own adjectives take its noun's gender."""
    text = _introduced("Сведения хранятся в каждой", term.term)
    for word in text.split("каждой ")[1].split()[: len(_head(term.definition))]:
        assert any(
            p.tag.case == "loct" and p.tag.number == "sing" and p.tag.gender in ("femn", None)
            for p in analyzer().parse(word.rstrip(","))
        ), text


def test_a_clause_after_a_comma_governs_the_dative():
    """«ОО, подведомственных УО»: the УО in the dative, not «управлений образования» in the genitive."""
    text = _introduced("Мониторинг охватывает руководителей ОО, подведомственных", "УО")
    assert "подведомственных управлению образования администрации Копейского городского округа" in text, text
    assert "управлений" not in text


def test_an_adjective_before_the_term_agrees_with_it():
    text = _introduced("Руководителям подведомственных", "ОО")
    assert text.startswith("Руководителям подведомственных образовательных организаций (далее"), text
    text = _introduced("Сведения хранятся в муниципальных", "ОО")
    assert "в муниципальных образовательных организациях (далее" in text, text


@pytest.mark.parametrize(
    ("written", "bound"),
    [
        ("План на 2021–2022 годы.", f"2021{RANGE_DASH}2022{NBSP}годы"),
        ("в 2019 - 2020 гг. и далее", f"2019{RANGE_DASH}2020{NBSP}гг."),
        ("приведены в таблице 1.", f"таблице{NBSP}1"),
        ("согласно пункту 6.1 Положения", f"пункту{NBSP}6.1"),
        ("Таблица 2", f"Таблица{NBSP}2"),
        ("(приложение 3)", f"приложение{NBSP}3"),
        ("приказом УО от 15.03.2021 № 112 «Об утверждении»", f"от{NBSP}15.03.2021{NBSP}№{NBSP}112"),
        ("в течение 10 рабочих дней со дня", f"10{NBSP}рабочих{NBSP}дней"),
        ("1 раз в 3 года", f"3{NBSP}года"),
        ("обучающихся 4–8 классов", f"4{RANGE_DASH}8{NBSP}классов"),
        ("детей от 5–18 лет", f"5{RANGE_DASH}18{NBSP}лет"),
        ("детей 5-18 лет", f"5{RANGE_DASH}18{NBSP}лет"),  # a hyphen typed for the dash
        ("до 1 мая 2022 г. включительно", f"2022{NBSP}г."),
        ("низкими результатами обучения и (или) школами", f"и{NBSP}(или)"),  # the second lawyer's read: broke after «и»
    ],
)
def test_units_a_reader_takes_as_one_never_break(written, bound):
    assert bound in typograph_text(written)


def test_a_plain_number_and_a_range_of_other_numbers_are_left_as_they_are():
    assert typograph_text("в 4, 7 и 10 классах") == f"в 4, 7 и 10{NBSP}классах"
    assert typograph_text("от 75 до 89") == "от 75 до 89"
    assert typograph_text("коды 1234–5678") == "коды 1234–5678"


def test_an_issuer_inside_an_acts_requisites_is_not_where_its_abbreviation_is_introduced():
    """«приказом УО от 15.03.2021 № 112»: «(далее — УО)» would stand between the issuer and the date; the full
    form is written there and the abbreviation introduced at its next use."""
    cited = Paragraph("Text", [Run("утверждённым приказом УО от 15.03.2021 № 112.")])
    later = Paragraph("Text", [Run("Участники мониторинга — УО и ОО.")])
    last = Paragraph("Text", [Run("Справку готовит УО.")])
    Abbreviations(TERMS).introduce([cited, later, last])
    assert cited.text == (
        "утверждённым приказом управления образования администрации Копейского городского округа от 15.03.2021 № 112."
    )
    assert later.text.startswith(
        f"Участники мониторинга — управление образования администрации Копейского городского округа (далее{NBSP}— УО)"
    )


def test_a_dash_after_the_subject_names_the_term_in_the_nominative():
    """«Участники мониторинга — УО»: the dash joins a subject and what it is; an apposition after a dash keeps
    the case of what it explains («процедур оценки — ВПР»)."""
    assert _introduced("Участники мониторинга —", "ОО").startswith(
        "Участники мониторинга — образовательные организации"
    )
    assert "процедур оценки качества — всероссийских проверочных работ" in _introduced(
        "Положение определяет порядок мониторинга процедур оценки качества —", "ВПР"
    )


@pytest.mark.parametrize("place", ["Копейского городского округа", "Челябинской области", "Российской Федерации"])
def test_an_abbreviation_is_introduced_after_the_whole_name_never_inside_it(place):
    text = _introduced(f"Мониторинг воспитания обучающихся ОО {place} и", "ОО")
    assert f"образовательных организаций {place} (далее{NBSP}— ОО)" in text, text


def test_a_full_form_names_an_introduced_term_by_its_abbreviation():
    """The lawyer's P11-2: once ГИА is introduced, «РИС ГИА» and «ГИА-9» are spelled out with «ГИА» in them, not with
    «государственной итоговой аттестации» again; a term of two words («образовательные организации») stays whole."""
    paragraphs = [
        Paragraph("Text", [Run(text)])
        for text in (
            "Результаты ГИА анализируются.",
            "Источник данных: РИС ГИА.",
            "Анализ результатов ГИА-9 и ДОО.",
            "Снова ГИА, РИС ГИА, ГИА-9, ОО и ДОО.",
            "Данные ОО.",
        )
    ]
    Abbreviations(TERMS).introduce(paragraphs)
    texts = [paragraph.text for paragraph in paragraphs]
    assert "государственной итоговой аттестации (далее" in texts[0]
    untold = [Paragraph("Text", [Run(text)]) for text in ("Результаты ГИА.", "Источник: РИС ГИА.", "Снова РИС ГИА.")]
    Abbreviations(TERMS).introduce(untold)  # ГИА spelled out and never abbreviated: nothing to shorten by
    assert "проведения государственной итоговой аттестации (далее" in untold[1].text
    assert f"региональная информационная система обеспечения проведения ГИА (далее{NBSP}— РИС{NBSP}ГИА)" in texts[
        1
    ].replace(" ГИА)", f"{NBSP}ГИА)")
    assert f"ГИА по образовательным программам основного общего образования (далее{NBSP}— ГИА{NB_HYPHEN}9)" in texts[2]
    assert "дошкольных образовательных организаций (далее" in texts[2]


@pytest.mark.parametrize(
    ("value", "cell", "text"),
    [
        (78.44, f"78,4{NBSP}%", f"78,4{NBSP}%"),
        (89.0, f"89,0{NBSP}%", f"89{NBSP}%"),
        (100.0, f"100,0{NBSP}%", f"100{NBSP}%"),
        (0.04, f"0,0{NBSP}%", f"0{NBSP}%"),
        (3.05, f"3,0{NBSP}%", f"3{NBSP}%"),  # 3.05 is 3.04999… in binary: rounded down, as Python rounds
        (12.96, f"13,0{NBSP}%", f"13{NBSP}%"),
    ],
)
def test_a_share_is_written_with_a_decimal_comma_and_a_bound_sign(value: float, cell: str, text: str) -> None:
    """A table of shares keeps one decimal place («89,0 %» beside «92,6 %»); a sentence drops a zero one («89 %»,
    «100 %»), never the last digit of a whole number («100 %», not «10 %»)."""
    assert (percent_cell(value), percent_text(value)) == (cell, text)


@pytest.mark.parametrize(
    ("title", "bound"),
    [
        ("на 2021–2022 годы", f"на 2021–2022{NBSP}годы"),
        ("на 2021–2022 годы ", f"на 2021–2022{NBSP}годы"),  # a trailing space is not the last word
        ("Положение", "Положение"),  # one word has nothing to bind to
        (" Положение", " Положение"),
    ],
)
def test_a_title_never_leaves_its_last_word_alone_on_a_line(title: str, bound: str) -> None:
    assert bind_last_word(title) == bound


@pytest.mark.parametrize(
    ("typed", "typeset"),
    [
        ('приказ "Об утверждении"', "приказ «Об утверждении»"),
        ('"а" и "б"', "«а» и «б»"),
        ('("х")', "(«х»)"),
        ('"Положение о "МСОКО""', "«Положение о „МСОКО“»"),  # inner quotes are „лапки“
        ('«Школа "Лидер"» и "Звезда"', "«Школа „Лидер“» и «Звезда»"),  # typed ёлочки count for the depth
        ("«а»", "«а»"),
        ('слово"цитата"', "слово«цитата»"),  # no space typed before it: the quote still opens at the outer level
        ('"а "б "в" б" а"', "«а „б „в“ б“ а»"),  # a third level keeps лапки
        ("«проект «Билет в будущее»»", "«проект „Билет в будущее“»"),  # typed ёлочки inside ёлочки become лапки
        ("«МОУ «Лицей»» и «Звезда»", "«МОУ „Лицей“» и «Звезда»"),
    ],
)
def test_typed_quotes_become_yolochki_with_lapki_inside(typed: str, typeset: str) -> None:
    assert typograph_text(typed) == typeset


def test_quotes_pair_up_across_the_runs_of_one_paragraph() -> None:
    """A bold run may open a quote that a plain run closes: the pair is found across them."""
    assert typograph(['текст "нача', 'ло" и "', 'конец"']) == ["текст «нача", "ло» и «", "конец»"]


@pytest.mark.parametrize(
    ("span", "words"),
    [
        (ValueRange(lower=5, lower_inclusive=False), f"6{NBSP}человек и более"),  # more than 5 people is 6
        (ValueRange(lower=4.5, lower_inclusive=False), f"5{NBSP}человек и более"),
        (ValueRange(lower=4.2, lower_inclusive=True), f"5{NBSP}человек и более"),
        (ValueRange(lower=5, upper=15), f"от 5 до 14{NBSP}человек"),
        (ValueRange(upper=15, upper_inclusive=True), f"не более 15{NBSP}человек"),
    ],
)
def test_a_band_of_people_names_whole_numbers_and_leaves_none_out(span: ValueRange, words: str) -> None:
    assert range_wording(span, "человек") == words


@pytest.mark.parametrize(
    ("span", "unit", "words"),
    [
        (
            ValueRange(upper=2, upper_inclusive=True),
            "единица",
            f"не более 2{NBSP}единиц",
        ),  # «не более» governs the genitive
        (ValueRange(upper=2, upper_inclusive=True), "балл", f"не более 2{NBSP}баллов"),
        (ValueRange(lower=2, lower_inclusive=False), "балл", f"более 2{NBSP}баллов"),
        (ValueRange(lower=1, upper=2, upper_inclusive=True), "балл", f"от 1 до 2{NBSP}баллов включительно"),
        (ValueRange(lower=1, upper=2), "балл", f"1{NBSP}балл и более, но менее 2{NBSP}баллов"),
        (ValueRange(upper=2.5), "", "менее 2,5"),
    ],
)
def test_a_band_puts_its_noun_in_the_case_the_preposition_asks(span: ValueRange, unit: str, words: str) -> None:
    assert range_wording(span, unit) == words
