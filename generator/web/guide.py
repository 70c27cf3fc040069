"""What the form of a Положение о мониторинге offers beside its fields: the typical wording of each empty
part, the next indicator's passport, the approving act to include it in and the roadmap section it lacks,
both written by the same save (``companions``), so a new Положение needs no other page."""

from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass, field
from pathlib import Path

from schemas.regulation import MonitoringRegulation

from ..project import ProjectLayout
from ..sources.kinds import REGULATION, ROADMAP
from ..sources.validate import load_project
from .editor import Editable
from .forms import FormField, build_form, set_blank
from .starter import (
    TYPICAL,
    TYPICAL_TASKS,
    approving_acts,
    indicator_defaults,
    new_approving_act,
    roadmap_section_missing,
    with_appendix,
    with_roadmap_section,
)

CODE = re.compile(r"\d+\.\d+")
NEW_ACT = "new"
"""The «include in» choice that prepares a new order of today instead of an existing act."""


@dataclass
class Guide:
    code: str
    title: str
    """The mechanism's title."""
    typical: dict[str, str] = field(default_factory=dict)
    """Typical wording offered for each empty part, by the anchor of its field."""
    tasks: tuple[str, ...] = ()
    roadmap_missing: bool = False
    acts: list[tuple[str, str]] = field(default_factory=list)
    """(id, name) of the acts it may be included in, while no act approves it."""
    unapproved: bool = False
    document: str = ""
    built: bool = False


def guided(layout: ProjectLayout, source: Editable, form: FormField) -> Guide | None:
    """The offers for ``form`` when it is a Положение о мониторинге; the blank indicator gets its defaults."""
    if source.document is not REGULATION:
        return None
    values = {control.anchor: control.value for control in form.walk()}
    code = str(values.get("f-mechanism") or "")
    project = load_project(layout)
    mechanism = project.mechanisms.get(code)
    title = mechanism.title if mechanism else ""
    guide = Guide(code, title, document=REGULATION.id_for(code))
    guide.typical = {
        anchor: text.format(title=title)
        for anchor, text in TYPICAL.items()
        if anchor in values and not str(values[anchor] or "").strip()
    }
    indicators = next(control for control in form.children if control.segment == "indicators")
    tasks = next(control for control in form.children if control.segment == "tasks")
    guide.tasks = TYPICAL_TASKS if not tasks.children else ()
    taken = [str(item.children[0].value or "") for item in indicators.children if item.children]
    _prefill(indicators, indicator_defaults(code, taken))
    guide.roadmap_missing = roadmap_section_missing(project, code)
    guide.unapproved = not values.get("f-approved_by")
    if guide.unapproved:
        guide.acts = approving_acts(project)
    guide.built = (layout.output / f"{guide.document}.docx").is_file()
    return guide


def _prefill(indicators: FormField, defaults: dict) -> None:
    """The «add indicator» pattern filled with ``defaults`` instead of blank."""
    sample = build_form(MonitoringRegulation, {"indicators": [defaults]})
    pattern = next(control for control in sample.children if control.segment == "indicators").children[0]
    set_blank(indicators, pattern)


def companions(layout: ProjectLayout, fields: dict[str, str]) -> dict[Path, str]:
    """The other sources a save of a Положение rewrites: the act it is included in (the Положение then
    names it) and the roadmap, given a section for the mechanism."""
    act = fields.pop("_include", "")
    roadmap = fields.pop("_roadmap", "")
    code = fields.get("mechanism", "").strip()
    found: dict[Path, str] = {}
    if not CODE.fullmatch(code):
        return found
    acts = {path.stem: path for path in layout.act_files()}
    if act == NEW_ACT:
        act_id, text = new_approving_act(load_project(layout), code, date.today())
        fields["approved_by"] = act_id
        found[layout.acts_dir / f"{act_id}.yaml"] = text
    elif act in acts:
        fields["approved_by"] = act
        found[acts[act]] = with_appendix(acts[act].read_text(encoding="utf-8"), REGULATION.id_for(code))
    roadmap_file = ROADMAP.path(layout)
    if roadmap == "1" and roadmap_file.is_file():
        project = load_project(layout)
        if code in project.mechanisms and roadmap_section_missing(project, code):
            found[roadmap_file] = with_roadmap_section(
                roadmap_file.read_text(encoding="utf-8"), code, project.mechanisms[code].title
            )
    return found
