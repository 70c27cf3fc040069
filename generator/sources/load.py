"""Stage 1, load: YAML sources into plain data, keeping the line and column of every node."""

from __future__ import annotations

import hashlib
import pickle
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from schemas.base import XML_FORBIDDEN
from schemas.diagnostics import Diagnostic, Location, Severity

from .. import messages
from .decode import decode, reader_error, yaml_error
from .prose import MAX_NESTING, overflowing_rows, too_deep

YamlPath = tuple[str | int, ...]
MAX_SOURCE_BYTES = 5 * 1024 * 1024
"""A source is typed by people: the whole example is 200 KB. A bigger file is a mistake or an attack."""
MAX_ALIAS_EXPANSION = 10_000
"""Values a file may gain through YAML aliases (``*anchor``) beyond those written in it (billion laughs)."""


_STR_TAG = "tag:yaml.org,2002:str"
_MERGE_TAG = "tag:yaml.org,2002:merge"
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Embeddings, overrides and isolates: text that reads one way and is stored another («Trojan Source»)."""


class _Loader(yaml.CSafeLoader):
    """libyaml's safe loader that gives text its tag at once: a quoted or block scalar is text, and so is a plain
    one whose first character starts none of YAML's implicit types (numbers, dates, booleans, null). Russian
    prose and most keys are such; the loader would try its resolvers on each of them in Python."""

    _TYPED_STARTS = frozenset(yaml.CSafeLoader.yaml_implicit_resolvers)

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if (
            kind is ScalarNode
            and not self.yaml_path_resolvers
            and (not implicit[0] or value[:1] not in self._TYPED_STARTS)
        ):
            return _STR_TAG
        return super().resolve(kind, value, implicit)


class LocatedFloat(float):
    """A YAML float that remembers how it was written, so «1.10» stays «1.10» as a code."""

    source_text: str


Places = dict[YamlPath, tuple[int, int]]


@dataclass
class SourceFile:
    """One loaded source: its data, and where every value and key stands."""

    display: str
    digest: str
    path: Path | None = None
    """Where its text is read again when wanted: a source sent from the process that read it travels without its
    text (a thousand Положения hold tens of megabytes of it), and a clean project asks for few places."""
    _data: Any = field(default=None, repr=False)
    _packed: bytes | None = field(default=None, repr=False)
    _squeezed: bool = field(default=False, repr=False)
    """The packed data compressed too (:meth:`release`)."""
    _text: str | None = field(default=None, repr=False, compare=False)
    _places: tuple[Places, Places] | None = field(default=None, repr=False, compare=False)

    @property
    def data(self) -> Any:
        """The parsed data: a packed source's is unpacked anew for each reader, who keeps it no longer than it needs."""
        if self._packed is None:
            return self._data
        return pickle.loads(zlib.decompress(self._packed) if self._squeezed else self._packed)

    @data.setter
    def data(self, value: Any) -> None:
        self._data, self._packed, self._squeezed = value, None, False

    def pack(self) -> None:
        """Keep the data pickled: a Положение's is about 50 KB of Python objects and 20 KB pickled, and only the check
        reads it whole, one source at a time (the model made from it is made again from it too, when read)."""
        if self._packed is None:
            self._packed, self._data = pickle.dumps(self._data, pickle.HIGHEST_PROTOCOL), None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self._read_again()
        return self._text

    @property
    def values(self) -> Places:
        """Line and column of every value, by its path."""
        return self._located()[0]

    @property
    def keys(self) -> Places:
        """Line and column of every mapping key, by the path of its value."""
        return self._located()[1]

    def release(self) -> None:
        """Drop the text and the places once the project is checked, and compress the packed data: a build needs only
        the source's name, digest and data (its model is made from it), and a thousand Положения hold tens of
        megabytes of them, which every process forked to render inherits. Compressed, a Положение's 20 KB of
        pickled data is 6 KB, and read again (a few times in a build, not the many of the check) it costs 0.03 ms."""
        self._text, self._places, self.path = "", None, None
        if self._packed is not None and not self._squeezed:
            self._packed, self._squeezed = zlib.compress(self._packed, 1), True

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        if self.path is not None:
            state["_text"], state["_places"] = None, None
        return state

    def _read_again(self) -> str:
        """The file's text as it was read: none when it changed since (no places rather than wrong ones)."""
        try:
            raw = self.path.read_bytes() if self.path is not None else b""
        except OSError:
            return ""
        text, problem = decode(raw, self.display)
        return text if problem is None and hashlib.sha256(raw).hexdigest() == self.digest else ""

    def _located(self) -> tuple[Places, Places]:
        # Found from the text when first asked, not while loading: a clean project asks for few places, and
        # the maps would be most of what a file read on another core sends back.
        if self._places is None:
            values: Places = {}
            keys: Places = {}
            node = yaml.compose(self.text, Loader=_Loader) if self.text else None
            if node is not None:
                _Builder(self.display, [], node, (values, keys)).build(node, ())
            self._places = (values, keys)
        return self._places

    def locate(self, path: YamlPath, prefer_key: bool = False) -> Location:
        """The nearest known place of ``path``: the node itself or its closest parent."""
        path = tuple(path)
        while True:
            if prefer_key and path in self.keys:
                return Location(self.display, *self.keys[path])
            if path in self.values:
                return Location(self.display, *self.values[path])
            if not path:
                return Location(self.display, 1, 1)
            path = path[:-1]

    def find(self, fragment: str, within: YamlPath | None = None, preceding: str = "") -> Location | None:
        """Where ``fragment`` first occurs as a whole word in the file text (for findings inside prose). With
        ``within``, the path of the string it was found in, its first occurrence from that string on (a name
        the title spells out is not where the general provisions repeat it), passing over those in
        ``preceding``, the string's text before the finding (a name spelled out again in the sentence that
        introduces it)."""
        pattern = re.compile(rf"(?<!\w){re.escape(fragment)}(?!\w)")
        place = self.values.get(tuple(within)) if within is not None else None
        start, skip = 0, 0
        if place is not None:
            line, column = place
            start = sum(len(text) + 1 for text in self.text.split("\n")[: line - 1]) + column - 1
            skip = len(pattern.findall(preceding))
        matches = pattern.finditer(self.text, start)
        match = next((m for number, m in enumerate(matches) if number == skip), None)
        match = match or (pattern.search(self.text) if start else None)
        if match is None:
            return None
        offset = match.start()
        before = self.text[:offset]
        return Location(self.display, before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1)


