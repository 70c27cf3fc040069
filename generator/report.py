"""How diagnostics and the check report are shown: ``file:line:col: сообщение``, text or JSON."""

from __future__ import annotations

import json

from schemas.cycle import CYCLE_STEPS
from schemas.diagnostics import Diagnostic
from schemas.regulation import SIX_PARTS

from .completeness import MechanismCoverage, PartStatus
from .messages import count_word

_PART_MARK = {PartStatus.FILLED: "✓", PartStatus.EMPTY: "✗", PartStatus.PLACEHOLDER: "…"}
_PART_HEADERS = ("цель", "задачи", "показ.", "методы", "сроки", "критерии")


def format_diagnostic(diagnostic: Diagnostic) -> str:
    return f"{diagnostic.location}: {diagnostic.severity.label}: {diagnostic.message}"


def sorted_diagnostics(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(set(diagnostics))


def summary_line(diagnostics: list[Diagnostic]) -> str:
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    return f"Итого: {count_word(errors, 'ошибка', 'ошибки', 'ошибок')}, {count_word(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}."


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
    lines = [f"Каталог механизмов: {catalog_title}", ""]
    header = f"{'код':<5} {'механизм':<48} " + " ".join(f"{h:^8}" for h in _PART_HEADERS) + f" {'цикл':^5}"
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
    lines += ["", "✓ заполнено  ✗ пусто  … заглушка  — нет Положения  ! Положение с ошибками",
              f"Положения: {complete} из {len(coverage)} механизмов заполнены полностью."]
    return "\n".join(lines)


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
