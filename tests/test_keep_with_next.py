"""A heading or a lead-in («Руководителям ОО:», «Объектами оценки являются:») never stands alone at the foot of a
page: each is kept with the paragraph after it, in the DOCX (``w:keepNext``, directly or by its style) and on
the pages LibreOffice lays out."""

from __future__ import annotations

import re
import subprocess

import pytest

from generator.review.pdf import convert_to_pdf
from tests.conftest import ExampleProject
from tests.docx_reader import NS, Docx, q

KEPT_STYLES = ("Heading1", "Heading2", "TableCaption", "DocTitle", "DocSubtitle", "ActTitle", "Resolve")
LONG_DOCUMENTS = ("polozhenie-msoko", "koncepciya", "polozhenie-1.1", "polozhenie-2.1", "prikaz-2021-112")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    project = ExampleProject(tmp_path_factory.mktemp("keep") / "project")
    result = project.run("regen", "all")
    assert result.exit_code == 0, result.output
    return project


def _kept_by_style(doc: Docx, style: str) -> bool:
    return bool(doc.styles.xpath(f"w:style[@w:styleId='{style}']/w:pPr/w:keepNext", namespaces=NS))


def _must_keep(style: str, text: str) -> bool:
    return style in KEPT_STYLES or text.rstrip().endswith(":")


def test_headings_and_lead_ins_keep_with_next_in_the_xml(generated):
    loose = []
    for path in sorted(generated.path("output").glob("*.docx")):
        doc = Docx(path)
        paragraphs = doc.paragraphs()
        for paragraph in paragraphs[:-1]:
            if not paragraph.text.strip() or not _must_keep(paragraph.style, paragraph.text):
                continue
            direct = paragraph.element.find(f"{q('pPr')}/{q('keepNext')}") is not None
            if not (direct or _kept_by_style(doc, paragraph.style)):
                loose.append(f"{path.name}: «{paragraph.text[:60]}»")
    assert not loose, loose


def test_the_check_sees_a_lead_in_left_loose(generated):
    """The test above can fail: a lead-in without keepNext is found."""
    doc = Docx(generated.path("output/prikaz-2021-112.docx"))
    [lead_in] = [p for p in doc.paragraphs() if p.text == "Утвердить:"]
    lead_in.element.find(q("pPr")).remove(lead_in.element.find(f"{q('pPr')}/{q('keepNext')}"))
    assert not _kept_by_style(doc, lead_in.style)


def _pages(pdf) -> list[list[str]]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")]


def _ends_a_page_alone(last: str, headings: list[str]) -> bool:
    """Whether a page's last line is a lead-in, or a heading (or the start of one)."""
    bare = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", " ".join(last.split()))
    if bare.endswith(":"):
        return True
    return any(heading.startswith(bare) or heading.endswith(bare) for heading in headings if len(bare) > 8)


def test_no_heading_or_lead_in_at_the_foot_of_a_page(generated, libreoffice, tmp_path):
    paths = [generated.path(f"output/{name}.docx") for name in LONG_DOCUMENTS]
    found = []
    for pdf in convert_to_pdf(paths, tmp_path):
        doc = Docx(generated.path(f"output/{pdf.stem}.docx"))
        headings = [" ".join(p.text.split()) for p in doc.paragraphs() if p.style in ("Heading1", "Heading2")]
        pages = [page for page in _pages(pdf) if page]
        assert len(pages) > 1, pdf.stem
        for number, page in enumerate(pages[:-1], 1):
            if _ends_a_page_alone(page[-1], headings):
                found.append(f"{pdf.stem}, с. {number}: «{page[-1]}»")
    assert not found, found


def test_a_heading_at_a_page_foot_is_seen():
    headings = ["Задачи муниципальной системы оценки качества образования"]
    assert _ends_a_page_alone("3. Задачи муниципальной системы оценки", headings)
    assert _ends_a_page_alone("2.1. Руководителям образовательных организаций:", headings)
    assert not _ends_a_page_alone("3.1. Информационное обеспечение мониторинга;", headings)
