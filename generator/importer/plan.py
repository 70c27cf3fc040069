"""The whole import: every file read and mapped, every problem named, before anything is written."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError
import yaml

from schemas.acts import Act
from schemas.diagnostics import Diagnostic, Location, Severity

from ..messages import importer as messages
from ..docx.reader import UnreadableDocument
from ..russian import agreed
from ..sources.kinds import MSOKO, Per
from ..errors import MsokoError
from .acts import PendingAct, pending_act, plan_act
from .builder import import_regulation
from .bundle import read_act, split_bundle
from .fill import fill_from_sections
from .formats import ReadDocument, read_document
from .catalog import listed_mechanisms, recognise_mechanism
from .report import ImportReport, ImportedRegulation, append_unmapped
from .source import HEAD, source_text
from .structure import NotARegulation
from .text import shortened


@dataclass
class PlannedImport:
    file: str
    target: Path
    text: str
    code: str | None
    """The mechanism code; None for a document of which a project has one, and for an act."""
    how: str
    report: ImportReport
    document: str = ""
    """The id an act lists the document by; "" for an act."""
    label: str = ""
    """What the document is: «Положение о МСОКО»; "" for an act."""


class _Refused(Exception):
    """One file cannot be imported; the message says why, in Russian."""


def plan_imports(project, files: list[Path], mechanism: str | None, fill: bool = False) -> list[PlannedImport]:
    """Read and map every file; raise one :class:`MsokoError` naming every problem before anything is written.

    A file holding an act with its appendices becomes the act's source and a source per Положение.
    ``fill`` writes the method, periodicity and deadline a Положение states for all its indicators into
    those that lack them (``--fill-from-sections``)."""
    planned: list[PlannedImport] = []
    problems: list[Diagnostic] = []
    for path in files:
        try:
            read = _read(path)
            bundle = split_bundle(read.document.blocks)
            act = read_act(bundle.act) if bundle.act is not None else None
            pending = pending_act(project, act)
            documents = []
            for number, blocks in enumerate(bundle.documents):
                where = (
                    messages.IMPORT_APPENDIX_WHERE.format(number=bundle.marks[number] or number + 1)
                    if len(bundle.documents) > 1
                    else ""
                )
                imported = _imported(read, blocks, first=number == 0, where=where)
                plan = _plan_monitoring if imported.kind.per is Per.MECHANISM else _plan_single
                try:
                    item = plan(
                        project,
                        imported,
                        path,
                        mechanism if len(bundle.documents) == 1 else None,
                        planned,
                        fill,
                        pending,
                    )
                except _Refused as refusal:
                    raise _Refused(where + str(refusal)) from None
                item.how = where + item.how
                documents.append(item)
                planned.append(item)
            if act is not None and pending is not None:
                written = plan_act(project, act, pending, bundle.marks, documents, path)
                if written is not None:
                    _validated(written, Act)
                    planned.insert(len(planned) - len(documents), written)
            elif bundle.act is not None:
                documents[0].report.unmapped.append(messages.IMPORT_ACT_UNREAD)
        except _Refused as refusal:
            problems.append(Diagnostic(Location(str(path)), Severity.ERROR, str(refusal), code="import"))
    if problems:
        raise MsokoError(problems)
    return planned


def _imported(read: ReadDocument, blocks: list, first: bool, where: str) -> ImportedRegulation:
    try:
        return import_regulation(
            replace(read.document, blocks=blocks), tuple(read.notes) if first else (), read.recognised, read.printed
        )
    except NotARegulation as error:
        raise _Refused(messages.IMPORT_NOT_A_REGULATION.format(where=where, problem=error)) from None


def _read(path: Path) -> ReadDocument:
    try:
        return read_document(path)
    except FileNotFoundError:
        raise _Refused(messages.IMPORT_FILE_MISSING) from None
    except IsADirectoryError:
        raise _Refused(messages.IMPORT_IS_A_FOLDER) from None
    except OSError as error:  # no permission, a device error: the user's to fix, not a bug
        raise _Refused(messages.IMPORT_FILE_UNREADABLE.format(reason=error.strerror or error)) from None
    except UnreadableDocument as error:
        raise _Refused(error.reason) from None


def _plan_monitoring(
    project,
    imported: ImportedRegulation,
    path: Path,
    mechanism: str | None,
    planned: list[PlannedImport],
    fill: bool,
    pending: PendingAct | None,
) -> PlannedImport:
    code, how = (
        (mechanism, messages.IMPORT_MECHANISM_GIVEN.format(code=mechanism))
        if mechanism
        else recognise_mechanism(imported, project.mechanisms)
    )
    if code is None or code not in project.mechanisms:
        raise _Refused(
            messages.IMPORT_UNKNOWN_MECHANISM.format(code=code, catalog=project.catalog.model.id)
            if code
            else messages.IMPORT_MECHANISM_UNRECOGNISED.format(title=imported.title)
        )
    target = imported.kind.path(project.layout, code)
    existing = project.regulation_for(code)
    clash = next((p for p in planned if p.target == target), None)
    if existing or target.exists() or clash:
        other = clash.file if clash else existing.source.display if existing else project.layout.display(target)
        raise _Refused(messages.IMPORT_MECHANISM_EXISTS.format(code=code, other=other))
    _qualify_codes(imported, code)
    fill_from_sections(imported, fill)
    _missing_parts(imported)
    head = {"mechanism": code, "approved_by": _approving_act(project, imported, pending)}
    kind = imported.kind
    return PlannedImport(
        str(path), target, _source(imported, head, path), code, how, imported.report, kind.id_for(code), kind.label
    )


def _plan_single(
    project,
    imported: ImportedRegulation,
    path: Path,
    mechanism: str | None,
    planned: list[PlannedImport],
    fill: bool,
    pending: PendingAct | None,
) -> PlannedImport:
    """A document of which a project has one (the Положение о МСОКО), at its kind's source."""
    kind = imported.kind
    target = kind.path(project.layout)
    clash = next((p for p in planned if p.target == target), None)
    if target.exists() or clash:
        other = clash.file if clash else project.layout.display(target)
        raise _Refused(
            messages.IMPORT_DOCUMENT_EXISTS.format(
                document=kind.label, described=agreed(messages.IMPORT_KIND_DESCRIBED, kind.label), other=other
            )
        )
    for key, read in FROM_PROJECT.get(kind.key, {}).items():
        imported.data[key] = read(imported, project.mechanisms)
    _missing_parts(imported)
    head = {"approved_by": _approving_act(project, imported, pending)}
    how = messages.IMPORT_KIND_BY_TITLE.format(
        kind=kind.label, recognised=agreed(messages.IMPORT_KIND_RECOGNISED, kind.label)
    ) + (messages.IMPORT_MECHANISM_NOT_APPLICABLE if mechanism else "")
    return PlannedImport(
        str(path), target, _source(imported, head, path), None, how, imported.report, kind.id_for(), kind.label
    )


