"""Cross-document rules: the concept and the roadmap cover the mechanisms, dates and numbers of the
acts agree wherever the texts cite them, an act's control point names an official, a year's
self-assessment is approved after the year ends, and abbreviations are defined in the concept's terms table."""

from __future__ import annotations

import datetime
import re
from typing import Any, Iterator

from schemas.diagnostics import Diagnostic, Location

from .. import messages
from ..coherence.text import CITATION as CITATION
from ..russian.typography import percent_cell
from .load import SourceFile
from .model import ProjectSources


def check_coherence(project: ProjectSources) -> list[Diagnostic]:
    from .coherence import check_coherence as coherence  # imports this module's helpers

    return coherence(project)


_OFFICIAL = re.compile(
    r"[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"  # «А.А. Ангеловского»
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s[А-ЯЁ]\.\s?[А-ЯЁ]\."  # «Ангеловского А.А.»
    r"|оставляю\s+за\s+собой"
)
_WORD = re.compile(r"(?<![А-Яа-яЁё])[А-ЯЁ][А-ЯЁа-яё]{1,7}(?![А-Яа-яЁё])")


def check_consistency(project: ProjectSources) -> list[Diagnostic]:
    return (
        _issuers(project)
        + _concept_coverage(project)
        + _roadmap_coverage(project)
        + _citations(project)
        + _control_officials(project)
        + _assessment_dates(project)
        + _stated_shares(project)
        + _glossary(project)
        + _abbreviations(project)
        + _text_rules(project)
        + check_coherence(project)
    )


def _glossary(project: ProjectSources) -> list[Diagnostic]:
    """A term defined twice would be introduced with whichever definition came first."""
    if project.glossary is None:
        return []
    seen: set[str] = set()
    found = []
    for index, term in enumerate(project.glossary.model.terms):
        if term.term in seen:
            found.append(
                Diagnostic.error(
                    project.glossary.source.locate(("terms", index, "term")),
                    messages.GLOSSARY_TERM_TWICE.format(term=term.term),
                    code="consistency",
                )
            )
        seen.add(term.term)
    return found


def _issuers(project: ProjectSources) -> list[Diagnostic]:
    """A постановление is the administration's: its letterhead and head must be in project.yaml."""
    if project.profile is None or project.profile.model.administration is not None:
        return []
    return [
        Diagnostic.error(loaded.source.locate(("kind",)), messages.NO_ADMINISTRATION, code="consistency")
        for loaded in project.acts_loaded.values()
        if loaded.model.kind == "постановление"
    ]


def _concept_coverage(project: ProjectSources) -> list[Diagnostic]:
    if project.concept is None:
        return []
    found = []
    concept, source = project.concept.model, project.concept.source
    covered = set()
    for index, entry in enumerate(concept.mechanisms):
        covered.add(entry.mechanism)
        if (
            entry.mechanism in project.mechanisms
            and project.regulation_for(entry.mechanism) is None
            and entry.mechanism not in project.unvalidated_mechanisms
        ):
            found.append(
                Diagnostic.error(
                    source.locate(("mechanisms", index, "mechanism")),
                    messages.CONCEPT_WITHOUT_REGULATION.format(code=entry.mechanism),
                    code="consistency",
                )
            )
    for code in project.mechanisms:
        if code not in covered:
            found.append(
                Diagnostic.warning(
                    source.locate(("mechanisms",)),
                    messages.MECHANISM_NOT_IN_CONCEPT.format(code=code),
                    code="consistency",
                )
            )
    return found


def _roadmap_coverage(project: ProjectSources) -> list[Diagnostic]:
    """Every mechanism of the catalog and every local one has a roadmap section or activity of its own."""
    if project.roadmap is None:
        return []
    roadmap, source = project.roadmap.model, project.roadmap.source
    covered = {section.mechanism for section in roadmap.sections}
    covered.update(code for section in roadmap.sections for item in section.items for code in item.mechanisms)
    return [
        Diagnostic.error(
            source.locate(("sections",)),
            messages.ROADMAP_MISSES_MECHANISM.format(code=code, title=mechanism.title),
            code="roadmap-coverage",
        )
        for code, mechanism in project.mechanisms.items()
        if code not in covered
    ]


