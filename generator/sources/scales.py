"""The scale rules (:mod:`generator.scales`) on the sources: each finding located at its band, group or total."""

from __future__ import annotations

from schemas.diagnostics import Diagnostic, Severity
from schemas.regulation import MonitoringRegulation

from ..messages import scales as scale_messages
from ..scales import scale_findings, total_findings
from .load import SourceFile
from .model import ProjectSources

WARNINGS = frozenset({"scale-precision"})
"""Findings a careful author should see but that leave every value scored once."""


def check_scales(project: ProjectSources) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for loaded in project.regulations:
        alone = project.alone.get(loaded.source.display)
        found += alone.scales if alone else regulation_scales(loaded.model, loaded.source)
    return found


def regulation_scales(regulation: MonitoringRegulation, source: SourceFile) -> list[Diagnostic]:
    found = []
    for number, indicator in enumerate(regulation.indicators):
        owner = scale_messages.SCALE_OWNER.format(code=indicator.code)
        for finding in scale_findings(indicator.scoring, indicator.unit, owner):
            path = ("indicators", number, "scoring") + (() if finding.index is None else (finding.index,))
            found.append(_diagnostic(source, path, finding.code, finding.message))
    total = regulation.total
    if total is None:
        return found
    summed = regulation.summed_indicators()
    levels = {indicator.code: indicator.level for indicator in summed}
    maxima = {indicator.code: indicator.max_points for indicator in summed}
    for finding in total_findings(total, levels, maxima, scale_messages.TOTAL_OWNER):
        path = (
            ("total", "subject")
            if finding.code == "total-level"
            else ("total", "groups") + (() if finding.index is None else (finding.index,))
        )
        found.append(_diagnostic(source, path, finding.code, finding.message))
    return found


def _diagnostic(source: SourceFile, path: tuple, code: str, message: str) -> Diagnostic:
    severity = Severity.WARNING if code in WARNINGS else Severity.ERROR
    return Diagnostic(source.locate(path), severity, message, code=code)
