"""Import of every file a Положение arrives in (issue 25), as the user sees it: the act a приказ becomes, the
report's lines on how the file was read, the bounds and the messages when a tool is missing. The corpus test
(tests/test_import_corpus_wide.py) checks each Положение field by field; these check what it does not."""

from __future__ import annotations

import datetime

import docx
import pytest
import yaml

from generator.importer import formats, layout, ocr, pdf
from generator.importer.layout import Line
from tests.import_corpus import drafts, formats as typed_formats, orders, word
from tests.import_corpus.office import convert
from tests.test_import_corpus import bare_project  # noqa: F401  (the fixture: the example without Положения)


def imported(project, path):
    result = project.run("import", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    return result.json()["imported"]


def test_order_with_three_appendices_becomes_its_act_and_three_sources(bare_project, tmp_path):
    path = tmp_path / "order.docx"
    orders.order_three_spaced(path)
    reports = imported(bare_project, path)
    assert [r["source"] for r in reports] == [
        "regulations/acts/prikaz-2022-318.yaml",
        "regulations/mechanisms/1.1.yaml",
        "regulations/mechanisms/1.2.yaml",
        "regulations/mechanisms/1.3.yaml",
    ]
    assert [r["recognised"].split(":")[0] for r in reports[1:]] == ["приложение 1", "приложение 2", "приложение 3"]
    assert reports[0]["mapped"] == [
        "приказ № 318 от 01.09.2022: номер, дата, заголовок, преамбула, пункты и контроль "
        "исполнения; приложения (3): 1 — 1.1, 2 — 1.2, 3 — 1.3"
    ]
    assert reports[0]["requisites"] == ["подпись: Начальник управления образования А.А. Ангеловский ← абзац 14"]
    act = yaml.safe_load(bare_project.read("regulations/acts/prikaz-2022-318.yaml"))
    assert act["kind"] == "приказ" and act["number"] == "318" and act["date"] == datetime.date(2022, 9, 1)
    assert act["title"] == (
        "Об утверждении положений о мониторинге механизмов управления качеством образовательных результатов"
    )
    assert act["basis"].startswith("В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ")
    assert act["appendices"] == [{"number": n, "document": f"polozhenie-1.{n}"} for n in (1, 2, 3)]
    assert [p["text"][:40] for p in act["points"]] == ["Руководителям образовательных организаци"]
    assert act["control"] == orders.CONTROL
    for code in ("1.1", "1.2", "1.3"):
        source = yaml.safe_load(bare_project.read(f"regulations/mechanisms/{code}.yaml"))
        assert source["approved_by"] == "prikaz-2022-318"
        assert "приказываю" not in yaml.safe_dump(source, allow_unicode=True).lower()


def test_a_single_regulation_with_a_stamp_is_no_bundle(bare_project, tmp_path):
    """A stamp «УТВЕРЖДЕНО приказом …» over one Положение names its act; no act source is written."""
    path = tmp_path / "one.docx"
    orders.appendix_scale_merged(path)
    reports = imported(bare_project, path)
    assert [r["source"] for r in reports] == ["regulations/mechanisms/2.1.yaml"]
    assert sorted(p.name for p in bare_project.path("regulations/acts").iterdir()) == [
        "postanovlenie-2021-615.yaml",
        "prikaz-2021-112.yaml",
        "prikaz-2021-140.yaml",
        "prikaz-2023-95.yaml",
    ]


def test_tracked_changes_and_comments_are_named_with_counts_and_authors(bare_project, tmp_path):
    path = tmp_path / "draft.docx"
    drafts.tracked_draft_numbered(path)
    [report] = imported(bare_project, path)
    assert report["notes"] == [
        "в документе не приняты исправления (9 исправлений; авторы: Иванова Е.П., Петров С.А.): прочитаны как "
        "принятые — удалённый текст не перенесён, вставленный перенесён",
        "примечания (2 примечания; авторы: Иванова Е.П., Петров С.А.) не перенесены: прочтите их в документе",
    ]


def test_a_clean_document_says_nothing_of_revisions_or_reading(bare_project, tmp_path):
    path = tmp_path / "clean.docx"
    orders.appendix_scale_columns(path)
    [report] = imported(bare_project, path)
    assert report["notes"] == []


def test_mechanism_found_by_a_standard_wording_and_not_without_it(bare_project, tmp_path):
    path = tmp_path / "objectivity.odt"
    typed_formats.odt_objectivity(path)
    [report] = imported(bare_project, path)
    assert report["recognised"] == (
        "механизм 1.5 «Система объективности процедур оценки качества образования и "
        "олимпиад школьников» определён по заголовку: формулировка «объективности "
        "проведения оценочных процедур»"
    )
    assert report["notes"][0] == "файл .odt преобразован в .docx через LibreOffice"
    bare_project.path("regulations/mechanisms/1.5.yaml").unlink()
    bare_project.replace("regulations/project.yaml", "      - объективности проведения оценочных процедур\n", "")
    bare_project.replace("regulations/project.yaml", "      - объективности оценочных процедур\n", "")
    refused = bare_project.run("import", str(path))
    assert refused.exit_code == 1
    assert "не удалось определить механизм по заголовку" in refused.stderr


def test_every_mapping_line_is_printed_once(bare_project, tmp_path):
    path = tmp_path / "paragraphs.docx"
    drafts.paragraph_indicators(path)
    [report] = imported(bare_project, path)
    for key in ("mapped", "guessed", "requisites", "notes"):
        assert len(report[key]) == len(set(report[key])), key


def test_pdf_furniture_is_reported_and_kept_out(bare_project, tmp_path):
    path = tmp_path / "paged.pdf"
    typed_formats.pdf_paged(path)
    [report] = imported(bare_project, path)
    assert report["notes"][:3] == [
        "PDF (3 страницы) прочитан по текстовому слою: строки соединены в абзацы, переносы слов сняты",
        "колонтитулы и номера страниц удалены (3): «Страница 1 из 3», «Страница 2 из 3», «Страница 3 из 3»",
        "таблица 1 продолжена на следующей странице: части соединены",
    ]
    assert "Страница" not in bare_project.read("regulations/mechanisms/1.2.yaml")


def test_missing_libreoffice_is_named_with_how_to_install_it(bare_project, tmp_path, monkeypatch):
    path = tmp_path / "old.rtf"
    path.write_bytes(b"{\\rtf1 text}")
    monkeypatch.setattr("generator.docx.office.soffice_path", lambda: None)
    result = bare_project.run("import", str(path))
    assert result.exit_code == 1
    assert (
        f"{path}:1:1: ошибка: файл .rtf читается через LibreOffice, а он не найден: установите его командой "
        "«sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui» или сохраните файл как .docx"
        in result.stderr
    )


def test_missing_tesseract_is_named_with_how_to_install_it(bare_project, tmp_path, monkeypatch):
    path = tmp_path / "scan.pdf"
    _scan_of_text(tmp_path, path)
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    result = bare_project.run("import", str(path))
    assert result.exit_code == 1
    assert "«sudo apt-get install -y tesseract-ocr tesseract-ocr-rus»" in result.stderr


def _scan_of_text(folder, target):
    from tests.import_corpus.office import scan

    document = word.new()
    word.para(document, "ПОЛОЖЕНИЕ")
    source = folder / "page.docx"
    document.save(source)
    return scan(convert(source, folder / "page.pdf"), target)


@pytest.mark.parametrize("bound", ["pages", "bytes"])
def test_pdf_bounds_refuse_before_reading(bare_project, tmp_path, monkeypatch, bound):
    path = tmp_path / "paged.pdf"
    typed_formats.pdf_paged(path)
    if bound == "pages":
        monkeypatch.setattr(pdf, "MAX_PDF_PAGES", 2)
        expected = "в PDF 3 страниц, больше 2; msoko читает Положения не длиннее 2 страниц"
    else:
        monkeypatch.setattr(formats, "MAX_INPUT_BYTES", 1024 * 1024)
        path.write_bytes(path.read_bytes() + b"\0" * 1024 * 1024)
        expected = "файл больше 1 МБ; msoko не читает его"
    result = bare_project.run("import", str(path))
    assert result.exit_code == 1
    assert expected in result.stderr


def test_odt_zip_bomb_is_refused_before_libreoffice(bare_project, tmp_path):
    import zipfile

    path = tmp_path / "bomb.odt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", b"<a>" + b" " * (8 * 1024 * 1024) + b"</a>")
    result = bare_project.run("import", str(path))
    assert result.exit_code == 1
    assert "content.xml" in result.stderr and "LibreOffice" not in result.stderr


