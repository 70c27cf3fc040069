"""The coherence rules (:mod:`generator.coherence`) on the sources, for ``msoko check``: each document source's
strings are its texts, dated by the act that issues or approves it; a Положение's schedule is read against its
indicators, the roadmap against the Положения, the self-assessment's evidence against their deadlines, each act's
points against its control point, and every cited act against the project's list of cited acts.

Findings are warnings, located at the YAML line: a lawyer sees them before the documents are built, and
``check --strict`` fails on them; they do not stop a build."""

from __future__ import annotations

from typing import Sequence

from schemas.citations import CitedAct
from schemas.diagnostics import Diagnostic, Location
from schemas.regulation import MonitoringRegulation

from .. import messages
from ..coherence.abbreviations import abbreviation_hits, glossary_hits
from ..coherence.acts import executor_controller, undated_instructions
from ..coherence.cycle import (
    bare_decisions,
    deadlines_text,
    lacking_deadlines,
    lacking_message,
    schedule_with_cycle,
    step_deadline,
    steps_before_the_act,
    unreadable_deadlines,
)
from ..coherence.dates import Day, Deadline, days_in, deadlines_in
from ..coherence.text import Hit, NameGroup, default_names, text_hits
from ..coherence.timeline import (
    Named,
    late,
    late_message,
    period_problem,
    repeated_numbers,
    report_deadline,
    roadmap_problem,
    schedule_problems,
)
from .completeness import PartStatus, part_status
from .consistency import CITATION, document_sources, issued_on, located_strings
from .kinds import EVALUATION
from .year_orders import registered_orders
from .load import SourceFile
from ..project import ProjectLayout
from .model import ProjectSources

CYCLE_DEADLINES = "cycle-deadlines"
LOCATING_WORDS = 3
HEADING_LENGTH = 150


def check_coherence(project: ProjectSources) -> list[Diagnostic]:
    return (
        _texts(project)
        + _regulations(project)
        + _roadmap(project)
        + _evidence(project)
        + _acts(project)
        + _unverified(project)
        + registered_orders(project)
    )


def _warning(where: Location, code: str, message: str) -> Diagnostic:
    return Diagnostic.warning(where, message, code=code)


def _located(source: SourceFile, fragment: str, within: tuple, preceding: str = "") -> Location:
    """Where a finding's words stand in the string it was found in (``within``, its YAML path), after
    ``preceding``, that string's text before them."""
    return (
        source.find(fragment, within, preceding)
        or source.find(" ".join(fragment.split()[:LOCATING_WORDS]), within)
        or Location(source.display)
    )


def names(project: ProjectSources) -> Sequence[NameGroup]:
    """The project's glossary names and its terms' other names; the lint's defaults without a glossary."""
    if project.glossary is None:
        return default_names()
    glossary = project.glossary.model
    return [NameGroup(name.preferred, tuple(name.variants)) for name in glossary.names] + [
        NameGroup(term.term, tuple(term.variants)) for term in glossary.terms if term.variants
    ]


def _texts(project: ProjectSources) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for source in document_sources(project):
        alone = project.alone.get(source.display)
        found.extend(alone.texts if alone else source_texts(project, source))
    return found


def source_texts(project: ProjectSources, source: SourceFile) -> list[Diagnostic]:
    """The text rules of coherence on one document source's strings, dated by the act that issues or approves it."""
    groups = names(project)
    terms = [(term.term, term.definition) for term in project.glossary.model.terms] if project.glossary else []
    own = {act.number for act in project.acts.values()}  # a later act of the project's own: reported as an error
    located = list(located_strings(source.data))
    paths, texts = [path for path, _ in located], [text for _, text in located]
    headings = frozenset(
        i
        for i, text in enumerate(texts)
        if len(text) < HEADING_LENGTH and not text.rstrip().endswith((".", ";", ":", ","))
    )
    hits: list[Hit] = [
        *text_hits(texts, issued_on(project, source), groups),
        *abbreviation_hits(texts, headings),
        *glossary_hits(texts, terms),
    ]
    return [
        _warning(_located(source, hit.fragment, paths[hit.index], texts[hit.index][: hit.at]), hit.code, hit.message)
        for hit in hits
        if not (hit.code == "cites-later-act" and hit.fragment.split("№")[-1].strip() in own)
    ]


def _regulations(project: ProjectSources) -> list[Diagnostic]:
    found = []
    for loaded in project.regulations:
        alone = project.alone.get(loaded.source.display)
        found += alone.regulation if alone else regulation_findings(loaded.model, loaded.source)
    return found