FROM_PROJECT: dict[str, dict[str, Callable[[ImportedRegulation, dict], Any]]] = {
    MSOKO.key: {"mechanisms": listed_mechanisms}
}
"""Fields of a kind's source the import fills with the project, not from the text alone: the codes of the
mechanisms the Положение о МСОКО lists, by the catalog's titles."""


def _source(imported: ImportedRegulation, head: dict, path: Path) -> str:
    text = source_text(imported, head, path.name)
    try:
        imported.kind.model.model_validate(yaml.safe_load(text))
    except (yaml.YAMLError, ValidationError):
        raise _Refused(messages.IMPORT_SOURCE_FAILED) from None
    return text


def _validated(item: PlannedImport, model) -> None:
    try:
        model.model_validate(yaml.safe_load(item.text))
    except (yaml.YAMLError, ValidationError):
        raise _Refused(messages.IMPORT_ACT_SOURCE_FAILED) from None


def _qualify_codes(imported: ImportedRegulation, mechanism: str) -> None:
    """Indicator codes carry the mechanism's code («1.1.3»); a bare «3» or a missing code is completed."""
    indicators = imported.data.get("indicators", [])
    for number, indicator in enumerate(indicators, start=1):
        code = indicator.get("code", "")
        if not code.startswith(f"{mechanism}."):
            qualified = f"{mechanism}.{number}"
            indicators[number - 1] = {"code": qualified, **{k: v for k, v in indicator.items() if k != "code"}}
            what = (
                messages.IMPORT_CODE_REPLACED.format(code=code, qualified=qualified)
                if code
                else messages.IMPORT_CODE_GIVEN.format(qualified=qualified)
            )
            imported.report.guessed.append(
                messages.IMPORT_INDICATOR_CODE.format(name=shortened(indicator["name"], 50), what=what)
            )


def _approving_act(project, imported: ImportedRegulation, pending: PendingAct | None) -> str | None:
    if imported.act is None:
        stamped = any(line.startswith("гриф утверждения") for line in imported.report.requisites)
        imported.report.guessed.append(messages.IMPORT_STAMP_WITHOUT_ACT if stamped else messages.IMPORT_NO_STAMP)
        return None
    found = imported.act
    known = sorted(project.acts.items()) + ([(pending.id, pending)] if pending else [])
    for act_id, act in known:
        if act.date == found.date and str(act.number) == found.number and found.kind.startswith(act.kind[:5]):
            imported.report.mapped.append(messages.IMPORT_APPROVED_BY.format(act=act_id))
            if found.from_appendix_mark:
                imported.report.guessed.append(messages.IMPORT_ACT_FROM_APPENDIX_MARK.format(act=act_id))
            return act_id
    # «к приказу» on an appendix mark names the act in the dative; the note says «утверждено приказом».
    kind = re.sub(r"(?:у|ю)$", lambda end: "ом" if end.group(0) == "у" else "ем", found.kind)
    note = (
        messages.IMPORT_ACT_NOTE_DATED.format(kind=kind, date=f"{found.date:%d.%m.%Y}", number=found.number)
        if found.date
        else messages.IMPORT_ACT_NOTE.format(kind=kind, number=found.number)
    )
    imported.report.unmapped.append(messages.IMPORT_UNKNOWN_STAMP_ACT.format(note=note))
    append_unmapped(imported.data, messages.IMPORT_STAMP_HEADING, messages.IMPORT_STAMP_UNMAPPED.format(note=note))
    return None


def _missing_parts(imported: ImportedRegulation) -> None:
    """A part the document does not give — a field its kind requires, besides those decided with the project —
    is said to be missing, never filled in silently; where its text may be (the unmapped text) is named only
    when there is some."""
    kind = imported.kind
    parts = [
        (key, info.title or key)
        for key, info in kind.model.model_fields.items()
        if info.is_required() and key not in HEAD and key not in FROM_PROJECT.get(kind.key, {})
    ]
    missing = [name for key, name in parts if not imported.data.get(key)]
    if missing:
        wording = (
            messages.IMPORT_MISSING_PARTS if imported.data.get("unmapped") else messages.IMPORT_MISSING_PARTS_ABSENT
        )
        imported.report.guessed.append(wording.format(parts=", ".join(f"«{m}»" for m in missing)))
