"""The monitoring year's documents: those of every kind without a source of its own (``sources/kinds.py``), made
for the year from what they read — each mechanism's results, the organizations they address — and titled, dated
and tied to the act that approves them as their kind declares. One derivation for every such kind: nothing here
tells an аналитическая справка from a приказ.

The year is ``project.yaml → monitoring.year``, else the latest in ``data/``. A mechanism has documents when its
Положение is valid and the year's data of it hold a row; the data of the year before give the changes. The
organizations are the year's (:mod:`.roster`): a past year's as its copy of the list keeps them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from schemas.acts import Act, Appendix
from schemas.base import code_sort_key
from schemas.evaluation import EvidenceRecord
from schemas.profile import SignedOrder

from schemas.diagnostics import Diagnostic, Location

from ..messages import monitoring as say
from ..russian import and_joined, inflect_phrase, lower_first
from ..russian.morphology import analyzer, subject_in_genitive
from ..sources.kinds import KINDS, DocumentKind, Per, YearDocument
from ..sources.model import ProjectSources
from ..sources.organizations import load_organizations
from ..coherence.calendar import document_date
from .results import MechanismResults, compute
from .roster import year_roster
from .selection import municipality
from .store import read_table, stored_years, table_path

CACHE_KEY = "monitoring year"
ADDRESSED = " для "
"""What joins a letter's title to the organization it is for: «Адресные рекомендации … в 2024 году для …»."""


@dataclass(frozen=True)
class DerivedDocument:
    """A document the planner makes for the year, with the files it is made from besides its Положение."""

    id: str
    kind: DocumentKind
    subject: str
    """The mechanism's code; for one per organization, the code and the organization's identifier («1.1-sosh-7»)."""
    model: YearDocument
    files: tuple[Path, ...]
    """The year's data of its mechanism, the year before's, the list of organizations (those that exist)."""


@dataclass
class MonitoringYear:
    year: int
    results: dict[str, MechanismResults]
    """By mechanism code, in code order: the mechanisms with data for the year."""
    documents: list[DerivedDocument] = field(default_factory=list)
    elsewhere: dict[str, int] = field(default_factory=dict)
    """By mechanism code: the latest year before this one with data of a mechanism that has none for this year (it
    has no documents of the year)."""

    def document(self, document_id: str) -> DerivedDocument | None:
        return next((document for document in self.documents if document.id == document_id), None)

    def of_kind(self, kind: DocumentKind, mechanism: str) -> list[DerivedDocument]:
        return [d for d in self.documents if d.kind is kind and d.model.mechanism == mechanism]

    @property
    def files(self) -> list[Path]:
        """Every file the year's documents are made from, once each."""
        return list(dict.fromkeys(path for document in self.documents for path in document.files))

    def evidence(self) -> list[EvidenceRecord]:
        """What the year's documents evidence in the self-assessment: one record per mechanism, kind and step."""
        records = []
        for kind in KINDS.values():
            for code in self.results if kind.evidences else ():
                made = self.of_kind(kind, code)
                if made:
                    title = made[0].model.title.removeprefix(kind.label).strip()
                    if kind.per is Per.ORGANIZATION:  # the letters of a mechanism, as one piece of evidence
                        title = title.partition(ADDRESSED)[0]
                    records += [
                        EvidenceRecord(
                            mechanism=code,
                            step=step,
                            kind=kind.act or kind.label.lower(),
                            number=made[0].model.number,
                            date=made[0].model.date,
                            title=title[:1].upper() + title[1:],
                        )
                        for step in kind.evidences
                    ]
        return records


TRAILING_CLAUSE = re.compile(r",\s+(?:не\s+)?([А-ЯЁа-яё]+)[^,]*$")


def monitoring_year(project: ProjectSources) -> MonitoringYear | None:
    """The year's results and documents (computed once per project); None without data or a list of organizations.
    A line of the stored data that does not read is an error of the project's."""
    if CACHE_KEY not in project.computed:
        project.computed[CACHE_KEY] = _year(project)
    return project.computed[CACHE_KEY]


def year_of(project: ProjectSources) -> int | None:
    """The monitoring year: ``project.yaml → monitoring.year``, else the latest in ``data/``."""
    if project.profile is None:
        return None
    return project.profile.model.monitoring.year or max(stored_years(project.layout), default=None)


def _year(project: ProjectSources) -> MonitoringYear | None:
    layout, profile, year = project.layout, project.profile, year_of(project)
    listed = project.organizations or load_organizations(layout)[0]  # `msoko evaluate` reads no more than it needs
    if profile is None or listed is None or year is None:
        return None
    organizations, roster, roster_problems = year_roster(layout, year, tuple(listed.model.organizations))
    project.diagnostics.extend(roster_problems)
    whole = municipality(profile.model.authority.municipality)
    results: dict[str, MechanismResults] = {}
    files: dict[str, tuple[Path, ...]] = {}
    for loaded in sorted(project.regulations, key=lambda loaded: code_sort_key(loaded.model.mechanism)):
        code = loaded.model.mechanism
        paths = (table_path(layout, year, code), table_path(layout, year - 1, code))
        (table, problems), (previous, earlier) = (read_table(path, layout.display(path)) for path in paths)
        project.diagnostics.extend(problems + earlier)
        if table.rows and not problems:
            title = project.mechanisms[code].title if code in project.mechanisms else loaded.model.title
            results[code] = compute(loaded.model, title, organizations, whole, year, table, previous)
            files[code] = tuple(path for path in (*paths, roster or layout.organizations_file) if path.is_file())
    found = MonitoringYear(year, results, elsewhere=_elsewhere(project, year, results))
    project.diagnostics.extend(left_out(project, found))
    for kind in KINDS.values():
        if not kind.has_source:
            found.documents += _documents(kind, found, files, profile.model.monitoring.orders)
    return found