def test_printed_lines_join_into_paragraphs():
    """A ragged-right paragraph's lines join; a line after which the next word would have fitted ends one; a
    numbered line opens one; a hyphenated word is whole again."""
    lines = [
        Line(0, 10, 50, 540, "Мониторинг проводится в целях получения неблагоприя-", False),
        Line(12, 22, 50, 400, "тных условий и оценки результатов.", False),
        Line(24, 34, 50, 530, "2.1. Цель мониторинга — повышение качества подготовки обучающихся на", False),
        Line(36, 46, 50, 120, "основе анализа.", False),
    ]
    assert layout.paragraphs_of(lines) == [
        ("Мониторинг проводится в целях получения неблагоприятных условий и оценки результатов.", False),
        ("2.1. Цель мониторинга — повышение качества подготовки обучающихся на основе анализа.", False),
    ]


def test_a_date_opening_a_line_is_no_clause_number():
    lines = [
        Line(0, 10, 50, 540, "В соответствии с Федеральным законом от", False),
        Line(12, 22, 50, 540, "29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации» и иными", False),
    ]
    assert len(layout.paragraphs_of(lines)) == 1


def test_column_numbers_and_split_rows():
    assert layout.is_column_numbers(["1", "2", "3", "4"]) and not layout.is_column_numbers(["1", "2", "4"])
    header = ["№", "Наименование показателя", "Ед.", "Баллы"]
    assert pdf._split_row(
        header, ["3.1", "Доля педагогов, имеющих высшее педагогичес", "%", "2"], ["", "кое образование", "", ""]
    )
    assert not pdf._split_row(header, ["3.1", "Доля педагогов", "%", "от 50 до 69 %"], ["", "", "", "менее 50 %"])


