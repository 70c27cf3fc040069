"""The act a file holds besides its Положения — the приказ or постановление whose appendices they are — as a
source of ``regulations/acts/``: kind, number, date, title, preamble, its appendices (the documents imported
with it), its points and control clause. Its signature is a requisite, reported and left out."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..messages import importer as messages
from .bundle import ActText
from .report import ImportReport
from .source import dump

TRANSLITERATED = {"приказ": "prikaz", "постановление": "postanovlenie"}


@dataclass
class PendingAct:
    """An act read from the file, not yet in the project: what Положения's stamps and marks are matched with."""

    id: str
    kind: str
    date: datetime.date | None
    number: str
    existing: bool
    number_taken: bool = False
    """The project has another act of this kind with this number in this year: this one is kept beside it."""


def pending_act(project, act: ActText | None) -> PendingAct | None:
    if act is None or not act.number or act.date is None:
        return None
    for act_id, known in sorted(project.acts.items()):
        if known.kind == act.kind and str(known.number) == act.number and known.date == act.date:
            return PendingAct(act_id, act.kind, act.date, act.number, existing=True)
    act_id = f"{TRANSLITERATED[act.kind]}-{act.date.year}-{act.number.replace('/', '-')}"
    free = _free_id(project, act_id)
    return PendingAct(free, act.kind, act.date, act.number, existing=False, number_taken=free != act_id)


def _free_id(project, act_id: str) -> str:
    """The act's identifier, unless the project has another act under it (the same number in the same year,
    another date): then a free one beside it, so that the earlier act's source is never overwritten, and
    ``msoko check`` reports the number given twice."""
    taken = set(project.acts) | {path.stem for path in project.layout.act_files()}
    candidate, copy = act_id, 2
    while candidate in taken:
        candidate, copy = f"{act_id}-{copy}", copy + 1
    return candidate


def plan_act(project, act: ActText, pending: PendingAct, marks: list[int], documents: list, path):
    """The act's source, or None when the project has it already (then the report says so)."""
    from .plan import PlannedImport

    if pending.existing:
        documents[0].report.mapped.append(messages.IMPORT_ACT_EXISTS.format(act=pending.id))
        return None
    report = ImportReport()
    appendices = [
        {"number": mark or number, "document": item.document}
        for number, (mark, item) in enumerate(zip(marks, documents), start=1)
    ]
    data: dict = {"kind": act.kind, "number": act.number, "date": act.date}
    if act.title:
        data["title"] = act.title
    data["basis"] = act.basis
    data["appendices"] = appendices
    if act.points:
        data["points"] = act.points
    data["control"] = act.control
    report.mapped.append(
        messages.IMPORT_ACT_READ.format(
            kind=act.kind,
            number=act.number,
            date=f"{act.date:%d.%m.%Y}",
            count=len(appendices),
            documents=", ".join(f"{a['number']} — {item.code or item.label}" for a, item in zip(appendices, documents)),
        )
    )
    if pending.number_taken:
        report.guessed.append(
            messages.IMPORT_ACT_NUMBER_TAKEN.format(
                kind=act.kind, number=act.number, year=pending.date.year if pending.date else ""
            )
        )
    for key, missing in (("basis", messages.IMPORT_ACT_BASIS), ("control", messages.IMPORT_ACT_CONTROL)):
        if not data[key]:
            report.guessed.append(messages.IMPORT_ACT_PART_MISSING.format(part=missing))
    report.requisites.extend(act.requisites)
    lines = [
        "# yaml-language-server: $schema=../.schema/act.schema.json",
        messages.IMPORT_ACT_ORIGIN.format(file=path.name),
    ]
    target = project.layout.acts_dir / f"{pending.id}.yaml"
    return PlannedImport(
        str(path),
        target,
        "\n".join(lines) + "\n" + dump(data),
        None,
        messages.IMPORT_ACT_HOW.format(kind=act.kind, number=act.number, date=f"{act.date:%d.%m.%Y}"),
        report,
    )