def _elsewhere(project: ProjectSources, year: int, results: dict[str, MechanismResults]) -> dict[str, int]:
    codes = sorted({loaded.model.mechanism for loaded in project.regulations} - results.keys(), key=code_sort_key)
    years = [stored for stored in stored_years(project.layout) if stored < year]
    latest = {code: [y for y in years if table_path(project.layout, y, code).is_file()] for code in codes}
    return {code: max(found) for code, found in latest.items() if found}


def left_out(project: ProjectSources, year: MonitoringYear) -> list[Diagnostic]:
    """A warning per earlier year that mechanisms without data of the year have their latest data in: they have no
    documents of the year, and the profile's year is how to have them."""
    by_year: dict[int, list[str]] = {}
    for code, latest in year.elsewhere.items():
        by_year.setdefault(latest, []).append(code)
    assert project.profile is not None
    why = say.YEAR_SET if project.profile.model.monitoring.year else say.YEAR_LATEST
    where = Location(project.layout.display(project.layout.profile_file))
    return [
        Diagnostic.warning(
            where,
            say.YEAR_LEAVES_OUT.format(
                year=year.year,
                why=why,
                mechanisms=say.YEAR_MECHANISMS[len(codes) > 1].format(codes=and_joined(codes)),
                latest=latest,
            ),
        )
        for latest, codes in sorted(by_year.items())
    ]


def _closed(about: str) -> str:
    """«… школами, функционирующими в неблагоприятных социальных условиях» + «,»: a participial or relative clause
    at the end of the subject closes before «в 2024 году», which would otherwise read as part of it."""
    found = TRAILING_CLAUSE.search(about)
    if found and any(parse.tag.POS == "PRTF" or parse.normal_form == "который" for parse in analyzer().parse(found[1])):
        return f"{about},"
    return about


def _documents(
    kind: DocumentKind, year: MonitoringYear, files: dict[str, tuple[Path, ...]], orders: Sequence[SignedOrder]
) -> list[DerivedDocument]:
    """The documents of ``kind`` for every mechanism with results, dated and numbered by the приказ об итогах as
    ``orders`` register it, else as the Положение's schedule plans it."""
    made = []
    for code, results in year.results.items():
        regulation = results.regulation
        about = _closed(subject_in_genitive(regulation.title) or f"мониторинга механизма «{results.title}»")
        approving = KINDS[kind.approving].id_for(code) if kind.approving else None
        appendices = tuple(other.id_for(code) for other in KINDS.values() if other.approving == kind.key)
        signed = signed_order(orders, year.year, code)
        model = YearDocument(
            title=kind.title.format(monitoring=about, year=year.year),
            approved_by=approving,
            mechanism=code,
            year=year.year,
            date=document_date(regulation, kind.due, year.year, signed.date if signed else None),
            number=signed.number.strip() if signed and kind.act else "",
            appendices=appendices,
        )
        if kind.per is Per.ORGANIZATION:
            for key in addressees(results):
                subject = f"{code}-{key}"
                addressed = (
                    f"{model.title}{ADDRESSED}{lower_first(inflect_phrase(results.respondents[key].name, 'gent'))}"
                )
                made.append(
                    DerivedDocument(
                        kind.id_for(subject),
                        kind,
                        subject,
                        model.model_copy(update={"organization": key, "title": addressed}),
                        files[code],
                    )
                )
        else:
            made.append(DerivedDocument(kind.id_for(code), kind, code, model, files[code]))
    return made


def signed_order(orders: Sequence[SignedOrder], year: int, mechanism: str) -> SignedOrder | None:
    """The registered приказ об итогах of ``mechanism`` for ``year``, if ``project.yaml → monitoring.orders`` has it."""
    return next((order for order in orders if order.year == year and order.mechanism == mechanism), None)


def addressees(results: MechanismResults) -> list[str]:
    """The organizations sent адресные рекомендации on any indicator (below its target, or as the Положение's пункт on
    them says for an indicator it names), in the list's order."""
    below = {key for result in results.indicators for key in result.addressed}
    return [key for key in results.respondents if key in below]


def risk_group(results: MechanismResults) -> list[str]:
    """The organizations that earn a scale's least points on any indicator, in the list's order."""
    risky = {key for result in results.indicators for key in result.risk_group}
    return [key for key in results.respondents if key in risky]


def requisites(document: DerivedDocument) -> Act:
    """The act a document of an act's kind is, as far as the documents it approves need it: its kind, date, number,
    title and appendices (the body adds its preamble and points)."""
    assert document.kind.act is not None, f"{document.kind.key} makes no acts"
    return Act.model_construct(
        kind=document.kind.act,
        number=document.model.number,
        date=document.model.date,
        title=document.model.title,
        basis="",
        points=[],
        control="",
        signatory=None,
        appendices=[
            Appendix(number=number, document=appended) for number, appended in enumerate(document.model.appendices, 1)
        ],
    )