def test_cell_lines_keep_one_band_a_line_and_rejoin_broken_words():
    assert (
        layout.cell_text("90 % и более — 2 балла\nот 75 до 89 % — 1 балл\nменее 75 % — 0\nбаллов")
        == "90 % и более — 2 балла\nот 75 до 89 % — 1 балл\nменее 75 % — 0 баллов"
    )
    assert (
        layout.cell_text("100 % — 2 балла; от 95 до\n99,9 % — 1 балл;\nменее 95 % — 0 баллов")
        == "100 % — 2 балла; от 95 до 99,9 % — 1 балл; менее 95 % — 0 баллов"
    )
    assert layout.cell_text("Соответстви\nе развивающе\nй среды в\nДОО") == "Соответствие развивающей среды в ДОО"


def test_an_ordinary_docx_is_not_reflowed(tmp_path):
    document = docx.Document()
    for text in (
        "Общие положения",
        "Настоящее Положение определяет порядок.",
        "Цель мониторинга",
        "повышение качества.",
    ) * 4:
        document.add_paragraph(text)
    path = tmp_path / "plain.docx"
    document.save(path)
    read = formats.read_document(path)
    blocks, joins = layout.reflowed(read.document.blocks)
    assert joins == 0 and len(blocks) == 16


def _scaled(path, bands_of_second: str) -> None:
    """A Положение whose criteria name a scale «от 0 до 2 баллов» once; the second indicator's bands as given."""
    document = word.new()
    word.para(document, "Положение о мониторинге качества подготовки обучающихся", bold=True)
    for heading, text in (
        ("Общие положения", "Настоящее Положение определяет порядок мониторинга."),
        ("Цель мониторинга", "Повышение качества подготовки обучающихся."),
        ("Задачи мониторинга", "– получение информации о результатах;"),
    ):
        word.para(document, heading, bold=True)
        word.para(document, text)
    word.para(document, "Показатели мониторинга", bold=True)
    word.table(
        document,
        [
            ["№", "Наименование показателя", "Ед. изм.", "Критерии оценивания"],
            ["1", "Доля обучающихся, выполнивших ВПР", "%", "90 % и более — 2 балла; менее 90 % — 0 баллов"],
            ["2", "Доля выпускников, получивших аттестат", "%", bands_of_second],
        ],
    )
    for heading, text in (
        ("Методы сбора информации", "Анализ отчётов ОО."),
        ("Периодичность и сроки", "Ежегодно, до 1 октября."),
        ("Критерии оценивания", "Каждый показатель оценивается от 0 до 2 баллов."),
    ):
        word.para(document, heading, bold=True)
        word.para(document, text)
    document.save(path)


