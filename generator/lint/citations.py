"""Acts cited and dated: ``citation-incomplete`` (a named act without «от <дата> № <номер>») and
``date-order`` (a report «за 2022 год» in a document dated before that period ends)."""

from __future__ import annotations

import datetime
import re
from functools import cache
from typing import Iterator

from ..messages import lint as say
from .document import LintDocument, Passage
from .registry import Finding, check, lexicon

DATE = r"(?:\d{2}\.\d{2}\.\d{4}|\d{1,2}\s+[а-я]+\s+\d{4})(?:\s*г\.)?"
DATED_NUMBER = re.compile(rf"от\s+{DATE}\s*№\s*\S|№\s*\S+\s+от\s+{DATE}")
WINDOW = 300
CONTINUATION = 100
"""A passage shorter than this runs on into the next (requisites set line by line: «приказом …» / «от …»)."""
HEAD = 15
SHOWN = 70


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon()["citations"]
    kinds = "|".join([*data["kinds"], *data["named_kinds"]])
    mention = re.compile(rf"(?<![А-Яа-яЁё])(?:{kinds})(?![А-Яа-яЁё])", re.IGNORECASE)
    issuer = re.compile(rf"\s*(?:{'|'.join(data['issuers'])})", re.IGNORECASE)
    deictic = re.compile(rf"(?:(?<![А-Яа-яЁё])(?:{'|'.join(data['deictic'])})|далее\s*[—–\-]?)\s*$", re.IGNORECASE)
    return mention, issuer, deictic


def incomplete_citations(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """Cited acts without their date and number, as (offset, quoted fragment); mentions past ``limit`` belong
    to the text that follows and are not reported."""
    mention, issuer, deictic = _patterns()
    found = []
    matches = list(mention.finditer(text))
    for index, match in enumerate(matches):
        if limit is not None and match.start() >= limit:
            break
        if deictic.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        after = text[match.end() :]
        if not issuer.match(after):
            continue
        stop = min(matches[index + 1].start() if index + 1 < len(matches) else len(text), match.end() + WINDOW)
        if not DATED_NUMBER.search(text[match.end() : stop]):
            fragment = " ".join(text[match.start() : stop].split())
            found.append((match.start(), fragment if len(fragment) <= SHOWN else fragment[: SHOWN - 1] + "…"))
    return found


@check()
def citations(document: LintDocument) -> Iterator[Finding]:
    passages = document.passages
    for index, passage in enumerate(passages):
        text = passage.text
        for following in passages[index + 1 : index + 4]:
            if passage.in_table or len(text) - text.rfind("\n") > CONTINUATION or text.rstrip().endswith((".", ";")):
                break
            text += " " + following.text
        for _, fragment in incomplete_citations(text, limit=len(passage.text)):
            yield Finding("citation-incomplete", passage, citation_message(fragment))


def citation_message(fragment: str) -> str:
    return say.CITATION_INCOMPLETE.format(fragment=fragment)


@check()
def date_order(document: LintDocument) -> Iterator[Finding]:
    dated = document_date(document.passages[:HEAD])
    if dated is None:
        return
    reported: set[str] = set()
    for passage in document.passages:
        for phrase, end in periods(passage.text):
            if end > dated and phrase not in reported:
                reported.add(phrase)
                yield Finding(
                    "date-order",
                    passage,
                    say.DATE_ORDER.format(dated=dated, phrase=phrase, end=end),
                )


def periods(text: str) -> list[tuple[str, datetime.date]]:
    """Periods a report looks back on, with their last day: «за 2022 год», «за 2021/2022 учебный год»."""
    found = []
    for match in re.finditer(r"\bза\s+(\d{4})\s*[/–—\-]\s*(\d{4})\s+учебн\w+\s+год\w*", text):
        found.append((" ".join(match.group(0).split()), datetime.date(int(match.group(2)), 8, 31)))
    for match in re.finditer(r"\bза\s+(\d{4})(?:\s+|\u00a0)(?:год\w*|г\.)", text):
        found.append((" ".join(match.group(0).split()), datetime.date(int(match.group(1)), 12, 31)))
    return found


def document_date(head: list[Passage]) -> datetime.date | None:
    months = lexicon()["months"]
    for passage in head:
        numeric = re.search(r"(?<![\d.])(\d{2})\.(\d{2})\.(\d{4})(?![\d.])", passage.text)
        words = re.search(rf"(?<!\d)(\d{{1,2}})\s+({'|'.join(months)})\s+(\d{{4}})", passage.text)
        try:
            if numeric:
                return datetime.date(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
            if words:
                return datetime.date(int(words.group(3)), months.index(words.group(2)) + 1, int(words.group(1)))
        except ValueError:
            continue
    return None