def regulation_findings(regulation: MonitoringRegulation, source: SourceFile) -> list[Diagnostic]:
    """A Положение's deadlines against its indicators' periods and its schedule, its cycle's deadlines, and its
    decisions' objects."""
    found = []
    report = report_deadline(regulation.schedule)
    for index, indicator in enumerate(regulation.indicators):
        problem = period_problem(indicator.calculation.period, indicator.periodicity, indicator.deadline, report)
        if problem:
            found.append(
                _warning(
                    source.locate(("indicators", index, "deadline")),
                    "deadline-period",
                    messages.INDICATOR_PROBLEM.format(code=indicator.code, problem=problem),
                )
            )
    named = [Named(indicator.code, indicator.deadline) for indicator in regulation.indicators]
    for item, message in schedule_problems(regulation.schedule, named):
        found.append(
            _warning(source.locate(("indicators", named.index(item), "deadline")), "schedule-deadlines", message)
        )
    found += _cycle_deadlines(regulation, source)
    found += [
        Diagnostic.warning(
            _located(source, decision, ("use_of_results", "decisions")),
            messages.DECISION_WITHOUT_OBJECT.format(decision=decision),
            code="decision-object",
        )
        for decision in bare_decisions(regulation.use_of_results.decisions)
    ]
    return found


def _cycle_deadlines(regulation: MonitoringRegulation, source: SourceFile) -> list[Diagnostic]:
    """Every step of the cycle after the monitoring has its deadline: an error, since an act orders the steps «в
    сроки, установленные Положением» (``cycle-deadlines``)."""
    if part_status(regulation.schedule) is not PartStatus.FILLED:
        return []  # a draft's schedule: «completeness» asks for it first
    found = [
        Diagnostic.error(
            source.locate(("cycle_deadlines", field)),
            messages.CYCLE_DEADLINE_UNREADABLE.format(value=value),
            code=CYCLE_DEADLINES,
        )
        for field, value in unreadable_deadlines(regulation.cycle_deadlines)
    ]
    text = deadlines_text(regulation)
    lacking = lacking_deadlines(text)
    where = ("cycle_deadlines",) if "cycle_deadlines" in source.data else ("schedule",)
    if lacking:
        found.append(
            Diagnostic.error(source.locate(where, prefer_key=True), lacking_message(lacking), code=CYCLE_DEADLINES)
        )
    found += [
        _warning(source.locate((*where, document.field)), "cycle-order", message)
        for document, message in steps_before_the_act(text)
    ]
    return found


def _days_of(project: ProjectSources, code: str) -> set[Day] | None:
    loaded = project.regulation_for(code)
    if loaded is None:
        return None
    alone = project.alone.get(loaded.source.display)
    return alone.days if alone else regulation_days(loaded.model)


def regulation_days(regulation: MonitoringRegulation) -> set[Day]:
    """Every day a Положение names: in its schedule, its cycle's deadlines and its indicators' deadlines."""
    days = days_in(schedule_with_cycle(regulation))
    days.update(due.day for indicator in regulation.indicators for due in deadlines_in(indicator.deadline))
    return days


def _roadmap(project: ProjectSources) -> list[Diagnostic]:
    if project.roadmap is None:
        return []
    found = []
    for s, section in enumerate(project.roadmap.model.sections):
        for i, item in enumerate(section.items):
            for code in [section.mechanism] if section.mechanism else item.mechanisms:
                days = _days_of(project, code)
                problem = days is not None and roadmap_problem(item.activity, item.deadline, code, days)
                if problem:
                    found.append(
                        _warning(
                            project.roadmap.source.locate(("sections", s, "items", i, "deadline")),
                            "roadmap-dates",
                            problem,
                        )
                    )
    return found


def _evidence(project: ProjectSources) -> list[Diagnostic]:
    if project.evaluation is None:
        return []
    records, source = project.evaluation.model.evidence, project.evaluation.source
    found = []
    for index, record in enumerate(records):
        deadline = evidence_deadline(project, record.mechanism, record.step, record.kind)
        if deadline is not None and late(record.date, deadline):
            found.append(
                _warning(
                    source.locate(("evidence", index, "date")),
                    "evidence-late",
                    late_message(record.kind, record.date, deadline, record.mechanism),
                )
            )
    numbered = [
        (r.number, r.date, messages.EVIDENCE_DESCRIBED.format(kind=r.kind, mechanism=r.mechanism)) for r in records
    ]
    found += [
        _warning(source.locate(("evidence", index, "number")), "number-twice", message)
        for index, message in repeated_numbers(numbered)
    ]
    return found


def evidence_deadline(project: ProjectSources, mechanism: str, step: str, kind: str) -> Deadline | None:
    """The deadline a Положение sets for the document evidencing a step: the справка's for the analysis, the
    plan's or the report's for the measures, and so on (:mod:`generator.coherence.cycle`)."""
    loaded = project.regulation_for(mechanism)
    return step_deadline(deadlines_text(loaded.model), step, kind) if loaded else None


