"""``msoko lint`` reads like a lawyer: each rule on a document msoko did not write (python-docx, realistic
Russian text), a clean foreign document, and the generated example through DOCX and PDF text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.shared import Mm, Pt

from generator.review.pdf import convert_to_pdf

NBSP = "\u00a0"

CLEAN_ORDER = [
    "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА ПРИМЕРНОГО",
    "П Р И К А З",
    f"15.03.2023\t№{NBSP}45",
    "г. Примерный",
    "Об утверждении Положения о муниципальной системе оценки качества образования",
    f"В соответствии с Федеральным законом от 29.12.2012 №{NBSP}273\u2011ФЗ «Об образовании в Российской "
    f"Федерации», приказом Министерства образования и науки Челябинской области от 01.02.2023 №{NBSP}01/150 "
    "«О региональной системе оценки качества образования»,",
    "п р и к а з ы в а ю:",
    "1. Утвердить прилагаемое Положение о муниципальной системе оценки качества образования (далее — МСОКО).",
    f"2. Руководителям общеобразовательных организаций (далее — ОО) до 1{NBSP}сентября 2023 г. привести локальные "
    "акты ОО в соответствие с настоящим приказом.",
    f"3. Контроль за исполнением настоящего приказа возложить на заместителя начальника управления образования "
    f"И.П.{NBSP}Сидорову.",
    f"Начальник управления образования\tА.В.{NBSP}Петров",
]


def _foreign(path: Path, lines: list[str]) -> Path:
    """A ГОСТ-conformant document another tool wrote: A4, margins 30/10/20/20, Times New Roman 14 pt."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin, section.top_margin, section.bottom_margin = (
        Mm(30),
        Mm(10),
        Mm(20),
        Mm(20),
    )
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(14)
    for line in lines:
        document.add_paragraph(line)
    document.save(path)
    return path


def _planted(index: int, old: str, new: str) -> list[str]:
    lines = list(CLEAN_ORDER)
    assert old in lines[index], old
    lines[index] = lines[index].replace(old, new)
    return lines


def _findings(example, *files: Path) -> list[dict]:
    result = example.run("lint", "--format", "json", *map(str, files))
    return result.json()["diagnostics"]


def test_clean_foreign_order_has_no_findings(example, tmp_path):
    order = _foreign(tmp_path / "order.docx", CLEAN_ORDER)
    result = example.run("lint", str(order))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{order}: замечаний нет\nИтого: 0 ошибок, 0 предупреждений.\n"


@pytest.mark.parametrize(
    "index, old, new, line, code, message",
    [
        (
            8,
            "до 1\u00a0сентября 2023 г. привести локальные акты ОО в соответствие с настоящим приказом.",
            "до 1\u00a0сентября 2023 г. внести в settings.yaml поле head_name.",
            9,
            "program-text",
            "абзац 9 «2. Руководителям общеобразовательных ор…»: в официальном документе текст для пользователя "
            "программы: "
            "«settings.yaml», «поле head_name»",
        ),
        (
            9,
            "заместителя начальника управления образования",
            "специалиста УО",
            10,
            "abbrev-undefined",
            "абзац 10 «3. Контроль за исполнением настоящего п…»: сокращение «УО» нигде не введено: при первом "
            "употреблении "
            "дайте полное название и «(далее — УО)»",
        ),
        (
            7,
            "(далее — МСОКО).",
            "(далее — МСОКО) с оценкой в 52 баллов.",
            8,
            "numeral-agreement",
            "абзац 8 «1. Утвердить прилагаемое Положение о му…»: числительное не согласовано с существительным: «52 "
            "баллов», "
            "нужно «52 балла»",
        ),
        (
            5,
            "от 01.02.2023 №\u00a001/150 ",
            "",
            6,
            "citation-incomplete",
            "абзац 6 «В соответствии с Федеральным законом от…»: ссылка на акт без даты и номера: «приказом "
            "Министерства "
            "образования и науки Челябинской области «О реги…»; нужно «от ДД.ММ.ГГГГ № …»",
        ),
        (
            8,
            "до 1\u00a0сентября",
            "до 1 сентября",
            9,
            "unbound-date",
            "абзац 9 «2. Руководителям общеобразовательных ор…»: не связаны неразрывным пробелом или дефисом (перенос "
            "разорвёт их): «1 сентября»",
        ),
        (
            5,
            "качества образования»,",
            "качества образования»",
            7,
            "operative-comma",
            "абзац 7 «п р и к а з ы в а ю:»: перед «п р и к а з ы в а ю:» нет запятой: преамбула заканчивается запятой "
            "(«…, п р и к а з ы в а ю:»)",
        ),
        (
            4,
            "Об утверждении Положения о муниципальной системе оценки качества образования",
            "Об итогах оценки качества образования за 2023 год",
            5,
            "date-order",
            "абзац 5 «Об итогах оценки качества образования з…»: документ датирован 15.03.2023, а говорит о периоде "
            "«за 2023 "
            "год», который кончается 31.12.2023",
        ),
        (
            7,
            "1. Утвердить прилагаемое",
            "1. Определить направление работы на 2023 год: Утвердить прилагаемое",
            8,
            "capital-after-colon",
            "абзац 8 «1. Определить направление работы на 202…»: после двоеточия внутри предложения — строчная буква: "
            "«…2023 год: Утвердить»",
        ),
        (
            7,
            "оценки качества",
            "оценки качиства",
            8,
            "spelling",
            "абзац 8 «1. Утвердить прилагаемое Положение о му…»: слово «качиства» не найдено в словаре; может быть, "
            "«качества» или «чистка»",
        ),
    ],
)
def test_each_rule_finds_its_planted_defect(example, tmp_path, index, old, new, line, code, message):
    order = _foreign(tmp_path / "order.docx", _planted(index, old, new))
    findings = _findings(example, order)
    assert [(f["line"], f["code"], f["message"]) for f in findings] == [(line, code, message)], findings


