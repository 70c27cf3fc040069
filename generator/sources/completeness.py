"""Stage 3, completeness: every mechanism has its Положение, every part and cycle step is there."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from pydantic import BaseModel

from schemas.catalog import Mechanism
from schemas.cycle import CYCLE_STEPS
from schemas.base import code_sort_key
from schemas.diagnostics import Diagnostic, Location
from schemas.passport import Check, passport_fields
from schemas.regulation import SIX_PARTS, Indicator, MonitoringRegulation
from schemas.umbrella import UMBRELLA_PARTS

from .. import messages
from .load import SourceFile
from .prose import PLACEHOLDER, is_blank
from ..russian import count_phrase, inflect_phrase, stated_word
from .model import ProjectSources


_OTHER_TEXT_FIELDS: tuple[tuple[str, ...], ...] = (
    ("title",),
    ("general_provisions",),
    ("participants",),
    *(("use_of_results", name) for name in ("analysis", "recommendations", "measures", "decisions", "effectiveness")),
    ("final_provisions",),
)


PASSPORT = passport_fields(Indicator)


class PartStatus(str, Enum):
    FILLED = "filled"
    EMPTY = "empty"
    PLACEHOLDER = "placeholder"


@dataclass
class MechanismCoverage:
    """One row of the check report: a mechanism × its six parts and cycle steps."""

    mechanism: Mechanism
    file: str | None = None
    invalid: bool = False
    """The Положение exists but has errors that kept it from loading."""
    parts: dict[str, PartStatus] = field(default_factory=dict)
    indicators: int = 0
    cycle: dict[str, bool] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return self.file is not None and all(s is PartStatus.FILLED for s in self.parts.values())


def check_completeness(project: ProjectSources) -> list[MechanismCoverage]:
    """Add completeness diagnostics to ``project`` and return the coverage matrix."""
    coverage: list[MechanismCoverage] = []
    for code, mechanism in sorted(project.mechanisms.items(), key=lambda item: code_sort_key(item[0])):
        row = MechanismCoverage(mechanism)
        loaded = project.regulation_for(code)
        if loaded is None and code in project.unvalidated_mechanisms:
            row.invalid = True
        elif loaded is None:
            project.diagnostics.append(
                Diagnostic.error(
                    _mechanism_origin(project, code),
                    messages.NO_REGULATION.format(code=code, title=mechanism.title),
                    code="completeness",
                )
            )
        else:
            row.file = loaded.source.display
            alone = project.alone.get(row.file)
            found, (row.parts, row.indicators, row.cycle) = (
                alone.completeness if alone else regulation_completeness(loaded.model, loaded.source)
            )
            project.diagnostics.extend(found)
        coverage.append(row)
    project.diagnostics.extend(_check_msoko(project))
    return coverage


Covered = tuple[dict[str, PartStatus], int, dict[str, bool]]
"""A Положение's row of the coverage: its parts' states, how many indicators, which cycle steps it describes."""


def regulation_completeness(regulation: MonitoringRegulation, source: SourceFile) -> tuple[list[Diagnostic], Covered]:
    """A Положение's empty and placeholder parts and fields, its indicators' passports and its cycle's steps, with
    its row of the coverage."""
    found: list[Diagnostic] = []
    parts: dict[str, PartStatus] = {}
    cycle: dict[str, bool] = {}
    for part, name in SIX_PARTS:
        status = part_status(getattr(regulation, part))
        parts[part] = status
        if status is PartStatus.EMPTY:
            found.append(
                Diagnostic.error(source.locate((part,)), messages.PART_EMPTY.format(part=name), code="completeness")
            )
        elif status is PartStatus.PLACEHOLDER:
            found.append(
                Diagnostic.error(
                    source.locate((part,)),
                    messages.PART_PLACEHOLDER.format(part=name, marker=PLACEHOLDER),
                    code="completeness",
                )
            )
    for path in _OTHER_TEXT_FIELDS:
        if PLACEHOLDER in str(value_at(regulation, path)):
            found.append(
                Diagnostic.error(
                    source.locate(path),
                    messages.FIELD_PLACEHOLDER.format(field=f"«{_part_title(path)}»", marker=PLACEHOLDER),
                    code="completeness",
                )
            )
    found.extend(_check_unmapped(regulation.unmapped, source))
    for index, indicator in enumerate(regulation.indicators):
        found.extend(_check_indicator(indicator, source, ("indicators", index)))
    for step in CYCLE_STEPS:
        present = part_status(value_at(regulation, step.evidence)) is PartStatus.FILLED
        cycle[step.id] = present
        if not present:
            where = _part_title(step.evidence)
            found.append(
                Diagnostic.warning(
                    source.locate(step.evidence),
                    messages.CYCLE_STEP_MISSING.format(step=step.name, where=where),
                    code="completeness",
                )
            )
    return found, (parts, len(regulation.indicators), cycle)


def _check_indicator(indicator: Indicator, source: SourceFile, path: tuple) -> list[Diagnostic]:
    """Each passport field against the check it declares (schemas/passport.py), then the placeholder rule."""
    found: list[Diagnostic] = []
    code = indicator.code
    for key, mark in PASSPORT.items():
        problem = _passport_problem(indicator, key, mark.check)
        if problem:
            found.append(Diagnostic.error(source.locate(path + (key,)), problem, code="completeness"))
    for key, value in indicator.model_dump().items():
        if PLACEHOLDER in str(value):
            found.append(
                Diagnostic.error(
                    source.locate(path + (key,)),
                    messages.FIELD_PLACEHOLDER.format(
                        field=messages.INDICATOR_FIELD.format(field=_part_title((key,), Indicator), code=code),
                        marker=PLACEHOLDER,
                    ),
                    code="completeness",
                )
            )
    return found


def _passport_problem(indicator: Indicator, key: str, check: Check) -> str | None:
    value = getattr(indicator, key)
    title = Indicator.model_fields[key].title or key
    if check is Check.REQUIRED and isinstance(value, list) and not value:
        return messages.INDICATOR_NO_ITEMS.format(code=indicator.code, field=inflect_phrase(title, "gent"))
    if check is Check.REQUIRED and not str(value).strip():
        return messages.INDICATOR_FIELD_MISSING.format(code=indicator.code, stated=stated_word(title), field=title)
    if check is Check.MEASURABLE and indicator.unit == "процент" and not value.is_stated:
        return messages.INDICATOR_NOT_MEASURABLE.format(code=indicator.code)
    return None


def _check_unmapped(text: str, source: SourceFile) -> list[Diagnostic]:
    if not text.strip():
        return []
    count = count_phrase(len([line for line in text.splitlines() if line.strip()]), messages.LINE_NOUN)
    return [
        Diagnostic.warning(
            source.locate(("unmapped",)), messages.UNMAPPED_TEXT.format(count=count), code="completeness"
        )
    ]


def _check_msoko(project: ProjectSources) -> list[Diagnostic]:
    if project.msoko is None:
        return []
    msoko, source = project.msoko.model, project.msoko.source
    found = [
        Diagnostic.error(source.locate((part,)), messages.PART_EMPTY.format(part=name), code="completeness")
        for part, name in UMBRELLA_PARTS
        if part_status(getattr(msoko, part)) is PartStatus.EMPTY
    ]
    found.extend(_check_unmapped(msoko.unmapped, source))
    listed = msoko.mechanisms
    for index, code in enumerate(listed):
        if (
            code in project.mechanisms
            and project.regulation_for(code) is None
            and code not in project.unvalidated_mechanisms
        ):
            found.append(
                Diagnostic.error(
                    source.locate(("mechanisms", index)),
                    messages.MSOKO_MECHANISM_WITHOUT_REGULATION.format(code=code),
                    code="completeness",
                )
            )
    for code in project.mechanisms:
        if code not in listed:
            found.append(
                Diagnostic.warning(
                    source.locate(("mechanisms",)),
                    messages.MECHANISM_NOT_IN_MSOKO.format(code=code),
                    code="completeness",
                )
            )
    return found


def part_status(value: Any) -> PartStatus:
    if isinstance(value, list):
        # A model in the list (an indicator) is never blank; its JSON is only searched for the placeholder.
        models = [hasattr(item, "model_dump_json") for item in value]
        texts = [item.model_dump_json() if model else str(item) for item, model in zip(value, models)]
        if not any(models) and all(is_blank(text) for text in texts):
            return PartStatus.EMPTY
        return PartStatus.PLACEHOLDER if any(PLACEHOLDER in t for t in texts) else PartStatus.FILLED
    text = str(value or "")
    if is_blank(text):
        return PartStatus.EMPTY
    return PartStatus.PLACEHOLDER if PLACEHOLDER in text else PartStatus.FILLED


def value_at(model: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        model = getattr(model, name)
    return model


def _mechanism_origin(project: ProjectSources, code: str) -> Location:
    profile = project.valid_profile
    for index, local in enumerate(profile.model.local_mechanisms):
        if local.code == code:
            return profile.source.locate(("local_mechanisms", index, "code"))
    return profile.source.locate(("catalog",))


def _part_title(path: tuple[str, ...], model: type[BaseModel] = MonitoringRegulation) -> str:
    """«использование результатов → анализ эффективности»: the Russian titles of the fields, never their keys."""
    owner: type[BaseModel] | None = model
    titles = []
    for key in path:
        info = owner.model_fields[key] if owner is not None and key in owner.model_fields else None
        titles.append(info.title if info is not None and info.title else key)
        annotation = info.annotation if info is not None else None
        owner = annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
    return " → ".join(titles)