def test_a_named_scale_is_said_to_lack_bands_only_where_it_does(bare_project, tmp_path):
    path = tmp_path / "scaled.docx"
    _scaled(path, "100 % — 2 балла; менее 100 % — 0 баллов")
    [report] = imported(bare_project, path)
    assert not any("не заполнены" in line for line in report["guessed"]), report["guessed"]
    bare_project.path("regulations/mechanisms/1.1.yaml").unlink()
    _scaled(path, "")
    [report] = imported(bare_project, path)
    assert (
        "раздел «Критерии оценивания»: шкала «от 0 до … баллов» названа без условий для каждого балла; шкалы "
        "показателей 2 не заполнены — дополните" in report["guessed"]
    )


def test_a_missing_part_is_said_to_be_absent_when_no_text_was_left_over(bare_project, tmp_path):
    document = word.new()
    word.para(document, "Положение о мониторинге качества подготовки обучающихся", bold=True)
    word.para(document, "Цель мониторинга", bold=True)
    word.para(document, "Повышение качества подготовки обучающихся.")
    path = tmp_path / "short.docx"
    document.save(path)
    [report] = imported(bare_project, path)
    assert any(
        line.startswith("в документе не найдены части: «задачи», «показатели»")
        and line.endswith("весь остальной текст документа распознан, так что в документе их нет")
        for line in report["guessed"]
    ), report["guessed"]


def test_listnum_fields_without_a_stored_result_are_numbered_as_word_shows_them():
    import io

    from docx.oxml import parse_xml

    from generator.docx.reader import read_docx

    document = docx.Document()
    for instruction, text in (
        ("LISTNUM LegalDefault \\l 1", "Общие положения"),
        ("LISTNUM LegalDefault \\l 2", "Первый"),
        ("LISTNUM LegalDefault \\l 2", "Второй"),
        ("LISTNUM LegalDefault \\l 1", "Цель"),
    ):
        paragraph = document.add_paragraph()
        for run in (
            '<w:fldChar w:fldCharType="begin"/>',
            f'<w:instrText xml:space="preserve"> {instruction} </w:instrText>',
            '<w:fldChar w:fldCharType="end"/>',
        ):
            paragraph._p.append(parse_xml(f'<w:r xmlns:w="{word.W_NS}">{run}</w:r>'))
        paragraph.add_run(text)
    simple = document.add_paragraph()
    simple._p.append(parse_xml(f'<w:fldSimple xmlns:w="{word.W_NS}" w:instr="LISTNUM NumberDefault \\l 1"/>'))
    simple.add_run("пункт")
    buffer = io.BytesIO()
    document.save(buffer)
    assert [p.text for p in read_docx(buffer.getvalue()).blocks] == [
        "1. Общие положения",
        "1.1. Первый",
        "1.2. Второй",
        "2. Цель",
        "1) пункт",
    ]