def read_source(path: Path, display: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    """Read one YAML file; on failure return the located problems instead."""
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            return None, [
                Diagnostic.error(
                    Location(display),
                    messages.SOURCE_TOO_LARGE.format(size=_megabytes(size), limit=_megabytes(MAX_SOURCE_BYTES)),
                    code="load",
                )
            ]
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [Diagnostic.error(Location(display), messages.FILE_MISSING, code="load")]
    except OSError as exc:
        return None, [
            Diagnostic.error(
                Location(display), messages.FILE_UNREADABLE.format(reason=exc.strerror or exc), code="load"
            )
        ]
    text, problem = decode(raw, display)
    if problem:
        return None, [problem]
    digest = hashlib.sha256(raw).hexdigest()
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        return None, [yaml_error(exc, display)]
    except yaml.YAMLError as exc:  # ReaderError: a character YAML does not accept
        return None, [reader_error(exc, text, display)]
    source = SourceFile(display=display, digest=digest, path=path, _text=text)
    diagnostics: list[Diagnostic] = []
    if node is not None:
        try:
            source.data = _Builder(display, diagnostics, node).build(node, ())
        except _AliasBomb as bomb:
            return None, [
                Diagnostic.error(
                    Location(display, *_mark(bomb.node)),
                    messages.ALIAS_EXPANSION.format(limit=MAX_ALIAS_EXPANSION),
                    code="load",
                )
            ]
    return source, diagnostics


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def _count_nodes(root: Node) -> int:
    """Values as written (an alias counts once; keys are not built, so not counted): what the file holds
    before aliases expand it."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            stack.extend(value for _, value in node.value)
    return len(seen)


class _AliasBomb(Exception):
    def __init__(self, node: Node) -> None:
        super().__init__()
        self.node = node


class _Builder:
    """Turns a composed YAML node tree into Python data, and records where each value and key stands
    when given ``places`` to fill."""

    def __init__(
        self, display: str, diagnostics: list[Diagnostic], root: Node, places: tuple[Places, Places] | None = None
    ) -> None:
        self.display = display
        self.diagnostics = diagnostics
        self.constructor = SafeConstructor()
        self.root: Node | None = root
        self.budget = MAX_ALIAS_EXPANSION
        """How many more values may be built; aliases re-build their anchor's subtree each time. The nodes as
        written are added only when the expansion alone is spent: a source that small needs no counting."""
        self.places = places

    def build(self, node: Node, path: YamlPath) -> Any:
        self.budget -= 1
        if self.budget < 0:
            if self.root is None:
                raise _AliasBomb(node)
            self.budget += _count_nodes(self.root)
            self.root = None
        if self.places is not None:
            self.places[0][path] = _mark(node)
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(item, path + (index,)) for index, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        return self._scalar(node)

    def _mapping(self, node: MappingNode, path: YamlPath) -> dict:
        result: dict = {}
        first_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                self._report(key_node, messages.MERGE_KEY)
                continue
            key = self._scalar(key_node) if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                self._report(key_node, messages.KEY_NOT_TEXT)
                continue
            if key in result:
                self._report(key_node, messages.DUPLICATE_KEY.format(key=key, line=first_lines[key]))
                continue
            first_lines[key] = key_node.start_mark.line + 1
            if self.places is not None:
                self.places[1][path + (key,)] = _mark(key_node)
            result[key] = self.build(value_node, path + (key,))
        return result

    def _scalar(self, node: ScalarNode) -> Any:
        try:
            # Most values are text, which the constructor would return as it is: skip its dispatch.
            value = node.value if node.tag == _STR_TAG else self.constructor.construct_object(node)
        except ConstructorError as exc:
            self._report(node, messages.translate_yaml_problem(exc.problem or ""))
            return None
        except ValueError:  # a timestamp the calendar lacks («2021-02-30»): the schema reports it as written
            return node.value
        if isinstance(value, str) and XML_FORBIDDEN.search(value):
            codes = _codes(XML_FORBIDDEN.findall(value))
            self._warn(
                node,
                messages.CHARACTER_DROPPED.format(code=codes)
                if "," not in codes
                else messages.CHARACTERS_DROPPED.format(codes=codes),
            )
            # Dropped here, once, so no later stage (a template tag, a title) ever sees it.
            value = XML_FORBIDDEN.sub(_replacement, value)
        if isinstance(value, str) and BIDI_CONTROLS.search(value):
            codes = _codes(BIDI_CONTROLS.findall(value))
            self._warn(
                node, (messages.BIDI_SEVERAL_DROPPED if "," in codes else messages.BIDI_DROPPED).format(codes=codes)
            )
            value = BIDI_CONTROLS.sub("", value)
        if isinstance(value, str) and "\n" in value and too_deep(value):
            self._report(node, messages.LIST_TOO_DEEP.format(limit=MAX_NESTING // 2 - 2))
        if isinstance(value, str) and "|" in value and "\n" in value:
            self._overflowing_rows(node, value)
        if isinstance(value, float) and node.style is None:
            located = LocatedFloat(value)
            located.source_text = node.value
            return located
        return value

    def _overflowing_rows(self, node: ScalarNode, value: str) -> None:
        """A table row with cells past its header's: an error at the row's line (of a block scalar, «|» or «>»,
        whose text starts on the line after the indicator), not text lost from the document."""
        first = node.start_mark.line + 1 + (node.style in ("|", ">"))
        for row, cells, header in overflowing_rows(value):
            line = first + row if node.style in ("|", ">") else node.start_mark.line + 1
            self.diagnostics.append(
                Diagnostic.error(
                    Location(self.display, line, 1),
                    messages.TABLE_ROW_TOO_WIDE.format(
                        cells=messages.count_word(cells, *messages.CELL_FORMS), header=header
                    ),
                    code="load",
                )
            )

    def _warn(self, node: Node, message: str) -> None:
        self.diagnostics.append(
            Diagnostic(Location(self.display, *_mark(node)), Severity.WARNING, message, code="load")
        )

    def _report(self, node: Node, message: str) -> None:
        self.diagnostics.append(Diagnostic.error(Location(self.display, *_mark(node)), message, code="load"))


def _codes(characters: list[str]) -> str:
    """«U+0001, U+0007»: each character once, in the order of the code table."""
    return ", ".join(f"U+{code:04X}" for code in sorted({ord(character) for character in characters}))


def _replacement(match: re.Match[str]) -> str:
    """Word's line and page breaks pasted as text (U+000B, U+000C) separate words: a space keeps them apart."""
    return " " if match.group() in "\x0b\x0c" else ""


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1
