"""The coherence rules (:mod:`generator.coherence`) on a document read by ``msoko lint``: its paragraphs are the
texts; a Положение's indicators table is read row by row (a row opens with its first cell), its section
«Периодичность и сроки» as the paragraphs under that heading."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..coherence.abbreviations import abbreviation_hits
from ..coherence.acts import executor_controller, point_groups, undated_instructions
from ..coherence.cycle import lacking_deadlines, lacking_message
from ..coherence.dates import deadlines_in
from ..coherence.text import default_names, text_hits
from ..coherence.timeline import (
    AFTER_QUARTER,
    Named,
    period_problem,
    repeated_numbers,
    report_deadline,
    schedule_problems,
)
from ..messages import lint as say
from .citations import HEAD, document_date
from .document import LintDocument, Passage
from .registry import Finding, check, lexicon
from .requisites import title_index

HEADING_LENGTH = 90
TITLE = re.compile(r"^(?:О|Об)\s")
CODE = re.compile(r"^\d+(?:\.\d+)+\.?$")
_SCHEDULE_HEADING = re.compile(r"^(?:[\dIVX]+\.?\s*)?Периодичность\s+и\s+сроки", re.IGNORECASE)
_USES_HEADING = re.compile(r"^(?:[\dIVX]+\.?\s*)?(?:Порядок\s+)?использовани\w*\s+результат", re.IGNORECASE)
_FINAL_HEADING = re.compile(r"^(?:[\dIVX]+\.?\s*)?Заключительн", re.IGNORECASE)
_CONTROL = re.compile(r"(?:^|(?<=[\s.]))(?:\d+\.\s*)?Контроль\s+(?:за\s+)?исполнени")
_REGISTERED = re.compile(r"от[\s\u00a0]+(\d{2})\.(\d{2})\.(\d{4})[\s\u00a0]*№[\s\u00a0]*([0-9A-Za-zА-Яа-яЁё/\-]+)")


@dataclass
class Row:
    passages: list[Passage]

    @property
    def label(self) -> str:
        return self.passages[0].text.strip()

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.passages)


@check()
def coherence_text(document: LintDocument) -> Iterator[Finding]:
    texts = [p.text for p in document.passages]
    dated = document_date(document.passages[:HEAD])
    headings = frozenset(index for index, passage in enumerate(document.passages) if _is_heading(passage)) | _title(
        document
    )
    for hit in [*text_hits(texts, dated, default_names()), *abbreviation_hits(texts, headings)]:
        yield Finding(hit.code, document.passages[hit.index], hit.message)


def table_rows(document: LintDocument) -> list[Row]:
    rows: list[Row] = []
    for passage in document.passages:
        if not passage.in_table:
            continue
        if passage.first_cell or not rows:
            rows.append(Row([passage]))
        else:
            rows[-1].passages.append(passage)
    return rows


def _title(document: LintDocument) -> frozenset[int]:
    """A document's title under its kind («АНАЛИТИЧЕСКАЯ СПРАВКА» / «по итогам мониторинга …»), however long."""
    outside = [index for index, passage in enumerate(document.passages) if not passage.in_table]
    found = title_index([document.passages[index] for index in outside])
    return frozenset(outside[found : found + 2]) if found is not None else frozenset()


def _is_heading(passage: Passage) -> bool:
    """A short line without a closing mark, or a text's title («Об итогах …») however long."""
    text = passage.text.strip()
    short = 0 < len(text) < HEADING_LENGTH or TITLE.match(text) is not None
    return not passage.in_table and short and not text.endswith((".", ";", ":", ","))


def schedule_text(document: LintDocument) -> str | None:
    """The paragraphs under the heading «Периодичность и сроки …», or None when the document has none."""
    found = _section(document, _SCHEDULE_HEADING)
    return "\n".join(p.text for p in found[1]) if found else None


def _section(
    document: LintDocument, heading: re.Pattern[str], until: re.Pattern[str] | None = None
) -> tuple[Passage, list[Passage]] | None:
    """The heading that ``heading`` matches and the passages under it: up to the next heading, or, with ``until``,
    up to the heading that matches it (the steps of «Порядок использования результатов» are headings of their
    own)."""
    passages = document.passages
    for index, passage in enumerate(passages):
        if not passage.in_table and heading.match(passage.text.strip()) and _is_heading(passage):
            body = []
            for following in passages[index + 1 :]:
                if _is_heading(following) and (until is None or until.match(following.text.strip())):
                    break
                body.append(following)
            return passage, body
    return None


_PERIOD_LINE = re.compile(r"^\s*(?:Отч[её]тный\s+)?период\s*:\s*(.+)", re.IGNORECASE | re.MULTILINE)


