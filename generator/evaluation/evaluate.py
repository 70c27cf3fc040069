"""Self-assessment: each mechanism's points per step of the management cycle, computed from the
sources and the evidence records against the criteria set; never typed by hand."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from schemas.base import code_sort_key
from schemas.catalog import Mechanism
from schemas.cycle import CYCLE_STEPS, CycleStep
from schemas.evaluation import Criterion, EvidenceRecord, YearResults
from schemas.regulation import Indicator, MonitoringRegulation

from ..messages import report as say
from ..russian.morphology import and_joined
from ..sources.completeness import PartStatus, part_status, value_at
from ..sources.prose import PLACEHOLDER
from ..sources.model import ProjectSources

TEXT_RULES = {
    "goal": ("goal",),
    "methods": ("methods",),
    "schedule": ("schedule",),
    "criteria": ("criteria",),
    **{
        name: ("use_of_results", name)
        for name in ("analysis", "recommendations", "measures", "decisions", "effectiveness")
    },
}
INDICATOR_RULES = {
    "indicators_target": lambda i: i.target,
    "indicators_calculation": lambda i: i.calculation.is_stated,
    "indicators_method": lambda i: i.method,
    "indicators_source": lambda i: i.source,
    "indicators_periodicity": lambda i: i.periodicity,
}


@dataclass
class CriterionScore:
    criterion: Criterion
    earned: int
    advice: str = ""


@dataclass
class StepScore:
    step: CycleStep
    earned: int
    possible: int

    @property
    def percent(self) -> float:
        return 100 * self.earned / self.possible if self.possible else 100.0


@dataclass
class MechanismScore:
    mechanism: Mechanism
    criteria: list[CriterionScore] = field(default_factory=list)

    @property
    def earned(self) -> int:
        return sum(score.earned for score in self.criteria)

    @property
    def possible(self) -> int:
        return sum(score.criterion.points for score in self.criteria)

    @property
    def percent(self) -> float:
        return 100 * self.earned / self.possible if self.possible else 0.0

    @property
    def steps(self) -> list[StepScore]:
        return [
            StepScore(
                step,
                sum(s.earned for s in self.criteria if s.criterion.step == step.id),
                sum(s.criterion.points for s in self.criteria if s.criterion.step == step.id),
            )
            for step in CYCLE_STEPS
        ]

    def weakest(self, count: int = 3) -> list[StepScore]:
        short = [step for step in self.steps if step.possible and step.earned < step.possible]
        return sorted(short, key=lambda step: (step.percent, -step.possible))[:count]

    @property
    def advice(self) -> list[str]:
        return [score.advice for score in self.criteria if score.advice]


@dataclass(frozen=True)
class LateEvidence:
    record: EvidenceRecord
    deadline: str
    """The deadline as the Положение writes it: «до 1 ноября»."""
    message: str


@dataclass
class EvaluationResult:
    year: int
    criteria_title: str
    mechanisms: list[MechanismScore]
    history: list[YearResults]
    late: list[LateEvidence] = field(default_factory=list)
    """Evidence dated after the Положение's deadline: shown, and not scored."""
    evidence: list[EvidenceRecord] = field(default_factory=list)
    """Every record scored: those typed in evaluation.yaml, then those of the documents msoko made for the year."""
    elsewhere: dict[int, list[str]] = field(default_factory=dict)
    """By year other than the self-assessment's, the mechanisms whose documents msoko made are of it."""

    @property
    def earned(self) -> int:
        return sum(m.earned for m in self.mechanisms)

    def year_lines(self) -> list[str]:
        """Which year the self-assessment is of and where that is set; which years the documents msoko made are of
        instead, and how to have the self-assessment of those; nothing without a self-assessment's sources."""
        if not self.year:
            return []
        lines = [say.EVALUATION_YEAR_SET.format(year=self.year)]
        for made_for, codes in sorted(self.elsewhere.items()):
            mechanisms = say.EVALUATION_MECHANISMS[len(codes) > 1].format(codes=and_joined(codes))
            lines.append(say.EVALUATION_MADE_ELSEWHERE.format(mechanisms=mechanisms, made_for=made_for, year=self.year))
        if self.elsewhere:
            years = say.EVALUATION_YEARS_OR.join(str(year) for year in sorted(self.elsewhere, reverse=True))
            lines.append(say.EVALUATION_HOW.format(years=years))
        return lines

    @property
    def possible(self) -> int:
        return sum(m.possible for m in self.mechanisms)


def evaluate(project: ProjectSources) -> EvaluationResult:
    evaluation = project.evaluation.model if project.evaluation else None
    made = MadeEvidence.of(project, evaluation.year) if evaluation else MadeEvidence()
    evidence = [*evaluation.evidence, *made.records] if evaluation else []
    scores = []
    late = [found for record in evidence if (found := late_evidence(project, record))]
    for code, mechanism in sorted(project.mechanisms.items(), key=lambda item: code_sort_key(item[0])):
        loaded = project.regulation_for(code)
        regulation = loaded.model if loaded else None
        records = [record for record in evidence if record.mechanism == code and not late_evidence(project, record)]
        score = MechanismScore(mechanism)
        for criterion in project.valid_criteria.model.criteria:
            score.criteria.append(made.noted(_score(criterion, code, regulation, records), code))
        scores.append(score)
    return EvaluationResult(
        evaluation.year if evaluation else 0,
        project.valid_criteria.model.title,
        scores,
        sorted(evaluation.history, key=lambda h: h.year) if evaluation else [],
        late,
        evidence,
        made.by_year(),
    )