def test_several_planted_classes_in_one_foreign_document(example, tmp_path):
    lines = list(CLEAN_ORDER)
    lines[5] = lines[5].replace("от 01.02.2023 №\u00a001/150 ", "").rstrip(",")
    lines[7] = lines[7].replace("(далее — МСОКО).", "(далее — МСОКО); максимум 21 баллов. Внесите в msoko.yaml итоги.")
    lines[8] = lines[8].replace("1\u00a0сентября", "1 сентября")
    lines[9] = lines[9].replace("заместителя начальника управления образования", "специалиста УО")
    result = example.run("lint", "--format", "json", str(_foreign(tmp_path / "order.docx", lines)))
    assert result.exit_code == 1
    codes = [f["code"] for f in result.json()["diagnostics"]]
    assert len(codes) >= 5 and len(set(codes)) >= 4, codes
    assert {
        "citation-incomplete",
        "operative-comma",
        "numeral-agreement",
        "program-text",
        "unbound-date",
        "abbrev-undefined",
    } <= set(codes)


def test_pdf_text_torn_day_and_month(example, tmp_path, libreoffice):
    """In a PDF, a day at a line's end and its month on the next line is the break a reader sees."""
    # The same point with the addressee a few letters longer each time: in one of them the line ends at «1».
    suffixes = [
        "",
        " № 1",
        " № 12",
        " № 123",
        " города",
        " округа",
        " района",
        " и школ",
        " и лицеев",
        " и гимназий",
        " и их филиалов",
        " и их филиалов № 1",
        " и их филиалов № 12",
        " и их филиалов № 123",
        " и их филиалов города",
        " и их филиалов района",
    ]
    lines = list(CLEAN_ORDER)
    lines[8:9] = [
        f"{number}. Руководителям муниципальных общеобразовательных организаций{suffix} до 1 сентября "
        "2023 г. представить сведения о результатах работы."
        for number, suffix in enumerate(suffixes, start=2)
    ]
    pdf = convert_to_pdf([_foreign(tmp_path / "order.docx", lines)], tmp_path / "pdf")[0]
    findings = _findings(example, pdf)
    assert findings and {f["code"] for f in findings} == {"unbound-date"}, findings
    assert findings[0]["message"].endswith("строка разорвана внутри «1 ⏎ сентября»: нужен неразрывный пробел")


def test_pdf_table_cells_read_whole(example, tmp_path, libreoffice):
    """A PDF's table is read cell by cell in reading order: an abbreviation introduced in a narrow cell over two
    lines is introduced, a neighbour column's words never join it, and a defect planted in a cell is found."""
    path = _foreign(tmp_path / "order.docx", CLEAN_ORDER)
    document = docx.Document(str(path))
    table = document.add_table(rows=2, cols=3)
    table.style = document.styles["Table Grid"]
    texts = [
        ["Показатель", "Источник данных", "Шкала"],
        [
            "Доля обучающихся, выполнивших работы на базовом уровне",
            "федеральная информационная система оценки качества образования (далее — ФИС ОКО), данные РЦОИ",
            "не менее 90 % — 2 балла, от 75 до 89 % — 1 балл, менее 75 % — 0 баллов; итог — сумма 5 показателя по "
            "данным ФИС ОКО",
        ],
    ]
    for row, line in zip(table.rows, texts):
        for cell, text in zip(row.cells, line):
            cell.text = text
    document.save(str(path))
    pdf = convert_to_pdf([path], tmp_path / "pdf")[0]
    findings = [(f["code"], f["message"].split(": ", 1)[1]) for f in _findings(example, pdf)]
    assert findings == [
        (
            "abbrev-undefined",
            "сокращение «РЦОИ» нигде не введено: при первом употреблении дайте полное название и «(далее — РЦОИ)»",
        ),
        ("numeral-agreement", "числительное не согласовано с существительным: «5 показателя», нужно «5 показателей»"),
    ], findings