def _acts(project: ProjectSources) -> list[Diagnostic]:
    found = []
    signatory = project.profile.model.head.name if project.profile else ""
    for _, loaded in sorted(project.acts_loaded.items()):
        act, source = loaded.model, loaded.source
        points = [" ".join([point.text, *point.subpoints]) for point in act.points]
        head = signatory
        if act.signatory is not None:
            head = act.signatory.name
        elif act.kind == "постановление" and project.profile and project.profile.model.administration:
            head = project.profile.model.administration.head.name
        problem = executor_controller(points, act.control, head)
        if problem:
            found.append(_warning(source.locate(("points", problem[0], "text")), "executor-controller", problem[1]))
        for point, subpoint, message in undated_instructions([(p.text, p.subpoints) for p in act.points]):
            path = ("points", point, "text") if subpoint is None else ("points", point, "subpoints", subpoint)
            found.append(_warning(source.locate(path), "point-deadline", message))
    numbered = sorted(
        (
            (loaded.model.number, loaded.model.date, loaded.model.kind, act_id)
            for act_id, loaded in project.acts_loaded.items()
            if loaded.model.kind == "приказ"
        ),
        key=lambda r: r[1],
    )
    found += [
        _warning(project.acts_loaded[numbered[index][3]].source.locate(("number",)), "number-twice", message)
        for index, message in repeated_numbers([r[:3] for r in numbered])
    ]
    return found


def _unverified(project: ProjectSources) -> list[Diagnostic]:
    """Every act a document cites by date and number, other than the project's own acts, is in the list of cited
    acts, checked against its publication or accepted by the author."""
    found: list[Diagnostic] = []
    reported: set[tuple[str, str]] = set()
    for source in document_sources(project):
        alone = project.alone.get(source.display)
        for key, warning in alone.citations if alone else unverified_citations(project, source):
            if key not in reported:  # each act once in the project, where it is first cited
                reported.add(key)
                found.append(warning)
    return found


def unverified_citations(project: ProjectSources, source: SourceFile) -> list[tuple[tuple[str, str], Diagnostic]]:
    """The acts a source cites that are neither the project's own nor checked or accepted in the list of cited acts,
    each (date, number) with its warning at its first citation in the source."""
    own = {(act.date.strftime("%d.%m.%Y"), act.number) for act in project.acts.values()}
    listed: dict[tuple[str, str], CitedAct] = {}
    if project.citations is not None:
        listed = {(a.date.strftime("%d.%m.%Y"), a.number): a for a in project.citations.model.acts}
    found: dict[tuple[str, str], Diagnostic] = {}
    for path, text in located_strings(source.data):
        for match in CITATION.finditer(text):
            key = (match.group(1), match.group(2).replace("\u2011", "-"))
            entry = listed.get(key)
            if key in own or key in found or (entry is not None and (entry.verified or entry.accepted)):
                continue
            message = (messages.CITATION_UNLISTED if entry is None else messages.CITATION_UNVERIFIED).format(
                date=key[0], number=key[1]
            )
            found[key] = _warning(_located(source, match.group(0), path), "citation-unverified", message)
    return list(found.items())


def confirmed_citations(layout: ProjectLayout) -> set[tuple[str, str]] | None:
    """For ``msoko lint`` in a project: the (date, number) of the acts its documents may cite — its own acts and
    documents (the self-assessment's evidence) and the cited acts checked or accepted; None when the project keeps no
    list of cited acts (or it cannot be read:
    ``check`` says why)."""
    import datetime

    import yaml

    if not layout.citations_file.exists():
        return None
    try:
        listed = yaml.safe_load(layout.citations_file.read_text(encoding="utf-8")) or {}
        confirmed = {
            (entry["date"].strftime("%d.%m.%Y"), str(entry["number"]))
            for entry in listed.get("acts", [])
            if isinstance(entry.get("date"), datetime.date) and (entry.get("verified") or entry.get("accepted"))
        }
        own = [yaml.safe_load(path.read_text(encoding="utf-8")) or {} for path in layout.act_files()]
        evaluation = EVALUATION.path(layout)
        if evaluation.exists():  # the evidence of the self-assessment: the УО's own documents
            own += (yaml.safe_load(evaluation.read_text(encoding="utf-8")) or {}).get("evidence", [])
        confirmed.update(
            (entry["date"].strftime("%d.%m.%Y"), str(entry.get("number")))
            for entry in own
            if isinstance(entry.get("date"), datetime.date)
        )
    except (OSError, yaml.YAMLError, AttributeError, KeyError, TypeError):
        return None
    return confirmed
