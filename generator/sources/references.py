"""Cross-file references: mechanisms, approving acts and indicator codes resolve and are unique.

The checks read the raw data of every source that parsed, so a Положение with a schema error
still has its references checked, and every problem is reported in the same run."""

from __future__ import annotations

import re
from typing import Any

from schemas.base import code_sort_key, code_text
from schemas.diagnostics import Diagnostic, Location

from .. import messages
from .kinds import CONCEPT, EVALUATION, MSOKO, ROADMAP
from .load import SourceFile, YamlPath
from .model import ProjectSources

ACT_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def raw(data: Any, path: YamlPath) -> Any:
    """The value at ``path`` in a source's data, or None where the path does not exist."""
    value = data
    for part in path:
        if isinstance(part, int) and isinstance(value, list) and part < len(value):
            value = value[part]
        elif isinstance(part, str) and isinstance(value, dict):
            value = value.get(part)
        else:
            return None
    return value


def raw_code(data: Any, path: YamlPath) -> str | None:
    value = code_text(raw(data, path))
    return value if isinstance(value, str) else None


def raw_list(data: Any, path: YamlPath) -> list:
    value = raw(data, path)
    return value if isinstance(value, list) else []


def check_references(project: ProjectSources) -> list[Diagnostic]:
    found = _profile_uniqueness(project) + _act_names(project) + _approving_acts(project) + _appendices(project)
    if project.catalog is not None:
        found += _regulations(project) + _umbrella_list(project) + _concept_and_roadmap(project)
    return found


def _concept_and_roadmap(project: ProjectSources) -> list[Diagnostic]:
    found = []
    concept = project.document_of(CONCEPT)
    if concept:
        found += _mechanism_list(project, concept.source, ("mechanisms",), ("mechanism",))
        found += _target_indicators(project, concept.source)
    evaluation = project.document_of(EVALUATION)
    if evaluation:
        found += _codes_known(project, evaluation.source, ("evidence",), ("mechanism",))
        for index in range(len(raw_list(evaluation.source.data, ("history",)))):
            found += _codes_known(project, evaluation.source, ("history", index, "results"), ("mechanism",))
    roadmap = project.document_of(ROADMAP)
    if roadmap:
        found += _codes_known(project, roadmap.source, ("sections",), ("mechanism",))
        for section in range(len(raw_list(roadmap.source.data, ("sections",)))):
            for item in range(len(raw_list(roadmap.source.data, ("sections", section, "items")))):
                found += _codes_known(project, roadmap.source, ("sections", section, "items", item, "mechanisms"), ())
    return found


def _target_indicators(project: ProjectSources, source: SourceFile) -> list[Diagnostic]:
    """The Концепция's target indicators are indicators of their mechanism's Положение that have a target value."""
    found = []
    for index in range(len(raw_list(source.data, ("mechanisms",)))):
        mechanism = raw_code(source.data, ("mechanisms", index, "mechanism"))
        regulation = project.regulation_for(mechanism) if mechanism else None
        if regulation is None:
            continue
        targets = {indicator.code: indicator.target.strip() for indicator in regulation.model.indicators}
        path = ("mechanisms", index, "indicators")
        for number in range(len(raw_list(source.data, path))):
            code = raw_code(source.data, path + (number,))
            if code is None:
                continue
            # The Концепция leaves such an indicator out: a warning (a Положение being drafted blocks no other
            # document), which check --strict fails on.
            if code not in targets:
                found.append(
                    Diagnostic.warning(
                        source.locate(path + (number,)),
                        messages.UNKNOWN_TARGET_INDICATOR.format(
                            code=code, mechanism=mechanism, known=", ".join(sorted(targets, key=code_sort_key))
                        ),
                        code="references",
                    )
                )
            elif not targets[code]:
                found.append(
                    Diagnostic.warning(
                        source.locate(path + (number,)),
                        messages.TARGET_WITHOUT_VALUE.format(code=code),
                        code="references",
                    )
                )
    return found


def _profile_uniqueness(project: ProjectSources) -> list[Diagnostic]:
    if project.profile is None:
        return []
    found = []
    profile, source = project.profile.model, project.profile.source
    if project.catalog is not None:
        catalog_codes = {m.code for m in project.catalog.model.mechanisms}
        for index, local in enumerate(profile.local_mechanisms):
            if local.code in catalog_codes:
                found.append(
                    Diagnostic.error(
                        source.locate(("local_mechanisms", index, "code")),
                        messages.DUPLICATE_MECHANISM_CODE.format(code=local.code, catalog=project.catalog.model.id),
                        code="references",
                    )
                )
    return found


