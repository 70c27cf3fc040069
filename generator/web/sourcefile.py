"""A YAML source edited through a form: read with its comments, merged with what the form holds, and
written back with comments, key order and quoting kept (ruamel.yaml's round-trip mode)."""

from __future__ import annotations

import datetime
import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from ..sources.plain_text import read_as_another_type
from .forms import FormField, is_empty


def round_trip() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long line of prose
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def parse(text: str) -> Any:
    return round_trip().load(text)


def dump(document: Any) -> str:
    stream = io.StringIO()
    round_trip().dump(document, stream)
    return stream.getvalue()


def plain(node: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists, for the form."""
    if isinstance(node, dict):
        return {str(key): plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [plain(value) for value in node]
    return node


def merged(document: Any, form: FormField, data: dict) -> Any:
    """``document`` updated with the form's ``data``; untouched values keep their style and comments."""
    if not isinstance(document, CommentedMap):
        document = CommentedMap()
    _merge_mapping(document, form, data)
    return document


def _merge_mapping(node: CommentedMap, form: FormField, data: dict) -> None:
    for child in form.children:
        key = child.segment
        value = data.get(key)
        if key not in node:
            if not (is_empty(value) or value == child.default):
                node[key] = _fresh(child, value)
            continue
        if (value is None and child.default is None and node[key] is not None) or (value == [] == child.default):
            del node[key]  # a bound or an optional list cleared: the key goes, as a fresh item would not have it
            continue
        node[key] = _merge_value(node[key], child, value)


def _merge_value(old: Any, form: FormField, value: Any) -> Any:
    if value is None:
        return None
    if form.kind == "object" and isinstance(old, CommentedMap) and isinstance(value, dict):
        _merge_mapping(old, form, value)
        return old
    if form.kind == "list" and isinstance(old, CommentedSeq) and isinstance(value, list):
        _merge_sequence(old, form, value)
        return old
    if form.kind in ("object", "list"):
        return _fresh(form, value)
    return _scalar(old, value, form.text)


def _merge_sequence(node: CommentedSeq, form: FormField, values: list) -> None:
    assert form.item is not None
    flow = next((item.fa.flow_style() for item in node if isinstance(item, CommentedMap)), False)
    for index, value in enumerate(values):
        if index < len(node):
            node[index] = _merge_value(node[index], form.item, value)
        else:
            fresh = _fresh(form.item, value)
            if flow and isinstance(fresh, CommentedMap):
                fresh.fa.set_flow_style()
            node.append(fresh)
    del node[len(values) :]


def _fresh(form: FormField, value: Any) -> Any:
    """A new node for ``value``: empty optional keys are left out, prose becomes a «|» block."""
    if isinstance(value, dict):
        node = CommentedMap()
        for child in form.children:
            item = value.get(child.segment)
            if not is_empty(item) and item != child.default:
                node[child.segment] = _fresh(child, item)
        return node
    if isinstance(value, list):
        assert form.item is not None
        sequence = CommentedSeq(_fresh(form.item, item) for item in value)
        if form.item.kind == "choice":
            sequence.fa.set_flow_style()  # «levels: [начальное, основное]», as the example writes a list of choices
        return sequence
    return _scalar(None, value, form.text)


def _scalar(old: Any, value: Any, always_text: bool = False) -> Any:
    """The node for a submitted ``value``; ``always_text``: a field whose value is text, whatever it looks like."""
    if isinstance(value, str) and _same_text(old, value):
        return old
    if old == value and type(old) is type(value):
        return old
    if isinstance(value, str) and old is not None and not isinstance(old, (str, bool)) and str(old) == value.strip():
        return old  # «target: 0» stays a bare 0, not the text '0'
    if isinstance(value, str) and "\n" in value.strip():
        text = value.strip() + "\n"
        return LiteralScalarString(text)
    if isinstance(value, str) and isinstance(old, LiteralScalarString) and value.strip():
        return LiteralScalarString(value.strip() + "\n")
    if isinstance(value, datetime.date) or not isinstance(value, str):
        return value
    if always_text and read_as_another_type(value.strip()):
        return DoubleQuotedScalarString(value.strip())  # «yes» stays the text «yes», not a boolean
    return value.strip()


def _same_text(old: Any, value: str) -> bool:
    """The form strips what YAML kept («|» adds a final newline): the same text is not a change."""
    return isinstance(old, str) and old.strip() == value.strip() and old.strip() != ""
