"""How diagnostics and the check report are shown: ``file:line:col: сообщение``, text or JSON."""

from __future__ import annotations

import json

from schemas.cycle import CYCLE_STEPS
from schemas.diagnostics import Diagnostic
from schemas.regulation import SIX_PARTS

from .sources.completeness import MechanismCoverage, PartStatus
from .messages import count_word
from .messages import report as say
from .russian.typography import percent_text

_PART_MARK = {PartStatus.FILLED: "✓", PartStatus.EMPTY: "✗", PartStatus.PLACEHOLDER: "…"}


def format_diagnostic(diagnostic: Diagnostic) -> str:
    return f"{diagnostic.location}: {diagnostic.severity.label}: {diagnostic.message}"


def sorted_diagnostics(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(set(diagnostics))


def summary_line(diagnostics: list[Diagnostic]) -> str:
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    return say.TOTALS.format(
        errors=count_word(errors, *say.ERROR_FORMS), warnings=count_word(warnings, *say.WARNING_FORMS)
    )


def diagnostics_text(diagnostics: list[Diagnostic]) -> str:
    lines = [format_diagnostic(d) for d in sorted_diagnostics(diagnostics)]
    lines.append(summary_line(diagnostics))
    return "\n".join(lines)


def diagnostics_json(diagnostics: list[Diagnostic], **extra) -> str:
    ordered = sorted_diagnostics(diagnostics)
    payload = {
        "ok": not any(d.is_error for d in ordered),
        "errors": sum(1 for d in ordered if d.is_error),
        "warnings": sum(1 for d in ordered if not d.is_error),
        "diagnostics": [d.to_dict() for d in ordered],
        **extra,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def coverage_table(coverage: list[MechanismCoverage], catalog_title: str) -> str:
    """The mechanism × part matrix: ✓ filled, ✗ empty, … placeholder, — no Положение, ! not loaded."""
    lines = [say.CATALOG.format(title=catalog_title), ""]
    header = (
        f"{say.CODE_COLUMN:<5} {say.MECHANISM_COLUMN:<48} "
        + " ".join(f"{h:^8}" for h in say.PART_HEADERS)
        + f" {say.CYCLE_COLUMN:^5}"
    )
    lines += [header, "─" * len(header)]
    for row in coverage:
        title = row.mechanism.title if len(row.mechanism.title) <= 48 else row.mechanism.title[:47] + "…"
        if row.file is None:
            mark = "!" if row.invalid else "—"
            marks = " ".join(f"{mark:^8}" for _ in SIX_PARTS)
            cycle = mark
        else:
            marks = " ".join(
                f"{_PART_MARK[row.parts[part]] + (f' {row.indicators}' if part == 'indicators' else ''):^8}"
                for part, _ in SIX_PARTS
            )
            cycle = f"{sum(row.cycle.values())}/{len(CYCLE_STEPS)}"
        lines.append(f"{row.mechanism.code:<5} {title:<48} {marks} {cycle:^5}")
    complete = sum(1 for row in coverage if row.complete)
    lines += ["", say.COVERAGE_LEGEND, say.COVERAGE_TOTAL.format(complete=complete, count=len(coverage))]
    return "\n".join(lines)


def check_text(
    authority: str, coverage: list[MechanismCoverage], catalog_title: str, diagnostics: list[Diagnostic]
) -> str:
    """The whole ``msoko check`` report: the coverage table, then every finding."""
    head = (
        f"{say.PROJECT.format(authority=authority)}\n{coverage_table(coverage, catalog_title)}\n\n" if coverage else ""
    )
    return head + diagnostics_text(diagnostics)


def coverage_json(coverage: list[MechanismCoverage]) -> list[dict]:
    return [
        {
            "code": row.mechanism.code,
            "title": row.mechanism.title,
            "file": row.file,
            "complete": row.complete,
            "parts": {part: status.value for part, status in row.parts.items()},
            "indicators": row.indicators,
            "cycle": row.cycle,
        }
        for row in coverage
    ]


def bar(percent: float, width: int = 20) -> str:
    filled = round(width * percent / 100)
    return "█" * filled + "░" * (width - filled)


def evaluation_text(result) -> str:
    """The terminal report of ``msoko evaluate``: per mechanism, then the weakest steps and advice."""
    lines = [say.EVALUATION_TITLE.format(year=result.year, criteria=result.criteria_title), *result.year_lines(), ""]
    header = f"{say.CODE_COLUMN:<5} {say.MECHANISM_COLUMN:<48} {say.POINTS_COLUMN:>9} {'%':>8}  "
    lines += [header, "─" * (len(header) + 20)]
    for score in result.mechanisms:
        title = score.mechanism.title if len(score.mechanism.title) <= 48 else score.mechanism.title[:47] + "…"
        points = f"{score.earned}/{score.possible}"
        lines.append(
            f"{score.mechanism.code:<5} {title:<48} {points:>9} {percent_text(score.percent):>8}  {bar(score.percent)}"
        )
    total = 100 * result.earned / result.possible if result.possible else 0
    lines += [
        "",
        say.EVALUATION_TOTAL.format(earned=result.earned, possible=result.possible, percent=percent_text(total)),
    ]
    if result.late:
        lines += ["", say.LATE_DOCUMENTS]
        lines += [f"  — {item.record.mechanism}: {item.message}" for item in result.late]
    for score in result.mechanisms:
        if not score.advice:
            continue
        weakest = ", ".join(f"{s.step.name} ({s.earned}/{s.possible})" for s in score.weakest())
        lines += ["", f"{score.mechanism.code} {score.mechanism.title}", say.WEAKEST_STEPS.format(steps=weakest)]
        lines += [f"  — {advice}" for advice in score.advice]
    return "\n".join(lines)


def evaluation_json(result) -> str:
    return json.dumps(
        {
            "year": result.year,
            "year_notes": result.year_lines(),
            "criteria": result.criteria_title,
            "earned": result.earned,
            "possible": result.possible,
            "mechanisms": [
                {
                    "code": s.mechanism.code,
                    "title": s.mechanism.title,
                    "earned": s.earned,
                    "possible": s.possible,
                    "percent": round(s.percent, 1),
                    "steps": [
                        {"step": st.step.id, "name": st.step.name, "earned": st.earned, "possible": st.possible}
                        for st in s.steps
                    ],
                    "weakest": [st.step.id for st in s.weakest()],
                    "advice": s.advice,
                }
                for s in result.mechanisms
            ],
            "history": [{"year": h.year, "results": [r.model_dump() for r in h.results]} for h in result.history],
            "late": [
                {
                    "mechanism": item.record.mechanism,
                    "step": item.record.step,
                    "number": item.record.number,
                    "date": item.record.date.isoformat(),
                    "deadline": item.deadline,
                    "message": item.message,
                }
                for item in result.late
            ],
        },
        ensure_ascii=False,
        indent=2,
    )
