"""The management cycle (управленческий цикл) that federal experts check per mechanism."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CycleStep:
    id: str
    name: str
    evidence: tuple[str, ...]
    """Where a Положение о мониторинге evidences the step: a path of field names."""


CYCLE_STEPS: tuple[CycleStep, ...] = (
    CycleStep("goals", "цели", ("goal",)),
    CycleStep("indicators", "показатели", ("indicators",)),
    CycleStep("methods", "методы сбора информации", ("methods",)),
    CycleStep("monitoring", "мониторинг", ("schedule",)),
    CycleStep("analysis", "анализ результатов", ("use_of_results", "analysis")),
    CycleStep("recommendations", "адресные рекомендации", ("use_of_results", "recommendations")),
    CycleStep("measures", "меры / мероприятия", ("use_of_results", "measures")),
    CycleStep("decisions", "управленческие решения", ("use_of_results", "decisions")),
    CycleStep("effectiveness", "анализ эффективности принятых мер", ("use_of_results", "effectiveness")),
)
