"""Cross-document rules: the concept covers mechanisms that have Положения, dates and numbers of the
acts agree wherever the texts cite them, and abbreviations are defined in the glossary."""

from __future__ import annotations

import re
from typing import Any, Iterator

from schemas.diagnostics import Diagnostic, Location

from . import messages
from .load import SourceFile
from .validate import ProjectSources

_CITATION = re.compile(r"от\s+(\d{2}\.\d{2}\.\d{4})\s*№\s*([0-9A-Za-zА-Яа-яЁё/\-]+)")
_WORD = re.compile(r"(?<![А-Яа-яЁё])[А-ЯЁ][А-ЯЁа-яё]{1,7}(?![А-Яа-яЁё])")


def check_consistency(project: ProjectSources) -> list[Diagnostic]:
    return (_issuers(project) + _concept_coverage(project) + _citations(project) + _glossary(project)
            + _abbreviations(project))


def _glossary(project: ProjectSources) -> list[Diagnostic]:
    """A term defined twice would be introduced with whichever definition came first."""
    if project.glossary is None:
        return []
    seen: set[str] = set()
    found = []
    for index, term in enumerate(project.glossary.model.terms):
        if term.term in seen:
            found.append(Diagnostic.error(project.glossary.source.locate(("terms", index, "term")),
                                          messages.GLOSSARY_TERM_TWICE.format(term=term.term), code="consistency"))
        seen.add(term.term)
    return found


def _issuers(project: ProjectSources) -> list[Diagnostic]:
    """A постановление is the administration's: its letterhead and head must be in project.yaml."""
    if project.profile is None or project.profile.model.administration is not None:
        return []
    return [Diagnostic.error(loaded.source.locate(("kind",)), messages.NO_ADMINISTRATION, code="consistency")
            for loaded in project.acts_loaded.values() if loaded.model.kind == "постановление"]


def _concept_coverage(project: ProjectSources) -> list[Diagnostic]:
    if project.concept is None:
        return []
    found = []
    concept, source = project.concept.model, project.concept.source
    covered = set()
    for index, entry in enumerate(concept.mechanisms):
        covered.add(entry.mechanism)
        if entry.mechanism in project.mechanisms and project.regulation_for(entry.mechanism) is None \
                and entry.mechanism not in project.unvalidated_mechanisms:
            found.append(Diagnostic.error(source.locate(("mechanisms", index, "mechanism")),
                                messages.CONCEPT_WITHOUT_REGULATION.format(code=entry.mechanism), code="consistency"))
    for code in project.mechanisms:
        if code not in covered:
            found.append(Diagnostic.warning(source.locate(("mechanisms",)), messages.MECHANISM_NOT_IN_CONCEPT.format(code=code), code="consistency"))
    return found


def _citations(project: ProjectSources) -> list[Diagnostic]:
    """«от 24.03.2021 № 615» in any text must match the act numbered 615, if the project has it."""
    by_number = {act.number: act for act in project.acts.values()}
    found = []
    for source in _document_sources(project):
        for text in _strings(source.data):
            for match in _CITATION.finditer(text):
                date, number = match.groups()
                act = by_number.get(number)
                if act is not None and act.date.strftime("%d.%m.%Y") != date:
                    where = source.find(match.group(0)) or Location(source.display)
                    found.append(Diagnostic.error(where, messages.CITATION_DATE_DISAGREES.format(
                        number=number, date=date, actual=act.date.strftime("%d.%m.%Y")), code="consistency"))
    return found


def _abbreviations(project: ProjectSources) -> list[Diagnostic]:
    """An abbreviation no glossary entry defines cannot be introduced at its first use."""
    if project.glossary is None and project.layout.glossary_file.exists():
        return []  # the glossary itself is in error, and reported
    terms = project.glossary.model.terms if project.glossary else []
    defined = {word for term in terms for word in re.split(r"[\s\-]+", term.term)}
    reported: set[str] = set()
    found = []
    for source in _document_sources(project):
        for text in _strings(source.data):
            for word in _WORD.findall(text):
                if _is_abbreviation(word) and word not in defined and word not in reported:
                    reported.add(word)
                    where = source.find(word) or Location(source.display)
                    found.append(Diagnostic.warning(where, messages.ABBREVIATION_NOT_IN_GLOSSARY.format(word=word),
                                                    code="consistency"))
    return found


def _is_abbreviation(word: str) -> bool:
    """«ОО», «ВсОШ», «КДНиЗП»; not a name set in mixed case such as «ПроеКТОриЯ»."""
    upper = sum(1 for ch in word if ch.isupper())
    return upper >= 2 and (len(word) - upper) * 2 <= upper


def _document_sources(project: ProjectSources) -> list[SourceFile]:
    return [d.source for d in project.documents] + [project.act_sources[k] for k in sorted(project.act_sources)]


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


