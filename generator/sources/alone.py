"""The check's rules that read one Положение alone, run on the core that reads it (:mod:`.validate`): a thousand
Положения are checked on every core, each from the model just made of it, instead of one after another in the
check of the whole project, which made each model again for each rule. The check of the whole
(:func:`~generator.sources.checked.check_whole`) takes these findings where it would have found them, in the same
order, and finds them itself for any source read without them."""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas.diagnostics import Diagnostic
from schemas.regulation import MonitoringRegulation

from ..coherence.dates import Day
from .coherence import regulation_days, regulation_findings, source_texts, unverified_citations
from .completeness import Covered, regulation_completeness
from .consistency import capitalised, cited_acts
from .load import SourceFile
from .model import ProjectSources
from .scales import regulation_scales


@dataclass
class Alone:
    """What the check finds in one Положение alone; the parts that need its model are empty for an invalid one."""

    texts: list[Diagnostic]
    """The text rules of coherence on its strings."""
    citations: list[tuple[tuple[str, str], Diagnostic]]
    """The acts it cites that the list of cited acts does not vouch for."""
    regulation: list[Diagnostic] = field(default_factory=list)
    """Its deadlines, schedule, cycle and decisions."""
    completeness: tuple[list[Diagnostic], Covered] = field(default_factory=lambda: ([], ({}, 0, {})))
    scales: list[Diagnostic] = field(default_factory=list)
    days: set[Day] = field(default_factory=set)
    """The days it names, which the roadmap's dates are read against."""
    acts: list[Diagnostic] = field(default_factory=list)
    """Its citations of the project's acts by a wrong date or of a later act."""
    words: list[str] = field(default_factory=list)
    """Its capitalised words no glossary term holds, which may be abbreviations the glossary lacks."""


def alone(project: ProjectSources, source: SourceFile, regulation: MonitoringRegulation | None) -> Alone:
    """The check's findings on a Положение (``regulation`` its model, None when it did not validate), with what the
    project it belongs to says of its glossary, its acts and the acts it cites."""
    found = Alone(source_texts(project, source), unverified_citations(project, source))
    found.acts = cited_acts(project, source)
    found.words = capitalised(project, source)
    if regulation is not None:
        found.regulation = regulation_findings(regulation, source)
        found.completeness = regulation_completeness(regulation, source)
        found.scales = regulation_scales(regulation, source)
        found.days = regulation_days(regulation)
    return found
