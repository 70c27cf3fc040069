"""The YAML source in the project's format, each field preceded by a comment saying where it came from."""

from __future__ import annotations

import textwrap
import typing

import yaml

from schemas.regulation import Indicator

from ..messages import importer as messages
from ..sources.plain_text import read_as_another_type
from .indicators import CODE, ORIGIN
from .report import ImportedRegulation


HEAD = ("mechanism", "title", "approved_by")
"""The fields a source begins with, decided with the project (the mechanism, the approving act) or the title."""


def source_text(imported: ImportedRegulation, head: dict, origin_file: str) -> str:
    """The YAML source in the project's format, each field preceded by a comment saying where it came from; the
    fields in the order its kind's model declares them, the required ones always.

    ``head`` holds the fields decided with the project: the mechanism code, the approving act."""
    fields = {key: info for key, info in imported.kind.model.model_fields.items() if key not in HEAD}
    values = {**head, "title": imported.title}
    for key, info in fields.items():
        values[key] = imported.data.get(key, [] if typing.get_origin(info.annotation) is list else "")
    data = {
        key: values[key]
        for key in (*HEAD, *fields)
        if key in values and (values[key] or (key in fields and fields[key].is_required()))
    }
    lines = [
        f"# yaml-language-server: $schema={imported.kind.schema_reference}",
        messages.IMPORT_SOURCE_ORIGIN.format(file=origin_file),
        messages.IMPORT_SOURCE_COMMENTS,
    ]
    for key, value in data.items():
        if key == "indicators" and value:
            lines.append("indicators:")
            for indicator in value:
                lines.append(f"  # {indicator[ORIGIN]}")
                passport = {
                    name: item for name, item in sorted(indicator.items(), key=_passport_order) if name != ORIGIN
                }
                lines.append(textwrap.indent(dump([passport]).rstrip("\n"), "  "))
            continue
        origin = imported.origins.get(key) or _nested_origin(imported.origins, key)
        if origin:
            lines.append(f"# {key}: {origin}")
        lines.append(dump({key: value}).rstrip("\n"))
    return "\n".join(lines) + "\n"


def _passport_order(item: tuple[str, object]) -> int:
    """A passport's fields in the order the model lists them, whichever part of the document gave each."""
    return (
        list(Indicator.model_fields).index(item[0])
        if item[0] in Indicator.model_fields
        else len(Indicator.model_fields)
    )


def _nested_origin(origins: dict[str, str], key: str) -> str:
    return "; ".join(
        f"{name.split('.', 1)[1]} — {where}" for name, where in origins.items() if name.startswith(f"{key}.")
    )


class _SourceDumper(yaml.SafeDumper):
    """Block scalars for multi-line prose, quoted codes, keys in the given order."""


def _represent_text(dumper: yaml.SafeDumper, text: str):
    style = "|" if "\n" in text else ('"' if CODE.match(text) or read_as_another_type(text) else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_SourceDumper.add_representer(str, _represent_text)


def dump(value: dict | list) -> str:
    return yaml.dump(
        value, Dumper=_SourceDumper, allow_unicode=True, sort_keys=False, width=100000, default_flow_style=False
    )
