"""The monitoring year's documents: those of every kind without a source of its own (``sources/kinds.py``), made
for each mechanism's year from what they read — its results, the organizations they address — and titled, dated
and tied to the act that approves them as their kind declares. One derivation for every such kind: nothing here
tells an аналитическая справка from a приказ.

A mechanism's year is ``project.yaml → monitoring.year`` when the profile sets one, else the latest in ``data/`` that
holds its data: a mechanism whose data of a new year are still being collected keeps the documents of its last year
while another's are made for the new one. A mechanism has documents when its Положение is valid and its year's data
hold a row; the data of the year before give the changes. The organizations are the year's (:mod:`.roster`): a past
year's as its copy of the list keeps them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from schemas.acts import Act, Appendix
from schemas.base import code_sort_key
from schemas.evaluation import EvidenceRecord
from schemas.organizations import Organization
from schemas.profile import SignedOrder

from schemas.diagnostics import Diagnostic, Location

from ..messages import monitoring as say
from ..project import ProjectLayout
from ..russian import and_joined, inflect_phrase, lower_first
from ..russian.morphology import analyzer, subject_in_genitive
from ..sources.kinds import KINDS, DocumentKind, Per, YearDocument
from ..sources.model import ProjectSources
from ..sources.organizations import load_organizations
from ..coherence.calendar import document_date
from .addressing import scores_organizations
from .results import MechanismResults, compute
from .roster import year_roster
from .selection import municipality
from .store import Table, read_table, stored_years, table_path

CACHE_KEY = "monitoring year"
ADDRESSED = " для "
"""What joins a letter's title to the organization it is for: «Адресные рекомендации … в 2024 году для …»."""


@dataclass(frozen=True)
class DerivedDocument:
    """A document the planner makes for its mechanism's year, with the files it is made from besides its Положение."""

    id: str
    kind: DocumentKind
    subject: str
    """The mechanism's code; for one per organization, the code and the organization's identifier («1.1-sosh-7»)."""
    model: YearDocument
    files: dict[str, Path]
    """The year's data of its mechanism, the year before's, the list of organizations (those that exist), by the
    name the build records each under: a table by its path, the list as the year's — the project's list or the
    year's copy of it, whichever the year follows, is the same list, and a document made from it the same."""


@dataclass
class MonitoringYear:
    fixed: int | None
    """The profile's year, every mechanism's when set."""
    results: dict[str, MechanismResults]
    """By mechanism code, in code order: the mechanisms with data, each of its year (``MechanismResults.year``)."""
    documents: list[DerivedDocument] = field(default_factory=list)
    elsewhere: dict[str, int] = field(default_factory=dict)
    """By mechanism code, with the profile's year set: the latest year with data of a mechanism that has none for
    that year (it has no documents)."""

    def document(self, document_id: str) -> DerivedDocument | None:
        return next((document for document in self.documents if document.id == document_id), None)

    def of_kind(self, kind: DocumentKind, mechanism: str) -> list[DerivedDocument]:
        return [d for d in self.documents if d.kind is kind and d.model.mechanism == mechanism]

    def files(self, year: int | None = None) -> dict[str, Path]:
        """Every file the documents (those of ``year`` when given) are made from, once each."""
        return {
            name: path
            for document in self.documents
            if year is None or document.model.year == year
            for name, path in document.files.items()
        }

    def evidence(self, year: int) -> list[EvidenceRecord]:
        """What the documents of ``year`` (the self-assessment's) evidence in it: one record per mechanism whose
        documents are of that year, kind and step."""
        records = []
        for kind in KINDS.values():
            for code, results in self.results.items():
                made = self.of_kind(kind, code) if kind.evidences and results.year == year else []
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

    def elsewhere_lines(self, year: int) -> list[str]:
        """Which mechanisms' documents are of a year other than ``year``, grouped by theirs: those of an earlier one
        have no data of ``year``; those of a later one have their latest there."""
        by_year: dict[int, list[str]] = {}
        for code, results in self.results.items():
            if results.year != year:
                by_year.setdefault(results.year, []).append(code)
        return [
            (say.YEAR_EARLIER if made_for < year else say.YEAR_LATER).format(
                mechanisms=say.YEAR_BY_MECHANISMS[len(codes) > 1].format(codes=and_joined(codes)),
                made_for=made_for,
                year=year,
                them=say.YEAR_THEM[len(codes) > 1],
                whose=say.YEAR_WHOSE[len(codes) > 1],
            )
            for made_for, codes in sorted(by_year.items())
        ]

    def notes(self) -> list[str]:
        """What ``regen`` says of the mechanisms whose documents are of an earlier year than the latest with data."""
        return self.elsewhere_lines(max(r.year for r in self.results.values())) if self.results else []


