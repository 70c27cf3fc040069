"""The text rules that make sense on the sources, for ``msoko check``: a cited act needs its date and
number, a number agrees with its noun. Same rule code and wording as in ``msoko lint``."""

from __future__ import annotations

from dataclasses import dataclass

from schemas.diagnostics import Severity

from .citations import citation_message, incomplete_citations
from .numerals import agreement_message, disagreements
from .registry import rules


LOCATING_WORDS = 3
"""A source's prose may be folded across YAML lines: a few leading words find it."""


@dataclass(frozen=True)
class TextFinding:
    code: str
    fragment: str
    """The text as written in the source, to locate the finding there."""
    message: str


def text_findings(text: str) -> list[TextFinding]:
    found = [
        TextFinding("citation-incomplete", " ".join(text[offset:].split()[:LOCATING_WORDS]), citation_message(fragment))
        for offset, fragment in incomplete_citations(text)
    ]
    found += [
        TextFinding("numeral-agreement", text[offset : offset + len(written)], agreement_message(written, expected))
        for offset, written, expected in disagreements(text)
    ]
    return found


def severity_of(code: str) -> Severity:
    return rules()[code].severity
