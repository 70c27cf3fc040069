"""Forms generated from the pydantic source models: one field per model field, with the schema's Russian
title and description, whatever the model (Положение, profile, act, Концепция, roadmap).

A field's form name is its YAML path joined with dots («indicators.0.scoring.1.points»); the browser
renumbers list items before it submits, so the server rebuilds the data by walking the same tree."""

from __future__ import annotations

import re

import dataclasses
import datetime
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from schemas.base import is_markdown

from ..messages import web as say

Path = tuple[str | int, ...]


@dataclass
class FormField:
    """One control or group of the form, at ``path`` in the source."""

    path: Path
    kind: str
    """text, markdown, number, flag (yes or no), date, choice, object or list."""
    title: str
    help: str = ""
    value: Any = None
    default: Any = None
    optional: bool = False
    choices: tuple[str, ...] = ()
    text: bool = False
    """The value is text whatever it looks like («yes», «12:30»): written quoted when YAML would read it
    as another type."""
    readonly: bool = False
    """Shown, never changed here (the mechanism a Положение belongs to)."""
    labels: dict[str, str] = field(default_factory=dict)
    """What a choice is called on screen, when not its value."""
    children: list[FormField] = field(default_factory=list)
    """An object's fields, or a list's items."""
    item: FormField | None = None
    """A list's blank item, the pattern the «add» button copies."""

    @property
    def name(self) -> str:
        return ".".join(str(part) for part in self.path)

    @property
    def anchor(self) -> str:
        return "f-" + "-".join(str(part) for part in self.path) if self.path else "f-top"

    @property
    def segment(self) -> str:
        return str(self.path[-1]) if self.path else ""

    def walk(self) -> typing.Iterator[FormField]:
        yield self
        for child in self.children:
            yield from child.walk()


def build_form(model_cls: type[BaseModel], data: Any) -> FormField:
    """The form of ``model_cls`` filled with ``data`` (plain YAML data, valid or not)."""
    root = FormField((), "object", model_cls.__doc__ or "")
    root.children = _object_fields(model_cls, data if isinstance(data, dict) else {}, ())
    return root


def _object_fields(model_cls: type[BaseModel], data: dict, path: Path) -> list[FormField]:
    return [_field(info, data.get(name, _MISSING), path + (name,)) for name, info in model_cls.model_fields.items()]


_MISSING: Any = object()


def _field(info: FieldInfo, value: Any, path: Path) -> FormField:
    default = _default(info)
    annotation, optional = _unwrap_optional(info.annotation)
    markdown = is_markdown(info)
    form = FormField(
        path, "text", info.title or str(path[-1]), info.description or "", default=default, optional=optional
    )
    _shape(form, annotation, default if value is _MISSING else value, markdown)
    return form


