"""Returned workbooks uploaded through a page, collected by the use case ``msoko collect`` runs
(:func:`generator.collection.usecase.collect_files`): every file checked, and the rows stored only when none has a
problem. The report says either what was taken and what it changed, value by value, or every problem, grouped by
file and placed at its sheet and cell, in the words of the page."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from schemas.diagnostics import Diagnostic

from ..build.scratch import scratch_folder
from ..collection.collect import Stored, Upload
from ..collection.usecase import Replaced, collect_files
from ..errors import MsokoError
from ..messages import count_word
from ..messages import web as say
from ..messages.monitoring import PART_WORDS
from ..monitoring.load import MonitoringSources, monitoring_sources
from ..monitoring.selection import MUNICIPALITY
from ..monitoring.store import Change, Value, stored_years
from ..project import ProjectLayout
from ..report import sorted_diagnostics
from ..russian.morphology import and_joined
from ..russian.scale import number_text
from ..russian.typography import typograph_text
from .wording import source_name, spoken

DATA_FILE = re.compile(r"^data/(\d{4})/([\w.-]+)\.csv$")
WORKBOOK_FILE = re.compile(r"\.(?:xlsx|xls|ods)$", re.IGNORECASE)
YEAR_PAGE = re.compile(say.YEAR_PAGE_LINK)
SHOWN_CHANGES = 30
"""Changes listed for one organization; the rest are counted."""


@dataclass(frozen=True)
class Received:
    """An uploaded file: the name it had on the user's computer, and its bytes."""

    name: str
    data: bytes


def received_names(names: Sequence[str]) -> list[str]:
    """The files' own names (a browser may send a path: only its last part), each once: a second «1.1.xlsx»
    becomes «1.1.xlsx (2)», so that the problems of each file stay apart."""
    seen: dict[str, int] = {}
    unique = []
    for raw in names:
        name = re.split(r"[\\/]", raw)[-1].strip() or say.UNNAMED_FILE
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return unique


@dataclass(frozen=True)
class RowReport:
    """What one organization's upload changed."""

    name: str
    words: str
    """«новые данные: 12 значений», «изменено 2 значения из 12», «без изменений»."""
    changes: list[str]
    """«1.1.1, числитель: 412 → 415»."""
    more: int = 0
    """Changes not listed."""


@dataclass(frozen=True)
class FileReport:
    file: str
    mechanism: str
    title: str
    year: int
    rows: list[RowReport]
    empty: int
    breakdown: str = ""
    """«По показателям 2.1.3, 2.1.4 и 2.1.5 — значения 24 организаций, заполненные управлением образования»."""


@dataclass(frozen=True)
class FileProblems:
    file: str
    problems: list[tuple[str, str | Markup]]
    """(where in the file: «лист «Показатели», ячейка C4», the message — with a link to the year's page it names)."""


@dataclass
class Report:
    accepted: list[FileReport] = field(default_factory=list)
    summary: str = ""
    rejected: list[FileProblems] = field(default_factory=list)
    errors: int = 0
    clean: list[str] = field(default_factory=list)
    """The files without a problem, not stored either when another one has any."""
    asked: str = ""
    """The fingerprint of a replacement the user is asked to confirm (nothing was stored)."""
    replacing: list[RowReport] = field(default_factory=list)
    """What the confirmation would change: each organization's rows of a year and mechanism, in the list's order."""

    @property
    def replacing_summary(self) -> str:
        """«Замена затронет 25 строк организаций …»: what the list below holds, said above it."""
        rows = count_word(len(self.replacing), *say.ROWS_OF_FORMS).replace(" ", "\u00a0", 1)
        return say.REPLACING_SUMMARY.format(rows=rows)

    past: list[str] = field(default_factory=list)
    """What a replacement in a past year touches, in a sentence per year."""
    replaced: list[Replaced] = field(default_factory=list)
    """The tables the upload replaced values of, kept as they were: what «Вернуть прежние данные» puts back."""
    copies: list[str] = field(default_factory=list)
    """A sentence for each file sent twice (the same bytes under another name): taken once."""


@dataclass
class PageUpload:
    """An upload as its page shows it: the report, and the files while their replacement awaits confirmation."""

    year: int
    files: list[Received]
    report: Report | None
    """None when no file was chosen."""
    notice: str = ""
    """What the last action on it did: «Загрузка отменена …», «Прежние данные возвращены …»."""


KEPT_UPLOADS = 20
"""Uploads a server keeps for their pages (with their files, while awaiting confirmation); older ones are dropped."""