def _act_names(project: ProjectSources) -> list[Diagnostic]:
    return [
        Diagnostic.error(Location(source.display), messages.BAD_ACT_FILE_NAME.format(name=act_id), code="references")
        for act_id, source in project.act_sources.items()
        if not ACT_ID.match(act_id)
    ]


def _approving_acts(project: ProjectSources) -> list[Diagnostic]:
    """Each document's approved_by names an act, and that act lists the document as an appendix."""
    attached = _attached_documents(project)
    found = []
    for document in project.documents:
        act_id = raw(document.source.data, ("approved_by",))
        if not isinstance(act_id, str):
            continue
        if act_id not in project.act_sources:
            found.append(
                Diagnostic.error(
                    document.source.locate(("approved_by",)),
                    messages.UNKNOWN_ACT.format(value=act_id),
                    code="references",
                )
            )
        elif act_id not in attached.get(document.id, {}):
            found.append(
                Diagnostic.error(
                    document.source.locate(("approved_by",)),
                    messages.NOT_AN_APPENDIX.format(document=document.id, act=act_id),
                    code="references",
                )
            )
    return found


def _attached_documents(project: ProjectSources) -> dict[str, dict[str, int]]:
    """Document id → {act id: appendix index} for every appendix in every act."""
    attached: dict[str, dict[str, int]] = {}
    for act_id, source in project.act_sources.items():
        for index in range(len(raw_list(source.data, ("appendices",)))):
            document_id = raw(source.data, ("appendices", index, "document"))
            if isinstance(document_id, str):
                attached.setdefault(document_id, {}).setdefault(act_id, index)
    return attached


def _appendices(project: ProjectSources) -> list[Diagnostic]:
    """Appendices name existing documents, are numbered 1…N without gaps, each document in one act."""
    found = []
    known = {document.id: document for document in project.documents}
    first_act: dict[str, str] = {}
    for act_id, source in sorted(project.act_sources.items()):
        numbers: dict[int, int] = {}
        for index in range(len(raw_list(source.data, ("appendices",)))):
            document_id = raw(source.data, ("appendices", index, "document"))
            number = raw(source.data, ("appendices", index, "number"))
            place: YamlPath = ("appendices", index, "document")
            if isinstance(number, int) and not isinstance(number, bool):
                if number in numbers:
                    found.append(
                        Diagnostic.error(
                            source.locate(("appendices", index, "number")),
                            messages.DUPLICATE_APPENDIX.format(number=number),
                            code="references",
                        )
                    )
                numbers.setdefault(number, index)
            if not isinstance(document_id, str):
                continue
            if document_id not in known:
                found.append(
                    Diagnostic.error(
                        source.locate(place),
                        messages.UNKNOWN_DOCUMENT.format(value=document_id, known=", ".join(sorted(known))),
                        code="references",
                    )
                )
                continue
            approved_by = raw(known[document_id].source.data, ("approved_by",))
            if approved_by != act_id:
                found.append(
                    Diagnostic.error(
                        source.locate(place),
                        messages.APPROVAL_DISAGREES.format(
                            document=document_id, act=act_id, other=approved_by or messages.NOT_STATED
                        ),
                        code="references",
                    )
                )
            if document_id in first_act and first_act[document_id] != act_id:
                found.append(
                    Diagnostic.error(
                        source.locate(place),
                        messages.APPENDIX_TWICE.format(document=document_id, other=first_act[document_id]),
                        code="references",
                    )
                )
            first_act.setdefault(document_id, act_id)
        missing = sorted(set(range(1, max(numbers, default=0) + 1)) - set(numbers))
        if missing:
            found.append(
                Diagnostic.error(
                    source.locate(("appendices",)),
                    messages.APPENDIX_GAP.format(numbers=", ".join(map(str, missing))),
                    code="references",
                )
            )
    return found


