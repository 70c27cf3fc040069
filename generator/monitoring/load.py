"""What the monitoring year reads: the project's Положения and its list of organizations, valid (or every error
raised at once), and a year's stored data turned into results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from schemas.base import code_sort_key
from schemas.diagnostics import Diagnostic, Location
from schemas.organizations import Organization
from schemas.regulation import MonitoringRegulation

from ..errors import MsokoError
from ..project import ProjectLayout
from ..sources.checked import raise_errors
from ..sources.kinds import REGULATION
from ..sources.model import ProjectSources
from ..sources.organizations import load_organizations
from ..sources.validate import load_project
from .columns import FormPlan, plan_form
from ..messages.monitoring import NO_REGULATION, ORGANIZATIONS_MISSING
from .results import MechanismResults, compute
from .roster import year_roster
from .selection import Respondent, municipality
from .store import Table, read_table, table_path


@dataclass(frozen=True)
class MonitoringSources:
    """The valid project, its organizations and the округ's own row."""

    project: ProjectSources
    organizations: tuple[Organization, ...]
    whole: Respondent
    _plans: dict[tuple[str, int], FormPlan] = field(default_factory=dict, repr=False, compare=False)
    _rosters: dict[int, tuple[tuple[Organization, ...], list[Diagnostic]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @property
    def layout(self) -> ProjectLayout:
        return self.project.layout

    def regulation(self, code: str) -> MonitoringRegulation:
        loaded = self.project.regulation_for(code)
        if loaded is None:
            known = ", ".join(self.codes())
            raise MsokoError(
                [
                    Diagnostic.error(
                        Location(self.layout.display(REGULATION.folder(self.layout))),
                        NO_REGULATION.format(code=code, known=known),
                        code="monitoring",
                    )
                ]
            )
        return loaded.model

    def codes(self) -> list[str]:
        """Every mechanism with a Положение, in code order."""
        return sorted((loaded.model.mechanism for loaded in self.project.regulations), key=code_sort_key)

    def title(self, code: str) -> str:
        """The mechanism's title in the catalog (or among the local mechanisms)."""
        mechanism = self.project.mechanisms.get(code)
        return mechanism.title if mechanism else self.regulation(code).title

    def roster(self, year: int) -> tuple[Organization, ...]:
        """The organizations of ``year``: the project's list, or the copy kept with a past year's data
        (:mod:`.roster`)."""
        return self._year_roster(year)[0]

    def roster_problems(self, year: int) -> list[Diagnostic]:
        """What does not read in the copy of the list kept with ``year``'s data."""
        return self._year_roster(year)[1]

    def _year_roster(self, year: int) -> tuple[tuple[Organization, ...], list[Diagnostic]]:
        if year not in self._rosters:
            organizations, _, problems = year_roster(self.layout, year, self.organizations)
            self._rosters[year] = (organizations, problems)
        return self._rosters[year]

    def plan(self, code: str, year: int) -> FormPlan:
        """The workbook of a mechanism for a year (made once: a collection asks for it at every step), its rows the
        organizations of that year."""
        key = (code, year)
        if key not in self._plans:
            self._plans[key] = plan_form(self.regulation(code), self.title(code), self.roster(year), self.whole, year)
        return self._plans[key]


def monitoring_sources(layout: ProjectLayout) -> MonitoringSources:
    """The project read for monitoring; :class:`MsokoError` with every error of its sources and its list."""
    project = load_project(layout, text_rules=False)  # their findings are warnings, not what the year needs
    project.organizations, found = load_organizations(layout)
    project.diagnostics.extend(found)
    if project.organizations is None and not found:
        project.diagnostics.append(
            Diagnostic.error(
                Location(layout.display(layout.organizations_file)), ORGANIZATIONS_MISSING, code="monitoring"
            )
        )
    raise_errors(project)
    assert project.organizations is not None and project.profile is not None
    whole = municipality(project.profile.model.authority.municipality)
    return MonitoringSources(project, tuple(project.organizations.model.organizations), whole)


def read_year(sources: MonitoringSources, year: int, code: str) -> tuple[Table, list[Diagnostic]]:
    path = table_path(sources.layout, year, code)
    return read_table(path, sources.layout.display(path))


def year_results(
    sources: MonitoringSources, year: int, codes: Sequence[str] = ()
) -> tuple[list[MechanismResults], list[Diagnostic]]:
    """The results of ``year`` for the mechanisms ``codes`` (every one with a Положение when empty), the year
    before giving the changes, the organizations selected as that year's list marked them; and every problem
    reading the stored data."""
    results, problems = [], list(sources.roster_problems(year))
    for code in codes or sources.codes():
        table, found = read_year(sources, year, code)
        previous, found_before = read_year(sources, year - 1, code)
        problems += found + found_before
        results.append(
            compute(
                sources.regulation(code),
                sources.title(code),
                sources.roster(year),
                sources.whole,
                year,
                table,
                previous,
            )
        )
    return results, problems