def _control_officials(project: ProjectSources) -> list[Diagnostic]:
    """«Контроль … возложить на …» names the official by initials and surname, or the signatory keeps it."""
    return [
        Diagnostic.error(loaded.source.locate(("control",)), messages.CONTROL_WITHOUT_OFFICIAL, code="control-official")
        for _, loaded in sorted(project.acts_loaded.items())
        if not _OFFICIAL.search(loaded.model.control)
    ]


def _assessment_dates(project: ProjectSources) -> list[Diagnostic]:
    """The results of year Y are approved by an act dated after 31 December of Y, and no evidence is later."""
    evaluation = project.evaluation
    if evaluation is None or evaluation.model.approved_by is None:
        return []
    act_id = evaluation.model.approved_by
    act = project.acts.get(act_id)
    if act is None:
        return []
    found = []
    year, source, approved = evaluation.model.year, evaluation.source, act.date.strftime("%d.%m.%Y")
    if act.date <= datetime.date(year, 12, 31):
        found.append(
            Diagnostic.error(
                source.locate(("year",)),
                messages.ASSESSMENT_AFTER_APPROVAL.format(year=year, act=act_id, date=approved),
                code="date-order",
            )
        )
    for index, record in enumerate(evaluation.model.evidence):
        if record.date > act.date:
            found.append(
                Diagnostic.error(
                    source.locate(("evidence", index, "date")),
                    messages.EVIDENCE_AFTER_APPROVAL.format(
                        kind=record.kind, date=record.date.strftime("%d.%m.%Y"), act=act_id, act_date=approved
                    ),
                    code="date-order",
                )
            )
    return found


def _stated_shares(project: ProjectSources) -> list[Diagnostic]:
    """An earlier year's share as its source states it agrees with its points to the one decimal the documents show
    (105 из 118 is 89,0 %, not 88,9 %): a reader who divides finds the same figure."""
    if project.evaluation is None:
        return []
    found = []
    for h, history in enumerate(project.evaluation.model.history):
        for r, recorded in enumerate(history.results):
            if recorded.percent is None:
                continue
            stated, computed = percent_cell(recorded.percent), percent_cell(100 * recorded.earned / recorded.possible)
            if stated != computed:
                found.append(
                    Diagnostic.warning(
                        project.evaluation.source.locate(("history", h, "results", r, "percent")),
                        messages.SHARE_DISAGREES.format(
                            stated=stated, earned=recorded.earned, possible=recorded.possible, computed=computed
                        ),
                        code="consistency",
                    )
                )
    return found


def _text_rules(project: ProjectSources) -> list[Diagnostic]:
    """The lint's text rules on every string of the sources (citations, numerals), located at the YAML line.
    Warnings: a lawyer should see them before the documents are built, but they do not stop the build."""
    found = project.text_findings
    return [
        diagnostic
        for source in document_sources(project)
        for diagnostic in (found[source.display] if source.display in found else text_rule_findings(source))
    ]


def text_rule_findings(source: SourceFile) -> list[Diagnostic]:
    """The text rules' warnings on one source."""
    from ..lint.sources import text_findings  # the lint's rules, loaded only when checking

    return [
        Diagnostic.warning(
            source.find(finding.fragment, path) or Location(source.display), finding.message, code=finding.code
        )
        for path, text in located_strings(source.data)
        for finding in text_findings(text)
    ]


def _citations(project: ProjectSources) -> list[Diagnostic]:
    found = []
    for source in document_sources(project):
        alone = project.alone.get(source.display)
        found += alone.acts if alone else cited_acts(project, source)
    return found


