"""The instruction sheet of a collection workbook (how to fill it; every indicator's passport, labelled by the
passport's own field titles) and its very hidden stamp sheet."""

from __future__ import annotations

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from schemas.regulation import Calculation, Indicator

from ..monitoring.columns import FormPlan
from ..monitoring.selection import whom
from ..russian.morphology import and_joined
from ..russian.scale import band_line

STAMP_KEYS = ("механизм", "год", "паспорта показателей")
"""The stamp's rows, under its first line: the mechanism's code, the year, the passports' digest; then a row per
indicator, its code and its own digest."""
STAMP_NOTE = "Служебный лист msoko: по нему msoko узнаёт книгу при сборе данных. Не изменяйте его."
PASSPORT_FIELDS = (
    "unit",
    "type",
    "calculation.numerator",
    "calculation.denominator",
    "calculation.formula",
    "calculation.period",
    "source",
    "method",
    "periodicity",
    "deadline",
    "level",
    "whom",
    "responsible",
    "target",
    "scoring",
)
WHOM = "кто заполняет"


LABEL_WIDTH, TEXT_WIDTH = 24, 72
"""Characters a line of each column holds: together one portrait A4 page wide."""
LINE_POINTS = 15


def write_instruction(sheet: Worksheet, book: Workbook, plan: FormPlan, protection: dict) -> None:
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    wrapped = book.add_format({"text_wrap": True, "valign": "top"})
    sheet.set_column(0, 0, LABEL_WIDTH)
    sheet.set_column(1, 1, TEXT_WIDTH)
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    row = 0
    for line in _guidance(plan):
        _across(sheet, row, line, bold if row == 0 else wrapped)
        row += 1
    indicators = {column.code: column.indicator for column in plan.columns}
    for indicator in indicators.values():
        _across(sheet, row + 1, f"Показатель {indicator.code}. {indicator.name}", bold)
        row += 2
        for label, text in passport_lines(indicator):
            sheet.write_string(row, 0, label, wrapped)
            sheet.write_string(row, 1, text, wrapped)
            sheet.set_row(row, _height(text, TEXT_WIDTH))
            row += 1
    sheet.protect("", protection)


def _across(sheet: Worksheet, row: int, text: str, style: object) -> None:
    """A line of text over both columns, as tall as its wrapped lines (no program sets that height by itself)."""
    sheet.merge_range(row, 0, row, 1, text, style)
    sheet.set_row(row, _height(text, LABEL_WIDTH + TEXT_WIDTH))


def _height(text: str, width: int) -> float:
    return LINE_POINTS * max(1, -(-len(text) * 11 // (10 * width)))  # a tenth more for words that do not fit


def _guidance(plan: FormPlan) -> list[str]:
    whole = next((row for row in plan.rows if row.is_municipality), None)
    lines = [
        "Инструкция по заполнению",
        f"Книга для сбора данных мониторинга за {plan.year} год по механизму {plan.mechanism} «{plan.title}».",
        "Заполните на листе «Показатели» строку своей организации.",
    ]
    if whole is not None:
        lines.append(f"Строку «{whole.short_name}» заполняет управление образования по данным округа в целом.")
        lines += _breakdown_guidance(plan, whole.short_name)
    return lines + [
        "Серые ячейки не заполняются: показатель к организации не относится.",
        "Числитель, знаменатель и число человек или единиц — целые числа не меньше 0; числитель не больше "
        "знаменателя. Вводите только число, без слов и единиц измерения: «12», а не «12 чел.». Ответ «да» или «нет» "
        "выбирается из списка.",
        "Не изменяйте заголовки, не переименовывайте листы, не добавляйте листы, строки и столбцы и не объединяйте "
        "ячейки: книгу читает программа, и каждое отступление она назовёт с адресом ячейки.",
        "Источник данных, отчётный период и срок представления каждого показателя указаны в его паспорте ниже.",
    ]


def _breakdown_guidance(plan: FormPlan, whole: str) -> list[str]:
    """Who fills the organizations' rows of a municipal indicator broken down by them (the УО, said first), how, and
    what the округ's row is then: left empty, the sums of theirs; filled, equal to them."""
    if not plan.breakdowns:
        return []
    codes = list(plan.breakdowns)
    counted = [code for code in codes if code in plan.counted]
    summed = [code for code in codes if code not in plan.counted]
    lines = [
        f"{_columns(codes)} заполняет управление образования в своей книге: в строках всех организаций и в строке "
        f"«{whole}». Организации эти столбцы не заполняют."
    ]
    if counted:
        lines.append(
            f"{_by(counted)} в строке каждой организации — 1 или 0. В числителе 1 — организация входит в число, "
            "названное в числителе, иначе 0; в знаменателе 1 — входит в число, названное в знаменателе, иначе 0; у "
            "организации, не входящей в знаменатель, — 0 и 0."
        )
    if summed:
        lines.append(f"{_by(summed)} в строке каждой организации — её числитель и знаменатель, целые числа.")
    lines.append(
        "Строки организаций по такому показателю заполняются все или ни одной. В строке "
        f"«{whole}» ячейки такого показателя можно оставить пустыми: тогда числитель и знаменатель по округу — суммы "
        "по строкам организаций; если они заполнены, то должны быть равны этим суммам."
    )
    return lines


def _columns(codes: list[str]) -> str:
    """«Столбцы показателя 1.1.3», «Столбцы показателей 2.1.3, 2.1.4 и 2.1.5»."""
    return f"Столбцы показателя {codes[0]}" if len(codes) == 1 else f"Столбцы показателей {and_joined(codes)}"


def _by(codes: list[str]) -> str:
    """«По показателю 2.1.4», «По показателям 2.1.3, 2.1.4 и 2.1.5»."""
    return f"По показателю {codes[0]}" if len(codes) == 1 else f"По показателям {and_joined(codes)}"


def passport_lines(indicator: Indicator) -> list[tuple[str, str]]:
    """(label, text) for each filled field of the passport, labelled by the field's own title."""
    lines = []
    for name in PASSPORT_FIELDS:
        owner, value = _field(indicator, name)
        if name == "whom":
            label, text = WHOM, whom(indicator)
        elif name == "scoring":
            label, text = _title(owner, name), "; ".join(band_line(band, indicator.unit) for band in indicator.scoring)
        else:
            label, text = _title(owner, name), str(value)
        if text:
            lines.append((label[:1].upper() + label[1:], text))
    return lines


def _field(indicator: Indicator, name: str) -> tuple[type, object]:
    if name.startswith("calculation."):
        field = name.partition(".")[2]
        return Calculation, getattr(indicator.calculation, field)
    return Indicator, getattr(indicator, name, None)


def _title(owner: type, name: str) -> str:
    return owner.model_fields[name.rpartition(".")[2]].title or name  # type: ignore[attr-defined]


def write_stamp(sheet: Worksheet, plan: FormPlan) -> None:
    sheet.write_string(0, 0, STAMP_NOTE)
    pairs = [*zip(STAMP_KEYS, (plan.mechanism, str(plan.year), plan.stamp)), *plan.indicator_stamps.items()]
    for row, (key, value) in enumerate(pairs, start=1):
        sheet.write_string(row, 0, key)
        sheet.write_string(row, 1, value)
    sheet.very_hidden()
    sheet.protect()
