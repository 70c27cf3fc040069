"""The one PDF reader of ``lint`` and ``import`` (generator/pdf/): pdfium reads a page's characters and rules,
shaped exactly as pdfminer reads them, so pdfplumber's table and line finders give the same paragraphs and
cells at a fraction of the time; pdfminer never parses a page's content."""

from __future__ import annotations

import pdfplumber
import pytest
from pdfplumber.page import Page

from generator.lint.pdf import read_pdf_blocks
from generator.pdf.reader import CHAR_KEYS, WORD_GAP, PrintedPage, printed_pages
from generator.pdf.text import BOTTOM, TOP
from generator.review.pdf import convert_to_pdf

PLACES = ("x0", "x1", "top", "bottom")


@pytest.fixture
def pdfs(example, libreoffice, tmp_path):
    """A Положение (a ruled indicator table, hyphenated words) and the self-assessment (a chart's rects and
    curves) as LibreOffice prints them."""
    assert example.run("regen", "1.1", "samoocenka").exit_code == 0
    return convert_to_pdf(
        [example.path("output/polozhenie-1.1.docx"), example.path("output/samoocenka.docx")], tmp_path / "pdf"
    )


def _printed(objects: list[dict]) -> list[dict]:
    """Characters and rules in a stable order; pdfium leaves out blank glyphs (a no-break space drawn alone),
    which pdfplumber reads as a word's end either way."""
    shown = [o for o in objects if o.get("object_type") != "char" or o["text"].strip()]
    return sorted(shown, key=lambda o: (round(o["top"], 1), round(o["x0"], 1), o.get("text", ""), round(o["x1"], 1)))


def _same(old: dict, new: dict) -> bool:
    return all(old.get(key) == new.get(key) for key in ("object_type", "text", "fontname", "upright")) and all(
        abs(old[key] - new[key]) < 1e-3 for key in PLACES if key in old
    )


def _as_pdfminer(char: tuple) -> dict:
    """The reader's character with pdfminer's names, to compare."""
    return {**dict(zip(CHAR_KEYS, char)), "object_type": "char"}


def _plumber_page(page: PrintedPage) -> Page:
    """pdfplumber's page for the printed page, on the reader's rules and characters (as pdfminer's dictionaries):
    what pdfplumber's own table reading and line grouping would make of them."""
    rules = page._page  # the reader's pdfplumber page holds the rules pdfium read, not the characters
    chars = [{**_as_pdfminer(char), "doctop": char[TOP], "size": char[BOTTOM] - char[TOP]} for char in page.chars]
    copy = rules.crop(rules.bbox)
    copy._objects = {**rules.objects, "char": chars}
    return copy


def test_pdfium_reads_what_pdfminer_reads(pdfs):
    for path in pdfs:
        with pdfplumber.open(path) as pdf, printed_pages(path) as pages:
            for old, new in zip(pdf.pages, pages, strict=True):
                read = {"char": [_as_pdfminer(char) for char in new.chars], **new._page.objects}
                for kind in ("char", "line", "rect", "curve"):
                    expected, found = _printed(old.objects.get(kind, [])), _printed(read.get(kind, []))
                    assert len(expected) == len(found), (path.name, old.page_number, kind)
                    assert all(_same(a, b) for a, b in zip(expected, found)), (path.name, old.page_number, kind)


def test_no_page_content_goes_through_pdfminer(pdfs, monkeypatch):
    def parsed_by_pdfminer(page):
        raise AssertionError("pdfminer parsed a page's content")

    monkeypatch.setattr(Page, "parse_objects", parsed_by_pdfminer)
    blocks = read_pdf_blocks(pdfs[0])
    assert any(block.in_table for block in blocks) and any(not block.in_table for block in blocks)


def test_cells_read_as_pdfplumber_reads_them(pdfs):
    """Each table's cells from the characters whose middle is in the cell, as pdfplumber's own ``Table.extract``
    reads them on the same page: merged cells None, empty cells empty, the rows in order."""
    compared = 0
    for path in pdfs:
        with printed_pages(path) as pages:
            for page in pages:
                tables = page.tables()
                expected = [table.extract(x_tolerance=WORD_GAP) for table in _plumber_page(page).find_tables()]
                assert [table.rows for table in tables] == expected, (path.name, page._page.page_number)
                compared += sum(len(row) for table in tables for row in table.rows)
    assert compared > 50  # the indicator table's cells, at least


def test_lines_read_as_pdfplumber_reads_them(pdfs):
    """The text lines, outside the tables and all of them with their characters, as pdfplumber's
    ``extract_text_lines`` groups the same characters."""
    compared = 0
    for path in pdfs:
        with printed_pages(path) as pages:
            for page in pages:
                plumber = _plumber_page(page)
                everything = plumber.extract_text_lines(x_tolerance=WORD_GAP, return_chars=True)
                expected = [{**line, "chars": [_keyed(c) for c in line["chars"]]} for line in everything]
                assert page.lines(chars=True) == [line for line in expected if line["text"].strip()]
                outside = plumber
                for table in plumber.find_tables():
                    outside = outside.outside_bbox(table.bbox)
                expected = outside.extract_text_lines(x_tolerance=WORD_GAP, return_chars=False)
                assert page.lines(outside_tables=True) == [line for line in expected if line["text"].strip()]
                compared += len(expected)
    assert compared > 100


def _keyed(char: dict) -> dict:
    return {key: char[key] for key in CHAR_KEYS}