def cited_acts(project: ProjectSources, source: SourceFile) -> list[Diagnostic]:
    """«от 24.03.2021 № 615» in any text must match the act numbered 615, if the project has it, and a
    document cannot cite an act issued after its own date."""
    by_number = {act.number: act for act in project.acts.values()}
    found = []
    issued = issued_on(project, source)
    for match in CITATION.finditer(source_text(source)):
        date, number = match.groups()
        act = by_number.get(number)
        if act is None:
            continue
        if act.date.strftime("%d.%m.%Y") != date:
            found.append(
                Diagnostic.error(
                    _where(source, match.group(0)),
                    messages.CITATION_DATE_DISAGREES.format(
                        number=number, date=date, actual=act.date.strftime("%d.%m.%Y")
                    ),
                    code="citation-date",
                )
            )
        elif issued is not None and act.date > issued:
            found.append(
                Diagnostic.error(
                    _where(source, match.group(0)),
                    messages.CITES_LATER_ACT.format(number=number, date=date, issued=issued.strftime("%d.%m.%Y")),
                    code="cites-later-act",
                )
            )
    return found


def _where(source: SourceFile, fragment: str) -> Location:
    """Found only for a problem: the place is searched in the file's text, read again for it."""
    return source.find(fragment) or Location(source.display)


def issued_on(project: ProjectSources, source: SourceFile) -> datetime.date | None:
    """The date a source's document bears: an act's own date, or that of the act approving the document."""
    act_id = next((key for key, act_source in project.act_sources.items() if act_source is source), None)
    data = source.data if act_id is None else None
    if isinstance(data, dict) and isinstance(data.get("approved_by"), str):
        act_id = data["approved_by"]
    act = project.acts.get(act_id) if act_id else None
    return act.date if act else None


def _abbreviations(project: ProjectSources) -> list[Diagnostic]:
    """An abbreviation no glossary entry defines cannot be introduced at its first use."""
    from ..lint.language import is_abbreviation  # the lint's notion of an abbreviation, loaded only when checking

    if project.glossary is None and project.layout.glossary_file.exists():
        return []  # the glossary itself is in error, and reported
    found = []
    judged: set[str] = set()  # words already looked at: most capitalised words come back in every source
    for source in document_sources(project):
        alone = project.alone.get(source.display)
        for word in alone.words if alone else capitalised(project, source):
            if word not in judged:
                judged.add(word)
                if is_abbreviation(word):
                    where = source.find(word) or Location(source.display)
                    found.append(
                        Diagnostic.warning(
                            where, messages.ABBREVIATION_NOT_IN_GLOSSARY.format(word=word), code="consistency"
                        )
                    )
    return found


def capitalised(project: ProjectSources, source: SourceFile) -> list[str]:
    """The capitalised words of a source that no glossary term holds, each once, in the order they first appear."""
    terms = project.glossary.model.terms if project.glossary else []
    defined = {word for term in terms for word in re.split(r"[\s\-]+", term.term)}
    return [word for word in dict.fromkeys(_WORD.findall(source_text(source))) if word not in defined]


def document_sources(project: ProjectSources) -> list[SourceFile]:
    return [d.source for d in project.documents] + [project.act_sources[k] for k in sorted(project.act_sources)]


_APART = "\x00"
"""Between the strings of a source searched as one text: the loader drops it from every string, and no
pattern here matches it, so no match runs from one string into the next."""


def source_text(source: SourceFile) -> str:
    """All a source's strings as one text: one search a source rather than one a string. Made where it is read: the
    texts of a thousand Положения would hold tens of megabytes at once."""
    return _APART.join(strings(source.data))


def strings(data: Any) -> Iterator[str]:
    return (text for _, text in located_strings(data))


def located_strings(data: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every string of a source with its YAML path, in the file's order."""
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from located_strings(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from located_strings(value, (*path, index))
