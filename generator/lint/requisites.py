"""ГОСТ Р 7.0.97-2025 requisites: an act's kind, date and number, title and signature; a document's title,
approval stamp and appendix mark."""

from __future__ import annotations

import re
from typing import Iterator

from ..messages import lint as say
from .document import LintDocument, Passage
from .registry import Finding, check

ACT_KINDS = {"ПРИКАЗ", "ПОСТАНОВЛЕНИЕ", "РАСПОРЯЖЕНИЕ", "РЕШЕНИЕ"}
APPROVED_KINDS = (
    "ПОЛОЖЕНИЕ",
    "КОНЦЕПЦИЯ",
    "ПЛАН",
    "ПОРЯДОК",
    "ПРАВИЛА",
    "ИНСТРУКЦИЯ",
    "РЕГЛАМЕНТ",
    "ПРОГРАММА",
    "РЕЗУЛЬТАТЫ",
    "АНАЛИТИЧЕСКАЯ СПРАВКА",
)
LETTER_HEADING = "ОБ АДРЕСНЫХ РЕКОМЕНДАЦИЯХ"
"""A letter's heading to its text, one paragraph (ГОСТ Р 7.0.97-2025): no subtitle follows it."""
LETTER_KINDS = (LETTER_HEADING, "АДРЕСНЫЕ РЕКОМЕНДАЦИИ")
"""Documents sent to an addressee rather than approved: an addressee top right instead of the stamp. A letter is
found by its heading to the text («Об адресных рекомендациях …», ГОСТ Р 7.0.97-2025) or by the title letters had
before it."""
ADDRESSEE = re.compile(r"^(Руководителю|Директору|Заведующему|Начальнику)\s")
DATE = r"(\d{2}\.\d{2}\.\d{4}|\d{1,2}\s+[а-я]+\s+\d{4}\s*г\.)"
NUMBER = r"№\s*\S+"
INITIALS = re.compile(r"[А-ЯЁ]\.\s?[А-ЯЁ]\.[\s\u00a0]?[А-ЯЁ][а-яё]+")
INSTRUMENTAL = re.compile(r"^(приказом|постановлением|распоряжением|решением)\b", re.IGNORECASE)
TO_ACT = re.compile(r"^к\s+(приказу|постановлению|распоряжению|решению)\b", re.IGNORECASE)
HEAD_SCAN = 15
TITLE_SCAN = 25


def body(document: LintDocument) -> list[Passage]:
    return [p for p in document.passages if not p.in_table]


def act_kind_index(passages: list[Passage]) -> int | None:
    return next((i for i, p in enumerate(passages[:HEAD_SCAN]) if _compact(p.text) in ACT_KINDS), None)


def title_index(passages: list[Passage]) -> int | None:
    return next(
        (
            i
            for i, p in enumerate(passages[:TITLE_SCAN])
            if p.text.strip().upper().startswith(APPROVED_KINDS + LETTER_KINDS)
        ),
        None,
    )


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


@check(layout=True)
def requisites(document: LintDocument) -> Iterator[Finding]:
    passages = body(document)
    kind = act_kind_index(passages)
    if kind is not None:
        yield from _act_requisites(passages, kind)
    else:
        yield from _document_requisites(passages)


def _act_requisites(passages: list[Passage], kind_index: int) -> Iterator[Finding]:
    head = passages[kind_index + 1 : kind_index + 6]
    dated = next((p for p in head if re.search(DATE, p.text) and "№" in p.text), None)
    if dated is None:
        yield Finding(
            "act-date-number",
            passages[kind_index],
            say.ACT_DATE_NUMBER,
        )
    elif re.search(r"№\S", dated.text):
        yield Finding("number-sign", dated, say.NUMBER_SIGN)
    title = next((p for p in passages[kind_index + 1 : kind_index + 8] if re.match(r"^(О|Об)\s", p.text.strip())), None)
    if title is None:
        yield Finding(
            "act-title",
            passages[kind_index],
            say.ACT_TITLE,
        )
    elif title.text.rstrip().endswith("."):
        yield Finding("title-full-stop", title, say.ACT_TITLE_FULL_STOP)
    yield from _signature(passages)