@dataclass
class MadeEvidence:
    """The documents msoko makes for the monitoring year (the аналитические справки, адресные рекомендации and
    приказы об итогах): ``records``, those of the mechanisms whose documents are of the self-assessment's year,
    evidence of their steps as records typed by hand would be; ``elsewhere``, those of the other mechanisms, which
    count in the self-assessment of their own year, with that year."""

    year: int = 0
    records: list[EvidenceRecord] = field(default_factory=list)
    elsewhere: list[tuple[int, EvidenceRecord]] = field(default_factory=list)

    @classmethod
    def of(cls, project: ProjectSources, year: int) -> MadeEvidence:
        from ..monitoring.year import monitoring_year  # the data, read only when there are some

        if not project.layout.data_year_dirs():
            return cls()
        made = monitoring_year(project)
        if made is None:
            return cls()
        other = sorted({results.year for results in made.results.values()} - {year})
        return cls(
            year, made.evidence(year), [(made_for, record) for made_for in other for record in made.evidence(made_for)]
        )

    def by_year(self) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for made_for, record in self.elsewhere:
            if record.mechanism not in found.setdefault(made_for, []):
                found[made_for].append(record.mechanism)
        return found

    def noted(self, score: CriterionScore, code: str) -> CriterionScore:
        """The advice to record a document says so when msoko made one of that kind for the mechanism, of
        another year: it counts in that year's self-assessment."""
        criterion = score.criterion
        if not score.advice or criterion.rule != "evidence":
            return score
        for made_for, record in self.elsewhere:
            if (
                record.mechanism == code
                and record.step == criterion.step
                and of_kind(record.kind, criterion.evidence_kind)
            ):
                return CriterionScore(
                    criterion,
                    score.earned,
                    say.ADVICE_MADE_ELSEWHERE.format(advice=score.advice, year=self.year, made_for=made_for),
                )
        return score


def late_evidence(project: ProjectSources, record: EvidenceRecord) -> LateEvidence | None:
    """A record dated past the deadline its Положение sets for it, which does not count; None if on time."""
    from ..coherence.timeline import late, late_message  # the coherence rules, loaded when scoring
    from ..sources.coherence import evidence_deadline

    deadline = evidence_deadline(project, record.mechanism, record.step, record.kind)
    if deadline is None or not late(record.date, deadline):
        return None
    return LateEvidence(record, deadline.text, late_message(record.kind, record.date, deadline, record.mechanism))


def _score(
    criterion: Criterion, code: str, regulation: MonitoringRegulation | None, records: list[EvidenceRecord]
) -> CriterionScore:
    if criterion.rule == "evidence":
        found = any(r.step == criterion.step and of_kind(r.kind, criterion.evidence_kind) for r in records)
        return CriterionScore(criterion, criterion.points if found else 0, "" if found else criterion.advice)
    if regulation is None:
        return CriterionScore(criterion, 0, say.ADVICE_NO_REGULATION.format(code=code))
    if criterion.rule in TEXT_RULES:
        filled = part_status(value_at(regulation, TEXT_RULES[criterion.rule])) is PartStatus.FILLED
        return CriterionScore(criterion, criterion.points if filled else 0, "" if filled else criterion.advice)
    if criterion.rule == "tasks":
        return _share(criterion, sum(1 for t in regulation.tasks if t.strip() and PLACEHOLDER not in t))
    scored = [i for i in regulation.indicators if i.scoring]
    if criterion.rule == "indicators_scored":
        return _share(criterion, len(scored))
    lacking = [i.code for i in regulation.indicators if not _has(i, INDICATOR_RULES[criterion.rule])]
    if not regulation.indicators:
        return CriterionScore(criterion, 0, criterion.advice)
    share = 1 - len(lacking) / len(regulation.indicators)
    earned = math.floor(criterion.points * share + 1e-9)
    advice = say.ADVICE_FOR_INDICATORS.format(advice=criterion.advice, codes=", ".join(lacking)) if lacking else ""
    return CriterionScore(criterion, earned, advice)


def of_kind(kind: str, wanted: str) -> bool:
    """Whether a document of ``kind`` is of the kind a criterion asks for: «отчёт о выполнении плана мероприятий УО»
    is, a «план мероприятий» is not (it shows the measures planned, not carried out)."""

    def plain(text: str) -> str:
        return " ".join(text.lower().replace("ё", "е").split())

    return bool(wanted.strip()) and plain(kind).startswith(plain(wanted))


def _has(indicator: Indicator, attribute) -> bool:
    value = attribute(indicator)
    return bool(value) and PLACEHOLDER not in str(value)


def _share(criterion: Criterion, count: int) -> CriterionScore:
    """Points in proportion to how many of the required ``min_count`` items there are."""
    share = min(count / criterion.min_count, 1.0)
    earned = math.floor(criterion.points * share + 1e-9)
    advice = (
        "" if share >= 1 else say.ADVICE_COUNT.format(advice=criterion.advice, count=count, minimum=criterion.min_count)
    )
    return CriterionScore(criterion, earned, advice)