ROSTER_INPUT = re.compile(re.escape(say.INPUT_ROSTER).replace(re.escape("{year}"), "([0-9]{4})"))
TRAILING_CLAUSE = re.compile(r",\s+(?:не\s+)?([А-ЯЁа-яё]+)[^,]*$")


def monitoring_year(project: ProjectSources) -> MonitoringYear | None:
    """The documents of every mechanism's year and their results (computed once per project); None without data or
    a list of organizations. A line of the stored data that does not read is an error of the project's."""
    if CACHE_KEY not in project.computed:
        project.computed[CACHE_KEY] = _year(project)
    return project.computed[CACHE_KEY]


def fixed_year(project: ProjectSources) -> int | None:
    """``project.yaml → monitoring.year``: the year of every mechanism's documents, when set."""
    return project.profile.model.monitoring.year if project.profile else None


def _year(project: ProjectSources) -> MonitoringYear | None:
    layout, profile = project.layout, project.profile
    listed = project.organizations or load_organizations(layout)[0]  # `msoko evaluate` reads no more than it needs
    fixed = fixed_year(project)
    years = [fixed] if fixed else sorted(stored_years(layout), reverse=True)
    if profile is None or listed is None or not years:
        return None
    rosters = _Rosters(project, tuple(listed.model.organizations))
    whole = municipality(profile.model.authority.municipality)
    results: dict[str, MechanismResults] = {}
    files: dict[str, dict[str, Path]] = {}
    for loaded in sorted(project.regulations, key=lambda loaded: code_sort_key(loaded.model.mechanism)):
        code = loaded.model.mechanism
        found = _latest_table(layout, code, years)
        if found is None:
            continue
        year, table, problems = found
        paths = (table_path(layout, year, code), table_path(layout, year - 1, code))
        previous, earlier = read_table(paths[1], layout.display(paths[1]))
        project.diagnostics.extend(problems + earlier)
        if not problems:
            title = project.mechanisms[code].title if code in project.mechanisms else loaded.model.title
            organizations, roster = rosters.of(year)
            results[code] = compute(loaded.model, title, organizations, whole, year, table, previous)
            files[code] = {layout.display(path): path for path in paths if path.is_file()}
            files[code][say.INPUT_ROSTER.format(year=year)] = roster
    made = MonitoringYear(fixed, results, elsewhere=_elsewhere(project, fixed, results))
    project.diagnostics.extend(left_out(project, made))
    for kind in KINDS.values():
        if not kind.has_source:
            made.documents += _documents(kind, made, files, profile.model.monitoring.orders)
    return made


def _latest_table(layout: ProjectLayout, code: str, years: list[int]) -> tuple[int, Table, list[Diagnostic]] | None:
    """The latest of ``years`` (latest first) whose table of the mechanism holds a row (or a line that does not
    read: an error of that year's, not a reason to pass on to an earlier one), with the table and its problems."""
    for year in years:
        path = table_path(layout, year, code)
        table, problems = read_table(path, layout.display(path))
        if table.rows or problems:
            return year, table, problems
    return None


