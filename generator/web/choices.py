"""Fields that hold an identifier offered as what it names: an approving act as «Приказ от 15.03.2021 № 112
«Об утверждении …»», an appendix as the document's title, the catalog edition as its title, the approval
block in words. The YAML keeps the identifier; only the form shows the name."""

from __future__ import annotations

from collections.abc import Iterator

import yaml

from schemas.acts import Act

from .. import messages
from ..build.plan import plan_targets
from ..messages import web as say
from ..sources.model import ProjectSources
from ..sources.validate import CATALOGS_DIR
from .forms import FormField


def act_name(act: Act) -> str:
    name = messages.ACT_TITLE.format(kind=act.kind.capitalize(), date=f"{act.date:%d.%m.%Y}", number=act.number)
    return f"{name} «{act.title}»" if act.title else name


def _catalogs() -> dict[str, str]:
    found = {}
    for path in sorted(CATALOGS_DIR.glob("*.yaml")):
        with path.open(encoding="utf-8") as stream:
            found[path.stem] = str(yaml.safe_load(stream).get("title", path.stem))
    return found


def _documents(project: ProjectSources) -> dict[str, str]:
    if project.profile is None or project.catalog is None:
        return {}
    return {target.id: target.title for target in plan_targets(project)}


def offer_choices(form: FormField, project: ProjectSources) -> None:
    """Turn the identifier fields of ``form`` (list patterns included) into choices with Russian labels."""
    acts = {act_id: act_name(act) for act_id, act in sorted(project.acts.items())}
    options: dict[str, dict[str, str]] = {}
    for field in _everywhere(form):
        key = field.segment
        if key == "approved_by":
            labels = acts
        elif key == "document" and "appendices" in field.path:
            labels = options.setdefault("documents", _documents(project))
        elif field.path == ("catalog",):
            labels = options.setdefault("catalogs", _catalogs())
        elif key == "approval_block":
            labels = say.APPROVAL_BLOCKS
        elif key == "group" and "local_mechanisms" in field.path:  # a local mechanism's group, in words
            labels = options.setdefault(
                "groups",
                {
                    str(group.number): f"{group.number}. {group.title}"
                    for group in (project.catalog.model.groups if project.catalog else [])
                },
            )
        else:
            continue
        current = str(field.value or "")
        field.value = current  # a number (a group) is offered as the text of its choice
        field.kind = "choice"
        field.labels = labels
        field.choices = tuple(labels) + ((current,) if current and current not in labels else ())


def _everywhere(form: FormField) -> Iterator[FormField]:
    yield form
    for child in form.children:
        yield from _everywhere(child)
    if form.item is not None:
        yield from _everywhere(form.item)