def remember(uploads: dict[str, PageUpload], upload: PageUpload) -> str:
    """Keep ``upload`` under a new key, unguessable (its page holds the files), dropping the oldest beyond
    KEPT_UPLOADS."""
    key = secrets.token_urlsafe(16)
    uploads[key] = upload
    while len(uploads) > KEPT_UPLOADS:
        del uploads[next(iter(uploads))]
    return key


def collect_uploaded(layout: ProjectLayout, files: Sequence[Received], year: int, confirmed: str = "") -> Report:
    """Check and store ``files`` (workbooks made for ``year``) as ``msoko collect --year`` does, except that rows
    replacing data collected before are stored only with the user's word: ``confirmed``, the fingerprint of the
    replacement the user was shown (:func:`generator.collection.usecase.collect_files`). A file sent twice is
    taken once, and said so."""
    files, copies = _without_copies(files)
    report = _collected(layout, files, year, confirmed)
    report.copies = copies
    return report


def _without_copies(files: Sequence[Received]) -> tuple[list[Received], list[str]]:
    """Each file once: a second with the same bytes («….xlsx» and «… (1).xlsx») is left out, and named."""
    first: dict[bytes, str] = {}
    kept, copies = [], []
    for received in files:
        digest = hashlib.sha256(received.data).digest()
        if digest in first:
            copies.append(say.ATTACHED_TWICE.format(copy=received.name, first=first[digest]))
        else:
            first[digest] = received.name
            kept.append(received)
    return kept, copies


def _collected(layout: ProjectLayout, files: Sequence[Received], year: int, confirmed: str) -> Report:
    with scratch_folder("upload") as folder:
        paths = []
        for index, received in enumerate(files):
            path = folder / f"{index}.upload"  # never the user's name: it may hold anything
            path.write_bytes(received.data)
            paths.append(path)
        try:
            collected = collect_files(layout, paths, year, [received.name for received in files], confirmed)
        except MsokoError as error:
            names = [received.name for received in files]
            groups = grouped_problems(layout, names, error.diagnostics)
            troubled = {group.file for group in groups}
            return Report(
                rejected=groups,
                errors=sum(1 for d in error.diagnostics if d.is_error),
                clean=[name for name in names if name not in troubled],
            )
    sources = monitoring_sources(layout)
    report = accepted(sources, collected.uploads, collected.stored)
    if collected.asked:
        report.asked = collected.asked
        report.replacing = _replacing(sources, collected.uploads, collected.stored)
        report.past = _past(layout, collected.stored)
    else:
        report.replaced = [Replaced(s.path, s.backup, s.digest) for s in collected.stored if s.backup]
    return report


def _replacing(sources: MonitoringSources, uploads: Sequence[Upload], stored: Sequence[Stored]) -> list[RowReport]:
    """Each organization's rows the confirmation would change: which, of what year and mechanism, how many values
    of how many, and each change."""
    brought = {(upload.year, upload.mechanism): upload.table.rows for upload in uploads}
    lines = []
    for entry in stored:
        by_key: dict[str, list[Change]] = {}
        for change in entry.changes:
            by_key.setdefault(change.key, []).append(change)
        plan = sources.plan(entry.mechanism, entry.year)
        names, order = plan.by_key, {row.key: place for place, row in enumerate(plan.rows)}
        for key, changes in sorted(by_key.items(), key=lambda item: order.get(item[0], len(order))):
            values = len(brought[(entry.year, entry.mechanism)][key])
            name = say.REPLACES.format(
                name=typograph_text(names[key].short_name), year=entry.year, code=entry.mechanism
            )
            words = (
                say.WILL_ADD.format(values=count_word(values, *say.VALUE_FORMS))
                if all(change.before is None for change in changes)
                else say.WILL_CHANGE.format(changed=count_word(len(changes), *say.VALUE_FORMS), values=values)
            )
            lines.append(RowReport(name, words, _change_lines(changes), max(0, len(changes) - SHOWN_CHANGES)))
    return lines


def _past(layout: ProjectLayout, stored: Sequence[Stored]) -> list[str]:
    later = max(stored_years(layout), default=0)
    years = sorted({entry.year for entry in stored if entry.changes and entry.year < later})
    return [say.PAST_YEAR.format(year=year, later=later) for year in years]


def grouped_problems(layout: ProjectLayout, names: Sequence[str], diagnostics: list[Diagnostic]) -> list[FileProblems]:
    """Every problem under its file: the uploaded ones (``names``) in the order they were sent, then the project's
    (the data collected before, a source)."""
    groups: dict[str, list[tuple[str, str]]] = {name: [] for name in names}
    for diagnostic in sorted_diagnostics(diagnostics):
        file = diagnostic.location.file
        group = file if file in groups else _other(layout, file)
        groups.setdefault(group, []).append((_where(diagnostic), _linked(typograph_text(spoken(diagnostic)))))
    return [FileProblems(file, problems) for file, problems in groups.items() if problems]