def _regulations(project: ProjectSources) -> list[Diagnostic]:
    known = project.mechanisms
    catalog_id = project.valid_catalog.model.id
    found = []
    seen_regulations: dict[str, str] = {}
    seen_indicators: dict[str, tuple[SourceFile, YamlPath]] = {}
    for source in project.mechanism_sources:
        data = source.data  # unpacked once: a Положение's data is kept packed
        code = raw_code(data, ("mechanism",))
        if code is None:
            continue
        # Places are looked up only for a problem: finding them reads the file's text again.
        if code not in known:
            found.append(
                Diagnostic.error(
                    source.locate(("mechanism",)),
                    messages.UNKNOWN_MECHANISM.format(code=code, catalog=catalog_id),
                    code="references",
                )
            )
        elif code in seen_regulations:
            found.append(
                Diagnostic.error(
                    source.locate(("mechanism",)),
                    messages.DUPLICATE_REGULATION.format(code=code, other=seen_regulations[code]),
                    code="references",
                )
            )
        else:
            seen_regulations[code] = source.display
        found += _indicator_codes(source, data, code, seen_indicators)
    return found


def _indicator_codes(
    source: SourceFile, data: Any, mechanism: str, seen: dict[str, tuple[SourceFile, YamlPath]]
) -> list[Diagnostic]:
    """Each indicator code once in the project, within its mechanism's codes (``seen``: where each code was first)."""
    found = []
    for index in range(len(raw_list(data, ("indicators",)))):
        path: YamlPath = ("indicators", index, "code")
        code = raw_code(data, path)
        if code is None:
            continue
        if code in seen:
            first, first_path = seen[code]
            found.append(
                Diagnostic.error(
                    source.locate(path),
                    messages.DUPLICATE_INDICATOR.format(code=code, other=first.locate(first_path)),
                    code="references",
                )
            )
            continue
        seen[code] = (source, path)
        if not code.startswith(mechanism + "."):
            found.append(
                Diagnostic.error(
                    source.locate(path),
                    messages.INDICATOR_OUTSIDE_MECHANISM.format(code=code, mechanism=mechanism),
                    code="references",
                )
            )
    return found + _indicator_order(source, data)


def _indicator_order(source: SourceFile, data: Any) -> list[Diagnostic]:
    """A warning at the first indicator listed before a lower code: the справка, the letters, the workbooks' columns
    and the results follow the list, and a reader looks 1.1.1 up before 1.1.2 (table 1 groups by type on its own)."""
    listed = [
        (index, code)
        for index in range(len(raw_list(data, ("indicators",))))
        if (code := raw_code(data, ("indicators", index, "code"))) is not None
    ]
    for (_, previous), (index, code) in zip(listed, listed[1:]):
        if code_sort_key(code) < code_sort_key(previous):
            order = ", ".join(sorted((code for _, code in listed), key=code_sort_key))
            return [
                Diagnostic.warning(
                    source.locate(("indicators", index, "code")),
                    messages.INDICATOR_OUT_OF_ORDER.format(code=code, previous=previous, order=order),
                    code="indicator-order",
                )
            ]
    return []


def _umbrella_list(project: ProjectSources) -> list[Diagnostic]:
    umbrella = project.document_of(MSOKO)
    if umbrella is None:
        return []
    return _mechanism_list(project, umbrella.source, ("mechanisms",), ())


def _mechanism_list(project: ProjectSources, source: SourceFile, path: YamlPath, key: YamlPath) -> list[Diagnostic]:
    """Codes listed at ``path`` (``key`` inside each item) are known mechanisms, each listed once."""
    known = project.mechanisms
    found = []
    listed: set[str] = set()
    for index in range(len(raw_list(source.data, path))):
        code = raw_code(source.data, path + (index,) + key)
        if code is None:
            continue
        if code not in known:
            found.append(
                Diagnostic.error(
                    source.locate(path + (index,) + key),
                    messages.UNKNOWN_MECHANISM.format(code=code, catalog=project.valid_catalog.model.id),
                    code="references",
                )
            )
        elif code in listed:
            found.append(
                Diagnostic.error(
                    source.locate(path + (index,) + key),
                    messages.DUPLICATE_IN_LIST.format(code=code),
                    code="references",
                )
            )
        listed.add(code)
    return found


def _codes_known(project: ProjectSources, source: SourceFile, path: YamlPath, key: YamlPath) -> list[Diagnostic]:
    found = []
    for index in range(len(raw_list(source.data, path))):
        code = raw_code(source.data, path + (index,) + key)
        if code is not None and code not in project.mechanisms:
            found.append(
                Diagnostic.error(
                    source.locate(path + (index,) + key),
                    messages.UNKNOWN_MECHANISM.format(code=code, catalog=project.valid_catalog.model.id),
                    code="references",
                )
            )
    return found
