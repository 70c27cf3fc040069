"""``msoko lint``: ГОСТ Р 7.0.97-2025 conformance of any DOCX, generated here or typed by hand.

Findings are located by paragraph number (the «line» of ``file:line:col``) and quote the paragraph."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from schemas.diagnostics import Diagnostic, Location, Severity

from ..docx.oxml import TWIPS_PER_MM, w

A4_TWIPS = (11906, 16838)
MIN_MARGINS_MM = {"left": 20, "right": 10, "top": 20, "bottom": 20}
BODY_SIZES = (12, 14)
TABLE_MIN_SIZE = 10
FONTS = {"Times New Roman", "Arial", "Verdana", "Calibri", "Liberation Serif", "Liberation Sans",
         "PT Serif", "PT Astra Serif", "PT Sans"}
ACT_KINDS = {"ПРИКАЗ", "ПОСТАНОВЛЕНИЕ", "РАСПОРЯЖЕНИЕ", "РЕШЕНИЕ"}
APPROVED_KINDS = ("ПОЛОЖЕНИЕ", "КОНЦЕПЦИЯ", "ПЛАН", "ПОРЯДОК", "ПРАВИЛА", "ИНСТРУКЦИЯ", "РЕГЛАМЕНТ", "ПРОГРАММА",
                  "РЕЗУЛЬТАТЫ")
DATE = r"(\d{2}\.\d{2}\.\d{4}|\d{1,2}\s+[а-я]+\s+\d{4}\s*г\.)"
NUMBER = r"№\s*\S+"
INITIALS = re.compile(r"[А-ЯЁ]\.\s?[А-ЯЁ]\.([\s\u00a0]?)[А-ЯЁ][а-яё]+")
INSTRUMENTAL = re.compile(r"^(приказом|постановлением|распоряжением|решением)\b", re.IGNORECASE)
TO_ACT = re.compile(r"^к\s+(приказу|постановлению|распоряжению|решению)\b", re.IGNORECASE)


@dataclass
class Paragraph:
    number: int
    text: str
    style: str
    sizes: set[float]
    fonts: set[str]
    in_table: bool


class Findings:
    def __init__(self, display: str) -> None:
        self.display = display
        self.items: list[Diagnostic] = []

    def add(self, paragraph: Paragraph | None, message: str, severity: Severity = Severity.ERROR) -> None:
        if paragraph is None:
            location = Location(self.display, 1, 1)
        else:
            quote = paragraph.text.strip()
            quote = quote if len(quote) <= 40 else quote[:39] + "…"
            location = Location(self.display, paragraph.number, 1)
            message = f"абзац {paragraph.number} «{quote}»: {message}"
        self.items.append(Diagnostic(location, severity, message, code="lint"))


def lint_file(path: Path, display: str) -> list[Diagnostic]:
    findings = Findings(display)
    try:
        with zipfile.ZipFile(path) as archive:
            document = etree.fromstring(archive.read("word/document.xml"))
            styles = etree.fromstring(archive.read("word/styles.xml")) if "word/styles.xml" in archive.namelist() else None
    except FileNotFoundError:
        findings.add(None, "файл не найден")
        return findings.items
    except (zipfile.BadZipFile, KeyError, OSError, etree.XMLSyntaxError):
        findings.add(None, "файл не является документом Word (.docx) или повреждён")
        return findings.items
    paragraphs = _paragraphs(document, _StyleSheet(styles))
    _page_setup(document, findings)
    _fonts(paragraphs, findings)
    if _is_act(paragraphs):
        _act_requisites(paragraphs, findings)
    else:
        _document_requisites(paragraphs, findings)
    return findings.items


def _page_setup(document: etree._Element, findings: Findings) -> None:
    sections = document.findall(f".//{w('sectPr')}")
    if not sections:
        findings.add(None, "нет параметров страницы: Word возьмёт формат Letter, а не A4")
    for index, section in enumerate(sections, start=1):
        size = section.find(w("pgSz"))
        width, height = (int(size.get(w("w"), 0)), int(size.get(w("h"), 0))) if size is not None else (12240, 15840)
        if sorted((width, height)) != sorted(A4_TWIPS) and not _close(sorted((width, height)), sorted(A4_TWIPS)):
            findings.add(None, f"раздел {index}: формат страницы {width / TWIPS_PER_MM:.0f} × {height / TWIPS_PER_MM:.0f} мм, "
                               "а нужен A4 (210 × 297 мм)")
        margins = section.find(w("pgMar"))
        for side, minimum in MIN_MARGINS_MM.items():
            value = int(margins.get(w(side), 0)) / TWIPS_PER_MM if margins is not None else 25.4
            if value + 0.3 < minimum:
                names = {"left": "левое", "right": "правое", "top": "верхнее", "bottom": "нижнее"}
                findings.add(None, f"раздел {index}: {names[side]} поле {value:.0f} мм, а по ГОСТ — не менее {minimum} мм")


def _close(actual: list[int], expected: tuple[int, ...] | list[int]) -> bool:
    return all(abs(a - e) <= 30 for a, e in zip(actual, expected))


def _fonts(paragraphs: list[Paragraph], findings: Findings) -> None:
    """One finding per wrong size (where it first occurs and how often), one per unusual font."""
    wrong_sizes: dict[tuple[float, bool], list[Paragraph]] = {}
    reported_fonts: set[str] = set()
    for paragraph in paragraphs:
        if not paragraph.text.strip():
            continue
        low, high = (TABLE_MIN_SIZE, BODY_SIZES[1]) if paragraph.in_table else BODY_SIZES
        for size in sorted(size for size in paragraph.sizes if not low <= size <= high):
            wrong_sizes.setdefault((size, paragraph.in_table), []).append(paragraph)
        for font in sorted(paragraph.fonts - FONTS - reported_fonts):
            reported_fonts.add(font)
            findings.add(paragraph, f"шрифт «{font}» не из рекомендованных (Times New Roman, Arial, Calibri …)",
                         Severity.WARNING)
    for (size, in_table), where in wrong_sizes.items():
        low, high = (TABLE_MIN_SIZE, BODY_SIZES[1]) if in_table else BODY_SIZES
        place = "в таблицах " if in_table else ""
        count = f" (абзацев с таким шрифтом: {len(where)})" if len(where) > 1 else ""
        findings.add(where[0], f"размер шрифта {place}{_points(size)} пт, а допустимо {low}–{high} пт{count}")


def _points(size: float) -> str:
    return f"{size:g}".replace(".", ",")


def _is_act(paragraphs: list[Paragraph]) -> bool:
    return any(_compact(p.text) in ACT_KINDS for p in paragraphs[:15])


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


def _act_requisites(paragraphs: list[Paragraph], findings: Findings) -> None:
    body = [p for p in paragraphs if not p.in_table]
    kind_index = next(i for i, p in enumerate(body) if _compact(p.text) in ACT_KINDS)
    head = body[kind_index + 1:kind_index + 6]
    dated = next((p for p in head if re.search(DATE, p.text) and "№" in p.text), None)
    if dated is None:
        findings.add(body[kind_index], "после вида документа нет даты и регистрационного номера («15.03.2021 … № 112»)")
    else:
        _number_sign(dated, findings)
    title = next((p for p in body[kind_index + 1:kind_index + 8] if re.match(r"^(О|Об)\s", p.text.strip())), None)
    if title is None:
        findings.add(body[kind_index], "нет заголовка к тексту: он начинается с «О» или «Об» и отвечает на вопрос «о чём?»")
    elif title.text.rstrip().endswith("."):
        findings.add(title, "в конце заголовка к тексту точка не ставится")
    _signature(body, findings)


def _number_sign(paragraph: Paragraph, findings: Findings) -> None:
    if re.search(r"№\S", paragraph.text):
        findings.add(paragraph, "после знака «№» нужен пробел", Severity.WARNING)


def _signature(body: list[Paragraph], findings: Findings) -> None:
    tail = [p for p in body[-10:] if p.text.strip()]
    signed = next((p for p in reversed(tail) if INITIALS.search(p.text)), None)
    if signed is None:
        findings.add(tail[-1] if tail else None, "нет подписи: должность и инициалы с фамилией («А.А. Иванов»)")
        return
    if re.search(r" {3,}", signed.text):
        findings.add(signed, "подпись выровнена пробелами; используйте табуляцию или таблицу", Severity.WARNING)
    if INITIALS.search(signed.text).group(1) != "\u00a0":
        findings.add(signed, "инициалы и фамилию связывает неразрывный пробел", Severity.WARNING)


def _document_requisites(paragraphs: list[Paragraph], findings: Findings) -> None:
    body = [p for p in paragraphs if not p.in_table]
    title_index = next((i for i, p in enumerate(body[:25]) if p.text.strip().upper().startswith(APPROVED_KINDS)), None)
    if title_index is None:
        findings.add(body[0] if body else None, "нет заголовка документа (ПОЛОЖЕНИЕ, КОНЦЕПЦИЯ, ПЛАН …)")
        return
    title = body[title_index]
    subtitle = body[title_index + 1] if title_index + 1 < len(body) else None
    for part in (title, subtitle):
        if part is not None and part.text.rstrip().endswith("."):
            findings.add(part, "в конце заголовка документа точка не ставится")
    _approval_stamp(body[:title_index], title, findings)
    _appendix_mark(body[:title_index], findings)


def _approval_stamp(before: list[Paragraph], title: Paragraph, findings: Findings) -> None:
    index = next((i for i, p in enumerate(before) if re.match(r"^УТВЕРЖД", p.text.strip(), re.IGNORECASE)), None)
    if index is None:
        findings.add(title, "нет грифа утверждения («УТВЕРЖДЕНО / приказом … от … № …») в правом верхнем углу")
        return
    stamp = before[index]
    word = stamp.text.strip()
    if word != word.upper():
        findings.add(stamp, "слово грифа пишется прописными буквами: «УТВЕРЖДЕНО»")
    from ..russian import approval_word

    expected = approval_word(title.text.strip().split(" ")[0].capitalize())
    if word.upper() != expected:
        findings.add(stamp, f"гриф не согласован с видом документа «{title.text.strip().split(' ')[0]}»: нужно «{expected}»")
    following = " ".join(p.text.strip() for p in before[index + 1:index + 4])
    if not INSTRUMENTAL.match(following) or not re.search(DATE + r"\s*" + NUMBER, following):
        findings.add(stamp, "после слова грифа нужны утверждающий документ в творительном падеже, дата и номер "
                            "(«приказом … от 15.03.2021 № 112»)")


def _appendix_mark(before: list[Paragraph], findings: Findings) -> None:
    index = next((i for i, p in enumerate(before) if p.text.strip().startswith("Приложение")), None)
    if index is None:
        return
    mark = before[index]
    following = " ".join(p.text.strip() for p in before[index + 1:index + 3])
    if not TO_ACT.match(following) or not re.search(DATE + r"\s*" + NUMBER, following):
        findings.add(mark, "отметка о приложении: нужно «к приказу … от 15.03.2021 № 112»")
        return
    stamp_text = " ".join(p.text for p in before[index + 3:])
    mark_date = re.search(DATE + r"\s*(" + NUMBER + ")", following)
    stamp_date = re.search(DATE + r"\s*(" + NUMBER + ")", stamp_text)
    if mark_date and stamp_date and _normal(mark_date.group(0)) != _normal(stamp_date.group(0)):
        findings.add(mark, "дата и номер в отметке о приложении и в грифе утверждения не совпадают")


def _normal(text: str) -> str:
    return re.sub(r"\s+", "", text)


class _StyleSheet:
    """Effective run properties through the style chain, down to the document defaults."""

    def __init__(self, styles: etree._Element | None) -> None:
        self.styles = {s.get(w("styleId")): s for s in styles.iterfind(w("style"))} if styles is not None else {}
        defaults = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}") if styles is not None else None
        self.default_size = _size(defaults) or 10.0
        self.default_font = _font(defaults)
        default_paragraph = next((s for s in self.styles.values()
                                  if s.get(w("type")) == "paragraph" and s.get(w("default")) == "1"), None)
        self.default_style = default_paragraph.get(w("styleId")) if default_paragraph is not None else None

    def resolve(self, style_id: str | None, attribute) -> object:
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            value = attribute(self.styles[style_id].find(w("rPr")))
            if value:
                return value
            based = self.styles[style_id].find(w("basedOn"))
            style_id = based.get(w("val")) if based is not None else None
        return None


def _size(run_properties: etree._Element | None) -> float | None:
    node = run_properties.find(w("sz")) if run_properties is not None else None
    return int(node.get(w("val"))) / 2 if node is not None and node.get(w("val")) else None


def _font(run_properties: etree._Element | None) -> str | None:
    node = run_properties.find(w("rFonts")) if run_properties is not None else None
    return node.get(w("ascii")) if node is not None else None


def _paragraphs(document: etree._Element, sheet: _StyleSheet) -> list[Paragraph]:
    body = document.find(w("body"))
    result = []
    for number, element in enumerate(body.iter(w("p")), start=1):
        style_node = element.find(f"{w('pPr')}/{w('pStyle')}")
        style = style_node.get(w("val")) if style_node is not None else sheet.default_style
        sizes, fonts, texts = set(), set(), []
        for run in element.iter(w("r")):
            text = "".join(t.text or "" for t in run.iter(w("t")))
            texts.append(text)
            if not text.strip():
                continue
            properties = run.find(w("rPr"))
            character_style = properties.find(w("rStyle")) if properties is not None else None
            character = character_style.get(w("val")) if character_style is not None else None
            sizes.add(_size(properties) or sheet.resolve(character, _size) or sheet.resolve(style, _size)
                      or sheet.default_size)
            font = _font(properties) or sheet.resolve(character, _font) or sheet.resolve(style, _font) or sheet.default_font
            if font:
                fonts.add(font)
        in_table = any(ancestor.tag == w("tc") for ancestor in element.iterancestors())
        result.append(Paragraph(number, "".join(texts), style or "", sizes, fonts, in_table))
    return result
