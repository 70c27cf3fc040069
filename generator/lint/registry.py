"""The rule registry: every check registers here; every finding carries a stable code from ``rules.yaml``,
whose entry gives its severity and one-line description."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from schemas.diagnostics import Diagnostic, Location, Severity

from ..coherence.data import lexicon as lexicon  # the rules' data, shared with check
from .document import LintDocument, Passage

DATA = Path(__file__).parent
QUOTE_LENGTH = 40


@dataclass(frozen=True)
class Finding:
    code: str
    passage: Passage | None
    message: str


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    summary: str
    """Russian, one line: what the rule asks of a document."""
    text: bool
    """A text rule also runs on a PDF's text and, where it makes sense, on the sources."""


Check = Callable[[LintDocument], Iterable[Finding]]
_CHECKS: list[tuple[Check, bool]] = []


def check(layout: bool = False) -> Callable[[Check], Check]:
    """Register a check; ``layout`` checks need a DOCX (pages, fonts, requisites) and skip PDFs."""

    def register(function: Check) -> Check:
        _CHECKS.append((function, layout))
        return function

    return register


@cache
def rules() -> dict[str, Rule]:
    catalogue: dict[str, dict[str, Any]] = yaml.load(
        (DATA / "rules.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader
    )
    return {
        code: Rule(code, Severity(entry["severity"]), entry["summary"], bool(entry.get("text")))
        for code, entry in catalogue.items()
    }


def run_checks(document: LintDocument) -> list[Diagnostic]:
    diagnostics: list[Diagnostic] = []
    for function, layout in _CHECKS:
        if layout and document.is_pdf:
            continue
        diagnostics.extend(diagnostic(document, finding) for finding in function(document))
    return sorted(diagnostics, key=lambda d: (d.location.line, d.code))


def diagnostic(document: LintDocument, finding: Finding) -> Diagnostic:
    rule = rules()[finding.code]
    message = finding.message
    if finding.passage is None:
        location = Location(document.display, 1, 1)
    else:
        location = Location(document.display, finding.passage.number, 1)
        message = f"{document.unit} {finding.passage.number} «{quote(finding.passage.text)}»: {message}"
    return Diagnostic(location, rule.severity, message, code=rule.code)


def quote(text: str, length: int = QUOTE_LENGTH) -> str:
    text = text.strip()
    return text if len(text) <= length else text[: length - 1] + "…"
