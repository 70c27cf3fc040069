"""Turning a typed DOCX into what municipalities actually send: .doc/.odt/.rtf and PDF through LibreOffice
(headless, with a profile of its own), and a scan: the PDF's pages rendered to images and bound back into an
image-only PDF. Also the Word markup python-docx has no call for: page fields, content controls, SEQ fields,
tracked changes."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx.oxml import parse_xml
from PIL import Image

from .word import W_NS

PROFILE = Path(tempfile.gettempdir()) / f"msoko-corpus-lo-{os.getpid()}"


def convert(source: Path, target: Path) -> Path:
    """``source`` converted by LibreOffice to ``target``'s format («doc», «odt», «rtf», «pdf», «txt»)."""
    fmt = {".txt": "txt:Text (encoded):UTF8"}.get(target.suffix, target.suffix[1:])
    with tempfile.TemporaryDirectory(prefix="msoko-corpus-") as staging:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless", "--norestore",
                        "--convert-to", fmt, "--outdir", staging, str(source)],
                       check=True, capture_output=True, timeout=180)
        produced = Path(staging) / f"{source.stem}{target.suffix}"
        if not produced.exists():
            raise RuntimeError(f"LibreOffice did not write {produced.name} from {source.name}")
        shutil.move(produced, target)
    return target


def scan(pdf: Path, target: Path, gray: bool = False, skew: float = 0.0) -> Path:
    """An image-only PDF of ``pdf``: each page rendered at 300 dpi (pdftoppm), turned by ``skew`` degrees as a
    page lies crooked on the glass, and bound back with Pillow — no text layer at all."""
    with tempfile.TemporaryDirectory(prefix="msoko-scan-") as staging:
        colour = ["-gray"] if gray else []
        subprocess.run(["pdftoppm", "-r", "300", *colour, "-png", str(pdf), f"{staging}/page"],
                       check=True, capture_output=True, timeout=300)
        pages = []
        for png in sorted(Path(staging).glob("page*.png")):
            with Image.open(png) as image:
                page = image.convert("L" if gray else "RGB")
            if skew:
                page = page.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor="white")
            pages.append(page)
        pages[0].save(target, "PDF", resolution=300.0, save_all=True, append_images=pages[1:])
    return target


def field_runs(instruction: str, shown: str) -> str:
    """A complex field (begin, instruction, separate, the last result Word showed, end) as run XML."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{shown}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def append_runs(paragraph, xml: str) -> None:
    for run in parse_xml(f'<w:p xmlns:w="{W_NS}">{xml}</w:p>'):
        paragraph._p.append(run)


def page_header(document, prefix: str = "Страница ") -> None:
    """«Страница N из M» in every page's header, by PAGE and NUMPAGES fields."""
    paragraph = document.sections[0].header.paragraphs[0]
    paragraph.alignment = 1
    paragraph.add_run(prefix)
    append_runs(paragraph, field_runs("PAGE", "1"))
    paragraph.add_run(" из ")
    append_runs(paragraph, field_runs("NUMPAGES", "1"))


def repeat_header_row(table) -> None:
    """The table's first row repeated at the top of every page it continues on."""
    properties = table.rows[0]._tr.get_or_add_trPr()
    properties.append(parse_xml(f'<w:tblHeader xmlns:w="{W_NS}"/>'))


def content_control(alias: str, paragraphs, placeholder: bool = False) -> None:
    """Moves ``paragraphs`` (and tables) of the body into one block content control titled ``alias``; a
    ``placeholder`` control shows the template's prompt instead of text typed into it."""
    elements = [block._p if hasattr(block, "_p") else block._tbl for block in paragraphs]
    sdt = parse_xml(f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
                    f'<w:id w:val="{sum(map(ord, alias))}"/>{"<w:showingPlcHdr/>" if placeholder else ""}</w:sdtPr>'
                    f'<w:sdtContent/></w:sdt>')
    elements[0].addprevious(sdt)
    content = sdt[1]
    for element in elements:
        content.append(element)


def tracked(kind: str, revision: int, author: str, text: str, date: str = "2023-02-14T10:21:00Z") -> str:
    """An inserted («ins») or deleted («del») run by ``author``, as Word records it under «Исправления». Its id
    is ``revision`` + 100: annotation ids are shared with comments, which python-docx numbers from 0."""
    tag = "delText" if kind == "del" else "t"
    return (f'<w:{kind} w:id="{100 + revision}" w:author="{author}" w:date="{date}"><w:r>'
            f'<w:{tag} xml:space="preserve">{text}</w:{tag}></w:r></w:{kind}>')


def plain(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