class _Rosters:
    """The organizations of each year asked for, with the file they are read from, each read once."""

    def __init__(self, project: ProjectSources, listed: tuple[Organization, ...]) -> None:
        self.project, self.listed = project, listed
        self.read: dict[int, tuple[tuple[Organization, ...], Path]] = {}

    def of(self, year: int) -> tuple[tuple[Organization, ...], Path]:
        if year not in self.read:
            layout = self.project.layout
            organizations, roster, problems = year_roster(layout, year, self.listed)
            self.project.diagnostics.extend(problems)
            self.read[year] = (organizations, roster or layout.organizations_file)
        return self.read[year]


def _elsewhere(project: ProjectSources, fixed: int | None, results: dict[str, MechanismResults]) -> dict[str, int]:
    """With the profile's year set: the latest year with data of each mechanism without data of it."""
    if fixed is None:
        return {}
    codes = sorted({loaded.model.mechanism for loaded in project.regulations} - results.keys(), key=code_sort_key)
    years = stored_years(project.layout)
    latest = {code: [y for y in years if table_path(project.layout, y, code).is_file()] for code in codes}
    return {code: max(found) for code, found in latest.items() if found}


def left_out(project: ProjectSources, year: MonitoringYear) -> list[Diagnostic]:
    """A warning per year that mechanisms without data of the profile's year have their latest data in: they have
    no documents, and removing the profile's year is how to have them."""
    by_year: dict[int, list[str]] = {}
    for code, latest in year.elsewhere.items():
        by_year.setdefault(latest, []).append(code)
    where = Location(project.layout.display(project.layout.profile_file))
    return [
        Diagnostic.warning(
            where,
            say.YEAR_LEAVES_OUT.format(
                year=year.fixed,
                mechanisms=say.YEAR_MECHANISMS[len(codes) > 1].format(codes=and_joined(codes)),
                whose=say.YEAR_WHOSE[len(codes) > 1],
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
    kind: DocumentKind, year: MonitoringYear, files: dict[str, dict[str, Path]], orders: Sequence[SignedOrder]
) -> list[DerivedDocument]:
    """The documents of ``kind`` for every mechanism with results, dated and numbered by the приказ об итогах as
    ``orders`` register it, else as the Положение's schedule plans it."""
    made = []
    for code, results in year.results.items():
        regulation = results.regulation
        about = _closed(subject_in_genitive(regulation.title) or f"мониторинга механизма «{results.title}»")
        approving = KINDS[kind.approving].id_for(code) if kind.approving else None
        appendices = tuple(other.id_for(code) for other in KINDS.values() if other.approving == kind.key)
        signed = signed_order(orders, results.year, code)
        model = YearDocument(
            title=kind.title.format(monitoring=about, year=results.year),
            approved_by=approving,
            mechanism=code,
            year=results.year,
            date=document_date(regulation, kind.due, results.year, signed.date if signed else None),
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


def made_in(inputs: Mapping[str, str]) -> int | None:
    """The year a document was made for, by what it was made from (a build's record of its inputs, which name the
    year's list of organizations); None for a document not of the monitoring year."""
    found = (ROSTER_INPUT.fullmatch(name) for name in inputs)
    return next((int(match[1]) for match in found if match), None)


def signed_order(orders: Sequence[SignedOrder], year: int, mechanism: str) -> SignedOrder | None:
    """The registered приказ об итогах of ``mechanism`` for ``year``, if ``project.yaml → monitoring.orders`` has it."""
    return next((order for order in orders if order.year == year and order.mechanism == mechanism), None)


def addressees(results: MechanismResults) -> list[str]:
    """The organizations sent адресные рекомендации (:attr:`MechanismResults.addressees`)."""
    return results.addressees


def risk_group(results: MechanismResults) -> list[str]:
    """The organizations that earn a scale's least points on any indicator, in the list's order; none where the
    Положение scores the округ alone (:func:`.addressing.scores_organizations`): it gives an ОО no least points."""
    if not scores_organizations(results.regulation):
        return []
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