def test_unreadable_file(example, tmp_path):
    (tmp_path / "notes.docx").write_text("просто текст", encoding="utf-8")
    result = example.run("lint", "--format", "json", str(tmp_path / "notes.docx"))
    assert result.exit_code == 1
    assert [(f["code"], f["message"]) for f in result.json()["diagnostics"]] == [
        ("unreadable", "файл повреждён или не является документом Word (.docx)")
    ]


def test_damaged_pdf(example, tmp_path):
    (tmp_path / "order.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")
    result = example.run("lint", "--format", "json", str(tmp_path / "order.pdf"))
    assert result.exit_code == 1
    assert [(f["code"], f["message"]) for f in result.json()["diagnostics"]] == [
        ("unreadable", "PDF повреждён или защищён: его текст не извлекается")
    ]


def test_generated_example_reads_clean_in_docx_and_pdf(example, libreoffice, tmp_path):
    """The lawyer's read as a habit: every document of the example, as DOCX and as PDF text, has no findings."""
    assert example.run("regen", "all").exit_code == 0
    documents = sorted(example.path("output").glob("*.docx"))
    assert len(documents) >= 17
    pdfs = convert_to_pdf(documents, tmp_path / "pdf")
    result = example.run("lint", *map(str, documents), *map(str, pdfs))
    assert result.stdout.rstrip().endswith("Итого: 0 ошибок, 0 предупреждений."), result.stdout


def test_check_runs_the_text_rules_on_the_sources(example):
    source = "regulations/acts/prikaz-2021-140.yaml"
    example.replace(
        source,
        "постановлением администрации Копейского городского округа от 01.03.2021 № 615",
        "постановлением администрации Копейского городского округа",
    )
    example.replace(source, "В соответствии с Концепцией", "На 5 показателя и в соответствии с Концепцией")
    line = example.line_of(source, "постановлением администрации")
    text = example.read(source).splitlines()[line - 1]
    result = example.run("check")
    assert (
        f"{source}:{line}:{text.index('постановлением администрации') + 1}: предупреждение: ссылка на акт без "
        "даты и номера: «постановлением администрации Копейского городского округа, в целях об…»; нужно «от "
        "ДД.ММ.ГГГГ № …»"
    ) in result.output, result.output[-1500:]
    assert (
        f"{source}:{line}:{text.index('5 показателя') + 1}: предупреждение: числительное не согласовано с "
        "существительным: «5 показателя», нужно «5 показателей»"
    ) in result.output


def test_without_the_enchant_library_lint_says_how_to_install_it(tmp_path):
    """A process whose enchant library cannot be loaded: the other rules run, spelling says what to install."""
    order = _foreign(tmp_path / "order.docx", CLEAN_ORDER)
    environment = {**os.environ, "PYENCHANT_LIBRARY_PATH": str(tmp_path / "no-libenchant.so")}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "lint", str(order)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout == (
        f"{order}:1:1: ошибка: проверка орфографии недоступна: не установлен русский словарь hunspell-ru или "
        "библиотека enchant; установите их: sudo apt-get install hunspell-ru libenchant-2-2\n"
        "Итого: 1 ошибка, 0 предупреждений.\n"
    )


APPROVED_REGULATION = [
    "УТВЕРЖДЕНО",
    "приказом управления образования администрации города Примерного",
    f"от 15.03.2023 №{NBSP}45",
    f"(приложение{NBSP}2)",
    "ПОЛОЖЕНИЕ",
    "о мониторинге качества подготовки обучающихся",
    "Настоящее Положение определяет порядок проведения мониторинга качества подготовки обучающихся.",
]


def test_an_appendix_mark_above_the_stamp_of_the_same_act_is_one_requisite_too_many(example, tmp_path):
    """ГОСТ Р 7.0.97-2025: an approved document carries its stamp; the mark «Приложение 2 к приказу …» above it
    says the same again (a finding of the lawyer's read). The stamp alone, numbered, is clean."""
    clean = _foreign(tmp_path / "clean.docx", APPROVED_REGULATION)
    assert _findings(example, clean) == []
    mark = [
        "Приложение 2",
        "к приказу управления образования администрации города Примерного",
        f"от 15.03.2023 №{NBSP}45",
    ]
    repeated = _foreign(tmp_path / "repeated.docx", mark + APPROVED_REGULATION)
    assert [(f["line"], f["code"]) for f in _findings(example, repeated)] == [(1, "requisite-repeated")]