def _shape(form: FormField, annotation: Any, value: Any, markdown: bool = False) -> None:
    """Give ``form`` its kind, value and children from the type ``annotation``."""
    origin = typing.get_origin(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        form.kind = "object"
        form.children = _object_fields(annotation, value if isinstance(value, dict) else {}, form.path)
    elif origin is list:
        (item_type,) = typing.get_args(annotation) or (str,)
        form.kind = "list"
        items = value if isinstance(value, list) else []
        form.children = [_item(form, item_type, index, item) for index, item in enumerate(items)]
        form.item = _item(form, item_type, BLANK, _MISSING)
    elif origin is Literal:
        form.kind = "choice"
        form.choices = tuple(str(choice) for choice in typing.get_args(annotation))
        form.value = "" if value is None else str(value)
    elif annotation is bool:
        form.kind = "flag"
        form.value = bool(value) if isinstance(value, bool) else bool(form.default)
    elif annotation in (int, float):
        form.kind = "number"
        form.value = "" if value is None else (str(value).replace(".", ",") if annotation is float else value)
    elif annotation is datetime.date:
        form.kind = "date"
        form.value = value.isoformat() if isinstance(value, datetime.date) else ("" if value is None else str(value))
    else:
        form.kind = "markdown" if markdown else "text"
        form.value = "" if value is None else str(value)
        form.text = _is_text(annotation)


def _is_text(annotation: Any) -> bool:
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return isinstance(annotation, type) and issubclass(annotation, str)


BLANK = "new"
"""The index of a list's blank item: its anchors never collide with a real item's (the browser renumbers
the names of a copied item before anything is submitted)."""


def _item(parent: FormField, item_type: Any, index: int | str, value: Any) -> FormField:
    item = FormField(
        parent.path + (index,), "text", f"{parent.title}: {index + 1}" if isinstance(index, int) else parent.title
    )
    _shape(item, item_type, None if value is _MISSING else value)
    if value is _MISSING:
        _first_choices(item)
    return item


def _first_choices(form: FormField) -> None:
    """A new item starts from the first choice of each required choice (unit, type), but not inside an optional
    part (a school's head): a choice made for the user would make the part present, and its other fields required."""
    if form.kind == "choice" and not form.optional and not form.value and form.choices:
        form.value = form.choices[0]
    for child in form.children:
        if not (child.kind == "object" and child.optional):
            _first_choices(child)


def set_blank(list_form: FormField, pattern: FormField) -> None:
    """Make ``pattern`` (an item of a list of the same type, with its values) what «add» copies."""
    list_form.item = _moved(pattern, list_form.path + (BLANK,))


def _moved(form: FormField, path: Path) -> FormField:
    depth = len(form.path)
    return dataclasses.replace(
        form,
        path=path,
        children=[_moved(child, path + child.path[depth:]) for child in form.children],
        item=_moved(form.item, path + form.item.path[depth:]) if form.item else None,
    )


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def _default(info: FieldInfo) -> Any:
    if info.default_factory is not None:
        produced = info.default_factory()  # type: ignore[call-arg]
        return produced.model_dump() if isinstance(produced, BaseModel) else produced
    return None if info.default is PydanticUndefined else info.default


# --- submitted form → data ---------------------------------------------------------------------------


MAX_LIST_ITEMS = 200
"""Items a list of a form may hold (indicators, tasks, bands): a real Положение has tens; thousands would cost
the server minutes to check and answer."""
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Characters a YAML source cannot hold (control characters, lone surrogates, non-characters): dropped as typed,
as the loader drops them from a file."""


class FormRefused(ValueError):
    """A submitted form no page of the app could have sent: refused whole, with a Russian reason."""


def read_form(form: FormField, submitted: typing.Mapping[str, str]) -> dict:
    """The data the user entered, shaped by the form tree; values are left as typed when they do not
    parse (a number field holding «много»), so validation reports them at their place."""
    return {child.segment: _read(child, submitted) for child in form.children}


def _read(form: FormField, submitted: typing.Mapping[str, str]) -> Any:
    if form.kind == "object":
        values = {child.segment: _read(child, submitted) for child in form.children}
        return None if form.optional and all(is_empty(v) for v in values.values()) else values
    if form.kind == "list":
        prefix = form.name + "."
        indices = sorted(
            {
                int(key[len(prefix) :].split(".", 1)[0])
                for key in submitted
                if key.startswith(prefix) and key[len(prefix) :].split(".", 1)[0].isdigit()
            }
        )
        if len(indices) > MAX_LIST_ITEMS:
            raise FormRefused(say.LIST_TOO_LONG.format(limit=MAX_LIST_ITEMS))
        assert form.item is not None
        return [_read(_relocated(form.item, form.path + (index,)), submitted) for index in indices]
    raw = UNWRITABLE.sub("", submitted.get(form.name, "").replace("\r\n", "\n"))
    if form.kind in ("text", "choice", "date") and not raw.strip() and form.optional:
        return None
    if form.kind == "flag":
        return raw == "1"
    if form.kind == "number":
        return _number(raw.strip(), form.optional)
    if form.kind == "date":
        try:
            return datetime.date.fromisoformat(raw.strip())
        except ValueError:
            return raw.strip()
    return raw


def _number(text: str, optional: bool) -> Any:
    """«75» → 75, «97,9» → 97.9; anything else as typed, for validation to report at its place."""
    if text.lstrip("-").isdigit():
        return int(text)
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None if not text and optional else text


def _relocated(form: FormField, path: Path) -> FormField:
    """A copy of the blank item ``form`` standing at ``path`` (children follow)."""
    depth = len(form.path)
    copy = FormField(
        path,
        form.kind,
        form.title,
        form.help,
        form.value,
        form.default,
        form.optional,
        form.choices,
        text=form.text,
        item=form.item,
    )
    copy.children = [_relocated(child, path + child.path[depth:]) for child in form.children]
    if form.item is not None:
        copy.item = _relocated(form.item, path + form.item.path[depth:])
    return copy


def is_empty(value: Any) -> bool:
    if isinstance(value, dict):
        return all(is_empty(v) for v in value.values())
    if isinstance(value, list):
        return not value
    return value is None or (isinstance(value, str) and not value.strip())