def _other(layout: ProjectLayout, file: str) -> str:
    """A file of the project a problem is in, named as the page names it."""
    data = DATA_FILE.match(file)
    if data:
        return say.COLLECTED_BEFORE.format(year=data.group(1), code=data.group(2))
    named = source_name(layout, file)
    return named[1] if named else say.THE_PROJECT


def _linked(text: str) -> str | Markup:
    """The message, with the words that name a year's monitoring page («на странице мониторинга за 2025 год»)
    a link to it; the rest escaped as any text."""
    found = YEAR_PAGE.search(text)
    if found is None:
        return text
    link = Markup('<a href="/monitoring/{}">{}</a>').format(found[1], found[0])
    return escape(text[: found.start()]) + link + escape(text[found.end() :])


def _where(diagnostic: Diagnostic) -> str:
    location = diagnostic.location
    if location.sheet:
        return say.ON_SHEET.format(sheet=location.sheet) + (
            say.AT_CELL.format(cell=location.cell) if location.cell else ""
        )
    if location.line > 0 and DATA_FILE.match(location.file):
        return say.AT_LINE.format(line=location.line)
    if location.line == 0:
        return say.WHOLE_BOOK if WORKBOOK_FILE.search(location.file) else say.WHOLE_FILE
    return ""


def accepted(sources: MonitoringSources, uploads: Sequence[Upload], stored: Sequence[Stored]) -> Report:
    changes: dict[tuple[int, str], dict[str, list[Change]]] = {}
    for entry in stored:
        for change in entry.changes:
            changes.setdefault((entry.year, entry.mechanism), {}).setdefault(change.key, []).append(change)
    report = Report()
    organizations, values = set(), 0
    for upload in uploads:
        plan = sources.plan(upload.mechanism, upload.year)
        rows = []
        for key, cells in upload.table.rows.items():
            values += len(cells)
            rows.append(
                _row(
                    _row_name(upload, typograph_text(plan.by_key[key].short_name), key),
                    len(cells),
                    changes.get((upload.year, upload.mechanism), {}).get(key, []),
                )
            )
        organizations |= set(upload.filled)
        words = upload.breakdown_words()
        report.accepted.append(
            FileReport(
                upload.file,
                upload.mechanism,
                plan.title,
                upload.year,
                rows,
                len(upload.empty),
                typograph_text(words[:1].upper() + words[1:]),
            )
        )
    report.summary = _summary(organizations, any(upload.broken_down for upload in uploads), values)
    return report


def _row_name(upload: Upload, name: str, key: str) -> str:
    """The organization's name; of a row that brings a breakdown's cells alone, with the indicators."""
    if key in upload.filled:
        return name
    codes = [code for code in upload.broken_down if any(cell[0] == code for cell in upload.table.rows[key])]
    return say.BREAKDOWN_ROW[len(codes) > 1].format(name=name, codes=and_joined(codes))


def _summary(organizations: set[str], apart: bool, values: int) -> str:
    """«Принято: 2 ОО, 24 значения», «Принято: строка округа и разбивка по организациям, 150 значений»: the rows
    filled (the organizations' own, the округ's, which is the УО's own), and the breakdowns, counted apart."""
    schools = len(organizations - {MUNICIPALITY})
    rows = [say.ACCEPTED_SCHOOLS.format(schools=schools)] if schools else []
    rows += [say.ACCEPTED_WHOLE] if MUNICIPALITY in organizations else []
    rows += [say.ACCEPTED_BREAKDOWN] if apart else []
    return say.ACCEPTED.format(rows=and_joined(rows), values=count_word(values, *say.VALUE_FORMS))


def _row(name: str, values: int, changes: list[Change]) -> RowReport:
    if not changes:
        return RowReport(name, say.UNCHANGED, [])
    if all(change.before is None for change in changes) and len(changes) == values:
        return RowReport(name, say.NEW_DATA.format(values=count_word(values, *say.VALUE_FORMS)), [])
    words = say.CHANGED_OF.format(changed=count_word(len(changes), *say.VALUE_FORMS), values=values)
    return RowReport(name, words, _change_lines(changes), max(0, len(changes) - SHOWN_CHANGES))


def _change_lines(changes: list[Change]) -> list[str]:
    """«1.1.1, числитель: 412 → 415», for the first of ``changes``."""
    return [
        f"{change.code}, {PART_WORDS.get(change.part, change.part)}: {_value(change.before)} → {_value(change.after)}"
        for change in changes[:SHOWN_CHANGES]
    ]


def _value(value: Value | None) -> str:
    if value is None:
        return say.NOT_FILLED
    return value if isinstance(value, str) else number_text(value)
