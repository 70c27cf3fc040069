"""Coherence rules across the documents linted together (``msoko lint a.docx b.docx …``): a self-assessment's
справки against the deadlines of the Положения in the set (``evidence-late``), and a roadmap's monitoring dates
against them (``roadmap-dates``). A Положение is known by its indicators' codes («2.1.3» → механизм 2.1) and
its title; a roadmap section by the Положение whose title shares most of its words."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from schemas.cycle import CYCLE_STEPS

from .. import messages
from ..coherence.dates import Day, Deadline, days_in, deadlines_in
from ..coherence.timeline import late, late_message, report_deadline, roadmap_problem
from ..coherence.text import CITATION
from ..messages import lint as say
from .coherence import CODE, Row, deadline_passage, schedule_text, table_rows
from .document import LintDocument
from .registry import Finding

_MECHANISM = re.compile(r"^\d+\.\d+\.?$")
_DATED = re.compile(r"от[\s\u00a0]+(\d{2})\.(\d{2})\.(\d{4})")
_STEM = 5
"""Words compared by their first letters: «мониторинга» and «мониторинг» are one word here."""
SHARED = 0.5
"""A roadmap section belongs to the Положение whose title holds at least half of the section title's words."""
TITLE_WORDS = 4


@dataclass
class RegulationView:
    """What a Положение о мониторинге sets, read from its document."""

    code: str
    title: str
    days: set[Day]
    report: Deadline | None


def _stems(text: str) -> set[str]:
    return {word[:_STEM] for word in re.findall(r"[а-яё]+", text.lower()) if len(word) >= TITLE_WORDS}


def regulation_view(document: LintDocument) -> RegulationView | None:
    schedule = schedule_text(document)
    rows = [row for row in table_rows(document) if CODE.match(row.label)]
    if schedule is None or not rows:
        return None
    days = days_in(schedule)
    for row in rows:
        passage = deadline_passage(row)
        days.update(due.day for due in deadlines_in(passage.text if passage else ""))
    title = next(
        (
            p.text
            for p, before in zip(document.passages[1:], document.passages)
            if before.text.strip().lower() == "положение"
        ),
        "",
    )
    return RegulationView(rows[0].label.rstrip(".").rsplit(".", 1)[0], title, days, report_deadline(schedule))


def across(documents: Sequence[LintDocument]) -> Iterator[tuple[LintDocument, Finding]]:
    views = {view.code: view for view in map(regulation_view, documents) if view is not None}
    if not views:
        return
    for document in documents:
        rows = table_rows(document)
        yield from ((document, finding) for finding in _evidence(rows, views))
        yield from ((document, finding) for finding in _roadmap(rows, views))


def _evidence(rows: list[Row], views: dict[str, RegulationView]) -> Iterator[Finding]:
    """Справки by mechanism; where the row names the step of the cycle, only those of the analysis (a справка on
    the effectiveness of measures has no deadline in the Положение)."""
    steps = {step.name.lower(): step.id for step in CYCLE_STEPS}
    for row in rows:
        code = next((p.text.strip() for p in row.passages if _MECHANISM.match(p.text.strip())), None)
        view = views.get(code.rstrip(".")) if code else None
        step = next(
            (steps[p.text.strip().lower()] for p in row.passages if p.text.strip().lower() in steps), "analysis"
        )
        if view is None or view.report is None or step != "analysis":
            continue
        for passage in row.passages:
            dated = _DATED.search(passage.text)
            if "справк" in passage.text.lower() and dated:
                day, month, year = map(int, dated.groups())
                when = datetime.date(year, month, day)
                if late(when, view.report):
                    yield Finding(
                        "evidence-late", passage, late_message(say.ANALYTICAL_REPORT, when, view.report, view.code)
                    )


def _roadmap(rows: list[Row], views: dict[str, RegulationView]) -> Iterator[Finding]:
    current: RegulationView | None = None
    for row in rows:
        texts = [p.text for p in row.passages]
        if len(texts) == 1:
            current = _section_regulation(texts[0], views)
        elif current is not None and len(texts) >= 4:
            problem = roadmap_problem(" ".join(texts[1:-2]), texts[-2], current.code, current.days)
            if problem:
                yield Finding("roadmap-dates", row.passages[-2], problem)


def _section_regulation(title: str, views: dict[str, RegulationView]) -> RegulationView | None:
    words = _stems(title) - {"систе"}
    if not words:
        return None
    shares = sorted(
        ((len(words & _stems(view.title)) / len(words), code) for code, view in views.items()), reverse=True
    )
    if not shares or shares[0][0] < SHARED or (len(shares) > 1 and shares[1][0] == shares[0][0]):
        return None
    return views[shares[0][1]]


def unconfirmed(
    documents: Sequence[LintDocument], confirmed: set[tuple[str, str]]
) -> Iterator[tuple[LintDocument, Finding]]:
    """Cited acts the project's list does not confirm (``citation-unverified``), each once a document."""
    for document in documents:
        reported: set[tuple[str, str]] = set()
        for passage in document.passages:
            for match in CITATION.finditer(passage.text):
                key = (match.group(1), match.group(2).replace("\u2011", "-"))
                if key not in confirmed and key not in reported:
                    reported.add(key)
                    yield (
                        document,
                        Finding(
                            "citation-unverified",
                            passage,
                            messages.CITATION_UNLISTED.format(date=key[0], number=key[1]),
                        ),
                    )