def _signature(passages: list[Passage]) -> Iterator[Finding]:
    tail = [p for p in passages[-10:] if p.text.strip()]
    signed = next((p for p in reversed(tail) if INITIALS.search(p.text)), None)
    if signed is None:
        yield Finding("signature", tail[-1] if tail else None, say.SIGNATURE)
    elif re.search(r" {3,}", signed.text):
        yield Finding("signature-spaces", signed, say.SIGNATURE_SPACES)


def _document_requisites(passages: list[Passage]) -> Iterator[Finding]:
    index = title_index(passages)
    if index is None:
        yield Finding(
            "document-title",
            passages[0] if passages else None,
            say.DOCUMENT_TITLE,
        )
        return
    title = passages[index]
    letter = title.text.strip().upper().startswith(LETTER_HEADING)
    subtitle = passages[index + 1] if index + 1 < len(passages) and not letter else None
    for part in (title, subtitle):
        if part is not None and part.text.rstrip().endswith("."):
            yield Finding("title-full-stop", part, say.DOCUMENT_TITLE_FULL_STOP)
    if title.text.strip().upper().startswith(LETTER_KINDS):
        if not any(ADDRESSEE.match(p.text.strip()) for p in passages[:index]):
            yield Finding("addressee", title, say.ADDRESSEE)
        return
    yield from _approval_stamp(passages[:index], title)
    yield from _appendix_mark(passages[:index])


def _approval_stamp(before: list[Passage], title: Passage) -> Iterator[Finding]:
    from ..russian import approval_word

    index = next((i for i, p in enumerate(before) if re.match(r"^УТВЕРЖД", p.text.strip(), re.IGNORECASE)), None)
    if index is None:
        yield Finding("stamp", title, say.STAMP)
        return
    stamp = before[index]
    word = stamp.text.strip()
    if word != word.upper():
        yield Finding("stamp-case", stamp, say.STAMP_CASE)
    kind = title.text.strip().split(" ")[0]
    expected = approval_word(kind.capitalize())
    if word.upper() != expected:
        yield Finding("stamp-agreement", stamp, say.STAMP_AGREEMENT.format(kind=kind, expected=expected))
    following = " ".join(p.text.strip() for p in before[index + 1 : index + 4])
    if not INSTRUMENTAL.match(following) or not re.search(DATE + r"\s*" + NUMBER, following):
        yield Finding(
            "stamp",
            stamp,
            say.STAMP_ACT,
        )


def _appendix_mark(before: list[Passage]) -> Iterator[Finding]:
    index = next((i for i, p in enumerate(before) if p.text.strip().startswith("Приложение")), None)
    if index is None:
        return
    mark = before[index]
    following = " ".join(p.text.strip() for p in before[index + 1 : index + 3])
    if not TO_ACT.match(following) or not re.search(DATE + r"\s*" + NUMBER, following):
        yield Finding("appendix-mark", mark, say.APPENDIX_MARK)
        return
    stamp_text = " ".join(p.text for p in before[index + 3 :])
    mark_date = re.search(DATE + r"\s*(" + NUMBER + ")", following)
    stamp_date = re.search(DATE + r"\s*(" + NUMBER + ")", stamp_text)
    if mark_date and stamp_date and _normal(mark_date.group(0)) != _normal(stamp_date.group(0)):
        yield Finding("appendix-mark", mark, say.APPENDIX_MARK_DIFFERS)
    elif mark_date and stamp_date:
        yield Finding(
            "requisite-repeated",
            mark,
            say.REQUISITE_REPEATED,
        )


def _normal(text: str) -> str:
    return re.sub(r"\s+", "", text)