def row_period(row: Row, deadline: Passage) -> str:
    """The row's period: its line «Период: …» (as msoko prints the calculation), else every cell but the code and
    the deadline (a typed table may give the period a column of its own)."""
    found = _PERIOD_LINE.search("\n".join(p.text for p in row.passages))
    return found.group(1) if found else " ".join(p.text for p in row.passages[1:] if p is not deadline)


@check()
def cycle_deadlines(document: LintDocument) -> Iterator[Finding]:
    """A Положение о мониторинге (a schedule and a table of indicators) sets a deadline for every step of the cycle
    after the monitoring, in its schedule or in «Порядок использования результатов»."""
    schedule = _section(document, _SCHEDULE_HEADING)
    if schedule is None or not any(CODE.match(row.label) for row in table_rows(document)):
        return
    uses = _section(document, _USES_HEADING, until=_FINAL_HEADING)
    texts = [p.text for p in schedule[1] + (uses[1] if uses else [])]
    lacking = lacking_deadlines("\n".join(texts))
    if lacking:
        yield Finding("cycle-deadlines", schedule[0], lacking_message(lacking))


def deadline_passage(row: Row) -> Passage | None:
    """The cell (or line) that sets the indicator's deadline: «до 1 мая», «до 10 числа месяца, следующего за
    кварталом»."""
    return next((p for p in row.passages[1:] if deadlines_in(p.text) or AFTER_QUARTER.search(p.text)), None)


@check()
def indicator_deadlines(document: LintDocument) -> Iterator[Finding]:
    schedule = schedule_text(document)
    report = report_deadline(schedule) if schedule else None
    named: list[tuple[Named, Passage]] = []
    for row in table_rows(document):
        passage = deadline_passage(row)
        if not CODE.match(row.label) or passage is None:
            continue
        problem = period_problem(row_period(row, passage), row.text, passage.text, report)
        if problem:
            yield Finding("deadline-period", passage, say.INDICATOR_PROBLEM.format(code=row.label, problem=problem))
        named.append((Named(row.label, passage.text), passage))
    if schedule is None:
        return
    places = {id(item): passage for item, passage in named}
    for item, message in schedule_problems(schedule, [item for item, _ in named]):
        yield Finding("schedule-deadlines", places[id(item)], message)


def _operative_points(document: LintDocument) -> tuple[list[Passage], list[str], str, str] | None:
    """The points between the operative words and «Контроль за исполнением …» (in a PDF the control point may share
    a paragraph with the point before it): their paragraphs, their texts, the control point and the signature under
    it; None in a document that is not an act."""
    passages = [p for p in document.passages if not p.in_table]
    operative = re.compile(r"(?:" + "|".join(lexicon()["operative"]["words"]) + r")\s*:", re.IGNORECASE)
    start = next((i for i, p in enumerate(passages) if operative.search(p.text)), None)
    control = next(((i, m) for i, p in enumerate(passages) if (m := _CONTROL.search(p.text))), None)
    if start is None or control is None or control[0] <= start:
        return None
    at, match = control
    points = passages[start + 1 : at + 1]
    texts = [p.text for p in points]
    texts[-1] = texts[-1][: match.start()]
    signatory = " ".join(p.text for p in passages[at + 1 : at + 4])
    return points, texts, passages[at].text[match.start() :], signatory


@check()
def executor_is_controller(document: LintDocument) -> Iterator[Finding]:
    """The points against the control point and the signature under it."""
    act = _operative_points(document)
    found = executor_controller(act[1], act[2], act[3]) if act else None
    if act and found:
        yield Finding("executor-controller", act[0][found[0]], found[1])


@check()
def instructions_dated(document: LintDocument) -> Iterator[Finding]:
    """Each instruction of an act's points says when it is done or how often."""
    act = _operative_points(document)
    if act is None:
        return
    points, texts = act[0], act[1]
    groups = point_groups(texts)
    instructions = [(texts[lead], [texts[index] for index in subpoints]) for lead, subpoints in groups]
    for point, subpoint, message in undated_instructions(instructions):
        lead, subpoints = groups[point]
        yield Finding("point-deadline", points[lead if subpoint is None else subpoints[subpoint]], message)


@check()
def register_numbers(document: LintDocument) -> Iterator[Finding]:
    """A register of documents (a table of «… от 01.10.2022 № 15») gives each number once a year."""
    import datetime

    cells = [p for p in document.passages if p.in_table]
    records = []
    for passage in cells:
        for match in _REGISTERED.finditer(passage.text):
            day, month, year, number = match.groups()
            try:
                records.append(
                    (
                        passage,
                        (
                            number,
                            datetime.date(int(year), int(month), int(day)),
                            f"«{passage.text[: match.start()].strip()[-40:]}»",
                        ),
                    )
                )
            except ValueError:
                continue
    for index, message in repeated_numbers([record for _, record in records]):
        yield Finding("number-twice", records[index][0], message)
