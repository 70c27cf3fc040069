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


@dataclass(frozen=True)
class CycleDocument:
    """A document a step of the cycle after the analysis ends in, whose deadline every Положение о мониторинге sets
    (``cycle_deadlines``): a приказ that orders the step «в сроки, установленные Положением» needs that date."""

    field: str
    """Its key in ``cycle_deadlines``."""
    step: str
    wording: str
    """How the section «Периодичность и сроки» names it, before «— до 1 ноября»."""
    lacking: str
    """What has no deadline, after «срок»: «плана мероприятий»."""
    named: str
    """A pattern that finds it in a text (a typed Положение's section), to read its deadline there."""
    kinds: str
    """A pattern on an evidence record's kind: which documents of the step this deadline applies to."""
    unless: str = ""
    """A pattern that rules out a passage ``named`` matches: «отчёт о выполнении плана мероприятий» is no plan."""


CYCLE_DOCUMENTS: tuple[CycleDocument, ...] = (
    CycleDocument(
        "recommendations",
        "recommendations",
        "подготовка и направление адресных рекомендаций",
        "адресных рекомендаций",
        r"рекомендаци",
        r"рекомендаци",
    ),
    CycleDocument(
        "plan",
        "measures",
        "утверждение плана мероприятий по итогам мониторинга",
        "плана мероприятий",
        r"план\w*\s+мероприяти",
        r"^\s*план",
        unless=r"выполнени|отч[её]т",
    ),
    CycleDocument(
        "decisions",
        "decisions",
        "принятие управленческих решений (приказ об итогах мониторинга)",
        "управленческих решений",
        r"управленческ\w*\s+решени",
        r"приказ",
    ),
    CycleDocument(
        "measures",
        "measures",
        "проведение мероприятий и подготовка отчёта о выполнении плана мероприятий",
        "отчёта о выполнении плана мероприятий",
        r"отч[её]т\w*\s+о\s+выполнени|выполнени\w*\s+план\w*\s+мероприяти",
        r"отч[её]т|выполнени",
    ),
    CycleDocument(
        "effectiveness",
        "effectiveness",
        "анализ эффективности принятых мер",
        "анализа эффективности принятых мер",
        r"эффективност\w*\s+(?:принят\w*\s+)?мер",
        r".",
    ),
)
"""In the order of the cycle: the рекомендации, the plan, the приказ об итогах, the measures carried out (in the
year after the monitoring), the analysis of their effectiveness."""
